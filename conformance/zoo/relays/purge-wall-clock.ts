/**
 * @module
 * Zoo relay: the inactivity purge compares last-activity days with the
 * machine's own date instead of the relay clock (as a query written with
 * SQLite's `date('now')` would), so moving the relay clock a year on purges
 * nothing.
 */
import { dayOf, SqliteLifecycleStore } from '../../../reference/relay/storage/lifecycle.ts';
import type { ZooRelay } from '../member.ts';
import { decorate } from './_decorate.ts';

/** The purge never sees the relay clock. */
export const member: ZooRelay = {
  kind: 'relay',
  name: 'purge-wall-clock',
  breaks: ['REQ-LIFECYCLE-008'],
  description:
    'the inactivity purge reads the system date, not the relay clock: idle accounts are never erased',
  parts: () => ({
    stores: {
      lifecycle: (db) => {
        const inner = new SqliteLifecycleStore(db);
        return decorate(inner, {
          inactiveBefore: (_day, limit) => inner.inactiveBefore(dayOf(Date.now()) - 365, limit),
        });
      },
    },
  }),
};
