/**
 * @module
 * Zoo relay: a phone-tag cache filled at registration and never invalidated,
 * so after a change of number the old number still leads to the account:
 * its registration lock still guards the old number, and a stranger who
 * registers it is refused or takes over a live account.
 */

import { SqliteAccountStore } from '../../../reference/relay/storage/accounts.ts';
import type { AccountId } from '../../../reference/wire/ids.ts';
import type { ZooRelay } from '../member.ts';
import { decorate } from './_decorate.ts';

/** The old number keeps mapping to the account after a change. */
export const member: ZooRelay = {
  kind: 'relay',
  name: 'number-change-keeps-old-mapping',
  breaks: ['REQ-LIFECYCLE-002'],
  description:
    'a phone-tag cache is not invalidated on a change of number: the old number still finds the account',
  parts: () => {
    // One cache for every store instance the relay builds.
    const byTag = new Map<string, AccountId>();
    return {
      stores: {
        accounts: (db) => {
          const inner = new SqliteAccountStore(db);
          return decorate(inner, {
            async register(tag, account, primary) {
              await inner.register(tag, account, primary);
              byTag.set(tag.toString('hex'), account.accountId);
            },
            async byPhoneTag(tag) {
              const cached = byTag.get(tag.toString('hex'));
              const hit = cached && (await inner.get(cached));
              return hit || inner.byPhoneTag(tag);
            },
          });
        },
      },
    };
  },
};
