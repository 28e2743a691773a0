/**
 * @module
 * Zoo relay: `secure_delete` switched off "for speed" when the delivery store
 * opens. Deleted rows leave their bytes in free pages of the database file,
 * so erased ciphertext can still be read from disk.
 */
import { SqliteDeliveryStore } from '../../../reference/relay/storage/deliverySqlite.ts';
import type { ZooRelay } from '../member.ts';

/** Erased envelopes remain in freed pages. */
export const member: ZooRelay = {
  kind: 'relay',
  name: 'no-secure-delete',
  breaks: ['REQ-DELIVERY-008', 'REQ-DELIVERY-009'],
  description: 'the delivery store turns SQLite secure_delete off, so erased ciphertext stays in free pages',
  parts: () => ({
    stores: {
      delivery: (db, clock, opts) => {
        db.pragma('secure_delete = OFF');
        return new SqliteDeliveryStore(db, clock, opts);
      },
    },
  }),
};
