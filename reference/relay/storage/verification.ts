/**
 * @module
 * Pending verification codes (spec/registration.md §Requesting a code). One
 * row per phone tag holds the keyed hash of the code, its expiry, the wrong
 * attempts so far and when it was sent. The code hash is erased when the
 * code is used, expires or runs out of attempts; the row itself stays until
 * expiry only so that the resend interval still applies.
 */
import type Database from 'better-sqlite3';

/** What the relay holds for one pending code. */
export interface PendingCode {
  /** Keyed hash of the code; `null` once the code was erased for exhausted attempts. */
  readonly codeHash: Buffer | null;
  readonly expiresAt: number;
  readonly attempts: number;
  readonly sentAt: number;
}

/** Storage of pending codes (one implementation per database). */
export interface VerificationStore {
  get(phoneTag: Buffer): Promise<PendingCode | undefined>;
  /** Store a newly sent code, replacing any earlier one and resetting the attempt count. */
  put(phoneTag: Buffer, codeHash: Buffer, sentAt: number, expiresAt: number): Promise<void>;
  /** Count a wrong attempt; when `erase`, also drop the code hash. */
  recordFailure(phoneTag: Buffer, erase: boolean): Promise<void>;
  /** Remove the row (code used, expired, or not sent). */
  delete(phoneTag: Buffer): Promise<void>;
  /** Remove every row expired at `now`; returns how many. */
  sweep(now: number): Promise<number>;
}

/** {@link VerificationStore} over the relay's SQLite database. */
export class SqliteVerificationStore implements VerificationStore {
  readonly #get: Database.Statement<
    [Buffer],
    { code_hash: Buffer | null; expires_at: number; attempts: number; sent_at: number }
  >;
  readonly #put: Database.Statement<[Buffer, Buffer, number, number]>;
  readonly #fail: Database.Statement<[number, Buffer]>;
  readonly #delete: Database.Statement<[Buffer]>;
  readonly #sweep: Database.Statement<[number]>;

  constructor(db: Database.Database) {
    this.#get = db.prepare(
      'SELECT code_hash, expires_at, attempts, sent_at FROM verification_codes WHERE phone_tag = ?',
    );
    this.#put = db.prepare(
      `INSERT INTO verification_codes (phone_tag, code_hash, sent_at, expires_at, attempts) VALUES (?, ?, ?, ?, 0)
       ON CONFLICT (phone_tag) DO UPDATE SET code_hash = excluded.code_hash, sent_at = excluded.sent_at,
         expires_at = excluded.expires_at, attempts = 0`,
    );
    this.#fail = db.prepare(
      'UPDATE verification_codes SET attempts = attempts + 1, code_hash = CASE WHEN ? THEN NULL ELSE code_hash END WHERE phone_tag = ?',
    );
    this.#delete = db.prepare('DELETE FROM verification_codes WHERE phone_tag = ?');
    this.#sweep = db.prepare('DELETE FROM verification_codes WHERE expires_at <= ?');
  }

  async get(phoneTag: Buffer): Promise<PendingCode | undefined> {
    const r = this.#get.get(phoneTag);
    return r && { codeHash: r.code_hash, expiresAt: r.expires_at, attempts: r.attempts, sentAt: r.sent_at };
  }

  async put(phoneTag: Buffer, codeHash: Buffer, sentAt: number, expiresAt: number): Promise<void> {
    this.#put.run(phoneTag, codeHash, sentAt, expiresAt);
  }

  async recordFailure(phoneTag: Buffer, erase: boolean): Promise<void> {
    this.#fail.run(erase ? 1 : 0, phoneTag);
  }

  async delete(phoneTag: Buffer): Promise<void> {
    this.#delete.run(phoneTag);
  }

  async sweep(now: number): Promise<number> {
    return this.#sweep.run(now).changes;
  }
}
