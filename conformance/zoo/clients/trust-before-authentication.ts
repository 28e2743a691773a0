/**
 * @module
 * Zoo client: trust on first use, recorded as soon as a PreKeyMessage from
 * an unknown peer arrives, before its embedded Message has authenticated,
 * so anyone can pin an identity key for a peer name with one forged message.
 */
import { wrapDriverOp, type ZooClient } from '../member.ts';

/** spec/session.md §PreKeyMessage encoding: IK_A at 1..33. */
const IK_A = [1, 33] as const;

/** An unauthenticated PreKeyMessage records the identity key. */
export const member: ZooClient = {
  kind: 'client',
  name: 'trust-before-authentication',
  breaks: ['REQ-SESSION-009'],
  description: 'the identity key of a PreKeyMessage is recorded as trusted before the message authenticates',
  ops: (ops) =>
    wrapDriverOp(ops, 'session.decrypt', (op, table) => async (params, ctx) => {
      const wire = Buffer.from(String(params.ciphertext), 'base64');
      if (wire[0] === 0x02 && wire.length > IK_A[1]) {
        const known = (await table.get('identity.trusted')!.run({ peer: params.peer }, ctx)) as {
          identityKey: string | null;
        };
        if (known.identityKey === null) {
          const identityKey = wire.subarray(IK_A[0], IK_A[1]).toString('base64');
          await table.get('identity.trust')!.run({ peer: params.peer, identityKey }, ctx);
        }
      }
      return op.run(params, ctx);
    }),
};
