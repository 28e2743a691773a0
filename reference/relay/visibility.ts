/**
 * @module
 * The seam between groups and the rules that depend on them (spec/profiles.md,
 * spec/presence.md): a photo, the presence and the last-seen time are visible
 * to a viewer who holds a valid contact credential for the owner or shares a
 * group with them (privacy policy clause 6.1). The groups concern implements
 * {@link SharedGroups}; the profile and presence concerns consume it.
 */
import type { AccountId } from '../wire/ids.ts';

/** Answers whether two accounts are both current members of at least one group (spec/groups.md). */
export interface SharedGroups {
  sharesGroup(a: AccountId, b: AccountId): Promise<boolean> | boolean;
}

/** The answer before any group exists, and for relays built without the groups concern. */
export const NO_SHARED_GROUPS: SharedGroups = { sharesGroup: () => false };
