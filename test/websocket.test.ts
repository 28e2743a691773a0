/**
 * The device WebSocket plugin and the operation registry
 * (spec/transport.md §WebSocket, §Operations), on a real fastify server on
 * 127.0.0.1 with real `ws` clients: one declaration answers HTTP and
 * WebSocket, the upgrade authentication hook, one connection per device
 * (4001), relay-initiated requests, keepalive and shutdown (1001).
 */
import type { AddressInfo } from 'node:net';
import Fastify, { type FastifyInstance } from 'fastify';
import t, { type Test } from 'tap';
import WebSocket from 'ws';
import { DefTalkError } from '../reference/errors/index.ts';
import { errorsPlugin } from '../reference/relay/plugins/errors.ts';
import { type AuthenticatedDevice, OperationRegistry } from '../reference/relay/plugins/operations.ts';
import { CloseCode, WebSocketHub, websocketPlugin } from '../reference/relay/plugins/websocket.ts';
import {
  decodeError,
  decodeFrame,
  encodeFrame,
  PROTOBUF,
  type ResponseFrame,
} from '../reference/wire/index.ts';

interface Harness {
  app: FastifyInstance;
  hub: WebSocketHub;
  url: string;
}

async function start(
  t: Test,
  opts: {
    pingIntervalMs?: number;
    authenticate?: (token: string | undefined) => AuthenticatedDevice | DefTalkError | undefined;
  } = {},
): Promise<Harness> {
  const app = Fastify({ logger: false });
  app.addContentTypeParser(PROTOBUF, { parseAs: 'buffer' }, (_r, body, done) => done(null, body));
  await app.register(errorsPlugin);
  const operations = new OperationRegistry(app, 1024);
  // One declaration: echo the body reversed, and say which transport and device asked.
  operations.add<Uint8Array, string>({
    name: 'test.echo',
    method: 'POST',
    path: '/v1/echo/:tag',
    auth: 'optional',
    decodeBody: (b) => b,
    encodeBody: (s) => new TextEncoder().encode(s),
    handle: async ({ body, params, transport, device }) =>
      `${params.tag}:${transport}:${device ? `${device.accountId}/${device.deviceId}` : 'anon'}:${Buffer.from(body).reverse().toString()}`,
  });
  operations.add({
    name: 'test.private',
    method: 'GET',
    path: '/v1/private',
    auth: 'device',
    handle: async () => undefined,
  });
  const hub = new WebSocketHub();
  await app.register(websocketPlugin, {
    operations,
    hub,
    maxFrameBytes: 2048,
    pingIntervalMs: opts.pingIntervalMs,
    authenticateUpgrade: opts.authenticate
      ? async (request) => opts.authenticate!(request.headers.authorization)
      : undefined,
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  t.teardown(() => app.close());
  const { port } = app.server.address() as AddressInfo;
  return { app, hub, url: `http://127.0.0.1:${port}` };
}

function connect(url: string, headers: Record<string, string> = {}, autoPong = true): Promise<WebSocket> {
  const ws = new WebSocket(`${url.replace('http', 'ws')}/v1/websocket`, { headers, autoPong });
  return new Promise((resolve, reject) => {
    ws.once('open', () => resolve(ws));
    ws.once('unexpected-response', (_req, res) =>
      reject(Object.assign(new Error('refused'), { status: res.statusCode })),
    );
    ws.once('error', reject);
  });
}

function nextFrame(ws: WebSocket) {
  return new Promise<ReturnType<typeof decodeFrame>>((resolve) =>
    ws.once('message', (d: Buffer) => resolve(decodeFrame(d))),
  );
}

function closed(ws: WebSocket): Promise<number> {
  return new Promise((resolve) => ws.once('close', (code) => resolve(code)));
}

const enc = (s: string) => new TextEncoder().encode(s);

t.test('one declaration answers HTTP and WebSocket alike', async (t) => {
  const h = await start(t);
  const res = await fetch(`${h.url}/v1/echo/a%20b`, {
    method: 'POST',
    headers: { 'content-type': PROTOBUF },
    body: enc('xyz'),
  });
  t.equal(res.status, 200);
  t.equal(await res.text(), 'a b:http:anon:zyx');
  const ws = await connect(h.url);
  ws.send(encodeFrame({ kind: 'request', id: 5, method: 'POST', path: '/v1/echo/q?x=1', body: enc('abc') }));
  const f = (await nextFrame(ws)) as ResponseFrame;
  t.match(f, { kind: 'response', id: 5, status: 200 });
  t.equal(Buffer.from(f.body).toString(), 'q:websocket:anon:cba');
  // Wrong method on a known path, and an oversize body, as errors with the same id.
  ws.send(encodeFrame({ kind: 'request', id: 6, method: 'GET', path: '/v1/echo/q', body: new Uint8Array() }));
  const m = (await nextFrame(ws)) as ResponseFrame;
  t.equal(decodeError(m.body).name, 'METHOD_NOT_ALLOWED');
  ws.send(
    encodeFrame({ kind: 'request', id: 7, method: 'POST', path: '/v1/echo/q', body: new Uint8Array(1500) }),
  );
  const big = (await nextFrame(ws)) as ResponseFrame;
  t.match({ id: big.id, name: decodeError(big.body).name }, { id: 7, name: 'PAYLOAD_TOO_LARGE' });
  ws.send(
    encodeFrame({ kind: 'request', id: 8, method: 'GET', path: '/v1/private', body: new Uint8Array() }),
  );
  t.equal(decodeError(((await nextFrame(ws)) as ResponseFrame).body).name, 'UNAUTHENTICATED');
  ws.close();
});

t.test(
  'authenticateUpgrade: refusal answers HTTP, a device is attached, a second connection replaces the first',
  async (t) => {
    const h = await start(t, {
      authenticate: (token) => {
        if (token === undefined) return undefined;
        if (token === 'good') return { accountId: 'acct', deviceId: 1 };
        return new DefTalkError('UNAUTHENTICATED');
      },
    });
    const refused = await connect(h.url, { authorization: 'bad' }).catch((e: { status?: number }) => e);
    t.equal((refused as { status?: number }).status, 401, 'bad credentials: HTTP 401, no upgrade');
    const anon = await connect(h.url);
    const first = await connect(h.url, { authorization: 'good' });
    t.equal(h.hub.connectionOf({ accountId: 'acct', deviceId: 1 })?.device?.deviceId, 1);
    first.send(
      encodeFrame({ kind: 'request', id: 1, method: 'GET', path: '/v1/private', body: new Uint8Array() }),
    );
    t.match(await nextFrame(first), { id: 1, status: 204 }, 'device operation answered for the device');
    const firstClosed = closed(first);
    const second = await connect(h.url, { authorization: 'good' });
    t.equal(await firstClosed, CloseCode.REPLACED, 'the older connection closes with 4001');
    // The relay asks the device something; the device answers; the promise resolves.
    second.once('message', (d: Buffer) => {
      const req = decodeFrame(d);
      if (req.kind === 'request')
        second.send(encodeFrame({ kind: 'response', id: req.id, status: 200, body: enc('ack') }));
    });
    const conn = h.hub.connectionOf({ accountId: 'acct', deviceId: 1 })!;
    const answer = await conn.request({ method: 'PUT', path: '/v1/push', body: enc('env') });
    t.equal(answer.status, 200);
    t.equal(Buffer.from(answer.body).toString(), 'ack');
    // A pending request fails when the connection closes.
    const pending = conn.request({ method: 'PUT', path: '/v1/push', body: enc('env2') });
    second.terminate();
    await t.rejects(pending, { name: 'ConnectionClosed' });
    anon.close();
  },
);

t.test('requests to a device time out by their own deadlines, on one timer per connection', async (t) => {
  const h = await start(t, {
    authenticate: (token) => (token ? { accountId: 'acct', deviceId: 2 } : undefined),
  });
  const ws = await connect(h.url, { authorization: 'good' });
  t.teardown(() => ws.terminate());
  // The device answers only the requests whose body says "answer", and only after 120 ms.
  ws.on('message', (d: Buffer) => {
    const req = decodeFrame(d);
    if (req.kind !== 'request' || Buffer.from(req.body).toString() !== 'answer') return;
    setTimeout(
      () => ws.send(encodeFrame({ kind: 'response', id: req.id, status: 200, body: enc('ok') })),
      120,
    );
  });
  const conn = h.hub.connectionOf({ accountId: 'acct', deviceId: 2 })!;
  const started = Date.now();
  const outcome = (p: Promise<{ status: number }>) =>
    p.then(
      (r) => ({ ok: r.status, after: Date.now() - started }),
      (e: Error) => ({ err: e.name, after: Date.now() - started }),
    );
  // A long deadline first, then shorter ones: the timer must follow the earliest, not the first.
  const long = outcome(conn.request({ method: 'PUT', path: '/v1/push', body: enc('silent') }, 600));
  const short = outcome(conn.request({ method: 'PUT', path: '/v1/push', body: enc('silent') }, 60));
  const answered = outcome(conn.request({ method: 'PUT', path: '/v1/push', body: enc('answer') }, 1000));
  const tooLate = outcome(conn.request({ method: 'PUT', path: '/v1/push', body: enc('answer') }, 80));
  const results = await Promise.all([long, short, answered, tooLate]);
  t.match(results[1], { err: 'RequestTimeout' }, 'the 60 ms request times out');
  t.ok(
    results[1].after < 500,
    `the short deadline is not held back by the long one (${results[1].after} ms)`,
  );
  t.match(results[3], { err: 'RequestTimeout' }, 'an answer after the deadline comes too late');
  t.match(results[2], { ok: 200 }, 'an answer within the deadline resolves');
  t.match(results[0], { err: 'RequestTimeout' }, 'the 600 ms request times out');
  t.ok(results[0].after >= 590, `and not before its deadline (${results[0].after} ms)`);
  // After the expiries the connection still works and a late answer was ignored, not misrouted.
  const again = await conn.request({ method: 'PUT', path: '/v1/push', body: enc('answer') }, 1000);
  t.equal(again.status, 200, 'a later request is answered normally');
});

t.test('keepalive drops a peer that does not answer pings', async (t) => {
  const h = await start(t, { pingIntervalMs: 50 });
  // A client that never answers pings.
  const ws = await connect(h.url, {}, false);
  let pings = 0;
  ws.on('ping', () => {
    pings++;
  });
  const code = await closed(ws);
  t.ok(pings >= 1, 'the relay pinged');
  t.equal(code, 1006, 'dropped without a closing handshake');
});

t.test('shutdown closes connections with 1001', async (t) => {
  const h = await start(t);
  const ws = await connect(h.url);
  const code = closed(ws);
  await h.app.close();
  t.equal(await code, CloseCode.GOING_AWAY);
});

t.test(
  'too many requests in flight answer RATE_LIMITED; a duplicate id answers MALFORMED_REQUEST',
  async (t) => {
    const app = Fastify({ logger: false });
    await app.register(errorsPlugin);
    const operations = new OperationRegistry(app, 1024);
    let release: () => void = () => {};
    const gate = new Promise<void>((r) => {
      release = r;
    });
    operations.add({ name: 'test.slow', method: 'GET', path: '/v1/slow', auth: 'none', handle: () => gate });
    const hub = new WebSocketHub();
    await app.register(websocketPlugin, { operations, hub, maxFrameBytes: 2048, maxInFlight: 2 });
    await app.listen({ host: '127.0.0.1', port: 0 });
    t.teardown(() => app.close());
    const { port } = app.server.address() as AddressInfo;
    const ws = await connect(`http://127.0.0.1:${port}`);
    const frames: ResponseFrame[] = [];
    ws.on('message', (d: Buffer) => frames.push(decodeFrame(d) as ResponseFrame));
    const send = (id: number) =>
      ws.send(encodeFrame({ kind: 'request', id, method: 'GET', path: '/v1/slow', body: new Uint8Array() }));
    send(1);
    send(1);
    send(2);
    send(3);
    await new Promise<void>((resolve) => {
      const check = () => (frames.length >= 2 ? resolve() : ws.once('message', () => setImmediate(check)));
      check();
    });
    t.same(
      frames.map((f) => [f.id, decodeError(f.body).name]),
      [
        [1, 'MALFORMED_REQUEST'],
        [3, 'RATE_LIMITED'],
      ],
    );
    release();
    while (frames.length < 4) await new Promise((r) => ws.once('message', r));
    t.same(
      frames
        .slice(2)
        .map((f) => [f.id, f.status])
        .sort(),
      [
        [1, 204],
        [2, 204],
      ],
    );
    ws.close();
  },
);
