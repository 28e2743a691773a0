/**
 * @module
 * Push and drain (spec/delivery.md §Push, §Flow control): one
 * {@link PushStream} per open device connection sends the device's queue as
 * relay→device requests, oldest first, with at most `window` requests
 * unanswered. A 2xx response is the device's acknowledgement, and the
 * envelope is erased at once; any other outcome (an error status, a
 * timeout, the connection closing) leaves it queued for the next
 * connection. The stream holds in memory only the envelopes in flight, so
 * a slow device costs the relay at most `window` envelopes.
 */
import type { FastifyBaseLogger } from 'fastify';
import { PUSH_REQUEST } from '../../wire/delivery.ts';
import type { Connection } from '../plugins/websocket.ts';
import type { DeliveryStore, QueueDevice } from '../storage/queue.ts';

/** How long the relay waits for a device's answer to a push (spec/delivery.md §Push). */
export const PUSH_TIMEOUT_MS = 30_000;

/** The push side of one device connection (spec/delivery.md §Push). */
export class PushStream {
  readonly #conn: Connection;
  readonly #device: QueueDevice;
  readonly #store: DeliveryStore;
  readonly #window: number;
  readonly #windowBytes: number;
  /** Free slots the window must have before the next queue read (a read per ack would cost a query each). */
  readonly #refill: number;
  readonly #log: FastifyBaseLogger;
  /** Position of the last envelope pushed on this connection; pushes go strictly upwards. */
  #cursor = 0;
  #inFlight = 0;
  #inFlightBytes = 0;
  /** Stored envelopes after the cursor may exist that were not pushed (start, window full, read racing). */
  #backlog = true;
  #reading = false;
  #closed = false;
  /** Positions acknowledged since the last erase submission: one erase call per burst of acks. */
  #acked: number[] = [];

  /**
   * `window` bounds the unanswered pushes in count, `windowBytes` in
   * envelope bytes (one push is always allowed, however large), so a slow
   * device costs the relay at most about `windowBytes` of memory.
   */
  constructor(
    conn: Connection,
    device: QueueDevice,
    store: DeliveryStore,
    window: number,
    log: FastifyBaseLogger,
    windowBytes: number = Number.POSITIVE_INFINITY,
  ) {
    this.#conn = conn;
    this.#device = device;
    this.#store = store;
    this.#window = window;
    this.#windowBytes = windowBytes;
    this.#refill = Math.max(1, Math.floor(window / 4));
    this.#log = log;
  }

  /** Unanswered pushes now; never above the window. */
  get inFlight(): number {
    return this.#inFlight;
  }

  /** Start draining the queue (spec/delivery.md §Drain). */
  start(): void {
    this.#pump();
  }

  /** The connection closed: push nothing more. Envelopes in flight stay queued. */
  stop(): void {
    this.#closed = true;
  }

  /** True when one more push of `bytes` fits the window. */
  #room(bytes: number): boolean {
    if (this.#inFlight === 0) return true;
    return this.#inFlight < this.#window && this.#inFlightBytes + bytes <= this.#windowBytes;
  }

  /**
   * A stored envelope for this device was just accepted. Pushed at once when
   * every earlier one has been pushed and the window has room; otherwise it
   * waits in storage for the drain.
   */
  offer(position: number, envelope: Uint8Array): void {
    if (this.#closed || position <= this.#cursor) return;
    if (!this.#backlog && !this.#reading && this.#room(envelope.byteLength)) {
      this.#cursor = position;
      this.#push(envelope, position);
      return;
    }
    this.#backlog = true;
    this.#pump();
  }

  /** Envelopes were stored for this device elsewhere (another relay node): read and push them. */
  wake(): void {
    this.#backlog = true;
    this.#pump();
  }

  /**
   * Push a transient envelope now (spec/delivery.md §Transient envelopes):
   * true when it was handed to the connection, false when the connection
   * is closed or the window is full (then it is dropped for this device).
   */
  pushTransient(envelope: Uint8Array): boolean {
    if (this.#closed || !this.#conn.open || !this.#room(envelope.byteLength)) return false;
    this.#push(envelope, undefined);
    return true;
  }

  #pump(): void {
    if (this.#closed || this.#reading || !this.#backlog) return;
    const free = this.#window - this.#inFlight;
    // Refill in chunks of a quarter window (when anything is in flight).
    if (this.#inFlight > 0 && (free < this.#refill || this.#inFlightBytes >= this.#windowBytes)) return;
    this.#reading = true;
    this.#backlog = false;
    this.#store.read(this.#device, this.#cursor, free).then(
      (rows) => {
        this.#reading = false;
        if (this.#closed) return;
        // One write for the whole chunk instead of one per frame.
        this.#conn.corked(() => {
          for (const r of rows) {
            if (r.position <= this.#cursor) continue;
            if (!this.#room(r.envelope.byteLength)) {
              // The byte window is full: the rest is read again once acks free it.
              this.#backlog = true;
              return;
            }
            this.#cursor = r.position;
            this.#push(r.envelope, r.position);
          }
        });
        if (rows.length >= free) this.#backlog = true;
        this.#pump();
      },
      (e: unknown) => {
        this.#reading = false;
        this.#backlog = true;
        this.#log.warn(
          { err: e, connection: this.#conn.id },
          'queue read failed; the device gets its queue on the next connection',
        );
      },
    );
  }

  /** Send one push; `position` undefined for a transient envelope (nothing to erase). */
  #push(envelope: Uint8Array, position: number | undefined): void {
    this.#inFlight++;
    this.#inFlightBytes += envelope.byteLength;
    this.#conn.request({ ...PUSH_REQUEST, body: envelope }, PUSH_TIMEOUT_MS).then(
      (res) => {
        this.#inFlight--;
        this.#inFlightBytes -= envelope.byteLength;
        if (position !== undefined && res.status >= 200 && res.status < 300) this.#ack(position);
        this.#pump();
      },
      () => {
        // Timeout or connection closed: the envelope stays queued for the next connection.
        this.#inFlight--;
        this.#inFlightBytes -= envelope.byteLength;
        this.#pump();
      },
    );
  }

  /**
   * The ack: erase at once (spec/delivery.md §Erasure). The acks of one
   * burst (one read from the socket) go to the store as one erase call, in
   * the same storage cycle they would each have joined. A failed erase
   * leaves the envelopes queued; the device deduplicates the redelivery.
   */
  #ack(position: number): void {
    this.#acked.push(position);
    if (this.#acked.length > 1) return;
    queueMicrotask(() => {
      const positions = this.#acked;
      this.#acked = [];
      this.#store.erase(this.#device, positions).catch((e: unknown) => {
        this.#log.warn({ err: e, connection: this.#conn.id }, 'erase after ack failed');
      });
    });
  }
}
