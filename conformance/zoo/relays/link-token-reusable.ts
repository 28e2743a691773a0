/**
 * @module
 * Zoo relay: link tokens are checked against a cache of issued tokens that
 * is never told a token was used, so one link token links many devices.
 */
import { SqliteAuthStore } from '../../../reference/relay/storage/auth.ts';
import type { ZooRelay } from '../member.ts';
import { decorate } from './_decorate.ts';

/** A link token serves more than one link. */
export const member: ZooRelay = {
  kind: 'relay',
  name: 'link-token-reusable',
  breaks: ['REQ-ACCT-005'],
  description: 'a cache of issued link tokens accepts a token that was already presented',
  parts: () => ({
    stores: {
      auth: (db) => {
        const inner = new SqliteAuthStore(db);
        const issued = new Map<string, { account: string; expiresAt: number }>();
        return decorate(inner, {
          async addLinkToken(hash, accountId, expiresAt) {
            await inner.addLinkToken(hash, accountId, expiresAt);
            issued.set(hash.toString('hex'), { account: accountId, expiresAt });
          },
          async takeLinkToken(hash, accountId, now) {
            const hit = issued.get(hash.toString('hex'));
            if (hit) return hit.account === accountId && now < hit.expiresAt;
            return inner.takeLinkToken(hash, accountId, now);
          },
        });
      },
    },
  }),
};
