/**
 * @module
 * The account lifecycle (spec/lifecycle.md): change of number, account
 * deletion, push tokens and uninstall feedback, the inactivity purge, the
 * published policy and each account's consent to it, and the test hooks of
 * the chapter. Every erasure runs the relay's {@link ErasureRegistry}
 * first, so each concern erases its own data, then deletes the identity
 * rows last and truncates the write-ahead log, so no copy of what was
 * erased remains in any storage file when the request is answered.
 */
import type { FastifyInstance } from 'fastify';
import { DefTalkError } from '../../errors/index.ts';
import { type AccountId, type DeviceId, PRIMARY_DEVICE_ID } from '../../wire/ids.ts';
import {
  type ConsentState,
  decodeChangeNumberRequest,
  decodeConsentRequest,
  decodePushTokenRegistration,
  decodeTestHookInventoryRequest,
  decodeTestHookPushUnregistered,
  encodeConsentState,
  encodePolicyInfo,
  encodeTestHookInventory,
} from '../../wire/lifecycle.ts';
import type { ErasureRegistry } from '../erasure.ts';
import type { IdentityContext } from '../identityContext.ts';
import { formatInventory } from '../lifecycle/inventory.ts';
import { optionalUses, type Policy, policyInfo, USE_DISCOVERY } from '../lifecycle/policy.ts';
import { DevPushGateway } from '../push/dev.ts';
import type { PushGateway } from '../push/gateway.ts';
import { phoneTag } from '../storage/identifierKey.ts';
import { dayOf, type LifecycleStore } from '../storage/lifecycle.ts';
import { DEVICE_REMOVED_CLOSE_CODE } from './accounts.ts';
import type { AuthenticatedDevice, OperationRegistry } from './operations.ts';
import { checkVerificationCode, parseE164 } from './registration.ts';
import { TEST_HOOKS_PREFIX } from './testHooks.ts';
import type { WebSocketHub } from './websocket.ts';

/** Default days without authenticated activity before the purge erases an account (policy clause 5.3). */
export const DEFAULT_INACTIVITY_DAYS = 365;

/** Default real-time interval of the inactivity sweep; it reads the relay clock. */
export const DEFAULT_PURGE_INTERVAL_MS = 3600_000;

/** Days without activity after which each sweep day wakes the account's devices to learn of uninstalls. */
export const WAKE_AFTER_DAYS = 7;

/** Accounts one sweep erases at most before yielding to the next. */
const PURGE_BATCH = 100;

/** Why an account is erased, for the one log line an erasure writes (no account id, no number). */
export type ErasureReason = 'deletion' | 'uninstall' | 'inactivity' | 'replaced';

/** The discovery index as lifecycle uses it (reference/relay/plugins/discovery.ts `DiscoveryService`). */
export interface DiscoveryIndex {
  /** Index the account's number, replacing the account's earlier entry. */
  record(accountId: AccountId, e164: string): Promise<void>;
}

/** Options of {@link lifecyclePlugin}. */
export interface LifecycleOptions {
  operations: OperationRegistry;
  identity: IdentityContext;
  store: LifecycleStore;
  erasure: ErasureRegistry;
  discovery: DiscoveryIndex;
  /** Remove the account's entry from the discovery index (the use "discovery" declined). */
  forgetDiscovery: (accountId: AccountId) => Promise<void>;
  /** Revokes what was bound to the old number, such as contact credentials (spec/lifecycle.md §Change of number, step 7). */
  onNumberChanged?: (accountId: AccountId) => Promise<void>;
  policy: Policy;
  inactivityDays: number;
  pushGateways: readonly PushGateway[];
  /** Real-time interval of the inactivity sweep. */
  purgeIntervalMs?: number;
  /** Device connections: an account with one open counts as active at every sweep (plugins/websocket.ts). */
  hub?: Pick<WebSocketHub, 'listen'>;
  testHooks: boolean;
}

/**
 * The lifecycle operations on accounts, shared by the plugin's routes, the
 * uninstall feedback and the purge (and by registration, for the account a
 * re-registration replaces).
 */
export class AccountLifecycle {
  readonly #opts: LifecycleOptions;
  /** Day last recorded per account, so that activity costs one write per account per day. */
  readonly #recorded = new Map<AccountId, number>();
  /** The day each idle push token was last woken, so a token is woken at most once a day. */
  readonly #woken = new Map<string, number>();
  /** Open device connections per account: requests over a WebSocket pass no authenticator. */
  readonly #connected = new Map<AccountId, number>();

