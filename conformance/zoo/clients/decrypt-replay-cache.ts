/**
 * @module
 * Zoo client: a decrypt cache keyed by ciphertext, meant to make retries
 * idempotent, that answers a replayed message with its plaintext again.
 */
import { wrapDriverOp, type ZooClient } from '../member.ts';

/** Accepts a replayed message. */
export const member: ZooClient = {
  kind: 'client',
  name: 'decrypt-replay-cache',
  breaks: ['REQ-SESSION-011'],
  description: 'a per-ciphertext decrypt cache returns the plaintext of a replayed message again',
  ops: (ops) =>
    wrapDriverOp(ops, 'session.decrypt', (op) => {
      const cache = new Map<string, unknown>();
      return async (params, ctx) => {
        const k = `${String(params.peer)}|${String(params.ciphertext)}`;
        if (cache.has(k)) return cache.get(k);
        const out = await op.run(params, ctx);
        cache.set(k, out);
        return out;
      };
    }),
};
