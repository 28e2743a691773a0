/**
 * @module
 * Zoo client: every session message that cannot be used is reported as
 * DECRYPTION_FAILED ("one error is enough for the user"), so a malformed
 * message cannot be told from a forged one and the registered
 * INVALID_SESSION_MESSAGE is never answered.
 */
import { DefTalkError } from '../../../reference/errors/index.ts';
import { wrapDriverOp, type ZooClient } from '../member.ts';

/** Malformed messages get the wrong error. */
export const member: ZooClient = {
  kind: 'client',
  name: 'malformed-as-decryption-failed',
  breaks: ['REQ-SESSION-007'],
  description:
    'a malformed session message is refused as DECRYPTION_FAILED instead of INVALID_SESSION_MESSAGE',
  ops: (ops) =>
    wrapDriverOp(ops, 'session.decrypt', (op) => async (params, ctx) => {
      try {
        return await op.run(params, ctx);
      } catch (e) {
        if (e instanceof DefTalkError && e.errorName === 'INVALID_SESSION_MESSAGE')
          throw new DefTalkError('DECRYPTION_FAILED');
        throw e;
      }
    }),
};
