/**
 * @module
 * The membership rules of spec/groups.md §Membership changes, as pure
 * functions over a {@link GroupState}: who may change what, and the state a
 * change leads to. Storage runs them inside its transaction, so a change is
 * checked against the state it replaces.
 */
import { DefTalkError } from '../../errors/index.ts';
import type { GroupChange, GroupMember, GroupState } from '../../wire/group.ts';
import { MAX_GROUP_MEMBERS } from '../../wire/group.ts';
import type { AccountId } from '../../wire/ids.ts';

/** The member record of `account`, or undefined when it is not a current member. */
export function memberOf(state: GroupState | undefined, account: AccountId): GroupMember | undefined {
  return state?.members.find((m) => m.accountId === account);
}

/**
 * spec/groups.md §Membership changes, steps 1-3: the actor must be a current
 * member (GROUP_NOT_MEMBER, also for a group that does not exist), an admin
 * (GROUP_NOT_ADMIN), and name the current version (GROUP_VERSION_STALE).
 */
export function checkAdmin(state: GroupState | undefined, actor: AccountId, version: number): GroupState {
  const me = memberOf(state, actor);
  if (!state || !me) throw new DefTalkError('GROUP_NOT_MEMBER');
  if (me.role !== 'admin') throw new DefTalkError('GROUP_NOT_ADMIN');
  if (version !== state.version) throw new DefTalkError('GROUP_VERSION_STALE', { version: state.version });
  return state;
}

/**
 * spec/groups.md §Membership changes, steps 4-7: check the change against
 * `state` and return the state after it. `exists` answers whether an
 * account to add exists. Throws GROUP_CHANGE_INVALID or GROUP_TOO_LARGE and
 * then changes nothing.
 */
export function applyChange(
  state: GroupState,
  change: GroupChange,
  exists: (a: AccountId) => boolean,
): GroupState {
  const named = [...change.add, ...change.remove, ...change.promote, ...change.demote];
  if (named.length === 0 || new Set(named).size !== named.length)
    throw new DefTalkError('GROUP_CHANGE_INVALID');
  for (const a of change.add) {
    if (memberOf(state, a) || !exists(a)) throw new DefTalkError('GROUP_CHANGE_INVALID');
  }
  for (const a of change.remove) if (!memberOf(state, a)) throw new DefTalkError('GROUP_CHANGE_INVALID');
  for (const a of change.promote) {
    if (memberOf(state, a)?.role !== 'member') throw new DefTalkError('GROUP_CHANGE_INVALID');
  }
  for (const a of change.demote) {
    if (memberOf(state, a)?.role !== 'admin') throw new DefTalkError('GROUP_CHANGE_INVALID');
  }
  const removed = new Set(change.remove);
  const promoted = new Set(change.promote);
  const demoted = new Set(change.demote);
  const members: GroupMember[] = state.members
    .filter((m) => !removed.has(m.accountId))
    .map((m) => ({
      accountId: m.accountId,
      role: promoted.has(m.accountId) ? 'admin' : demoted.has(m.accountId) ? 'member' : m.role,
    }));
  for (const a of change.add) members.push({ accountId: a, role: 'member' });
  if (members.length > MAX_GROUP_MEMBERS) throw new DefTalkError('GROUP_TOO_LARGE');
  return { groupId: state.groupId, version: state.version + 1, members: withAdmin(members) };
}

/**
 * The state after `account` leaves or is erased (spec/groups.md §Leaving):
 * undefined when no member remains (the group is deleted); otherwise one
 * version more, and the longest-standing member made admin when no admin
 * remains.
 */
export function without(state: GroupState, account: AccountId): GroupState | undefined {
  const members = state.members.filter((m) => m.accountId !== account);
  if (members.length === 0) return undefined;
  return { groupId: state.groupId, version: state.version + 1, members: withAdmin(members) };
}

/** Members with at least one admin: the first (longest-standing) member is promoted when none is. */
function withAdmin(members: GroupMember[]): GroupMember[] {
  if (members.length === 0 || members.some((m) => m.role === 'admin')) return members;
  return [{ accountId: members[0]!.accountId, role: 'admin' }, ...members.slice(1)];
}
