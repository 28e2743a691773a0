/**
 * @module
 * {@link AuthStore} over PostgreSQL (spec/auth.md): digests only, as in the
 * SQLite store (storage/auth.ts). Taking a challenge or a link token is one
 * `DELETE … RETURNING`, so a nonce or token is single-use across every node
 * (REQ-AUTH-006, REQ-AUTH-007). The cap on outstanding challenges is
 * counted per database, without a lock: two nodes may each admit one past
 * it at the same instant, which bounds the table all the same.
 */
import type { AccountId, DeviceId } from '../../../wire/ids.ts';
import type { AuthStore } from '../auth.ts';
import type { PgPool } from './pool.ts';

/** {@link AuthStore} over a PostgreSQL pool. */
export class PgAuthStore implements AuthStore {
  readonly #pool: PgPool;

  constructor(pool: PgPool) {
    this.#pool = pool;
  }

  async #liveChallenges(now: number): Promise<number> {
    const r = await this.#pool.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM auth_challenges WHERE expires_at > $1',
      [now],
    );
    return r.rows[0]!.n;
  }

  async addChallenge(
    nonceHash: Buffer,
    expiresAt: number,
    now: number,
    maxOutstanding: number,
  ): Promise<boolean> {
    if ((await this.#liveChallenges(now)) >= maxOutstanding) {
      await this.#pool.query('DELETE FROM auth_challenges WHERE expires_at <= $1', [now]);
      if ((await this.#liveChallenges(now)) >= maxOutstanding) return false;
    }
    await this.#pool.query('INSERT INTO auth_challenges (nonce_hash, expires_at) VALUES ($1, $2)', [
      nonceHash,
      expiresAt,
    ]);
    return true;
  }

  async takeChallenge(nonceHash: Buffer, now: number): Promise<boolean> {
    const r = await this.#pool.query<{ expires_at: number }>(
      'DELETE FROM auth_challenges WHERE nonce_hash = $1 RETURNING expires_at',
      [nonceHash],
    );
    return r.rows[0] !== undefined && r.rows[0].expires_at > now;
  }

  async addToken(
    tokenHash: Buffer,
    accountId: AccountId,
    deviceId: DeviceId,
    expiresAt: number,
  ): Promise<void> {
    await this.#pool.query(
      'INSERT INTO auth_tokens (token_hash, account_id, device_id, expires_at) VALUES ($1, $2, $3, $4)',
      [tokenHash, Buffer.from(accountId, 'hex'), deviceId, expiresAt],
    );
  }

  async tokenDevice(
    tokenHash: Buffer,
    now: number,
  ): Promise<{ accountId: AccountId; deviceId: DeviceId } | undefined> {
    const r = await this.#pool.query<{ account_id: Buffer; device_id: number }>(
      'SELECT account_id, device_id FROM auth_tokens WHERE token_hash = $1 AND expires_at > $2',
      [tokenHash, now],
    );
    const row = r.rows[0];
    return (
      row && { accountId: row.account_id.toString('hex') as AccountId, deviceId: row.device_id as DeviceId }
    );
  }

  async addLinkToken(tokenHash: Buffer, accountId: AccountId, expiresAt: number): Promise<void> {
    await this.#pool.query(
      'INSERT INTO link_tokens (token_hash, account_id, expires_at) VALUES ($1, $2, $3)',
      [tokenHash, Buffer.from(accountId, 'hex'), expiresAt],
    );
  }

  async takeLinkToken(tokenHash: Buffer, accountId: AccountId, now: number): Promise<boolean> {
    const r = await this.#pool.query<{ account_id: Buffer; expires_at: number }>(
      'DELETE FROM link_tokens WHERE token_hash = $1 RETURNING account_id, expires_at',
      [tokenHash],
    );
    const row = r.rows[0];
    return row !== undefined && row.expires_at > now && row.account_id.toString('hex') === accountId;
  }

  async sweep(now: number): Promise<number> {
    const r = await this.#pool.query(
      `WITH c AS (DELETE FROM auth_challenges WHERE expires_at <= $1 RETURNING 1),
            t AS (DELETE FROM auth_tokens WHERE expires_at <= $1 RETURNING 1),
            l AS (DELETE FROM link_tokens WHERE expires_at <= $1 RETURNING 1)
       SELECT (SELECT count(*) FROM c) + (SELECT count(*) FROM t) + (SELECT count(*) FROM l) AS n`,
      [now],
    );
    return Number(r.rows[0]?.n ?? 0);
  }
}
