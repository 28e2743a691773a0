/**
 * @module
 * Zoo client: the safety number shows the local half first instead of the
 * two halves in their sorted order, so the two users see different numbers.
 */
import { wrapDriverOp, type ZooClient } from '../member.ts';

/** Halves in the wrong order. */
export const member: ZooClient = {
  kind: 'client',
  name: 'safety-number-unsorted',
  breaks: ['REQ-FPR-001'],
  description: 'the 60 digits put the two 30-digit halves in the reverse order',
  ops: (ops) =>
    wrapDriverOp(ops, 'safety.number', (op) => async (params, ctx) => {
      const sn = (await op.run(params, ctx)) as { digits: string; display: string; scannable: string };
      const digits = sn.digits.slice(30) + sn.digits.slice(0, 30);
      return { ...sn, digits, display: digits.match(/\d{5}/g)!.join(' ') };
    }),
};
