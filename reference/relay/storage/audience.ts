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

/**
 * The audience query in either engine's dialect: accounts that declined
 * being counted (spec/lifecycle.md §Uses) are left out of every cell, and
 * cells below `k` (the one parameter) never leave storage.
 */
export function audienceSql(engine: 'sqlite' | 'postgres'): string {
  const pg = engine === 'postgres';
  // PostgreSQL sorts text by the database's locale unless told otherwise; SQLite by bytes.
  const order = pg ? 'country COLLATE "C", language COLLATE "C"' : 'country, language';
  return `SELECT country, language, count(*)${pg ? '::int' : ''} AS accounts
            FROM ads_subscriptions WHERE account_id NOT IN (${declinedAccountsSql('audience-statistics', engine)})
           GROUP BY country, language HAVING count(*) >= ${pg ? '$1' : '?'} ORDER BY ${order}`;
}

const AUDIENCE_SQLITE = audienceSql('sqlite');

/** Opted-in accounts that share a country and a language. */
export interface AudienceCell {
  readonly country: string;
  readonly language: string;
  readonly accounts: number;
}

/** Source of the audience counts, each cell at least `k` (one implementation per storage engine). */
export interface AudienceSource {
  /** Opted-in accounts by country and language, cells of at least `k`, ordered by country then language. */
  cells(k: number): AudienceCell[] | Promise<AudienceCell[]>;
}

/** The SQLite implementation over the advertising opt-ins (storage/advertising.ts). */
export class SqliteAudienceSource implements AudienceSource {
  readonly #db: Database.Database;

  constructor(db: Database.Database) {
    this.#db = db;
  }

  cells(k: number): AudienceCell[] {
    return this.#db.prepare(AUDIENCE_SQLITE).all(k) as AudienceCell[];
  }
}
