/**
 * @module
 * Zoo relay: a debugging line left in the presence route logs each answer
 * with the owner's account and whether it is online, so the relay's log
 * becomes a record of who was online when.
 */
import type { PresenceState } from '../../../reference/wire/presence.ts';
import type { ZooRelay } from '../member.ts';
import { wrapOperation } from './_decorate.ts';

/** Presence answers are written to the log. */
export const member: ZooRelay = {
  kind: 'relay',
  name: 'presence-logged',
  breaks: ['REQ-PRESENCE-003'],
  description: 'the presence route logs the owner and its online state at info level',
  parts: () => ({
    decorate: (_app, operations) =>
      wrapOperation(operations, 'presence.subscribe', (op) => ({
        ...op,
        handle: async (req) => {
          const state = (await op.handle(req)) as PresenceState;
          req.log.info(
            { owner: state.owner, online: state.online, lastSeenMs: state.lastSeenMs },
            'presence',
          );
          return state;
        },
      })),
  }),
};
