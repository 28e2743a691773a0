/**
 * @module
 * Presence (spec/presence.md): an account is online while one of its
 * devices holds a WebSocket. A device subscribes to an owner's presence over
 * its WebSocket when the visibility rule allows it (reference/relay/plugins/profiles.ts
 * {@link VisibilityRule}); the relay then pushes each change as a transient
 * `PUT /v1/presence/push` request. Subscriptions and the online state live
 * in memory only and die with the connection; the only stored value is the
 * last-seen time, rounded down to the minute, kept only while the owner
 * shows its presence. Reciprocity: an account whose setting is `nobody`
 * sees no one else's presence.
 */
import type { FastifyInstance } from 'fastify';
import { DefTalkError } from '../../errors/index.ts';
import type { AccountId } from '../../wire/ids.ts';
import {
  decodePresenceSettings,
  decodePresenceSubscribeRequest,
  encodePresenceSettings,
  encodePresenceState,
  PRESENCE_PUSH,
  type PresenceState,
} from '../../wire/presence.ts';
import type { OwnerRequest } from '../../wire/profile.ts';
import type { Clock } from '../clock.ts';
import type { PresenceStore } from '../storage/profiles.ts';
import type { OperationRegistry } from './operations.ts';
import type { VisibilityRule } from './profiles.ts';
import type { Connection, WebSocketHub } from './websocket.ts';

/** Coarseness of the stored last-seen time (spec/presence.md §Last seen). */
export const LAST_SEEN_GRANULARITY_MS = 60_000;

/** Most owners one connection may subscribe to (spec/presence.md §Subscribing). */
export const MAX_SUBSCRIPTIONS_PER_CONNECTION = 1000;

/** `ms` rounded down to the last-seen granularity. */
export function lastSeenOf(ms: number): number {
  return Math.floor(ms / LAST_SEEN_GRANULARITY_MS) * LAST_SEEN_GRANULARITY_MS;
}

/** Options of {@link presencePlugin}. */
export interface PresenceOptions {
  operations: OperationRegistry;
  hub: WebSocketHub;
  clock: Clock;
  store: PresenceStore;
  rule: VisibilityRule;
}

