/**
 * @module
 * Storage of the feedback concern (spec/website.md §Feedback storage): the
 * name, e-mail address and message of each feedback form submission, with a
 * random id and the day it arrived, and nothing else about the request. A
 * record lives until the operator's reply has gone out, or until it expires
 * unanswered; either way it is deleted with `secure_delete` on (storage/sqlite.ts)
 * and the write-ahead log is truncated at once, so no storage file keeps a
 * copy (REQ-WEB-012, REQ-WEB-013). Feedback is not tied to an account, so
 * the concern registers no AccountEraser.
 */
import { randomBytes } from 'node:crypto';
import type Database from 'better-sqlite3';
import { DefTalkError } from '../../errors/index.ts';
import { writeTransaction } from './transaction.ts';

/** Schema migration of the feedback concern; its slot in storage/sqlite.ts is fixed. */
export const FEEDBACK_MIGRATION = `CREATE TABLE feedback (
     feedback_id TEXT NOT NULL UNIQUE,
     received_day INTEGER NOT NULL,
     name TEXT NOT NULL,
     email TEXT NOT NULL,
     message TEXT NOT NULL
   ) STRICT;`;

/** The three fields of the form (policy clauses 4.1-4.3). */
export interface FeedbackFields {
  readonly name: string;
  readonly email: string;
  readonly message: string;
}

/** A kept record: the fields, its id and the day it arrived (days since 1970-01-01, relay clock). */
export interface FeedbackRecord extends FeedbackFields {
  readonly id: string;
  readonly receivedDay: number;
}

/** What the operator's list shows of a record: no field of the form. */
export interface FeedbackSummary {
  readonly id: string;
  readonly receivedDay: number;
}

/**
 * Storage of feedback records (one implementation per storage engine; the
 * zoo decorates it). The embedded engine answers at once, a shared one
 * (storage/postgres/feedback.ts) with a promise; callers await either.
 */
export interface FeedbackStore {
  /** Keep a record; FEEDBACK_STORE_FULL when `limit` records are waiting. Returns its new id. */
  add(fields: FeedbackFields, receivedDay: number, limit: number): string | Promise<string>;
  /** Every waiting record, oldest first, as id and day only. */
  list(): FeedbackSummary[] | Promise<FeedbackSummary[]>;
  get(id: string): FeedbackRecord | undefined | Promise<FeedbackRecord | undefined>;
  /** Erase one record from every storage file; false when there was none. */
  erase(id: string): boolean | Promise<boolean>;
  /** Erase every record that arrived before `day`; returns how many. */
  expire(beforeDay: number): number | Promise<number>;
}

/** A feedback record's row as either engine stores it. */
export interface FeedbackRow {
  readonly feedback_id: string;
  readonly received_day: number;
  readonly name: string;
  readonly email: string;
  readonly message: string;
}

/** A new record's id: 16 random bytes in hex, unrelated to anything of the sender. */
export function newFeedbackId(): string {
  return randomBytes(16).toString('hex');
}

/** FEEDBACK_STORE_FULL when `waiting` records already fill the store's `limit` (both engines, before the insert). */
export function checkRoom(waiting: number, limit: number): void {
  if (waiting >= limit) throw new DefTalkError('FEEDBACK_STORE_FULL');
}

/** A kept record from its row. */
export function feedbackRecord(r: FeedbackRow): FeedbackRecord {
  return { id: r.feedback_id, receivedDay: r.received_day, name: r.name, email: r.email, message: r.message };
}

/** The SQLite implementation over the relay database (migration 9). */
export class SqliteFeedbackStore implements FeedbackStore {
  readonly #db: Database.Database;

  constructor(db: Database.Database) {
    this.#db = db;
  }

  add(fields: FeedbackFields, receivedDay: number, limit: number): string {
    const id = newFeedbackId();
    writeTransaction(this.#db, () => {
      const { n } = this.#db.prepare('SELECT count(*) AS n FROM feedback').get() as { n: number };
      checkRoom(n, limit);
      this.#db
        .prepare(
          'INSERT INTO feedback (feedback_id, received_day, name, email, message) VALUES (?, ?, ?, ?, ?)',
        )
        .run(id, receivedDay, fields.name, fields.email, fields.message);
    })();
    return id;
  }

  list(): FeedbackSummary[] {
    const rows = this.#db
      .prepare('SELECT feedback_id, received_day FROM feedback ORDER BY received_day, rowid')
      .all() as { feedback_id: string; received_day: number }[];
    return rows.map((r) => ({ id: r.feedback_id, receivedDay: r.received_day }));
  }

  get(id: string): FeedbackRecord | undefined {
    const r = this.#db
      .prepare('SELECT feedback_id, received_day, name, email, message FROM feedback WHERE feedback_id = ?')
      .get(id) as FeedbackRow | undefined;
    return r && feedbackRecord(r);
  }

  erase(id: string): boolean {
    const changes = this.#db.prepare('DELETE FROM feedback WHERE feedback_id = ?').run(id).changes;
    if (changes > 0) this.#truncateWal();
    return changes > 0;
  }

  expire(beforeDay: number): number {
    const changes = this.#db.prepare('DELETE FROM feedback WHERE received_day < ?').run(beforeDay).changes;
    if (changes > 0) this.#truncateWal();
    return changes;
  }

  /**
   * The DELETE zeroed the row in the database pages (`secure_delete`); the
   * WAL frames of the INSERT and of the zeroed pages still hold it until a
   * checkpoint copies them back and truncates the log.
   */
  #truncateWal(): void {
    this.#db.pragma('wal_checkpoint(TRUNCATE)');
  }
}
