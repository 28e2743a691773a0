/**
 * @module
 * Zoo client: after a message it cannot decrypt, the client marks the
 * session with that peer broken and refuses it until the peer starts a new
 * one ("reset on error"), so one forged message from anyone who can reach
 * the client ends a genuine conversation.
 */
import { DefTalkError } from '../../../reference/errors/index.ts';
import { wrapDriverOp, type ZooClient } from '../member.ts';

/** A refused message breaks the session. */
export const member: ZooClient = {
  kind: 'client',
  name: 'refusal-drops-session',
  breaks: ['REQ-SESSION-017'],
  description: 'a refused session message marks the session broken, so the genuine conversation stops',
  ops: (ops) => {
    const broken = new Set<string>();
    const refuse = (peer: unknown) => {
      if (broken.has(String(peer))) throw new DefTalkError('NO_SESSION');
    };
    const withDecrypt = wrapDriverOp(ops, 'session.decrypt', (op) => async (params, ctx) => {
      refuse(params.peer);
      try {
        return await op.run(params, ctx);
      } catch (e) {
        if (e instanceof DefTalkError && e.errorName !== 'IDENTITY_KEY_CHANGED')
          broken.add(String(params.peer));
        throw e;
      }
    });
    return wrapDriverOp(withDecrypt, 'session.encrypt', (op) => async (params, ctx) => {
      refuse(params.peer);
      return op.run(params, ctx);
    });
  },
};
