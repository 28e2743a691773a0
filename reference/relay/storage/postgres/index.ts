/**
 * @module
 * The PostgreSQL storage of a multi-node relay (spec/deployment.md), as one
 * set of store factories for the RelayParts seam (server.ts): open the pool,
 * bring the schema up to date, check that this node's key files are the
 * cluster's, and hand out one store per concern (spec/deployment.md §What
 * each engine holds).
 */
import { createHmac } from 'node:crypto';
import type { StorageFile } from '../../../wire/testHooks.ts';
import type { AdvertisingStore } from '../advertising.ts';
import type { AudienceSource } from '../audience.ts';
import type { FeedbackStore } from '../feedback.ts';
import type { GroupStore } from '../groups.ts';
import type { ProfileConcernStore } from '../profiles.ts';
import type { SyncStore } from '../sync.ts';
import { PgAccountStore } from './accounts.ts';
import { PgAdvertisingStore, PgAudienceSource } from './advertising.ts';
import { PgAuthStore } from './auth.ts';
import { PgDeliveryStore } from './delivery.ts';
import { PgDiscoveryStore } from './discovery.ts';
import { PgFeedbackStore } from './feedback.ts';
import { PgGroupStore } from './groups.ts';
import { PgKeyStore } from './keys.ts';
import { PgLifecycleStore } from './lifecycle.ts';
import { liveTables } from './migrations.ts';
import { type PgPool, transaction } from './pool.ts';
import { PgProfileStore } from './profiles.ts';
import { PgProvisioningStore } from './provisioning.ts';
import { PgSyncStore } from './sync.ts';
import { PgVerificationStore } from './verification.ts';

export { migrate, PG_SCHEMA_VERSION } from './migrations.ts';
export { isPostgresUrl, openPool, type PgPool } from './pool.ts';
export {
  PgAccountStore,
  PgAdvertisingStore,
  PgAudienceSource,
  PgAuthStore,
  PgDeliveryStore,
  PgDiscoveryStore,
  PgFeedbackStore,
  PgGroupStore,
  PgKeyStore,
  PgLifecycleStore,
  PgProfileStore,
  PgProvisioningStore,
  PgSyncStore,
  PgVerificationStore,
};

/** Factories of the stores of groups, profiles, sync, feedback and advertising, for the RelayParts seam (server.ts). */
export interface SharedConcernStores {
  groups: () => GroupStore;
  profiles: () => ProfileConcernStore;
  sync: () => SyncStore;
  feedback: () => FeedbackStore;
  advertising: () => AdvertisingStore;
  audience: () => AudienceSource;
}

/**
 * The stores of the concerns a node once kept in its own SQLite file, over
 * the cluster's pool, so that every node reads and writes the same rows
 * (spec/deployment.md §What each engine holds).
 */
export function sharedConcernStores(pool: PgPool): SharedConcernStores {
  return {
    groups: () => new PgGroupStore(pool),
    profiles: () => new PgProfileStore(pool),
    sync: () => new PgSyncStore(pool),
    feedback: () => new PgFeedbackStore(pool),
    advertising: () => new PgAdvertisingStore(pool),
    audience: () => new PgAudienceSource(pool),
  };
}

/** Label of the key check values: an HMAC under each key of this label shows which key a node holds, and nothing of it. */
const KEY_CHECK = 'DefTalk-v1 cluster key check';

/**
 * Record each named key's check value in the database on first start, and
 * refuse to start a node whose key differs (spec/deployment.md §Keys): a
 * node with another identifier key would compute other phone tags and
 * silently create duplicate accounts for registered numbers.
 */
export async function checkClusterKeys(pool: PgPool, keys: Record<string, Uint8Array>): Promise<void> {
  await transaction(pool, async (c) => {
    for (const [name, keyBytes] of Object.entries(keys)) {
      const check = createHmac('sha256', keyBytes).update(KEY_CHECK).digest('hex');
      const metaKey = `key-check:${name}`;
      await c.query('INSERT INTO meta (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING', [
        metaKey,
        check,
      ]);
      const r = await c.query<{ value: string }>('SELECT value FROM meta WHERE key = $1', [metaKey]);
      if (r.rows[0]?.value !== check) {
        throw new RangeError(
          `${name} differs from the one the cluster's other nodes use (spec/deployment.md §Keys)`,
        );
      }
    }
  });
}

/**
 * Every live table's rows as one "file" each (`postgres/<table>`), for the
 * test-hooks storage dump (spec/test-hooks.md §Storage): the bytes of every
 * column of every row, so a byte scan finds any value a live table holds.
 * What the engine's files still hold of deleted rows is not in it
 * (spec/deployment.md §Erased rows).
 */
export async function dumpLiveTables(pool: PgPool): Promise<StorageFile[]> {
  const files: StorageFile[] = [];
  for (const table of await liveTables(pool)) {
    const r = await pool.query({ text: `SELECT * FROM "${table}"`, rowMode: 'array' });
    const parts: Buffer[] = [];
    for (const row of r.rows as unknown[][]) {
      for (const v of row) {
        if (v === null || v === undefined) continue;
        parts.push(Buffer.isBuffer(v) ? v : Buffer.from(String(v)));
        parts.push(Buffer.from([0]));
      }
    }
    files.push({ name: `postgres/${table}`, content: Buffer.concat(parts) });
  }
  return files;
}
