/**
 * @module
 * Zoo client: replay protection by counter. It remembers the highest
 * message number seen per peer and ratchet key and refuses anything not
 * above it as a duplicate, so a message that arrives after a later one of
 * the same chain (a reordering any network produces) is lost.
 */
import { DefTalkError } from '../../../reference/errors/index.ts';
import { wrapDriverOp, type ZooClient } from '../member.ts';

/** spec/session.md §PreKeyMessage encoding: the embedded Message starts at 1166. */
const PREKEY_MESSAGE_PREFIX = 1166;

/** Out-of-order messages are refused as replays. */
export const member: ZooClient = {
  kind: 'client',
  name: 'counter-replay-window',
  breaks: ['REQ-SESSION-010'],
  description: 'a message numbered below the highest seen in its chain is refused as a duplicate',
  ops: (ops) => {
    const highest = new Map<string, number>();
    return wrapDriverOp(ops, 'session.decrypt', (op) => async (params, ctx) => {
      const wire = Buffer.from(String(params.ciphertext), 'base64');
      const msg = wire[0] === 0x02 ? wire.subarray(PREKEY_MESSAGE_PREFIX) : wire;
      const out = await op.run(params, ctx);
      // Header = 0x01 || DHs (32) || u32(PN) || u32(N): checked after a successful decrypt, as the counter "window".
      if (msg.length >= 41) {
        const key = `${String(params.peer)}|${msg.subarray(1, 33).toString('hex')}`;
        const n = msg.readUInt32BE(37);
        const top = highest.get(key);
        if (top !== undefined && n <= top) throw new DefTalkError('DUPLICATE_MESSAGE');
        highest.set(key, n);
      }
      return out;
    });
  },
};
