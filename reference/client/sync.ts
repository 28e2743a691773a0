/**
 * @module
 * Encrypted device sync, the client's side (spec/sync.md): the record
 * encryption under the account's sync key, the three-way merge, and pull and
 * push against the relay's compare-and-swap record. The relay sees only the
 * ciphertext, its version and its size.
 *
 * ```text
 * key        = HKDF-SHA-256(salt = empty, IKM = sync key, info = "DefTalk-v1 sync record", L = 32)
 * aad        = "DefTalk-v1 sync record" || 0x00 || account_id || u64be(version)
 * ciphertext = 0x01 || nonce(24) || XChaCha20-Poly1305(key, nonce, SyncData, aad)
 * ```
 */
import { xchacha20poly1305 } from '@noble/ciphers/chacha.js';
import { hkdf } from '@noble/hashes/hkdf.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { DefTalkError } from '../errors/index.ts';
import { type AccountId, accountIdToBytes } from '../wire/ids.ts';
import {
  decodeSyncData,
  decodeSyncRecord,
  decodeSyncWriteResult,
  encodeSyncData,
  encodeSyncWrite,
  SYNC_PATH,
} from '../wire/sync.ts';
import type { ClientState, SyncSnapshotData } from './clientState.ts';
import type { RelayConnection } from './relayConnection.ts';
import type { RandomSource } from './session/keys.ts';

/** Length of the sync key (spec/sync.md §The sync key). */
export const SYNC_KEY_BYTES = 32;
/** HKDF info and AAD label of the record (spec/sync.md §Record encryption). */
export const SYNC_RECORD_INFO = new TextEncoder().encode('DefTalk-v1 sync record');
/** Format byte of the record. */
const FORMAT = 0x01;
const NONCE_BYTES = 24;
/** Write rounds of one push before the conflict is reported (spec/sync.md §Merging). */
export const MAX_SYNC_ROUNDS = 4;

/** An empty snapshot. */
export const EMPTY_SNAPSHOT: SyncSnapshotData = { contacts: {}, settings: {}, groups: {} };

function recordKey(syncKey: Uint8Array): Uint8Array {
  return hkdf(sha256, syncKey, new Uint8Array(0), SYNC_RECORD_INFO, 32);
}

function recordAad(account: AccountId, version: number): Uint8Array {
  const id = accountIdToBytes(account);
  const out = new Uint8Array(SYNC_RECORD_INFO.length + 1 + id.length + 8);
  out.set(SYNC_RECORD_INFO, 0);
  out.set(id, SYNC_RECORD_INFO.length + 1);
  new DataView(out.buffer).setBigUint64(out.length - 8, BigInt(version), false);
  return out;
}

/** Encrypt `snapshot` as version `version` of `account`'s record (spec/sync.md §Record encryption). */
export function sealSyncRecord(
  syncKey: Uint8Array,
  account: AccountId,
  version: number,
  snapshot: SyncSnapshotData,
  random: RandomSource,
): Uint8Array {
  const nonce = random(NONCE_BYTES);
  const plaintext = encodeSyncData({
    contacts: snapshot.contacts as Record<string, AccountId>,
    settings: snapshot.settings,
    groups: snapshot.groups,
  });
  const sealed = xchacha20poly1305(recordKey(syncKey), nonce, recordAad(account, version)).encrypt(plaintext);
  const out = new Uint8Array(1 + NONCE_BYTES + sealed.length);
  out[0] = FORMAT;
  out.set(nonce, 1);
  out.set(sealed, 1 + NONCE_BYTES);
  return out;
}

/** Decrypt version `version` of `account`'s record; SYNC_RECORD_INVALID unless it authenticates (REQ-SYNC-003). */
export function openSyncRecord(
  syncKey: Uint8Array,
  account: AccountId,
  version: number,
  ciphertext: Uint8Array,
): SyncSnapshotData {
  if (ciphertext.length < 1 + NONCE_BYTES + 16 || ciphertext[0] !== FORMAT)
    throw new DefTalkError('SYNC_RECORD_INVALID');
  let plaintext: Uint8Array;
  try {
    plaintext = xchacha20poly1305(
      recordKey(syncKey),
      ciphertext.subarray(1, 1 + NONCE_BYTES),
      recordAad(account, version),
    ).decrypt(ciphertext.subarray(1 + NONCE_BYTES));
  } catch (cause) {
    throw new DefTalkError('SYNC_RECORD_INVALID', undefined, { cause });
  }
  try {
    const d = decodeSyncData(plaintext);
    return { contacts: { ...d.contacts }, settings: { ...d.settings }, groups: { ...d.groups } };
  } catch (cause) {
    throw new DefTalkError('SYNC_RECORD_INVALID', undefined, { cause });
  }
}

