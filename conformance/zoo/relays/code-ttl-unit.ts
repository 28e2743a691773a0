/**
 * @module
 * Zoo relay: the verification-code expiry is read back in the wrong unit
 * (scaled by 1000), so codes stay valid for months.
 */
import { SqliteVerificationStore } from '../../../reference/relay/storage/verification.ts';
import type { ZooRelay } from '../member.ts';
import { decorate } from './_decorate.ts';

/** Codes do not expire after ten minutes. */
export const member: ZooRelay = {
  kind: 'relay',
  name: 'code-ttl-unit',
  breaks: ['REQ-REG-005'],
  description: 'the pending code expiry is read with a unit error, so codes outlive their ten minutes',
  parts: () => ({
    stores: {
      verification: (db) => {
        const inner = new SqliteVerificationStore(db);
        return decorate(inner, {
          async get(tag) {
            const p = await inner.get(tag);
            return p && { ...p, expiresAt: p.sentAt + (p.expiresAt - p.sentAt) * 1000 };
          },
        });
      },
    },
  }),
};
