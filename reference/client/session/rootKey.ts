/**
 * @module
 * The root key and KDF_RK (spec/session.md §KDF_RK): each DH ratchet step
 * mixes a Diffie-Hellman output into the root chain and yields a new root key
 * and a new chain key.
 *
 * ```
 * KDF_RK(rk, dh_out) = HKDF(salt = rk, IKM = dh_out, info = "DefTalk-v1 ratchet", L = 64)
 *   -> rk' = bytes 0..31, ck = bytes 32..63
 * ```
 */
import { hkdf } from '@noble/hashes/hkdf.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { ascii, copy, expectLength, INSPECT, REDACTED } from './_bytes.ts';
import { ChainKey } from './chainKey.ts';

/** `"DefTalk-v1 ratchet"`, hex 44656654616c6b2d76312072617463686574. */
export const RATCHET_INFO: Uint8Array = ascii('DefTalk-v1 ratchet');

/** A 32-byte root key. Never printed. */
export class RootKey {
  readonly #bytes: Uint8Array;

  /** From 32 bytes: the PQXDH shared key SK, or a deserialized root key. */
  constructor(bytes: Uint8Array) {
    expectLength(bytes, 32, 'INVALID_SESSION_STATE');
    this.#bytes = copy(bytes);
  }

  /** KDF_RK: advance the root chain with `dhOut` (spec/session.md §KDF_RK). */
  advance(dhOut: Uint8Array): { rootKey: RootKey; chainKey: ChainKey } {
    const okm = hkdf(sha256, dhOut, this.#bytes, RATCHET_INFO, 64);
    return { rootKey: new RootKey(okm.subarray(0, 32)), chainKey: new ChainKey(okm.subarray(32, 64), 0) };
  }

  /** Hazmat: the key bytes, for serialization into the encrypted key store only. */
  expose(): Uint8Array {
    return copy(this.#bytes);
  }

  [INSPECT](): string {
    return `RootKey ${REDACTED}`;
  }
  toString(): string {
    return `RootKey ${REDACTED}`;
  }
  toJSON(): string {
    return REDACTED;
  }
}
