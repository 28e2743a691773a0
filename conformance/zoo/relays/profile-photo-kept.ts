/**
 * @module
 * Zoo relay: profile updates run with SQLite's `secure_delete` switched off,
 * as when a "speed-up" pragma was added around the profile writes. The old
 * photo's pages are freed but not zeroed, so a replaced photo stays on disk.
 */
import { SqliteProfileStore } from '../../../reference/relay/storage/profiles.ts';
import type { ZooRelay } from '../member.ts';
import { decorate } from './_decorate.ts';

/** A replaced photo stays in the database file. */
export const member: ZooRelay = {
  kind: 'relay',
  name: 'profile-photo-kept',
  breaks: ['REQ-PROFILES-005'],
  description: 'profile updates switch secure_delete off: the replaced photo and name stay in free pages',
  parts: () => ({
    stores: {
      profiles: (db) => {
        const inner = new SqliteProfileStore(db);
        return decorate(inner, {
          update: async (account, change) => {
            db.pragma('secure_delete = OFF');
            try {
              await inner.update(account, change);
            } finally {
              db.pragma('secure_delete = ON');
            }
          },
        });
      },
    },
  }),
};
