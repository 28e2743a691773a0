/**
 * @module
 * A relay node's side of the cluster bus (spec/deployment.md §Routing):
 * numbers each opening WebSocket with the bus's tickets, claims each device
 * connection on the {@link Bus} as the WebSocket hub opens it (closing it
 * REPLACED when a connection that opened later holds the device), releases
 * it on close, closes a local connection when another node's newer one
 * replaces it, and wakes a local push stream when another node accepted
 * envelopes for the device. {@link ClusterRouting.store} wraps the shared
 * {@link DeliveryStore} so that every accept tells the nodes of the target
 * devices that are not connected here; {@link ClusterRouting.transients}
 * carries transient envelopes to devices on other nodes, and the routing is
 * the presence plugin's view of the whole service ({@link PresenceNetwork}).
 */
import type { FastifyBaseLogger } from 'fastify';
import type { AccountId, DeviceId } from '../../wire/ids.ts';
import type { DeviceConnections } from '../identityContext.ts';
import { deviceKey } from '../plugins/operations.ts';
import type { PresenceNetwork, PresenceNetworkListener } from '../plugins/presence.ts';
import { CloseCode, type Connection, type HubListener, type WebSocketHub } from '../plugins/websocket.ts';
import type {
  AcceptItem,
  AcceptOutcome,
  DeliveryCounts,
  DeliveryStore,
  QueueDevice,
  QueuedEnvelope,
} from '../storage/queue.ts';
import type { Bus, BusHandler, PresenceEvent } from './bus.ts';

/** Transient envelopes between nodes (spec/delivery.md §Transient envelopes, spec/deployment.md). */
export interface RemoteTransients {
  /** Hand `envelope` to the node holding `device`; true when that node pushed it to the device. */
  forward(device: QueueDevice, envelope: Uint8Array): Promise<boolean>;
  /** How this node pushes one that another node forwarded (true when handed to the connection). */
  onTransient(push: (device: QueueDevice, envelope: Uint8Array) => boolean): void;
}

function parseDevice(key: string): { accountId: AccountId; deviceId: DeviceId } | undefined {
  const [accountId, deviceId] = key.split('/');
  const n = Number(deviceId);
  if (!accountId || !Number.isInteger(n)) return undefined;
  return { accountId: accountId as AccountId, deviceId: n as DeviceId };
}

/** Routing of one node (see the module comment). */
export class ClusterRouting implements HubListener, BusHandler, PresenceNetwork {
  readonly bus: Bus;
  readonly #hub: WebSocketHub;
  readonly #log: FastifyBaseLogger;
  readonly #wake: ((device: QueueDevice) => void)[] = [];
  #presence: PresenceNetworkListener | undefined;
  #transient: ((device: QueueDevice, envelope: Uint8Array) => boolean) | undefined;

  constructor(hub: WebSocketHub, bus: Bus, log: FastifyBaseLogger) {
    this.#hub = hub;
    this.bus = bus;
    this.#log = log;
    hub.useTickets(() => bus.ticket());
    hub.listen(this);
  }

  /** Join the bus. */
  start(): Promise<void> {
    return this.bus.start(this);
  }

