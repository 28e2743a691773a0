/**
 * @module
 * Session keys (spec/session.md §Keys). Local keys hold a secret and are
 * distinct classes from the remote (public) keys they correspond to, so a
 * peer's key can never be passed where one of ours is needed. No secret ever
 * prints: every local key redacts itself in `util.inspect`, `toString` and
 * `JSON.stringify` (spec/session.md §Secrets).
 *
 * @example
 * ```ts
 * const alice = IdentityKeyPair.generate();
 * const spk = DhKeyPair.generate();
 * const sig = alice.sign(signedPrekeyPayload(spk.publicKey, 1));
 * alice.publicKey.verify(signedPrekeyPayload(spk.publicKey, 1), sig); // true
 * ```
 */
import { ed25519, x25519 } from '@noble/curves/ed25519.js';
import { randomBytes } from '@noble/hashes/utils.js';
import { ml_kem768 } from '@noble/post-quantum/ml-kem.js';
import { DefTalkError } from '../../errors/index.ts';
import { copy, ctEqual, expectLength, INSPECT, isAllZero, REDACTED, toHex } from './_bytes.ts';

/** A source of random bytes; tests and vector generation pass a seeded one. */
export type RandomSource = (length: number) => Uint8Array;

/** The operating system's CSPRNG, through noble. */
export const systemRandom: RandomSource = (length) => randomBytes(length);

/** Lengths of spec/session.md §Keys. */
export const KEY_LENGTHS = {
  identityKey: 32,
  identitySeed: 32,
  signature: 64,
  x25519: 32,
  kemPublicKey: 1184,
  kemSecretKey: 2400,
  kemSeed: 64,
  kemCiphertext: 1088,
  kemEncapsRandomness: 32,
} as const;

/** Base of every secret-holding class: prints and serializes as `[REDACTED]`. */
abstract class Redacted {
  protected abstract readonly kind: string;
  [INSPECT](): string {
    return `${this.kind} ${REDACTED}`;
  }
  toString(): string {
    return `${this.kind} ${REDACTED}`;
  }
  toJSON(): string {
    return REDACTED;
  }
}

/**
 * `X25519(k, u)` with the checks of spec/session.md §Diffie-Hellman: a peer
 * key of the wrong length, or an agreement whose output is all zero (a
 * small-order peer key), fails with `INVALID_KEY`.
 */
export function x25519Agree(secret: Uint8Array, peerPublic: Uint8Array): Uint8Array {
  expectLength(peerPublic, KEY_LENGTHS.x25519, 'INVALID_KEY');
  let out: Uint8Array;
  try {
    out = x25519.getSharedSecret(secret, peerPublic);
  } catch (cause) {
    // noble refuses an all-zero result itself (RFC 7748 §6.1); same error either way.
    throw new DefTalkError('INVALID_KEY', undefined, { cause });
  }
  if (isAllZero(out)) throw new DefTalkError('INVALID_KEY');
  return out;
}

/** A peer's account identity key: an Ed25519 public key (spec/session.md §Keys). */
export class IdentityKey {
  readonly #bytes: Uint8Array;

  private constructor(bytes: Uint8Array) {
    this.#bytes = bytes;
  }

  /**
   * Decode a 32-byte Ed25519 public key; a non-canonical encoding, a point not
   * on the curve or a small-order point fails with `INVALID_KEY`.
   */
  static fromBytes(bytes: Uint8Array): IdentityKey {
    expectLength(bytes, KEY_LENGTHS.identityKey, 'INVALID_KEY');
    try {
      const p = ed25519.Point.fromBytes(bytes, false);
      if (p.isSmallOrder()) throw new Error('small order');
    } catch (cause) {
      throw new DefTalkError('INVALID_KEY', undefined, { cause });
    }
    return new IdentityKey(copy(bytes));
  }

