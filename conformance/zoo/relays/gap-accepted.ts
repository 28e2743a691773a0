/**
 * @module
 * Zoo relay: "any sequence number above the last one is fine". A send that
 * skips numbers is stored under the next expected number instead of being
 * refused as a gap, so the sender never learns it lost a send.
 */
import { SqliteDeliveryStore } from '../../../reference/relay/storage/deliverySqlite.ts';
import type { AcceptItem } from '../../../reference/relay/storage/queue.ts';
import type { ZooRelay } from '../member.ts';
import { decorate } from './_decorate.ts';

/** Accepts a gap in sender sequence numbers. */
export const member: ZooRelay = {
  kind: 'relay',
  name: 'gap-accepted',
  breaks: ['REQ-DELIVERY-002'],
  description: 'a send that skips sequence numbers is accepted instead of refused with SEQUENCE_GAP',
  parts: () => ({
    stores: {
      delivery: (db, clock, opts) => {
        const inner = new SqliteDeliveryStore(db, clock, opts);
        return decorate(inner, {
          async accept(items) {
            const last = new Map<string, number>();
            const fixed: AcceptItem[] = [];
            for (const item of items) {
              const k = `${item.sender.accountId}/${item.sender.deviceId}`;
              const prev = last.get(k) ?? (await inner.lastAccepted(item.sender));
              const sequence = Math.min(item.sequence, prev + 1);
              last.set(k, Math.max(prev, sequence));
              fixed.push({ ...item, sequence });
            }
            return inner.accept(fixed);
          },
        });
      },
    },
  }),
};
