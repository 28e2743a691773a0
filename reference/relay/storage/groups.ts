/**
 * @module
 * Storage of the groups concern (spec/groups.md §Storage): one row per group
 * (its id and version) and one per member (account, role, join order). No
 * name, no avatar, no message: the relay needs only who is in the group to
 * check changes and fan out. A group row goes when its last member goes; a
 * member row goes when the member leaves, is removed or is erased.
 */
import type Database from 'better-sqlite3';
import { DefTalkError } from '../../errors/index.ts';
import {
  type GroupChange,
  type GroupId,
  type GroupMember,
  type GroupState,
  groupIdToBytes,
} from '../../wire/group.ts';
import type { AccountId } from '../../wire/ids.ts';
import { applyChange, checkAdmin, memberOf, without } from '../groups/rules.ts';
import type { SharedGroups } from '../visibility.ts';
import { writeTransaction } from './transaction.ts';

/** Schema migration of the groups concern; its slot in storage/sqlite.ts is fixed. */
export const GROUPS_MIGRATION = `CREATE TABLE groups (
     group_id BLOB PRIMARY KEY,
     version INTEGER NOT NULL,
     joins INTEGER NOT NULL
   ) STRICT, WITHOUT ROWID;
   CREATE TABLE group_members (
     group_id BLOB NOT NULL REFERENCES groups(group_id) ON DELETE CASCADE,
     account_id BLOB NOT NULL REFERENCES accounts(account_id) ON DELETE CASCADE,
     admin INTEGER NOT NULL,
     joined INTEGER NOT NULL,
     PRIMARY KEY (group_id, account_id)
   ) STRICT, WITHOUT ROWID;
   CREATE INDEX group_members_by_account ON group_members(account_id, group_id);`;

/** What a change did: the state before and the state after (undefined: the group is gone). */
export interface GroupTransition {
  readonly before: GroupState;
  readonly after: GroupState | undefined;
}

/**
 * The groups storage interface (spec/groups.md §Storage). Each mutating
 * method checks and applies its change atomically against the state it
 * replaces (the rules of reference/relay/groups/rules.ts), so two admins
 * changing one group at once cannot both succeed against one version.
 */
export interface GroupStore extends SharedGroups {
  /** Create a group whose first member (`creator`) is its admin and the others plain members. */
  create(groupId: GroupId, creator: AccountId, members: readonly AccountId[]): Promise<GroupState>;
  /** The group, or undefined when it does not exist. */
  get(groupId: GroupId): Promise<GroupState | undefined>;
  /** Every group `account` is a current member of. */
  groupsOf(account: AccountId): Promise<GroupState[]>;
  /**
   * spec/groups.md §Membership changes: check `actor` and `change` against
   * the current state and apply it. `existing` holds the accounts to add
   * that exist. Throws the refusal's DefTalkError and changes nothing.
   */
  change(
    groupId: GroupId,
    actor: AccountId,
    change: GroupChange,
    existing: ReadonlySet<AccountId>,
  ): Promise<GroupTransition>;
  /** `account` leaves the group (spec/groups.md §Leaving); GROUP_NOT_MEMBER when it is not a member. */
  leave(groupId: GroupId, account: AccountId): Promise<GroupTransition>;
  /** The accounts a group send from `sender` is fanned out to: every current member (spec/groups.md §Fan-out). */
  fanout(groupId: GroupId): Promise<AccountId[]>;
  /** Remove `account` from every group, as leaving each (the groups eraser); the transitions made. */
  removeAccount(account: AccountId): Promise<GroupTransition[]>;
}

const hex = (b: Buffer): string => b.toString('hex');

/** A member row as either engine stores it: the account's bytes and the admin flag (0/1 or boolean). */
export interface GroupMemberRow {
  readonly account_id: Buffer;
  readonly admin: number | boolean;
}

/** The state of a stored group from its version and its member rows in join order (both engines). */
export function groupStateOf(groupId: GroupId, version: number, rows: readonly GroupMemberRow[]): GroupState {
  const members: GroupMember[] = rows.map((m) => ({
    accountId: hex(m.account_id) as AccountId,
    role: m.admin ? 'admin' : 'member',
  }));
  return { groupId, version, members };
}

