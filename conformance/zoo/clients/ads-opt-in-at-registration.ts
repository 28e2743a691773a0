/**
 * @module
 * Zoo client: the app opts every new account in to advertising right after
 * verification, in English, as a growth-minded default would; the user
 * never asked.
 */
import type { ZooClient } from '../member.ts';
import { wrapDriverOp } from '../member.ts';

/** Opts in at registration. */
export const member: ZooClient = {
  kind: 'client',
  name: 'ads-opt-in-at-registration',
  breaks: ['REQ-ADS-009'],
  description: 'a new account is opted in to advertising right after verification',
  ops: (ops) =>
    wrapDriverOp(ops, 'messages.verify', (op, table) => async (params, ctx) => {
      const result = await op.run(params, ctx);
      await table.get('ads.set')!.run({ on: true, language: 'en' }, ctx);
      return result;
    }),
};
