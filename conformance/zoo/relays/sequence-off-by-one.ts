/**
 * @module
 * Zoo relay: the sender-state endpoint reports the next expected sequence
 * number where the spec asks for the last accepted one.
 */
import { SqliteDeliveryStore } from '../../../reference/relay/storage/deliverySqlite.ts';
import type { ZooRelay } from '../member.ts';
import { decorate } from './_decorate.ts';

/** Reports last accepted + 1. */
export const member: ZooRelay = {
  kind: 'relay',
  name: 'sequence-off-by-one',
  breaks: ['REQ-DELIVERY-002'],
  description: 'GET of the sender state answers the next expected sequence number, not the last accepted',
  parts: () => ({
    stores: {
      delivery: (db, clock, opts) => {
        const inner = new SqliteDeliveryStore(db, clock, opts);
        return decorate(inner, { lastAccepted: async (sender) => (await inner.lastAccepted(sender)) + 1 });
      },
    },
  }),
};
