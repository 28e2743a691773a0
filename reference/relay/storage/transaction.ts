/**
 * @module
 * The write transactions of the relay's SQLite stores.
 */
import type Database from 'better-sqlite3';

/**
 * A write transaction that takes the database's write lock when it begins
 * (`BEGIN IMMEDIATE`). The delivery store writes the same file from its
 * worker thread (storage/deliveryWriter.ts), so a transaction that reads
 * before it writes must not begin as a reader: in WAL mode its upgrade to a
 * writer fails with SQLITE_BUSY when the worker has committed in between,
 * where an immediate transaction waits for the lock (the busy timeout) and
 * then reads the latest state.
 */
export function writeTransaction<A extends unknown[], R>(
  db: Database.Database,
  fn: (...args: A) => R,
): (...args: A) => R {
  const tx = db.transaction(fn);
  return (...args: A) => tx.immediate(...args);
}
