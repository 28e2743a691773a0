/**
 * Two relay processes on one PostgreSQL database and one Redis key prefix of
 * this run's own (spec/deployment.md §Presence, §Transient envelopes, §Rate
 * limits): a viewer on node B sees an owner on node A go online and offline
 * at once, an account stays online while any device is on any node, a
 * transient envelope accepted on A reaches a device on B and is written
 * nowhere (no storage file, no Redis key), and the bundle-fetch limit of an
 * account holds across both nodes together; the devices of a node killed
 * with SIGKILL go offline once the other nodes see it stopped beating.
 *
 * Requirements: REQ-DEPLOY-005, REQ-DEPLOY-006, REQ-DEPLOY-008 (and the
 * chapters' REQ-PRESENCE-001, REQ-LOCATION-002, REQ-KEYS-006 on a cluster).
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import t from 'tap';
import type { CaseContext } from '../conformance/case.ts';
import { discoverCredential } from '../conformance/cases/relay/_contacts.ts';
import {
  addressOf,
  DeviceSocket,
  filesContaining,
  postSends,
  sendTo,
} from '../conformance/cases/relay/deliveryPeer.ts';
import { PresenceSocket } from '../conformance/cases/relay/presence.ts';
import {
  linkDevice,
  RelayClient,
  registerAccount,
  type TestAccount,
  type TestDevice,
} from '../conformance/lib/relayClient.ts';
import { parseBusUrl } from '../reference/relay/bus/redis.ts';
import { CONTACT_CREDENTIAL_KEY_FILE } from '../reference/relay/contactCredential.ts';
import { BUNDLE_RATE } from '../reference/relay/identityContext.ts';
import type { PresenceState } from '../reference/wire/presence.ts';
import { REDIS_SERVER, startNode, testBus, testDatabase } from './postgres-helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'deftalk-cluster-presence-'));
t.teardown(() => rmSync(dir, { recursive: true, force: true }));

const store = await testDatabase(t);
const bus = testBus(t);
// A beat of 500 ms: a killed node is taken for dead 1.5 s after its last beat.
const env = { DEFTALK_SWEEP_INTERVAL_MS: '3600000', DEFTALK_BUS_HEARTBEAT_MS: '500' };
const a = await startNode(t, { dataDir: join(dir, 'a'), store, bus, env });
// Contact credentials issued by one node must verify on the other: the same key on both.
mkdirSync(join(dir, 'b'), { recursive: true });
copyFileSync(join(a.dataDir, CONTACT_CREDENTIAL_KEY_FILE), join(dir, 'b', CONTACT_CREDENTIAL_KEY_FILE));
const b = await startNode(t, { dataDir: join(dir, 'b'), store, bus, env, keysFrom: a.dataDir });
const onA = new RelayClient(a.url);
const onB = new RelayClient(b.url);

let seed = 23;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed / 2 ** 31;
};

/** What PresenceSocket and discoverCredential need of a case context, pointed at `url`. */
function contextOf(url: string): CaseContext {
  return {
    relayUrl: url,
    signal: new AbortController().signal,
    log: () => undefined,
  } as unknown as CaseContext;
}

/** A presence-watching socket on `url`, attached (one request answered) before it resolves. */
async function watcher(url: string, device: TestDevice): Promise<PresenceSocket> {
  const s = new PresenceSocket(contextOf(url), device);
  await s.opened;
  await s.request('GET', '/v1/presence/settings');
  return s;
}

/** A device socket on `url`, attached (one request answered) before it resolves. */
async function connected(url: string, device: TestDevice): Promise<DeviceSocket> {
  const s = new DeviceSocket(new URL(url), device);
  await s.opened;
  await s.request('GET', '/v1/messages/sequence', new Uint8Array(0));
  return s;
}

function state(s: PresenceState | string, what: string): PresenceState {
  if (typeof s === 'string') throw new Error(`${what}: refused ${s}`);
  return s;
}

