/**
 * @module
 * Zoo relay: the queue is read newest first (`ORDER BY position DESC`), as
 * when a "latest messages first" optimisation reaches the push path.
 */
import { SqliteDeliveryStore } from '../../../reference/relay/storage/deliverySqlite.ts';
import type { ZooRelay } from '../member.ts';
import { decorate } from './_decorate.ts';

/** Pushes a queue in reverse acceptance order. */
export const member: ZooRelay = {
  kind: 'relay',
  name: 'newest-first',
  breaks: ['REQ-DELIVERY-005'],
  description: 'the queue read returns the newest envelopes first instead of acceptance order',
  parts: () => ({
    stores: {
      delivery: (db, clock, opts) => {
        const inner = new SqliteDeliveryStore(db, clock, opts);
        return decorate(inner, {
          async read(device, after, limit) {
            const all = await inner.read(device, after, Number.MAX_SAFE_INTEGER);
            return all.reverse().slice(0, limit);
          },
        });
      },
    },
  }),
};
