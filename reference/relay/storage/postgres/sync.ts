/**
 * @module
 * {@link SyncStore} over PostgreSQL (spec/sync.md §Storage,
 * spec/deployment.md): one row per account in the shared database, written
 * under a compare-and-swap on the version in a single statement (an INSERT
 * that does nothing on conflict for the first version, an UPDATE guarded by
 * the expected version after), so of two nodes writing on one version
 * exactly one succeeds. The replaced ciphertext leaves the live table at
 * commit; what the engine's files keep of it until vacuum and checkpoint is
 * spec/deployment.md §Erased rows.
 */
import type { AccountId } from '../../../wire/ids.ts';
import type { SyncPutResult, SyncStore } from '../sync.ts';
import type { PgPool } from './pool.ts';

const key = (a: AccountId): Buffer => Buffer.from(a, 'hex');

/** {@link SyncStore} over the cluster's PostgreSQL database. */
export class PgSyncStore implements SyncStore {
  readonly #pool: PgPool;

  constructor(pool: PgPool) {
    this.#pool = pool;
  }

  async get(account: AccountId): Promise<{ version: number; ciphertext: Uint8Array | undefined }> {
    const r = await this.#pool.query<{ version: number; ciphertext: Buffer }>(
      'SELECT version, ciphertext FROM sync_records WHERE account_id = $1',
      [key(account)],
    );
    const row = r.rows[0];
    return row
      ? { version: row.version, ciphertext: new Uint8Array(row.ciphertext) }
      : { version: 0, ciphertext: undefined };
  }

  async put(account: AccountId, expectedVersion: number, ciphertext: Uint8Array): Promise<SyncPutResult> {
    const id = key(account);
    const body = Buffer.from(ciphertext);
    const written =
      expectedVersion === 0
        ? await this.#pool.query(
            'INSERT INTO sync_records (account_id, version, ciphertext) VALUES ($1, 1, $2) ON CONFLICT DO NOTHING',
            [id, body],
          )
        : await this.#pool.query(
            'UPDATE sync_records SET version = $1, ciphertext = $2 WHERE account_id = $3 AND version = $4',
            [expectedVersion + 1, body, id, expectedVersion],
          );
    if (written.rowCount === 1) return { ok: true, version: expectedVersion + 1 };
    const current = await this.#pool.query<{ version: number }>(
      'SELECT version FROM sync_records WHERE account_id = $1',
      [id],
    );
    return { ok: false, currentVersion: current.rows[0]?.version ?? 0 };
  }

  async erase(account: AccountId): Promise<void> {
    await this.#pool.query('DELETE FROM sync_records WHERE account_id = $1', [key(account)]);
  }
}
