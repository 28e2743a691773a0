/**
 * @module
 * Zoo relay: opting out (from the app or the link) drops the account's
 * tokens and pending notices but leaves its opt-in row, so the account is
 * still counted in the audience report and still sent advertising.
 */
import { SqliteAdvertisingStore } from '../../../reference/relay/storage/advertising.ts';
import { type AccountId, accountIdToBytes } from '../../../reference/wire/ids.ts';
import type { ZooRelay } from '../member.ts';
import { decorate } from './_decorate.ts';

/** An opt-out that forgets the opt-in row. */
export const member: ZooRelay = {
  kind: 'relay',
  name: 'ads-opt-out-keeps-row',
  breaks: ['REQ-ADS-003', 'REQ-ADS-007'],
  description: 'opting out of advertising erases the tokens and notices but keeps the opt-in row',
  parts: () => ({
    stores: {
      advertising: (db) =>
        decorate(new SqliteAdvertisingStore(db), {
          optOut: (account: AccountId) => {
            const a = accountIdToBytes(account);
            db.prepare('DELETE FROM ads_unsubscribe_tokens WHERE account_id = ?').run(a);
            db.prepare('DELETE FROM relay_notices WHERE account_id = ?').run(a);
          },
        }),
    },
  }),
};