t.test('presence: a viewer on node B sees an owner on node A go online and offline at once', async (t) => {
  const owner = await registerAccount(onA, random);
  const viewer = await registerAccount(onB, random);
  const credential = await discoverCredential(contextOf(b.url), onB, viewer, owner);
  const watching = await watcher(b.url, viewer.primary);
  const first = state(await watching.subscribe(owner.accountId, credential), 'subscribe on B');
  t.equal(first.online, false, 'offline before any device connects');

  const ownerSocket = await connected(a.url, owner.primary);
  const [up] = await watching.waitForPushes(1);
  t.equal(up?.owner, owner.accountId);
  t.equal(up?.online, true, 'the connection on node A is pushed as online to the viewer on node B');
  const asked = state(await watching.subscribe(owner.accountId, credential), 'subscribe again on B');
  t.equal(asked.online, true, 'node B answers online while the device is on node A');

  await ownerSocket.close();
  const pushes = await watching.waitForPushes(2);
  const down = pushes[1]!;
  t.equal(down.online, false, 'the disconnection on node A is pushed as offline');
  t.ok(down.lastSeenMs > 0 && down.lastSeenMs % 60_000 === 0, 'with a last-seen minute');
  const later = state(await watching.subscribe(owner.accountId, credential), 'subscribe on B after');
  t.same(
    [later.online, later.lastSeenMs],
    [false, down.lastSeenMs],
    'node B answers offline, last seen as pushed',
  );
  const onNodeA = await watcher(a.url, viewer.primary);
  const fromA = state(await onNodeA.subscribe(owner.accountId, credential), 'subscribe on A');
  t.same(
    [fromA.online, fromA.lastSeenMs],
    [false, down.lastSeenMs],
    'node A answers the same state and last-seen minute',
  );
  await Promise.all([watching.close(), onNodeA.close()]);
});

t.test('presence: an account stays online while any of its devices is connected to any node', async (t) => {
  const owner = await registerAccount(onA, random);
  const linked = await linkDevice(onA, owner, random);
  const viewer = await registerAccount(onA, random);
  const credential = await discoverCredential(contextOf(a.url), onA, viewer, owner);
  const watching = await watcher(a.url, viewer.primary);
  state(await watching.subscribe(owner.accountId, credential), 'subscribe on A');
  const onNodeA = await connected(a.url, owner.primary);
  const onNodeB = await connected(b.url, linked);
  await watching.waitForPushes(1);
  await onNodeA.close();
  // Node A has released the first device once its claim is gone from Redis (no event tells it).
  await claimGone(owner, owner.primary);
  const still = state(await watching.subscribe(owner.accountId, credential), 'subscribe after one closed');
  t.equal(still.online, true, 'online: the linked device is still on node B');
  await onNodeB.close();
  const pushes = await watching.waitForPushes(2);
  await watching.request('GET', '/v1/presence/settings');
  t.same(
    pushes.map((p) => p.online),
    [true, false],
    'one online and one offline event, none when only the first device left',
  );
  await watching.close();
});

/** Resolve once `device`'s claim is no longer in Redis (polled every 20 ms: Redis has no event for it). */
async function claimGone(account: TestAccount, device: TestDevice): Promise<void> {
  const { prefix } = parseBusUrl(bus);
  const r = new Redis(REDIS_SERVER);
  try {
    const end = Date.now() + 10_000;
    while ((await r.exists(`${prefix}dev:${account.accountId}/${device.deviceId}`)) === 1) {
      if (Date.now() > end) throw new Error('the claim was not released within 10 s');
      await new Promise((res) => setTimeout(res, 20));
    }
  } finally {
    await r.quit();
  }
}

/** Every value stored under this run's Redis prefix, as one buffer per key. */
async function redisValues(): Promise<Buffer[]> {
  const { prefix } = parseBusUrl(bus);
  const r = new Redis(REDIS_SERVER);
  try {
    const out: Buffer[] = [];
    for (const key of await r.keys(`${prefix}*`)) {
      const type = await r.type(key);
      if (type === 'string') out.push((await r.getBuffer(key)) ?? Buffer.alloc(0));
      else if (type === 'set') out.push(...(await r.smembersBuffer(key)));
      else if (type === 'hash') out.push(...Object.values(await r.hgetallBuffer(key)));
      else out.push(Buffer.from(type));
    }
    return out;
  } finally {
    await r.quit();
  }
}

