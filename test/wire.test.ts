/**
 * The wire codecs (spec/transport.md §Frames, §Unknown fields): Frame
 * round trips, the decode order (version, critical fields, structure), the
 * critical range at every nesting level, wire-type checks, and that the scan
 * stays cheap on large bodies.
 */
import protobuf from 'protobufjs/minimal.js';
import t from 'tap';
import { DefTalkError, isDefTalkError } from '../reference/errors/index.ts';
import { assertNoUnknownCritical } from '../reference/wire/critical.ts';
import {
  decodeError,
  decodeFrame,
  decodeRelayInfo,
  encodeError,
  encodeFrame,
  encodeRelayInfo,
  peekRequestId,
} from '../reference/wire/index.ts';

function errorName(fn: () => unknown): string | undefined {
  try {
    fn();
    return undefined;
  } catch (e) {
    return isDefTalkError(e) ? e.errorName : `non-DefTalk error: ${(e as Error).message}`;
  }
}

function frameWith(opts: {
  version?: number;
  request?: Uint8Array;
  extra?: (w: protobuf.Writer) => void;
}): Uint8Array {
  const w = protobuf.Writer.create();
  if (opts.version !== undefined) w.uint32(8).uint32(opts.version);
  if (opts.request) w.uint32(18).bytes(opts.request);
  opts.extra?.(w);
  return w.finish();
}

function request(id: number, extra?: (w: protobuf.Writer) => void): Uint8Array {
  const w = protobuf.Writer.create();
  w.uint32(8).uint32(id).uint32(18).string('GET').uint32(26).string('/v1/info');
  extra?.(w);
  return w.finish();
}

t.test('Frame round trip with exact bytes', async (t) => {
  const bytes = encodeFrame({
    kind: 'request',
    id: 7,
    method: 'GET',
    path: '/v1/info',
    body: new Uint8Array(),
  });
  t.equal(Buffer.from(bytes).toString('hex'), '08011211080712034745541a082f76312f696e666f');
  t.match(decodeFrame(bytes), { kind: 'request', id: 7, method: 'GET', path: '/v1/info' });
  const resp = encodeFrame({ kind: 'response', id: 9, status: 404, body: new Uint8Array([1, 2]) });
  const back = decodeFrame(resp);
  t.same({ ...back, body: [...back.body] }, { kind: 'response', id: 9, status: 404, body: [1, 2] });
});

t.test('version is checked first', async (t) => {
  t.equal(
    errorName(() => decodeFrame(frameWith({ version: 2, request: request(1) }))),
    'UNSUPPORTED_VERSION',
  );
  t.equal(
    errorName(() => decodeFrame(frameWith({ request: request(1) }))),
    'UNSUPPORTED_VERSION',
    'absent = 0',
  );
  // A v2 frame with a critical field v1 does not know is still UNSUPPORTED_VERSION, not a field error.
  const v2 = frameWith({ version: 2, request: request(1), extra: (w) => w.uint32(1000 << 3).uint32(1) });
  t.equal(
    errorName(() => decodeFrame(v2)),
    'UNSUPPORTED_VERSION',
  );
  t.equal(peekRequestId(v2), 1, 'the request id is still readable');
});

t.test('critical range 1000-1999 at every level; others ignored', async (t) => {
  for (const field of [1000, 1500, 1999]) {
    const top = frameWith({ version: 1, request: request(1), extra: (w) => w.uint32(field << 3).uint32(1) });
    t.equal(
      errorName(() => decodeFrame(top)),
      'UNKNOWN_CRITICAL_FIELD',
      `Frame field ${field}`,
    );
    const nested = frameWith({
      version: 1,
      request: request(1, (w) => w.uint32((field << 3) | 2).bytes(new Uint8Array(3))),
    });
    t.equal(
      errorName(() => decodeFrame(nested)),
      'UNKNOWN_CRITICAL_FIELD',
      `Request field ${field}`,
    );
  }
  for (const field of [5, 999, 2000, 536870911]) {
    const f = frameWith({
      version: 1,
      request: request(3, (w) => w.uint32(field * 8).uint32(1)),
      extra: (w) => w.uint32((field * 8) | 5).fixed32(7),
    });
    t.match(decodeFrame(f), { kind: 'request', id: 3 }, `unknown field ${field} ignored`);
  }
  // Inside an unknown field the scan does not look: its bytes are opaque.
  const hidden = request(1, (w) => w.uint32(1000 << 3).uint32(1));
  const opaque = frameWith({
    version: 1,
    request: request(4),
    extra: (w) => w.uint32((50 << 3) | 2).bytes(hidden),
  });
  t.match(decodeFrame(opaque), { id: 4 });
  // Error.details is a map of entries: a critical field inside an entry is caught too.
  const entry = protobuf.Writer.create()
    .uint32(10)
    .string('k')
    .uint32(18)
    .string('v')
    .uint32(1001 << 3)
    .uint32(0)
    .finish();
  const err = protobuf.Writer.create().uint32(8).uint32(1004).uint32(50).bytes(entry).finish();
  t.equal(
    errorName(() => assertNoUnknownCritical(err, 'deftalk.v1.Error')),
    'UNKNOWN_CRITICAL_FIELD',
  );
});

