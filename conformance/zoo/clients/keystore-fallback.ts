/**
 * @module
 * Zoo client: when the key store cannot be opened, the client falls back to
 * the identity it opened last ("keep the user signed in"), so an altered or
 * truncated file, or a wrong passphrase, still yields an identity.
 */
import { wrapDriverOp, type ZooClient } from '../member.ts';

/** Opens a tampered store from a cache. */
export const member: ZooClient = {
  kind: 'client',
  name: 'keystore-fallback',
  breaks: ['REQ-CLIENT-003', 'REQ-CLIENT-001'],
  description: 'a key store that fails to open is answered from the last identity opened',
  ops: (ops) =>
    wrapDriverOp(ops, 'keystore.open', (op) => {
      let last: unknown;
      return async (params, ctx) => {
        try {
          last = await op.run(params, ctx);
          return last;
        } catch (e) {
          if (last !== undefined) return last;
          throw e;
        }
      };
    }),
};
