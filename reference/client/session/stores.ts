/**
 * @module
 * Storage interfaces of the session layer (spec/session.md §Trusted
 * identities, §Receiving a PreKeyMessage) with in-memory implementations for
 * tests. The encrypted on-disk key store implements the same interfaces.
 */
import type { DhKeyPair, IdentityKey, IdentityKeyPair, KemKeyPair } from './keys.ts';

/** Our identity and the identity keys we trust for each peer account. */
export interface IdentityStore {
  /** Our own account identity key pair. */
  readonly localIdentity: IdentityKeyPair;
  /** The identity key recorded as trusted for `peer`, if any. */
  getTrusted(peer: string): IdentityKey | undefined;
  /** Record `key` as trusted for `peer` (first use, or after the user verified a changed key). */
  setTrusted(peer: string, key: IdentityKey): void;
}

/** An ML-KEM prekey with whether it is one-time (deleted after use) or last-resort. */
export interface KemPreKeyRecord {
  keyPair: KemKeyPair;
  oneTime: boolean;
}

/** Our private prekeys, by id, with the record of consumed one-time prekeys. */
export interface PreKeyStore {
  signedPreKey(id: number): DhKeyPair | undefined;
  kemPreKey(id: number): KemPreKeyRecord | undefined;
  oneTimePreKey(id: number): DhKeyPair | undefined;
  /** True when one-time prekey `id` (X25519, or ML-KEM when `kem`) was issued and already consumed. */
  wasConsumed(id: number, kem: boolean): boolean;
  /** Delete the private key of a one-time prekey and remember its id as consumed. */
  consume(id: number, kem: boolean): void;
}

/** Serialized session state per peer (spec/session.md §Session state serialization). */
export interface SessionStore {
  get(peer: string): Uint8Array | undefined;
  put(peer: string, state: Uint8Array): void;
}

/** In-memory {@link IdentityStore}. */
export class MemoryIdentityStore implements IdentityStore {
  readonly #trusted = new Map<string, IdentityKey>();
  constructor(readonly localIdentity: IdentityKeyPair) {}
  getTrusted(peer: string): IdentityKey | undefined {
    return this.#trusted.get(peer);
  }
  setTrusted(peer: string, key: IdentityKey): void {
    this.#trusted.set(peer, key);
  }
}

/** In-memory {@link PreKeyStore}. */
export class MemoryPreKeyStore implements PreKeyStore {
  readonly signed = new Map<number, DhKeyPair>();
  readonly kem = new Map<number, KemPreKeyRecord>();
  readonly oneTime = new Map<number, DhKeyPair>();
  readonly #consumed = new Set<string>();
  signedPreKey(id: number): DhKeyPair | undefined {
    return this.signed.get(id);
  }
  kemPreKey(id: number): KemPreKeyRecord | undefined {
    return this.kem.get(id);
  }
  oneTimePreKey(id: number): DhKeyPair | undefined {
    return this.oneTime.get(id);
  }
  wasConsumed(id: number, kem: boolean): boolean {
    return this.#consumed.has(`${kem ? 'kem' : 'ec'}:${id}`);
  }
  consume(id: number, kem: boolean): void {
    if (kem) this.kem.delete(id);
    else this.oneTime.delete(id);
    this.#consumed.add(`${kem ? 'kem' : 'ec'}:${id}`);
  }
}

/** In-memory {@link SessionStore}. */
export class MemorySessionStore implements SessionStore {
  readonly #sessions = new Map<string, Uint8Array>();
  get(peer: string): Uint8Array | undefined {
    return this.#sessions.get(peer);
  }
  put(peer: string, state: Uint8Array): void {
    this.#sessions.set(peer, state);
  }
}
