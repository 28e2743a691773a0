/**
 * @module
 * The reference relay's {@link DeliveryStore} on its own SQLite file
 * (spec/delivery.md §Storage): {@link SqliteDeliveryStore}'s storage cycles,
 * run on a worker thread that owns the delivery store's write connection
 * (storage/deliveryWriterWorker.ts), so the commit fsync (`synchronous =
 * FULL`) and the truncating WAL checkpoint of §Erasure no longer stop the
 * relay's event loop. An accept still resolves only after the commit that
 * holds it, an erase only after the checkpoint that removed its bytes, and
 * every write of the store goes through that one connection with
 * `secure_delete`, in submission order.
 *
 * Reads (the push stream's queue reads, the sender's last sequence number,
 * a queue's depth) stay on the relay's thread, on a read-only connection of
 * the same file: WAL mode lets it read the last committed state while the
 * worker writes, and a queue read is an index range scan of tens of
 * microseconds, cheaper than a round trip to the worker and back, which
 * would also wait behind a cycle's fsync. What it cannot see is what has not
 * committed, which is what the store's contract asks for: an envelope is
 * readable once its accept is durable, a sequence number counts once its
 * send is. The connection is opened read-only so that no write to the
 * delivery tables can bypass the worker's connection (and its
 * `secure_delete` and checkpoint bookkeeping).
 *
 * The operations of one relay event-loop turn cross to the worker as one
 * message, their envelope bytes in one transferred buffer (a structured
 * clone of an envelope would copy the whole 8 KiB pool slab it may sit in).
 */
import { Worker } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { DefTalkError } from '../../errors/index.ts';
import type { Clock } from '../clock.ts';
import type { SqliteDeliveryOptions } from './deliverySqlite.ts';
import type {
  WireAcceptItem,
  WireDevice,
  WriterBatch,
  WriterOp,
  WriterReplies,
  WriterStart,
  WriterWorkerData,
} from './deliveryWriterWorker.ts';
import type {
  AcceptItem,
  AcceptOutcome,
  DeliveryCounts,
  DeliveryStore,
  QueueDevice,
  QueuedEnvelope,
} from './queue.ts';

/** Distributive Omit: a {@link WriterOp} before its id is assigned. */
type NewOp = WriterOp extends infer O ? (O extends WriterOp ? Omit<O, 'id'> : never) : never;

interface Pending {
  resolve(outcomes: AcceptOutcome[] | undefined): void;
  reject(e: Error): void;
}

const wire = (d: QueueDevice): WireDevice => [d.accountId, d.deviceId];

const unavailable = (cause?: unknown) => new DefTalkError('STORAGE_UNAVAILABLE', undefined, { cause });

/**
 * The worker's entry. Node 20 does not carry module customization hooks
 * into worker threads (tsx's, registered by bin/deftalk-relay.js or by
 * `--import tsx`), so when this module runs as TypeScript the worker starts
 * from a two-line module that registers tsx and then imports the worker
 * file. A compiled build loads the `.js` worker directly.
 */
function workerEntry(): URL {
  const typescript = import.meta.url.endsWith('.ts');
  const file = new URL(`./deliveryWriterWorker.${typescript ? 'ts' : 'js'}`, import.meta.url);
  if (!typescript) return file;
  const tsx = import.meta.resolve('tsx/esm/api');
  const code = `import { register } from ${JSON.stringify(tsx)}; register(); await import(${JSON.stringify(file.href)});`;
  return new URL(`data:text/javascript,${encodeURIComponent(code)}`);
}

/**
 * The relay's flags the worker takes: the CPU and heap profilers' (so a
 * profiled relay, as `deftalk-bench --profile` starts it, writes the
 * worker's profile beside its own) and source maps. The others are either
 * per-process (`--expose-gc`, which a worker refuses) or preloads and
 * loaders that belong to the relay's thread (the benchmark's probe).
 */
function workerExecArgv(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (!/^--(cpu-prof|heap-prof|enable-source-maps)/.test(a)) continue;
    out.push(a);
    // `--cpu-prof-dir DIR` as two arguments: the value goes with its flag.
    if (/^--(cpu|heap)-prof-(dir|name|interval)$/.test(a) && i + 1 < argv.length) out.push(argv[++i]!);
  }
  return out;
}

