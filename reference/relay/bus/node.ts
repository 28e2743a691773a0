/**
 * @module
 * What `--store` and `--bus` make of a relay node (spec/deployment.md
 * §Configuration). Neither given: the embedded SQLite storage and the
 * in-process bus, one process serving everything. `--store postgres://…`:
 * the PostgreSQL stores of storage/postgres/ for every concern that has
 * one, with the schema migrated at start. `--bus redis://…`: routing between
 * nodes over Redis. A cluster needs both: a shared store without a bus
 * leaves devices on other nodes waiting for their next connection.
 */
import type Database from 'better-sqlite3';
import type { FastifyBaseLogger } from 'fastify';
import type { StorageFile } from '../../wire/testHooks.ts';
import type { Clock } from '../clock.ts';
import { CONTACT_CREDENTIAL_KEY_FILE, loadContactCredentialKey } from '../contactCredential.ts';
import type { IdentityStoreFactories } from '../identity.ts';
import type { WebSocketHub } from '../plugins/websocket.ts';
import type { DiscoveryStore } from '../storage/discovery.ts';
import { loadDiscoveryKey } from '../storage/discovery.ts';
import { loadIdentifierKey } from '../storage/identifierKey.ts';
import type { LifecycleStore } from '../storage/lifecycle.ts';
import {
  checkClusterKeys,
  dumpLiveTables,
  isPostgresUrl,
  migrate,
  openPool,
  PgAccountStore,
  PgAuthStore,
  PgDeliveryStore,
  PgDiscoveryStore,
  PgKeyStore,
  PgLifecycleStore,
  PgProvisioningStore,
  PgVerificationStore,
  type SharedConcernStores,
  sharedConcernStores,
} from '../storage/postgres/index.ts';
import type { DeliveryStore } from '../storage/queue.ts';
import type { Bus } from './bus.ts';
import { ClusterRouting } from './cluster.ts';
import { LocalBus } from './local.ts';
import { RedisBus } from './redis.ts';

/** The storage and routing a node was configured with. */
export interface ClusterParts {
  /** Store factories for the RelayParts seam; empty for SQLite. */
  readonly stores: IdentityStoreFactories & {
    discovery?: () => DiscoveryStore;
    delivery?: (db: unknown, clock: Clock, opts: { queueQuota: number }) => DeliveryStore;
    lifecycle?: (db: Database.Database) => LifecycleStore;
  } & Partial<SharedConcernStores>;
  /** Join the hub to the bus (call once the hub exists); routing starts with {@link ClusterRouting.start}. */
  route(hub: WebSocketHub, log: FastifyBaseLogger): ClusterRouting;
  /** Live rows of the shared store, for the test-hooks dump; undefined on SQLite (its files are the dump). */
  readonly dump: (() => Promise<StorageFile[]>) | undefined;
  close(): Promise<void>;
}

/** Open the configured store and bus (see the module comment). */
export async function openCluster(config: {
  dataDir: string;
  store?: string;
  bus?: string;
}): Promise<ClusterParts> {
  if (config.store !== undefined && !isPostgresUrl(config.store)) {
    throw new RangeError('--store: expected a postgres:// URL');
  }
  if (config.bus !== undefined && !/^rediss?:\/\//.test(config.bus)) {
    throw new RangeError('--bus: expected a redis:// URL');
  }
  if (config.bus !== undefined && config.store === undefined) {
    // Nodes on their own SQLite files share no queue: a bus between them would route to nothing.
    throw new RangeError('--bus needs --store: nodes of one service share one PostgreSQL store');
  }
  // DEFTALK_BUS_HEARTBEAT_MS: a shorter beat lets tests see a killed node's devices go offline sooner.
  const heartbeatMs = Number(process.env.DEFTALK_BUS_HEARTBEAT_MS) || undefined;
  const bus: Bus = config.bus ? new RedisBus(config.bus, { heartbeatMs }) : new LocalBus();
  if (!config.store) {
    return {
      stores: {},
      route: (hub, log) => new ClusterRouting(hub, bus, log),
      dump: undefined,
      close: () => bus.close(),
    };
  }
  const pool = openPool(config.store);
  try {
    await migrate(pool);
    await checkClusterKeys(pool, {
      'identifier.key': loadIdentifierKey(config.dataDir),
      'discovery.key': loadDiscoveryKey(config.dataDir),
      [CONTACT_CREDENTIAL_KEY_FILE]: loadContactCredentialKey(config.dataDir),
    });
  } catch (e) {
    await pool.end();
    await bus.close();
    throw e;
  }
  return {
    stores: {
      accounts: () => new PgAccountStore(pool),
      auth: () => new PgAuthStore(pool),
      verification: () => new PgVerificationStore(pool),
      provisioning: () => new PgProvisioningStore(pool),
      keys: () => new PgKeyStore(pool),
      discovery: () => new PgDiscoveryStore(pool),
      delivery: (_db, clock, opts) => new PgDeliveryStore(pool, clock, opts),
      lifecycle: (db) => new PgLifecycleStore(pool, db),
      ...sharedConcernStores(pool),
      // Per-account limits held in Redis, so that a client spreading its requests over the nodes gets one budget.
      ...(config.bus
        ? { rateLimiter: (name, capacity, windowMs) => bus.rateLimiter(name, capacity, windowMs) }
        : {}),
    },
    route: (hub, log) => new ClusterRouting(hub, bus, log),
    dump: () => dumpLiveTables(pool),
    async close() {
      await bus.close();
      await pool.end();
    },
  };
}
