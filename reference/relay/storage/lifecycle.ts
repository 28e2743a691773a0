/**
 * @module
 * Storage of the lifecycle concern (spec/lifecycle.md §Storage): one row per
 * account with the day of its last authenticated activity (a day number,
 * never a time) and its consent (the policy version accepted and the
 * optional uses declined), and one row per device that registered a push
 * token. Both die with their account or device through foreign keys.
 *
 * Lifecycle is also the concern that ends identity rows: a change of number
 * moves the account's phone tag, and deletion, uninstall and the inactivity
 * purge delete the account or device rows last, after every other concern's
 * eraser ran (reference/relay/erasure.ts). Those statements live here, in
 * one place, rather than as a second writer hidden in each identity store.
 */
import type Database from 'better-sqlite3';
import type { AccountId, DeviceId } from '../../wire/ids.ts';
import { buildInventory, type Inventory } from '../lifecycle/inventory.ts';
import { writeTransaction } from './transaction.ts';

/** Schema migration of the lifecycle concern; its slot in storage/sqlite.ts is fixed. */
export const LIFECYCLE_MIGRATION = `CREATE TABLE lifecycle_accounts (
     account_id BLOB PRIMARY KEY REFERENCES accounts(account_id) ON DELETE CASCADE,
     last_active_day INTEGER NOT NULL,
     policy_version INTEGER NOT NULL DEFAULT 0,
     declined_uses TEXT NOT NULL DEFAULT ''
   ) STRICT, WITHOUT ROWID;
   CREATE INDEX lifecycle_accounts_by_day ON lifecycle_accounts(last_active_day);
   INSERT INTO lifecycle_accounts (account_id, last_active_day)
     SELECT account_id, created_at / 86400000 FROM accounts;
   CREATE TABLE push_tokens (
     gateway TEXT NOT NULL,
     token BLOB NOT NULL,
     account_id BLOB NOT NULL,
     device_id INTEGER NOT NULL,
     PRIMARY KEY (gateway, token),
     UNIQUE (account_id, device_id),
     FOREIGN KEY (account_id, device_id) REFERENCES devices(account_id, device_id) ON DELETE CASCADE
   ) STRICT, WITHOUT ROWID;`;

/** Milliseconds of one day: activity is kept as `floor(ms / DAY_MS)` (spec/lifecycle.md §Inactivity). */
export const DAY_MS = 86_400_000;

/** The UTC day number of a relay-clock time. */
export function dayOf(ms: number): number {
  return Math.floor(ms / DAY_MS);
}

/**
 * SQL selecting the ids of the accounts that declined the optional use
 * `use` (spec/lifecycle.md §Uses), for a concern that performs the use in a
 * query: `... WHERE account_id NOT IN (${declinedAccountsSql('x')})`. `use` is
 * a policy use id (lower-case letters, digits, dashes), never user input;
 * `engine` picks the SQL dialect of the store that runs it.
 */
export function declinedAccountsSql(use: string, engine: 'sqlite' | 'postgres' = 'sqlite'): string {
  if (!/^[a-z0-9-]+$/.test(use)) throw new RangeError('declinedAccountsSql: not a use id');
  // The same test in each engine's spelling: SQLite's instr(haystack, needle), PostgreSQL's strpos.
  const find = engine === 'sqlite' ? 'instr' : 'strpos';
  return `SELECT account_id FROM lifecycle_accounts WHERE ${find}(',' || declined_uses || ',', ',${use},') > 0`;
}

/** An account's consent (spec/lifecycle.md §Consent). */
export interface ConsentRecord {
  /** 0 when the account never accepted a version. */
  readonly acceptedVersion: number;
  readonly declinedUses: readonly string[];
}

/** Outcome of {@link LifecycleStore.changeNumber}. */
export type NumberChange = 'changed' | 'taken' | 'unchanged' | 'no-account';