  #warn(what: string): (e: unknown) => void {
    return (e) => this.#log.warn({ err: e }, what);
  }

  attached(conn: Connection): void {
    this.#claim(conn);
  }

  #claim(conn: Connection): void {
    if (!conn.device) return;
    const device = deviceKey(conn.device);
    this.bus.claim(device, conn.id, conn.ticket, CloseCode.REPLACED).then((outcome) => {
      if (!outcome.won) {
        // A connection of this device that opened later holds it on another node.
        conn.close(CloseCode.REPLACED, 'replaced by a newer connection');
        return;
      }
      // Once the claim is in, read the queue again: an envelope committed on another node before the
      // claim landed was announced to no one, and the stream's first read may have run before its commit.
      this.queued(device);
    }, this.#warn('bus claim failed'));
  }

  detached(conn: Connection): void {
    if (!conn.device) return;
    const account = conn.device.accountId as AccountId;
    const lastSeenMs = this.lastSeenNow();
    this.bus.release(deviceKey(conn.device), conn.id, lastSeenMs).then((r) => {
      if (r.accountOffline) this.#presence?.wentOffline(account, lastSeenMs);
    }, this.#warn('bus release failed'));
  }

  queued(device: string): void {
    const d = parseDevice(device);
    if (d) for (const wake of this.#wake) wake(d);
  }

  close(device: string, connection: number | undefined, code: number): void {
    const d = parseDevice(device);
    const conn = d && this.#hub.connectionOf(d);
    if (!conn || (connection !== undefined && conn.id !== connection)) return;
    conn.close(code, code === CloseCode.REPLACED ? 'replaced by a newer connection' : 'closed by the relay');
  }

  reset(): void {
    for (const conn of this.#hub.connections) {
      if (conn.device && this.#hub.connectionOf(conn.device) === conn) this.#claim(conn);
    }
  }

  transient(device: string, envelope: Uint8Array): boolean {
    const d = parseDevice(device);
    return (d && this.#transient?.(d, envelope)) ?? false;
  }

  presence(owner: string, event: PresenceEvent): void {
    this.#presence?.changed(owner as AccountId, event);
  }

  lastSeenNow(): number {
    return this.#presence?.lastSeenNow() ?? 0;
  }

  offline(account: string, lastSeenMs: number): void {
    this.#presence?.wentOffline(account as AccountId, lastSeenMs);
  }

  online(account: AccountId): Promise<boolean> {
    return this.bus.online(account);
  }

  watch(owner: AccountId): Promise<void> {
    return this.bus.watch(owner);
  }

  unwatch(owner: AccountId): Promise<void> {
    return this.bus.unwatch(owner);
  }

  publish(owner: AccountId, event: PresenceEvent): Promise<void> {
    return this.bus.publishPresence(owner, event);
  }

  listen(listener: PresenceNetworkListener): void {
    this.#presence = listener;
  }

  /** Transient envelopes to and from the other nodes, for the delivery plugin. */
  get transients(): RemoteTransients {
    return {
      forward: (device, envelope) => this.bus.transient(deviceKey(device), envelope),
      onTransient: (push) => {
        this.#transient = push;
      },
    };
  }

  /**
   * The device connections as identity sees them (REQ-ACCT-009: a removed
   * device's connection closes): the local one, or a handle that asks the
   * node holding it to close it.
   */
  get connections(): DeviceConnections {
    return {
      connectionOf: (device) =>
        this.#hub.connectionOf(device) ?? {
          close: (code: number) => {
            this.bus.disconnect(deviceKey(device), code).catch(this.#warn('bus disconnect failed'));
          },
        },
    };
  }

  /** `store`, telling the bus of every accept for a device not connected to this node. */
  store(store: DeliveryStore): DeliveryStore {
    return new ClusterDeliveryStore(store, this, this.#hub);
  }

  /** Called by the wrapped store when the delivery plugin subscribes. */
  onWake(listener: (device: QueueDevice) => void): void {
    this.#wake.push(listener);
  }
}

class ClusterDeliveryStore implements DeliveryStore {
  readonly #inner: DeliveryStore;
  readonly #routing: ClusterRouting;
  readonly #hub: WebSocketHub;

  constructor(inner: DeliveryStore, routing: ClusterRouting, hub: WebSocketHub) {
    this.#inner = inner;
    this.#routing = routing;
    this.#hub = hub;
  }

  async accept(items: readonly AcceptItem[]): Promise<AcceptOutcome[]> {
    const outcomes = await this.#inner.accept(items);
    const remote = new Set<string>();
    outcomes.forEach((o, i) => {
      // A duplicate is announced again: its first attempt may have been committed by a node that
      // was killed before it told the device's node (test/cluster/faults.test.ts).
      if (o.kind !== 'stored' && o.kind !== 'duplicate') return;
      for (const c of items[i]!.copies)
        if (!this.#hub.connectionOf(c.device)) remote.add(deviceKey(c.device));
    });
    for (const d of remote) {
      this.#routing.bus.queued(d).catch(() => {
        // The device gets the envelope when it next connects; its node missed only the wake-up.
      });
    }
    return outcomes;
  }

  erase(device: QueueDevice, positions: readonly number[]): Promise<void> {
    return this.#inner.erase(device, positions);
  }

  failure(): Error | undefined {
    return this.#inner.failure?.();
  }

  read(device: QueueDevice, afterPosition: number, limit: number): Promise<QueuedEnvelope[]> {
    return this.#inner.read(device, afterPosition, limit);
  }

  lastAccepted(sender: QueueDevice): Promise<number> {
    return this.#inner.lastAccepted(sender);
  }

  depth(device: QueueDevice): Promise<number> {
    return this.#inner.depth(device);
  }

  dropDevice(device: QueueDevice): Promise<void> {
    return this.#inner.dropDevice(device);
  }

  flush(): Promise<void> {
    return this.#inner.flush();
  }

  counts(): DeliveryCounts {
    return this.#inner.counts();
  }

  close(): Promise<void> {
    return this.#inner.close();
  }

  onQueued(listener: (device: QueueDevice) => void): void {
    this.#routing.onWake(listener);
  }
}
