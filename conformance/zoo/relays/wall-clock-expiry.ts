/**
 * @module
 * Zoo relay: the delivery store is built with the system clock instead of
 * the relay clock it is handed, so its expiry sweep ignores relay time.
 */
import { SqliteDeliveryStore } from '../../../reference/relay/storage/deliverySqlite.ts';
import type { ZooRelay } from '../member.ts';

/** Expiry reads Date.now, not the relay clock. */
export const member: ZooRelay = {
  kind: 'relay',
  name: 'wall-clock-expiry',
  breaks: ['REQ-DELIVERY-009'],
  description: 'the expiry sweep reads Date.now() instead of the relay clock, so expired envelopes stay',
  parts: () => ({
    stores: {
      delivery: (db, _clock, opts) => new SqliteDeliveryStore(db, { now: Date.now }, opts),
    },
  }),
};
