/**
 * @module
 * Zoo relay: the fan-out reads a member list cached at the group's
 * creation instead of the current one, so a member removed or gone since
 * still gets a copy of every group send (breaks REQ-GROUPS-009).
 */

import { SqliteGroupStore } from '../../../reference/relay/storage/groups.ts';
import type { GroupId } from '../../../reference/wire/group.ts';
import type { AccountId } from '../../../reference/wire/ids.ts';
import type { ZooRelay } from '../member.ts';

/** Removed members stay in the fan-out. */
export const member: ZooRelay = {
  kind: 'relay',
  name: 'group-fanout-removed',
  breaks: ['REQ-GROUPS-009'],
  description: 'the fan-out list is cached when the group is created and never updated',
  parts: () => ({
    stores: {
      groups: (db) =>
        new (class extends SqliteGroupStore {
          readonly #cached = new Map<GroupId, AccountId[]>();
          override async create(id: GroupId, creator: AccountId, members: readonly AccountId[]) {
            const state = await super.create(id, creator, members);
            this.#cached.set(
              id,
              state.members.map((m) => m.accountId),
            );
            return state;
          }
          override async fanout(id: GroupId): Promise<AccountId[]> {
            const now = await super.fanout(id);
            return [...new Set([...(this.#cached.get(id) ?? []), ...now])];
          }
        })(db),
    },
  }),
};
