/**
 * @module
 * Zoo relay: the feedback store deletes an answered record but leaves the
 * write-ahead log to SQLite's automatic checkpoint, so the record's bytes
 * stay in `relay.sqlite-wal` after the reply.
 */
import { SqliteFeedbackStore } from '../../../reference/relay/storage/feedback.ts';
import type { ZooRelay } from '../member.ts';
import { decorate } from './_decorate.ts';

/** Erases answered feedback without truncating the WAL. */
export const member: ZooRelay = {
  kind: 'relay',
  name: 'feedback-wal-kept',
  breaks: ['REQ-WEB-012'],
  description: 'erasing an answered feedback record deletes the row but never checkpoints the WAL',
  parts: () => ({
    stores: {
      feedback: (db) =>
        decorate(new SqliteFeedbackStore(db), {
          erase: (id: string) => db.prepare('DELETE FROM feedback WHERE feedback_id = ?').run(id).changes > 0,
        }),
    },
  }),
};
