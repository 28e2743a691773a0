/**
 * @module
 * Storage of contact discovery (spec/discovery.md §Discovery index): the
 * relay's OPRF key, in its own file beside the database like the identifier
 * key, and one row per account holding the OPRF output of the account's
 * phone number, written at registration. Nothing of a query is ever stored
 * (REQ-DISCOVERY-005): the index is written only by registration and read
 * by lookups.
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ristretto255_oprf } from '@noble/curves/ed25519.js';
import type Database from 'better-sqlite3';
import type { AccountId } from '../../wire/ids.ts';

/** File name of the discovery key seed inside the data directory. */
export const DISCOVERY_KEY_FILE = 'discovery.key';

/** Length of the seed the OPRF key is derived from (RFC 9497 §3.2.1: Ns = 32). */
const SEED_BYTES = 32;

/** `info` of DeriveKeyPair (RFC 9497 §3.2.1), separating this key from any other use of the seed. */
const KEY_INFO = new TextEncoder().encode('DefTalk-v1 discovery key');

/** Schema of the discovery index (appended to the relay's migrations). */
export const DISCOVERY_MIGRATION = `CREATE TABLE discovery_index (
     account_id BLOB PRIMARY KEY REFERENCES accounts(account_id) ON DELETE CASCADE,
     prf_output BLOB NOT NULL UNIQUE
   ) STRICT, WITHOUT ROWID`;

/**
 * Read the OPRF secret key from `dataDir`, creating its seed (mode 0600) on
 * first start (spec/discovery.md §The relay's key). A seed of the wrong
 * length stops the relay rather than silently making every index row
 * unreachable.
 */
export function loadDiscoveryKey(dataDir: string): Uint8Array {
  const path = join(dataDir, DISCOVERY_KEY_FILE);
  if (!existsSync(path)) {
    writeFileSync(path, randomBytes(SEED_BYTES), { mode: 0o600, flag: 'wx' });
    chmodSync(path, 0o600);
  }
  const seed = readFileSync(path);
  if (seed.length !== SEED_BYTES) throw new Error(`${DISCOVERY_KEY_FILE}: expected ${SEED_BYTES} bytes`);
  return ristretto255_oprf.oprf.deriveKeyPair(seed, KEY_INFO).secretKey;
}

/** The discovery index (spec/discovery.md §Discovery index). */
export interface DiscoveryStore {
  /** Record the OPRF output of an account's number, replacing any row with the same output or account. */
  put(accountId: AccountId, prfOutput: Uint8Array): Promise<void>;
  /** The account whose number has each output, or `undefined`; one entry per output, in order. */
  find(prfOutputs: readonly Uint8Array[]): Promise<(AccountId | undefined)[]>;
}

/**
 * The SQLite discovery index. A row dies with its account through the
 * foreign key; re-registering a number replaces the earlier account's row
 * through the unique output.
 */
export class SqliteDiscoveryStore implements DiscoveryStore {
  readonly #put: Database.Statement<[Buffer, Buffer]>;
  readonly #find: Database.Statement<[Buffer], { account_id: Buffer }>;

  constructor(db: Database.Database) {
    this.#put = db.prepare('INSERT OR REPLACE INTO discovery_index (account_id, prf_output) VALUES (?, ?)');
    this.#find = db.prepare('SELECT account_id FROM discovery_index WHERE prf_output = ?');
  }

  async put(accountId: AccountId, prfOutput: Uint8Array): Promise<void> {
    this.#put.run(Buffer.from(accountId, 'hex'), Buffer.from(prfOutput));
  }

  async find(prfOutputs: readonly Uint8Array[]): Promise<(AccountId | undefined)[]> {
    return prfOutputs.map((o) => {
      const row = this.#find.get(Buffer.from(o));
      return row ? (row.account_id.toString('hex') as AccountId) : undefined;
    });
  }
}
