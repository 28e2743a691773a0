/**
 * @module
 * Zoo relay: the sync store ignores the version a write names and always
 * writes on top of the current record, so of two devices that read the same
 * version the later writer silently overwrites the other.
 */
import { SqliteSyncStore } from '../../../reference/relay/storage/sync.ts';
import type { ZooRelay } from '../member.ts';
import { decorate } from './_decorate.ts';

/** Last writer wins. */
export const member: ZooRelay = {
  kind: 'relay',
  name: 'sync-last-writer-wins',
  breaks: ['REQ-SYNC-002'],
  description: 'a sync write naming a stale version is applied on top of the current one instead of refused',
  parts: () => ({
    stores: {
      sync: (db) => {
        const inner = new SqliteSyncStore(db);
        return decorate(inner, {
          put: async (account, _expected, ciphertext) =>
            inner.put(account, (await inner.get(account)).version, ciphertext),
        });
      },
    },
  }),
};
