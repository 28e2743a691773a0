/**
 * @module
 * Storage of the sync concern (spec/sync.md §Storage): one row per account
 * holding the version and the ciphertext of its sync record, nothing else.
 * A write replaces the row under a compare-and-swap on the version, and the
 * old ciphertext is erased at once: SQLite's `secure_delete` zeroes the
 * freed cell and overflow pages in the main file, and a
 * `wal_checkpoint(TRUNCATE)` after the commit removes the WAL frames that
 * held the old pages (REQ-SYNC-004).
 */
import type Database from 'better-sqlite3';
import type { AccountId } from '../../wire/ids.ts';
import { writeTransaction } from './transaction.ts';

/** Schema migration of the sync concern; its slot in storage/sqlite.ts is fixed. */
export const SYNC_MIGRATION = `CREATE TABLE sync_records (
     account_id BLOB PRIMARY KEY REFERENCES accounts(account_id) ON DELETE CASCADE,
     version INTEGER NOT NULL,
     ciphertext BLOB NOT NULL
   ) STRICT, WITHOUT ROWID`;

/** The outcome of a compare-and-swap write. */
export type SyncPutResult =
  | { readonly ok: true; readonly version: number }
  | { readonly ok: false; readonly currentVersion: number };

/** The per-account sync area (spec/sync.md §Storage). */
export interface SyncStore {
  /** The account's record; version 0 and no ciphertext when it has none. */
  get(account: AccountId): Promise<{ version: number; ciphertext: Uint8Array | undefined }>;
  /**
   * Write `ciphertext` as version `expectedVersion + 1` if the current
   * version is `expectedVersion`; otherwise change nothing and report the
   * current version. Resolves once no copy of a replaced ciphertext remains
   * in any storage file.
   */
  put(account: AccountId, expectedVersion: number, ciphertext: Uint8Array): Promise<SyncPutResult>;
  /** Erase the account's record from every storage file (the account's eraser). */
  erase(account: AccountId): Promise<void>;
}

/** {@link SyncStore} over the relay's SQLite database. */
export class SqliteSyncStore implements SyncStore {
  readonly #db: Database.Database;
  readonly #get: Database.Statement<[Buffer], { version: number; ciphertext: Buffer }>;
  readonly #insert: Database.Statement<[Buffer, Buffer]>;
  readonly #update: Database.Statement<[number, Buffer, Buffer, number]>;
  readonly #delete: Database.Statement<[Buffer]>;

  constructor(db: Database.Database) {
    this.#db = db;
    this.#get = db.prepare('SELECT version, ciphertext FROM sync_records WHERE account_id = ?');
    this.#insert = db.prepare(
      'INSERT OR IGNORE INTO sync_records (account_id, version, ciphertext) VALUES (?, 1, ?)',
    );
    this.#update = db.prepare(
      'UPDATE sync_records SET version = ?, ciphertext = ? WHERE account_id = ? AND version = ?',
    );
    this.#delete = db.prepare('DELETE FROM sync_records WHERE account_id = ?');
  }

  async get(account: AccountId): Promise<{ version: number; ciphertext: Uint8Array | undefined }> {
    const row = this.#get.get(Buffer.from(account, 'hex'));
    return row
      ? { version: row.version, ciphertext: new Uint8Array(row.ciphertext) }
      : { version: 0, ciphertext: undefined };
  }

  async put(account: AccountId, expectedVersion: number, ciphertext: Uint8Array): Promise<SyncPutResult> {
    const id = Buffer.from(account, 'hex');
    const body = Buffer.from(ciphertext);
    const result = writeTransaction(this.#db, (): SyncPutResult => {
      const changed =
        expectedVersion === 0
          ? this.#insert.run(id, body).changes
          : this.#update.run(expectedVersion + 1, body, id, expectedVersion).changes;
      if (changed === 1) return { ok: true, version: expectedVersion + 1 };
      return { ok: false, currentVersion: this.#get.get(id)?.version ?? 0 };
    })();
    // A replaced ciphertext may still sit in WAL frames: truncate them before answering.
    if (result.ok && expectedVersion > 0) this.#checkpoint();
    return result;
  }

  async erase(account: AccountId): Promise<void> {
    if (this.#delete.run(Buffer.from(account, 'hex')).changes > 0) this.#checkpoint();
  }

  #checkpoint(): void {
    this.#db.pragma('wal_checkpoint(TRUNCATE)');
  }
}
