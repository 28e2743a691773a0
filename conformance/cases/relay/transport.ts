/**
 * @module
 * Relay-mode cases for spec/transport.md: discovery, error bodies, request
 * bodies, the device WebSocket and versioning. Cases that need an endpoint
 * taking a protobuf body use the test-hooks clock route, the only such
 * endpoint every relay under test may offer without an account, and so need
 * the `test-hooks` capability.
 */
import protobuf from 'protobufjs/minimal.js';
import { decodeRelayInfo, PROTOBUF } from '../../../reference/wire/index.ts';
import { encodeClockAdvance } from '../../../reference/wire/testHooks.ts';
import { type CaseContext, type ConformanceCase, check } from '../../case.ts';
import { expectError, expectFrameError, http, rawRequestFrame, SocketProbe } from './_wireClient.ts';

/** The route the body cases post to (spec/test-hooks.md §Clock); advancing by 0 changes nothing. */
const BODY_ROUTE = '/test-hooks/v1/clock/advance';

async function maxBodyBytes(ctx: CaseContext): Promise<number> {
  const a = await http(ctx, 'GET', '/v1/info', { accept: PROTOBUF });
  const info = decodeRelayInfo(a.body);
  check(info.maxBodyBytes > 0, 'RelayInfo.max_body_bytes is set', '> 0', info.maxBodyBytes);
  return info.maxBodyBytes;
}

/** Open a socket, run `body`, and close it whatever happens. */
async function withSocket(ctx: CaseContext, body: (s: SocketProbe) => Promise<void>): Promise<void> {
  const s = new SocketProbe(ctx);
  await s.opened;
  try {
    await body(s);
  } finally {
    s.close();
  }
}

/** A socket that must be closed by the relay with `code` after `send`; another socket keeps working. */
async function expectClose(ctx: CaseContext, code: number, send: (s: SocketProbe) => void): Promise<void> {
  const other = new SocketProbe(ctx);
  await other.opened;
  try {
    const bad = new SocketProbe(ctx);
    await bad.opened;
    send(bad);
    const closed = await bad.closed;
    ctx.log(`relay closed the connection with ${closed.code}`);
    check(closed.code === code, `close code ${code}`, code, closed.code);
    // REQ-TRANSPORT-027: the relay goes on serving other connections.
    const r = await other.call(1, 'GET', '/v1/info');
    check(r.status === 200, 'another WebSocket is still answered', 200, r.status);
    const h = await http(ctx, 'GET', '/healthz');
    check(h.status === 200, 'HTTP is still answered', 200, h.status);
  } finally {
    other.close();
  }
}

