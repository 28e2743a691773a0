/**
 * @module
 * The embedded SQLite implementation of {@link DeliveryStore}
 * (spec/delivery.md §Storage, §Erasure). One storage cycle gathers every
 * accept, erase and drop submitted since the previous cycle into one
 * transaction (group commit: one WAL fsync for all of them) and sweeps
 * expired envelopes in the same transaction. Erased bytes leave the files
 * with `wal_checkpoint(TRUNCATE)`, run at most {@link WAL_ERASE_DELAY_MS}
 * after the commit of an erasure (at once for a flush), so the erasures of
 * all cycles within that time share one checkpoint; no erase promise
 * resolves before the checkpoint that removed its bytes.
 *
 * Schema (migration 3 of storage/sqlite.ts): every hot key is monotonic.
 * Envelopes are a rowid table keyed by a relay-wide position counter, so an
 * accept appends at the right edge of the table; the `(queue, position)`
 * index appends at the tail of each active queue's range; the
 * `expires_at` index appends at its right edge because every envelope gets
 * the same lifetime. Idempotency needs no envelope-id index at all: a
 * sender's sequence numbers must be contiguous (spec/delivery.md §Envelope
 * ids), so one `last_accepted` integer per sender device decides whether a
 * send is new, a duplicate or a gap. Queue numbers are small integers
 * assigned per device, so neither index carries the 16-byte account id.
 *
 * Durability: `synchronous = FULL` in WAL mode (storage/sqlite.ts), so a
 * resolved accept survives a process crash and a machine crash.
 *
 * The relay runs this store on a worker thread (storage/deliveryWriter.ts),
 * where its synchronous commits and checkpoints do not stop the event loop;
 * on the caller's own thread it serves tests and the conformance zoo.
 */
import type Database from 'better-sqlite3';
import { DefTalkError } from '../../errors/index.ts';
import type { Clock } from '../clock.ts';
import type {
  AcceptItem,
  AcceptOutcome,
  DeliveryCounts,
  DeliveryStore,
  QueueDevice,
  QueuedEnvelope,
} from './queue.ts';

/** The delivery tables (spec/delivery.md §Storage); appended to storage/sqlite.ts MIGRATIONS. */
export const DELIVERY_MIGRATION = `CREATE TABLE delivery_devices (
     queue INTEGER PRIMARY KEY,
     account_id BLOB NOT NULL,
     device_id INTEGER NOT NULL,
     last_accepted INTEGER NOT NULL DEFAULT 0,
     UNIQUE (account_id, device_id)
   ) STRICT;
   CREATE TABLE delivery_envelopes (
     position INTEGER PRIMARY KEY,
     queue INTEGER NOT NULL,
     expires_at INTEGER NOT NULL,
     envelope BLOB NOT NULL
   ) STRICT;
   CREATE INDEX delivery_envelopes_by_queue ON delivery_envelopes(queue, position);
   CREATE INDEX delivery_envelopes_by_expiry ON delivery_envelopes(expires_at);`;

interface DeviceState {
  queue: number;
  lastAccepted: number;
  depth: number;
}

type Op =
  | {
      kind: 'accept';
      items: readonly AcceptItem[];
      resolve(o: AcceptOutcome[]): void;
      reject(e: Error): void;
    }
  | {
      kind: 'erase';
      device: QueueDevice;
      positions: readonly number[];
      resolve(): void;
      reject(e: Error): void;
    }
  | { kind: 'drop'; device: QueueDevice; resolve(): void; reject(e: Error): void }
  | { kind: 'flush'; resolve(): void; reject(e: Error): void };

/** Options of {@link SqliteDeliveryStore}. */
export interface SqliteDeliveryOptions {
  /** Envelopes one device's queue holds at most (spec/delivery.md §Quota). */
  readonly queueQuota: number;
  /**
   * Longest time, in ms, from the commit of an erasure to the truncating
   * checkpoint that removes its last copy from the storage files
   * (spec/delivery.md §Erasure); default {@link WAL_ERASE_DELAY_MS}. 0
   * checkpoints after every cycle that erased anything.
   */
  readonly walEraseDelayMs?: number;
}

/**
 * The reference's bound on how long erased bytes may stay in the storage
 * files after the erasure commits (spec/delivery.md §Erasure): erasures of
 * all the cycles within it share one `wal_checkpoint(TRUNCATE)`.
 */
export const WAL_ERASE_DELAY_MS = 100;

const key = (d: QueueDevice): string => `${d.accountId}/${d.deviceId}`;

/** Cost counters, for the benchmark and the report of spec/delivery.md §Storage. */
export interface DeliveryStoreStats {
  cycles: number;
  checkpoints: number;
  stored: number;
  erased: number;
  expired: number;
}