/** Storage of the lifecycle concern. */
export interface LifecycleStore {
  /** Record authenticated activity of the account on `day`; a later day replaces an earlier one. */
  touch(accountId: AccountId, day: number): Promise<void>;
  /** The day of the account's last activity, or undefined when the account has no row. */
  lastActiveDay(accountId: AccountId): Promise<number | undefined>;
  /** Up to `limit` accounts whose last activity is before `day`. */
  inactiveBefore(day: number, limit: number): Promise<AccountId[]>;
  /** The push tokens of devices whose account's last activity is before `day` (spec/lifecycle.md §Uninstall). */
  pushTokensInactiveBefore(day: number): Promise<{ gateway: string; token: Uint8Array }[]>;
  consent(accountId: AccountId): Promise<ConsentRecord>;
  setConsent(accountId: AccountId, consent: ConsentRecord): Promise<void>;
  /** Store the device's push token, replacing the device's earlier one and any other holder of the token. */
  setPushToken(accountId: AccountId, deviceId: DeviceId, gateway: string, token: Uint8Array): Promise<void>;
  /** Forget the device's push token. */
  clearPushToken(accountId: AccountId, deviceId: DeviceId): Promise<void>;
  /** The device that registered `token` with `gateway`. */
  deviceOfPushToken(
    gateway: string,
    token: Uint8Array,
  ): Promise<{ accountId: AccountId; deviceId: DeviceId } | undefined>;
  /**
   * Move the account to `newTag` and, in the same transaction, erase the
   * pending verification codes of the old and the new number
   * (spec/lifecycle.md §Change of number, steps 5-6).
   */
  changeNumber(accountId: AccountId, newTag: Buffer): Promise<NumberChange>;
  /** Delete one device's identity rows: the device, its tokens and prekeys (foreign-key cascade). */
  removeDevice(accountId: AccountId, deviceId: DeviceId): Promise<void>;
  /** Delete the lifecycle rows of the account: activity, consent, push tokens. */
  forgetAccount(accountId: AccountId): Promise<void>;
  /**
   * Remove the account from the discovery index (the use "discovery" declined,
   * spec/lifecycle.md §Consent). The discovery store has no delete of its
   * own: registration only ever adds to the index.
   */
  forgetDiscovery(accountId: AccountId): Promise<void>;
  /** Delete the account's identity rows, the pending code of its number and, by cascade, every row that references it. */
  deleteAccount(accountId: AccountId): Promise<void>;
  /** Move the write-ahead log into the main file and truncate it, so erased rows leave no copy there. */
  compact(): Promise<void>;
  /** The data inventory of `e164` (spec/lifecycle.md §Data inventory). */
  inventory(identifierKey: Buffer, e164: string): Promise<Inventory>;
}

const id = (a: AccountId): Buffer => Buffer.from(a, 'hex');
const encodeUses = (uses: readonly string[]): string => [...uses].sort().join(',');
const decodeUses = (text: string): string[] => (text === '' ? [] : text.split(','));

/** {@link LifecycleStore} over the relay's SQLite database. */
export class SqliteLifecycleStore implements LifecycleStore {
  readonly #db: Database.Database;
  readonly #touch: Database.Statement<[number, Buffer]>;
  readonly #day: Database.Statement<[Buffer], { last_active_day: number }>;
  readonly #inactive: Database.Statement<[number, number], { account_id: Buffer }>;
  readonly #idleTokens: Database.Statement<[number], { gateway: string; token: Buffer }>;
  readonly #consent: Database.Statement<[Buffer], { policy_version: number; declined_uses: string }>;
  readonly #setConsent: Database.Statement<[number, string, Buffer]>;
  readonly #setPush: (accountId: Buffer, deviceId: number, gateway: string, token: Buffer) => void;
  readonly #clearPush: Database.Statement<[Buffer, number]>;
  readonly #pushDevice: Database.Statement<[string, Buffer], { account_id: Buffer; device_id: number }>;
  readonly #change: (accountId: Buffer, newTag: Buffer) => NumberChange;
  readonly #removeDevice: Database.Statement<[Buffer, number]>;
  readonly #delete: (accountId: Buffer) => void;
  readonly #forget: (accountId: Buffer) => void;
  readonly #forgetDiscovery: Database.Statement<[Buffer]>;

