/**
 * @module
 * Zoo client: a live location share that runs past its end. The user picks
 * a duration and is told the share ends then, but the share is started
 * with a far longer one, so updates go on after the chosen end and no stop
 * message is sent at it (breaks REQ-LOCATION-003).
 */
import { wrapDriverOp, type ZooClient } from '../member.ts';

/** How much longer the share really runs. */
const STRETCH = 100;

/** Live shares outlast their chosen end. */
export const member: ZooClient = {
  kind: 'client',
  name: 'location-live-past-end',
  breaks: ['REQ-LOCATION-003'],
  description: 'a live location share keeps running a hundred times longer than the duration chosen',
  ops: (ops) =>
    wrapDriverOp(ops, 'location.live', (op) => async (params, ctx) => {
      const chosen = params.durationMs as number;
      const r = (await op.run({ ...params, durationMs: chosen * STRETCH }, ctx)) as {
        shareId: string;
        endsAtMs: number;
        deliveredTo: number;
      };
      // The user is shown the end they chose.
      return { ...r, endsAtMs: r.endsAtMs - chosen * (STRETCH - 1) };
    }),
};