/** The row writes that turn `before`'s members into `after`'s, as both engines apply them. */
export interface MembershipWrites {
  /** Member rows to delete. */
  readonly removed: readonly Buffer[];
  /** Member rows to insert, in join order (each takes the next join number). */
  readonly added: readonly { readonly account: Buffer; readonly admin: boolean }[];
  /** Members whose role changed. */
  readonly roles: readonly { readonly account: Buffer; readonly admin: boolean }[];
}

/**
 * Replace `before` by `after` only if the stored group is still at
 * `before.version` (`stored`: the version read under the engine's lock),
 * else GROUP_VERSION_STALE; then the rows to write.
 */
export function membershipWrites(
  stored: number | undefined,
  before: GroupState,
  after: GroupState,
): MembershipWrites {
  checkStored(stored, before);
  const key = (a: AccountId): Buffer => Buffer.from(a, 'hex');
  const removed = before.members.filter((m) => !memberOf(after, m.accountId)).map((m) => key(m.accountId));
  const added: { account: Buffer; admin: boolean }[] = [];
  const roles: { account: Buffer; admin: boolean }[] = [];
  for (const m of after.members) {
    const was = memberOf(before, m.accountId);
    const entry = { account: key(m.accountId), admin: m.role === 'admin' };
    if (!was) added.push(entry);
    else if (was.role !== m.role) roles.push(entry);
  }
  return { removed, added, roles };
}

/**
 * The transition a membership change makes (spec/groups.md §Membership
 * changes, the rules of groups/rules.ts), checked against `state` as the
 * engine read it inside its transaction; throws the refusal.
 */
export function changeTransition(
  state: GroupState | undefined,
  actor: AccountId,
  change: GroupChange,
  existing: ReadonlySet<AccountId>,
): GroupTransition & { after: GroupState } {
  const before = checkAdmin(state, actor, change.version);
  return { before, after: applyChange(before, change, (a) => existing.has(a)) };
}

/** The transition of `account` leaving (spec/groups.md §Leaving); GROUP_NOT_MEMBER when it is not a member. */
export function leaveTransition(state: GroupState | undefined, account: AccountId): GroupTransition {
  if (!state || !memberOf(state, account)) throw new DefTalkError('GROUP_NOT_MEMBER');
  return { before: state, after: without(state, account) };
}

/** GROUP_VERSION_STALE unless the stored group is still at `before.version`. */
export function checkStored(stored: number | undefined, before: GroupState): void {
  if (stored !== before.version) throw new DefTalkError('GROUP_VERSION_STALE', { version: stored ?? 0 });
}

/** The SQLite group store of the reference relay. */
export class SqliteGroupStore implements GroupStore {
  readonly #db: Database.Database;
  readonly #sql;