  constructor(db: Database.Database) {
    this.#db = db;
    this.#touch = db.prepare(
      `INSERT INTO lifecycle_accounts (account_id, last_active_day) SELECT account_id, ? FROM accounts WHERE account_id = ?
       ON CONFLICT (account_id) DO UPDATE SET last_active_day = max(last_active_day, excluded.last_active_day)`,
    );
    this.#day = db.prepare('SELECT last_active_day FROM lifecycle_accounts WHERE account_id = ?');
    this.#inactive = db.prepare(
      'SELECT account_id FROM lifecycle_accounts WHERE last_active_day < ? ORDER BY last_active_day LIMIT ?',
    );
    this.#idleTokens = db.prepare(
      `SELECT p.gateway, p.token FROM push_tokens p JOIN lifecycle_accounts l ON l.account_id = p.account_id
       WHERE l.last_active_day < ?`,
    );
    this.#consent = db.prepare(
      'SELECT policy_version, declined_uses FROM lifecycle_accounts WHERE account_id = ?',
    );
    this.#setConsent = db.prepare(
      'UPDATE lifecycle_accounts SET policy_version = ?, declined_uses = ? WHERE account_id = ?',
    );
    const deletePushOfDevice = db.prepare('DELETE FROM push_tokens WHERE account_id = ? AND device_id = ?');
    const deletePushToken = db.prepare('DELETE FROM push_tokens WHERE gateway = ? AND token = ?');
    const insertPush = db.prepare(
      'INSERT INTO push_tokens (gateway, token, account_id, device_id) VALUES (?, ?, ?, ?)',
    );
    this.#setPush = writeTransaction(
      db,
      (accountId: Buffer, deviceId: number, gateway: string, token: Buffer) => {
        deletePushOfDevice.run(accountId, deviceId);
        // A token belongs to one installation: a second registration moves it.
        deletePushToken.run(gateway, token);
        insertPush.run(gateway, token, accountId, deviceId);
      },
    );
    this.#clearPush = deletePushOfDevice;
    this.#pushDevice = db.prepare(
      'SELECT account_id, device_id FROM push_tokens WHERE gateway = ? AND token = ?',
    );
    const tagOf = db.prepare<[Buffer], { phone_tag: Buffer }>(
      'SELECT phone_tag FROM accounts WHERE account_id = ?',
    );
    const holder = db.prepare<[Buffer], { account_id: Buffer }>(
      'SELECT account_id FROM accounts WHERE phone_tag = ?',
    );
    const moveTag = db.prepare('UPDATE accounts SET phone_tag = ? WHERE account_id = ?');
    const deleteCode = db.prepare('DELETE FROM verification_codes WHERE phone_tag = ?');
    this.#change = writeTransaction(db, (accountId: Buffer, newTag: Buffer): NumberChange => {
      const current = tagOf.get(accountId);
      if (!current) return 'no-account';
      if (current.phone_tag.equals(newTag)) return 'unchanged';
      if (holder.get(newTag)) return 'taken';
      moveTag.run(newTag, accountId);
      deleteCode.run(current.phone_tag);
      deleteCode.run(newTag);
      return 'changed';
    });
    const forgetActivity = db.prepare('DELETE FROM lifecycle_accounts WHERE account_id = ?');
    const forgetPush = db.prepare('DELETE FROM push_tokens WHERE account_id = ?');
    this.#forget = writeTransaction(db, (accountId: Buffer) => {
      forgetPush.run(accountId);
      forgetActivity.run(accountId);
    });
    this.#forgetDiscovery = db.prepare('DELETE FROM discovery_index WHERE account_id = ?');
    this.#removeDevice = db.prepare('DELETE FROM devices WHERE account_id = ? AND device_id = ?');
    const deleteAccount = db.prepare('DELETE FROM accounts WHERE account_id = ?');
    const deleteLinkTokens = db.prepare('DELETE FROM link_tokens WHERE account_id = ?');
    this.#delete = writeTransaction(db, (accountId: Buffer) => {
      const tag = tagOf.get(accountId);
      if (tag) deleteCode.run(tag.phone_tag);
      deleteLinkTokens.run(accountId);
      // Devices, tokens, prekeys, the discovery entry, lifecycle rows and push
      // tokens go with the account row through ON DELETE CASCADE.
      deleteAccount.run(accountId);
    });
  }

  async touch(accountId: AccountId, day: number): Promise<void> {
    this.#touch.run(day, id(accountId));
  }

  async lastActiveDay(accountId: AccountId): Promise<number | undefined> {
    return this.#day.get(id(accountId))?.last_active_day;
  }

  async inactiveBefore(day: number, limit: number): Promise<AccountId[]> {
    return this.#inactive.all(day, limit).map((r) => r.account_id.toString('hex') as AccountId);
  }

  async pushTokensInactiveBefore(day: number): Promise<{ gateway: string; token: Uint8Array }[]> {
    return this.#idleTokens.all(day).map((r) => ({ gateway: r.gateway, token: new Uint8Array(r.token) }));
  }

  async consent(accountId: AccountId): Promise<ConsentRecord> {
    const r = this.#consent.get(id(accountId));
    return { acceptedVersion: r?.policy_version ?? 0, declinedUses: decodeUses(r?.declined_uses ?? '') };
  }

  async setConsent(accountId: AccountId, consent: ConsentRecord): Promise<void> {
    this.#setConsent.run(consent.acceptedVersion, encodeUses(consent.declinedUses), id(accountId));
  }

  async setPushToken(
    accountId: AccountId,
    deviceId: DeviceId,
    gateway: string,
    token: Uint8Array,
  ): Promise<void> {
    this.#setPush(id(accountId), deviceId, gateway, Buffer.from(token));
  }

  async clearPushToken(accountId: AccountId, deviceId: DeviceId): Promise<void> {
    this.#clearPush.run(id(accountId), deviceId);
  }

  async deviceOfPushToken(
    gateway: string,
    token: Uint8Array,
  ): Promise<{ accountId: AccountId; deviceId: DeviceId } | undefined> {
    const r = this.#pushDevice.get(gateway, Buffer.from(token));
    return r && { accountId: r.account_id.toString('hex') as AccountId, deviceId: r.device_id as DeviceId };
  }

  async changeNumber(accountId: AccountId, newTag: Buffer): Promise<NumberChange> {
    return this.#change(id(accountId), newTag);
  }

  async removeDevice(accountId: AccountId, deviceId: DeviceId): Promise<void> {
    this.#removeDevice.run(id(accountId), deviceId);
  }

  async forgetAccount(accountId: AccountId): Promise<void> {
    this.#forget(id(accountId));
  }

  async forgetDiscovery(accountId: AccountId): Promise<void> {
    this.#forgetDiscovery.run(id(accountId));
  }

  async deleteAccount(accountId: AccountId): Promise<void> {
    this.#delete(id(accountId));
  }

  async inventory(identifierKey: Buffer, e164: string): Promise<Inventory> {
    return buildInventory(this.#db, identifierKey, e164);
  }

  async compact(): Promise<void> {
    this.#db.pragma('wal_checkpoint(TRUNCATE)');
  }
}
