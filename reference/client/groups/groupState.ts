/**
 * @module
 * A device's view of its groups (spec/groups.md §Rotation): the last group
 * state it read from the relay, its own sender key of each group with the
 * devices it reached, and the sender keys it received. Kept as JSON in the
 * message store, so it is encrypted at rest and saved in the same write as
 * the messages it produced.
 */
import type { GroupId, GroupRole, GroupState } from '../../wire/group.ts';
import type { AccountId } from '../../wire/ids.ts';
import type { SenderKeyState } from './senderKey.ts';

/** One group as this device holds it. */
export interface LocalGroup {
  version: number;
  members: { accountId: string; role: GroupRole }[];
  /** The own sender key; absent until the next send creates one (after a removal: rotation). */
  own?: SenderKeyState;
  /** Devices (`account.device`) the own key was sent to. */
  distributedTo: string[];
  /** Received sender keys by device `account.device`. */
  keys: Record<string, SenderKeyState>;
}

/** Every group of the device, by group id. */
export type LocalGroups = Record<string, LocalGroup>;

/** True when `account` is a member in the view `g`. */
export function isMember(g: LocalGroup | undefined, account: AccountId | string): boolean {
  return g?.members.some((m) => m.accountId === account) === true;
}

/**
 * Apply a state read from the relay to the view (spec/groups.md §Rotation):
 * an older or equal version changes nothing; a newer one replaces the
 * member list and, when a member of the old view is gone, drops the own
 * sender key (the next send rotates) and every key received from that
 * member. Returns the accounts that are gone.
 */
export function applyGroupState(groups: LocalGroups, state: GroupState): AccountId[] {
  const old = groups[state.groupId];
  if (old && state.version <= old.version) return [];
  const now = new Set<string>(state.members.map((m) => m.accountId));
  const gone = (old?.members ?? []).map((m) => m.accountId).filter((a) => !now.has(a)) as AccountId[];
  const g: LocalGroup = old ?? { version: 0, members: [], distributedTo: [], keys: {} };
  g.version = state.version;
  g.members = state.members.map((m) => ({ accountId: m.accountId, role: m.role }));
  if (gone.length > 0) {
    delete g.own;
    g.distributedTo = [];
    for (const k of Object.keys(g.keys))
      if (gone.includes(k.slice(0, k.indexOf('.')) as AccountId)) delete g.keys[k];
  }
  groups[state.groupId] = g;
  return gone;
}

/** Forget a group this device's account is no longer in. */
export function forgetGroup(groups: LocalGroups, id: GroupId): void {
  delete groups[id];
}
