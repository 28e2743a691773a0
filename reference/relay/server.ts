/**
 * @module
 * Assembles the reference relay: a fastify instance, one plugin per concern
 * (spec/overview.md §Relay), over the storage of {@link openDatabase}.
 */
import type { AddressInfo } from 'node:net';
import type Database from 'better-sqlite3';
import Fastify, { type FastifyInstance } from 'fastify';
import { PROTOBUF } from '../wire/index.ts';
import { type Clock, RelayClock } from './clock.ts';
import type { RelayConfig } from './config.ts';
import { accountStoreDirectory, type DeviceDirectory } from './delivery/directory.ts';
import { ErasureRegistry } from './erasure.ts';
import { type IdentityStoreFactories, identityPlugin } from './identity.ts';
import { LogRing, relayLoggerOptions } from './log.ts';
import { deliveryLimitsFromEnv, deliveryPlugin } from './plugins/delivery.ts';
import { DiscoveryService, discoveryPlugin } from './plugins/discovery.ts';
import { errorsPlugin } from './plugins/errors.ts';
import { healthPlugin } from './plugins/health.ts';
import { OperationRegistry } from './plugins/operations.ts';
import { testHooksPlugin } from './plugins/testHooks.ts';
import { WebSocketHub, websocketPlugin } from './plugins/websocket.ts';
import { type AccountStore, SqliteAccountStore } from './storage/accounts.ts';
import { type SqliteDeliveryOptions, SqliteDeliveryStore } from './storage/deliverySqlite.ts';
import { loadDiscoveryKey, SqliteDiscoveryStore } from './storage/discovery.ts';
import type { DeliveryStore } from './storage/queue.ts';
import { openDatabase } from './storage/sqlite.ts';

/** Largest request body the relay accepts (spec/transport.md §Limits). */
export const MAX_BODY_BYTES = 1024 * 1024;

/** Largest binary WebSocket message: a request body plus framing (spec/transport.md §Limits). */
export const MAX_FRAME_BYTES = MAX_BODY_BYTES + 4096;

/** Name and version reported at `/v1/info`. */
export const IMPLEMENTATION = 'deftalk-reference-relay/0.1.0';

/** A started relay. */
export interface Relay {
  readonly app: FastifyInstance;
  readonly db: Database.Database;
  /** The one clock every plugin reads time from (reference/relay/clock.ts); the test hooks move it. */
  readonly clock: RelayClock;
  /** Every operation, answering HTTP and WebSocket (plugins/operations.ts). */
  readonly operations: OperationRegistry;
  /** Open device WebSockets, for plugins that push to devices (plugins/websocket.ts). */
  readonly hub: WebSocketHub;
  /** Every concern's eraser, for deletion, number change, device removal and purge (erasure.ts). */
  readonly erasure: ErasureRegistry;
  /** Base URL, e.g. `http://127.0.0.1:8080`. */
  readonly url: string;
  /** Stop accepting work, finish what is in flight, close storage. Idempotent. */
  close(): Promise<void>;
}

/**
 * Replaceable parts of the relay, for dependency injection. The reference
 * passes none and gets its defaults: the SQLite storage of each concern and
 * the device directory over the account storage. Another storage (the
 * PostgreSQL one a multi-node deployment needs) is plugged in here without
 * touching a plugin, and the conformance bug zoo (conformance/zoo/relays/)
 * uses the same seam to wrap one default in a deliberate fault.
 */
export interface RelayParts {
  /** Storage factories; each absent one is the SQLite default. */
  stores?: IdentityStoreFactories & {
    delivery?: (db: Database.Database, clock: Clock, opts: SqliteDeliveryOptions) => DeliveryStore;
    /** The device lists delivery checks sends against (spec/delivery.md §Device sets). */
    directory?: (accounts: AccountStore) => DeviceDirectory;
  };
  /**
   * Called once with the fastify instance and the operation registry before
   * any concern plugin is registered: the place for extra hooks (tracing,
   * metrics) that must see every route.
   */
  decorate?: (app: FastifyInstance, operations: OperationRegistry) => void | Promise<void>;
}

