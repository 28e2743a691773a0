/**
 * @module
 * Zoo relay: a token cache in front of the auth store, added to save a
 * query per request and never invalidated, so a removed device's token (or
 * the token of a replaced account) keeps authenticating.
 */
import { SqliteAuthStore } from '../../../reference/relay/storage/auth.ts';
import type { AccountId, DeviceId } from '../../../reference/wire/ids.ts';
import type { ZooRelay } from '../member.ts';
import { decorate } from './_decorate.ts';

/** Revoked tokens stay valid in the cache. */
export const member: ZooRelay = {
  kind: 'relay',
  name: 'token-cache',
  breaks: ['REQ-AUTH-006'],
  description: 'an unbounded token cache is never invalidated, so a removed device stays signed in',
  parts: () => ({
    stores: {
      auth: (db) => {
        const inner = new SqliteAuthStore(db);
        const cache = new Map<string, { accountId: AccountId; deviceId: DeviceId }>();
        return decorate(inner, {
          async tokenDevice(hash, now) {
            const k = hash.toString('hex');
            const hit = cache.get(k);
            if (hit) return hit;
            const found = await inner.tokenDevice(hash, now);
            if (found) cache.set(k, found);
            return found;
          },
        });
      },
    },
  }),
};
