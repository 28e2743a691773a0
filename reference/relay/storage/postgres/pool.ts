/**
 * @module
 * The PostgreSQL connection pool of a multi-node relay (spec/deployment.md
 * §Engines) and the transaction helper every PostgreSQL store uses. Every
 * 64-bit integer the relay stores (relay-clock milliseconds, queue
 * positions, sequence numbers) stays below 2^53, so `int8` is read as a
 * JavaScript number rather than a string.
 */
import pg from 'pg';
import { DefTalkError } from '../../../errors/index.ts';

/** The pool type the PostgreSQL stores share. */
export type PgPool = pg.Pool;
/** One checked-out connection, inside a transaction. */
export type PgClient = pg.PoolClient;

/** PostgreSQL's `int8` type oid (pg_type.dat). */
const INT8_OID = 20;

const parseInt8 = (text: string): number => Number(text);

/** Type parsers of the relay's pools: `int8` as number, everything else as node-postgres does. */
const TYPES = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === INT8_OID && format !== 'binary') return parseInt8;
    return pg.types.getTypeParser(oid, format);
  },
} as pg.CustomTypesConfig;

/** True when `url` names a PostgreSQL store (`postgres://` or `postgresql://`). */
export function isPostgresUrl(url: string | undefined): url is string {
  return url !== undefined && /^postgres(ql)?:\/\//.test(url);
}

/**
 * Open a pool on `url`. Connections are made lazily; the first query (the
 * migrations, at start) reports an unreachable server.
 */
export function openPool(url: string, max = 10): PgPool {
  const pool = new pg.Pool({
    connectionString: url,
    max,
    types: TYPES,
    application_name: 'deftalk-relay',
    // An engine that does not answer at all fails the request (STORAGE_UNAVAILABLE) instead of
    // holding it forever. node-postgres counts the wait for a free pooled connection in this too,
    // so it is long enough that only an engine away or a node far past its capacity reaches it.
    connectionTimeoutMillis: 10_000,
  });
  // An idle connection that the server drops (restart, admin kill) must not
  // take the process down; the next query opens a new one.
  pool.on('error', () => undefined);
  // So must a connection lost while checked out between two statements (node-postgres emits 'error'
  // on the client when no query is running to reject); the next statement on it fails and is typed.
  pool.on('connect', (client) => client.on('error', () => undefined));
  // The stores' single statements (outside `transaction`) report a lost engine as the typed,
  // retryable STORAGE_UNAVAILABLE too, not as an unexpected error (spec/deployment.md §Faults).
  const query = pool.query.bind(pool) as (...args: unknown[]) => unknown;
  (pool as { query: unknown }).query = (...args: unknown[]) => {
    const r = query(...args);
    if (!(r instanceof Promise)) return r;
    return r.catch((e: unknown) => {
      throw unavailable(e) ? new DefTalkError('STORAGE_UNAVAILABLE', undefined, { cause: e }) : e;
    });
  };
  return pool;
}

/** SQLSTATEs after which a transaction is retried as a whole: serialization failure, deadlock. */
const RETRYABLE = new Set(['40001', '40P01']);

/** SQLSTATE classes of an engine that cannot answer now (connection, resources, shutdown). */
const UNAVAILABLE_CLASSES = ['08', '53', '57'];

/** The SQLSTATE of a node-postgres error, if it has one (a socket error's code, EPIPE say, is none). */
export function sqlState(e: unknown): string | undefined {
  if (typeof (e as { syscall?: unknown }).syscall === 'string') return undefined;
  const code = (e as { code?: unknown }).code;
  return typeof code === 'string' && code.length === 5 ? code : undefined;
}

/**
 * True when `e` says the engine cannot be reached or cannot answer now: a
 * socket error, a connection-class SQLSTATE, or node-postgres's plain Error
 * for a lost connection or a connect timeout (errors of our own code are
 * typed, DefTalkError, or another Error subclass).
 */
export function unavailable(e: unknown): boolean {
  if (e instanceof DefTalkError || !(e instanceof Error)) return false;
  if (typeof (e as { syscall?: unknown }).syscall === 'string') return true;
  const state = sqlState(e);
  if (state) return UNAVAILABLE_CLASSES.includes(state.slice(0, 2));
  return e.constructor === Error;
}

/**
 * Run `body` in one transaction on one connection, committing when it
 * resolves and rolling back when it throws. A deadlock or serialization
 * failure reruns the whole body (up to `attempts` times), so a body must
 * derive everything it writes from what it reads inside. A lost connection
 * becomes the typed, retryable STORAGE_UNAVAILABLE.
 */
export async function transaction<T>(
  pool: PgPool,
  body: (c: PgClient) => Promise<T>,
  attempts = 5,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    let client: PgClient;
    try {
      client = await pool.connect();
    } catch (e) {
      throw new DefTalkError('STORAGE_UNAVAILABLE', undefined, { cause: e });
    }
    let broken = false;
    try {
      await client.query('BEGIN');
      const result = await body(client);
      await client.query('COMMIT');
      return result;
    } catch (e) {
      try {
        await client.query('ROLLBACK');
        if (e instanceof Rollback) return e.value as T;
      } catch {
        broken = true;
      }
      const state = sqlState(e);
      if (state && RETRYABLE.has(state) && attempt < attempts) continue;
      if (e instanceof DefTalkError) throw e;
      // node-postgres reports a lost connection as a plain Error without SQLSTATE; RangeError and the like are ours.
      if (broken || unavailable(e)) {
        throw new DefTalkError('STORAGE_UNAVAILABLE', undefined, { cause: e });
      }
      throw e;
    } finally {
      client.release(broken);
    }
  }
}

/** Thrown by a transaction body to roll back and still resolve with `value`. */
export class Rollback<T> extends Error {
  readonly value: T;
  constructor(value: T) {
    super('rolled back');
    this.value = value;
  }
}

/** A 64-bit advisory-lock key taken from the first 8 bytes of a digest (a phone tag, say). */
export function lockKey(digest: Buffer): string {
  return digest.readBigInt64BE(0).toString();
}
