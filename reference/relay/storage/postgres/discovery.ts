/**
 * @module
 * {@link DiscoveryStore} over PostgreSQL (spec/discovery.md §Discovery
 * index): one row per account, as in the SQLite store
 * (storage/discovery.ts). The OPRF key itself stays in `discovery.key`
 * beside each node's data, never in the database (spec/deployment.md §Keys).
 */
import type { AccountId } from '../../../wire/ids.ts';
import type { DiscoveryStore } from '../discovery.ts';
import { type PgPool, transaction } from './pool.ts';

/** {@link DiscoveryStore} over a PostgreSQL pool. */
export class PgDiscoveryStore implements DiscoveryStore {
  readonly #pool: PgPool;

  constructor(pool: PgPool) {
    this.#pool = pool;
  }

  async put(accountId: AccountId, prfOutput: Uint8Array): Promise<void> {
    const a = Buffer.from(accountId, 'hex');
    const o = Buffer.from(prfOutput);
    // Replace the row of the same output (an earlier account of the number) and of the same account.
    await transaction(this.#pool, async (c) => {
      await c.query('DELETE FROM discovery_index WHERE prf_output = $1 AND account_id <> $2', [o, a]);
      await c.query(
        `INSERT INTO discovery_index (account_id, prf_output) VALUES ($1, $2)
         ON CONFLICT (account_id) DO UPDATE SET prf_output = excluded.prf_output`,
        [a, o],
      );
    });
  }

  async find(prfOutputs: readonly Uint8Array[]): Promise<(AccountId | undefined)[]> {
    if (prfOutputs.length === 0) return [];
    const r = await this.#pool.query<{ account_id: Buffer; prf_output: Buffer }>(
      'SELECT account_id, prf_output FROM discovery_index WHERE prf_output = ANY($1::bytea[])',
      [prfOutputs.map((o) => Buffer.from(o))],
    );
    const byOutput = new Map(r.rows.map((row) => [row.prf_output.toString('hex'), row.account_id]));
    return prfOutputs.map((o) => {
      const a = byOutput.get(Buffer.from(o).toString('hex'));
      return a ? (a.toString('hex') as AccountId) : undefined;
    });
  }
}