/** Build and start a relay on `config.host:config.port`, with the default parts unless `parts` replaces some. */
export async function startRelay(
  config: RelayConfig,
  logDestination?: NodeJS.WritableStream,
  parts: RelayParts = {},
): Promise<Relay> {
  const stores = parts.stores ?? {};
  if (config.testHooks && !isLoopback(config.host)) {
    throw new RangeError('--test-hooks is only allowed on a loopback interface');
  }
  const db = openDatabase(config.dataDir);
  // One clock for the whole relay, passed to every plugin that needs time.
  const clock = new RelayClock();
  let ready = true;
  const loggerOptions = relayLoggerOptions(config.logLevel);
  // With test hooks the relay keeps its recent log lines for the harness (spec/test-hooks.md §Logs).
  const logs = config.testHooks ? new LogRing() : undefined;
  const destination = logs ? logs.tee(logDestination ?? process.stdout) : logDestination;
  const app = Fastify({
    logger: destination ? { ...loggerOptions, stream: destination } : loggerOptions,
    bodyLimit: MAX_BODY_BYTES,
    trustProxy: false,
    return503OnClosing: true,
  });
  app.addContentTypeParser(PROTOBUF, { parseAs: 'buffer' }, (_req, body, done) => done(null, body));
  await app.register(errorsPlugin);
  const operations = new OperationRegistry(app, MAX_BODY_BYTES);
  await parts.decorate?.(app, operations);
  const hub = new WebSocketHub();
  // Each concern that stores anything about an account registers its eraser here (spec/lifecycle.md §Erasure).
  const erasure = new ErasureRegistry();
  await app.register(healthPlugin, {
    operations,
    isReady: () => ready,
    capabilities: config.testHooks ? ['test-hooks'] : [],
    implementation: IMPLEMENTATION,
    maxBodyBytes: MAX_BODY_BYTES,
  });
  await app.register(websocketPlugin, { operations, hub, maxFrameBytes: MAX_FRAME_BYTES });
  const discovery = new DiscoveryService(
    new SqliteDiscoveryStore(db),
    loadDiscoveryKey(config.dataDir),
    clock,
  );
  await app.register(identityPlugin, {
    operations,
    db,
    clock,
    config,
    connections: hub,
    stores,
    onRegistered: (accountId, e164) => discovery.record(accountId, e164),
  });
  await app.register(discoveryPlugin, { operations, service: discovery });
  const deliveryLimits = deliveryLimitsFromEnv();
  const deliveryOptions: SqliteDeliveryOptions = { queueQuota: deliveryLimits.queueQuota };
  const accounts = stores.accounts?.(db) ?? new SqliteAccountStore(db);
  await app.register(deliveryPlugin, {
    operations,
    hub,
    clock,
    store:
      stores.delivery?.(db, clock, deliveryOptions) ?? new SqliteDeliveryStore(db, clock, deliveryOptions),
    directory: (stores.directory ?? accountStoreDirectory)(accounts),
    limits: deliveryLimits,
    testHooks: config.testHooks,
  });
  if (config.testHooks && logs) {
    await app.register(testHooksPlugin, { operations, clock, dataDir: config.dataDir, logs });
  }
  await app.listen({ host: config.host, port: config.port, listenTextResolver: () => 'relay listening' });
  const { port } = app.server.address() as AddressInfo;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  let closing: Promise<void> | undefined;
  return {
    app,
    db,
    clock,
    operations,
    hub,
    erasure,
    url: `http://${host}:${port}`,
    close() {
      closing ??= (async () => {
        ready = false;
        await app.close();
        db.close();
      })();
      return closing;
    },
  };
}

/** True for 127.0.0.0/8, ::1 and `localhost`. */
export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}
