/**
 * @module
 * The embedded SQLite database of the reference relay (spec/storage.md).
 * WAL mode for group commit; `secure_delete` so that freed pages are zeroed
 * and an erased row leaves no bytes behind in the main file (REQ-STORE-001).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { ADVERTISING_MIGRATION } from './advertising.ts';
import { DELIVERY_MIGRATION } from './deliverySqlite.ts';
import { DISCOVERY_MIGRATION } from './discovery.ts';
import { FEEDBACK_MIGRATION } from './feedback.ts';
import { GROUPS_MIGRATION } from './groups.ts';
import { LIFECYCLE_MIGRATION } from './lifecycle.ts';
import { PROFILES_MIGRATION } from './profiles.ts';
import { SYNC_MIGRATION } from './sync.ts';

/** File name of the relay database inside the data directory. */
export const DATABASE_FILE = 'relay.sqlite';

/** Schema migrations, applied in order; index + 1 is the schema version. */
const MIGRATIONS: readonly string[] = [
  `CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT, WITHOUT ROWID`,
  // 2: identity (spec/registration.md, accounts.md, auth.md, keys.md). No
  // phone number, code, PIN or token is stored: only keyed hashes, scrypt
  // hashes and SHA-256 digests (REQ-REG-012, REQ-AUTH-007).
  `CREATE TABLE accounts (
     account_id BLOB PRIMARY KEY,
     phone_tag BLOB NOT NULL UNIQUE,
     identity_key BLOB NOT NULL,
     device_list BLOB NOT NULL,
     device_list_signature BLOB NOT NULL,
     device_list_version INTEGER NOT NULL,
     max_device_id INTEGER NOT NULL,
     lock_hash BLOB,
     lock_failures INTEGER NOT NULL DEFAULT 0,
     lock_blocked_until INTEGER NOT NULL DEFAULT 0,
     created_at INTEGER NOT NULL
   ) STRICT, WITHOUT ROWID;
   CREATE TABLE devices (
     account_id BLOB NOT NULL REFERENCES accounts(account_id) ON DELETE CASCADE,
     device_id INTEGER NOT NULL,
     device_key BLOB NOT NULL,
     created_at INTEGER NOT NULL,
     PRIMARY KEY (account_id, device_id)
   ) STRICT, WITHOUT ROWID;
   CREATE TABLE verification_codes (
     phone_tag BLOB PRIMARY KEY,
     code_hash BLOB,
     expires_at INTEGER NOT NULL,
     attempts INTEGER NOT NULL,
     sent_at INTEGER NOT NULL
   ) STRICT, WITHOUT ROWID;
   CREATE TABLE auth_challenges (nonce_hash BLOB PRIMARY KEY, expires_at INTEGER NOT NULL) STRICT, WITHOUT ROWID;
   CREATE TABLE auth_tokens (
     token_hash BLOB PRIMARY KEY,
     account_id BLOB NOT NULL,
     device_id INTEGER NOT NULL,
     expires_at INTEGER NOT NULL,
     FOREIGN KEY (account_id, device_id) REFERENCES devices(account_id, device_id) ON DELETE CASCADE
   ) STRICT, WITHOUT ROWID;
   CREATE INDEX auth_tokens_by_device ON auth_tokens(account_id, device_id);
   CREATE TABLE link_tokens (
     token_hash BLOB PRIMARY KEY,
     account_id BLOB NOT NULL REFERENCES accounts(account_id) ON DELETE CASCADE,
     expires_at INTEGER NOT NULL
   ) STRICT, WITHOUT ROWID;
   CREATE INDEX link_tokens_by_account ON link_tokens(account_id);
   CREATE TABLE provisioning (
     provisioning_id BLOB PRIMARY KEY,
     envelope BLOB,
     expires_at INTEGER NOT NULL
   ) STRICT, WITHOUT ROWID;
   CREATE TABLE signed_prekeys (
     account_id BLOB NOT NULL,
     device_id INTEGER NOT NULL,
     key_id INTEGER NOT NULL,
     public_key BLOB NOT NULL,
     signature BLOB NOT NULL,
     PRIMARY KEY (account_id, device_id),
     FOREIGN KEY (account_id, device_id) REFERENCES devices(account_id, device_id) ON DELETE CASCADE
   ) STRICT, WITHOUT ROWID;
   CREATE TABLE one_time_prekeys (
     account_id BLOB NOT NULL,
     device_id INTEGER NOT NULL,
     key_id INTEGER NOT NULL,
     public_key BLOB NOT NULL,
     PRIMARY KEY (account_id, device_id, key_id),
     FOREIGN KEY (account_id, device_id) REFERENCES devices(account_id, device_id) ON DELETE CASCADE
   ) STRICT, WITHOUT ROWID;
   CREATE TABLE kem_prekeys (
     account_id BLOB NOT NULL,
     device_id INTEGER NOT NULL,
     key_id INTEGER NOT NULL,
     public_key BLOB NOT NULL,
     signature BLOB NOT NULL,
     last_resort INTEGER NOT NULL,
     PRIMARY KEY (account_id, device_id, key_id),
     FOREIGN KEY (account_id, device_id) REFERENCES devices(account_id, device_id) ON DELETE CASCADE
   ) STRICT, WITHOUT ROWID;
   CREATE UNIQUE INDEX kem_prekeys_last_resort ON kem_prekeys(account_id, device_id) WHERE last_resort = 1;`,
  // 3: delivery queues and sender sequence marks (spec/delivery.md §Storage).
  DELIVERY_MIGRATION,
  // 4: the discovery index (spec/discovery.md §Discovery index).
  DISCOVERY_MIGRATION,
  // 5: groups and their members (spec/groups.md §Storage).
  GROUPS_MIGRATION,
  // 6: profiles, photos, contact credentials, last seen (spec/profiles.md, presence.md).
  PROFILES_MIGRATION,
  // 7: the encrypted device-sync area (spec/sync.md §Storage).
  SYNC_MIGRATION,
  // 8: lifecycle: activity days, consent, push tokens (spec/lifecycle.md §Storage).
  LIFECYCLE_MIGRATION,
  // 9: feedback records until answered (spec/website.md §Feedback).
  FEEDBACK_MIGRATION,
  // 10: advertising opt-ins, unsubscribe token digests, relay notices (spec/advertising.md §Storage).
  ADVERTISING_MIGRATION,
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
