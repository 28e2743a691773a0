/**
 * @module
 * Zoo client: the highest device-list version accepted for a peer is looked
 * up under the session address (`account.device`) instead of the account, so
 * it is never found and any validly signed list is taken, an older one
 * replayed by a relay included: a removed device comes back and is
 * encrypted to. The fault decorates the reference ClientState in this driver
 * process only.
 */
import { ClientState } from '../../../reference/client/clientState.ts';
import type { ZooClient } from '../member.ts';

/** Accepts a stale device list. */
export const member: ZooClient = {
  kind: 'client',
  name: 'device-list-downgrade',
  breaks: ['REQ-CLIENT-013'],
  description: 'the held device-list version is never found, so a replayed older list replaces the newer one',
  ops(ops) {
    ClientState.prototype.heldDeviceListVersion = () => undefined;
    return ops;
  },
};
