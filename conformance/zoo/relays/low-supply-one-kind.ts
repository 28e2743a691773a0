/**
 * @module
 * Zoo relay: the supply check looks at the one-time X25519 keys only and
 * reports the ML-KEM count as the same number, so a device that runs out of
 * one-time ML-KEM keys is never told to upload more.
 */
import { SqliteKeyStore } from '../../../reference/relay/storage/keys.ts';
import type { ZooRelay } from '../member.ts';
import { decorate } from './_decorate.ts';

/** ML-KEM supply is not counted. */
export const member: ZooRelay = {
  kind: 'relay',
  name: 'low-supply-one-kind',
  breaks: ['REQ-KEYS-005'],
  description: 'key counts report the X25519 count for both kinds, so low ML-KEM supply goes unnoticed',
  parts: () => ({
    stores: {
      keys: (db) => {
        const inner = new SqliteKeyStore(db);
        return decorate(inner, {
          async counts(accountId, deviceId) {
            const c = await inner.counts(accountId, deviceId);
            return { ...c, kem: c.oneTime };
          },
        });
      },
    },
  }),
};