  constructor(db: Database.Database) {
    this.#db = db;
    this.#sql = {
      group: db.prepare<[Buffer], { version: number; joins: number }>(
        'SELECT version, joins FROM groups WHERE group_id = ?',
      ),
      members: db.prepare<[Buffer], { account_id: Buffer; admin: number }>(
        'SELECT account_id, admin FROM group_members WHERE group_id = ? ORDER BY joined',
      ),
      groupsOf: db.prepare<[Buffer], { group_id: Buffer }>(
        'SELECT group_id FROM group_members WHERE account_id = ? ORDER BY group_id',
      ),
      insertGroup: db.prepare<[Buffer, number, number]>(
        'INSERT INTO groups (group_id, version, joins) VALUES (?, ?, ?)',
      ),
      setVersion: db.prepare<[number, number, Buffer, number]>(
        'UPDATE groups SET version = ?, joins = ? WHERE group_id = ? AND version = ?',
      ),
      deleteGroup: db.prepare<[Buffer]>('DELETE FROM groups WHERE group_id = ?'),
      insertMember: db.prepare<[Buffer, Buffer, number, number]>(
        'INSERT INTO group_members (group_id, account_id, admin, joined) VALUES (?, ?, ?, ?)',
      ),
      deleteMember: db.prepare<[Buffer, Buffer]>(
        'DELETE FROM group_members WHERE group_id = ? AND account_id = ?',
      ),
      setRole: db.prepare<[number, Buffer, Buffer]>(
        'UPDATE group_members SET admin = ? WHERE group_id = ? AND account_id = ?',
      ),
      shares: db.prepare<[Buffer, Buffer], { n: number }>(
        `SELECT 1 AS n FROM group_members a JOIN group_members b ON a.group_id = b.group_id
         WHERE a.account_id = ? AND b.account_id = ? LIMIT 1`,
      ),
    };
  }

  #read(groupId: GroupId): GroupState | undefined {
    const id = Buffer.from(groupIdToBytes(groupId));
    const g = this.#sql.group.get(id);
    return g && groupStateOf(groupId, g.version, this.#sql.members.all(id));
  }

  /** Replace `before` by `after` if the group is still at `before.version` (else GROUP_VERSION_STALE). */
  #write(before: GroupState, after: GroupState | undefined): void {
    const id = Buffer.from(groupIdToBytes(before.groupId));
    const g = this.#sql.group.get(id);
    if (!after) {
      checkStored(g?.version, before);
      this.#sql.deleteGroup.run(id);
      return;
    }
    const writes = membershipWrites(g?.version, before, after);
    let joins = g!.joins;
    for (const account of writes.removed) this.#sql.deleteMember.run(id, account);
    for (const m of writes.added) this.#sql.insertMember.run(id, m.account, m.admin ? 1 : 0, ++joins);
    for (const m of writes.roles) this.#sql.setRole.run(m.admin ? 1 : 0, id, m.account);
    this.#sql.setVersion.run(after.version, joins, id, before.version);
  }

  async create(groupId: GroupId, creator: AccountId, members: readonly AccountId[]): Promise<GroupState> {
    const id = Buffer.from(groupIdToBytes(groupId));
    const all = [creator, ...members];
    writeTransaction(this.#db, () => {
      this.#sql.insertGroup.run(id, 1, all.length);
      all.forEach((a, i) => {
        this.#sql.insertMember.run(id, Buffer.from(a, 'hex'), i === 0 ? 1 : 0, i + 1);
      });
    })();
    return this.#read(groupId)!;
  }

  async get(groupId: GroupId): Promise<GroupState | undefined> {
    return this.#read(groupId);
  }

  async groupsOf(account: AccountId): Promise<GroupState[]> {
    return this.#sql.groupsOf
      .all(Buffer.from(account, 'hex'))
      .map((r) => this.#read(hex(r.group_id) as GroupId)!)
      .filter((g) => g !== undefined);
  }

  async change(
    groupId: GroupId,
    actor: AccountId,
    change: GroupChange,
    existing: ReadonlySet<AccountId>,
  ): Promise<GroupTransition> {
    return writeTransaction(this.#db, () => {
      const t = changeTransition(this.#read(groupId), actor, change, existing);
      this.#write(t.before, t.after);
      return t;
    })();
  }

  async leave(groupId: GroupId, account: AccountId): Promise<GroupTransition> {
    return writeTransaction(this.#db, () => {
      const t = leaveTransition(this.#read(groupId), account);
      this.#write(t.before, t.after);
      return t;
    })();
  }

  async fanout(groupId: GroupId): Promise<AccountId[]> {
    return (this.#read(groupId)?.members ?? []).map((m) => m.accountId);
  }

  async removeAccount(account: AccountId): Promise<GroupTransition[]> {
    return writeTransaction(this.#db, () => {
      const out: GroupTransition[] = [];
      for (const r of this.#sql.groupsOf.all(Buffer.from(account, 'hex'))) {
        const state = this.#read(hex(r.group_id) as GroupId);
        if (!state) continue;
        const t = leaveTransition(state, account);
        this.#write(t.before, t.after);
        out.push(t);
      }
      return out;
    })();
  }

  sharesGroup(a: AccountId, b: AccountId): boolean {
    return this.#sql.shares.get(Buffer.from(a, 'hex'), Buffer.from(b, 'hex')) !== undefined;
  }
}
