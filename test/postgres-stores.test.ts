/**
 * The storage behaviour both implementations must share (spec/delivery.md
 * §Storage, spec/keys.md §Handing out keys), run against the embedded
 * SQLite stores and the PostgreSQL ones (reference/relay/storage/postgres/)
 * on a database of this run's own: idempotent accepts, one-time prekeys
 * handed out once under 20 concurrent fetches across two store instances
 * (two relay nodes for PostgreSQL: two pools), erasure that leaves no
 * ciphertext in the live tables, group commit, and positions that commit in
 * order when two nodes accept into one queue.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t, { type Test } from 'tap';
import { RelayClock } from '../reference/relay/clock.ts';
import { parseRelayArgs } from '../reference/relay/config.ts';
import { type AccountStore, SqliteAccountStore } from '../reference/relay/storage/accounts.ts';
import { SqliteDeliveryStore } from '../reference/relay/storage/deliverySqlite.ts';
import { type KeyStore, SqliteKeyStore } from '../reference/relay/storage/keys.ts';
import {
  dumpLiveTables,
  migrate,
  openPool,
  PG_SCHEMA_VERSION,
  PgAccountStore,
  PgDeliveryStore,
  PgKeyStore,
} from '../reference/relay/storage/postgres/index.ts';
import type {
  AcceptItem,
  AcceptOutcome,
  DeliveryStore,
  QueueDevice,
} from '../reference/relay/storage/queue.ts';
import { openDatabase } from '../reference/relay/storage/sqlite.ts';
import type { AccountId, DeviceId } from '../reference/wire/ids.ts';
import { registerAccount, sqliteBytes, testDatabase } from './postgres-helpers.ts';

/** One implementation under test: two instances of each store over one storage, as two nodes would have. */
interface Impl {
  readonly name: string;
  readonly accounts: AccountStore;
  readonly keys: readonly [KeyStore, KeyStore];
  /** Delivery stores: two for PostgreSQL (two nodes); SQLite's keeps state in memory, so one. */
  readonly delivery: readonly DeliveryStore[];
  /** Every byte the live storage holds. */
  dump(): Promise<Buffer>;
  close(): Promise<void>;
}

const QUOTA = 100;

