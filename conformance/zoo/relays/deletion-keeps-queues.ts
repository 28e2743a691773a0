/**
 * @module
 * Zoo relay: the delivery store's `dropDevice` resolves without deleting, as
 * when the queue drop was stubbed out while the erasure registry was wired,
 * so a deleted account's or a removed device's queued ciphertext stays on disk.
 */
import { SqliteDeliveryStore } from '../../../reference/relay/storage/deliverySqlite.ts';
import type { ZooRelay } from '../member.ts';
import { decorate } from './_decorate.ts';

/** Deletion and device removal leave the queues. */
export const member: ZooRelay = {
  kind: 'relay',
  name: 'deletion-keeps-queues',
  breaks: ['REQ-LIFECYCLE-004', 'REQ-LIFECYCLE-005'],
  description:
    "dropDevice is a no-op: a deleted account's and a removed device's queued envelopes stay on disk",
  parts: () => ({
    stores: {
      delivery: (db, clock, opts) =>
        decorate(new SqliteDeliveryStore(db, clock, opts), { dropDevice: async () => {} }),
    },
  }),
};
