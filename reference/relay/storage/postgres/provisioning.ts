/**
 * @module
 * {@link ProvisioningStore} over PostgreSQL (spec/accounts.md
 * §Provisioning): as the SQLite store (storage/provisioning.ts), except that
 * reading a full mailbox is one `DELETE … RETURNING`, so the envelope is
 * handed to one reader even when the new device polls two nodes at once.
 */
import type { ProvisioningStore } from '../provisioning.ts';
import type { PgPool } from './pool.ts';

/** {@link ProvisioningStore} over a PostgreSQL pool. */
export class PgProvisioningStore implements ProvisioningStore {
  readonly #pool: PgPool;

  constructor(pool: PgPool) {
    this.#pool = pool;
  }

  async create(id: Buffer, expiresAt: number): Promise<void> {
    await this.#pool.query('INSERT INTO provisioning (provisioning_id, expires_at) VALUES ($1, $2)', [
      id,
      expiresAt,
    ]);
  }

  async put(id: Buffer, envelope: Uint8Array, now: number): Promise<boolean> {
    const r = await this.#pool.query(
      `UPDATE provisioning SET envelope = $1
       WHERE provisioning_id = $2 AND envelope IS NULL AND expires_at > $3`,
      [Buffer.from(envelope), id, now],
    );
    return r.rowCount === 1;
  }

  async take(id: Buffer, now: number): Promise<Buffer | null | undefined> {
    // Two tries: a put landing between the DELETE and the SELECT is taken by the second.
    for (let attempt = 0; attempt < 2; attempt++) {
      const taken = await this.#pool.query<{ envelope: Buffer }>(
        `DELETE FROM provisioning WHERE provisioning_id = $1 AND expires_at > $2 AND envelope IS NOT NULL
         RETURNING envelope`,
        [id, now],
      );
      if (taken.rows[0]) return taken.rows[0].envelope;
      const r = await this.#pool.query<{ full: boolean }>(
        'SELECT envelope IS NOT NULL AS full FROM provisioning WHERE provisioning_id = $1 AND expires_at > $2',
        [id, now],
      );
      if (!r.rows[0]) return undefined;
      if (!r.rows[0].full) return null;
    }
    return null;
  }

  async sweep(now: number): Promise<number> {
    return (await this.#pool.query('DELETE FROM provisioning WHERE expires_at <= $1', [now])).rowCount ?? 0;
  }
}