async function sqliteImpl(): Promise<Impl> {
  const dir = mkdtempSync(join(tmpdir(), 'deftalk-store-'));
  const db1 = openDatabase(dir);
  const db2 = openDatabase(dir);
  const delivery = new SqliteDeliveryStore(db1, new RelayClock(), { queueQuota: QUOTA });
  return {
    name: 'sqlite',
    accounts: new SqliteAccountStore(db1),
    keys: [new SqliteKeyStore(db1), new SqliteKeyStore(db2)],
    delivery: [delivery],
    async dump() {
      return sqliteBytes(dir);
    },
    async close() {
      await delivery.close();
      db1.close();
      db2.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function postgresImpl(url: string): Promise<Impl> {
  const a = openPool(url);
  const b = openPool(url);
  await migrate(a);
  const clock = new RelayClock();
  const delivery = [
    new PgDeliveryStore(a, clock, { queueQuota: QUOTA }),
    new PgDeliveryStore(b, clock, { queueQuota: QUOTA }),
  ];
  return {
    name: 'postgres',
    accounts: new PgAccountStore(a),
    keys: [new PgKeyStore(a), new PgKeyStore(b)],
    delivery,
    async dump() {
      return Buffer.concat((await dumpLiveTables(a)).map((f) => Buffer.from(f.content)));
    },
    async close() {
      for (const d of delivery) await d.close();
      await a.end();
      await b.end();
    },
  };
}

const device = (deviceId = 1): QueueDevice => ({
  accountId: randomBytes(16).toString('hex') as AccountId,
  deviceId: deviceId as DeviceId,
});

function item(sender: QueueDevice, sequence: number, to: QueueDevice[], marker?: Buffer): AcceptItem {
  return {
    sender,
    sequence,
    copies: to.map((d) => ({ device: d, envelope: marker ?? randomBytes(64) })),
    expiresAt: Date.now() + 3600_000,
  };
}

function positionsOf(o: AcceptOutcome | undefined): readonly number[] {
  if (o?.kind !== 'stored') throw new Error(`not stored: ${o?.kind}`);
  return o.positions;
}

const registered = (accounts: AccountStore): Promise<AccountId> => registerAccount(accounts);

const pgUrl = await testDatabase(t);
const impls: (() => Promise<Impl>)[] = [sqliteImpl, () => postgresImpl(pgUrl)];

t.test('migrations run once and again without change', async (t) => {
  const pool = openPool(pgUrl);
  t.teardown(() => pool.end());
  const [x, y] = await Promise.all([migrate(pool), migrate(openPoolOnce(t, pgUrl))]);
  t.same([x.to, y.to], [PG_SCHEMA_VERSION, PG_SCHEMA_VERSION], 'both reach the current version');
  t.same((await migrate(pool)).from, PG_SCHEMA_VERSION, 'a third run has nothing to do');
});

t.test('deftalk-relay migrate, and --store/--bus from flags or environment', async (t) => {
  const relay = join(import.meta.dirname, '..', 'bin', 'deftalk-relay.js');
  const run = (args: string[]) =>
    new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, [relay, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (c: Buffer) => {
        stderr += c.toString();
      });
      child.once('exit', (code) => resolve({ code, stderr }));
    });
  const done = await run(['migrate', '--store', pgUrl]);
  t.equal(done.code, 0, done.stderr);
  t.match(done.stderr, `schema version ${PG_SCHEMA_VERSION} -> ${PG_SCHEMA_VERSION}`);
  t.equal(
    (await run(['migrate', '--store', 'mysql://x'])).code,
    2,
    'a URL that is not PostgreSQL is a usage error',
  );
  const env = { DEFTALK_STORE: 'postgres://env/db', DEFTALK_BUS: 'redis://env:6379' };
  const fromEnv = parseRelayArgs([], env);
  const fromFlags = parseRelayArgs(['--store', 'postgres://flag/db', '--bus', 'redis://flag:6379'], env);
  if (fromEnv.help || fromFlags.help) throw new Error('not help');
  t.same([fromEnv.config.store, fromEnv.config.bus], [env.DEFTALK_STORE, env.DEFTALK_BUS], 'environment');
  t.same(
    [fromFlags.config.store, fromFlags.config.bus],
    ['postgres://flag/db', 'redis://flag:6379'],
    'flags win',
  );
  const plain = parseRelayArgs([], {});
  if (plain.help) throw new Error('not help');
  t.same([plain.config.store, plain.config.bus], [undefined, undefined], 'SQLite and in-process by default');
});

function openPoolOnce(t: Test, url: string) {
  const p = openPool(url);
  t.teardown(() => p.end());
  return p;
}

for (const make of impls) {
  t.test('storage behaviour', async (t) => {
    const impl = await make();
    t.teardown(() => impl.close());
    t.comment(`implementation: ${impl.name}`);

    t.test(`${impl.name}: idempotent accept, gaps refused, one row per sequence`, async (t) => {
      const [s1, s2 = s1] = impl.delivery as [DeliveryStore, DeliveryStore?];
      const alice = device();
      const bob = device();
      const first = await s1.accept([item(alice, 1, [bob])]);
      t.equal(first[0]!.kind, 'stored');
      // The resend arrives at another node (PostgreSQL) while a new send arrives at the first.
      const [again, next] = await Promise.all([
        s2.accept([item(alice, 1, [bob])]),
        s1.accept([item(alice, 2, [bob])]),
      ]);
      t.same(again[0], { kind: 'duplicate' }, 'the resend is a duplicate');
      t.equal(next[0]!.kind, 'stored', 'the next sequence is stored');
      t.same((await s2.accept([item(alice, 4, [bob])]))[0], { kind: 'gap', expected: 3 }, 'a gap is refused');
      t.equal(await s1.lastAccepted(alice), 2);
      t.equal(await s2.depth(bob), 2, 'two envelopes queued, not three');
      const rows = await s1.read(bob, 0, 10);
      t.equal(rows.length, 2);
      t.ok(rows[0]!.position < rows[1]!.position, 'positions increase in acceptance order');
    });

    t.test(`${impl.name}: the same sequence sent to two nodes at once is stored once`, async (t) => {
      const stores = impl.delivery;
      const alice = device();
      const bob = device();
      const outcomes = await Promise.all(
        Array.from({ length: 10 }, (_, i) => stores[i % stores.length]!.accept([item(alice, 1, [bob])])),
      );
      const kinds = outcomes.map((o) => o[0]!.kind).sort();
      t.same(kinds.filter((k) => k === 'stored').length, 1, 'exactly one accept stored it');
      t.same(kinds.filter((k) => k === 'duplicate').length, 9, 'the others are duplicates');
      t.equal(await stores[0]!.depth(bob), 1);
    });

    t.test(`${impl.name}: one storage cycle for a burst of accepts (group commit)`, async (t) => {
      const store = impl.delivery[0]! as DeliveryStore & { stats: { cycles: number } };
      const bob = device();
      await store.flush();
      const before = store.stats.cycles;
      const senders = Array.from({ length: 20 }, () => device());
      const results = await Promise.all(senders.map((s) => store.accept([item(s, 1, [bob])])));
      t.ok(results.every((r) => r[0]!.kind === 'stored'));
      const cycles = store.stats.cycles - before;
      t.ok(cycles <= 2, `20 accepts took ${cycles} storage cycle(s)`);
    });

    t.test(`${impl.name}: positions of one queue commit in order across nodes`, async (t) => {
      const stores = impl.delivery;
      const bob = device();
      const senders = Array.from({ length: 30 }, () => device());
      const results = await Promise.all(
        senders.map((s, i) => stores[i % stores.length]!.accept([item(s, 1, [bob])])),
      );
      const positions = results.map((r) => positionsOf(r[0])[0]!);
      t.equal(new Set(positions).size, 30, 'no position given twice');
      const read = await stores[0]!.read(bob, 0, 100);
      t.same(
        read.map((r) => r.position),
        [...positions].sort((x, y) => x - y),
        'the queue reads back every position in increasing order',
      );
    });

    t.test(`${impl.name}: erasure leaves no ciphertext in the live tables`, async (t) => {
      const [s1, s2 = s1] = impl.delivery as [DeliveryStore, DeliveryStore?];
      const alice = device();
      const bob = device();
      const kept = device();
      const erased = randomBytes(48);
      const expired = randomBytes(48);
      const held = randomBytes(48);
      const r = await s1.accept([item(alice, 1, [bob], erased)]);
      await s1.accept([item(alice, 2, [kept], held)]);
      await s1.accept([{ ...item(alice, 3, [bob], expired), expiresAt: Date.now() - 1 }]);
      await s1.flush();
      // The expired one went with the flush's sweep; the others are there.
      const before = await impl.dump();
      t.ok(before.includes(erased), 'the accepted ciphertext is in the live tables');
      t.ok(before.includes(held), 'and so is the one that stays');
      t.notOk(before.includes(expired), 'the expired ciphertext is gone after the sweep');
      // The ack reaches the other node (PostgreSQL), as it would when the device reconnected there.
      await s2.erase(bob, positionsOf(r[0]));
      await s2.flush();
      const after = await impl.dump();
      t.notOk(after.includes(erased), 'the erased ciphertext is in no live table');
      t.ok(after.includes(held), 'the unacknowledged one is still stored (the scan can find ciphertext)');
      t.same(await s1.read(bob, 0, 10), [], 'the queue is empty');
    });

    t.test(`${impl.name}: dropping a device erases its queue and sender state`, async (t) => {
      const [s1, s2 = s1] = impl.delivery as [DeliveryStore, DeliveryStore?];
      const alice = device();
      const gone = device();
      const marker = randomBytes(48);
      await s1.accept([item(alice, 1, [gone], marker)]);
      await s1.accept([item(gone, 1, [alice])]);
      await s2.dropDevice(gone);
      await s2.flush();
      t.notOk((await impl.dump()).includes(marker), 'no ciphertext of the dropped queue');
      t.equal(await s1.depth(gone), 0);
      t.equal(await s1.lastAccepted(gone), 0, 'its sequence mark is gone');
    });

    t.test(`${impl.name}: an accept submitted after a drop in the same cycle is kept`, async (t) => {
      const store = impl.delivery[0]!;
      const alice = device();
      const bob = device();
      await store.accept([item(alice, 1, [bob])]);
      // Same tick: one storage cycle would hold both, in this order.
      const [, after] = await Promise.all([store.dropDevice(bob), store.accept([item(alice, 2, [bob])])]);
      t.equal(after[0]!.kind, 'stored');
      t.equal(await store.depth(bob), 1, 'the drop took the first envelope, not the later one');
    });

    t.test(`${impl.name}: one-time prekeys are handed out once under 20 concurrent fetches`, async (t) => {
      const accountId = await registered(impl.accounts);
      const d = 1 as DeviceId;
      const refused = await impl.keys[0].upload(
        accountId,
        d,
        {
          signedPreKey: { keyId: 1, publicKey: randomBytes(32), signature: randomBytes(64) },
          oneTime: Array.from({ length: 20 }, (_, i) => ({ keyId: 100 + i, publicKey: randomBytes(32) })),
          kem: [
            ...Array.from({ length: 20 }, (_, i) => ({
              keyId: 200 + i,
              publicKey: randomBytes(64),
              signature: randomBytes(64),
              lastResort: false,
            })),
            { keyId: 999, publicKey: randomBytes(64), signature: randomBytes(64), lastResort: true },
          ],
        },
        100,
      );
      t.equal(refused, undefined, 'upload stored');
      t.equal(
        await impl.keys[1].upload(
          accountId,
          d,
          { oneTime: [{ keyId: 100, publicKey: randomBytes(32) }], kem: [] },
          100,
        ),
        'DUPLICATE_PREKEY_ID',
        'a stored id is refused through the other instance',
      );
      // 20 fetches at once, alternating between the two instances (two nodes), then one more.
      const bundles = await Promise.all(
        Array.from({ length: 20 }, (_, i) => impl.keys[i % 2]!.takeBundle(accountId, d)),
      );
      const oneTime = bundles.map((b) => b?.oneTimePreKey?.keyId);
      const kem = bundles.map((b) => b?.kemPreKey.keyId);
      t.ok(
        oneTime.every((k) => k !== undefined),
        'every fetch got a one-time key',
      );
      t.equal(new Set(oneTime).size, 20, 'no one-time key in two bundles');
      t.equal(new Set(kem).size, 20, 'no one-time KEM key in two bundles');
      t.notOk(kem.includes(999), 'the last-resort key is not used while one-time KEM keys remain');
      const last = await impl.keys[0].takeBundle(accountId, d);
      t.equal(last?.oneTimePreKey, undefined, 'the 21st bundle has no one-time key');
      t.same([last?.kemPreKey.keyId, last?.kemPreKey.lastResort], [999, true], 'and the last-resort KEM key');
      const counts = await impl.keys[1].counts(accountId, d);
      t.same(counts, { oneTime: 0, kem: 0, signedPreKey: true, lastResort: true });
    });
  });
}
