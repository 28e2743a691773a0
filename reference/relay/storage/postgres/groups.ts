/**
 * @module
 * {@link GroupStore} over PostgreSQL (spec/groups.md §Storage,
 * spec/deployment.md): the rows of storage/groups.ts in the shared
 * database. Every change reads its group under the group row's lock
 * (`SELECT … FOR UPDATE`), checks the rules of groups/rules.ts against what
 * it read and writes in the same transaction, so two nodes changing one
 * group at once are serialized: the second reads the first's version and is
 * refused GROUP_VERSION_STALE, as on one node.
 */
import { type GroupChange, type GroupId, type GroupState, groupIdToBytes } from '../../../wire/group.ts';
import type { AccountId } from '../../../wire/ids.ts';
import { memberOf } from '../../groups/rules.ts';
import {
  changeTransition,
  checkStored,
  type GroupMemberRow,
  type GroupStore,
  type GroupTransition,
  groupStateOf,
  leaveTransition,
  membershipWrites,
} from '../groups.ts';
import { type PgClient, type PgPool, transaction } from './pool.ts';

type Runner = Pick<PgClient, 'query'>;

const gid = (g: GroupId): Buffer => Buffer.from(groupIdToBytes(g));
const key = (a: AccountId): Buffer => Buffer.from(a, 'hex');

/** The group as `q` sees it; with `lock`, its row stays locked until the transaction ends. */
async function readGroup(
  q: Runner,
  groupId: GroupId,
  lock = false,
): Promise<{ state: GroupState; joins: number } | undefined> {
  const id = gid(groupId);
  const g = await q.query<{ version: number; joins: number }>(
    `SELECT version, joins FROM groups WHERE group_id = $1${lock ? ' FOR UPDATE' : ''}`,
    [id],
  );
  const row = g.rows[0];
  if (!row) return undefined;
  const members = await q.query<GroupMemberRow>(
    'SELECT account_id, admin FROM group_members WHERE group_id = $1 ORDER BY joined',
    [id],
  );
  return { state: groupStateOf(groupId, row.version, members.rows), joins: row.joins };
}

/** Replace `before` by `after` (undefined: delete the group); the group row is locked by the caller's read. */
async function writeGroup(
  c: PgClient,
  stored: { state: GroupState; joins: number } | undefined,
  before: GroupState,
  after: GroupState | undefined,
): Promise<void> {
  const id = gid(before.groupId);
  if (!after) {
    checkStored(stored?.state.version, before);
    await c.query('DELETE FROM groups WHERE group_id = $1', [id]);
    return;
  }
  const writes = membershipWrites(stored?.state.version, before, after);
  let joins = stored!.joins;
  for (const account of writes.removed) {
    await c.query('DELETE FROM group_members WHERE group_id = $1 AND account_id = $2', [id, account]);
  }
  for (const m of writes.added) {
    await c.query('INSERT INTO group_members (group_id, account_id, admin, joined) VALUES ($1, $2, $3, $4)', [
      id,
      m.account,
      m.admin,
      ++joins,
    ]);
  }
  for (const m of writes.roles) {
    await c.query('UPDATE group_members SET admin = $1 WHERE group_id = $2 AND account_id = $3', [
      m.admin,
      id,
      m.account,
    ]);
  }
  await c.query('UPDATE groups SET version = $1, joins = $2 WHERE group_id = $3', [after.version, joins, id]);
}

/** {@link GroupStore} over the cluster's PostgreSQL database. */
export class PgGroupStore implements GroupStore {
  readonly #pool: PgPool;

  constructor(pool: PgPool) {
    this.#pool = pool;
  }