t.test('structure errors are MALFORMED_REQUEST', async (t) => {
  const cases: [string, Uint8Array][] = [
    ['garbage', new Uint8Array([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff])],
    ['field number 0', new Uint8Array([0x08, 0x01, 0x00, 0x01])],
    ['length past end', new Uint8Array([0x08, 0x01, 0x12, 0x05, 0x08])],
    ['group wire type', new Uint8Array([0x08, 0x01, 0x13])],
    ['version as a string', new Uint8Array([0x0a, 0x01, 0x01])],
    ['no body', frameWith({ version: 1 })],
    ['request id 0', frameWith({ version: 1, request: request(0) })],
    [
      'lower-case method',
      frameWith({
        version: 1,
        request: protobuf.Writer.create()
          .uint32(8)
          .uint32(1)
          .uint32(18)
          .string('get')
          .uint32(26)
          .string('/x')
          .finish(),
      }),
    ],
    [
      'path without slash',
      frameWith({
        version: 1,
        request: protobuf.Writer.create()
          .uint32(8)
          .uint32(1)
          .uint32(18)
          .string('GET')
          .uint32(26)
          .string('x')
          .finish(),
      }),
    ],
  ];
  for (const [what, bytes] of cases) {
    const name = errorName(() => decodeFrame(bytes));
    t.ok(
      name === 'MALFORMED_REQUEST' || (what.startsWith('version') && name === 'UNSUPPORTED_VERSION'),
      `${what}: ${name}`,
    );
  }
  t.equal(
    errorName(() => decodeFrame(new Uint8Array([0x08, 0x01, 0x13]))),
    'MALFORMED_REQUEST',
  );
  t.equal(peekRequestId(new Uint8Array([0xff, 0xff])), undefined);
});

t.test('Error and RelayInfo codecs', async (t) => {
  const body = decodeError(encodeError(new DefTalkError('RATE_LIMITED', { retryAfterMs: 1500 })));
  t.match(body, { code: 1006, name: 'RATE_LIMITED', retryable: true, retryAfterMs: 1500, registered: true });
  const info = { versions: [1], capabilities: ['test-hooks'], implementation: 'x/1', maxBodyBytes: 1024 };
  t.same(decodeRelayInfo(encodeRelayInfo(info)), info);
});

t.test('the scan is cheap on large bodies', async (t) => {
  // A 1 MiB body is skipped, not read: decoding it must not cost more than a
  // few times decoding a tiny frame. Measured as a ratio, not a wall time.
  const small = encodeFrame({
    kind: 'request',
    id: 1,
    method: 'PUT',
    path: '/v1/x',
    body: new Uint8Array(16),
  });
  const large = encodeFrame({
    kind: 'request',
    id: 1,
    method: 'PUT',
    path: '/v1/x',
    body: new Uint8Array(1 << 20),
  });
  const time = (b: Uint8Array) => {
    const start = process.hrtime.bigint();
    for (let i = 0; i < 2000; i++) assertNoUnknownCritical(b, 'deftalk.v1.Frame');
    return Number(process.hrtime.bigint() - start);
  };
  time(small);
  time(large);
  const ratio = time(large) / time(small);
  t.ok(ratio < 20, `scan of 1 MiB body vs 16 B body: ${ratio.toFixed(2)}x`);
});
