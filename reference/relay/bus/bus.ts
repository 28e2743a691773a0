/**
 * @module
 * The bus between the nodes of one relay service (spec/deployment.md
 * §Routing): which node holds each device's WebSocket, and the messages
 * addressed to that node: "this device's queue grew" (the node then pushes
 * from the shared store, spec/delivery.md §Push), "close this device's
 * connection" (a newer connection elsewhere replaced it, or the device was
 * removed) and "push this transient envelope now" (spec/delivery.md
 * §Transient envelopes, never stored). It also carries the service-wide
 * presence of accounts (spec/presence.md, spec/deployment.md §Presence) and
 * the rate-limit buckets every node shares (§Rate limits). Stored envelopes
 * never travel on the bus: the shared store holds them.
 *
 * Implementations: {@link LocalBus} (one process, the default) and
 * {@link RedisBus} (several processes over Redis).
 */
import type { RateLimiter } from '../storage/rateLimits.ts';

/** A presence change as the bus carries it to the nodes watching the owner (spec/presence.md §Events). */
export type PresenceEvent =
  | { readonly kind: 'state'; readonly online: boolean; readonly lastSeenMs: number }
  /** The owner's setting became `nobody`: every subscriber gets the blank state, unchecked. */
  | { readonly kind: 'blank' };

/** What a node does with the messages addressed to it. */
export interface BusHandler {
  /** Envelopes were accepted into `device`'s queue on another node. */
  queued(device: string): void;
  /**
   * Close `device`'s connection with `code` when it is connection
   * `connection` (`undefined`: whichever connection the device has).
   */
  close(device: string, connection: number | undefined, code: number): void;
  /** The bus lost its state (the engine restarted): claim every connection again. */
  reset(): void;
  /** Push a transient envelope another node accepted to `device` now; true when it was handed to its connection. */
  transient(device: string, envelope: Uint8Array): boolean;
  /** `owner`'s presence changed, for this node's subscribers (sent only to nodes that {@link Bus.watch} it). */
  presence(owner: string, event: PresenceEvent): void;
  /** The last-seen minute of a disconnection now (for the accounts of a dead node's claims). */
  lastSeenNow(): number;
  /** `account` went offline because the node holding its last device died; store `lastSeenMs`. */
  offline(account: string, lastSeenMs: number): void;
}

/** The outcome of a {@link Bus.claim}. */
export interface ClaimOutcome {
  /** False when a connection of the device opened later holds the claim: this one is to close REPLACED. */
  readonly won: boolean;
  /** The claim took the device's account from offline to online (its first connected device in the service). */
  readonly accountOnline: boolean;
}

/** The cluster bus (see the module comment). */
export interface Bus {
  /** This node's id on the bus, random per process. */
  readonly nodeId: string;
  /** Start receiving this node's messages. */
  start(handler: BusHandler): Promise<void>;
  /**
   * A number for a connection that is opening, larger than every number
   * handed out before on any node of the service (spec/deployment.md §A
   * device connected twice): the order in which connections opened.
   */
  ticket(): Promise<number>;
  /**
   * Record that `device` is connected here as `connection`, opened with
   * `ticket`. The connection opened last wins: a node that held the device
   * with an older ticket is told to close its connection REPLACED, and a
   * claim older than the one in place is refused. The first device of an
   * account to be claimed makes the account online, which is published to
   * the nodes watching it.
   */
  claim(
    device: string,
    connection: number,
    ticket: number | undefined,
    replacedCode: number,
  ): Promise<ClaimOutcome>;
  /**
   * Forget the claim if it is still `connection`'s. When it was the
   * account's last device, the account goes offline with `lastSeenMs`,
   * which is published to the nodes watching it; the answer says so.
   */
  release(device: string, connection: number, lastSeenMs: number): Promise<{ accountOffline: boolean }>;
  /** Tell the node holding `device`, if any, that its queue grew. */
  queued(device: string): Promise<void>;
  /** Tell the node holding `device`, if any, to close its connection with `code`. */
  disconnect(device: string, code: number): Promise<void>;
  /** Hand a transient envelope to the node holding `device`; true when that node pushed it. */
  transient(device: string, envelope: Uint8Array): Promise<boolean>;
  /** Whether any device of `account` is connected to any node. */
  online(account: string): Promise<boolean>;
  /** Receive `owner`'s presence events on this node (resolves once they are routed here). */
  watch(owner: string): Promise<void>;
  /** Stop receiving `owner`'s presence events. */
  unwatch(owner: string): Promise<void>;
  /** Send `event` to every node watching `owner`. */
  publishPresence(owner: string, event: PresenceEvent): Promise<void>;
  /** A token-bucket limiter named `name` whose buckets every node of the service shares. */
  rateLimiter(name: string, capacity: number, windowMs: number): RateLimiter;
  close(): Promise<void>;
}

/** The text of a presence message on the bus: `s <online 0|1> <lastSeenMs>` or `b`. */
export function encodePresenceEvent(e: PresenceEvent): string {
  return e.kind === 'blank' ? 'b' : `s ${e.online ? 1 : 0} ${e.lastSeenMs}`;
}

/** The inverse of {@link encodePresenceEvent}; undefined for anything else. */
export function decodePresenceEvent(text: string): PresenceEvent | undefined {
  if (text === 'b') return { kind: 'blank' };
  const m = /^s ([01]) (\d+)$/.exec(text);
  return m ? { kind: 'state', online: m[1] === '1', lastSeenMs: Number(m[2]) } : undefined;
}