/** {@link DeliveryStore} over the relay's SQLite database, with group commit. */
export class SqliteDeliveryStore implements DeliveryStore {
  readonly #db: Database.Database;
  readonly #clock: Clock;
  readonly #quota: number;
  readonly #devices = new Map<string, DeviceState>();
  #nextPosition = 1;
  /** Envelopes in all queues now, kept with every change so {@link counts} costs nothing. */
  #queued = 0;
  /** No envelope expires before this relay-clock time: cycles skip the expiry sweep until then. */
  #nextExpiry = Number.POSITIVE_INFINITY;
  #ops: Op[] = [];
  /** Senders whose last accepted sequence number changed in the current cycle. */
  readonly #senders = new Set<DeviceState>();
  #scheduled = false;
  #closed = false;
  /** An erasure committed whose bytes may still be in a storage file (no truncating checkpoint since). */
  #walDirty = false;
  /** Erase, drop and flush operations committed and waiting for the truncating checkpoint. */
  #erasing: Op[] = [];
  readonly #walEraseDelayMs: number;
  /** performance.now() of the last truncating checkpoint. */
  #lastCheckpoint = 0;
  #checkpointTimer: NodeJS.Timeout | undefined;
  readonly stats: DeliveryStoreStats = { cycles: 0, checkpoints: 0, stored: 0, erased: 0, expired: 0 };
  readonly #sql: {
    insertDevice: Database.Statement<[Buffer, number]>;
    setLast: Database.Statement<[number, number]>;
    insert: Database.Statement<[number, number, number, Uint8Array]>;
    erase: Database.Statement<[number, number]>;
    expire: Database.Statement<[number], { queue: number }>;
    nextExpiry: Database.Statement<[], { m: number | null }>;
    dropQueue: Database.Statement<[number]>;
    dropDevice: Database.Statement<[number]>;
    read: Database.Statement<[number, number, number, number], { position: number; envelope: Buffer }>;
  };

  constructor(db: Database.Database, clock: Clock, opts: SqliteDeliveryOptions) {
    this.#db = db;
    this.#clock = clock;
    this.#quota = opts.queueQuota;
    this.#walEraseDelayMs = opts.walEraseDelayMs ?? WAL_ERASE_DELAY_MS;
    this.#sql = {
      insertDevice: db.prepare('INSERT INTO delivery_devices (account_id, device_id) VALUES (?, ?)'),
      setLast: db.prepare('UPDATE delivery_devices SET last_accepted = ? WHERE queue = ?'),
      insert: db.prepare(
        'INSERT INTO delivery_envelopes (position, queue, expires_at, envelope) VALUES (?, ?, ?, ?)',
      ),
      erase: db.prepare('DELETE FROM delivery_envelopes WHERE position = ? AND queue = ?'),
      expire: db.prepare('DELETE FROM delivery_envelopes WHERE expires_at <= ? RETURNING queue'),
      nextExpiry: db.prepare('SELECT min(expires_at) AS m FROM delivery_envelopes'),
      dropQueue: db.prepare('DELETE FROM delivery_envelopes WHERE queue = ?'),
      dropDevice: db.prepare('DELETE FROM delivery_devices WHERE queue = ?'),
      // Expired but not yet swept envelopes are never handed out (spec/delivery.md §Expiry).
      read: db.prepare(
        'SELECT position, envelope FROM delivery_envelopes WHERE queue = ? AND position > ? AND expires_at > ? ORDER BY position LIMIT ?',
      ),
    };
    this.#load();
    // A crash may have left committed erasures in the WAL: truncate it before serving.
    this.#checkpoint();
  }

  /** Rebuild the in-memory view (queue numbers, sequence marks, depths, next position) from the tables. */
  #load(): void {
    this.#devices.clear();
    const rows = this.#db
      .prepare('SELECT queue, account_id, device_id, last_accepted FROM delivery_devices')
      .all() as { queue: number; account_id: Buffer; device_id: number; last_accepted: number }[];
    const byQueue = new Map<number, DeviceState>();
    for (const r of rows) {
      const s: DeviceState = { queue: r.queue, lastAccepted: r.last_accepted, depth: 0 };
      this.#devices.set(`${r.account_id.toString('hex')}/${r.device_id}`, s);
      byQueue.set(r.queue, s);
    }
    const depths = this.#db
      .prepare('SELECT queue, count(*) AS n FROM delivery_envelopes GROUP BY queue')
      .all() as { queue: number; n: number }[];
    this.#queued = 0;
    for (const d of depths) {
      const s = byQueue.get(d.queue);
      if (s) s.depth = d.n;
      this.#queued += d.n;
    }
    const max = this.#db.prepare('SELECT max(position) AS m FROM delivery_envelopes').get() as {
      m: number | null;
    };
    this.#nextPosition = Math.max(this.#nextPosition, (max.m ?? 0) + 1);
    this.#nextExpiry = this.#sql.nextExpiry.get()?.m ?? Number.POSITIVE_INFINITY;
  }

  #state(d: QueueDevice, create: boolean): DeviceState | undefined {
    const k = key(d);
    let s = this.#devices.get(k);
    if (!s && create) {
      const info = this.#sql.insertDevice.run(Buffer.from(d.accountId, 'hex'), d.deviceId);
      s = { queue: Number(info.lastInsertRowid), lastAccepted: 0, depth: 0 };
      this.#devices.set(k, s);
    }
    return s;
  }

  #submit<T>(make: (resolve: (v: T) => void, reject: (e: Error) => void) => Op): Promise<T> {
    if (this.#closed) return Promise.reject(new DefTalkError('STORAGE_UNAVAILABLE'));
    return new Promise<T>((resolve, reject) => {
      this.#ops.push(make(resolve, reject));
      if (!this.#scheduled) {
        this.#scheduled = true;
        setImmediate(() => this.#cycle());
      }
    });
  }

  accept(items: readonly AcceptItem[]): Promise<AcceptOutcome[]> {
    return this.#submit((resolve, reject) => ({ kind: 'accept', items, resolve, reject }));
  }

  erase(device: QueueDevice, positions: readonly number[]): Promise<void> {
    if (positions.length === 0) return Promise.resolve();
    return this.#submit((resolve, reject) => ({ kind: 'erase', device, positions, resolve, reject }));
  }

  /**
   * Reads run at once, outside the cycles: they need no write transaction,
   * and a reader waiting for the next cycle would add that cycle's fsyncs to
   * every drain round trip. A read that races an erasure still submitted may
   * return an envelope about to be erased; the push stream never goes back
   * below its cursor, so it is not pushed twice on a connection.
   */
  read(device: QueueDevice, afterPosition: number, limit: number): Promise<QueuedEnvelope[]> {
    if (this.#closed) return Promise.reject(new DefTalkError('STORAGE_UNAVAILABLE'));
    try {
      const s = this.#devices.get(key(device));
      const rows = s ? this.#sql.read.all(s.queue, afterPosition, this.#clock.now(), limit) : [];
      return Promise.resolve(rows.map((r) => ({ position: r.position, envelope: r.envelope })));
    } catch (e) {
      return Promise.reject(new DefTalkError('STORAGE_UNAVAILABLE', undefined, { cause: e }));
    }
  }

  async lastAccepted(sender: QueueDevice): Promise<number> {
    return this.#devices.get(key(sender))?.lastAccepted ?? 0;
  }

  async depth(device: QueueDevice): Promise<number> {
    return this.#devices.get(key(device))?.depth ?? 0;
  }

  dropDevice(device: QueueDevice): Promise<void> {
    return this.#submit((resolve, reject) => ({ kind: 'drop', device, resolve, reject }));
  }

  flush(): Promise<void> {
    return this.#submit((resolve, reject) => ({ kind: 'flush', resolve, reject }));
  }

  counts(): DeliveryCounts {
    return { queued: this.#queued, ...this.stats };
  }

  /** Run a cycle now if the sweeper asks (expiry needs a cycle even when idle). */
  sweep(): Promise<void> {
    return this.flush();
  }

  async close(): Promise<void> {
    if (this.#ops.length > 0 || this.#scheduled || this.#walDirty) await this.flush().catch(() => undefined);
    clearTimeout(this.#checkpointTimer);
    this.#closed = true;
  }

  /**
   * One storage cycle: one transaction for all writes (one WAL fsync), then,
   * when erased bytes may remain in the files, the truncating checkpoint:
   * at once when a flush asks for it or {@link WAL_ERASE_DELAY_MS} have
   * passed since the last one, otherwise from a timer that fires by then.
   * Accepts resolve after the commit; erasures and flushes after the checkpoint.
   */
  #cycle(): void {
    this.#scheduled = false;
    const ops = this.#ops;
    this.#ops = [];
    this.#senders.clear();
    this.stats.cycles++;
    const acceptResults = new Map<Op, AcceptOutcome[]>();
    let erased = 0;
    try {
      this.#db
        .transaction(() => {
          for (const op of ops) {
            if (op.kind === 'accept')
              acceptResults.set(
                op,
                op.items.map((item) => this.#acceptOne(item)),
              );
            else if (op.kind === 'erase') erased += this.#eraseIn(op.device, op.positions);
            else if (op.kind === 'drop') erased += this.#dropIn(op.device);
          }
          // One row update per sender per cycle, however many of its sends it holds.
          for (const sender of this.#senders) this.#sql.setLast.run(sender.lastAccepted, sender.queue);
          erased += this.#expireIn(this.#clock.now());
        })
        .immediate();
    } catch (e) {
      // Nothing of this cycle committed: rebuild the in-memory view and fail every write.
      this.#load();
      const err = new DefTalkError('STORAGE_UNAVAILABLE', undefined, { cause: e });
      for (const op of ops) op.reject(err);
      return;
    }
    if (erased > 0) this.#walDirty = true;
    let flushing = false;
    for (const op of ops) {
      if (op.kind === 'accept') op.resolve(acceptResults.get(op) ?? []);
      else {
        if (op.kind === 'flush') flushing = true;
        this.#erasing.push(op);
      }
    }
    this.#eraseWal(flushing);
  }

  /**
   * Truncate the WAL now if erased bytes may remain and `force` or the delay
   * has run out; resolve the operations waiting for it once it succeeded;
   * otherwise make sure a timer tries again by the end of the delay.
   */
  #eraseWal(force: boolean): void {
    if (this.#walDirty) {
      const since = performance.now() - this.#lastCheckpoint;
      if (force || since >= this.#walEraseDelayMs) this.#checkpoint();
    }
    if (!this.#walDirty) {
      const done = this.#erasing;
      this.#erasing = [];
      for (const op of done) (op.resolve as () => void)();
      return;
    }
    if (this.#checkpointTimer === undefined && !this.#closed) {
      const wait = Math.max(1, this.#walEraseDelayMs - (performance.now() - this.#lastCheckpoint));
      this.#checkpointTimer = setTimeout(() => {
        this.#checkpointTimer = undefined;
        // A cycle about to run does this itself; otherwise nothing else would.
        if (!this.#scheduled) this.#eraseWal(true);
      }, wait);
    }
  }

  /** spec/delivery.md §Acceptance, steps 3-5, inside the cycle's transaction. */
  #acceptOne(item: AcceptItem): AcceptOutcome {
    const sender = this.#state(item.sender, true)!;
    if (item.sequence <= sender.lastAccepted) return { kind: 'duplicate' };
    if (item.sequence !== sender.lastAccepted + 1) return { kind: 'gap', expected: sender.lastAccepted + 1 };
    const targets = item.copies.map((c) => this.#state(c.device, true)!);
    const full: QueueDevice[] = [];
    targets.forEach((t, i) => {
      if (t.depth + 1 > this.#quota) full.push(item.copies[i]!.device);
    });
    if (full.length > 0) return { kind: 'full', devices: full };
    const positions: number[] = [];
    targets.forEach((t, i) => {
      const position = this.#nextPosition++;
      this.#sql.insert.run(position, t.queue, item.expiresAt, item.copies[i]!.envelope);
      if (item.expiresAt < this.#nextExpiry) this.#nextExpiry = item.expiresAt;
      t.depth++;
      positions.push(position);
    });
    sender.lastAccepted = item.sequence;
    this.#senders.add(sender);
    this.stats.stored += positions.length;
    this.#queued += positions.length;
    return { kind: 'stored', positions };
  }

  #eraseIn(device: QueueDevice, positions: readonly number[]): number {
    const s = this.#devices.get(key(device));
    if (!s) return 0;
    let n = 0;
    for (const p of positions) n += this.#sql.erase.run(p, s.queue).changes;
    s.depth -= n;
    this.#queued -= n;
    this.stats.erased += n;
    return n;
  }

  #dropIn(device: QueueDevice): number {
    const s = this.#devices.get(key(device));
    if (!s) return 0;
    const n = this.#sql.dropQueue.run(s.queue).changes;
    this.#sql.dropDevice.run(s.queue);
    this.#devices.delete(key(device));
    this.#queued -= n;
    this.stats.erased += n;
    return n;
  }

  #expireIn(now: number): number {
    if (now < this.#nextExpiry) return 0;
    const rows = this.#sql.expire.all(now);
    this.#nextExpiry = this.#sql.nextExpiry.get()?.m ?? Number.POSITIVE_INFINITY;
    if (rows.length === 0) return 0;
    const byQueue = new Map<number, number>();
    for (const r of rows) byQueue.set(r.queue, (byQueue.get(r.queue) ?? 0) + 1);
    for (const s of this.#devices.values()) {
      const n = byQueue.get(s.queue);
      if (n) s.depth -= n;
    }
    this.#queued -= rows.length;
    this.stats.expired += rows.length;
    return rows.length;
  }

  /**
   * Move every WAL frame into the main file and truncate the WAL to zero
   * bytes (spec/delivery.md §Erasure). With `secure_delete` the main file's
   * copy of an erased row was zeroed by the DELETE; truncation removes the
   * WAL frames that still held it. Busy (another connection reading an old
   * snapshot) leaves the WAL dirty; the next cycle retries.
   */
  #checkpoint(): void {
    const r = this.#db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
    this.stats.checkpoints++;
    this.#lastCheckpoint = performance.now();
    this.#walDirty = (r[0]?.busy ?? 0) !== 0;
  }
}
