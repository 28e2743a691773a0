/**
 * @module
 * Zoo relay: the last-seen time keeps its seconds, as when the rounding was
 * moved from the store to the display. The store adds back the seconds and
 * milliseconds of the wall clock to the minute it is given, so every
 * disconnection's time is kept and answered to the millisecond.
 */
import { SqliteProfileStore } from '../../../reference/relay/storage/profiles.ts';
import type { ZooRelay } from '../member.ts';
import { decorate } from './_decorate.ts';

/** Last seen at millisecond precision. */
export const member: ZooRelay = {
  kind: 'relay',
  name: 'last-seen-exact',
  breaks: ['REQ-PRESENCE-003'],
  description: 'the last-seen time is stored and answered to the millisecond, not rounded to the minute',
  parts: () => ({
    stores: {
      profiles: (db) => {
        const inner = new SqliteProfileStore(db);
        return decorate(inner, {
          setLastSeen: async (account, minute) =>
            inner.setLastSeen(account, minute + (Date.now() % 60_000 || 1)),
        });
      },
    },
  }),
};
