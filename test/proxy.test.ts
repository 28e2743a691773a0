/**
 * The fault-injection proxy (spec/conformance.md §Fault injection): its
 * actions are applied as recorded and are the same for the same seed, and
 * the fault cases pass against the reference relay and fail against zoo
 * relays that lose envelopes or erase on push.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import WebSocket, { WebSocketServer } from 'ws';
import type { ConformanceCase } from '../conformance/case.ts';
import { FAULT_RELAY_CASES } from '../conformance/cases/relay/faults.ts';
import { RelayClient } from '../conformance/lib/relayClient.ts';
import { type FaultPlan, LINK_HEADER, startFaultProxy } from '../conformance/proxy/index.ts';
import { member as eraseOnPush } from '../conformance/zoo/relays/erase-on-push.ts';
import { member as newestFirst } from '../conformance/zoo/relays/newest-first.ts';
import type { RelayParts } from '../reference/relay/server.ts';
import { startRelay } from '../reference/relay/server.ts';
import { runCase, type TestRelay } from './identity-helpers.ts';

type Teardown = { teardown(fn: () => unknown): void };

/** An echo WebSocket server on loopback that records what reaches it. */
async function echoServer(t: Teardown) {
  const received: string[] = [];
  const waiters: (() => void)[] = [];
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve) => wss.once('listening', () => resolve()));
  wss.on('connection', (ws) =>
    ws.on('message', (data: Buffer) => {
      received.push(data.toString('hex'));
      for (const w of waiters.splice(0)) w();
      ws.send(data);
    }),
  );
  t.teardown(() => new Promise<void>((resolve) => wss.close(() => resolve())));
  const { port } = wss.address() as { port: number };
  const waitFor = async (n: number) => {
    while (received.length < n) await new Promise<void>((resolve) => waiters.push(resolve));
  };
  return { url: `http://127.0.0.1:${port}/`, received, waitFor };
}

/** Send `n` numbered messages through the proxy one after the other, waiting for an echo or a loss each time. */
async function exchange(seed: number, plan: FaultPlan, n: number, target: string) {
  const proxy = await startFaultProxy({ target, seed, plan: () => plan });
  const ws = new WebSocket(new URL('/echo', proxy.url.href.replace('http', 'ws')), {
    headers: { [LINK_HEADER]: 'L' },
  });
  await new Promise((resolve) => ws.once('open', resolve));
  const echoes: string[] = [];
  let wake: () => void = () => {};
  ws.on('message', (d: Buffer) => {
    echoes.push(d.toString('hex'));
    wake();
  });
  proxy.log.on('entry', (e) => {
    if (e.action !== 'pass' && e.action !== 'open') wake();
  });
  ws.on('close', () => wake());
  for (let i = 0; i < n && ws.readyState === WebSocket.OPEN; i++) {
    const settled = new Promise<void>((resolve) => {
      wake = resolve;
    });
    ws.send(Buffer.from([i, 0xaa, 0xbb, 0xcc]));
    await settled;
  }
  ws.terminate();
  await proxy.close();
  return { log: proxy.log, echoes };
}

t.test('same seed, same actions; another seed, other actions', async (t) => {
  const echo = await echoServer(t);
  const plan: FaultPlan = {
    up: { drop: 0.2, duplicate: 0.1, corrupt: 0.1, truncate: 0.1 },
    down: { drop: 0.1 },
  };
  const a = await exchange(7, plan, 40, echo.url);
  const b = await exchange(7, plan, 40, echo.url);
  const c = await exchange(8, plan, 40, echo.url);
  const ups = (log: typeof a.log) => log.canonical().filter((l) => l.startsWith('L up #'));
  t.same(ups(a.log), ups(b.log), 'the same seed gives the same up-link actions');
  t.not(ups(a.log).join('\n'), ups(c.log).join('\n'), 'another seed gives other actions');
  const counts = a.log.counts();
  t.ok((counts.drop ?? 0) > 0 && (counts.corrupt ?? 0) > 0 && (counts.truncate ?? 0) > 0, 'faults happened');
});

