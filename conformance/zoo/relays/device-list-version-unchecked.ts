/**
 * @module
 * Zoo relay: the account record is read through a projection that forgot
 * the device-list version column, so every account reads as version 0 and
 * the "version above the stored one" check (spec/accounts.md §Device list
 * verification, step 3) admits a stale or replayed list. The write path
 * then takes the version it compares against from a fresh read, so the
 * stale list is stored.
 */
import { SqliteAccountStore } from '../../../reference/relay/storage/accounts.ts';
import type { ZooRelay } from '../member.ts';
import { decorate } from './_decorate.ts';

/** A device list with a stale version is accepted. */
export const member: ZooRelay = {
  kind: 'relay',
  name: 'device-list-version-unchecked',
  breaks: ['REQ-ACCT-003'],
  description: 'accounts read as device-list version 0, so a stale or replayed device list is accepted',
  parts: () => ({
    stores: {
      accounts: (db) => {
        const inner = new SqliteAccountStore(db);
        return decorate(inner, {
          async get(accountId) {
            const record = await inner.get(accountId);
            return record && { ...record, deviceListVersion: 0 };
          },
          async changeDevices(accountId, _expectedVersion, list, added, removed) {
            const current = await inner.get(accountId);
            if (!current) return false;
            return inner.changeDevices(accountId, current.deviceListVersion, list, added, removed);
          },
        });
      },
    },
  }),
};