  /** The 32-byte encoding (public). */
  get bytes(): Uint8Array {
    return copy(this.#bytes);
  }

  /** `EdToX_pub(IK)`: the X25519 form used in the handshake. */
  toX25519(): Uint8Array {
    return ed25519.utils.toMontgomery(this.#bytes);
  }

  /** Strict RFC 8032 verification (canonical encodings, no ZIP-215 leniency). */
  verify(message: Uint8Array, signature: Uint8Array): boolean {
    if (!(signature instanceof Uint8Array) || signature.length !== KEY_LENGTHS.signature) return false;
    try {
      return ed25519.verify(signature, message, this.#bytes, { zip215: false });
    } catch {
      return false;
    }
  }

  /** Equality of two public identity keys. */
  equals(other: IdentityKey): boolean {
    return ctEqual(this.#bytes, other.#bytes);
  }

  /** Public keys print as hex: they are not secret. */
  [INSPECT](): string {
    return `IdentityKey(${toHex(this.#bytes)})`;
  }
  toJSON(): string {
    return toHex(this.#bytes);
  }
}

/** Our own identity key pair: the Ed25519 seed and its public key. Never printed. */
export class IdentityKeyPair extends Redacted {
  protected readonly kind = 'IdentityKeyPair';
  readonly #seed: Uint8Array;
  /** The public half, safe to publish. */
  readonly publicKey: IdentityKey;

  private constructor(seed: Uint8Array) {
    super();
    this.#seed = seed;
    this.publicKey = IdentityKey.fromBytes(ed25519.getPublicKey(seed));
  }

  /** From a 32-byte RFC 8032 seed. */
  static fromSeed(seed: Uint8Array): IdentityKeyPair {
    expectLength(seed, KEY_LENGTHS.identitySeed, 'INVALID_KEY');
    return new IdentityKeyPair(copy(seed));
  }

  /** A fresh identity from `random`. */
  static generate(random: RandomSource = systemRandom): IdentityKeyPair {
    return IdentityKeyPair.fromSeed(random(KEY_LENGTHS.identitySeed));
  }

  /** `Ed25519.Sign(seed, message)`. */
  sign(message: Uint8Array): Uint8Array {
    return ed25519.sign(message, this.#seed);
  }

  /** `X25519(EdToX_sec(seed), peer)` with the checks of {@link x25519Agree}. */
  agree(peerX25519: Uint8Array): Uint8Array {
    return x25519Agree(ed25519.utils.toMontgomerySecret(this.#seed), peerX25519);
  }

  /** Hazmat: the seed, for the encrypted key store only. */
  exposeSeed(): Uint8Array {
    return copy(this.#seed);
  }
}

/** A peer's X25519 public key (signed prekey, one-time prekey, ephemeral or ratchet key). */
export class DhPublicKey {
  readonly #bytes: Uint8Array;

  private constructor(bytes: Uint8Array) {
    this.#bytes = bytes;
  }

  /** Decode 32 raw bytes; any other length fails with `INVALID_KEY`. */
  static fromBytes(bytes: Uint8Array): DhPublicKey {
    expectLength(bytes, KEY_LENGTHS.x25519, 'INVALID_KEY');
    return new DhPublicKey(copy(bytes));
  }

  /** The raw 32 bytes (public). */
  get bytes(): Uint8Array {
    return copy(this.#bytes);
  }

  /** Equality of two public keys. */
  equals(other: DhPublicKey): boolean {
    return ctEqual(this.#bytes, other.#bytes);
  }

  [INSPECT](): string {
    return `DhPublicKey(${toHex(this.#bytes)})`;
  }
  toJSON(): string {
    return toHex(this.#bytes);
  }
}

/** Our X25519 key pair. Never printed. */
export class DhKeyPair extends Redacted {
  protected readonly kind = 'DhKeyPair';
  readonly #secret: Uint8Array;
  /** The public half. */
  readonly publicKey: DhPublicKey;

  private constructor(secret: Uint8Array) {
    super();
    this.#secret = secret;
    this.publicKey = DhPublicKey.fromBytes(x25519.getPublicKey(secret));
  }

  /** From a 32-byte X25519 secret (RFC 7748 clamps it on use). */
  static fromSecret(secret: Uint8Array): DhKeyPair {
    expectLength(secret, KEY_LENGTHS.x25519, 'INVALID_KEY');
    return new DhKeyPair(copy(secret));
  }

  /** A fresh key pair: 32 bytes from `random` (spec/session.md §Randomness). */
  static generate(random: RandomSource = systemRandom): DhKeyPair {
    return DhKeyPair.fromSecret(random(KEY_LENGTHS.x25519));
  }

  /** `X25519(secret, peer)` with the checks of {@link x25519Agree}. */
  agree(peer: DhPublicKey | Uint8Array): Uint8Array {
    return x25519Agree(this.#secret, peer instanceof DhPublicKey ? peer.bytes : peer);
  }

  /** Hazmat: the secret, for serialization into the encrypted key store only. */
  exposeSecret(): Uint8Array {
    return copy(this.#secret);
  }
}

/** A peer's ML-KEM-768 encapsulation key (1184 bytes). */
export class KemPublicKey {
  readonly #bytes: Uint8Array;

  private constructor(bytes: Uint8Array) {
    this.#bytes = bytes;
  }

  /**
   * Decode 1184 bytes; the FIPS 203 §7.2 modulus check is applied, and a key
   * failing it (or of another length) fails with `INVALID_KEY`.
   */
  static fromBytes(bytes: Uint8Array): KemPublicKey {
    expectLength(bytes, KEY_LENGTHS.kemPublicKey, 'INVALID_KEY');
    try {
      // Encapsulating once runs noble's encapsulation-key check (FIPS 203 §7.2).
      ml_kem768.encapsulate(bytes, new Uint8Array(KEY_LENGTHS.kemEncapsRandomness));
    } catch (cause) {
      throw new DefTalkError('INVALID_KEY', undefined, { cause });
    }
    return new KemPublicKey(copy(bytes));
  }

  /** The 1184 bytes (public). */
  get bytes(): Uint8Array {
    return copy(this.#bytes);
  }

  /** `ML-KEM-768.Encaps(ek)` with the 32-byte randomness `m` drawn from `random`. */
  encapsulate(random: RandomSource = systemRandom): { ciphertext: Uint8Array; sharedSecret: Uint8Array } {
    const { cipherText, sharedSecret } = ml_kem768.encapsulate(
      this.#bytes,
      random(KEY_LENGTHS.kemEncapsRandomness),
    );
    return { ciphertext: cipherText, sharedSecret };
  }

  [INSPECT](): string {
    return `KemPublicKey(${toHex(this.#bytes.subarray(0, 8))}…)`;
  }
  toJSON(): string {
    return toHex(this.#bytes);
  }
}

/** Our ML-KEM-768 key pair. Never printed. */
export class KemKeyPair extends Redacted {
  protected readonly kind = 'KemKeyPair';
  readonly #seed: Uint8Array;
  readonly #secretKey: Uint8Array;
  /** The public half. */
  readonly publicKey: KemPublicKey;

  private constructor(seed: Uint8Array) {
    super();
    this.#seed = seed;
    const { secretKey, publicKey } = ml_kem768.keygen(copy(seed));
    this.#secretKey = secretKey;
    this.publicKey = KemPublicKey.fromBytes(publicKey);
  }

  /** From the 64-byte FIPS 203 seed `d || z` (`ML-KEM.KeyGen_internal`). */
  static fromSeed(seed: Uint8Array): KemKeyPair {
    expectLength(seed, KEY_LENGTHS.kemSeed, 'INVALID_KEY');
    return new KemKeyPair(copy(seed));
  }

  /** A fresh key pair from 64 bytes of `random`. */
  static generate(random: RandomSource = systemRandom): KemKeyPair {
    return KemKeyPair.fromSeed(random(KEY_LENGTHS.kemSeed));
  }

  /** `ML-KEM-768.Decaps(dk, ct)`; a ciphertext of the wrong length fails with `INVALID_SESSION_MESSAGE`. */
  decapsulate(ciphertext: Uint8Array): Uint8Array {
    expectLength(ciphertext, KEY_LENGTHS.kemCiphertext, 'INVALID_SESSION_MESSAGE');
    return ml_kem768.decapsulate(ciphertext, this.#secretKey);
  }

  /** Hazmat: the 64-byte seed, for the encrypted key store only. */
  exposeSeed(): Uint8Array {
    return copy(this.#seed);
  }
}
