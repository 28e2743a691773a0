/**
 * @module
 * The counts behind the advertising audience report (spec/website.md
 * §Audience report, policy clause 12): how many accounts registered in each
 * closed calendar month, and how many accounts have each number of devices.
 * Both are computed from what the relay holds anyway (overview.md §What the
 * relay may learn and hold); no per-account value leaves this module. Every
 * cell below the threshold `k` is left out by the query itself (HAVING), so
 * a small count never reaches the report (REQ-WEB-020).
 */
import type Database from 'better-sqlite3';
import { declinedAccountsSql } from './lifecycle.ts';

/** Accounts that declined being counted (spec/lifecycle.md §Uses) are left out of every cell. */
const DECLINED = declinedAccountsSql('audience-statistics');

/** Accounts that registered in one calendar month (UTC), `YYYY-MM`. */
export interface MonthCell {
  readonly month: string;
  readonly accounts: number;
}

/** Accounts that have exactly `devices` devices. */
export interface DeviceCountCell {
  readonly devices: number;
  readonly accounts: number;
}

/** Source of the audience counts, each cell at least `k` (one implementation per storage engine). */
export interface AudienceSource {
  /** Registrations per month for months that ended before `beforeMs` (relay clock), cells of at least `k`. */
  registrationsByMonth(beforeMs: number, k: number): MonthCell[];
  /** Accounts by number of devices, cells of at least `k`. */
  accountsByDeviceCount(k: number): DeviceCountCell[];
}

/** First millisecond of the UTC month that holds `ms`. */
export function monthStart(ms: number): number {
  const d = new Date(ms);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
}

/** The SQLite implementation over the identity tables (accounts, devices). */
export class SqliteAudienceSource implements AudienceSource {
  readonly #db: Database.Database;

  constructor(db: Database.Database) {
    this.#db = db;
  }

  registrationsByMonth(beforeMs: number, k: number): MonthCell[] {
    // created_at is milliseconds since the epoch (storage/accounts.ts).
    return this.#db
      .prepare(
        `SELECT strftime('%Y-%m', created_at / 1000, 'unixepoch') AS month, count(*) AS accounts
           FROM accounts WHERE created_at < ? AND account_id NOT IN (${DECLINED})
          GROUP BY month HAVING count(*) >= ? ORDER BY month`,
      )
      .all(monthStart(beforeMs), k) as MonthCell[];
  }

  accountsByDeviceCount(k: number): DeviceCountCell[] {
    return this.#db
      .prepare(
        `SELECT devices, count(*) AS accounts
           FROM (SELECT count(*) AS devices FROM devices WHERE account_id NOT IN (${DECLINED}) GROUP BY account_id)
          GROUP BY devices HAVING count(*) >= ? ORDER BY devices`,
      )
      .all(k) as DeviceCountCell[];
  }
}
