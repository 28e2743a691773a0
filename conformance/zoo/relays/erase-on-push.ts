/**
 * @module
 * Zoo relay: a "delete as you read" queue. Envelopes are erased the moment
 * they are read for pushing, not when the device acknowledges them, so a
 * connection that drops before the ack loses them.
 */
import { SqliteDeliveryStore } from '../../../reference/relay/storage/deliverySqlite.ts';
import type { ZooRelay } from '../member.ts';
import { decorate } from './_decorate.ts';

/** Erases on push instead of on ack. */
export const member: ZooRelay = {
  kind: 'relay',
  name: 'erase-on-push',
  breaks: ['REQ-DELIVERY-006'],
  description: 'the queue erases envelopes when it reads them for pushing, not when they are acknowledged',
  parts: () => ({
    stores: {
      delivery: (db, clock, opts) => {
        const inner = new SqliteDeliveryStore(db, clock, opts);
        return decorate(inner, {
          async read(device, after, limit) {
            const found = await inner.read(device, after, limit);
            await inner.erase(
              device,
              found.map((e) => e.position),
            );
            return found;
          },
        });
      },
    },
  }),
};