t.test('actions are applied as recorded', async (t) => {
  const echo = await echoServer(t);
  const before = echo.received.length;
  const { log } = await exchange(
    11,
    { up: { drop: 0.25, duplicate: 0.25, corrupt: 0.2, truncate: 0.2 } },
    30,
    echo.url,
  );
  const expected: string[] = [];
  for (const e of log.entries.filter((x) => x.link === 'L' && x.dir === 'up' && x.index >= 0)) {
    const frame = Buffer.from([e.index, 0xaa, 0xbb, 0xcc]);
    if (e.action === 'pass') expected.push(frame.toString('hex'));
    if (e.action === 'duplicate') expected.push(frame.toString('hex'), frame.toString('hex'));
    if (e.action === 'truncate') expected.push(frame.subarray(0, Number(e.detail)).toString('hex'));
    if (e.action === 'corrupt') {
      const at = Number(e.detail);
      frame[at] = (frame[at] ?? 0) ^ 0xff;
      expected.push(frame.toString('hex'));
    }
  }
  await echo.waitFor(before + expected.length);
  t.same(echo.received.slice(before), expected, 'the relay side saw exactly what the log says was sent');
});

t.test('HTTP passes through unchanged', async (t) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'deftalk-proxy-'));
  const relay = await startRelay({
    host: '127.0.0.1',
    port: 0,
    dataDir,
    testHooks: true,
    logLevel: 'silent',
    pinScryptLog2N: 10,
  });
  t.teardown(async () => {
    await relay.close();
    rmSync(dataDir, { recursive: true, force: true });
  });
  const proxy = await startFaultProxy({ target: relay.url, seed: 1 });
  t.teardown(() => proxy.close());
  const direct = await new RelayClient(relay.url).request('GET', '/v1/info');
  const through = await new RelayClient(proxy.url).request('GET', '/v1/info');
  t.equal(through.status, direct.status);
  t.same(Buffer.from(through.body), Buffer.from(direct.body));
  t.match(proxy.log.lines()[0] ?? '', /^http http #0 request \d+B GET \/v1\/info 200$/);
});

async function relayWith(t: Teardown, parts: RelayParts): Promise<TestRelay> {
  const dataDir = mkdtempSync(join(tmpdir(), 'deftalk-proxy-'));
  const relay = await startRelay(
    { host: '127.0.0.1', port: 0, dataDir, testHooks: true, logLevel: 'silent', pinScryptLog2N: 10 },
    undefined,
    parts,
  );
  t.teardown(async () => {
    await relay.close();
    rmSync(dataDir, { recursive: true, force: true });
  });
  return { relay, dataDir, client: new RelayClient(relay.url), logText: () => '', files: () => new Map() };
}

for (const c of FAULT_RELAY_CASES) {
  t.test(`case ${c.id} passes against the reference relay`, async (t) => {
    for (const seed of [1, 2, 3]) {
      const evidence = await runCase(await relayWith(t, {}), c, seed);
      t.ok(
        evidence.some((l) => l.startsWith('frame ')),
        `seed ${seed}: the frame log is in the evidence`,
      );
    }
  });
}

const zoo: [string, () => RelayParts, ConformanceCase][] = [
  ['erase-on-push', () => eraseOnPush.parts(), FAULT_RELAY_CASES[0]!],
  ['erase-on-push', () => eraseOnPush.parts(), FAULT_RELAY_CASES[1]!],
  ['newest-first', () => newestFirst.parts(), FAULT_RELAY_CASES[0]!],
];
for (const [name, parts, c] of zoo) {
  t.test(`case ${c.id} fails against zoo relay ${name}`, async (t) => {
    await t.rejects(runCase(await relayWith(t, parts()), c, 1), {
      name: 'CheckFailed',
      message: /reaches the recipient|order/,
    });
  });
}