/** The transport cases. */
export const TRANSPORT_RELAY_CASES: readonly ConformanceCase[] = [
  {
    id: 'transport/healthz',
    title: 'GET /healthz answers 200',
    mode: 'relay',
    requirements: ['REQ-TRANSPORT-001'],
    async run(ctx) {
      const a = await http(ctx, 'GET', '/healthz');
      ctx.log(`GET /healthz -> ${a.status}`);
      check(a.status === 200, 'status 200', 200, a.status);
    },
  },
  {
    id: 'transport/info-representations',
    title: 'GET /v1/info answers the same RelayInfo as protobuf and as JSON, listing version 1',
    mode: 'relay',
    requirements: ['REQ-TRANSPORT-002'],
    async run(ctx) {
      const p = await http(ctx, 'GET', '/v1/info', { accept: PROTOBUF });
      check(p.status === 200, 'protobuf: status 200', 200, p.status);
      check(p.contentType.startsWith(PROTOBUF), 'protobuf: content type', PROTOBUF, p.contentType);
      const info = decodeRelayInfo(p.body);
      ctx.log(`protobuf: versions ${info.versions.join(',')}, capabilities ${info.capabilities.join(',')}`);
      check(info.versions.includes(1), 'versions include 1', 1, info.versions);
      const j = await http(ctx, 'GET', '/v1/info', { accept: 'application/json' });
      check(j.status === 200, 'JSON: status 200', 200, j.status);
      check(
        j.contentType.startsWith('application/json'),
        'JSON: content type',
        'application/json',
        j.contentType,
      );
      const json = JSON.parse(j.body.toString('utf8')) as Record<string, unknown>;
      check(
        JSON.stringify(json.versions) === JSON.stringify(info.versions),
        'JSON versions equal protobuf versions',
        info.versions,
        json.versions,
      );
      check(
        JSON.stringify(json.capabilities ?? []) === JSON.stringify(info.capabilities),
        'JSON capabilities equal protobuf capabilities',
        info.capabilities,
        json.capabilities,
      );
      check(
        json.maxBodyBytes === info.maxBodyBytes,
        'JSON maxBodyBytes',
        info.maxBodyBytes,
        json.maxBodyBytes,
      );
    },
  },
  {
    id: 'transport/not-found-both-encodings',
    title: 'An unknown path answers NOT_FOUND with a registered error body, as protobuf and as JSON',
    mode: 'relay',
    requirements: ['REQ-TRANSPORT-003', 'REQ-TRANSPORT-004'],
    async run(ctx) {
      const p = await http(ctx, 'GET', '/v1/no-such-endpoint', { accept: PROTOBUF });
      check(
        p.contentType.startsWith(PROTOBUF),
        'protobuf error body when asked for',
        PROTOBUF,
        p.contentType,
      );
      const e = expectError(ctx, p, 'NOT_FOUND', 404);
      check(e.code === 1004, 'registered code 1004', 1004, e.code);
      const j = await http(ctx, 'GET', '/v1/no-such-endpoint', { accept: 'application/json' });
      check(j.contentType.startsWith('application/json'), 'JSON error body otherwise', 'json', j.contentType);
      const je = expectError(ctx, j, 'NOT_FOUND', 404);
      check(je.code === 1004, 'registered code 1004', 1004, je.code);
    },
  },
  {
    id: 'transport/body-too-large',
    title: 'A body over max_body_bytes answers PAYLOAD_TOO_LARGE',
    mode: 'relay',
    capability: 'test-hooks',
    requirements: ['REQ-TRANSPORT-005'],
    timeoutMs: 20_000,
    async run(ctx) {
      const limit = await maxBodyBytes(ctx);
      // A valid ClockAdvance(0) padded with an unknown non-critical bytes field up to limit + 1.
      const pad = protobuf.Writer.create();
      pad.uint32((50 << 3) | 2).bytes(new Uint8Array(limit));
      const body = pad.finish().subarray(0, limit + 1);
      const a = await http(ctx, 'POST', BODY_ROUTE, { contentType: PROTOBUF, accept: PROTOBUF, body });
      expectError(ctx, a, 'PAYLOAD_TOO_LARGE', 413);
    },
  },
  {
    id: 'transport/wrong-content-type',
    title: 'A protobuf endpoint sent JSON or XML answers UNSUPPORTED_MEDIA_TYPE',
    mode: 'relay',
    capability: 'test-hooks',
    requirements: ['REQ-TRANSPORT-006'],
    async run(ctx) {
      for (const contentType of ['application/json', 'application/xml']) {
        const a = await http(ctx, 'POST', BODY_ROUTE, {
          contentType,
          accept: PROTOBUF,
          body: new TextEncoder().encode(
            contentType === 'application/json' ? '{"byMs":0}' : '<byMs>0</byMs>',
          ),
        });
        expectError(ctx, a, 'UNSUPPORTED_MEDIA_TYPE', 415);
      }
    },
  },
  {
    id: 'transport/malformed-body',
    title: 'A body that is not the endpoint message answers MALFORMED_REQUEST',
    mode: 'relay',
    capability: 'test-hooks',
    requirements: ['REQ-TRANSPORT-007'],
    async run(ctx) {
      const bodies: [string, Uint8Array][] = [
        ['truncated varint', new Uint8Array([0x08, 0xff])],
        ['length past the end', new Uint8Array([0x0a, 0x05, 0x01])],
        ['field 1 as a string instead of a varint', new Uint8Array([0x0a, 0x01, 0x30])],
      ];
      for (const [what, body] of bodies) {
        ctx.log(`body: ${what}`);
        const a = await http(ctx, 'POST', BODY_ROUTE, { contentType: PROTOBUF, accept: PROTOBUF, body });
        expectError(ctx, a, 'MALFORMED_REQUEST', 400);
      }
    },
  },
  {
    id: 'transport/http-critical-field',
    title:
      'An HTTP body with an unknown critical field answers UNKNOWN_CRITICAL_FIELD; a non-critical one is ignored',
    mode: 'relay',
    capability: 'test-hooks',
    requirements: ['REQ-TRANSPORT-010', 'REQ-TRANSPORT-011'],
    async run(ctx) {
      const base = encodeClockAdvance(0);
      const critical = protobuf.Writer.create();
      critical.uint32(1999 << 3).uint32(1);
      const bad = Buffer.concat([base, critical.finish()]);
      const a = await http(ctx, 'POST', BODY_ROUTE, { contentType: PROTOBUF, accept: PROTOBUF, body: bad });
      expectError(ctx, a, 'UNKNOWN_CRITICAL_FIELD', 400);
      const extra = protobuf.Writer.create();
      extra
        .uint32(2000 << 3)
        .uint32(1)
        .uint32(999 << 3)
        .uint32(1);
      const ok = Buffer.concat([base, extra.finish()]);
      const b = await http(ctx, 'POST', BODY_ROUTE, { contentType: PROTOBUF, accept: PROTOBUF, body: ok });
      ctx.log(`fields 999 and 2000 -> ${b.status}`);
      check(b.status === 200, 'unknown fields 999 and 2000 are ignored', 200, b.status);
    },
  },
  {
    id: 'transport/ws-request-response',
    title: 'WebSocket requests are answered with responses carrying their ids, as over HTTP',
    mode: 'relay',
    requirements: ['REQ-TRANSPORT-020'],
    async run(ctx) {
      await withSocket(ctx, async (s) => {
        const http1 = await http(ctx, 'GET', '/v1/info', { accept: PROTOBUF });
        // Several requests in flight at once; answers may come in any order.
        const ids = [7, 1, 4_000_000_000];
        for (const id of ids) s.send(rawRequestFrame({ id, method: 'GET', path: '/v1/info' }));
        const seen = new Set<number>();
        for (let i = 0; i < ids.length; i++) {
          const r = await s.nextResponse();
          ctx.log(`response id ${r.id} status ${r.status}`);
          check(ids.includes(r.id) && !seen.has(r.id), 'each id answered once', ids, r.id);
          seen.add(r.id);
          check(r.status === 200, 'status 200', 200, r.status);
          check(
            Buffer.from(r.body).equals(http1.body),
            'same body as over HTTP',
            http1.body.length,
            r.body.length,
          );
        }
      });
    },
  },
  {
    id: 'transport/ws-unknown-path',
    title: 'A WebSocket request for no operation answers NOT_FOUND and the connection stays open',
    mode: 'relay',
    requirements: ['REQ-TRANSPORT-021'],
    async run(ctx) {
      await withSocket(ctx, async (s) => {
        expectFrameError(ctx, await s.call(3, 'GET', '/v1/no-such-endpoint'), 3, 'NOT_FOUND');
        const r = await s.call(4, 'GET', '/v1/info');
        check(r.id === 4 && r.status === 200, 'the connection still answers', 200, r.status);
      });
    },
  },
  {
    id: 'transport/ws-unsupported-version',
    title:
      'A frame with version 2 (or none) answers UNSUPPORTED_VERSION with its id; the connection stays open',
    mode: 'relay',
    requirements: ['REQ-TRANSPORT-022'],
    async run(ctx) {
      await withSocket(ctx, async (s) => {
        s.send(rawRequestFrame({ version: 2, id: 11, method: 'GET', path: '/v1/info' }));
        expectFrameError(ctx, await s.nextResponse(), 11, 'UNSUPPORTED_VERSION');
        s.send(rawRequestFrame({ version: 0, id: 12, method: 'GET', path: '/v1/info' }));
        expectFrameError(ctx, await s.nextResponse(), 12, 'UNSUPPORTED_VERSION');
        const r = await s.call(13, 'GET', '/v1/info');
        check(r.id === 13 && r.status === 200, 'the connection still answers', 200, r.status);
      });
    },
  },
  {
    id: 'transport/ws-critical-field',
    title:
      'Unknown critical fields in Frame or Request answer UNKNOWN_CRITICAL_FIELD; non-critical ones are ignored',
    mode: 'relay',
    requirements: ['REQ-TRANSPORT-010', 'REQ-TRANSPORT-011', 'REQ-TRANSPORT-023'],
    async run(ctx) {
      await withSocket(ctx, async (s) => {
        s.send(rawRequestFrame({ id: 21, method: 'GET', path: '/v1/info', extraFrame: [1000] }));
        expectFrameError(ctx, await s.nextResponse(), 21, 'UNKNOWN_CRITICAL_FIELD');
        s.send(rawRequestFrame({ id: 22, method: 'GET', path: '/v1/info', extraRequest: [1500] }));
        expectFrameError(ctx, await s.nextResponse(), 22, 'UNKNOWN_CRITICAL_FIELD');
        s.send(
          rawRequestFrame({
            id: 23,
            method: 'GET',
            path: '/v1/info',
            extraFrame: [999],
            extraRequest: [2000],
          }),
        );
        const r = await s.nextResponse();
        ctx.log(`fields 999 and 2000 -> ${r.status}`);
        check(r.id === 23 && r.status === 200, 'unknown non-critical fields are ignored', 200, r.status);
      });
    },
  },
  {
    id: 'transport/ws-text-frame',
    title: 'A text message closes the WebSocket with 1003; other connections go on',
    mode: 'relay',
    requirements: ['REQ-TRANSPORT-024', 'REQ-TRANSPORT-027'],
    run: (ctx) => expectClose(ctx, 1003, (s) => s.send('{"method":"GET","path":"/v1/info"}')),
  },
  {
    id: 'transport/ws-garbage',
    title: 'Bytes that are not a Frame close the WebSocket with 1007; other connections go on',
    mode: 'relay',
    requirements: ['REQ-TRANSPORT-025', 'REQ-TRANSPORT-027'],
    run: (ctx) => expectClose(ctx, 1007, (s) => s.send(new Uint8Array([0xff, 0xff, 0xff, 0xff, 0xff, 0xff]))),
  },
  {
    id: 'transport/ws-too-big',
    title: 'A message over max_body_bytes + 4096 closes the WebSocket with 1009; other connections go on',
    mode: 'relay',
    requirements: ['REQ-TRANSPORT-026', 'REQ-TRANSPORT-027'],
    timeoutMs: 20_000,
    async run(ctx) {
      const limit = (await maxBodyBytes(ctx)) + 4096;
      await expectClose(ctx, 1009, (s) => s.send(new Uint8Array(limit + 1)));
    },
  },
  {
    id: 'transport/ws-ping',
    title: 'The relay answers a WebSocket ping with a pong carrying the same data',
    mode: 'relay',
    requirements: ['REQ-TRANSPORT-028'],
    async run(ctx) {
      await withSocket(ctx, async (s) => {
        const data = Buffer.from('deftalk-keepalive');
        const pong = await s.ping(data);
        check(pong.equals(data), 'pong data equals ping data', data.toString(), pong.toString());
      });
    },
  },
  {
    id: 'transport/unsupported-major-version',
    title: 'Paths under /v2/ answer UNSUPPORTED_VERSION over HTTP and WebSocket',
    mode: 'relay',
    requirements: ['REQ-TRANSPORT-040'],
    async run(ctx) {
      expectError(ctx, await http(ctx, 'GET', '/v2/info', { accept: PROTOBUF }), 'UNSUPPORTED_VERSION', 400);
      await withSocket(ctx, async (s) => {
        expectFrameError(ctx, await s.call(31, 'GET', '/v2/info'), 31, 'UNSUPPORTED_VERSION');
      });
    },
  },
];
