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
  readonly #log: FastifyBaseLogger;
  /** Position of the last envelope pushed on this connection; pushes go strictly upwards. */
  #cursor = 0;
  #inFlight = 0;
  /** Stored envelopes after the cursor may exist that were not pushed (start, window full, read racing). */
  #backlog = true;
  #reading = false;
  #closed = false;

  constructor(
    conn: Connection,
    device: QueueDevice,
    store: DeliveryStore,
    window: number,
    log: FastifyBaseLogger,
  ) {
    this.#conn = conn;
    this.#device = device;
    this.#store = store;
    this.#window = window;
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

  /**
   * A stored envelope for this device was just accepted. Pushed at once when
   * every earlier one has been pushed and the window has room; otherwise it
   * waits in storage for the drain.
   */
  offer(position: number, envelope: Uint8Array): void {
    if (this.#closed || position <= this.#cursor) return;
    if (!this.#backlog && !this.#reading && this.#inFlight < this.#window) {
      this.#cursor = position;
      this.#push(envelope, position);
      return;
    }
    this.#backlog = true;
    this.#pump();
  }

  /**
   * Push a transient envelope now (spec/delivery.md §Transient envelopes):
   * true when it was handed to the connection, false when the connection
   * is closed or the window is full (then it is dropped for this device).
   */
  pushTransient(envelope: Uint8Array): boolean {
    if (this.#closed || !this.#conn.open || this.#inFlight >= this.#window) return false;
    this.#push(envelope, undefined);
    return true;
  }

  #pump(): void {
    if (this.#closed || this.#reading || !this.#backlog || this.#inFlight >= this.#window) return;
    this.#reading = true;
    this.#backlog = false;
    const limit = this.#window - this.#inFlight;
    this.#store.read(this.#device, this.#cursor, limit).then(
      (rows) => {
        this.#reading = false;
        if (this.#closed) return;
        for (const r of rows) {
          if (r.position <= this.#cursor) continue;
          this.#cursor = r.position;
          this.#push(r.envelope, r.position);
        }
        if (rows.length >= limit) this.#backlog = true;
        this.#pump();
      },
      (e: unknown) => {
        this.#reading = false;
        this.#backlog = true;
        this.#log.warn({ err: e }, 'queue read failed; the device gets its queue on the next connection');
      },
    );
  }

  /** Send one push; `position` undefined for a transient envelope (nothing to erase). */
  #push(envelope: Uint8Array, position: number | undefined): void {
    this.#inFlight++;
    this.#conn.request({ ...PUSH_REQUEST, body: envelope }, PUSH_TIMEOUT_MS).then(
      (res) => {
        this.#inFlight--;
        if (position !== undefined && res.status >= 200 && res.status < 300) {
          // The ack: erase at once (spec/delivery.md §Erasure). A failed erase
          // leaves the envelope queued; the device deduplicates the redelivery.
          this.#store.erase(this.#device, [position]).catch((e: unknown) => {
            this.#log.warn({ err: e }, 'erase after ack failed');
          });
        }
        this.#pump();
      },
      () => {
        // Timeout or connection closed: the envelope stays queued for the next connection.
        this.#inFlight--;
        this.#pump();
      },
    );
  }
}