/** Fastify plugin: presence settings, subscriptions and pushes (spec/presence.md). */
export async function presencePlugin(app: FastifyInstance, opts: PresenceOptions): Promise<void> {
  const { operations, hub, clock, store, rule } = opts;
  /** Devices with a WebSocket, per account; in memory only (REQ-PRESENCE-003). */
  const onlineDevices = new Map<AccountId, number>();
  /** Per viewer connection: owner → the credential it subscribed with. */
  const subscriptions = new Map<Connection, Map<AccountId, OwnerRequest>>();
  /** Per owner: the connections subscribed to it. */
  const watchers = new Map<AccountId, Set<Connection>>();

  async function stateOf(owner: AccountId): Promise<PresenceState> {
    const online = (onlineDevices.get(owner) ?? 0) > 0;
    return { owner, online, lastSeenMs: online ? 0 : (await store.presence(owner)).lastSeenMs };
  }

  /** The checks of spec/presence.md §Subscribing, steps 2-4; throws the refusal. */
  async function allow(viewer: AccountId, request: OwnerRequest): Promise<void> {
    if ((await store.presence(viewer)).visibility === 'nobody' && viewer !== request.owner) {
      throw new DefTalkError('PRESENCE_HIDDEN_BY_VIEWER');
    }
    await rule.check(viewer, request, 'PRESENCE_NOT_VISIBLE');
    if (viewer !== request.owner && (await store.presence(request.owner)).visibility === 'nobody') {
      throw new DefTalkError('PRESENCE_NOT_VISIBLE');
    }
  }

  /** Push the owner's state to each subscribed connection the rules still allow (REQ-PRESENCE-002). */
  async function publish(owner: AccountId): Promise<void> {
    const conns = watchers.get(owner);
    if (!conns || conns.size === 0) return;
    const body = encodePresenceState(await stateOf(owner));
    for (const conn of conns) {
      const viewer = conn.device!.accountId as AccountId;
      const request = subscriptions.get(conn)?.get(owner);
      if (!request) continue;
      try {
        await allow(viewer, request);
      } catch {
        continue; // Re-checked on every event: an expired credential or a new setting stops the pushes.
      }
      conn.request({ ...PRESENCE_PUSH, body }).catch(() => undefined);
    }
  }

  function forget(conn: Connection): void {
    const subs = subscriptions.get(conn);
    if (!subs) return;
    for (const owner of subs.keys()) {
      const set = watchers.get(owner);
      set?.delete(conn);
      if (set?.size === 0) watchers.delete(owner);
    }
    subscriptions.delete(conn);
  }

  hub.listen({
    attached(conn) {
      const account = conn.device!.accountId as AccountId;
      const n = (onlineDevices.get(account) ?? 0) + 1;
      onlineDevices.set(account, n);
      if (n === 1)
        void publish(account).catch((e: unknown) => app.log.warn({ err: e }, 'presence push failed'));
    },
    detached(conn) {
      forget(conn);
      const account = conn.device!.accountId as AccountId;
      const n = (onlineDevices.get(account) ?? 1) - 1;
      if (n > 0) {
        onlineDevices.set(account, n);
        return;
      }
      onlineDevices.delete(account);
      void (async () => {
        await store.setLastSeen(account, lastSeenOf(clock.now()));
        await publish(account);
      })().catch((e: unknown) => app.log.warn({ err: e }, 'presence update failed'));
    },
  });

  operations.add({
    name: 'presence.settings.get',
    method: 'GET',
    path: '/v1/presence/settings',
    auth: 'device',
    encodeBody: encodePresenceSettings,
    handle: async ({ device }) => (await store.presence(device!.accountId as AccountId)).visibility,
  });
  operations.add({
    name: 'presence.settings.set',
    method: 'PUT',
    path: '/v1/presence/settings',
    auth: 'device',
    maxBodyBytes: 64,
    decodeBody: decodePresenceSettings,
    handle: async ({ device, body }) => {
      const owner = device!.accountId as AccountId;
      await store.setVisibility(owner, body);
      // Subscribers may be showing the owner as online: tell them "no presence"
      // (offline, last seen unknown), which is what any hidden or never-seen
      // account looks like, so nothing of the owner's real state goes out.
      if (body === 'nobody') {
        const blank = encodePresenceState({ owner, online: false, lastSeenMs: 0 });
        for (const conn of watchers.get(owner) ?? [])
          conn.request({ ...PRESENCE_PUSH, body: blank }).catch(() => undefined);
      }
    },
  });
  operations.add({
    name: 'presence.subscribe',
    method: 'POST',
    path: '/v1/presence/subscribe',
    auth: 'device',
    maxBodyBytes: 4096,
    decodeBody: decodePresenceSubscribeRequest,
    encodeBody: encodePresenceState,
    handle: async ({ device, body, transport }) => {
      const viewer = device!.accountId as AccountId;
      await allow(viewer, body);
      // Over HTTP the answer is the state now; over the WebSocket the
      // connection also receives every later change (spec/presence.md §Subscribing).
      const conn = transport === 'websocket' ? hub.connectionOf(device!) : undefined;
      if (conn) {
        let subs = subscriptions.get(conn);
        if (!subs) {
          subs = new Map();
          subscriptions.set(conn, subs);
        }
        if (!subs.has(body.owner) && subs.size >= MAX_SUBSCRIPTIONS_PER_CONNECTION) {
          throw new DefTalkError('RATE_LIMITED', { retryAfterMs: 60_000 });
        }
        subs.set(body.owner, body);
        let set = watchers.get(body.owner);
        if (!set) {
          set = new Set();
          watchers.set(body.owner, set);
        }
        set.add(conn);
      }
      return stateOf(body.owner);
    },
  });
  operations.add({
    name: 'presence.unsubscribe',
    method: 'POST',
    path: '/v1/presence/unsubscribe',
    auth: 'device',
    maxBodyBytes: 4096,
    decodeBody: decodePresenceSubscribeRequest,
    handle: async ({ device, body, transport }) => {
      const conn = transport === 'websocket' ? hub.connectionOf(device!) : undefined;
      if (!conn) return;
      subscriptions.get(conn)?.delete(body.owner);
      watchers.get(body.owner)?.delete(conn);
    },
  });
}
