/**
 * @module
 * The skipped message-key store (spec/session.md §Skipped message keys). Keys
 * of messages not yet received are kept, indexed by the sender's ratchet
 * public key and the message number, until they are used once and deleted.
 * The store never holds more than {@link MAX_SKIPPED_KEYS} keys: the oldest
 * are evicted first.
 */
import { toHex } from './_bytes.ts';
import type { DhPublicKey } from './keys.ts';
import type { MessageKey } from './messageKey.ts';

/** Most message keys one receiving step may skip (spec/session.md §Constants). */
export const MAX_SKIP = 1000;
/** Most skipped message keys kept in total per session; the oldest are evicted first. */
export const MAX_SKIPPED_KEYS = 2000;

/** One stored key with where it belongs. */
export interface SkippedKey {
  ratchetKey: Uint8Array;
  key: MessageKey;
}

/** Insertion-ordered store of skipped message keys. */
export class SkippedKeys {
  readonly #keys = new Map<string, SkippedKey>();

  /** Number of stored keys. */
  get size(): number {
    return this.#keys.size;
  }

  /** Store the key of message `key.index` of the chain of `ratchetKey`, evicting the oldest beyond the bound. */
  put(ratchetKey: DhPublicKey, key: MessageKey): void {
    const bytes = ratchetKey.bytes;
    this.#keys.set(`${toHex(bytes)}:${key.index}`, { ratchetKey: bytes, key });
    while (this.#keys.size > MAX_SKIPPED_KEYS) {
      const oldest = this.#keys.keys().next().value as string;
      this.#keys.delete(oldest);
    }
  }

  /** Remove and return the key for message `n` of the chain of `ratchetKey`, if stored. */
  take(ratchetKey: DhPublicKey, n: number): MessageKey | undefined {
    const id = `${toHex(ratchetKey.bytes)}:${n}`;
    const found = this.#keys.get(id);
    if (found) this.#keys.delete(id);
    return found?.key;
  }

  /** Every stored key in insertion order (for serialization). */
  entries(): SkippedKey[] {
    return [...this.#keys.values()];
  }

  /** An independent copy (decryption works on a copy and commits on success). */
  clone(): SkippedKeys {
    const c = new SkippedKeys();
    for (const [k, v] of this.#keys) c.#keys.set(k, v);
    return c;
  }
}
