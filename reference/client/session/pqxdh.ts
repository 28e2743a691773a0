/**
 * @module
 * The PQXDH handshake (spec/session.md §PQXDH): the initiator combines four
 * (or three, without a one-time prekey) X25519 agreements and one ML-KEM-768
 * encapsulation into the shared key SK; the responder recomputes SK from the
 * PreKeyMessage and its private prekeys.
 *
 * ```
 * SK = HKDF(salt = 32 zero bytes,
 *           IKM  = F || DH1 || DH2 || DH3 [|| DH4] || SS,
 *           info = "DefTalk-v1_X25519_SHA-256_ML-KEM-768", L = 32)
 * AD = IK_A || IK_B
 * ```
 */
import { hkdf } from '@noble/hashes/hkdf.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { DefTalkError } from '../../errors/index.ts';
import { ascii, concat } from './_bytes.ts';
import {
  DhKeyPair,
  DhPublicKey,
  type IdentityKey,
  type IdentityKeyPair,
  type KemKeyPair,
  type KemPublicKey,
  type RandomSource,
  systemRandom,
} from './keys.ts';
import type { PreKeyMessage } from './preKeyMessage.ts';
import { verifyKemPrekey, verifySignedPrekey } from './signedPrekey.ts';

/** `"DefTalk-v1_X25519_SHA-256_ML-KEM-768"`, hex 44656654616c6b2d76315f5832353531395f5348412d3235365f4d4c2d4b454d2d373638. */
export const PQXDH_INFO: Uint8Array = ascii('DefTalk-v1_X25519_SHA-256_ML-KEM-768');
/** F: 32 bytes 0xFF, prepended to the key material as in X3DH and PQXDH for X25519. */
export const PQXDH_F: Uint8Array = new Uint8Array(32).fill(0xff);

/** A responder's prekey bundle as fetched from the key directory (spec/keys.md). */
export interface PreKeyBundle {
  identityKey: IdentityKey;
  signedPreKeyId: number;
  signedPreKey: DhPublicKey;
  signedPreKeySignature: Uint8Array;
  kemPreKeyId: number;
  kemPreKey: KemPublicKey;
  kemPreKeySignature: Uint8Array;
  oneTimePreKeyId?: number | undefined;
  oneTimePreKey?: DhPublicKey | undefined;
}

/** The agreements and the KEM secret that went into SK, exposed for test vectors (hazmat). */
export interface PqxdhTrace {
  dh: Uint8Array[];
  kemSharedSecret: Uint8Array;
}

/** What the initiator keeps from the handshake. */
export interface InitiatorHandshake {
  sharedKey: Uint8Array;
  associatedData: Uint8Array;
  /** EK_A, the ephemeral key pair (its public half is the session's base key). */
  baseKey: DhKeyPair;
  kemCiphertext: Uint8Array;
  /** The fields of the PreKeyMessage prefix (spec/session.md §PreKeyMessage encoding). */
  preKey: Omit<PreKeyMessage, 'message'>;
  trace: PqxdhTrace;
}

/** What the responder derives from a PreKeyMessage. */
export interface ResponderHandshake {
  sharedKey: Uint8Array;
  associatedData: Uint8Array;
  trace: PqxdhTrace;
}

/** The responder's private prekeys named by a PreKeyMessage. */
export interface ResponderPrekeys {
  signedPreKey: DhKeyPair;
  kemPreKey: KemKeyPair;
  oneTimePreKey?: DhKeyPair | undefined;
}

/** `KDF(KM)` of spec/session.md §PQXDH key derivation: SK from the DH outputs in order and SS. */
export function pqxdhKdf(dh: readonly Uint8Array[], kemSharedSecret: Uint8Array): Uint8Array {
  return hkdf(sha256, concat(PQXDH_F, ...dh, kemSharedSecret), new Uint8Array(32), PQXDH_INFO, 32);
}

/** `AD = IK_A || IK_B` (64 bytes): initiator's identity first on both sides. */
export function associatedData(initiator: IdentityKey, responder: IdentityKey): Uint8Array {
  return concat(initiator.bytes, responder.bytes);
}

/**
 * The initiator's side (spec/session.md §Sending the initial message): verify
 * both prekey signatures, then draw EK_A (32 bytes) and the ML-KEM
 * randomness m (32 bytes) from `random`, in that order.
 */
export function initiatePqxdh(
  local: IdentityKeyPair,
  bundle: PreKeyBundle,
  random: RandomSource = systemRandom,
): InitiatorHandshake {
  verifySignedPrekey(
    bundle.identityKey,
    bundle.signedPreKey,
    bundle.signedPreKeyId,
    bundle.signedPreKeySignature,
  );
  verifyKemPrekey(bundle.identityKey, bundle.kemPreKey, bundle.kemPreKeyId, bundle.kemPreKeySignature);
  if ((bundle.oneTimePreKey === undefined) !== (bundle.oneTimePreKeyId === undefined)) {
    throw new DefTalkError('INVALID_KEY');
  }
  const ek = DhKeyPair.generate(random);
  const dh = [
    local.agree(bundle.signedPreKey.bytes),
    ek.agree(bundle.identityKey.toX25519()),
    ek.agree(bundle.signedPreKey),
  ];
  if (bundle.oneTimePreKey) dh.push(ek.agree(bundle.oneTimePreKey));
  const { ciphertext, sharedSecret } = bundle.kemPreKey.encapsulate(random);
  return {
    sharedKey: pqxdhKdf(dh, sharedSecret),
    associatedData: associatedData(local.publicKey, bundle.identityKey),
    baseKey: ek,
    kemCiphertext: ciphertext,
    preKey: {
      identityKey: local.publicKey.bytes,
      baseKey: ek.publicKey.bytes,
      signedPreKeyId: bundle.signedPreKeyId,
      kemPreKeyId: bundle.kemPreKeyId,
      oneTimePreKeyId: bundle.oneTimePreKeyId,
      kemCiphertext: ciphertext,
    },
    trace: { dh, kemSharedSecret: sharedSecret },
  };
}

/**
 * The responder's side (spec/session.md §Receiving a PreKeyMessage, steps
 * 5-7): recompute the agreements with the private prekeys the message names
 * and decapsulate the ML-KEM ciphertext. ML-KEM decapsulation rejects
 * implicitly, so a tampered ciphertext surfaces later as `DECRYPTION_FAILED`.
 */
export function respondPqxdh(
  local: IdentityKeyPair,
  initiator: IdentityKey,
  msg: Omit<PreKeyMessage, 'message'>,
  prekeys: ResponderPrekeys,
): ResponderHandshake {
  const ek = DhPublicKey.fromBytes(msg.baseKey);
  const dh = [
    prekeys.signedPreKey.agree(initiator.toX25519()),
    local.agree(ek.bytes),
    prekeys.signedPreKey.agree(ek),
  ];
  if (prekeys.oneTimePreKey) dh.push(prekeys.oneTimePreKey.agree(ek));
  const kemSharedSecret = prekeys.kemPreKey.decapsulate(msg.kemCiphertext);
  return {
    sharedKey: pqxdhKdf(dh, kemSharedSecret),
    associatedData: associatedData(initiator, local.publicKey),
    trace: { dh, kemSharedSecret },
  };
}
