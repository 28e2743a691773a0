/**
 * @module
 * A faulty client of the bug zoo: the reference driver whose message store
 * puts a group's own sender key back whenever the client dropped it, as a
 * client that caches its sender keys apart from its group state would, so
 * after a removal it goes on sending under the key the removed member holds
 * (breaks REQ-GROUPS-023), and after a member's device was unlinked under the
 * key that device holds (breaks REQ-GROUPS-024). Served by conformance/zoo/drive.ts in its own
 * driver process; never part of the product.
 */
import type { LocalGroup } from '../../../reference/client/groups/groupState.ts';
import { MessageStore } from '../../../reference/client/messaging/messageStore.ts';
import type { ZooClient } from '../member.ts';

/** Keeps its sender key after a member is removed. */
export const member: ZooClient = {
  kind: 'client',
  name: 'group-key-not-rotated',
  breaks: ['REQ-GROUPS-023', 'REQ-GROUPS-024'],
  description: 'a cache of own sender keys outlives the removal that should have rotated them',
  ops(ops) {
    const save = MessageStore.prototype.save;
    const cache = new Map<string, Pick<LocalGroup, 'own' | 'distributedTo'>>();
    MessageStore.prototype.save = function cachedKeysSave(this: MessageStore): Promise<void> {
      for (const [id, g] of Object.entries(this.data.groups ?? {})) {
        const kept = cache.get(id);
        if (g.own) cache.set(id, { own: g.own, distributedTo: [...g.distributedTo] });
        else if (kept) {
          g.own = kept.own;
          g.distributedTo = [...kept.distributedTo];
        }
      }
      return save.call(this);
    };
    return ops;
  },
};
