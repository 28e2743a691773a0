/**
 * @module
 * Encrypted device sync (spec/sync.md): `GET /v1/sync` and `PUT /v1/sync`,
 * the authenticated account's one record of opaque ciphertext, written by
 * compare-and-swap on its version. The relay never holds the sync key; it
 * sees the ciphertext, its version and its size, and nothing else. The
 * record is reachable only through the device's own authentication, so no
 * other account can name it (REQ-SYNC-001), and the concern registers its
 * eraser with the relay's erasure registry.
 */
import type { FastifyInstance } from 'fastify';
import { DefTalkError } from '../../errors/index.ts';
import type { AccountId } from '../../wire/ids.ts';
import {
  decodeSyncWrite,
  encodeSyncRecord,
  encodeSyncWriteResult,
  SYNC_MAX_RECORD_BYTES,
  SYNC_PATH,
  type SyncRecord,
  type SyncWrite,
} from '../../wire/sync.ts';
import type { ErasureRegistry } from '../erasure.ts';
import type { SyncStore } from '../storage/sync.ts';
import type { OperationRegistry } from './operations.ts';

/** Options of {@link syncPlugin}. */
export interface SyncOptions {
  operations: OperationRegistry;
  store: SyncStore;
  erasure: ErasureRegistry;
}

/** Fastify plugin: the sync area of spec/sync.md §Operations. */
export async function syncPlugin(_app: FastifyInstance, opts: SyncOptions): Promise<void> {
  const { operations, store, erasure } = opts;
  erasure.add({ concern: 'sync', eraseAccount: (account) => store.erase(account) });
  operations.add<undefined, SyncRecord>({
    name: 'sync.get',
    method: 'GET',
    path: SYNC_PATH,
    auth: 'device',
    encodeBody: encodeSyncRecord,
    handle: async ({ device }) => {
      const r = await store.get(device!.accountId as AccountId);
      return { version: r.version, ciphertext: r.ciphertext ?? new Uint8Array(0) };
    },
  });
  operations.add<SyncWrite, number>({
    name: 'sync.put',
    method: 'PUT',
    path: SYNC_PATH,
    auth: 'device',
    // Room for a record twice the limit, so an oversized one is refused by name (REQ-SYNC-005).
    maxBodyBytes: 2 * SYNC_MAX_RECORD_BYTES,
    decodeBody: decodeSyncWrite,
    encodeBody: encodeSyncWriteResult,
    handle: async ({ device, body }) => {
      const r = await store.put(device!.accountId as AccountId, body.expectedVersion, body.ciphertext);
      // REQ-SYNC-002: a stale write changes nothing and names the current version.
      if (!r.ok) throw new DefTalkError('SYNC_VERSION_CONFLICT', { currentVersion: r.currentVersion });
      return r.version;
    },
  });
}