t.test(
  'a transient envelope accepted on node A reaches a device on node B and is stored nowhere',
  async (t) => {
    const alice = await registerAccount(onA, random);
    const bob = await registerAccount(onA, random);
    const bobSocket = await connected(b.url, bob.primary);
    const s = sendTo(bob.accountId, [addressOf(bob, bob.primary)], 1, random, { transient: true });
    const sent = await postSends(onA, alice.primary, [s.send]);
    const result = sent.results[0];
    t.equal(result?.kind, 'transient', 'answered as a transient send');
    t.same(
      result?.kind === 'transient' ? result.deliveredTo : [],
      [addressOf(bob, bob.primary)],
      'reported delivered to the device on node B',
    );
    const [push] = await bobSocket.waitForPushes(1);
    const ciphertext = s.ciphertexts.values().next().value!;
    t.ok(Buffer.from(push!.envelope.ciphertext).equals(ciphertext), 'the exact ciphertext arrives on node B');
    t.equal(push!.envelope.transient, true, 'marked transient');
    for (const [name, client] of [
      ['A', onA],
      ['B', onB],
    ] as const) {
      t.same(await filesContaining(client, ciphertext), [], `node ${name}'s storage holds no copy`);
    }
    const needles = [Buffer.from(ciphertext), Buffer.from(Buffer.from(ciphertext).toString('base64'))];
    const values = await redisValues();
    t.ok(values.length > 0, 'Redis holds this run’s claims (the check reads something)');
    t.notOk(
      values.some((v) => needles.some((n) => v.indexOf(n) >= 0)),
      'no Redis key holds the envelope, raw or base64',
    );

    await bobSocket.close();
    const offline = sendTo(bob.accountId, [addressOf(bob, bob.primary)], 2, random, { transient: true });
    const dropped = (await postSends(onA, alice.primary, [offline.send])).results[0];
    t.same(
      dropped?.kind === 'transient' ? dropped.deliveredTo : ['not transient'],
      [],
      'a device connected nowhere is not reached',
    );
    const later = await connected(b.url, bob.primary);
    await later.request('GET', '/v1/messages/sequence', new Uint8Array(0));
    t.equal(later.pushes.length, 0, 'and gets nothing when it connects later');
    await later.close();
  },
);

/**
 * GET a bundle of `owner`'s primary device as `asker` on `client`: 'served' or the error name. The
 * owner uploaded no prekeys, so a fetch inside the limit is answered PREKEYS_UNAVAILABLE, after taking
 * its token (spec/keys.md §Bundles, step 2 before step 4); that is served here.
 */
async function fetchBundle(client: RelayClient, asker: TestAccount, owner: TestAccount): Promise<string> {
  const r = await client.request('GET', `/v1/keys/${owner.accountId}/${owner.primary.deviceId}`, {
    token: asker.primary.token,
  });
  const name = r.status < 300 ? 'ok' : (r.error?.name ?? String(r.status));
  return name === 'ok' || name === 'PREKEYS_UNAVAILABLE' ? 'served' : name;
}

t.test('the bundle-fetch limit of an account holds across both nodes together', async (t) => {
  const asker = await registerAccount(onA, random);
  const owner = await registerAccount(onA, random);
  const outcomes: string[] = [];
  for (let i = 0; i < BUNDLE_RATE.capacity; i++) {
    outcomes.push(await fetchBundle(i % 2 === 0 ? onA : onB, asker, owner));
  }
  t.same([...new Set(outcomes)], ['served'], `${BUNDLE_RATE.capacity} fetches over both nodes are served`);
  t.equal(await fetchBundle(onA, asker, owner), 'RATE_LIMITED', 'the next one is refused on node A');
  t.equal(await fetchBundle(onB, asker, owner), 'RATE_LIMITED', 'and on node B');
  const other = await registerAccount(onB, random);
  t.equal(await fetchBundle(onB, other, owner), 'served', "another account's budget is its own");
});

t.test('the devices of a killed node go offline for the viewers on the other nodes', async (t) => {
  mkdirSync(join(dir, 'c'), { recursive: true });
  copyFileSync(join(a.dataDir, CONTACT_CREDENTIAL_KEY_FILE), join(dir, 'c', CONTACT_CREDENTIAL_KEY_FILE));
  const c = await startNode(t, { dataDir: join(dir, 'c'), store, bus, env, keysFrom: a.dataDir });
  const owner = await registerAccount(onA, random);
  const viewer = await registerAccount(onA, random);
  const credential = await discoverCredential(contextOf(a.url), onA, viewer, owner);
  const watching = await watcher(a.url, viewer.primary);
  state(await watching.subscribe(owner.accountId, credential), 'subscribe on A');
  const onC = new DeviceSocket(new URL(c.url), owner.primary);
  await onC.opened;
  const [up] = await watching.waitForPushes(1);
  t.equal(up?.online, true, 'online while the device is on node C');
  const exited = new Promise((r) => c.child.once('exit', r));
  c.child.kill('SIGKILL');
  await exited;
  const [, down] = await watching.waitForPushes(2);
  t.equal(down?.online, false, "node C's device is pushed offline once C stopped beating");
  t.ok(down!.lastSeenMs > 0 && down!.lastSeenMs % 60_000 === 0, 'with a last-seen minute');
  const fromB = state(
    await (await watcher(b.url, viewer.primary)).subscribe(owner.accountId, credential),
    'subscribe on B',
  );
  t.equal(fromB.online, false, 'node B answers offline');
  await watching.close();
});
