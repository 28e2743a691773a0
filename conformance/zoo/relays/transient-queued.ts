/**
 * @module
 * Zoo relay: a send handler that drops the `transient` flag while copying
 * the request into its own shape, so transient envelopes are queued and
 * written to disk like stored ones.
 */
import type { Send } from '../../../reference/wire/delivery.ts';
import type { ZooRelay } from '../member.ts';
import { wrapOperation } from './_decorate.ts';

/** Transient sends are stored. */
export const member: ZooRelay = {
  kind: 'relay',
  name: 'transient-queued',
  breaks: ['REQ-DELIVERY-011'],
  description: 'the send handler loses the transient flag, so typing indicators are queued on disk',
  parts: () => ({
    decorate(_app, operations) {
      wrapOperation(operations, 'messages.send', (op) => ({
        ...op,
        handle: (req) =>
          op.handle({ ...req, body: (req.body as Send[]).map((s) => ({ ...s, transient: false })) }),
      }));
    },
  }),
};
