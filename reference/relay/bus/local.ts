/**
 * @module
 * The in-process {@link Bus}: the default of a single relay process, where
 * every device connection is local and no message ever needs to leave the
 * process. Several relays started in one process (tests) may share one
 * {@link LocalBusNetwork} to behave as a cluster without an engine.
 */
import { randomBytes } from 'node:crypto';
import type { Bus, BusHandler } from './bus.ts';

/** The claims and nodes of relays sharing one process. */
export class LocalBusNetwork {
  readonly claims = new Map<string, { node: string; connection: number }>();
  readonly nodes = new Map<string, BusHandler>();
}

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

  async claim(device: string, connection: number, replacedCode: number): Promise<void> {
    const old = this.#net.claims.get(device);
    this.#net.claims.set(device, { node: this.nodeId, connection });
    if (old && old.node !== this.nodeId)
      this.#net.nodes.get(old.node)?.close(device, old.connection, replacedCode);
  }

  async release(device: string, connection: number): Promise<void> {
    const c = this.#net.claims.get(device);
    if (c && c.node === this.nodeId && c.connection === connection) this.#net.claims.delete(device);
  }

  async queued(device: string): Promise<void> {
    const c = this.#net.claims.get(device);
    if (c) this.#net.nodes.get(c.node)?.queued(device);
  }

  async disconnect(device: string, code: number): Promise<void> {
    const c = this.#net.claims.get(device);
    if (c) this.#net.nodes.get(c.node)?.close(device, undefined, code);
  }

  async close(): Promise<void> {
    this.#net.nodes.delete(this.nodeId);
    for (const [device, c] of this.#net.claims) if (c.node === this.nodeId) this.#net.claims.delete(device);
  }
}
