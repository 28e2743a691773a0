/**
 * @module
 * {@link DeliveryStore} over PostgreSQL (spec/delivery.md §Storage), for a
 * relay of several nodes sharing one database. Same behaviour as the SQLite
 * store (storage/deliverySqlite.ts), with the state the SQLite store keeps
 * in memory (sender marks, queue depths, the position counter) kept in the
 * database, because another node may change it at any moment:
 *
 * - Group commit: every accept, erase and drop submitted while a storage
 *   cycle runs goes into the next cycle, one transaction, one WAL flush.
 * - Idempotent accepts: one `last_accepted` mark per sender device, read and
 *   written under the sender row's lock, decides new, duplicate or gap
 *   (spec/delivery.md §Envelope ids) however many nodes receive the resend.
 * - Order across nodes: each queue counts its own positions
 *   (`next_position`) under the queue row's lock, so positions of one queue
 *   commit in increasing order and a push stream that moved past position p
 *   never sees a smaller one commit later.
 * - Deadlocks: a cycle locks every device row it touches in one statement,
 *   sorted by key, and a deadlock that still happens (an erase and another
 *   node's expiry sweep meeting on envelope rows) reruns the cycle.
 *
 * Erasure: a DELETE removes the envelope from the live tables at commit;
 * the dead row version stays in the heap until vacuum and its bytes in the
 * WAL until the segment is recycled (spec/deployment.md §Erased rows).
 */
import { DefTalkError } from '../../../errors/index.ts';
import type { Clock } from '../../clock.ts';
import type {
  AcceptItem,
  AcceptOutcome,
  DeliveryCounts,
  DeliveryStore,
  QueueDevice,
  QueuedEnvelope,
} from '../queue.ts';
import { type PgClient, type PgPool, transaction } from './pool.ts';

/** Options of {@link PgDeliveryStore}. */
export interface PgDeliveryOptions {
  /** Envelopes one device's queue holds at most (spec/delivery.md §Quota). */
  readonly queueQuota: number;
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

interface Locked {
  queue: number;
  lastAccepted: number;
  nextPosition: number;
  depth: number;
  dirty: boolean;
}

const key = (d: QueueDevice): string => `${d.accountId}/${d.deviceId}`;
const accountBytes = (d: QueueDevice): Buffer => Buffer.from(d.accountId, 'hex');

/** {@link DeliveryStore} over a PostgreSQL pool, with group commit. */
export class PgDeliveryStore implements DeliveryStore {
  readonly #pool: PgPool;
  readonly #clock: Clock;
  readonly #quota: number;
  #ops: Op[] = [];
  #running: Promise<void> | undefined;
  #closed = false;
  /** Envelopes queued in the whole database, as of the last flush. */
  #queued = 0;
  readonly stats = { cycles: 0, checkpoints: 0, stored: 0, erased: 0, expired: 0 };

  constructor(pool: PgPool, clock: Clock, opts: PgDeliveryOptions) {
    this.#pool = pool;
    this.#clock = clock;
    this.#quota = opts.queueQuota;
  }

  #submit<T>(make: (resolve: (v: T) => void, reject: (e: Error) => void) => Op): Promise<T> {
    if (this.#closed) return Promise.reject(new DefTalkError('STORAGE_UNAVAILABLE'));
    return new Promise<T>((resolve, reject) => {
      this.#ops.push(make(resolve, reject));
      this.#schedule();
    });
  }

