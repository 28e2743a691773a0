/**
 * @module
 * Safety numbers (spec/fingerprint.md): a fingerprint of both account
 * identities that two users compare, as 60 digits or by scanning a QR code.
 * Each half is an iterated SHA-512 over a version, the identity key and the
 * account's stable identifier.
 *
 * @example
 * ```ts
 * const sn = safetyNumber({ identityKey: mine, stableId: myAccountId }, { identityKey: theirs, stableId: theirAccountId });
 * sn.display;                       // '12345 67890 … ' (12 groups of 5 digits)
 * compareScanned(sn, scannedBytes); // true when both sides computed the same pair
 * ```
 */
import { equalBytes } from '@noble/ciphers/utils.js';
import { sha512 } from '@noble/hashes/sha2.js';
import { DefTalkError } from '../errors/index.ts';
import type { IdentityKey } from './session/keys.ts';

/** Version of the fingerprint input, encoded as 2 bytes big-endian (spec/fingerprint.md §Fingerprint). */
export const FINGERPRINT_VERSION = 1;
/** SHA-512 iterations per fingerprint half. */
export const FINGERPRINT_ITERATIONS = 5200;
/** Version byte of the QR payload. */
export const SCANNABLE_VERSION = 0x01;
/** QR payload length: version byte and two 32-byte fingerprints. */
export const SCANNABLE_LENGTH = 65;

/** One account as it enters the safety number. */
export interface FingerprintParty {
  identityKey: IdentityKey;
  /** The account's stable identifier: its 16-byte account id (spec/fingerprint.md §Stable identifier). */
  stableId: Uint8Array;
}

/** A computed safety number. */
export interface SafetyNumber {
  /** 60 digits: the two 30-digit halves, lesser first. */
  digits: string;
  /** The 60 digits as 12 groups of 5, separated by single spaces. */
  display: string;
  /** The QR payload: `0x01 || lesser fingerprint || greater fingerprint` (65 bytes). */
  scannable: Uint8Array;
  /** Our own 64-byte fingerprint and the peer's (the first 32 bytes of each enter the QR payload). */
  local: Uint8Array;
  remote: Uint8Array;
}

/** The 64-byte iterated fingerprint of one party (spec/fingerprint.md §Fingerprint). */
export function fingerprint(party: FingerprintParty, iterations = FINGERPRINT_ITERATIONS): Uint8Array {
  const key = party.identityKey.bytes;
  const id = party.stableId;
  if (id.length > 0xffff) throw new RangeError('stable identifier too long');
  const x0 = new Uint8Array(2 + 32 + 2 + id.length);
  const dv = new DataView(x0.buffer);
  dv.setUint16(0, FINGERPRINT_VERSION, false);
  x0.set(key, 2);
  dv.setUint16(34, id.length, false);
  x0.set(id, 36);
  let x = x0;
  const buf = new Uint8Array(64 + 32);
  for (let i = 0; i < iterations; i++) {
    // X_{i+1} = SHA-512(X_i || IK); X_0 has another length, later rounds reuse one buffer.
    if (i === 0) {
      const first = new Uint8Array(x.length + 32);
      first.set(x, 0);
      first.set(key, x.length);
      x = sha512(first);
    } else {
      buf.set(x, 0);
      buf.set(key, 64);
      x = sha512(buf);
    }
  }
  return x;
}

/** The 30 digits of one fingerprint: six 5-byte big-endian chunks, each mod 100000, 5 digits. */
export function fingerprintDigits(fp: Uint8Array): string {
  let out = '';
  for (let j = 0; j < 6; j++) {
    let v = 0n;
    for (let k = 0; k < 5; k++) v = (v << 8n) | BigInt(fp[5 * j + k]!);
    out += (v % 100000n).toString().padStart(5, '0');
  }
  return out;
}

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

/** The safety number of `local` and `remote`; both users compute the same digits and QR payload. */
export function safetyNumber(local: FingerprintParty, remote: FingerprintParty): SafetyNumber {
  const l = fingerprint(local);
  const r = fingerprint(remote);
  const [dl, dr] = [fingerprintDigits(l), fingerprintDigits(r)];
  const digits = dl <= dr ? dl + dr : dr + dl;
  const [a, b] = compareBytes(l.subarray(0, 32), r.subarray(0, 32)) <= 0 ? [l, r] : [r, l];
  const scannable = new Uint8Array(SCANNABLE_LENGTH);
  scannable[0] = SCANNABLE_VERSION;
  scannable.set(a.subarray(0, 32), 1);
  scannable.set(b.subarray(0, 32), 33);
  return { digits, display: digits.match(/.{5}/g)!.join(' '), scannable, local: l, remote: r };
}

/**
 * Compare a scanned QR payload with ours (spec/fingerprint.md §Comparing a
 * scanned code): true iff its two fingerprints are ours and the peer's, in
 * either order. A payload of another length or version fails with
 * `INVALID_FINGERPRINT`.
 */
export function compareScanned(ours: SafetyNumber, scanned: Uint8Array): boolean {
  if (
    !(scanned instanceof Uint8Array) ||
    scanned.length !== SCANNABLE_LENGTH ||
    scanned[0] !== SCANNABLE_VERSION
  ) {
    throw new DefTalkError('INVALID_FINGERPRINT');
  }
  const x = scanned.subarray(1, 33);
  const y = scanned.subarray(33, 65);
  const l = ours.local.subarray(0, 32);
  const r = ours.remote.subarray(0, 32);
  // Both orders are evaluated, so timing does not tell which one matched.
  const straight = equalBytes(x, l) && equalBytes(y, r);
  const swapped = equalBytes(x, r) && equalBytes(y, l);
  return straight || swapped;
}
