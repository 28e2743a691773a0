/**
 * Three relay processes on one PostgreSQL database and one Redis key prefix
 * of this run's own (spec/deployment.md): accounts registered on different
 * nodes, an envelope sent on node A pushed at once to a device connected to
 * node B, a device connected twice (newest connection wins, the older one
 * closed REPLACED, 4001), a removed device's connection on another node
 * closed, and erasure after the ack seen from every node.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import {
  addressOf,
  DeviceSocket,
  filesContaining,
  flushDelivery,
  postSends,
  sendTo,
} from '../conformance/cases/relay/deliveryPeer.ts';
import { linkDevice, RelayClient, registerAccount, signDeviceList } from '../conformance/lib/relayClient.ts';
import { RedisBus } from '../reference/relay/bus/redis.ts';
import { CloseCode } from '../reference/relay/plugins/websocket.ts';
import { encodeUpdateDeviceListRequest } from '../reference/wire/account.ts';
import { startNode, testBus, testDatabase } from './postgres-helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'deftalk-cluster-'));
t.teardown(() => rmSync(dir, { recursive: true, force: true }));

const store = await testDatabase(t);
const bus = testBus(t);
// The expiry sweep runs only when a case flushes, on the node it talks to.
const env = { DEFTALK_SWEEP_INTERVAL_MS: '3600000' };
const a = await startNode(t, { dataDir: join(dir, 'a'), store, bus, env });
const [b, c] = await Promise.all([
  startNode(t, { dataDir: join(dir, 'b'), store, bus, env, keysFrom: a.dataDir }),
  startNode(t, { dataDir: join(dir, 'c'), store, bus, env, keysFrom: a.dataDir }),
]);

let seed = 7;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed / 2 ** 31;
};

/** Resolve with `p`, or fail after `ms` (a push that does not arrive must fail the test, not hang it). */
function within<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    p.finally(() => clearTimeout(timer)),
    new Promise<T>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what}: not within ${ms} ms`)), ms);
    }),
  ]);
}

t.test(
  'the Redis bus: newest claim wins, a stale release keeps it, routing reaches its node only',
  async (t) => {
    const events: string[] = [];
    const handler = (name: string) => ({
      queued: (d: string) => events.push(`${name} queued ${d}`),
      close: (d: string, conn: number | undefined, code: number) =>
        events.push(`${name} close ${d} ${conn} ${code}`),
      reset: () => events.push(`${name} reset`),
      transient: () => false,
      presence: () => undefined,
      lastSeenNow: () => 0,
      offline: () => undefined,
    });
    const [x, y] = [new RedisBus(bus), new RedisBus(bus)];
    t.teardown(async () => {
      await x.close();
      await y.close();
    });
    await x.start(handler('x'));
    await y.start(handler('y'));
    const seen = (n: number) =>
      within(
        (async () => {
          while (events.length < n) await new Promise((r) => setImmediate(r));
        })(),
        5000,
        `${n} bus events`,
      );
    await x.claim('acct/1', 7, 1, 4001);
    await y.claim('acct/1', 3, 2, 4001);
    await seen(1);
    t.same(events, ['x close acct/1 7 4001'], 'the older holder is told to close its connection 7');
    await x.release('acct/1', 7, 0);
    await x.queued('acct/1');
    await y.disconnect('acct/1', 4100);
    await seen(3);
    t.same(events.slice(1), ['y queued acct/1', 'y close acct/1 undefined 4100'], 'routed to the holder, y');
    await y.release('acct/1', 3, 0);
    await x.queued('acct/1');
    await y.claim('acct/2', 1, 3, 4001);
    await x.queued('acct/2');
    await seen(4);
    t.same(events.slice(3), ['y queued acct/2'], 'a released device is routed nowhere');
  },
);

t.test('a node with another identifier key refuses to start', async (t) => {
  await t.rejects(
    startNode(t, { dataDir: join(dir, 'stranger'), store, bus, env }),
    /identifier\.key differs/,
  );
});

t.test('a node with another contact credential key refuses to start (REQ-DEPLOY-001)', async (t) => {
  const stranger = join(dir, 'stranger-credential');
  mkdirSync(stranger, { recursive: true });
  // The cluster's identifier and discovery keys, but a contact credential key of its own: a credential
  // issued by the other nodes would be refused on this one.
  for (const f of ['identifier.key', 'discovery.key']) copyFileSync(join(a.dataDir, f), join(stranger, f));
  await t.rejects(startNode(t, { dataDir: stranger, store, bus, env }), /contact-credential\.key differs/);
});

t.test('an envelope accepted on node A reaches a device connected to node B at once', async (t) => {
  const onA = new RelayClient(a.url);
  const onB = new RelayClient(b.url);
  const alice = await registerAccount(onA, random);
  const bob = await registerAccount(onB, random);
  const bobSocket = new DeviceSocket(new URL(b.url), bob.primary);
  await bobSocket.opened;
  // The node claims the device on Redis as the socket opens (and reads the queue again once the claim
  // is in, so a send racing the claim is still pushed); one round trip on the socket lets it land.
  await bobSocket.request('GET', '/v1/messages/sequence', new Uint8Array(0));
  const s = sendTo(bob.accountId, [addressOf(bob, bob.primary)], 1, random);
  const started = performance.now();
  const sent = await postSends(onA, alice.primary, [s.send]);
  t.equal(sent.results[0]?.kind, 'accepted', 'accepted on node A');
  const [push] = await within(bobSocket.waitForPushes(1), 5000, 'push on node B');
  t.comment(`send on A to push on B: ${(performance.now() - started).toFixed(1)} ms`);
  t.ok(
    Buffer.from(push!.envelope.ciphertext).equals(
      s.ciphertexts.get(`${bob.accountId}/${bob.primary.deviceId}`)!,
    ),
    'the exact ciphertext arrives on node B',
  );
  t.equal(push!.envelope.id.senderAccount, alice.accountId);
  // The ack went to node B; a request behind it on the same socket orders the erase before the flush.
  await bobSocket.request('GET', '/v1/messages/sequence', new Uint8Array(0));
  await flushDelivery(onB);
  for (const [name, node] of [
    ['A', a],
    ['B', b],
    ['C', c],
  ] as const) {
    const left = await filesContaining(new RelayClient(node.url), push!.envelope.ciphertext);
    t.same(left, [], `after the ack, node ${name}'s dump holds no copy`);
  }
  await bobSocket.close();
});

