/**
 * @module
 * Zoo relay: a challenge cache in front of the auth store that remembers
 * every challenge it issued and is never invalidated when one is used, so a
 * nonce serves any number of token requests until it expires.
 */
import { SqliteAuthStore } from '../../../reference/relay/storage/auth.ts';
import type { ZooRelay } from '../member.ts';
import { decorate } from './_decorate.ts';

/** Accepts a used nonce again. */
export const member: ZooRelay = {
  kind: 'relay',
  name: 'nonce-replay',
  breaks: ['REQ-AUTH-003'],
  description: 'a challenge cache answers "live" for a nonce already used, so it can be replayed',
  parts: () => ({
    stores: {
      auth: (db) => {
        const inner = new SqliteAuthStore(db);
        const issued = new Map<string, number>();
        return decorate(inner, {
          async addChallenge(nonceHash, expiresAt, now, max) {
            const ok = await inner.addChallenge(nonceHash, expiresAt, now, max);
            if (ok) issued.set(nonceHash.toString('hex'), expiresAt);
            return ok;
          },
          async takeChallenge(nonceHash, now) {
            const cached = issued.get(nonceHash.toString('hex'));
            if (cached !== undefined) return now < cached;
            return inner.takeChallenge(nonceHash, now);
          },
        });
      },
    },
  }),
};
