/**
 * @module
 * Zoo relay: a declined use is recorded but not honoured: declining
 * "discovery" stores the choice and leaves the discovery index entry, so
 * anyone with the number still finds the account.
 */
import { SqliteLifecycleStore } from '../../../reference/relay/storage/lifecycle.ts';
import type { ZooRelay } from '../member.ts';
import { decorate } from './_decorate.ts';

/** Declining discovery changes nothing. */
export const member: ZooRelay = {
  kind: 'relay',
  name: 'consent-ignored',
  breaks: ['REQ-LIFECYCLE-012'],
  description: 'declining the use "discovery" is stored but the discovery index entry stays',
  parts: () => ({
    stores: {
      lifecycle: (db) => decorate(new SqliteLifecycleStore(db), { forgetDiscovery: async () => {} }),
    },
  }),
};
