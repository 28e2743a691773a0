/**
 * @module
 * Signed prekey payloads (spec/session.md §Signed prekey payloads): the exact
 * bytes the identity key signs over a signed prekey and over an ML-KEM
 * prekey. The key directory verifies the same bytes on upload.
 *
 * @example
 * ```ts
 * const payload = signedPrekeyPayload(spk.publicKey, 7); // 61 bytes
 * const signature = identity.sign(payload);
 * ```
 */
import { DefTalkError } from '../../errors/index.ts';
import { ascii, concat, u32 } from './_bytes.ts';
import type { DhPublicKey, IdentityKey, KemPublicKey } from './keys.ts';

/** `"DefTalk-v1 signed prekey"`, hex 44656654616c6b2d7631207369676e6564207072656b6579. */
export const SIGNED_PREKEY_LABEL: Uint8Array = ascii('DefTalk-v1 signed prekey');
/** `"DefTalk-v1 signed kem prekey"`, hex 44656654616c6b2d7631207369676e6564206b656d207072656b6579. */
export const KEM_PREKEY_LABEL: Uint8Array = ascii('DefTalk-v1 signed kem prekey');

const SEPARATOR = Uint8Array.of(0x00);

/** `SignedPrekeyPayload = label || 0x00 || SPK (32) || u32(id)`, 61 bytes (REQ-SESSION-001). */
export function signedPrekeyPayload(spk: DhPublicKey, id: number): Uint8Array {
  return concat(SIGNED_PREKEY_LABEL, SEPARATOR, spk.bytes, u32(id));
}

/** `KemPrekeyPayload = label || 0x00 || PQPK (1184) || u32(id)`, 1217 bytes (REQ-SESSION-001). */
export function kemPrekeyPayload(pqpk: KemPublicKey, id: number): Uint8Array {
  return concat(KEM_PREKEY_LABEL, SEPARATOR, pqpk.bytes, u32(id));
}

/** Verify a signed prekey's signature; `BAD_SIGNATURE` when it does not verify (REQ-SESSION-001). */
export function verifySignedPrekey(
  identity: IdentityKey,
  spk: DhPublicKey,
  id: number,
  signature: Uint8Array,
): void {
  if (!identity.verify(signedPrekeyPayload(spk, id), signature)) throw new DefTalkError('BAD_SIGNATURE');
}

/** Verify an ML-KEM prekey's signature; `BAD_SIGNATURE` when it does not verify (REQ-SESSION-001). */
export function verifyKemPrekey(
  identity: IdentityKey,
  pqpk: KemPublicKey,
  id: number,
  signature: Uint8Array,
): void {
  if (!identity.verify(kemPrekeyPayload(pqpk, id), signature)) throw new DefTalkError('BAD_SIGNATURE');
}
