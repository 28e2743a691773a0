/**
 * @module
 * Assembles the reference relay: a fastify instance, one plugin per concern
 * (spec/overview.md §Relay), over the storage of {@link openDatabase}.
 */
import type { AddressInfo } from 'node:net';
import type Database from 'better-sqlite3';
import Fastify, { type FastifyInstance } from 'fastify';
import { PROTOBUF } from '../wire/index.ts';
import { RelayClock } from './clock.ts';
import type { RelayConfig } from './config.ts';
import { accountStoreDirectory } from './delivery/directory.ts';
import { identityPlugin } from './identity.ts';
import { LogRing, relayLoggerOptions } from './log.ts';
import { deliveryLimitsFromEnv, deliveryPlugin } from './plugins/delivery.ts';
import { errorsPlugin } from './plugins/errors.ts';
import { healthPlugin } from './plugins/health.ts';
import { OperationRegistry } from './plugins/operations.ts';
import { testHooksPlugin } from './plugins/testHooks.ts';
import { WebSocketHub, websocketPlugin } from './plugins/websocket.ts';
import { SqliteAccountStore } from './storage/accounts.ts';
import { SqliteDeliveryStore } from './storage/deliverySqlite.ts';
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
  /** Base URL, e.g. `http://127.0.0.1:8080`. */
  readonly url: string;
  /** Stop accepting work, finish what is in flight, close storage. Idempotent. */
  close(): Promise<void>;
}

/** Build and start a relay on `config.host:config.port`. */
export async function startRelay(
  config: RelayConfig,
  logDestination?: NodeJS.WritableStream,
): Promise<Relay> {
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
  const hub = new WebSocketHub();
  await app.register(healthPlugin, {
    operations,
    isReady: () => ready,
    capabilities: config.testHooks ? ['test-hooks'] : [],
    implementation: IMPLEMENTATION,
    maxBodyBytes: MAX_BODY_BYTES,
  });
  await app.register(websocketPlugin, { operations, hub, maxFrameBytes: MAX_FRAME_BYTES });
  await app.register(identityPlugin, { operations, db, clock, config, connections: hub });
  const deliveryLimits = deliveryLimitsFromEnv();
  await app.register(deliveryPlugin, {
    operations,
    hub,
    clock,
    store: new SqliteDeliveryStore(db, clock, { queueQuota: deliveryLimits.queueQuota }),
    directory: accountStoreDirectory(new SqliteAccountStore(db)),
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