function mergeMap(
  base: Record<string, string>,
  local: Record<string, string>,
  remote: Record<string, string>,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of new Set([...Object.keys(base), ...Object.keys(local), ...Object.keys(remote)])) {
    // spec/sync.md §Merging: what this device changed since its base wins; everything else is the record's.
    const v = local[k] !== base[k] ? local[k] : remote[k];
    if (v !== undefined) out[k] = v;
  }
  return out;
}

/** The three-way merge of spec/sync.md §Merging. */
export function mergeSnapshots(
  base: SyncSnapshotData,
  local: SyncSnapshotData,
  remote: SyncSnapshotData,
): SyncSnapshotData {
  return {
    contacts: mergeMap(base.contacts, local.contacts, remote.contacts),
    settings: mergeMap(base.settings, local.settings, remote.settings),
    groups: mergeMap(base.groups, local.groups, remote.groups),
  };
}

function sameMap(a: Record<string, string>, b: Record<string, string>): boolean {
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => a[k] === b[k]);
}

/** True when two snapshots hold the same entries. */
export function sameSnapshot(a: SyncSnapshotData, b: SyncSnapshotData): boolean {
  return sameMap(a.contacts, b.contacts) && sameMap(a.settings, b.settings) && sameMap(a.groups, b.groups);
}

/** What a device needs to sync: its relay connection, account, state and a way to save it. */
export interface SyncHost {
  readonly relay: RelayConnection;
  readonly account: AccountId;
  readonly state: ClientState;
  readonly random: RandomSource;
  save(): Promise<void>;
}

/** The outcome of a pull or a push. */
export interface SyncOutcome {
  /** The record's version this device is now in step with (0: the account has none). */
  readonly version: number;
  /** True when this call wrote the record. */
  readonly written: boolean;
  /** True when this call changed the device's contacts, settings or groups. */
  readonly changed: boolean;
}

function keyOf(host: SyncHost): { key: Uint8Array; version: number; base: SyncSnapshotData } {
  const s = host.state.sync;
  if (!s) throw new DefTalkError('SYNC_KEY_MISSING');
  return { key: s.key, version: s.version, base: s.base ?? EMPTY_SNAPSHOT };
}

/** Read the record and merge it into the device's state (spec/sync.md §Merging); writes nothing. */
export async function pullSync(host: SyncHost): Promise<SyncOutcome> {
  const { key, version, base } = keyOf(host);
  const record = decodeSyncRecord(await host.relay.call('GET', SYNC_PATH, { auth: true }));
  if (record.version === 0 || record.version === version)
    return { version: record.version === 0 ? version : record.version, written: false, changed: false };
  const remote = openSyncRecord(key, host.account, record.version, record.ciphertext);
  const local = host.state.syncData;
  const merged = mergeSnapshots(base, local, remote);
  host.state.setSyncData(merged);
  host.state.setSync({ key, version: record.version, base: remote });
  await host.save();
  return { version: record.version, written: false, changed: !sameSnapshot(local, merged) };
}

/**
 * Write the device's contacts, settings and groups as the next version of
 * the record; on SYNC_VERSION_CONFLICT read, merge and write again
 * (REQ-SYNC-007), at most {@link MAX_SYNC_ROUNDS} times.
 */
export async function pushSync(host: SyncHost): Promise<SyncOutcome> {
  let changed = false;
  for (let round = 0; round < MAX_SYNC_ROUNDS; round++) {
    const { key, version, base } = keyOf(host);
    const local = host.state.syncData;
    if (version > 0 && sameSnapshot(local, base)) return { version, written: false, changed };
    const ciphertext = sealSyncRecord(key, host.account, version + 1, local, host.random);
    try {
      const written = decodeSyncWriteResult(
        await host.relay.call('PUT', SYNC_PATH, {
          auth: true,
          body: encodeSyncWrite({ expectedVersion: version, ciphertext }),
        }),
      );
      host.state.setSync({ key, version: written, base: local });
      await host.save();
      return { version: written, written: true, changed };
    } catch (e) {
      if (!(e instanceof DefTalkError) || e.errorName !== 'SYNC_VERSION_CONFLICT') throw e;
      // Another device wrote first: take its record as the new base, keep this device's changes.
      changed = (await pullSync(host)).changed || changed;
    }
  }
  throw new DefTalkError('SYNC_VERSION_CONFLICT');
}
