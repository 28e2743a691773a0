/**
 * @module
 * The key directory on the wire (spec/keys.md): prekey uploads, the supply
 * status and prekey bundles. The signed payload layouts are those of
 * spec/session.md §Signed prekey payloads, shared with the session layer.
 */
import { DefTalkError } from '../errors/index.ts';
import { concatBytes, exactBytes, labelBytes, u32be } from './_bytes.ts';
import { ED25519_PUBLIC_KEY_BYTES, ED25519_SIGNATURE_BYTES } from './account.ts';
import { decodeMessage, requireField } from './codec.ts';
import { deftalk } from './generated/deftalk.js';
import { type AccountId, accountIdFromBytes, accountIdToBytes, type DeviceId, parseDeviceId } from './ids.ts';

/** X25519 public key length (RFC 7748 §5). */
export const X25519_PUBLIC_KEY_BYTES = 32;
/** ML-KEM-768 encapsulation key length (FIPS 203 §8, table 3). */
export const ML_KEM_768_PUBLIC_KEY_BYTES = 1184;
/** Most keys of each kind in one upload (spec/keys.md §Upload). */
export const MAX_PREKEYS_PER_BATCH = 100;

/** Label of the signed prekey signature (spec/session.md §Signed prekey payloads). */
export const SIGNED_PREKEY_LABEL = 'DefTalk-v1 signed prekey';
/** Label of the ML-KEM prekey signature (spec/session.md §Signed prekey payloads). */
export const KEM_PREKEY_LABEL = 'DefTalk-v1 signed kem prekey';

/** `SignedPrekeyPayload = "DefTalk-v1 signed prekey" || 0x00 || SPK (32) || u32(spk_id)` (spec/session.md). */
export function signedPreKeyPayload(publicKey: Uint8Array, keyId: number): Uint8Array {
  return concatBytes(labelBytes(SIGNED_PREKEY_LABEL), publicKey, u32be(keyId));
}

/** `KemPrekeyPayload = "DefTalk-v1 signed kem prekey" || 0x00 || PQPK (1184) || u32(kem_id)` (spec/session.md). */
export function kemPreKeyPayload(publicKey: Uint8Array, keyId: number): Uint8Array {
  return concatBytes(labelBytes(KEM_PREKEY_LABEL), publicKey, u32be(keyId));
}

/** A signed X25519 prekey (spec/keys.md §Keys). */
export interface SignedPreKey {
  readonly keyId: number;
  readonly publicKey: Uint8Array;
  readonly signature: Uint8Array;
}

/** A one-time X25519 prekey (spec/keys.md §Keys). */
export interface OneTimePreKey {
  readonly keyId: number;
  readonly publicKey: Uint8Array;
}

/** A signed ML-KEM-768 prekey (spec/keys.md §Keys). */
export interface KemPreKey {
  readonly keyId: number;
  readonly publicKey: Uint8Array;
  readonly signature: Uint8Array;
  readonly lastResort: boolean;
}

/** PUT /v1/keys (spec/keys.md §Upload). */
export interface PreKeyUpload {
  readonly signedPreKey: SignedPreKey | undefined;
  readonly oneTimePreKeys: readonly OneTimePreKey[];
  readonly kemPreKeys: readonly KemPreKey[];
}

function keyId(v: number | null | undefined, field: string): number {
  // Ids are u32 on the wire; protobufjs already yields 0..2^32-1 for uint32.
  requireField(typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 0xffffffff, field);
  return v;
}

function signedFrom(m: deftalk.v1.ISignedPreKey, field: string): SignedPreKey {
  return {
    keyId: keyId(m.keyId, `${field}.key_id`),
    publicKey: exactBytes(m.publicKey, X25519_PUBLIC_KEY_BYTES, `${field}.public_key`).slice(),
    signature: exactBytes(m.signature, ED25519_SIGNATURE_BYTES, `${field}.signature`).slice(),
  };
}

function oneTimeFrom(m: deftalk.v1.IOneTimePreKey, field: string): OneTimePreKey {
  return {
    keyId: keyId(m.keyId, `${field}.key_id`),
    publicKey: exactBytes(m.publicKey, X25519_PUBLIC_KEY_BYTES, `${field}.public_key`).slice(),
  };
}

function kemFrom(m: deftalk.v1.IKemPreKey, field: string): KemPreKey {
  return {
    keyId: keyId(m.keyId, `${field}.key_id`),
    publicKey: exactBytes(m.publicKey, ML_KEM_768_PUBLIC_KEY_BYTES, `${field}.public_key`).slice(),
    signature: exactBytes(m.signature, ED25519_SIGNATURE_BYTES, `${field}.signature`).slice(),
    lastResort: m.lastResort === true,
  };
}

/** Encode a `PreKeyUpload` body. */
export function encodePreKeyUpload(u: {
  signedPreKey?: SignedPreKey;
  oneTimePreKeys?: readonly OneTimePreKey[];
  kemPreKeys?: readonly KemPreKey[];
}): Uint8Array {
  return deftalk.v1.PreKeyUpload.encode({
    signedPrekey: u.signedPreKey ?? null,
    oneTimePrekeys: [...(u.oneTimePreKeys ?? [])],
    kemPrekeys: [...(u.kemPreKeys ?? [])],
  }).finish();
}

