/**
 * The lifecycle store (spec/lifecycle.md §Storage) on both engines: the
 * embedded SQLite one and the PostgreSQL one of a cluster
 * (reference/relay/storage/postgres/lifecycle.ts), the latter as two nodes
 * (two pools) on a database of this run's own. Activity keeps the later day,
 * consent round-trips, a push token belongs to one device, a change of
 * number to a number another node is registering at the same moment
 * succeeds for exactly one account, deletion cascades, and the inventory
 * reads what the store holds.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { type AccountStore, SqliteAccountStore } from '../reference/relay/storage/accounts.ts';
import { phoneTag } from '../reference/relay/storage/identifierKey.ts';
import { type LifecycleStore, SqliteLifecycleStore } from '../reference/relay/storage/lifecycle.ts';
import {
  migrate,
  openPool,
  PgAccountStore,
  PgLifecycleStore,
} from '../reference/relay/storage/postgres/index.ts';
import { openDatabase } from '../reference/relay/storage/sqlite.ts';
import type { AccountId, DeviceId } from '../reference/wire/ids.ts';
import { testDatabase } from './postgres-helpers.ts';

interface Impl {
  readonly name: string;
  readonly accounts: AccountStore;
  /** Two instances over one storage, as two nodes have. */
  readonly lifecycle: readonly [LifecycleStore, LifecycleStore];
  close(): Promise<void>;
}

const KEY = randomBytes(32);

async function sqliteImpl(): Promise<Impl> {
  const dir = mkdtempSync(join(tmpdir(), 'deftalk-lifecycle-store-'));
  const db = openDatabase(dir);
  return {
    name: 'sqlite',
    accounts: new SqliteAccountStore(db),
    lifecycle: [new SqliteLifecycleStore(db), new SqliteLifecycleStore(db)],
    async close() {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function postgresImpl(url: string): Promise<Impl> {
  const [p1, p2] = [openPool(url), openPool(url)];
  await migrate(p1);
  return {
    name: 'postgres',
    accounts: new PgAccountStore(p1),
    lifecycle: [new PgLifecycleStore(p1), new PgLifecycleStore(p2)],
    async close() {
      await Promise.all([p1.end(), p2.end()]);
    },
  };
}

let n = 0;
async function registered(accounts: AccountStore): Promise<{ accountId: AccountId; e164: string }> {
  const accountId = randomBytes(16).toString('hex') as AccountId;
  const e164 = `+4915112345${String(n++).padStart(3, '0')}`;
  await accounts.register(
    phoneTag(KEY, e164),
    {
      accountId,
      identityKey: randomBytes(32),
      list: { deviceList: randomBytes(40), signature: randomBytes(64), version: 1, maxDeviceId: 1 },
      createdAt: Date.now(),
    },
    { deviceId: 1 as DeviceId, deviceKey: randomBytes(32) },
  );
  return { accountId, e164 };
}

const pgUrl = await testDatabase(t);
const device1 = 1 as DeviceId;

// Both opened before the first test is queued: tap ends a file whose queue runs empty while it awaits.
const impls = [await sqliteImpl(), await postgresImpl(pgUrl)];
for (const impl of impls) {
  t.teardown(() => impl.close());
  const [x, y] = impl.lifecycle;

  t.test(`${impl.name}: activity keeps the later day; consent round-trips`, async (t) => {
    const { accountId } = await registered(impl.accounts);
    await x.touch(accountId, 20_000);
    await y.touch(accountId, 19_000);
    t.equal(await y.lastActiveDay(accountId), 20_000, 'an earlier day does not replace a later one');
    t.ok((await x.inactiveBefore(20_001, 1000)).includes(accountId), 'inactive before the next day');
    t.notOk((await x.inactiveBefore(20_000, 1000)).includes(accountId), 'not before its own day');
    await x.setConsent(accountId, { acceptedVersion: 3, declinedUses: ['discovery', 'audience-statistics'] });
    t.same(
      await y.consent(accountId),
      { acceptedVersion: 3, declinedUses: ['audience-statistics', 'discovery'] },
      'seen by the other node',
    );
  });

  t.test(`${impl.name}: a push token belongs to one device`, async (t) => {
    const a = await registered(impl.accounts);
    const b = await registered(impl.accounts);
    await x.touch(a.accountId, 100);
    const token = randomBytes(24);
    await x.setPushToken(a.accountId, device1, 'dev', token);
    t.same(await y.deviceOfPushToken('dev', token), { accountId: a.accountId, deviceId: device1 });
    await y.setPushToken(b.accountId, device1, 'dev', token);
    t.same(await x.deviceOfPushToken('dev', token), { accountId: b.accountId, deviceId: device1 }, 'moved');
    const idle = await x.pushTokensInactiveBefore(101);
    t.notOk(
      idle.some((p) => Buffer.from(p.token).equals(token)),
      'the inactive account no longer holds it',
    );
    await x.clearPushToken(b.accountId, device1);
    t.equal(await y.deviceOfPushToken('dev', token), undefined, 'cleared');
  });

  t.test(`${impl.name}: change of number, also racing another node to one number`, async (t) => {
    const a = await registered(impl.accounts);
    const b = await registered(impl.accounts);
    const c = await registered(impl.accounts);
    t.equal(await x.changeNumber(a.accountId, phoneTag(KEY, a.e164)), 'unchanged');
    t.equal(await x.changeNumber(a.accountId, phoneTag(KEY, b.e164)), 'taken');
    t.equal(
      await x.changeNumber(randomBytes(16).toString('hex') as AccountId, randomBytes(32)),
      'no-account',
    );
    const fresh = phoneTag(KEY, '+491511299999');
    const outcomes = await Promise.all([
      x.changeNumber(a.accountId, fresh),
      y.changeNumber(c.accountId, fresh),
    ]);
    t.same([...outcomes].sort(), ['changed', 'taken'], `exactly one account gets the number (${outcomes})`);
    const inv = await y.inventory(KEY, '+491511299999');
    t.ok(inv.registered, 'the number is registered after the change');
  });

  t.test(`${impl.name}: inventory, then deletion cascades`, async (t) => {
    const a = await registered(impl.accounts);
    await x.touch(a.accountId, 20_100);
    await x.setConsent(a.accountId, { acceptedVersion: 2, declinedUses: ['discovery'] });
    await x.setPushToken(a.accountId, device1, 'dev', randomBytes(24));
    const inv = await y.inventory(KEY, a.e164);
    if (!inv.registered) throw new Error('not registered');
    t.equal(inv.accountId, a.accountId);
    t.equal(inv.deviceCount, 1);
    t.same(
      inv.devices.map((d) => d.pushToken),
      [true],
      'the push token is listed',
    );
    t.equal(inv.lastActivityDate, new Date(20_100 * 86_400_000).toISOString().slice(0, 10));
    t.same([inv.policyVersionAccepted, inv.declinedUses], [2, ['discovery']]);
    t.equal(inv.tables.lifecycle_accounts, 1);
    t.equal(inv.tables.push_tokens, 1);
    await y.deleteAccount(a.accountId);
    t.same(await x.inventory(KEY, a.e164), {
      format: inv.format,
      registered: false,
      pendingVerificationCode: false,
    });
    t.equal(await x.lastActiveDay(a.accountId), undefined, 'the lifecycle row went with the account');
  });
}
