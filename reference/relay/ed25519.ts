/**
 * @module
 * Ed25519 on the relay's hot paths (spec/auth.md §Token request, spec/accounts.md
 * §Device list signature, spec/keys.md §Upload). Verification uses
 * node:crypto (OpenSSL), not @noble/curves: it is the same RFC 8032
 * primitive, not hand-rolled, and on the reference machine it verifies about
 * 16 000 signatures per second against noble's 1 000 (docs: the performance
 * anchor), which matters because every token request and every prekey
 * upload verifies at least one signature. Point validation, which runs only
 * when a key is first registered, uses noble, whose API exposes it.
 */
import { createPublicKey, verify } from 'node:crypto';
import { ed25519 } from '@noble/curves/ed25519.js';

/** DER prefix of an Ed25519 SubjectPublicKeyInfo (RFC 8410 §4); the 32 key bytes follow. */
const SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

/**
 * RFC 8032 §5.1.7 verification of `signature` over `message` under the
 * 32-byte `publicKey`. False, never a throw, for any malformed input.
 * @example if (!verifyEd25519(identityKey, payload, sig)) throw new DefTalkError('BAD_SIGNATURE');
 */
export function verifyEd25519(publicKey: Uint8Array, message: Uint8Array, signature: Uint8Array): boolean {
  if (publicKey.length !== 32 || signature.length !== 64) return false;
  try {
    const key = createPublicKey({
      key: Buffer.concat([SPKI_PREFIX, publicKey]),
      format: 'der',
      type: 'spki',
    });
    return verify(null, message, key, signature);
  } catch {
    return false;
  }
}

/**
 * True when `publicKey` decodes to a point of the Ed25519 curve that is not
 * of small order (RFC 8032 §5.1.3): such a key could not bind signatures to
 * one holder. Checked once, when a key is registered.
 */
export function isValidEd25519PublicKey(publicKey: Uint8Array): boolean {
  if (publicKey.length !== 32) return false;
  try {
    return !ed25519.Point.fromBytes(publicKey).isSmallOrder();
  } catch {
    return false;
  }
}
