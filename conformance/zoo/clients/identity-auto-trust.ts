/**
 * @module
 * Zoo client: trust on every use. When a peer's bundle carries another
 * identity key, the client records the new key and goes on, without asking
 * the user.
 */
import { DefTalkError } from '../../../reference/errors/index.ts';
import { wrapDriverOp, type ZooClient } from '../member.ts';

/** Accepts a changed identity key silently. */
export const member: ZooClient = {
  kind: 'client',
  name: 'identity-auto-trust',
  breaks: ['REQ-SESSION-015'],
  description: 'a changed identity key in a bundle is trusted silently instead of refused',
  ops: (ops) =>
    wrapDriverOp(ops, 'session.initiate', (op, table) => async (params, ctx) => {
      try {
        return await op.run(params, ctx);
      } catch (e) {
        if (!(e instanceof DefTalkError) || e.errorName !== 'IDENTITY_KEY_CHANGED') throw e;
        const bundle = params.bundle as { identityKey: string };
        await table.get('identity.trust')!.run({ peer: params.peer, identityKey: bundle.identityKey }, ctx);
        return op.run(params, ctx);
      }
    }),
};
