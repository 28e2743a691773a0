/**
 * @module
 * Zoo relay: the group store checks that the actor of a membership change
 * is a member but not that it is an admin (the role check went missing when
 * roles were added), so any member can add or remove anyone (breaks
 * REQ-GROUPS-003).
 */

import { SqliteGroupStore } from '../../../reference/relay/storage/groups.ts';
import type { GroupChange, GroupId } from '../../../reference/wire/group.ts';
import type { AccountId } from '../../../reference/wire/ids.ts';
import type { ZooRelay } from '../member.ts';

/** Membership changes from plain members are accepted. */
export const member: ZooRelay = {
  kind: 'relay',
  name: 'group-change-by-member',
  breaks: ['REQ-GROUPS-003'],
  description: 'a membership change is checked for membership only, not for the admin role',
  parts: () => ({
    stores: {
      groups: (db) =>
        new (class extends SqliteGroupStore {
          override async change(
            id: GroupId,
            actor: AccountId,
            change: GroupChange,
            existing: ReadonlySet<AccountId>,
          ) {
            const state = await this.get(id);
            const admin = state?.members.find((m) => m.role === 'admin');
            const isMember = state?.members.some((m) => m.accountId === actor);
            return super.change(id, isMember && admin ? admin.accountId : actor, change, existing);
          }
        })(db),
    },
  }),
};
