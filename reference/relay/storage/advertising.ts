/**
 * @module
 * Storage of the advertising concern (spec/advertising.md §Storage): the
 * opt-in row of each account that chose advertising, the digests of its
 * unsubscribe tokens and its pending relay notices. No phone number, no
 * token in clear. Erasing an account or opting it out deletes all three at
 * once (REQ-ADS-003); `secure_delete` zeroes the freed cells (storage/sqlite.ts).
 */
import type Database from 'better-sqlite3';
import { type AccountId, accountIdFromBytes, accountIdToBytes } from '../../wire/ids.ts';
import { writeTransaction } from './transaction.ts';

/** Migration slot 10 of storage/sqlite.ts: the three advertising tables. */
export const ADVERTISING_MIGRATION = `
  CREATE TABLE ads_subscriptions (
    account_id BLOB PRIMARY KEY,
    country TEXT NOT NULL,
    language TEXT NOT NULL,
    opted_in_day INTEGER NOT NULL
  ) STRICT, WITHOUT ROWID;
  CREATE TABLE ads_unsubscribe_tokens (
    token_digest BLOB PRIMARY KEY,
    account_id BLOB NOT NULL,
    issued_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL
  ) STRICT, WITHOUT ROWID;
  CREATE INDEX ads_unsubscribe_tokens_by_account ON ads_unsubscribe_tokens(account_id, issued_at);
  CREATE TABLE relay_notices (
    account_id BLOB NOT NULL,
    notice_id TEXT NOT NULL,
    text TEXT NOT NULL,
    queued_at INTEGER NOT NULL,
    PRIMARY KEY (account_id, notice_id)
  ) STRICT, WITHOUT ROWID;
  CREATE INDEX relay_notices_by_time ON relay_notices(queued_at);`;

/** An account's opt-in as kept (spec/advertising.md §Opt-in). */
export interface AdsSubscription {
  readonly country: string;
  readonly language: string;
}

/** A pending notice of one account. */
export interface StoredNotice {
  readonly noticeId: string;
  readonly text: string;
  readonly queuedAt: number;
}

/** A value now (the embedded engine) or later (a shared one, storage/postgres/); callers await either. */
type Maybe<T> = T | Promise<T>;

/** The advertising concern's storage; one implementation per engine, and the zoo wraps it. */
export interface AdvertisingStore {
  /** The account's opt-in, or undefined when it is not opted in. */
  subscription(account: AccountId): Maybe<AdsSubscription | undefined>;
  /** Record (or replace) the account's opt-in on `day` (days since the epoch). */
  optIn(account: AccountId, s: AdsSubscription, day: number): Maybe<void>;
  /** Opt out: erase the opt-in row, every token digest and every pending notice of the account (REQ-ADS-003). */
  optOut(account: AccountId): Maybe<void>;
  /**
   * Queue one notice for every account opted in now (REQ-ADS-001), in one
   * transaction, so an opt-out cannot interleave with the copy.
   */
  queueForSubscribers(noticeId: string, text: string, now: number): Maybe<void>;
  /** The account's pending notices, oldest first. */
  notices(account: AccountId): Maybe<StoredNotice[]>;
  /** Remove one notice of the account; no error when absent (REQ-ADS-005). */
  removeNotice(account: AccountId, noticeId: string): Maybe<void>;
  /** Keep an unsubscribe token digest, dropping the account's oldest beyond `keep`. */
  addToken(account: AccountId, digest: Uint8Array, now: number, expiresAt: number, keep: number): Maybe<void>;
  /** The account a token digest names, when the token is unexpired at `now`. */
  tokenAccount(digest: Uint8Array, now: number): Maybe<AccountId | undefined>;
  /** Drop notices queued before `noticesBefore` and tokens expired at `now`. */
  expire(noticesBefore: number, now: number): Maybe<void>;
}