/** {@link DeliveryStore} over the relay database, its writes on a worker thread (spec/delivery.md §Storage). */
export class DeliveryWriter implements DeliveryStore {
  readonly #worker: Worker;
  readonly #reader: Database.Database;
  readonly #clock: Clock;
  readonly #sql: {
    read: Database.Statement<
      [Buffer, number, number, number, number],
      { position: number; envelope: Buffer }
    >;
    lastAccepted: Database.Statement<[Buffer, number], { n: number }>;
    depth: Database.Statement<[Buffer, number], { n: number }>;
  };
  readonly #pending = new Map<number, Pending>();
  #nextId = 1;
  /** Operations of the current turn, sent together at its end. */
  #ops: WriterOp[] = [];
  #chunks: Uint8Array[] = [];
  #byteLength = 0;
  #scheduled = false;
  #counts: DeliveryCounts;
  /** Set once the worker is gone: every operation fails from then on. */
  #failure: Error | undefined;
  #closing: Promise<void> | undefined;
  readonly #exited: Promise<void>;

  private constructor(worker: Worker, reader: Database.Database, clock: Clock, counts: DeliveryCounts) {
    this.#worker = worker;
    this.#reader = reader;
    this.#clock = clock;
    this.#counts = counts;
    const device = 'SELECT queue FROM delivery_devices WHERE account_id = ? AND device_id = ?';
    this.#sql = {
      // Expired but not yet swept envelopes are never handed out (spec/delivery.md §Expiry).
      read: reader.prepare(
        `SELECT position, envelope FROM delivery_envelopes WHERE queue = (${device}) AND position > ? AND expires_at > ? ORDER BY position LIMIT ?`,
      ),
      lastAccepted: reader.prepare(
        'SELECT last_accepted AS n FROM delivery_devices WHERE account_id = ? AND device_id = ?',
      ),
      depth: reader.prepare(`SELECT count(*) AS n FROM delivery_envelopes WHERE queue = (${device})`),
    };
    worker.on('message', (m: WriterReplies) => this.#replies(m));
    this.#exited = new Promise((resolve) => {
      worker.once('exit', () => {
        this.#fail(unavailable());
        resolve();
      });
    });
    worker.on('error', (e) => this.#fail(unavailable(e)));
    worker.unref();
  }

  /**
   * Start the worker on the database `db` was opened on (storage/sqlite.ts
   * openDatabase, migrated) and resolve once it has loaded the queues and
   * truncated the WAL (spec/delivery.md §Erasure: before serving).
   */
  static async open(
    db: Database.Database,
    clock: Clock,
    options: SqliteDeliveryOptions,
  ): Promise<DeliveryWriter> {
    const data: WriterWorkerData = { file: db.name, options };
    const worker = new Worker(workerEntry(), {
      workerData: data,
      execArgv: workerExecArgv(process.execArgv),
    });
    let start: WriterStart;
    try {
      start = await new Promise((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
        worker.once('exit', () => reject(new Error('the delivery writer exited while starting')));
      });
    } catch (e) {
      await worker.terminate();
      throw unavailable(e);
    }
    if (!start.ready) {
      await worker.terminate();
      throw unavailable(new Error(start.error));
    }
    const reader = new Database(db.name, { readonly: true, fileMustExist: true });
    return new DeliveryWriter(worker, reader, clock, start.counts);
  }

  #submit(op: NewOp, bytes: Uint8Array[] = []): Promise<AcceptOutcome[] | undefined> {
    if (this.#failure || this.#closing) return Promise.reject(unavailable(this.#failure));
    return new Promise((resolve, reject) => {
      const id = this.#nextId++;
      if (this.#pending.size === 0) this.#worker.ref();
      this.#pending.set(id, { resolve, reject });
      this.#ops.push({ ...op, id } as WriterOp);
      for (const b of bytes) this.#chunks.push(b);
      if (!this.#scheduled) {
        this.#scheduled = true;
        // Everything this turn submits crosses in one message, like one group commit.
        setImmediate(() => this.#send());
      }
    });
  }

  #send(): void {
    this.#scheduled = false;
    const bytes = new Uint8Array(this.#byteLength);
    let at = 0;
    for (const c of this.#chunks) {
      bytes.set(c, at);
      at += c.byteLength;
    }
    const batch: WriterBatch = { now: this.#clock.now(), ops: this.#ops, bytes: bytes.buffer };
    this.#ops = [];
    this.#chunks = [];
    this.#byteLength = 0;
    this.#worker.postMessage(batch, [bytes.buffer]);
  }

  #replies(m: WriterReplies): void {
    this.#counts = m.counts;
    for (const [id, outcomes] of m.done) {
      const p = this.#pending.get(id);
      this.#pending.delete(id);
      p?.resolve(outcomes);
    }
    for (const id of m.failed) {
      const p = this.#pending.get(id);
      this.#pending.delete(id);
      p?.reject(unavailable());
    }
    // A closing store waits for the worker's exit, which nothing else may keep the process alive for.
    if (this.#pending.size === 0 && !this.#closing) this.#worker.unref();
  }

  /** The error every operation fails with since the writer thread died; undefined while it runs. */
  failure(): Error | undefined {
    return this.#closing ? undefined : this.#failure;
  }

  /** End the writer thread as a crash would (fault injection for tests of what the relay reports). */
  async killWorker(): Promise<void> {
    await this.#worker.terminate();
    await this.#exited;
  }

  #fail(e: Error): void {
    this.#failure ??= e;
    const pending = [...this.#pending.values()];
    this.#pending.clear();
    for (const p of pending) p.reject(e);
  }

  async accept(items: readonly AcceptItem[]): Promise<AcceptOutcome[]> {
    const bytes: Uint8Array[] = [];
    const wired: WireAcceptItem[] = items.map((item) => ({
      sender: wire(item.sender),
      sequence: item.sequence,
      expiresAt: item.expiresAt,
      copies: item.copies.map((c) => {
        const offset = this.#byteLength;
        this.#byteLength += c.envelope.byteLength;
        bytes.push(c.envelope);
        return [c.device.accountId, c.device.deviceId, offset, c.envelope.byteLength] as const;
      }),
    }));
    return (await this.#submit({ kind: 'accept', items: wired }, bytes))!;
  }

  async erase(device: QueueDevice, positions: readonly number[]): Promise<void> {
    if (positions.length === 0) return;
    await this.#submit({ kind: 'erase', device: wire(device), positions: [...positions] });
  }

  /**
   * On the relay's thread, from the last committed state. A read that races
   * an erasure not yet committed may return an envelope about to be erased;
   * the push stream never goes back below its cursor, so it is not pushed
   * twice on a connection (as with {@link SqliteDeliveryStore.read}).
   */
  read(device: QueueDevice, afterPosition: number, limit: number): Promise<QueuedEnvelope[]> {
    if (this.#failure || this.#closing) return Promise.reject(unavailable(this.#failure));
    try {
      const rows = this.#sql.read.all(
        Buffer.from(device.accountId, 'hex'),
        device.deviceId,
        afterPosition,
        this.#clock.now(),
        limit,
      );
      return Promise.resolve(rows);
    } catch (e) {
      return Promise.reject(unavailable(e));
    }
  }

  async lastAccepted(sender: QueueDevice): Promise<number> {
    if (this.#failure || this.#closing) throw unavailable(this.#failure);
    return this.#sql.lastAccepted.get(Buffer.from(sender.accountId, 'hex'), sender.deviceId)?.n ?? 0;
  }

  async depth(device: QueueDevice): Promise<number> {
    if (this.#failure || this.#closing) throw unavailable(this.#failure);
    return this.#sql.depth.get(Buffer.from(device.accountId, 'hex'), device.deviceId)?.n ?? 0;
  }

  async dropDevice(device: QueueDevice): Promise<void> {
    await this.#submit({ kind: 'drop', device: wire(device) });
  }

  async flush(): Promise<void> {
    await this.#submit({ kind: 'flush' });
  }

  /** As of the worker's last answer: after a flush resolves, they include everything the flush covered. */
  counts(): DeliveryCounts {
    return this.#counts;
  }

  /** Finish every submitted operation and the last checkpoint, stop the worker, close the reader. */
  close(): Promise<void> {
    this.#closing ??= (async () => {
      if (!this.#failure) {
        const closed = new Promise<void>((resolve) => {
          const id = this.#nextId++;
          this.#worker.ref();
          this.#pending.set(id, { resolve: () => resolve(), reject: () => resolve() });
          this.#ops.push({ id, kind: 'close' });
          if (!this.#scheduled) this.#send();
        });
        await closed;
      }
      await this.#exited;
      this.#reader.close();
    })();
    return this.#closing;
  }
}
