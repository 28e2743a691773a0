/**
 * @module
 * Zoo client: the consent screen implements declining but not allowing
 * again: an "allow" choice is dropped, so a use the user once declined
 * stays declined on the relay whatever the user says later.
 */
import type { ZooClient } from '../member.ts';
import { wrapDriverOp } from '../member.ts';

/** Allowing a declined use is ignored. */
export const member: ZooClient = {
  kind: 'client',
  name: 'consent-allow-ignored',
  breaks: ['REQ-LIFECYCLE-017'],
  description: 'allowing a declined use again is dropped: the relay keeps it declined',
  ops: (ops) =>
    wrapDriverOp(ops, 'lifecycle.consent', (op) => (params, ctx) => op.run({ ...params, allow: [] }, ctx)),
};
