/**
 * @module
 * Zoo relay: erasure on acknowledgement resolves without deleting, as when an
 * `erase` was stubbed out during a refactor and never restored.
 */
import { SqliteDeliveryStore } from '../../../reference/relay/storage/deliverySqlite.ts';
import type { ZooRelay } from '../member.ts';
import { decorate } from './_decorate.ts';

/** Acknowledged envelopes are never erased. */
export const member: ZooRelay = {
  kind: 'relay',
  name: 'erase-noop',
  breaks: ['REQ-DELIVERY-008'],
  description: 'the delivery store acknowledges erase() without deleting: acked ciphertext stays on disk',
  parts: () => ({
    stores: {
      delivery: (db, clock, opts) =>
        decorate(new SqliteDeliveryStore(db, clock, opts), { erase: async () => {} }),
    },
  }),
};
