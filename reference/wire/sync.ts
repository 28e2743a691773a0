/**
 * @module
 * Encrypted device sync on the wire (spec/sync.md): the record the relay
 * keeps per account (a version and opaque ciphertext), the compare-and-swap
 * write, and the plaintext `SyncData` only the account's devices ever see.
 */
import { DefTalkError } from '../errors/index.ts';
import { u64 } from './_bytes.ts';
import { decodeMessage, requireField } from './codec.ts';
import { deftalk } from './generated/deftalk.js';
import { type AccountId, accountIdFromBytes, accountIdToBytes } from './ids.ts';

/** Largest sync record ciphertext a relay must keep (spec/sync.md §Limits). */
export const SYNC_MAX_RECORD_BYTES = 64 * 1024;

/** Path of the account's sync record (spec/sync.md §Operations). */
export const SYNC_PATH = '/v1/sync';

/** The account's record as the relay answers it; version 0 and empty ciphertext when none exists. */
export interface SyncRecord {
  readonly version: number;
  readonly ciphertext: Uint8Array;
}

/** A compare-and-swap write (spec/sync.md §Writing). */
export interface SyncWrite {
  readonly expectedVersion: number;
  readonly ciphertext: Uint8Array;
}

/** Encode a `SyncRecord`. */
export function encodeSyncRecord(r: SyncRecord): Uint8Array {
  return deftalk.v1.SyncRecord.encode({ version: r.version, ciphertext: r.ciphertext }).finish();
}

/** Decode a `SyncRecord`; MALFORMED_REQUEST when a version above 0 has no ciphertext or version 0 has one. */
export function decodeSyncRecord(bytes: Uint8Array): SyncRecord {
  const m = decodeMessage('deftalk.v1.SyncRecord', (b) => deftalk.v1.SyncRecord.decode(b), bytes);
  const version = u64(m.version, 'version');
  const ciphertext = m.ciphertext ?? new Uint8Array(0);
  requireField(version === 0 ? ciphertext.length === 0 : ciphertext.length > 0, 'ciphertext');
  return { version, ciphertext: ciphertext.slice() };
}

/** Encode a `SyncWrite`. */
export function encodeSyncWrite(w: SyncWrite): Uint8Array {
  return deftalk.v1.SyncWrite.encode({
    expectedVersion: w.expectedVersion,
    ciphertext: w.ciphertext,
  }).finish();
}

/**
 * Decode a `SyncWrite`; SYNC_RECORD_TOO_LARGE when the ciphertext is empty
 * or longer than {@link SYNC_MAX_RECORD_BYTES} (spec/sync.md §Limits).
 */
export function decodeSyncWrite(bytes: Uint8Array): SyncWrite {
  const m = decodeMessage('deftalk.v1.SyncWrite', (b) => deftalk.v1.SyncWrite.decode(b), bytes);
  const ciphertext = m.ciphertext ?? new Uint8Array(0);
  if (ciphertext.length === 0 || ciphertext.length > SYNC_MAX_RECORD_BYTES)
    throw new DefTalkError('SYNC_RECORD_TOO_LARGE');
  return { expectedVersion: u64(m.expectedVersion, 'expected_version'), ciphertext: ciphertext.slice() };
}

/** Encode a `SyncWriteResult`. */
export function encodeSyncWriteResult(version: number): Uint8Array {
  return deftalk.v1.SyncWriteResult.encode({ version }).finish();
}

/** Decode a `SyncWriteResult`. */
export function decodeSyncWriteResult(bytes: Uint8Array): number {
  const m = decodeMessage('deftalk.v1.SyncWriteResult', (b) => deftalk.v1.SyncWriteResult.decode(b), bytes);
  const version = u64(m.version, 'version');
  requireField(version >= 1, 'version');
  return version;
}

/** What a sync record holds (spec/sync.md §Contents), as the client keeps it. */
export interface SyncSnapshot {
  /** Account id per E.164 phone number. */
  readonly contacts: Readonly<Record<string, AccountId>>;
  /** Setting values by name. */
  readonly settings: Readonly<Record<string, string>>;
  /** Group name (possibly empty) per group id (32 hex digits). */
  readonly groups: Readonly<Record<string, string>>;
}

/** Plaintext rounding of spec/sync.md §Contents. */
const PAD_TO = 256;

/** Encode `SyncData`, padded with zero bytes to a multiple of 256 bytes so its size tells little. */
export function encodeSyncData(s: SyncSnapshot): Uint8Array {
  const body = {
    contacts: Object.entries(s.contacts)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([phoneNumber, a]) => ({ phoneNumber, accountId: accountIdToBytes(a) })),
    settings: { ...s.settings },
    groups: Object.entries(s.groups)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([id, name]) => ({ groupId: Buffer.from(id, 'hex'), name })),
  };
  const bare = deftalk.v1.SyncData.encode(body).finish().length;
  // The padding field costs its tag and a length varint (at most 3 bytes below 2 MiB) besides its bytes.
  let pad = (PAD_TO - ((bare + 3) % PAD_TO)) % PAD_TO;
  let out = deftalk.v1.SyncData.encode({ ...body, padding: new Uint8Array(pad) }).finish();
  // A shorter length varint than assumed leaves the total a byte or two short: top up.
  while (out.length % PAD_TO !== 0 && pad < PAD_TO * 2) {
    pad += PAD_TO - (out.length % PAD_TO);
    out = deftalk.v1.SyncData.encode({ ...body, padding: new Uint8Array(pad) }).finish();
  }
  return out;
}

/** Decode `SyncData`; MALFORMED_REQUEST (naming the field) when an entry is malformed. */
export function decodeSyncData(bytes: Uint8Array): SyncSnapshot {
  const m = decodeMessage('deftalk.v1.SyncData', (b) => deftalk.v1.SyncData.decode(b), bytes);
  const contacts: Record<string, AccountId> = {};
  for (const [i, c] of (m.contacts ?? []).entries()) {
    requireField(
      typeof c.phoneNumber === 'string' && /^\+[1-9]\d{1,14}$/.test(c.phoneNumber),
      `contacts[${i}]`,
    );
    contacts[c.phoneNumber] = accountIdFromBytes(
      c.accountId ?? new Uint8Array(0),
      `contacts[${i}].account_id`,
    );
  }
  const groups: Record<string, string> = {};
  for (const [i, g] of (m.groups ?? []).entries()) {
    requireField(g.groupId && g.groupId.length === 16, `groups[${i}].group_id`);
    groups[Buffer.from(g.groupId).toString('hex')] = g.name ?? '';
  }
  return { contacts, settings: { ...(m.settings ?? {}) }, groups };
}