  /** One cycle at a time; what arrives while it runs waits for the next one (group commit). */
  #schedule(): void {
    if (this.#running || this.#ops.length === 0) return;
    this.#running = new Promise<void>((r) => setImmediate(r))
      .then(() => this.#cycle())
      .finally(() => {
        this.#running = undefined;
        this.#schedule();
      });
  }

  accept(items: readonly AcceptItem[]): Promise<AcceptOutcome[]> {
    return this.#submit((resolve, reject) => ({ kind: 'accept', items, resolve, reject }));
  }

  erase(device: QueueDevice, positions: readonly number[]): Promise<void> {
    if (positions.length === 0) return Promise.resolve();
    return this.#submit((resolve, reject) => ({ kind: 'erase', device, positions, resolve, reject }));
  }

  dropDevice(device: QueueDevice): Promise<void> {
    return this.#submit((resolve, reject) => ({ kind: 'drop', device, resolve, reject }));
  }

  flush(): Promise<void> {
    return this.#submit((resolve, reject) => ({ kind: 'flush', resolve, reject }));
  }

  async read(device: QueueDevice, afterPosition: number, limit: number): Promise<QueuedEnvelope[]> {
    if (this.#closed) throw new DefTalkError('STORAGE_UNAVAILABLE');
    try {
      // Expired but not yet swept envelopes are never handed out (spec/delivery.md §Expiry).
      const r = await this.#pool.query<{ position: number; envelope: Buffer }>(
        `SELECT e.position, e.envelope FROM delivery_envelopes e
         JOIN delivery_devices d ON d.queue = e.queue
         WHERE d.account_id = $1 AND d.device_id = $2 AND e.position > $3 AND e.expires_at > $4
         ORDER BY e.position LIMIT $5`,
        [accountBytes(device), device.deviceId, afterPosition, this.#clock.now(), limit],
      );
      return r.rows.map((row) => ({ position: row.position, envelope: row.envelope }));
    } catch (e) {
      throw new DefTalkError('STORAGE_UNAVAILABLE', undefined, { cause: e });
    }
  }

  async lastAccepted(sender: QueueDevice): Promise<number> {
    const r = await this.#pool.query<{ last_accepted: number }>(
      'SELECT last_accepted FROM delivery_devices WHERE account_id = $1 AND device_id = $2',
      [accountBytes(sender), sender.deviceId],
    );
    return r.rows[0]?.last_accepted ?? 0;
  }

  async depth(device: QueueDevice): Promise<number> {
    const r = await this.#pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM delivery_envelopes e JOIN delivery_devices d ON d.queue = e.queue
       WHERE d.account_id = $1 AND d.device_id = $2`,
      [accountBytes(device), device.deviceId],
    );
    return r.rows[0]?.n ?? 0;
  }

  counts(): DeliveryCounts {
    return { queued: this.#queued, ...this.stats };
  }

  async close(): Promise<void> {
    if (this.#ops.length > 0 || this.#running) await this.flush().catch(() => undefined);
    this.#closed = true;
  }

  /** One storage cycle: one transaction for every write submitted, then the expiry sweep if a flush asked. */
  async #cycle(): Promise<void> {
    let ops = this.#ops;
    // A cycle ends at its first drop: the statements run accepts before drops, so an accept submitted
    // after a drop of the same device must wait for the next cycle (drops are rare: removals, erasure).
    const drop = ops.findIndex((op) => op.kind === 'drop');
    this.#ops = drop >= 0 ? ops.slice(drop + 1) : [];
    if (drop >= 0) ops = ops.slice(0, drop + 1);
    this.stats.cycles++;
    let results: Map<Op, AcceptOutcome[]>;
    let counted: { stored: number; erased: number };
    try {
      ({ results, counted } = await this.#write(ops));
    } catch (e) {
      const err =
        e instanceof DefTalkError ? e : new DefTalkError('STORAGE_UNAVAILABLE', undefined, { cause: e });
      for (const op of ops) op.reject(err);
      return;
    }
    this.stats.stored += counted.stored;
    this.stats.erased += counted.erased;
    let flushError: Error | undefined;
    if (ops.some((op) => op.kind === 'flush')) {
      try {
        await this.#expire();
      } catch (e) {
        flushError = new DefTalkError('STORAGE_UNAVAILABLE', undefined, { cause: e });
      }
    }
    for (const op of ops) {
      if (op.kind === 'accept') op.resolve(results.get(op) ?? []);
      else if (op.kind === 'flush') flushError ? op.reject(flushError) : op.resolve();
      else op.resolve();
    }
  }

  /** The write transaction of a cycle (rerun whole on a deadlock, so it derives everything from its reads). */
  #write(
    ops: readonly Op[],
  ): Promise<{ results: Map<Op, AcceptOutcome[]>; counted: { stored: number; erased: number } }> {
    const lockSet = new Map<string, QueueDevice>();
    for (const op of ops) {
      if (op.kind === 'accept') {
        for (const item of op.items) {
          lockSet.set(key(item.sender), item.sender);
          for (const c of item.copies) lockSet.set(key(c.device), c.device);
        }
      } else if (op.kind === 'drop') lockSet.set(key(op.device), op.device);
    }
    const creating = ops.some((op) => op.kind === 'accept');
    return transaction(this.#pool, async (c) => {
      const results = new Map<Op, AcceptOutcome[]>();
      const counted = { stored: 0, erased: 0 };
      const locked = await this.#lock(c, [...lockSet.values()], creating);
      const inserts = {
        queue: [] as number[],
        position: [] as number[],
        expires: [] as number[],
        env: [] as Buffer[],
      };
      for (const op of ops) {
        if (op.kind === 'accept') {
          results.set(
            op,
            op.items.map((item) => this.#acceptOne(item, locked, inserts)),
          );
        }
      }
      counted.stored = inserts.queue.length;
      if (inserts.queue.length > 0) {
        await c.query(
          `INSERT INTO delivery_envelopes (queue, position, expires_at, envelope)
           SELECT * FROM unnest($1::bigint[], $2::bigint[], $3::bigint[], $4::bytea[])`,
          [inserts.queue, inserts.position, inserts.expires, inserts.env],
        );
      }
      const dirty = [...locked.values()].filter((s) => s.dirty);
      if (dirty.length > 0) {
        // One row update per sender and target per cycle, however many sends it holds.
        await c.query(
          `UPDATE delivery_devices d SET last_accepted = u.l, next_position = u.n
           FROM unnest($1::bigint[], $2::bigint[], $3::bigint[]) AS u(q, l, n) WHERE d.queue = u.q`,
          [dirty.map((s) => s.queue), dirty.map((s) => s.lastAccepted), dirty.map((s) => s.nextPosition)],
        );
      }
      const erase = { account: [] as Buffer[], device: [] as number[], position: [] as number[] };
      for (const op of ops) {
        if (op.kind !== 'erase') continue;
        for (const p of op.positions) {
          erase.account.push(accountBytes(op.device));
          erase.device.push(op.device.deviceId);
          erase.position.push(p);
        }
      }
      if (erase.position.length > 0) {
        const r = await c.query(
          `DELETE FROM delivery_envelopes e USING delivery_devices d,
             unnest($1::bytea[], $2::int[], $3::bigint[]) AS u(a, dv, p)
           WHERE d.account_id = u.a AND d.device_id = u.dv AND e.queue = d.queue AND e.position = u.p`,
          [erase.account, erase.device, erase.position],
        );
        counted.erased += r.rowCount ?? 0;
      }
      for (const op of ops) {
        if (op.kind !== 'drop') continue;
        const s = locked.get(key(op.device));
        if (!s) continue;
        const r = await c.query('DELETE FROM delivery_envelopes WHERE queue = $1', [s.queue]);
        await c.query('DELETE FROM delivery_devices WHERE queue = $1', [s.queue]);
        counted.erased += r.rowCount ?? 0;
        locked.delete(key(op.device));
      }
      return { results, counted };
    });
  }

  /**
   * Lock the rows of `devices` in key order (creating the missing ones when
   * `create`), with each queue's depth. Row creation may race another node's:
   * `ON CONFLICT DO NOTHING` then the locking SELECT sees the winner's row.
   */
  async #lock(c: PgClient, devices: QueueDevice[], create: boolean): Promise<Map<string, Locked>> {
    const out = new Map<string, Locked>();
    if (devices.length === 0) return out;
    devices.sort((x, y) => (key(x) < key(y) ? -1 : key(x) > key(y) ? 1 : 0));
    const accounts = devices.map(accountBytes);
    const ids = devices.map((d) => d.deviceId);
    if (create) {
      await c.query(
        `INSERT INTO delivery_devices (account_id, device_id)
         SELECT * FROM unnest($1::bytea[], $2::int[]) ORDER BY 1, 2 ON CONFLICT DO NOTHING`,
        [accounts, ids],
      );
    }
    const r = await c.query<{
      queue: number;
      account_id: Buffer;
      device_id: number;
      last_accepted: number;
      next_position: number;
      depth: number;
    }>(
      `WITH locked AS (
         SELECT d.queue, d.account_id, d.device_id, d.last_accepted, d.next_position
         FROM delivery_devices d JOIN unnest($1::bytea[], $2::int[]) AS u(a, dv)
           ON d.account_id = u.a AND d.device_id = u.dv
         ORDER BY d.account_id, d.device_id FOR UPDATE OF d)
       SELECT l.*, (SELECT count(*)::int FROM delivery_envelopes e
                    WHERE e.queue = l.queue AND e.expires_at > $3) AS depth
       FROM locked l`,
      [accounts, ids, this.#clock.now()],
    );
    for (const row of r.rows) {
      out.set(`${row.account_id.toString('hex')}/${row.device_id}`, {
        queue: row.queue,
        lastAccepted: row.last_accepted,
        nextPosition: row.next_position,
        depth: row.depth,
        dirty: false,
      });
    }
    return out;
  }

  /** spec/delivery.md §Acceptance, steps 3-5, against the locked rows. */
  #acceptOne(
    item: AcceptItem,
    locked: Map<string, Locked>,
    inserts: { queue: number[]; position: number[]; expires: number[]; env: Buffer[] },
  ): AcceptOutcome {
    const sender = locked.get(key(item.sender));
    if (!sender) throw new DefTalkError('STORAGE_UNAVAILABLE');
    if (item.sequence <= sender.lastAccepted) return { kind: 'duplicate' };
    if (item.sequence !== sender.lastAccepted + 1) return { kind: 'gap', expected: sender.lastAccepted + 1 };
    const targets = item.copies.map((c) => locked.get(key(c.device)));
    const full: QueueDevice[] = [];
    targets.forEach((t, i) => {
      if (!t || t.depth + 1 > this.#quota) full.push(item.copies[i]!.device);
    });
    if (full.length > 0) return { kind: 'full', devices: full };
    const positions: number[] = [];
    targets.forEach((t, i) => {
      const s = t!;
      const position = s.nextPosition++;
      s.depth++;
      s.dirty = true;
      inserts.queue.push(s.queue);
      inserts.position.push(position);
      inserts.expires.push(item.expiresAt);
      inserts.env.push(Buffer.from(item.copies[i]!.envelope));
      positions.push(position);
    });
    sender.lastAccepted = item.sequence;
    sender.dirty = true;
    return { kind: 'stored', positions };
  }

  /** The expiry sweep at the relay clock's time, then the queued total for {@link counts}. */
  async #expire(): Promise<void> {
    const r = await this.#pool.query('DELETE FROM delivery_envelopes WHERE expires_at <= $1', [
      this.#clock.now(),
    ]);
    this.stats.expired += r.rowCount ?? 0;
    const n = await this.#pool.query<{ n: number }>('SELECT count(*)::int AS n FROM delivery_envelopes');
    this.#queued = n.rows[0]?.n ?? 0;
  }
}
