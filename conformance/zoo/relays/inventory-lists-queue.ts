/**
 * @module
 * Zoo relay: the data inventory also lists the envelopes queued for the
 * account, row by row, as a "complete" export would: every queued
 * envelope's bytes, and with them each sender's account id and the
 * ciphertext, reach whoever the inventory is handed to.
 */
import { SqliteLifecycleStore } from '../../../reference/relay/storage/lifecycle.ts';
import type { ZooRelay } from '../member.ts';
import { decorate } from './_decorate.ts';

/** The inventory leaks queued envelopes: senders and ciphertext. */
export const member: ZooRelay = {
  kind: 'relay',
  name: 'inventory-lists-queue',
  breaks: ['REQ-LIFECYCLE-014'],
  description: 'the data inventory dumps the queued envelopes: senders (contacts) and ciphertext',
  parts: () => ({
    stores: {
      lifecycle: (db) => {
        const inner = new SqliteLifecycleStore(db);
        return decorate(inner, {
          async inventory(key, e164) {
            const doc = await inner.inventory(key, e164);
            if (!doc.registered) return doc;
            const rows = db
              .prepare(
                `SELECT e.envelope FROM delivery_envelopes e JOIN delivery_devices d ON e.queue = d.queue
                 WHERE d.account_id = ?`,
              )
              .all(Buffer.from(doc.accountId, 'hex')) as { envelope: Buffer }[];
            return { ...doc, queue: rows.map((r) => r.envelope.toString('hex')) };
          },
        });
      },
    },
  }),
};