t.test('queued envelopes sent on A drain when the device connects to C', async (t) => {
  const onA = new RelayClient(a.url);
  const alice = await registerAccount(onA, random);
  const bob = await registerAccount(onA, random);
  const sends = [1, 2, 3].map((n) => sendTo(bob.accountId, [addressOf(bob, bob.primary)], n, random));
  const r = await postSends(
    onA,
    alice.primary,
    sends.map((s) => s.send),
  );
  t.same(
    r.results.map((x) => x.kind),
    ['accepted', 'accepted', 'accepted'],
  );
  const onC = new DeviceSocket(new URL(c.url), bob.primary);
  const pushes = await within(onC.waitForPushes(3), 5000, 'drain on node C');
  t.same(
    pushes.map((p) => p.envelope.id.sequence),
    [1, 2, 3],
    'in order',
  );
  await onC.close();
});

t.test(
  'a device connected to two nodes: the newest connection wins, the older closes REPLACED',
  async (t) => {
    const onA = new RelayClient(a.url);
    const alice = await registerAccount(onA, random);
    const bob = await registerAccount(onA, random);
    const first = new DeviceSocket(new URL(b.url), bob.primary);
    await first.opened;
    await first.request('GET', '/v1/messages/sequence', new Uint8Array(0));
    const second = new DeviceSocket(new URL(c.url), bob.primary);
    await second.opened;
    const code = await within(first.closed, 5000, 'the older connection closes');
    t.equal(code, CloseCode.REPLACED, 'closed with 4001 REPLACED');
    const s = sendTo(bob.accountId, [addressOf(bob, bob.primary)], 1, random);
    t.equal((await postSends(onA, alice.primary, [s.send])).results[0]?.kind, 'accepted');
    const [push] = await within(second.waitForPushes(1), 5000, 'push to the newer connection');
    t.equal(push!.envelope.id.sequence, 1, 'the newer connection gets the push');
    t.equal(first.pushes.length, 0, 'the older one got nothing');
    await second.close();
  },
);

t.test('removing a device on node A closes its connection on node B', async (t) => {
  const onA = new RelayClient(a.url);
  const alice = await registerAccount(onA, random);
  const linked = await linkDevice(onA, alice, random);
  const socket = new DeviceSocket(new URL(b.url), linked);
  await socket.opened;
  await socket.request('GET', '/v1/messages/sequence', new Uint8Array(0));
  const next = {
    version: alice.deviceList.version + 1,
    devices: alice.deviceList.devices.filter((d) => d.deviceId !== linked.deviceId),
  };
  await onA.ok('remove device', 'PUT', '/v1/devices', {
    token: alice.primary.token,
    body: encodeUpdateDeviceListRequest(signDeviceList(alice.identity, next)),
  });
  const code = await within(socket.closed, 5000, 'the removed device is disconnected');
  t.not(code, 1006, `closed by the relay (code ${code})`);
});
