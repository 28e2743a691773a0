/**
 * The stores of groups, profiles and presence, sync, feedback and
 * advertising (spec/groups.md, profiles.md, presence.md, sync.md,
 * website.md §Feedback storage, advertising.md §Storage) on both engines:
 * one behaviour, run against the embedded SQLite stores and against the
 * PostgreSQL ones of a cluster (reference/relay/storage/postgres/), the
 * latter as two nodes (two pools) on a database of this run's own. Two
 * nodes racing one group change or one sync compare-and-swap: exactly one
 * wins; group versions count every change made from either node; a replaced
 * photo or sync record leaves no byte in the live storage; erasure through
 * the ErasureRegistry leaves no row of the account in any table.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { isDefTalkError } from '../reference/errors/index.ts';
import { ErasureRegistry } from '../reference/relay/erasure.ts';
import { type AccountStore, SqliteAccountStore } from '../reference/relay/storage/accounts.ts';
import { type AdvertisingStore, SqliteAdvertisingStore } from '../reference/relay/storage/advertising.ts';
import { type AudienceSource, SqliteAudienceSource } from '../reference/relay/storage/audience.ts';
import { type FeedbackStore, SqliteFeedbackStore } from '../reference/relay/storage/feedback.ts';
import { type GroupStore, SqliteGroupStore } from '../reference/relay/storage/groups.ts';
import { type LifecycleStore, SqliteLifecycleStore } from '../reference/relay/storage/lifecycle.ts';
import {
  dumpLiveTables,
  migrate,
  openPool,
  PgAccountStore,
  PgAdvertisingStore,
  PgAudienceSource,
  PgFeedbackStore,
  PgGroupStore,
  PgLifecycleStore,
  PgProfileStore,
  PgSyncStore,
} from '../reference/relay/storage/postgres/index.ts';
import { type ProfileConcernStore, SqliteProfileStore } from '../reference/relay/storage/profiles.ts';
import { openDatabase } from '../reference/relay/storage/sqlite.ts';
import { SqliteSyncStore, type SyncStore } from '../reference/relay/storage/sync.ts';
import type { GroupChange, GroupId } from '../reference/wire/group.ts';
import type { AccountId } from '../reference/wire/ids.ts';
import { registerAccount, sqliteBytes, testDatabase } from './postgres-helpers.ts';

/** Two instances of a store over one storage, as two nodes have. */
type Pair<S> = readonly [S, S];

interface Impl {
  readonly name: string;
  readonly accounts: AccountStore;
  readonly groups: Pair<GroupStore>;
  readonly profiles: Pair<ProfileConcernStore>;
  readonly sync: Pair<SyncStore>;
  readonly feedback: Pair<FeedbackStore>;
  readonly ads: Pair<AdvertisingStore>;
  readonly audience: AudienceSource;
  readonly lifecycle: LifecycleStore;
  /** Every byte the live storage holds. */
  dump(): Promise<Buffer>;
  /** Rows of `account` in each table that has an account_id column. */
  rowsOf(account: AccountId): Promise<Record<string, number>>;
  close(): Promise<void>;
}

