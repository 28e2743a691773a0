/**
 * @module
 * The bus between the nodes of one relay service (spec/deployment.md
 * §Routing): which node holds each device's WebSocket, and two messages
 * addressed to that node: "this device's queue grew" (the node then pushes
 * from the shared store, spec/delivery.md §Push) and "close this device's
 * connection" (a newer connection elsewhere replaced it, or the device was
 * removed). Envelopes never travel on the bus: the shared store holds them,
 * and the bus carries device keys (`accountId/deviceId`) and close codes only.
 *
 * Implementations: {@link LocalBus} (one process, the default) and
 * {@link RedisBus} (several processes over Redis pub/sub).
 */

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
}

/** The cluster bus (see the module comment). */
export interface Bus {
  /** This node's id on the bus, random per process. */
  readonly nodeId: string;
  /** Start receiving this node's messages. */
  start(handler: BusHandler): Promise<void>;
  /**
   * Record that `device` is connected here as `connection`. The newest claim
   * wins (spec/deployment.md §A device connected twice): a node that held
   * the device before is told to close its connection REPLACED.
   */
  claim(device: string, connection: number, replacedCode: number): Promise<void>;
  /** Forget the claim if it is still `connection`'s. */
  release(device: string, connection: number): Promise<void>;
  /** Tell the node holding `device`, if any, that its queue grew. */
  queued(device: string): Promise<void>;
  /** Tell the node holding `device`, if any, to close its connection with `code`. */
  disconnect(device: string, code: number): Promise<void>;
  close(): Promise<void>;
}
