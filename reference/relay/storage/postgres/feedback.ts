/**
 * @module
 * {@link FeedbackStore} over PostgreSQL (spec/website.md §Feedback storage,
 * spec/deployment.md): the records in the shared database, so the operator
 * sees and answers every submission from any node, and the limit of
 * waiting records holds for the service as a whole. A record leaves the live
 * table at its DELETE; what the engine's files keep of it until vacuum and
 * checkpoint is spec/deployment.md §Erased rows.
 */
import {
  checkRoom,
  type FeedbackFields,
  type FeedbackRecord,
  type FeedbackRow,
  type FeedbackStore,
  type FeedbackSummary,
  feedbackRecord,
  newFeedbackId,
} from '../feedback.ts';
import { type PgPool, transaction } from './pool.ts';

/** {@link FeedbackStore} over the cluster's PostgreSQL database. */
export class PgFeedbackStore implements FeedbackStore {
  readonly #pool: PgPool;

  constructor(pool: PgPool) {
    this.#pool = pool;
  }

  async add(fields: FeedbackFields, receivedDay: number, limit: number): Promise<string> {
    const id = newFeedbackId();
    await transaction(this.#pool, async (c) => {
      // Adds on every node wait for each other here (readers do not), so the count stays below the limit.
      await c.query('LOCK TABLE feedback IN SHARE ROW EXCLUSIVE MODE');
      const r = await c.query<{ n: number }>('SELECT count(*)::int AS n FROM feedback');
      checkRoom(r.rows[0]!.n, limit);
      await c.query(
        'INSERT INTO feedback (feedback_id, received_day, name, email, message) VALUES ($1, $2, $3, $4, $5)',
        [id, receivedDay, fields.name, fields.email, fields.message],
      );
    });
    return id;
  }

  async list(): Promise<FeedbackSummary[]> {
    const r = await this.#pool.query<{ feedback_id: string; received_day: number }>(
      'SELECT feedback_id, received_day FROM feedback ORDER BY received_day, arrival',
    );
    return r.rows.map((row) => ({ id: row.feedback_id, receivedDay: row.received_day }));
  }

  async get(id: string): Promise<FeedbackRecord | undefined> {
    const r = await this.#pool.query<FeedbackRow>(
      'SELECT feedback_id, received_day, name, email, message FROM feedback WHERE feedback_id = $1',
      [id],
    );
    const row = r.rows[0];
    return row && feedbackRecord(row);
  }

  async erase(id: string): Promise<boolean> {
    const r = await this.#pool.query('DELETE FROM feedback WHERE feedback_id = $1', [id]);
    return (r.rowCount ?? 0) > 0;
  }

  async expire(beforeDay: number): Promise<number> {
    const r = await this.#pool.query('DELETE FROM feedback WHERE received_day < $1', [beforeDay]);
    return r.rowCount ?? 0;
  }
}
