/**
 * @module
 * Chain keys and KDF_CK (spec/session.md §KDF_CK): the symmetric ratchet.
 *
 * ```
 * mk  = HMAC(ck, 0x01)
 * ck' = HMAC(ck, 0x02)
 * ```
 */
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { copy, expectLength, INSPECT, REDACTED } from './_bytes.ts';
import { MessageKey } from './messageKey.ts';

const MESSAGE_KEY_SEED = Uint8Array.of(0x01);
const CHAIN_KEY_SEED = Uint8Array.of(0x02);

/** A sending or receiving chain key with the number of the next message it yields. Never printed. */
export class ChainKey {
  readonly #bytes: Uint8Array;
  /** Number (N) of the message whose key {@link messageKey} returns. */
  readonly index: number;

  constructor(bytes: Uint8Array, index: number) {
    expectLength(bytes, 32, 'INVALID_SESSION_STATE');
    this.#bytes = copy(bytes);
    this.index = index;
  }

  /** `mk = HMAC(ck, 0x01)` for message number {@link index}. */
  messageKey(): MessageKey {
    return new MessageKey(hmac(sha256, this.#bytes, MESSAGE_KEY_SEED), this.index);
  }

  /** `ck' = HMAC(ck, 0x02)`: the chain key for the next message. */
  next(): ChainKey {
    return new ChainKey(hmac(sha256, this.#bytes, CHAIN_KEY_SEED), this.index + 1);
  }

  /** Hazmat: the key bytes, for serialization into the encrypted key store only. */
  expose(): Uint8Array {
    return copy(this.#bytes);
  }

  [INSPECT](): string {
    return `ChainKey(${this.index}) ${REDACTED}`;
  }
  toString(): string {
    return `ChainKey(${this.index}) ${REDACTED}`;
  }
  toJSON(): string {
    return REDACTED;
  }
}
