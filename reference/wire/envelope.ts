/**
 * @module
 * The envelope (spec/delivery.md §Envelopes): one device's copy of a send as
 * the relay stores it and pushes it, with its envelope id
 * `(sender account, sender device, sequence)`. The relay encodes an
 * envelope once, at acceptance, and stores and pushes those exact bytes;
 * devices decode them with {@link decodeEnvelope} and deduplicate by
 * {@link envelopeIdKey}.
 */
import { u64 } from './_bytes.ts';
import { decodeMessage, requireField } from './codec.ts';
import { deftalk } from './generated/deftalk.js';
import { type AccountId, accountIdFromBytes, accountIdToBytes, type DeviceId, parseDeviceId } from './ids.ts';

/**
 * The id of an envelope (spec/delivery.md §Envelope ids): unique for all
 * time because device ids are never reused within an account, account ids
 * are never reused, and a device's sequence numbers only grow.
 */
export interface EnvelopeId {
  readonly senderAccount: AccountId;
  readonly senderDevice: DeviceId;
  readonly sequence: number;
}

/** One device's copy of a send, as pushed to the device (spec/delivery.md §Envelopes). */
export interface Envelope {
  readonly id: EnvelopeId;
  /** The send's destination account; the receiving device's own account for a direct message. */
  readonly destination: AccountId;
  /** Relay clock at acceptance, ms since the epoch. */
  readonly acceptedAtMs: number;
  readonly transient: boolean;
  /** The ciphertext sealed for the receiving device (a copy, never a view into a frame). */
  readonly ciphertext: Uint8Array;
}

/**
 * The text form of an envelope id, `account/device/sequence`: the key a
 * device deduplicates by (spec/delivery.md §Redelivery).
 * @example seen.has(envelopeIdKey(envelope.id))
 */
export function envelopeIdKey(id: EnvelopeId): string {
  return `${id.senderAccount}/${id.senderDevice}/${id.sequence}`;
}

/** Encode an envelope (spec/delivery.md §Envelopes). */
export function encodeEnvelope(e: Envelope): Uint8Array {
  return deftalk.v1.Envelope.encode({
    senderAccount: accountIdToBytes(e.id.senderAccount),
    senderDevice: e.id.senderDevice,
    sequence: e.id.sequence,
    destinationAccount: accountIdToBytes(e.destination),
    acceptedAtMs: e.acceptedAtMs,
    transient: e.transient,
    ciphertext: e.ciphertext,
  }).finish();
}

/**
 * Decode an envelope a relay pushed. Checks every field (spec/delivery.md
 * §Envelopes) and copies the ciphertext out of `bytes`, so holding the
 * result does not keep the whole frame alive.
 */
export function decodeEnvelope(bytes: Uint8Array): Envelope {
  const m = decodeMessage('deftalk.v1.Envelope', (b) => deftalk.v1.Envelope.decode(b), bytes);
  const sequence = u64(m.sequence, 'sequence');
  requireField(sequence >= 1, 'sequence');
  return {
    id: {
      senderAccount: accountIdFromBytes(m.senderAccount, 'sender_account'),
      senderDevice: parseDeviceId(m.senderDevice, 'sender_device'),
      sequence,
    },
    destination: accountIdFromBytes(m.destinationAccount, 'destination_account'),
    acceptedAtMs: u64(m.acceptedAtMs, 'accepted_at_ms'),
    transient: m.transient === true,
    ciphertext: Uint8Array.prototype.slice.call(m.ciphertext ?? new Uint8Array(0)),
  };
}
