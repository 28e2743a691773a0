/**
 * @module
 * {@link AdvertisingStore} and {@link AudienceSource} over PostgreSQL
 * (spec/advertising.md §Storage, §Audience report; spec/deployment.md): the
 * opt-ins, unsubscribe token digests and relay notices in the shared
 * database, so a notice reaches every opted-in account whichever node its
 * devices use, and the audience report counts the opt-ins against the
 * consent the lifecycle store keeps there too (lifecycle_accounts).
 */
import { type AccountId, accountIdFromBytes, accountIdToBytes } from '../../../wire/ids.ts';
import {
  ADVERTISING_TABLES,
  type AdsSubscription,
  type AdvertisingStore,
  type StoredNotice,
} from '../advertising.ts';
import { type AudienceCell, type AudienceSource, audienceSql } from '../audience.ts';
import { type PgPool, transaction } from './pool.ts';

const key = (a: AccountId): Buffer => Buffer.from(accountIdToBytes(a));

/** {@link AdvertisingStore} over the cluster's PostgreSQL database. */
export class PgAdvertisingStore implements AdvertisingStore {
  readonly #pool: PgPool;

  constructor(pool: PgPool) {
    this.#pool = pool;
  }

  async subscription(account: AccountId): Promise<AdsSubscription | undefined> {
    const r = await this.#pool.query<AdsSubscription>(
      'SELECT country, language FROM ads_subscriptions WHERE account_id = $1',
      [key(account)],
    );
    return r.rows[0];
  }

  async optIn(account: AccountId, s: AdsSubscription, day: number): Promise<void> {
    await this.#pool.query(
      `INSERT INTO ads_subscriptions (account_id, country, language, opted_in_day) VALUES ($1, $2, $3, $4)
       ON CONFLICT (account_id) DO UPDATE SET country = excluded.country, language = excluded.language,
         opted_in_day = excluded.opted_in_day`,
      [key(account), s.country, s.language, day],
    );
  }

  async optOut(account: AccountId): Promise<void> {
    const a = key(account);
    await transaction(this.#pool, async (c) => {
      for (const t of ADVERTISING_TABLES) await c.query(`DELETE FROM ${t} WHERE account_id = $1`, [a]);
    });
  }

  async queueForSubscribers(noticeId: string, text: string, now: number): Promise<void> {
    // One statement: an opt-out committed on another node is either before the copy or after it.
    await this.#pool.query(
      `INSERT INTO relay_notices (account_id, notice_id, text, queued_at)
       SELECT account_id, $1, $2, $3 FROM ads_subscriptions`,
      [noticeId, text, now],
    );
  }

  async notices(account: AccountId): Promise<StoredNotice[]> {
    const r = await this.#pool.query<StoredNotice>(
      `SELECT notice_id AS "noticeId", text, queued_at AS "queuedAt" FROM relay_notices
       WHERE account_id = $1 ORDER BY queued_at, notice_id COLLATE "C"`,
      [key(account)],
    );
    return r.rows;
  }

  async removeNotice(account: AccountId, noticeId: string): Promise<void> {
    await this.#pool.query('DELETE FROM relay_notices WHERE account_id = $1 AND notice_id = $2', [
      key(account),
      noticeId,
    ]);
  }

  async addToken(
    account: AccountId,
    digest: Uint8Array,
    now: number,
    expiresAt: number,
    keep: number,
  ): Promise<void> {
    const a = key(account);
    await transaction(this.#pool, async (c) => {
      await c.query(
        'INSERT INTO ads_unsubscribe_tokens (token_digest, account_id, issued_at, expires_at) VALUES ($1, $2, $3, $4)',
        [Buffer.from(digest), a, now, expiresAt],
      );
      await c.query(
        `DELETE FROM ads_unsubscribe_tokens WHERE account_id = $1 AND token_digest NOT IN
           (SELECT token_digest FROM ads_unsubscribe_tokens WHERE account_id = $1
             ORDER BY issued_at DESC, token_digest LIMIT $2)`,
        [a, keep],
      );
    });
  }

  async tokenAccount(digest: Uint8Array, now: number): Promise<AccountId | undefined> {
    const r = await this.#pool.query<{ account_id: Buffer }>(
      'SELECT account_id FROM ads_unsubscribe_tokens WHERE token_digest = $1 AND expires_at > $2',
      [Buffer.from(digest), now],
    );
    const row = r.rows[0];
    return row ? accountIdFromBytes(row.account_id) : undefined;
  }

  async expire(noticesBefore: number, now: number): Promise<void> {
    await this.#pool.query('DELETE FROM relay_notices WHERE queued_at < $1', [noticesBefore]);
    await this.#pool.query('DELETE FROM ads_unsubscribe_tokens WHERE expires_at <= $1', [now]);
  }
}

const AUDIENCE_PG = audienceSql('postgres');

/** {@link AudienceSource} over the cluster's PostgreSQL database (opt-ins and consent both there). */
export class PgAudienceSource implements AudienceSource {
  readonly #pool: PgPool;

  constructor(pool: PgPool) {
    this.#pool = pool;
  }

  async cells(k: number): Promise<AudienceCell[]> {
    return (await this.#pool.query<AudienceCell>(AUDIENCE_PG, [k])).rows;
  }
}
