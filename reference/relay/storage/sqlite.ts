/**
 * @module
 * The embedded SQLite database of the reference relay (spec/storage.md).
 * WAL mode for group commit; `secure_delete` so that freed pages are zeroed
 * and an erased row leaves no bytes behind in the main file (REQ-STORE-001).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';

/** File name of the relay database inside the data directory. */
export const DATABASE_FILE = 'relay.sqlite';

/** Schema migrations, applied in order; index + 1 is the schema version. */
const MIGRATIONS: readonly string[] = [
  `CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT, WITHOUT ROWID`,
];

/** Open (creating when absent) the relay database under `dataDir` and bring its schema up to date. */
export function openDatabase(dataDir: string): Database.Database {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const db = new Database(join(dataDir, DATABASE_FILE));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('secure_delete = ON');
  db.pragma('foreign_keys = ON');
  const version = db.pragma('user_version', { simple: true }) as number;
  const migrate = db.transaction(() => {
    for (let v = version; v < MIGRATIONS.length; v++) db.exec(MIGRATIONS[v]!);
    db.pragma(`user_version = ${MIGRATIONS.length}`);
  });
  migrate();
  return db;
}

/** Every file that may hold relay data, for the test-hooks byte scan (spec/test-hooks.md). */
export function storageFiles(dataDir: string): string[] {
  const base = join(dataDir, DATABASE_FILE);
  return [base, `${base}-wal`, `${base}-shm`];
}
