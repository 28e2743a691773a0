/**
 * @module
 * Zoo relay: the delivery store empties every queue when it opens, as if
 * envelopes left by a previous process were stale ("a clean start"). Accounts,
 * tokens and sequence numbers survive a restart; every envelope the relay
 * had answered and not yet pushed is lost. Only a case that restarts the
 * relay (restart/*) can see it.
 */
import { SqliteDeliveryStore } from '../../../reference/relay/storage/deliverySqlite.ts';
import type { ZooRelay } from '../member.ts';

/** Answered envelopes do not survive a restart. */
export const member: ZooRelay = {
  kind: 'relay',
  name: 'queues-cleared-on-start',
  breaks: ['REQ-DELIVERY-003'],
  description:
    'the delivery store deletes every queued envelope when it opens, so a restart loses answered sends',
  parts: () => ({
    stores: {
      delivery: (db, clock, opts) => {
        db.prepare('DELETE FROM delivery_envelopes').run();
        return new SqliteDeliveryStore(db, clock, opts);
      },
    },
  }),
};
