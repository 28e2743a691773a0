/**
 * @module
 * Zoo relay: the delivery store is built with a quota option the operator
 * never set, falling back to "unlimited": device queues grow without bound.
 */
import { SqliteDeliveryStore } from '../../../reference/relay/storage/deliverySqlite.ts';
import type { ZooRelay } from '../member.ts';

/** No queue quota. */
export const member: ZooRelay = {
  kind: 'relay',
  name: 'quota-ignored',
  breaks: ['REQ-DELIVERY-010'],
  description: 'the delivery store is built without the configured quota, so queues never fill',
  parts: () => ({
    stores: {
      delivery: (db, clock) => new SqliteDeliveryStore(db, clock, { queueQuota: Number.MAX_SAFE_INTEGER }),
    },
  }),
};
