/**
 * @module
 * Zoo client: a location that arrives in a stored envelope is shown like a
 * transient one, as a client whose stored path forgot the transient-only
 * rule would (breaks REQ-LOCATION-005). The reference messenger is left as
 * it is; the fault is grafted on from outside: the socket notes which
 * pushed ciphertexts came stored, the session decryption shows the
 * locations among them to the messenger's listeners.
 */
import { DefTalkClient } from '../../../reference/client/client.ts';
import { Messenger, type MessengerEvent } from '../../../reference/client/messaging/messenger.ts';
import { RelayConnection } from '../../../reference/client/relayConnection.ts';
import { decodeContent } from '../../../reference/wire/content.ts';
import { decodeEnvelope } from '../../../reference/wire/envelope.ts';
import type { ZooClient } from '../member.ts';

/** Shows locations from stored envelopes. */
export const member: ZooClient = {
  kind: 'client',
  name: 'location-shows-stored',
  breaks: ['REQ-LOCATION-005'],
  description: 'a location that came in a stored envelope is shown as if it had been sent transient',
  ops(ops) {
    const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
    const storedCiphertexts = new Set<string>();
    const listeners = new Set<(e: MessengerEvent) => void>();

    const onEvent = Messenger.prototype.onEvent;
    Messenger.prototype.onEvent = function heardBy(this: Messenger, listener) {
      listeners.add(listener);
      const off = onEvent.call(this, listener);
      return () => {
        listeners.delete(listener);
        off();
      };
    };

    const openSocket = RelayConnection.prototype.openSocket;
    RelayConnection.prototype.openSocket = function notingStored(this: RelayConnection, opts = {}) {
      const onRequest = opts.onRequest;
      if (!onRequest) return openSocket.call(this, opts);
      return openSocket.call(this, {
        ...opts,
        onRequest: (req) => {
          try {
            const envelope = decodeEnvelope(req.body);
            if (!envelope.transient) storedCiphertexts.add(hex(envelope.ciphertext));
          } catch {
            // Not an envelope: the messenger answers it.
          }
          return onRequest(req);
        },
      });
    };

    const decrypt = DefTalkClient.prototype.decryptDeferred;
    DefTalkClient.prototype.decryptDeferred = function showingStored(
      this: DefTalkClient,
      from,
      device,
      bytes,
    ) {
      const plaintext = decrypt.call(this, from, device, bytes);
      if (storedCiphertexts.delete(hex(bytes))) {
        try {
          const c = decodeContent(plaintext);
          if (c.kind === 'location' || c.kind === 'live-location') {
            const live =
              c.kind === 'live-location' ? { live: { shareId: c.shareId, endsAtMs: c.endsAtMs } } : {};
            const shown: MessengerEvent = {
              type: 'location',
              location: { from, device, position: c.position, ...live },
            };
            for (const l of listeners) l(shown);
          }
        } catch {
          // Not content: the messenger reports it undecryptable.
        }
      }
      return plaintext;
    };
    return ops;
  },
};
