/**
 * @module
 * Zoo relay: the bundle route was rewritten for speed and its rate limit
 * was left out. It looks up the account and the device and takes a bundle
 * exactly as the reference does (spec/keys.md §Bundles), but never asks the
 * per-account limiter, so one account can drain every one-time prekey of
 * everyone it can name.
 */
import { DefTalkError } from '../../../reference/errors/index.ts';
import { SqliteAccountStore } from '../../../reference/relay/storage/accounts.ts';
import { SqliteKeyStore } from '../../../reference/relay/storage/keys.ts';
import { parseAccountId, parseDeviceId } from '../../../reference/wire/ids.ts';
import type { ZooRelay } from '../member.ts';
import { wrapOperation } from './_decorate.ts';

/** Bundle fetches are not rate limited. */
export const member: ZooRelay = {
  kind: 'relay',
  name: 'bundle-rate-unlimited',
  breaks: ['REQ-KEYS-006'],
  description: 'the bundle route skips the per-account rate limit and hands out bundles without bound',
  parts: () => {
    let accounts: SqliteAccountStore | undefined;
    let keys: SqliteKeyStore | undefined;
    return {
      stores: {
        accounts: (db) => {
          accounts ??= new SqliteAccountStore(db);
          return accounts;
        },
        keys: (db) => {
          keys ??= new SqliteKeyStore(db);
          return keys;
        },
      },
      decorate: (_app, operations) =>
        wrapOperation(operations, 'keys.bundle', (op) => ({
          ...op,
          // The reference's steps without the limiter (spec/keys.md §Bundles, step 1 missing).
          handle: async ({ params }) => {
            const accountId = parseAccountId(params.accountId ?? '');
            const deviceId = parseDeviceId(params.deviceId ?? '');
            const account = await accounts!.get(accountId);
            if (!account) throw new DefTalkError('ACCOUNT_NOT_FOUND');
            if (!(await accounts!.device(accountId, deviceId))) throw new DefTalkError('DEVICE_NOT_FOUND');
            const bundle = await keys!.takeBundle(accountId, deviceId);
            if (!bundle) throw new DefTalkError('PREKEYS_UNAVAILABLE');
            return { accountId, deviceId, identityKey: account.identityKey, ...bundle };
          },
        })),
    };
  },
};
