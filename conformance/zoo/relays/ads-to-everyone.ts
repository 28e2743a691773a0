/**
 * @module
 * Zoo relay: the advertising send copies the notice to every registered
 * account instead of the opted-in ones, as a query written against the
 * accounts table would.
 */
import { SqliteAdvertisingStore } from '../../../reference/relay/storage/advertising.ts';
import type { ZooRelay } from '../member.ts';
import { decorate } from './_decorate.ts';

/** Sends advertising to accounts that never opted in. */
export const member: ZooRelay = {
  kind: 'relay',
  name: 'ads-to-everyone',
  breaks: ['REQ-ADS-001'],
  description: 'an advertising notice is queued for every registered account, opted in or not',
  parts: () => ({
    stores: {
      advertising: (db) =>
        decorate(new SqliteAdvertisingStore(db), {
          queueForSubscribers: (noticeId: string, text: string, now: number) => {
            db.prepare(
              `INSERT INTO relay_notices (account_id, notice_id, text, queued_at)
               SELECT account_id, ?, ?, ? FROM accounts`,
            ).run(noticeId, text, now);
          },
        }),
    },
  }),
};
