/**
 * @module
 * Zoo relay: token lookup compares the expiry (milliseconds) with the time in
 * seconds, so every token looks live for decades.
 */
import { SqliteAuthStore } from '../../../reference/relay/storage/auth.ts';
import type { ZooRelay } from '../member.ts';
import { decorate } from './_decorate.ts';

/** Tokens outlive their hour. */
export const member: ZooRelay = {
  kind: 'relay',
  name: 'token-never-expires',
  breaks: ['REQ-AUTH-005'],
  description: 'the token lookup passes the time in seconds to a millisecond expiry, so tokens never expire',
  parts: () => ({
    stores: {
      auth: (db) => {
        const inner = new SqliteAuthStore(db);
        return decorate(inner, {
          tokenDevice: (hash, now) => inner.tokenDevice(hash, Math.floor(now / 1000)),
        });
      },
    },
  }),
};
