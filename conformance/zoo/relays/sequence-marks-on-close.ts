/**
 * @module
 * Zoo relay: "a counter is not worth an fsync". The delivery store keeps
 * each sender's last accepted sequence number in memory and writes the
 * numbers back only when the relay shuts down cleanly. Envelopes are
 * committed before the answer as they should be, so nothing is lost while
 * the process lives and a SIGTERM restart looks fine; after a SIGKILL the
 * relay has forgotten which numbers it accepted, so it refuses the sender's
 * next send as a gap and would store a resent one a second time
 * (spec/delivery.md §Sequence numbers). Only the restart case that kills
 * the relay can see it.
 */
import type Database from 'better-sqlite3';
import { SqliteDeliveryStore } from '../../../reference/relay/storage/deliverySqlite.ts';
import type { ZooRelay } from '../member.ts';
import { decorate } from './_decorate.ts';

/** The statement the reference store runs once per sender per storage cycle. */
const SET_LAST = 'UPDATE delivery_devices SET last_accepted = ? WHERE queue = ?';

/** Sender sequence marks are written only at a clean shutdown. */
export const member: ZooRelay = {
  kind: 'relay',
  name: 'sequence-marks-on-close',
  breaks: ['REQ-DELIVERY-002'],
  description:
    'last accepted sequence numbers are kept in memory and written only at a clean shutdown, so a crash forgets them',
  parts: () => ({
    stores: {
      delivery: (db, clock, opts) => {
        const marks = new Map<number, number>();
        // The store's connection, except that the sequence-mark update goes to memory.
        const lazy = decorate(db, {
          prepare: ((sql: string) =>
            sql === SET_LAST
              ? {
                  run: (last: number, queue: number) => {
                    marks.set(queue, last);
                    return { changes: 1, lastInsertRowid: 0 };
                  },
                }
              : db.prepare(sql)) as Database.Database['prepare'],
        });
        const inner = new SqliteDeliveryStore(lazy, clock, opts);
        const setLast = db.prepare(SET_LAST);
        return decorate(inner, {
          async close() {
            await inner.close();
            db.transaction(() => {
              for (const [queue, last] of marks) setLast.run(last, queue);
            })();
            marks.clear();
          },
        });
      },
    },
  }),
};
