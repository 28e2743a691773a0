/**
 * @module
 * Zoo client: the one-time prekey is never marked used after a session is
 * accepted, so the same one-time prekey serves a second PreKeyMessage. The
 * fault decorates the reference ClientState's PreKeyStore method in this
 * driver process only.
 */
import { ClientState } from '../../../reference/client/clientState.ts';
import type { ZooClient } from '../member.ts';

/** Reuses a one-time prekey. */
export const member: ZooClient = {
  kind: 'client',
  name: 'prekey-not-consumed',
  breaks: ['REQ-SESSION-008'],
  description: 'the prekey store never records a one-time prekey as consumed, so it is accepted twice',
  ops(ops) {
    ClientState.prototype.consume = () => {};
    return ops;
  },
};
