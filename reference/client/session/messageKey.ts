/**
 * @module
 * Message keys and message encryption (spec/session.md §Message encryption).
 * A 32-byte message key mk is expanded into an AEAD key and nonce, and the
 * message is sealed with ChaCha20-Poly1305 under the session AD and the
 * encoded header:
 *
 * ```
 * okm   = HKDF(salt = 32 zero bytes, IKM = mk, info = "DefTalk-v1 message keys", L = 44)
 * key   = okm[0..31], nonce = okm[32..43]
 * ct    = ChaCha20-Poly1305.Seal(key, nonce, aad = AD || header, plaintext)
 * ```
 */
import { chacha20poly1305 } from '@noble/ciphers/chacha.js';
import { hkdf } from '@noble/hashes/hkdf.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { DefTalkError } from '../../errors/index.ts';
import { ascii, concat, copy, expectLength, INSPECT, REDACTED } from './_bytes.ts';

/** `"DefTalk-v1 message keys"`, hex 44656654616c6b2d7631206d657373616765206b657973. */
export const MESSAGE_KEYS_INFO: Uint8Array = ascii('DefTalk-v1 message keys');

const ZERO_SALT = new Uint8Array(32);

/** The AEAD key and nonce derived from a message key. */
export interface AeadParams {
  key: Uint8Array;
  nonce: Uint8Array;
}

/** A single-use message key. Never printed. */
export class MessageKey {
  readonly #bytes: Uint8Array;
  /** The message number N this key belongs to. */
  readonly index: number;

  constructor(bytes: Uint8Array, index: number) {
    expectLength(bytes, 32, 'INVALID_SESSION_STATE');
    this.#bytes = copy(bytes);
    this.index = index;
  }

  /** Hazmat: the AEAD key and nonce (exported for test vectors). */
  aeadParams(): AeadParams {
    const okm = hkdf(sha256, this.#bytes, ZERO_SALT, MESSAGE_KEYS_INFO, 44);
    return { key: okm.slice(0, 32), nonce: okm.slice(32, 44) };
  }

  /** Seal `plaintext` under `AD || header`. */
  encrypt(plaintext: Uint8Array, ad: Uint8Array, header: Uint8Array): Uint8Array {
    const { key, nonce } = this.aeadParams();
    return chacha20poly1305(key, nonce, concat(ad, header)).encrypt(plaintext);
  }

  /** Open `ciphertext` under `AD || header`; a failed tag check is `DECRYPTION_FAILED`. */
  decrypt(ciphertext: Uint8Array, ad: Uint8Array, header: Uint8Array): Uint8Array {
    const { key, nonce } = this.aeadParams();
    try {
      return chacha20poly1305(key, nonce, concat(ad, header)).decrypt(ciphertext);
    } catch (cause) {
      throw new DefTalkError('DECRYPTION_FAILED', undefined, { cause });
    }
  }

  /** Hazmat: the key bytes, for the skipped-key store's serialization only. */
  expose(): Uint8Array {
    return copy(this.#bytes);
  }

  [INSPECT](): string {
    return `MessageKey(${this.index}) ${REDACTED}`;
  }
  toString(): string {
    return `MessageKey(${this.index}) ${REDACTED}`;
  }
  toJSON(): string {
    return REDACTED;
  }
}
