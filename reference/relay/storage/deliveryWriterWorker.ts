/**
 * @module
 * Internal: the worker thread of {@link DeliveryWriter}
 * (storage/deliveryWriter.ts, spec/delivery.md §Storage). It owns the
 * delivery store's only write connection and runs the
 * {@link SqliteDeliveryStore} storage cycles on it: group commit with
 * `synchronous = FULL`, erasure with `secure_delete` and the truncating WAL
 * checkpoint. Its fsyncs block this thread, not the relay's event loop.
 *
 * Every message from the relay is one {@link WriterBatch}: the operations
 * one relay event-loop turn submitted, in order, with the relay clock's time
 * and the envelope bytes of its accepts in one transferred buffer. The
 * operations of all batches that arrive before the next cycle share that
 * cycle, as they would in the relay's own thread. Answers go back as
 * {@link WriterReplies}, gathered per turn of this thread.
 */
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import type { Clock } from '../clock.ts';
import { type SqliteDeliveryOptions, SqliteDeliveryStore } from './deliverySqlite.ts';
import type { AcceptItem, AcceptOutcome, DeliveryCounts, QueueDevice } from './queue.ts';

/** What the worker is started with. */
export interface WriterWorkerData {
  /** Path of the relay database; it exists and is migrated (storage/sqlite.ts openDatabase). */
  readonly file: string;
  readonly options: SqliteDeliveryOptions;
}

/** A device as it crosses the thread boundary: `[accountId hex, deviceId]`. */
export type WireDevice = readonly [string, number];

/** One copy of an accept: its device and where its envelope lies in the batch's bytes. */
export type WireCopy = readonly [accountId: string, deviceId: number, offset: number, length: number];

/** One {@link AcceptItem} with its envelopes replaced by ranges of the batch's bytes. */
export interface WireAcceptItem {
  readonly sender: WireDevice;
  readonly sequence: number;
  readonly expiresAt: number;
  readonly copies: readonly WireCopy[];
}

/** One store operation, numbered by the relay side for its answer. */
export type WriterOp =
  | { readonly id: number; readonly kind: 'accept'; readonly items: readonly WireAcceptItem[] }
  | { readonly id: number; readonly kind: 'erase'; readonly device: WireDevice; readonly positions: number[] }
  | { readonly id: number; readonly kind: 'drop'; readonly device: WireDevice }
  | { readonly id: number; readonly kind: 'flush' }
  | { readonly id: number; readonly kind: 'close' };

/** Relay → worker: the operations of one relay event-loop turn. */
export interface WriterBatch {
  /** The relay clock's time when the batch was sent (spec/test-hooks.md §Clock may move it). */
  readonly now: number;
  readonly ops: readonly WriterOp[];
  /** The envelope bytes of every accept copy in `ops`, transferred, not copied. */
  readonly bytes: ArrayBuffer;
}

/** Worker → relay: operations completed in one turn of the worker, and the store's counts after them. */
export interface WriterReplies {
  readonly done: readonly (readonly [id: number, outcomes?: AcceptOutcome[]])[];
  /** Operations that failed: the store answers only STORAGE_UNAVAILABLE, so the id is all the relay needs. */
  readonly failed: readonly number[];
  readonly counts: DeliveryCounts;
}

/** Worker → relay, once: the store is open, with its counts (or could not be opened, with a message free of user data). */
export type WriterStart =
  | { readonly ready: true; readonly counts: DeliveryCounts }
  | { readonly ready: false; readonly error: string };

const device = (d: WireDevice): QueueDevice => ({ accountId: d[0], deviceId: d[1] }) as QueueDevice;

/**
 * The relay clock as the relay last reported it, running on from there with
 * the system clock: a cycle's expiry sweep uses the relay's time, including
 * any offset the test hooks set.
 */
class ReportedClock implements Clock {
  #offset = 0;
  report(relayNow: number): void {
    this.#offset = relayNow - Date.now();
  }
  now(): number {
    return Date.now() + this.#offset;
  }
}

function main(port: NonNullable<typeof parentPort>, data: WriterWorkerData): void {
  const clock = new ReportedClock();
  let db: Database.Database;
  let store: SqliteDeliveryStore;
  try {
    db = new Database(data.file, { fileMustExist: true });
    // Per-connection settings: the durability and erasure guarantees of storage/sqlite.ts.
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('secure_delete = ON');
    store = new SqliteDeliveryStore(db, clock, data.options);
  } catch (e) {
    port.postMessage({
      ready: false,
      error: e instanceof Error ? e.message : 'open failed',
    } satisfies WriterStart);
    return;
  }

  let done: [number, AcceptOutcome[]?][] = [];
  let failed: number[] = [];
  let posting = false;
  const post = () => {
    posting = false;
    const replies: WriterReplies = { done, failed, counts: store.counts() };
    done = [];
    failed = [];
    port.postMessage(replies);
  };
  const answer = (id: number, p: Promise<AcceptOutcome[] | undefined>) =>
    p.then(
      (outcomes) => {
        done.push(outcomes ? [id, outcomes] : [id]);
        if (!posting) {
          posting = true;
          // The operations of one cycle resolve together: one message for all of them.
          queueMicrotask(post);
        }
      },
      () => {
        failed.push(id);
        if (!posting) {
          posting = true;
          queueMicrotask(post);
        }
      },
    );

  port.on('message', (batch: WriterBatch) => {
    clock.report(batch.now);
    const bytes = Buffer.from(batch.bytes);
    for (const op of batch.ops) {
      switch (op.kind) {
        case 'accept': {
          const items: AcceptItem[] = op.items.map((i) => ({
            sender: device(i.sender),
            sequence: i.sequence,
            expiresAt: i.expiresAt,
            copies: i.copies.map((c) => ({
              device: device([c[0], c[1]]),
              envelope: bytes.subarray(c[2], c[2] + c[3]),
            })),
          }));
          answer(op.id, store.accept(items));
          break;
        }
        case 'erase':
          answer(
            op.id,
            store.erase(device(op.device), op.positions).then(() => undefined),
          );
          break;
        case 'drop':
          answer(
            op.id,
            store.dropDevice(device(op.device)).then(() => undefined),
          );
          break;
        case 'flush':
          answer(
            op.id,
            store.flush().then(() => undefined),
          );
          break;
        case 'close':
          // Pending cycles and the last checkpoint first; then nothing keeps this thread alive.
          void store.close().then(() => {
            db.close();
            done.push([op.id]);
            post();
            port.close();
          });
          break;
      }
    }
  });
  port.postMessage({ ready: true, counts: store.counts() } satisfies WriterStart);
}

if (parentPort) main(parentPort, workerData as WriterWorkerData);
