/**
 * @module
 * The identity part of the relay (spec/registration.md, accounts.md, auth.md,
 * keys.md), assembled as one fastify plugin that builds the shared
 * {@link IdentityContext} over the SQLite storage and registers the four
 * concern plugins: auth (first, so the authenticator is in place),
 * registration, accounts, keys. It also sweeps expired codes, challenges,
 * tokens and mailboxes once a minute of real time, reading relay time.
 */
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import type { FastifyInstance } from 'fastify';
import type { AccountId } from '../wire/ids.ts';
import type { Clock } from './clock.ts';
import type { ErasureRegistry } from './erasure.ts';
import {
  BUNDLE_RATE,
  DEFAULT_IDENTITY_LIMITS,
  type DeviceConnections,
  type IdentityContext,
} from './identityContext.ts';
import { accountsPlugin } from './plugins/accounts.ts';
import { authPlugin } from './plugins/auth.ts';
import { keysPlugin } from './plugins/keys.ts';
import type { OperationRegistry } from './plugins/operations.ts';
import { registrationPlugin } from './plugins/registration.ts';
import { DevSmsGateway } from './sms/dev.ts';
import type { SmsGateway } from './sms/gateway.ts';
import { type AccountStore, SqliteAccountStore } from './storage/accounts.ts';
import { type AuthStore, SqliteAuthStore } from './storage/auth.ts';
import { loadIdentifierKey } from './storage/identifierKey.ts';
import { type KeyStore, SqliteKeyStore } from './storage/keys.ts';
import { type ProvisioningStore, SqliteProvisioningStore } from './storage/provisioning.ts';
import { type RateLimiter, TokenBuckets } from './storage/rateLimits.ts';
import { SqliteVerificationStore, type VerificationStore } from './storage/verification.ts';

/** File the `--dev-sms` gateway appends codes to, inside the data directory. */
export const DEV_SMS_FILE = 'dev-sms.log';

/** How often expired identity rows are swept (real time; expiry itself is checked against the relay clock on every read). */
const SWEEP_INTERVAL_MS = 60_000;

/** Options of {@link identityPlugin}. */
export interface IdentityOptions {
  operations: OperationRegistry;
  db: Database.Database;
  clock: Clock;
  config: { dataDir: string; testHooks: boolean; devSms?: boolean; pinScryptLog2N?: number };
  /** Open WebSocket connections, so removing a device closes its connection. */
  connections?: DeviceConnections;
  /** A production SMS gateway; without one, only `--dev-sms` or `--test-hooks` enable registration. */
  sms?: SmsGateway;
  /** Storage implementations to use instead of the SQLite ones (see {@link IdentityStoreFactories}). */
  stores?: IdentityStoreFactories;
  /** Called once a number's account exists (spec/discovery.md §Discovery index). */
  onRegistered?: (accountId: AccountId, e164: string) => Promise<void>;
  /** Erases every concern's data of an account a re-registration replaces (spec/lifecycle.md §Erasure). */
  onReplaced?: (accountId: AccountId) => Promise<void>;
  /** Every concern's eraser; a removed device is erased through it (spec/lifecycle.md §Erasure). */
  erasure?: ErasureRegistry;
  /** Receives the shared identity context once built, for the lifecycle plugin (spec/lifecycle.md). */
  onContext?: (identity: IdentityContext) => void;
}

/**
 * Factories of the identity storage, one per concern, each given the relay's
 * database. The reference passes none and gets the SQLite implementations; a
 * deployment plugs in another storage here (a PostgreSQL one, say), and the
 * conformance bug zoo (conformance/zoo/) decorates the defaults to plant one
 * fault each. The plugins see only the interfaces.
 */
export interface IdentityStoreFactories {
  accounts?: (db: Database.Database) => AccountStore;
  auth?: (db: Database.Database) => AuthStore;
  verification?: (db: Database.Database) => VerificationStore;
  provisioning?: (db: Database.Database) => ProvisioningStore;
  keys?: (db: Database.Database) => KeyStore;
  /** A rate limiter shared by every node of the service (spec/deployment.md §Rate limits); default in memory. */
  rateLimiter?: (name: string, capacity: number, windowMs: number) => RateLimiter;
}

/** Choose the gateway (spec/registration.md §Gateways): explicit, else the development one when enabled, else none. */
function chooseGateway(opts: IdentityOptions): SmsGateway | undefined {
  if (opts.sms) return opts.sms;
  if (opts.config.devSms) return new DevSmsGateway(join(opts.config.dataDir, DEV_SMS_FILE));
  if (opts.config.testHooks) return new DevSmsGateway();
  return undefined;
}

/** Fastify plugin: registration, accounts, authentication and the key directory. */
export async function identityPlugin(app: FastifyInstance, opts: IdentityOptions): Promise<void> {
  const { db, operations } = opts;
  const stores = opts.stores ?? {};
  const limiter = (name: string, capacity: number, windowMs: number): RateLimiter =>
    stores.rateLimiter?.(name, capacity, windowMs) ?? new TokenBuckets(capacity, windowMs);
  const identity: IdentityContext = {
    clock: opts.clock,
    accounts: stores.accounts?.(db) ?? new SqliteAccountStore(db),
    auth: stores.auth?.(db) ?? new SqliteAuthStore(db),
    verification: stores.verification?.(db) ?? new SqliteVerificationStore(db),
    provisioning: stores.provisioning?.(db) ?? new SqliteProvisioningStore(db),
    keys: stores.keys?.(db) ?? new SqliteKeyStore(db),
    identifierKey: loadIdentifierKey(opts.config.dataDir),
    sms: chooseGateway(opts),
    limits: {
      ...DEFAULT_IDENTITY_LIMITS,
      pinScryptLog2N: opts.config.pinScryptLog2N ?? DEFAULT_IDENTITY_LIMITS.pinScryptLog2N,
    },
    bundleLimiter: limiter('bundle', BUNDLE_RATE.capacity, BUNDLE_RATE.windowMs),
    anonymousLimiter: limiter('anonymous', 1000, 10 * 60_000),
    connections: opts.connections,
  };
  await authPlugin(app, { operations, identity });
  await registrationPlugin(app, {
    operations,
    identity,
    testHooks: opts.config.testHooks,
    onRegistered: opts.onRegistered,
    onReplaced: opts.onReplaced,
  });
  await accountsPlugin(app, { operations, identity, erasure: opts.erasure });
  await keysPlugin(app, { operations, identity });
  opts.onContext?.(identity);

  const sweep = async () => {
    const now = identity.clock.now();
    await identity.verification.sweep(now);
    await identity.auth.sweep(now);
    await identity.provisioning.sweep(now);
  };
  const timer = setInterval(() => {
    sweep().catch((err: unknown) => app.log.error({ err }, 'identity sweep failed'));
  }, SWEEP_INTERVAL_MS);
  timer.unref();
  app.addHook('onClose', async () => clearInterval(timer));
}
