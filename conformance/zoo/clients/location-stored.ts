/**
 * @module
 * Zoo client: locations go out in the stored class. Its location sharing
 * hands every location to the messenger's stored path and the messenger's
 * transient-only guard was left out, so the relay queues the location for
 * offline devices and writes it to disk (breaks REQ-LOCATION-001).
 */
import { Messenger, TRANSIENT_ONLY_KINDS } from '../../../reference/client/messaging/messenger.ts';
import type { DirectContent } from '../../../reference/wire/content.ts';
import type { AccountId } from '../../../reference/wire/ids.ts';
import type { ZooClient } from '../member.ts';

/** Shares locations as stored messages. */
export const member: ZooClient = {
  kind: 'client',
  name: 'location-stored',
  breaks: ['REQ-LOCATION-001'],
  description: 'locations are sent as stored envelopes, so the relay queues them for offline devices',
  ops(ops) {
    TRANSIENT_ONLY_KINDS.clear();
    const sendTransient = Messenger.prototype.sendTransient;
    Messenger.prototype.sendTransient = async function storedLocation(
      this: Messenger,
      peer: AccountId,
      content: DirectContent,
    ): Promise<{ deliveredTo: number; peerDevices: number }> {
      if (content.kind === 'typing') return sendTransient.call(this, peer, content);
      await this.sendContent(peer, content, { transient: false });
      return { deliveredTo: 1, peerDevices: 1 };
    };
    return ops;
  },
};
