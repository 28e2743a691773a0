/**
 * @module
 * Zoo client: on a sync version conflict the client reads the record and
 * takes its version, but the merged contacts are never stored, so its next
 * write carries only its own entries and silently drops what the other
 * device wrote (breaks REQ-SYNC-007).
 */
import { ClientState } from '../../../reference/client/clientState.ts';
import type { ZooClient } from '../member.ts';

/** Drops the other device's entries on a conflict. */
export const member: ZooClient = {
  kind: 'client',
  name: 'sync-merge-dropped',
  breaks: ['REQ-SYNC-007'],
  description:
    'after a sync version conflict the merge result is thrown away and the local copy overwrites the record',
  ops(ops) {
    ClientState.prototype.setSyncData = function ignoreMerge(this: ClientState): void {
      // The merged snapshot is computed by the caller and lost here.
    };
    return ops;
  },
};