/** The tables of the concern that hold an account's rows, erased together by an opt-out (REQ-ADS-003). */
export const ADVERTISING_TABLES = ['ads_subscriptions', 'ads_unsubscribe_tokens', 'relay_notices'] as const;

/** The SQLite implementation (migration slot 10). */
export class SqliteAdvertisingStore implements AdvertisingStore {
  readonly #db: Database.Database;
  readonly #optOut: (account: Uint8Array) => void;

  constructor(db: Database.Database) {
    this.#db = db;
    const erase = ADVERTISING_TABLES.map((t) => db.prepare(`DELETE FROM ${t} WHERE account_id = ?`));
    this.#optOut = writeTransaction(db, (a: Uint8Array) => {
      for (const s of erase) s.run(a);
    });
  }

  subscription(account: AccountId): AdsSubscription | undefined {
    return this.#db
      .prepare('SELECT country, language FROM ads_subscriptions WHERE account_id = ?')
      .get(accountIdToBytes(account)) as AdsSubscription | undefined;
  }

  optIn(account: AccountId, s: AdsSubscription, day: number): void {
    this.#db
      .prepare(
        `INSERT INTO ads_subscriptions (account_id, country, language, opted_in_day) VALUES (?, ?, ?, ?)
         ON CONFLICT (account_id) DO UPDATE SET country = excluded.country, language = excluded.language,
           opted_in_day = excluded.opted_in_day`,
      )
      .run(accountIdToBytes(account), s.country, s.language, day);
  }

  optOut(account: AccountId): void {
    this.#optOut(accountIdToBytes(account));
  }

  queueForSubscribers(noticeId: string, text: string, now: number): void {
    this.#db
      .prepare(
        `INSERT INTO relay_notices (account_id, notice_id, text, queued_at)
         SELECT account_id, ?, ?, ? FROM ads_subscriptions`,
      )
      .run(noticeId, text, now);
  }

  notices(account: AccountId): StoredNotice[] {
    return this.#db
      .prepare(
        `SELECT notice_id AS noticeId, text, queued_at AS queuedAt FROM relay_notices
          WHERE account_id = ? ORDER BY queued_at, notice_id`,
      )
      .all(accountIdToBytes(account)) as StoredNotice[];
  }

  removeNotice(account: AccountId, noticeId: string): void {
    this.#db
      .prepare('DELETE FROM relay_notices WHERE account_id = ? AND notice_id = ?')
      .run(accountIdToBytes(account), noticeId);
  }

  addToken(account: AccountId, digest: Uint8Array, now: number, expiresAt: number, keep: number): void {
    const a = accountIdToBytes(account);
    writeTransaction(this.#db, () => {
      this.#db
        .prepare(
          'INSERT INTO ads_unsubscribe_tokens (token_digest, account_id, issued_at, expires_at) VALUES (?, ?, ?, ?)',
        )
        .run(digest, a, now, expiresAt);
      this.#db
        .prepare(
          `DELETE FROM ads_unsubscribe_tokens WHERE account_id = ? AND token_digest NOT IN
             (SELECT token_digest FROM ads_unsubscribe_tokens WHERE account_id = ?
               ORDER BY issued_at DESC, token_digest LIMIT ?)`,
        )
        .run(a, a, keep);
    })();
  }

  tokenAccount(digest: Uint8Array, now: number): AccountId | undefined {
    const row = this.#db
      .prepare('SELECT account_id FROM ads_unsubscribe_tokens WHERE token_digest = ? AND expires_at > ?')
      .get(digest, now) as { account_id: Uint8Array } | undefined;
    return row ? accountIdFromBytes(row.account_id) : undefined;
  }

  expire(noticesBefore: number, now: number): void {
    this.#db.prepare('DELETE FROM relay_notices WHERE queued_at < ?').run(noticesBefore);
    this.#db.prepare('DELETE FROM ads_unsubscribe_tokens WHERE expires_at <= ?').run(now);
  }
}
