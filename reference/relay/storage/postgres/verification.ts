/**
 * @module
 * {@link VerificationStore} over PostgreSQL (spec/registration.md
 * §Requesting a code): one row per phone tag, as in the SQLite store
 * (storage/verification.ts). A wrong attempt is one atomic increment, so
 * attempts made on different nodes all count.
 */
import type { PendingCode, VerificationStore } from '../verification.ts';
import type { PgPool } from './pool.ts';

/** {@link VerificationStore} over a PostgreSQL pool. */
export class PgVerificationStore implements VerificationStore {
  readonly #pool: PgPool;

  constructor(pool: PgPool) {
    this.#pool = pool;
  }

  async get(phoneTag: Buffer): Promise<PendingCode | undefined> {
    const r = await this.#pool.query<{
      code_hash: Buffer | null;
      expires_at: number;
      attempts: number;
      sent_at: number;
    }>('SELECT code_hash, expires_at, attempts, sent_at FROM verification_codes WHERE phone_tag = $1', [
      phoneTag,
    ]);
    const row = r.rows[0];
    return (
      row && {
        codeHash: row.code_hash,
        expiresAt: row.expires_at,
        attempts: row.attempts,
        sentAt: row.sent_at,
      }
    );
  }

  async put(phoneTag: Buffer, codeHash: Buffer, sentAt: number, expiresAt: number): Promise<void> {
    await this.#pool.query(
      `INSERT INTO verification_codes (phone_tag, code_hash, sent_at, expires_at, attempts)
       VALUES ($1, $2, $3, $4, 0)
       ON CONFLICT (phone_tag) DO UPDATE SET code_hash = excluded.code_hash, sent_at = excluded.sent_at,
         expires_at = excluded.expires_at, attempts = 0`,
      [phoneTag, codeHash, sentAt, expiresAt],
    );
  }

  async recordFailure(phoneTag: Buffer, erase: boolean): Promise<void> {
    await this.#pool.query(
      `UPDATE verification_codes SET attempts = attempts + 1,
         code_hash = CASE WHEN $1::boolean THEN NULL ELSE code_hash END WHERE phone_tag = $2`,
      [erase, phoneTag],
    );
  }

  async delete(phoneTag: Buffer): Promise<void> {
    await this.#pool.query('DELETE FROM verification_codes WHERE phone_tag = $1', [phoneTag]);
  }

  async sweep(now: number): Promise<number> {
    return (
      (await this.#pool.query('DELETE FROM verification_codes WHERE expires_at <= $1', [now])).rowCount ?? 0
    );
  }
}
