/**
 * @module
 * The counts behind the advertising audience report (spec/advertising.md
 * §Audience report, policy clauses 12.1 and 12.2): how many accounts opted
 * in to advertising share each country and language. Only opted-in
 * accounts are counted (a row of `ads_subscriptions`), and accounts that
 * declined the use `audience-statistics` (spec/lifecycle.md §Uses) are left
 * out. Every cell below the threshold `k` is left out by the query itself
 * (HAVING), so a small count never leaves storage (REQ-ADS-007); no
 * per-account value leaves this module.
 */
import type Database from 'better-sqlite3';
import { declinedAccountsSql } from './lifecycle.ts';

/** Accounts that declined being counted (spec/lifecycle.md §Uses) are left out of every cell. */
const DECLINED = declinedAccountsSql('audience-statistics');

/** Opted-in accounts that share a country and a language. */
export interface AudienceCell {
  readonly country: string;
  readonly language: string;
  readonly accounts: number;
}

/** Source of the audience counts, each cell at least `k` (one implementation per storage engine). */
export interface AudienceSource {
  /** Opted-in accounts by country and language, cells of at least `k`, ordered by country then language. */
  cells(k: number): AudienceCell[];
}

/** The SQLite implementation over the advertising opt-ins (storage/advertising.ts). */
export class SqliteAudienceSource implements AudienceSource {
  readonly #db: Database.Database;

  constructor(db: Database.Database) {
    this.#db = db;
  }

  cells(k: number): AudienceCell[] {
    return this.#db
      .prepare(
        `SELECT country, language, count(*) AS accounts
           FROM ads_subscriptions WHERE account_id NOT IN (${DECLINED})
          GROUP BY country, language HAVING count(*) >= ? ORDER BY country, language`,
      )
      .all(k) as AudienceCell[];
  }
}