  async create(groupId: GroupId, creator: AccountId, members: readonly AccountId[]): Promise<GroupState> {
    const all = [creator, ...members];
    return transaction(this.#pool, async (c) => {
      await c.query('INSERT INTO groups (group_id, version, joins) VALUES ($1, 1, $2)', [
        gid(groupId),
        all.length,
      ]);
      await c.query(
        `INSERT INTO group_members (group_id, account_id, admin, joined)
         SELECT $1, a.account, a.joined = 1, a.joined FROM unnest($2::bytea[]) WITH ORDINALITY AS a(account, joined)`,
        [gid(groupId), all.map(key)],
      );
      return (await readGroup(c, groupId))!.state;
    });
  }

  async get(groupId: GroupId): Promise<GroupState | undefined> {
    // One transaction, so the version and the members come from one snapshot.
    return transaction(this.#pool, async (c) => {
      await c.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
      return (await readGroup(c, groupId))?.state;
    });
  }

  async groupsOf(account: AccountId): Promise<GroupState[]> {
    // One statement: every group of the account with its members, from one snapshot.
    const r = await this.#pool.query<GroupMemberRow & { group_id: Buffer; version: number }>(
      `SELECT g.group_id, g.version, m.account_id, m.admin
       FROM groups g JOIN group_members m ON m.group_id = g.group_id
       WHERE g.group_id IN (SELECT group_id FROM group_members WHERE account_id = $1)
       ORDER BY g.group_id, m.joined`,
      [key(account)],
    );
    const out: GroupState[] = [];
    let rows: (GroupMemberRow & { group_id: Buffer; version: number })[] = [];
    const flush = () => {
      const first = rows[0];
      if (first) out.push(groupStateOf(first.group_id.toString('hex') as GroupId, first.version, rows));
      rows = [];
    };
    for (const row of r.rows) {
      if (rows[0] && !rows[0].group_id.equals(row.group_id)) flush();
      rows.push(row);
    }
    flush();
    return out;
  }

  async change(
    groupId: GroupId,
    actor: AccountId,
    change: GroupChange,
    existing: ReadonlySet<AccountId>,
  ): Promise<GroupTransition> {
    return transaction(this.#pool, async (c) => {
      const stored = await readGroup(c, groupId, true);
      const t = changeTransition(stored?.state, actor, change, existing);
      await writeGroup(c, stored, t.before, t.after);
      return t;
    });
  }

  async leave(groupId: GroupId, account: AccountId): Promise<GroupTransition> {
    return transaction(this.#pool, async (c) => {
      const stored = await readGroup(c, groupId, true);
      const t = leaveTransition(stored?.state, account);
      await writeGroup(c, stored, t.before, t.after);
      return t;
    });
  }

  async fanout(groupId: GroupId): Promise<AccountId[]> {
    const r = await this.#pool.query<{ account_id: Buffer }>(
      'SELECT account_id FROM group_members WHERE group_id = $1 ORDER BY joined',
      [gid(groupId)],
    );
    return r.rows.map((row) => row.account_id.toString('hex') as AccountId);
  }

  async removeAccount(account: AccountId): Promise<GroupTransition[]> {
    return transaction(this.#pool, async (c) => {
      // Groups in id order, each locked as it is read, so two erasures lock in one order.
      const groups = await c.query<{ group_id: Buffer }>(
        'SELECT group_id FROM group_members WHERE account_id = $1 ORDER BY group_id',
        [key(account)],
      );
      const out: GroupTransition[] = [];
      for (const { group_id } of groups.rows) {
        const stored = await readGroup(c, group_id.toString('hex') as GroupId, true);
        if (!stored || !memberOf(stored.state, account)) continue;
        const t = leaveTransition(stored.state, account);
        await writeGroup(c, stored, t.before, t.after);
        out.push(t);
      }
      return out;
    });
  }

  async sharesGroup(a: AccountId, b: AccountId): Promise<boolean> {
    const r = await this.#pool.query(
      `SELECT 1 FROM group_members x JOIN group_members y ON x.group_id = y.group_id
       WHERE x.account_id = $1 AND y.account_id = $2 LIMIT 1`,
      [key(a), key(b)],
    );
    return (r.rowCount ?? 0) > 0;
  }
}