async function sqliteImpl(): Promise<Impl> {
  const dir = mkdtempSync(join(tmpdir(), 'deftalk-social-store-'));
  const db = openDatabase(dir);
  const two = <S>(make: () => S): Pair<S> => [make(), make()];
  return {
    name: 'sqlite',
    accounts: new SqliteAccountStore(db),
    groups: two(() => new SqliteGroupStore(db)),
    profiles: two(() => new SqliteProfileStore(db)),
    sync: two(() => new SqliteSyncStore(db)),
    feedback: two(() => new SqliteFeedbackStore(db)),
    ads: two(() => new SqliteAdvertisingStore(db)),
    audience: new SqliteAudienceSource(db),
    lifecycle: new SqliteLifecycleStore(db),
    async dump() {
      return sqliteBytes(dir);
    },
    async rowsOf(account) {
      const tables = db
        .prepare(
          `SELECT m.name AS name FROM sqlite_master m JOIN pragma_table_info(m.name) c
           WHERE m.type = 'table' AND c.name = 'account_id'`,
        )
        .all() as { name: string }[];
      const out: Record<string, number> = {};
      for (const { name } of tables) {
        const row = db
          .prepare(`SELECT count(*) AS n FROM "${name}" WHERE account_id = ?`)
          .get(Buffer.from(account, 'hex')) as { n: number };
        out[name] = row.n;
      }
      return out;
    },
    async close() {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function postgresImpl(url: string): Promise<Impl> {
  const [p1, p2] = [openPool(url), openPool(url)];
  await migrate(p1);
  const two = <S>(make: (p: typeof p1) => S): Pair<S> => [make(p1), make(p2)];
  return {
    name: 'postgres',
    accounts: new PgAccountStore(p1),
    groups: two((p) => new PgGroupStore(p)),
    profiles: two((p) => new PgProfileStore(p)),
    sync: two((p) => new PgSyncStore(p)),
    feedback: two((p) => new PgFeedbackStore(p)),
    ads: two((p) => new PgAdvertisingStore(p)),
    audience: new PgAudienceSource(p2),
    lifecycle: new PgLifecycleStore(p1),
    async dump() {
      return Buffer.concat((await dumpLiveTables(p1)).map((f) => Buffer.from(f.content)));
    },
    async rowsOf(account) {
      const tables = await p1.query<{ table_name: string }>(
        `SELECT table_name FROM information_schema.columns
         WHERE table_schema = current_schema() AND column_name = 'account_id'`,
      );
      const out: Record<string, number> = {};
      for (const { table_name: name } of tables.rows) {
        const r = await p1.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM "${name}" WHERE account_id = $1`,
          [Buffer.from(account, 'hex')],
        );
        out[name] = r.rows[0]!.n;
      }
      return out;
    },
    async close() {
      await Promise.all([p1.end(), p2.end()]);
    },
  };
}

const registered = (accounts: AccountStore): Promise<AccountId> => registerAccount(accounts);

const newGroup = (): GroupId => randomBytes(16).toString('hex') as GroupId;
const change = (version: number, c: Partial<GroupChange>): GroupChange => ({
  version,
  add: [],
  remove: [],
  promote: [],
  demote: [],
  ...c,
});

/** The error names of the rejected outcomes, and how many were fulfilled. */
function outcomes(results: PromiseSettledResult<unknown>[]): { ok: number; errors: string[] } {
  const errors = results
    .filter((r): r is PromiseRejectedResult => r.status === 'rejected')
    .map((r) => (isDefTalkError(r.reason) ? r.reason.errorName : String(r.reason)));
  return { ok: results.length - errors.length, errors };
}

/** The error name a store's promise rejects with. */
async function refusal(p: Promise<unknown>): Promise<string> {
  return outcomes(await Promise.allSettled([p])).errors[0] ?? 'resolved';
}

const pgUrl = await testDatabase(t);

// Both opened before the first test is queued: tap ends a file whose queue runs empty while it awaits.
const impls = [await sqliteImpl(), await postgresImpl(pgUrl)];
for (const impl of impls) {
  t.teardown(() => impl.close());
  const [g1, g2] = impl.groups;

  t.test(`${impl.name}: groups seen alike from both nodes`, async (t) => {
    const [a, b, c] = [
      await registered(impl.accounts),
      await registered(impl.accounts),
      await registered(impl.accounts),
    ];
    const id = newGroup();
    const created = await g1.create(id, a, [b]);
    t.same(created, {
      groupId: id,
      version: 1,
      members: [
        { accountId: a, role: 'admin' },
        { accountId: b, role: 'member' },
      ],
    });
    t.same(await g2.get(id), created, 'the other node reads the same group');
    t.same(await g2.groupsOf(b), [created], 'groupsOf');
    t.same(await g2.groupsOf(c), [], 'no groups of a non-member');
    t.ok(await g2.sharesGroup(a, b), 'a and b share a group');
    t.notOk(await g2.sharesGroup(a, c), 'a and c do not');
    const { after } = await g2.change(id, a, change(1, { add: [c], promote: [b] }), new Set([c]));
    t.same(after, {
      groupId: id,
      version: 2,
      members: [
        { accountId: a, role: 'admin' },
        { accountId: b, role: 'admin' },
        { accountId: c, role: 'member' },
      ],
    });
    t.same(await g1.fanout(id), [a, b, c], 'fan-out in join order, from the first node');
    t.equal(
      await refusal(g1.change(id, c, change(2, { remove: [a] }), new Set())),
      'GROUP_NOT_ADMIN',
      'a plain member may not remove',
    );
    t.equal(
      await refusal(g1.change(id, a, change(1, { remove: [c] }), new Set())),
      'GROUP_VERSION_STALE',
      'a change against an old version is refused',
    );
    t.equal(
      await refusal(g1.change(id, a, change(2, { add: [a] }), new Set([a]))),
      'GROUP_CHANGE_INVALID',
      'adding a member is invalid',
    );
    await g1.leave(id, a);
    await g2.leave(id, b);
    const last = await g1.leave(id, c);
    t.equal(last.after, undefined, 'the last member leaving deletes the group');
    t.equal(await g2.get(id), undefined);
    t.equal(await refusal(g2.leave(id, c)), 'GROUP_NOT_MEMBER', 'a gone group has no members');
  });

  t.test(`${impl.name}: two nodes race one group change; every change counts`, async (t) => {
    const admin = await registered(impl.accounts);
    const others = await Promise.all(Array.from({ length: 10 }, () => registered(impl.accounts)));
    const id = newGroup();
    await g1.create(id, admin, others.slice(0, 8));
    // Two admins' changes against version 1, one from each node: one wins, one is stale.
    const [x, y] = [others[8]!, others[9]!];
    const race = await Promise.allSettled([
      g1.change(id, admin, change(1, { add: [x] }), new Set([x])),
      g2.change(id, admin, change(1, { add: [y] }), new Set([y])),
    ]);
    t.same(outcomes(race), { ok: 1, errors: ['GROUP_VERSION_STALE'] }, 'exactly one change wins');
    const after = (await g1.get(id))!;
    t.equal(after.version, 2);
    t.equal(after.members.length, 10, 'the winner added one member, the loser none');
    // Eight members leave at once, four through each node: no leave is lost, each counts one version.
    const leaving = others.slice(0, 8);
    await Promise.all(leaving.map((m, i) => (i % 2 === 0 ? g1 : g2).leave(id, m)));
    const final = (await g2.get(id))!;
    t.equal(final.version, 10, 'version 2 plus eight leaves');
    t.same(
      final.members.map((m) => m.accountId),
      [admin, after.members[9]!.accountId],
      'the admin and the raced-in member remain',
    );
  });

  t.test(`${impl.name}: sync compare-and-swap across nodes`, async (t) => {
    const [s1, s2] = impl.sync;
    const a = await registered(impl.accounts);
    t.same(await s1.get(a), { version: 0, ciphertext: undefined }, 'nothing before the first write');
    const [m1, m2] = [randomBytes(48), randomBytes(48)];
    const first = await Promise.all([s1.put(a, 0, m1), s2.put(a, 0, m2)]);
    t.same(
      first.map((r) => r.ok).sort(),
      [false, true],
      'of two first writes on two nodes, exactly one succeeds',
    );
    t.same(
      first.find((r) => !r.ok),
      { ok: false, currentVersion: 1 },
      'the loser learns version 1',
    );
    const winner = first[0]!.ok ? m1 : m2;
    t.same(Buffer.from((await s2.get(a)).ciphertext!), winner, 'both nodes read the winner');
    const [n1, n2] = [randomBytes(48), randomBytes(48)];
    const second = await Promise.all([s2.put(a, 1, n1), s1.put(a, 1, n2)]);
    t.same(second.map((r) => r.ok).sort(), [false, true], 'the CAS on version 1 succeeds once');
    t.same(
      await s1.put(a, 1, randomBytes(8)),
      { ok: false, currentVersion: 2 },
      'a stale version is refused',
    );
    const dump = await impl.dump();
    t.equal(dump.indexOf(winner), -1, 'the replaced ciphertext is gone from the live storage');
    t.not(dump.indexOf(second[0]!.ok ? n1 : n2), -1, 'the current one is there (the dump can see it)');
    await s2.erase(a);
    t.same(await s1.get(a), { version: 0, ciphertext: undefined }, 'erased');
  });

  t.test(`${impl.name}: profiles, photos, presence, epochs and budgets`, async (t) => {
    const [p1, p2] = impl.profiles;
    const a = await registered(impl.accounts);
    t.same(await p2.profile(a), { name: '', about: '', photo: new Uint8Array(0), photoMediaType: '' });
    const photo1 = randomBytes(3000);
    await p1.update(a, { name: 'Ada', about: 'hi', photo: { bytes: photo1, mediaType: 'image/jpeg' } });
    t.same(await p2.profile(a), {
      name: 'Ada',
      about: 'hi',
      photo: new Uint8Array(photo1),
      photoMediaType: 'image/jpeg',
    });
    const photo2 = randomBytes(3000);
    await p2.update(a, { about: 'there', photo: { bytes: photo2, mediaType: 'image/png' } });
    const after = await p1.profile(a);
    t.same(
      [after.name, after.about, after.photoMediaType],
      ['Ada', 'there', 'image/png'],
      'absent fields stay',
    );
    const dump = await impl.dump();
    t.equal(dump.indexOf(photo1), -1, 'the replaced photo is gone from the live storage');
    t.not(dump.indexOf(photo2), -1, 'the current photo is there (the dump can see it)');
    await p1.update(a, { photo: null });
    t.same((await p2.profile(a)).photo, new Uint8Array(0), 'photo removed');

    t.same(await p1.presence(a), { visibility: 'contacts', lastSeenMs: 0 });
    await p1.setLastSeen(a, 120_000);
    t.same(await p2.presence(a), { visibility: 'contacts', lastSeenMs: 120_000 }, 'last seen across nodes');
    await p2.setVisibility(a, 'nobody');
    t.same(await p1.presence(a), { visibility: 'nobody', lastSeenMs: 0 }, 'hiding erases last seen');
    await p1.setLastSeen(a, 180_000);
    t.same(await p2.presence(a), { visibility: 'nobody', lastSeenMs: 0 }, 'ignored while hidden');
    await p1.setVisibility(a, 'contacts');
    await p2.setLastSeen(a, 240_000);
    t.same(await p1.presence(a), { visibility: 'contacts', lastSeenMs: 240_000 });

    t.equal(await p2.numberEpoch(a), 0);
    await Promise.all(Array.from({ length: 10 }, (_, i) => (i % 2 ? p1 : p2).bumpNumberEpoch(a)));
    t.equal(await p1.numberEpoch(a), 10, 'ten bumps from two nodes, none lost');

    t.equal(await p1.budget(a), undefined);
    await p1.putBudget(a, { windowStart: 5, evaluations: 2, lookups: 1 });
    await p2.putBudget(a, { windowStart: 5, evaluations: 3, lookups: 1 });
    t.same(await p1.budget(a), { windowStart: 5, evaluations: 3, lookups: 1 }, 'budget replaced');
  });

  t.test(`${impl.name}: feedback records and the limit across nodes`, async (t) => {
    const [f1, f2] = impl.feedback;
    const fields = (i: number) => ({ name: `n${i}`, email: `e${i}@example.org`, message: `m${i}` });
    const id0 = await f1.add(fields(0), 100, 5);
    const id1 = await f2.add(fields(1), 101, 5);
    t.same(await f2.list(), [
      { id: id0, receivedDay: 100 },
      { id: id1, receivedDay: 101 },
    ]);
    t.same(await f2.get(id0), { id: id0, receivedDay: 100, ...fields(0) }, 'read on the other node');
    // Six adds at once through two nodes into three free places: three kept, three refused.
    const race = await Promise.allSettled(
      // async: the embedded store throws at once, the shared one rejects; both become a rejection.
      Array.from({ length: 6 }, async (_, i) => (i % 2 ? f1 : f2).add(fields(i + 2), 102, 5)),
    );
    const r = outcomes(race);
    t.same([r.ok, r.errors], [3, ['FEEDBACK_STORE_FULL', 'FEEDBACK_STORE_FULL', 'FEEDBACK_STORE_FULL']]);
    t.equal((await f1.list()).length, 5, 'the limit holds for both nodes');
    t.equal(await f1.erase(id0), true);
    t.equal(await f2.erase(id0), false, 'erased once');
    t.equal(await f2.expire(102), 1, 'the record of day 101 expires before day 102');
    t.equal(await f1.get(id1), undefined);
    t.equal(await f1.expire(103), 3);
    const dump = await impl.dump();
    t.equal(dump.indexOf(Buffer.from('e0@example.org')), -1, 'no erased address in the live storage');
  });

  t.test(`${impl.name}: advertising opt-ins, notices, tokens and the audience`, async (t) => {
    const [x, y] = impl.ads;
    const [a, b, c] = [
      await registered(impl.accounts),
      await registered(impl.accounts),
      await registered(impl.accounts),
    ];
    t.equal(await x.subscription(a), undefined, 'off by default');
    await x.optIn(a, { country: 'DE', language: 'de' }, 1);
    await y.optIn(b, { country: 'DE', language: 'de' }, 1);
    await y.optIn(c, { country: 'FR', language: 'fr' }, 1);
    t.same(await y.subscription(a), { country: 'DE', language: 'de' });
    t.same(
      await impl.audience.cells(2),
      [{ country: 'DE', language: 'de', accounts: 2 }],
      'cells of k or more',
    );
    t.same(await impl.audience.cells(1), [
      { country: 'DE', language: 'de', accounts: 2 },
      { country: 'FR', language: 'fr', accounts: 1 },
    ]);
    await impl.lifecycle.touch(b, 1);
    await impl.lifecycle.setConsent(b, { acceptedVersion: 1, declinedUses: ['audience-statistics'] });
    t.same(await impl.audience.cells(2), [], 'an account that declined is not counted');

    await y.optOut(c);
    await x.queueForSubscribers('n1', 'Hello', 1000);
    t.same(await y.notices(a), [{ noticeId: 'n1', text: 'Hello', queuedAt: 1000 }]);
    t.same(await x.notices(c), [], 'not queued for an account that opted out');
    await y.queueForSubscribers('n0', 'Earlier id', 1000);
    t.same(
      (await x.notices(a)).map((n) => n.noticeId),
      ['n0', 'n1'],
      'oldest first, then by id',
    );
    await x.removeNotice(a, 'n0');
    await y.removeNotice(a, 'n0');
    t.same((await y.notices(a)).length, 1, 'removed, and removing again is no error');

    const digests = [randomBytes(32), randomBytes(32), randomBytes(32)];
    for (const [i, d] of digests.entries()) await (i % 2 ? x : y).addToken(a, d, 10 + i, 500, 2);
    t.equal(await x.tokenAccount(digests[0]!, 20), undefined, 'the oldest beyond two is dropped');
    t.equal(await y.tokenAccount(digests[2]!, 20), a);
    t.equal(await y.tokenAccount(digests[2]!, 500), undefined, 'expired at its time');
    await x.expire(1001, 500);
    t.same(await y.notices(a), [], 'notices queued before the cut are dropped');
    t.equal(await x.tokenAccount(digests[1]!, 20), undefined, 'expired tokens are dropped');

    await x.addToken(b, randomBytes(32), 10, 500, 2);
    await y.queueForSubscribers('n2', 'Again', 2000);
    await x.optOut(b);
    const rows = await impl.rowsOf(b);
    t.same(
      [rows.ads_subscriptions, rows.ads_unsubscribe_tokens, rows.relay_notices],
      [0, 0, 0],
      'an opt-out erases the row, the tokens and the notices',
    );
  });

  t.test(`${impl.name}: erasure through the registry leaves no row of the account`, async (t) => {
    const [a, b] = [await registered(impl.accounts), await registered(impl.accounts)];
    const id = newGroup();
    await g1.create(id, a, [b]);
    await impl.profiles[0].update(a, {
      name: 'Gone',
      photo: { bytes: randomBytes(64), mediaType: 'image/png' },
    });
    await impl.profiles[1].setLastSeen(a, 60_000);
    await impl.profiles[0].bumpNumberEpoch(a);
    await impl.profiles[1].putBudget(a, { windowStart: 1, evaluations: 1, lookups: 1 });
    const record = randomBytes(40);
    await impl.sync[0].put(a, 0, record);
    await impl.ads[1].optIn(a, { country: 'DE', language: 'de' }, 1);
    await impl.ads[0].queueForSubscribers('n9', 'x', 1);
    await impl.ads[1].addToken(a, randomBytes(32), 1, 500, 2);
    // As the plugins register them (plugins/groups.ts, sync.ts, advertising.ts, server.ts), each on another node.
    const erasure = new ErasureRegistry();
    erasure.add({ concern: 'profiles', eraseAccount: (x) => impl.profiles[1].eraseAccount(x) });
    erasure.add({ concern: 'groups', eraseAccount: async (x) => void (await g2.removeAccount(x)) });
    erasure.add({ concern: 'sync', eraseAccount: (x) => impl.sync[1].erase(x) });
    erasure.add({ concern: 'advertising', eraseAccount: (x) => impl.ads[0].optOut(x) });
    const before = await impl.rowsOf(a);
    t.ok(
      ['profiles', 'profile_photos', 'presence', 'contact_number_epochs', 'discovery_budgets'].every(
        (table) => before[table] === 1,
      ),
      'the account had a row in every profile table',
    );
    await erasure.eraseAccount(a);
    const after = await impl.rowsOf(a);
    const left = Object.entries(after).filter(
      ([table, n]) => n > 0 && !['accounts', 'devices', 'lifecycle_accounts'].includes(table),
    );
    t.same(left, [], 'no concern keeps a row of the erased account (identity rows go last, with lifecycle)');
    t.same(await g1.get(id), { groupId: id, version: 2, members: [{ accountId: b, role: 'admin' }] });
    t.equal((await impl.dump()).indexOf(record), -1, 'no byte of the sync record remains live');
  });
}
