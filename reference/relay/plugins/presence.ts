/**
 * @module
 * Presence (spec/presence.md): an account is online while one of its
 * devices holds a WebSocket to any node of the service. A device subscribes
 * to an owner's presence over its WebSocket when the visibility rule allows
 * it (reference/relay/plugins/profiles.ts {@link VisibilityRule}); the relay
 * then pushes each change as a transient `PUT /v1/presence/push` request.
 * Subscriptions live in this node's memory and die with the connection; the
 * online state and the changes are the service's, kept and carried in
 * memory by the {@link PresenceNetwork} (the cluster bus,
 * spec/deployment.md §Presence). The only stored value is the last-seen
 * time, rounded down to the minute, kept only while the owner shows its
 * presence. Reciprocity: an account whose setting is `nobody` sees no one
 * else's presence.
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
import type { PresenceEvent } from '../bus/bus.ts';
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

/** What the plugin is told by the {@link PresenceNetwork}. */
export interface PresenceNetworkListener {
  /** The last-seen time of a disconnection now, rounded down to the minute. */
  lastSeenNow(): number;
  /** `account`'s last device in the service disconnected here; its last-seen time is to be stored. */
  wentOffline(account: AccountId, lastSeenMs: number): void;
  /** `owner`'s presence changed, wherever it changed, for this node's subscribers. */
  changed(owner: AccountId, event: PresenceEvent): void;
}

/**
 * The service-wide presence (spec/deployment.md §Presence): which accounts
 * are online on any node, and their changes delivered to the nodes that
 * watch them. Implemented by the cluster routing (bus/cluster.ts) over the
 * in-process bus or Redis. Events pass through it and are never stored.
 */
export interface PresenceNetwork {
  online(account: AccountId): Promise<boolean>;
  /** Deliver `owner`'s changes to this node from now on (resolves once they will be). */
  watch(owner: AccountId): Promise<void>;
  unwatch(owner: AccountId): Promise<void>;
  /** Send `event` to every node watching `owner`. */
  publish(owner: AccountId, event: PresenceEvent): Promise<void>;
  listen(listener: PresenceNetworkListener): void;
}

/** Options of {@link presencePlugin}. */
export interface PresenceOptions {
  operations: OperationRegistry;
  hub: WebSocketHub;
  clock: Clock;
  store: PresenceStore;
  rule: VisibilityRule;
  /** The service-wide online state and changes (bus/cluster.ts). */
  network: PresenceNetwork;
}

/** Fastify plugin: presence settings, subscriptions and pushes (spec/presence.md). */
export async function presencePlugin(app: FastifyInstance, opts: PresenceOptions): Promise<void> {
  const { operations, hub, clock, store, rule, network } = opts;
  /** Per viewer connection: owner → the credential it subscribed with. */
  const subscriptions = new Map<Connection, Map<AccountId, OwnerRequest>>();
  /** Per owner: the connections of this node subscribed to it. */
  const watchers = new Map<AccountId, Set<Connection>>();
  /** Per owner with watchers here: its changes being routed to this node (resolved once they are). */
  const watching = new Map<AccountId, Promise<void>>();
  /**
   * Per watched owner: the last-seen minute of its latest offline event. The node that saw the
   * disconnection stores it just after publishing it, so a subscription answered here in between
   * would read the older stored one.
   */
  const lastOffline = new Map<AccountId, number>();

  async function stateOf(owner: AccountId): Promise<PresenceState> {
    const online = await network.online(owner);
    if (online) return { owner, online, lastSeenMs: 0 };
    const stored = (await store.presence(owner)).lastSeenMs;
    return { owner, online, lastSeenMs: Math.max(stored, lastOffline.get(owner) ?? 0) };
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

  /** Push `owner`'s change to each subscribed connection here that the rules still allow (REQ-PRESENCE-002). */
  async function deliver(owner: AccountId, event: PresenceEvent): Promise<void> {
    const conns = watchers.get(owner);
    if (!conns || conns.size === 0) return;
    if (event.kind === 'blank') {
      // The owner chose `nobody`: the state of every hidden account, unchecked (spec/presence.md §Events).
      const blank = encodePresenceState({ owner, online: false, lastSeenMs: 0 });
      for (const conn of conns) conn.request({ ...PRESENCE_PUSH, body: blank }).catch(() => undefined);
      return;
    }
    const body = encodePresenceState({ owner, online: event.online, lastSeenMs: event.lastSeenMs });
    for (const conn of [...conns]) {
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

  function unwatch(owner: AccountId, conn: Connection): void {
    const set = watchers.get(owner);
    if (!set?.delete(conn) || set.size > 0) return;
    watchers.delete(owner);
    watching.delete(owner);
    lastOffline.delete(owner);
    network.unwatch(owner).catch((e: unknown) => app.log.warn({ err: e }, 'presence unwatch failed'));
  }

  function forget(conn: Connection): void {
    const subs = subscriptions.get(conn);
    if (!subs) return;
    for (const owner of subs.keys()) unwatch(owner, conn);
    subscriptions.delete(conn);
  }

  network.listen({
    lastSeenNow: () => lastSeenOf(clock.now()),
    wentOffline(account, lastSeenMs) {
      store
        .setLastSeen(account, lastSeenMs)
        .catch((e: unknown) => app.log.warn({ err: e }, 'presence update failed'));
    },
    changed(owner, event) {
      if (event.kind === 'blank') lastOffline.delete(owner);
      else if (!event.online && watchers.has(owner)) lastOffline.set(owner, event.lastSeenMs);
      deliver(owner, event).catch((e: unknown) => app.log.warn({ err: e }, 'presence push failed'));
    },
  });
  hub.listen({ attached() {}, detached: forget });

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
      if (body === 'nobody') await network.publish(owner, { kind: 'blank' });
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
        // Routed here before the state is read, so that no change between the two is missed.
        let routed = watching.get(body.owner);
        if (!routed) {
          routed = network.watch(body.owner);
          watching.set(body.owner, routed);
        }
        await routed;
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
      if (subscriptions.get(conn)?.delete(body.owner)) unwatch(body.owner, conn);
    },
  });
}
