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
    if (!g) return undefined;
    const members: GroupMember[] = this.#sql.members.all(id).map((m) => ({
      accountId: hex(m.account_id) as AccountId,
      role: m.admin ? 'admin' : 'member',
    }));
    return { groupId, version: g.version, members };
  }

  /** Replace `before` by `after` if the group is still at `before.version` (else GROUP_VERSION_STALE). */
  #write(before: GroupState, after: GroupState | undefined): void {
    const id = Buffer.from(groupIdToBytes(before.groupId));
    const g = this.#sql.group.get(id);
    if (!g || g.version !== before.version) {
      throw new DefTalkError('GROUP_VERSION_STALE', { version: g?.version ?? 0 });
    }
    if (!after) {
      this.#sql.deleteGroup.run(id);
      return;
    }
    let joins = g.joins;
    for (const m of before.members) {
      if (!memberOf(after, m.accountId)) this.#sql.deleteMember.run(id, Buffer.from(m.accountId, 'hex'));
    }
    for (const m of after.members) {
      const was = memberOf(before, m.accountId);
      const account = Buffer.from(m.accountId, 'hex');
      if (!was) this.#sql.insertMember.run(id, account, m.role === 'admin' ? 1 : 0, ++joins);
      else if (was.role !== m.role) this.#sql.setRole.run(m.role === 'admin' ? 1 : 0, id, account);
    }
    this.#sql.setVersion.run(after.version, joins, id, before.version);
  }

  async create(groupId: GroupId, creator: AccountId, members: readonly AccountId[]): Promise<GroupState> {
    const id = Buffer.from(groupIdToBytes(groupId));
    const all = [creator, ...members];
    this.#db.transaction(() => {
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
    return this.#db.transaction(() => {
      const before = checkAdmin(this.#read(groupId), actor, change.version);
      const after = applyChange(before, change, (a) => existing.has(a));
      this.#write(before, after);
      return { before, after };
    })();
  }

  async leave(groupId: GroupId, account: AccountId): Promise<GroupTransition> {
    return this.#db.transaction(() => {
      const before = this.#read(groupId);
      if (!before || !memberOf(before, account)) throw new DefTalkError('GROUP_NOT_MEMBER');
      const after = without(before, account);
      this.#write(before, after);
      return { before, after };
    })();
  }

  async fanout(groupId: GroupId): Promise<AccountId[]> {
    return (this.#read(groupId)?.members ?? []).map((m) => m.accountId);
  }

  async removeAccount(account: AccountId): Promise<GroupTransition[]> {
    return this.#db.transaction(() => {
      const out: GroupTransition[] = [];
      for (const r of this.#sql.groupsOf.all(Buffer.from(account, 'hex'))) {
        const before = this.#read(hex(r.group_id) as GroupId);
        if (!before) continue;
        const after = without(before, account);
        this.#write(before, after);
        out.push({ before, after });
      }
      return out;
    })();
  }

  sharesGroup(a: AccountId, b: AccountId): boolean {
    return this.#sql.shares.get(Buffer.from(a, 'hex'), Buffer.from(b, 'hex')) !== undefined;
  }
}
