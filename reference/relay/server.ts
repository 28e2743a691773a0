/**
 * @module
 * Assembles the reference relay: a fastify instance, one plugin per concern
 * (spec/overview.md §Relay), over the storage of {@link openDatabase}.
 */
import type { AddressInfo } from 'node:net';
import type Database from 'better-sqlite3';
import Fastify, { type FastifyInstance } from 'fastify';
import { PROTOBUF } from '../wire/index.ts';
import { openCluster } from './bus/node.ts';
import { type Clock, RelayClock } from './clock.ts';
import type { RelayConfig } from './config.ts';
import { ContactCredentials, loadContactCredentialKey } from './contactCredential.ts';
import { accountStoreDirectory, type DeviceDirectory } from './delivery/directory.ts';
import { ErasureRegistry } from './erasure.ts';
import { type IdentityStoreFactories, identityPlugin } from './identity.ts';
import type { IdentityContext } from './identityContext.ts';
import { deliveryEraser, lifecycleEraser } from './lifecycle/erasers.ts';
import { loadPolicy } from './lifecycle/policy.ts';
import { LogRing, relayLoggerOptions } from './log.ts';
import { AdvertisingService, advertisingPlugin } from './plugins/advertising.ts';
import { deliveryLimitsFromEnv, deliveryPlugin } from './plugins/delivery.ts';
import { DiscoveryService, discoveryPlugin } from './plugins/discovery.ts';
import { errorsPlugin } from './plugins/errors.ts';
import { groupsPlugin, type PushOffer } from './plugins/groups.ts';
import { healthPlugin } from './plugins/health.ts';
import { type AccountLifecycle, DEFAULT_INACTIVITY_DAYS, lifecyclePlugin } from './plugins/lifecycle.ts';
import { OperationRegistry } from './plugins/operations.ts';
import { presencePlugin } from './plugins/presence.ts';
import { profilesPlugin, VisibilityRule } from './plugins/profiles.ts';
import { syncPlugin } from './plugins/sync.ts';
import { testHooksPlugin } from './plugins/testHooks.ts';
import { WebSocketHub, websocketPlugin } from './plugins/websocket.ts';
import { DevPushGateway } from './push/dev.ts';
import type { PushGateway } from './push/gateway.ts';
import { type AccountStore, SqliteAccountStore } from './storage/accounts.ts';
import { type AdvertisingStore, SqliteAdvertisingStore } from './storage/advertising.ts';
import type { SqliteDeliveryOptions } from './storage/deliverySqlite.ts';
import { DeliveryWriter } from './storage/deliveryWriter.ts';
import { type DiscoveryStore, loadDiscoveryKey, SqliteDiscoveryStore } from './storage/discovery.ts';
import { type GroupStore, SqliteGroupStore } from './storage/groups.ts';
import { type LifecycleStore, SqliteLifecycleStore } from './storage/lifecycle.ts';
import { type ProfileConcernStore, SqliteProfileStore } from './storage/profiles.ts';
import type { DeliveryStore } from './storage/queue.ts';
import { openDatabase } from './storage/sqlite.ts';
import { SqliteSyncStore, type SyncStore } from './storage/sync.ts';
import type { SharedGroups } from './visibility.ts';
import { registerWebsite, type WebsiteParts } from './website/index.ts';

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
  /** Whether two accounts share a group (spec/groups.md), for the profile and presence rules (visibility.ts). */
  readonly groups: SharedGroups;
  /** Contact credentials; a number change calls `revoke` (spec/discovery.md §Contact credential). */
  readonly contactCredentials: ContactCredentials;
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
    /** The discovery index (spec/discovery.md §Discovery index). */
    discovery?: (db: Database.Database) => DiscoveryStore;
    /** Feedback records and the audience counts (spec/website.md §Feedback storage, §Audience report). */
    feedback?: WebsiteParts['feedback'];
    audience?: WebsiteParts['audience'];
    /** Groups and their members (spec/groups.md §Storage). */
    groups?: (db: Database.Database) => GroupStore;
    /** The per-account encrypted sync area (spec/sync.md §Storage). */
    sync?: (db: Database.Database) => SyncStore;
    /** Profiles, presence setting and last seen, number epochs, discovery budgets (spec/profiles.md §Storage). */
    profiles?: (db: Database.Database) => ProfileConcernStore;
    /** Advertising opt-ins, unsubscribe token digests, relay notices (spec/advertising.md §Storage). */
    advertising?: (db: Database.Database) => AdvertisingStore;
    /** Activity days, consent, push tokens; the identity rows' end (spec/lifecycle.md §Storage). */
    lifecycle?: (db: Database.Database) => LifecycleStore;
  };
  /** Push gateways (spec/lifecycle.md §Uninstall); default none, or the development one with test hooks. */
  push?: PushGateway[];
  /** Transport of feedback replies (spec/website.md §Mail); default `--sendmail`, else the test hooks' memory sink. */
  mail?: WebsiteParts['mail'];
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
  // --store / --bus (spec/deployment.md): PostgreSQL and a bus between nodes; SQLite and in-process without.
  const cluster = await openCluster(config);
  const stores = { ...cluster.stores, ...parts.stores };
  if (config.testHooks && !isLoopback(config.host)) {
    throw new RangeError('--test-hooks is only allowed on a loopback interface');
  }
  const db = openDatabase(config.dataDir);
  // With --store the accounts live in PostgreSQL; concerns still on the node's SQLite file cannot
  // reference them there (spec/deployment.md §What each engine holds).
  if (config.store) db.pragma('foreign_keys = OFF');
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
    // One reverse proxy's X-Forwarded-For entry names the client; the test-hooks harness plays that proxy
    // (spec/website.md §Client address). The address only chooses the website's language.
    trustProxy: config.trustProxy || config.testHooks ? (_address: string, hop: number) => hop === 0 : false,
    return503OnClosing: true,
  });
  app.addContentTypeParser(PROTOBUF, { parseAs: 'buffer' }, (_req, body, done) => done(null, body));
  await app.register(errorsPlugin);
  const operations = new OperationRegistry(app, MAX_BODY_BYTES);
  await parts.decorate?.(app, operations);
  const hub = new WebSocketHub();
  const routing = cluster.route(hub, app.log);
  // Each concern that stores anything about an account registers its eraser here (spec/lifecycle.md §Erasure).
  const erasure = new ErasureRegistry();
  // Set once the delivery store exists (below); /healthz asks it on every request.
  let deliveryFailure: () => Error | undefined = () => undefined;
  await app.register(healthPlugin, {
    operations,
    isReady: () => ready,
    storageFailure: () => deliveryFailure(),
    capabilities: config.testHooks ? ['test-hooks'] : [],
    implementation: IMPLEMENTATION,
    maxBodyBytes: MAX_BODY_BYTES,
  });
  await app.register(websocketPlugin, { operations, hub, maxFrameBytes: MAX_FRAME_BYTES });
  // Profiles, presence and contact credentials (spec/profiles.md, presence.md, discovery.md §Contact credential).
  const profileStore = stores.profiles?.(db) ?? new SqliteProfileStore(db);
  const credentialAccounts = stores.accounts?.(db) ?? new SqliteAccountStore(db);
  const contactCredentials = new ContactCredentials(
    loadContactCredentialKey(config.dataDir),
    profileStore,
    async (a) => (await credentialAccounts.get(a)) !== undefined,
    clock,
  );
  erasure.add({ concern: 'profiles', eraseAccount: (a) => profileStore.eraseAccount(a) });
  // Set once the identity and lifecycle plugins are in place; registration reaches lifecycle through it.
  let identity: IdentityContext | undefined;
  let lifecycle: AccountLifecycle | undefined;
  const discovery = new DiscoveryService(
    stores.discovery?.(db) ?? new SqliteDiscoveryStore(db),
    loadDiscoveryKey(config.dataDir),
    clock,
    profileStore,
    contactCredentials,
  );
  await app.register(identityPlugin, {
    operations,
    db,
    clock,
    config,
    connections: routing.connections,
    stores,
    onRegistered: async (accountId, e164) => {
      await discovery.record(accountId, e164);
      await lifecycle?.touch(accountId);
    },
    erasure,
    onReplaced: async (accountId) => lifecycle?.eraseAccount(accountId, 'replaced'),
    onContext: (c) => {
      identity = c;
    },
  });
  await app.register(discoveryPlugin, { operations, service: discovery });
  const deliveryLimits = deliveryLimitsFromEnv();
  const deliveryOptions: SqliteDeliveryOptions = { queueQuota: deliveryLimits.queueQuota };
  const accounts = stores.accounts?.(db) ?? new SqliteAccountStore(db);
  const deliveryStore = routing.store(
    // The default store commits on a worker thread, off the event loop (storage/deliveryWriter.ts).
    stores.delivery?.(db, clock, deliveryOptions) ?? (await DeliveryWriter.open(db, clock, deliveryOptions)),
  );
  deliveryFailure = () => deliveryStore.failure?.();
  const directory = (stores.directory ?? accountStoreDirectory)(accounts);
  // Delivery registers no eraser of its own: its queues are erased device by device (spec/lifecycle.md §Erasure).
  erasure.add(deliveryEraser(deliveryStore, accounts));
  // The groups fan-out hands stored copies to the delivery plugin's push streams through this.
  const pushes: PushOffer = {};
  await app.register(deliveryPlugin, {
    operations,
    hub,
    clock,
    store: deliveryStore,
    directory,
    limits: deliveryLimits,
    testHooks: config.testHooks,
    pushes,
    sharedStore: cluster.stores.delivery !== undefined,
    remote: routing.transients,
  });
  const groups = stores.groups?.(db) ?? new SqliteGroupStore(db);
  await app.register(groupsPlugin, {
    operations,
    clock,
    store: groups,
    delivery: deliveryStore,
    directory,
    erasure,
    pushes,
    ttlMs: deliveryLimits.ttlMs,
  });
  // The visibility rule of clause 6.1: a contact credential or a shared group (spec/profiles.md).
  const visibilityRule = new VisibilityRule(contactCredentials, groups);
  await app.register(profilesPlugin, { operations, store: profileStore, rule: visibilityRule });
  await app.register(presencePlugin, {
    operations,
    hub,
    clock,
    store: profileStore,
    rule: visibilityRule,
    network: routing,
  });
  await app.register(syncPlugin, {
    operations,
    store: stores.sync?.(db) ?? new SqliteSyncStore(db),
    erasure,
  });
  // Advertising: opt-in, relay notices, the unsubscribe link (spec/advertising.md).
  const ads = new AdvertisingService(stores.advertising?.(db) ?? new SqliteAdvertisingStore(db), clock);
  await app.register(advertisingPlugin, { operations, service: ads, erasure, clock });
  // The website, its feedback form and the operator API (spec/website.md, spec/operator.md).
  await registerWebsite(app, {
    config,
    db,
    clock,
    ads,
    parts: { feedback: stores.feedback, audience: stores.audience, mail: parts.mail },
  });
  // Account lifecycle last, so that it wraps the authenticator and erases through every concern (spec/lifecycle.md).
  const lifecycleStore = stores.lifecycle?.(db) ?? new SqliteLifecycleStore(db);
  erasure.add(lifecycleEraser(lifecycleStore));
  lifecycle = await lifecyclePlugin(app, {
    operations,
    identity: identity!,
    store: lifecycleStore,
    erasure,
    discovery,
    forgetDiscovery: (a) => lifecycleStore.forgetDiscovery(a),
    onNumberChanged: (a) => contactCredentials.revoke(a),
    policy: loadPolicy(),
    inactivityDays: config.inactivityDays ?? DEFAULT_INACTIVITY_DAYS,
    pushGateways: parts.push ?? (config.testHooks ? [new DevPushGateway()] : []),
    hub,
    testHooks: config.testHooks,
  });
  if (config.testHooks && logs) {
    await app.register(testHooksPlugin, {
      operations,
      clock,
      dataDir: config.dataDir,
      logs,
      extraFiles: cluster.dump,
      identity,
    });
  }
  await routing.start();
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
    groups,
    contactCredentials,
    url: `http://${host}:${port}`,
    close() {
      closing ??= (async () => {
        ready = false;
        await app.close();
        db.close();
        await cluster.close();
      })();
      return closing;
    },
  };
}

/** True for 127.0.0.0/8, ::1 and `localhost`. */
export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}
