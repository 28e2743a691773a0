/**
 * @module
 * The delivery storage interface (spec/delivery.md §Storage): device queues
 * of encoded envelopes, the sender sequence numbers that make resends
 * idempotent, erasure on acknowledgement and on expiry. Every method is
 * asynchronous and an implementation is free to gather the calls of many
 * requests into one transaction (group commit): the promise of
 * {@link DeliveryStore.accept} resolves only once the envelopes are durable,
 * and the promise of {@link DeliveryStore.erase} only once no copy of the
 * erased envelopes remains in any storage file.
 *
 * The handlers (reference/relay/delivery/*) see only this interface, so a
 * multi-node implementation (PostgreSQL for queues, Redis for the online
 * fan-out) can replace the embedded SQLite one
 * (reference/relay/storage/deliverySqlite.ts) without touching them.
 */
import type { AccountId, DeviceId } from '../../wire/ids.ts';

/** A device, as the key of its queue and of its sender state. */
export interface QueueDevice {
  readonly accountId: AccountId;
  readonly deviceId: DeviceId;
}

/** One copy to enqueue: the device and the encoded `deftalk.v1.Envelope`. */
export interface QueueCopy {
  readonly device: QueueDevice;
  /** Encoded envelope bytes; stored and later pushed exactly as given. */
  readonly envelope: Uint8Array;
}

/** One send to accept atomically: all its copies, or none. */
export interface AcceptItem {
  readonly sender: QueueDevice;
  /** The sender's sequence number (spec/delivery.md §Envelope ids). */
  readonly sequence: number;
  readonly copies: readonly QueueCopy[];
  /** Relay clock time after which the copies are erased undelivered. */
  readonly expiresAt: number;
}

/** The outcome of one {@link AcceptItem}. */
export type AcceptOutcome =
  /** Stored durably; `positions[i]` is where `copies[i]` sits in its device's queue. */
  | { readonly kind: 'stored'; readonly positions: readonly number[] }
  /** The sequence number was accepted before: nothing stored (spec/delivery.md §Envelope ids). */
  | { readonly kind: 'duplicate' }
  /** Not the next sequence number: nothing stored. */
  | { readonly kind: 'gap'; readonly expected: number }
  /** These devices' queues are at the quota: nothing stored. */
  | { readonly kind: 'full'; readonly devices: readonly QueueDevice[] };

/** An envelope waiting in a device's queue. */
export interface QueuedEnvelope {
  /**
   * Its position: strictly increasing in acceptance order within a queue,
   * never reused while the relay runs; opaque outside the relay.
   */
  readonly position: number;
  readonly envelope: Uint8Array;
}

/**
 * Totals since the store was opened, plus the envelopes queued now: what
 * the benchmark checks its invariants against (bench/README.md §Delivery
 * scenarios). Counts only, never an address or a byte of an envelope.
 */
export interface DeliveryCounts {
  /** Envelopes waiting in all queues now. */
  readonly queued: number;
  readonly stored: number;
  readonly erased: number;
  readonly expired: number;
  /** Storage cycles (transactions) and WAL checkpoints run. */
  readonly cycles: number;
  readonly checkpoints: number;
}

/** Storage of device queues (spec/delivery.md §Storage). */
export interface DeliveryStore {
  /**
   * Accept sends in order, each atomically; resolves after the stored ones
   * are durable (spec/delivery.md §Acceptance), REQ-DELIV-004.
   */
  accept(items: readonly AcceptItem[]): Promise<AcceptOutcome[]>;
  /**
   * Erase envelopes of `device`'s queue by position; resolves once no copy
   * remains in any storage file (spec/delivery.md §Erasure). Unknown
   * positions (already erased or expired) are ignored.
   */
  erase(device: QueueDevice, positions: readonly number[]): Promise<void>;
  /** Up to `limit` envelopes of `device`'s queue after `afterPosition`, oldest first. */
  read(device: QueueDevice, afterPosition: number, limit: number): Promise<QueuedEnvelope[]>;
  /** The highest sequence number accepted from `sender`, 0 before any. */
  lastAccepted(sender: QueueDevice): Promise<number>;
  /** Envelopes waiting in `device`'s queue. */
  depth(device: QueueDevice): Promise<number>;
  /** Erase every envelope of `device`'s queue and its sender state (a removed device, spec/delivery.md §Removed devices). */
  dropDevice(device: QueueDevice): Promise<void>;
  /**
   * Resolves when every operation submitted before the call, and one expiry
   * sweep at the relay clock's current time, have completed, including the
   * erasure of WAL copies (spec/test-hooks.md §Delivery).
   */
  flush(): Promise<void>;
  /** Counts of what the store did and holds (for the test hooks and the benchmark). */
  counts(): DeliveryCounts;
  /**
   * Why the store can no longer store or erase anything until the relay
   * restarts (its writer thread died), or undefined while it works. The
   * relay's `/healthz` reports it (spec/transport.md §Discovery).
   */
  failure?(): Error | undefined;
  /** Finish pending work and stop. */
  close(): Promise<void>;
  /**
   * Be told when another relay node accepted envelopes for `device`
   * (spec/deployment.md §Routing); only stores shared between nodes call it.
   */
  onQueued?(listener: (device: QueueDevice) => void): void;
}