/**
 * Decode a `PreKeyUpload` and check its shape (spec/keys.md §Upload, steps
 * 1-2): key lengths, at most {@link MAX_PREKEYS_PER_BATCH} keys of each kind
 * (PREKEY_BATCH_TOO_LARGE), at most one last-resort key.
 */
export function decodePreKeyUpload(bytes: Uint8Array): PreKeyUpload {
  const m = decodeMessage('deftalk.v1.PreKeyUpload', (b) => deftalk.v1.PreKeyUpload.decode(b), bytes);
  if (m.oneTimePrekeys.length > MAX_PREKEYS_PER_BATCH || m.kemPrekeys.length > MAX_PREKEYS_PER_BATCH) {
    throw new DefTalkError('PREKEY_BATCH_TOO_LARGE');
  }
  const oneTimePreKeys = m.oneTimePrekeys.map((k) => oneTimeFrom(k, 'one_time_prekeys'));
  const kemPreKeys = m.kemPrekeys.map((k) => kemFrom(k, 'kem_prekeys'));
  requireField(kemPreKeys.filter((k) => k.lastResort).length <= 1, 'kem_prekeys.last_resort');
  return {
    signedPreKey: m.signedPrekey ? signedFrom(m.signedPrekey, 'signed_prekey') : undefined,
    oneTimePreKeys,
    kemPreKeys,
  };
}

/** What the directory holds for the calling device (spec/keys.md §Supply). */
export interface PreKeyStatus {
  readonly oneTimePreKeys: number;
  readonly kemPreKeys: number;
  readonly signedPreKey: boolean;
  readonly lastResortKemPreKey: boolean;
  readonly lowSupply: boolean;
}

/** Encode a `PreKeyStatus` body. */
export function encodePreKeyStatus(s: PreKeyStatus): Uint8Array {
  return deftalk.v1.PreKeyStatus.encode({
    oneTimePrekeys: s.oneTimePreKeys,
    kemPrekeys: s.kemPreKeys,
    signedPrekey: s.signedPreKey,
    lastResortKemPrekey: s.lastResortKemPreKey,
    lowSupply: s.lowSupply,
  }).finish();
}

/** Decode a `PreKeyStatus` body. */
export function decodePreKeyStatus(bytes: Uint8Array): PreKeyStatus {
  const m = decodeMessage('deftalk.v1.PreKeyStatus', (b) => deftalk.v1.PreKeyStatus.decode(b), bytes);
  return {
    oneTimePreKeys: m.oneTimePrekeys ?? 0,
    kemPreKeys: m.kemPrekeys ?? 0,
    signedPreKey: m.signedPrekey === true,
    lastResortKemPreKey: m.lastResortKemPrekey === true,
    lowSupply: m.lowSupply === true,
  };
}

/** GET /v1/keys/{account}/{device} (spec/keys.md §Bundles). */
export interface PreKeyBundle {
  readonly accountId: AccountId;
  readonly deviceId: DeviceId;
  readonly identityKey: Uint8Array;
  readonly signedPreKey: SignedPreKey;
  readonly kemPreKey: KemPreKey;
  readonly oneTimePreKey: OneTimePreKey | undefined;
}

/** Encode a `PreKeyBundle` body. */
export function encodePreKeyBundle(b: PreKeyBundle): Uint8Array {
  return deftalk.v1.PreKeyBundle.encode({
    accountId: accountIdToBytes(b.accountId),
    deviceId: b.deviceId,
    identityKey: b.identityKey,
    signedPrekey: b.signedPreKey,
    kemPrekey: b.kemPreKey,
    oneTimePrekey: b.oneTimePreKey ?? null,
  }).finish();
}

/** Decode a `PreKeyBundle` body; signatures are checked by the session layer (REQ-SESSION-001), not here. */
export function decodePreKeyBundle(bytes: Uint8Array): PreKeyBundle {
  const m = decodeMessage('deftalk.v1.PreKeyBundle', (b) => deftalk.v1.PreKeyBundle.decode(b), bytes);
  requireField(m.accountId, 'account_id');
  requireField(m.signedPrekey, 'signed_prekey');
  requireField(m.kemPrekey, 'kem_prekey');
  return {
    accountId: accountIdFromBytes(m.accountId),
    deviceId: parseDeviceId(m.deviceId ?? 0),
    identityKey: exactBytes(m.identityKey, ED25519_PUBLIC_KEY_BYTES, 'identity_key').slice(),
    signedPreKey: signedFrom(m.signedPrekey, 'signed_prekey'),
    kemPreKey: kemFrom(m.kemPrekey, 'kem_prekey'),
    oneTimePreKey: m.oneTimePrekey ? oneTimeFrom(m.oneTimePrekey, 'one_time_prekey') : undefined,
  };
}
