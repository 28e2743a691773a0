/**
 * @module
 * Zoo relay: the presence setting is written but never read back. The
 * setting endpoint answers and stores `nobody`, but every check sees the
 * default, so a user who hides is still seen by contacts and still sees
 * everyone else: neither hidden nor reciprocal.
 */
import { SqliteProfileStore } from '../../../reference/relay/storage/profiles.ts';
import type { ZooRelay } from '../member.ts';
import { decorate } from './_decorate.ts';

/** `nobody` has no effect on who sees whom. */
export const member: ZooRelay = {
  kind: 'relay',
  name: 'presence-setting-ignored',
  breaks: ['REQ-PRESENCE-004', 'REQ-PRESENCE-005'],
  description: 'the presence checks read the default setting: a hidden user is seen and sees others',
  parts: () => ({
    stores: {
      profiles: (db) => {
        const inner = new SqliteProfileStore(db);
        return decorate(inner, {
          presence: async (account) => ({ ...(await inner.presence(account)), visibility: 'contacts' }),
        });
      },
    },
  }),
};
