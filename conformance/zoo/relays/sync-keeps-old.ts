/**
 * @module
 * Zoo relay: the sync store keeps the record a write replaces in a history
 * table "for undo", so the old ciphertext stays in the database file after
 * the account replaced it.
 */
import { SqliteSyncStore } from '../../../reference/relay/storage/sync.ts';
import type { ZooRelay } from '../member.ts';
import { decorate } from './_decorate.ts';

/** Replaced sync records are kept. */
export const member: ZooRelay = {
  kind: 'relay',
  name: 'sync-keeps-old',
  breaks: ['REQ-SYNC-004'],
  description: 'a replaced sync record is copied into a history table instead of erased',
  parts: () => ({
    stores: {
      sync: (db) => {
        db.exec(
          'CREATE TABLE IF NOT EXISTS zoo_sync_history (account_id BLOB, version INTEGER, ciphertext BLOB)',
        );
        const keep = db.prepare('INSERT INTO zoo_sync_history VALUES (?, ?, ?)');
        const inner = new SqliteSyncStore(db);
        return decorate(inner, {
          put: async (account, expected, ciphertext) => {
            const old = await inner.get(account);
            const r = await inner.put(account, expected, ciphertext);
            if (r.ok && old.ciphertext)
              keep.run(Buffer.from(account, 'hex'), old.version, Buffer.from(old.ciphertext));
            return r;
          },
        });
      },
    },
  }),
};
