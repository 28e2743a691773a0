/**
 * @module
 * Zoo relay: wrong verification codes are counted but the code is never
 * erased, so guessing can go on for the code's whole lifetime.
 */
import { SqliteVerificationStore } from '../../../reference/relay/storage/verification.ts';
import type { ZooRelay } from '../member.ts';
import { decorate } from './_decorate.ts';

/** A code survives any number of wrong guesses. */
export const member: ZooRelay = {
  kind: 'relay',
  name: 'code-attempts-unbounded',
  breaks: ['REQ-REG-006'],
  description: 'recordFailure ignores its erase flag, so a code survives unlimited wrong guesses',
  parts: () => ({
    stores: {
      verification: (db) => {
        const inner = new SqliteVerificationStore(db);
        return decorate(inner, { recordFailure: (tag) => inner.recordFailure(tag, false) });
      },
    },
  }),
};
