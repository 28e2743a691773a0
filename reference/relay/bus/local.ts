/**
 * @module
 * The in-process {@link Bus}: the default of a single relay process, where
 * every device connection is local and no message ever needs to leave the
 * process. Several relays started in one process (tests) may share one
 * {@link LocalBusNetwork} to behave as a cluster without an engine.
 */
import { randomBytes } from 'node:crypto';
import { type RateLimiter, TokenBuckets } from '../storage/rateLimits.ts';
import type { Bus, BusHandler, ClaimOutcome, PresenceEvent } from './bus.ts';

interface Claim {
  node: string;
  connection: number;
  ticket: number | undefined;
}

/** The claims, presence and buckets of relays sharing one process. */
export class LocalBusNetwork {
  readonly claims = new Map<string, Claim>();
  readonly nodes = new Map<string, BusHandler>();
  /** Per account: its claimed devices. */
  readonly online = new Map<string, Set<string>>();
  /** Per owner: the nodes watching its presence. */
  readonly watchers = new Map<string, Set<string>>();
  readonly limiters = new Map<string, RateLimiter>();
  lastTicket = 0;
}

const accountOf = (device: string): string => device.slice(0, device.indexOf('/'));

/** {@link Bus} within one process. */
export class LocalBus implements Bus {
  readonly nodeId = randomBytes(8).toString('hex');
  readonly #net: LocalBusNetwork;

  constructor(network: LocalBusNetwork = new LocalBusNetwork()) {
    this.#net = network;
  }

  async start(handler: BusHandler): Promise<void> {
    this.#net.nodes.set(this.nodeId, handler);
  }

  async ticket(): Promise<number> {
    return ++this.#net.lastTicket;
  }

  async claim(
    device: string,
    connection: number,
    ticket: number | undefined,
    replacedCode: number,
  ): Promise<ClaimOutcome> {
    const old = this.#net.claims.get(device);
    if (old?.ticket !== undefined && ticket !== undefined && old.ticket > ticket) {
      return { won: false, accountOnline: false };
    }
    this.#net.claims.set(device, { node: this.nodeId, connection, ticket });
    if (old && old.node !== this.nodeId)
      this.#net.nodes.get(old.node)?.close(device, old.connection, replacedCode);
    const account = accountOf(device);
    let devices = this.#net.online.get(account);
    if (!devices) {
      devices = new Set();
      this.#net.online.set(account, devices);
    }
    const accountOnline = devices.size === 0;
    devices.add(device);
    if (accountOnline) this.#publish(account, { kind: 'state', online: true, lastSeenMs: 0 });
    return { won: true, accountOnline };
  }

  async release(
    device: string,
    connection: number,
    lastSeenMs: number,
  ): Promise<{ accountOffline: boolean }> {
    const c = this.#net.claims.get(device);
    if (!c || c.node !== this.nodeId || c.connection !== connection) return { accountOffline: false };
    this.#net.claims.delete(device);
    return { accountOffline: this.#drop(device, lastSeenMs) };
  }

  /**
   * Remove `device` from its account's online set; true when the account
   * went offline, which is published unless `lastSeenMs` is undefined (this
   * node is closing and has no time to tell).
   */
  #drop(device: string, lastSeenMs: number | undefined): boolean {
    const account = accountOf(device);
    const devices = this.#net.online.get(account);
    if (!devices?.delete(device) || devices.size > 0) return false;
    this.#net.online.delete(account);
    if (lastSeenMs !== undefined) this.#publish(account, { kind: 'state', online: false, lastSeenMs });
    return true;
  }

  async queued(device: string): Promise<void> {
    const c = this.#net.claims.get(device);
    if (c) this.#net.nodes.get(c.node)?.queued(device);
  }

  async disconnect(device: string, code: number): Promise<void> {
    const c = this.#net.claims.get(device);
    if (c) this.#net.nodes.get(c.node)?.close(device, undefined, code);
  }

  async transient(device: string, envelope: Uint8Array): Promise<boolean> {
    const c = this.#net.claims.get(device);
    return (c && this.#net.nodes.get(c.node)?.transient(device, envelope)) ?? false;
  }

  async online(account: string): Promise<boolean> {
    return (this.#net.online.get(account)?.size ?? 0) > 0;
  }

  async watch(owner: string): Promise<void> {
    let nodes = this.#net.watchers.get(owner);
    if (!nodes) {
      nodes = new Set();
      this.#net.watchers.set(owner, nodes);
    }
    nodes.add(this.nodeId);
  }

  async unwatch(owner: string): Promise<void> {
    const nodes = this.#net.watchers.get(owner);
    nodes?.delete(this.nodeId);
    if (nodes?.size === 0) this.#net.watchers.delete(owner);
  }

  async publishPresence(owner: string, event: PresenceEvent): Promise<void> {
    this.#publish(owner, event);
  }

  #publish(owner: string, event: PresenceEvent): void {
    for (const node of this.#net.watchers.get(owner) ?? []) this.#net.nodes.get(node)?.presence(owner, event);
  }

  rateLimiter(name: string, capacity: number, windowMs: number): RateLimiter {
    let l = this.#net.limiters.get(name);
    if (!l) {
      l = new TokenBuckets(capacity, windowMs);
      this.#net.limiters.set(name, l);
    }
    return l;
  }

  async close(): Promise<void> {
    this.#net.nodes.delete(this.nodeId);
    for (const [device, c] of this.#net.claims) {
      if (c.node !== this.nodeId) continue;
      this.#net.claims.delete(device);
      this.#drop(device, undefined);
    }
    for (const owner of [...this.#net.watchers.keys()]) await this.unwatch(owner);
  }
}
