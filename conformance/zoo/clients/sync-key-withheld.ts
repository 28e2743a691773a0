/**
 * @module
 * Zoo client: the primary leaves the sync key out of the provisioning
 * payload, as a primary written before sync.md would, so a device it links
 * cannot restore the account's contacts (breaks REQ-SYNC-006).
 */
import { ClientState } from '../../../reference/client/clientState.ts';
import { wrapDriverOp, type ZooClient } from '../member.ts';

/** Links devices without the sync key. */
export const member: ZooClient = {
  kind: 'client',
  name: 'sync-key-withheld',
  breaks: ['REQ-SYNC-006'],
  description: 'the provisioning payload of a linked device carries no sync key',
  ops(ops) {
    const sync = Object.getOwnPropertyDescriptor(ClientState.prototype, 'sync')!;
    const setSync = ClientState.prototype.setSync;
    let linking = false;
    // While a link is approved the key is invisible, and no replacement key is kept.
    Object.defineProperty(ClientState.prototype, 'sync', {
      ...sync,
      get(this: ClientState) {
        return linking ? undefined : sync.get!.call(this);
      },
    });
    ClientState.prototype.setSync = function keepKey(this: ClientState, x) {
      if (!linking) setSync.call(this, x);
    };
    return wrapDriverOp(ops, 'messages.approveLink', (op) => async (params, ctx) => {
      linking = true;
      try {
        return await op.run(params, ctx);
      } finally {
        linking = false;
      }
    });
  },
};