  constructor(opts: LifecycleOptions) {
    this.#opts = opts;
  }

  /** Record authenticated activity of `accountId` today (spec/lifecycle.md §Inactivity). */
  async touch(accountId: AccountId): Promise<void> {
    const day = dayOf(this.#opts.identity.clock.now());
    if (this.#recorded.get(accountId) === day) return;
    await this.#opts.store.touch(accountId, day);
    this.#recorded.set(accountId, day);
  }

  /**
   * Erase the account from every concern, then its identity rows, then the
   * write-ahead log copies (spec/lifecycle.md §Erasure, steps 1-4).
   */
  async eraseAccount(
    accountId: AccountId,
    reason: ErasureReason,
    log?: FastifyInstance['log'],
  ): Promise<void> {
    const { identity, erasure, store } = this.#opts;
    for (const d of await identity.accounts.devices(accountId)) {
      identity.connections
        ?.connectionOf({ accountId, deviceId: d.deviceId })
        ?.close(DEVICE_REMOVED_CLOSE_CODE, 'account erased');
    }
    await erasure.eraseAccount(accountId);
    this.#recorded.delete(accountId);
    // A registration that replaces the account deletes its identity rows in its own transaction.
    if (reason !== 'replaced') {
      await store.deleteAccount(accountId);
      // The identity store may be another engine than lifecycle's (a PostgreSQL one has no lifecycle
      // store yet): never answer an erasure that left the account behind.
      if (await identity.accounts.get(accountId)) throw new DefTalkError('STORAGE_UNAVAILABLE');
    }
    await store.compact();
    log?.info({ reason }, 'account erased');
  }

  /** Remove one device the relay learned is gone (spec/lifecycle.md §Uninstall, step 3). */
  async removeDevice(accountId: AccountId, deviceId: DeviceId): Promise<void> {
    const { identity, erasure, store } = this.#opts;
    identity.connections
      ?.connectionOf({ accountId, deviceId })
      ?.close(DEVICE_REMOVED_CLOSE_CODE, 'device removed');
    await erasure.eraseDevice(accountId, deviceId);
    await store.removeDevice(accountId, deviceId);
    await store.compact();
  }

  /**
   * The uninstall feedback of a push gateway (spec/lifecycle.md §Uninstall):
   * the device holding the token is removed, and the account with it when it
   * is the primary device or the account's last one.
   */
  async unregistered(gateway: string, token: Uint8Array, log?: FastifyInstance['log']): Promise<void> {
    const { identity, store } = this.#opts;
    const holder = await store.deviceOfPushToken(gateway, token);
    if (!holder) return;
    const devices = await identity.accounts.devices(holder.accountId);
    if (holder.deviceId === PRIMARY_DEVICE_ID || devices.length <= 1) {
      await this.eraseAccount(holder.accountId, 'uninstall', log);
    } else {
      await this.removeDevice(holder.accountId, holder.deviceId);
      log?.info('device removed after uninstall feedback');
    }
  }

  /** Count a device connection of `accountId` opening (+1) or closing (-1). */
  connection(accountId: AccountId, delta: 1 | -1): void {
    const n = (this.#connected.get(accountId) ?? 0) + delta;
    if (n > 0) this.#connected.set(accountId, n);
    else this.#connected.delete(accountId);
  }

  /**
   * Wake, once a day, the devices of accounts idle for more than
   * {@link WAKE_AFTER_DAYS}: a push service answers a wake-up for an
   * uninstalled app "unregistered", which removes the device as its feedback
   * would (spec/lifecycle.md §Uninstall).
   */
  async #wakeIdle(today: number, log?: FastifyInstance['log']): Promise<void> {
    const gateways = new Map(this.#opts.pushGateways.map((g) => [g.name, g]));
    for (const [key, day] of this.#woken) if (day !== today) this.#woken.delete(key);
    for (const { gateway, token } of await this.#opts.store.pushTokensInactiveBefore(
      today - WAKE_AFTER_DAYS,
    )) {
      const g = gateways.get(gateway);
      const key = `${gateway}/${Buffer.from(token).toString('hex')}`;
      if (!g || this.#woken.get(key) === today) continue;
      this.#woken.set(key, today);
      if ((await g.wake(token)) === 'unregistered') await this.unregistered(gateway, token, log);
    }
  }

  /** Erase every account inactive for more than the configured days (spec/lifecycle.md §Inactivity). */
  async purge(log?: FastifyInstance['log']): Promise<number> {
    const { store, identity, inactivityDays } = this.#opts;
    // A device that stays connected is in use even when it sends nothing but acks.
    for (const accountId of this.#connected.keys()) await this.touch(accountId);
    const today = dayOf(identity.clock.now());
    await this.#wakeIdle(today, log);
    const cutoff = today - inactivityDays;
    let erased = 0;
    for (;;) {
      const batch = await store.inactiveBefore(cutoff, PURGE_BATCH);
      if (batch.length === 0) return erased;
      for (const a of batch) await this.eraseAccount(a, 'inactivity', log);
      erased += batch.length;
    }
  }
}

/** Fastify plugin: the lifecycle operations, activity tracking, uninstall feedback, the purge, the hooks. */
export async function lifecyclePlugin(
  app: FastifyInstance,
  opts: LifecycleOptions,
): Promise<AccountLifecycle> {
  const { operations, identity: ctx, store, policy } = opts;
  const lifecycle = new AccountLifecycle(opts);
  const optional = optionalUses(policy);
  const gateways = new Map(opts.pushGateways.map((g) => [g.name, g]));

  // Activity is any request or WebSocket that authenticates as a device of the account.
  const inner = operations.authenticator;
  const track = async <T>(found: T): Promise<T> => {
    if (found && !(found instanceof DefTalkError)) {
      await lifecycle.touch((found as unknown as AuthenticatedDevice).accountId as AccountId);
    }
    return found;
  };
  operations.useAuthenticator({
    request: async (request) => track(await inner.request(request)),
    upgrade: async (request) => track(await inner.upgrade(request)),
  });

  opts.hub?.listen({
    attached: (conn) => lifecycle.connection(conn.device!.accountId as AccountId, 1),
    detached: (conn) => lifecycle.connection(conn.device!.accountId as AccountId, -1),
  });

  for (const g of opts.pushGateways) {
    g.onUnregistered((token) => lifecycle.unregistered(g.name, token, app.log));
  }

  const me = (device: AuthenticatedDevice | undefined) => device!.accountId as AccountId;
  const requirePrimary = (device: AuthenticatedDevice | undefined): void => {
    if (device?.deviceId !== PRIMARY_DEVICE_ID) throw new DefTalkError('NOT_PRIMARY_DEVICE');
  };

  operations.add({
    name: 'policy.get',
    method: 'GET',
    path: '/v1/policy',
    auth: 'none',
    encodeBody: encodePolicyInfo,
    handle: async () => policyInfo(policy, opts.inactivityDays, [...gateways.keys()]),
  });

  const consentState = async (accountId: AccountId): Promise<ConsentState> => {
    const c = await store.consent(accountId);
    return { ...c, currentVersion: policy.version };
  };

  operations.add({
    name: 'consent.get',
    method: 'GET',
    path: '/v1/accounts/me/consent',
    auth: 'device',
    encodeBody: encodeConsentState,
    handle: async ({ device }) => consentState(me(device)),
  });

  operations.add({
    name: 'consent.set',
    method: 'PUT',
    path: '/v1/accounts/me/consent',
    auth: 'device',
    decodeBody: decodeConsentRequest,
    encodeBody: encodeConsentState,
    // spec/lifecycle.md §Consent, steps 1-5.
    handle: async ({ device, body }) => {
      const accountId = me(device);
      if (body.acceptedVersion !== policy.version) throw new DefTalkError('POLICY_VERSION_NOT_CURRENT');
      if (body.declinedUses.some((u) => !optional.has(u))) throw new DefTalkError('POLICY_USE_UNKNOWN');
      const before = await store.consent(accountId);
      const declinedBefore = before.declinedUses.includes(USE_DISCOVERY);
      const declinedNow = body.declinedUses.includes(USE_DISCOVERY);
      if (declinedBefore && !declinedNow) {
        // The relay keeps no number: allowing discovery again needs it, checked against the phone tag.
        let number: string;
        try {
          number = parseE164(body.phoneNumber);
        } catch {
          throw new DefTalkError('CONSENT_NUMBER_MISMATCH');
        }
        const holder = await ctx.accounts.byPhoneTag(phoneTag(ctx.identifierKey, number));
        if (holder?.accountId !== accountId) throw new DefTalkError('CONSENT_NUMBER_MISMATCH');
        await opts.discovery.record(accountId, number);
      }
      await store.setConsent(accountId, {
        acceptedVersion: body.acceptedVersion,
        declinedUses: body.declinedUses,
      });
      if (declinedNow && !declinedBefore) {
        await opts.forgetDiscovery(accountId);
        await store.compact();
      }
      return consentState(accountId);
    },
  });

  operations.add({
    name: 'accounts.number.change',
    method: 'PUT',
    path: '/v1/accounts/me/number',
    auth: 'device',
    decodeBody: decodeChangeNumberRequest,
    // spec/lifecycle.md §Change of number, steps 1-8.
    handle: async ({ device, body }) => {
      const accountId = me(device);
      requirePrimary(device);
      const number = parseE164(body.phoneNumber);
      const tag = phoneTag(ctx.identifierKey, number);
      const holder = await ctx.accounts.byPhoneTag(tag);
      if (holder?.accountId === accountId) throw new DefTalkError('NUMBER_UNCHANGED');
      if (holder) throw new DefTalkError('NUMBER_ALREADY_REGISTERED');
      await checkVerificationCode(ctx, tag, body.verificationCode, ctx.clock.now());
      const outcome = await store.changeNumber(accountId, tag);
      if (outcome === 'taken') throw new DefTalkError('NUMBER_ALREADY_REGISTERED');
      if (outcome === 'unchanged') throw new DefTalkError('NUMBER_UNCHANGED');
      if (outcome === 'no-account') throw new DefTalkError('UNAUTHENTICATED');
      const consent = await store.consent(accountId);
      if (consent.declinedUses.includes(USE_DISCOVERY)) await opts.forgetDiscovery(accountId);
      else await opts.discovery.record(accountId, number);
      await opts.onNumberChanged?.(accountId);
      await store.compact();
      return undefined;
    },
  });

  operations.add({
    name: 'accounts.delete',
    method: 'DELETE',
    path: '/v1/accounts/me',
    auth: 'device',
    // spec/lifecycle.md §Deletion.
    handle: async ({ device, log }) => {
      requirePrimary(device);
      await lifecycle.eraseAccount(me(device), 'deletion', log);
      return undefined;
    },
  });

  operations.add({
    name: 'devices.pushToken.set',
    method: 'PUT',
    path: '/v1/devices/me/push-token',
    auth: 'device',
    decodeBody: decodePushTokenRegistration,
    handle: async ({ device, body }) => {
      if (!gateways.has(body.gateway)) throw new DefTalkError('PUSH_GATEWAY_UNKNOWN');
      await store.setPushToken(me(device), device!.deviceId as DeviceId, body.gateway, body.token);
      return undefined;
    },
  });

  operations.add({
    name: 'devices.pushToken.clear',
    method: 'DELETE',
    path: '/v1/devices/me/push-token',
    auth: 'device',
    handle: async ({ device }) => {
      await store.clearPushToken(me(device), device!.deviceId as DeviceId);
      await store.compact();
      return undefined;
    },
  });

  const interval = opts.purgeIntervalMs ?? DEFAULT_PURGE_INTERVAL_MS;
  const timer = setInterval(() => {
    lifecycle.purge(app.log).catch((err: unknown) => app.log.error({ err }, 'inactivity purge failed'));
  }, interval);
  timer.unref();
  app.addHook('onClose', async () => clearInterval(timer));

  if (!opts.testHooks) return lifecycle;

  operations.add({
    name: 'hooks.lifecycle.purge',
    method: 'POST',
    path: `${TEST_HOOKS_PREFIX}/lifecycle/purge`,
    auth: 'none',
    // spec/test-hooks.md §Lifecycle: one inactivity sweep at the relay clock's current time.
    handle: async () => {
      await lifecycle.purge(app.log);
      return undefined;
    },
  });
  operations.add({
    name: 'hooks.push.unregistered',
    method: 'POST',
    path: `${TEST_HOOKS_PREFIX}/push/unregistered`,
    auth: 'none',
    decodeBody: decodeTestHookPushUnregistered,
    handle: async ({ body }) => {
      const g = gateways.get(body.gateway);
      if (!(g instanceof DevPushGateway)) throw new DefTalkError('NOT_FOUND');
      await g.markUnregistered(body.token);
      return undefined;
    },
  });
  operations.add({
    name: 'hooks.lifecycle.inventory',
    method: 'POST',
    path: `${TEST_HOOKS_PREFIX}/lifecycle/inventory`,
    auth: 'none',
    decodeBody: decodeTestHookInventoryRequest,
    encodeBody: encodeTestHookInventory,
    jsonBody: (json: string) => JSON.parse(json) as unknown,
    handle: async ({ body }) => formatInventory(await store.inventory(ctx.identifierKey, parseE164(body))),
  });
  return lifecycle;
}
