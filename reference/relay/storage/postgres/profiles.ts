/**
 * @module
 * {@link ProfileConcernStore} over PostgreSQL (spec/profiles.md §Storage,
 * spec/presence.md §Storage, spec/deployment.md): profiles and photos, the
 * presence setting and last-seen minute, number epochs and discovery
 * budgets in the shared database, so every node answers with the same
 * profile, the same last seen and one budget per account. A replaced photo
 * is deleted, not updated in place, so its bytes leave the live table at
 * commit; what the engine's files keep of it until vacuum and checkpoint is
 * spec/deployment.md §Erased rows.
 */
import type { AccountId } from '../../../wire/ids.ts';
import type { PresenceVisibility } from '../../../wire/presence.ts';
import {
  budgetOf,
  type DiscoveryBudget,
  PROFILE_TABLES,
  type ProfileChange,
  type ProfileConcernStore,
  presenceOf,
  type StoredProfile,
  storedProfile,
} from '../profiles.ts';
import { type PgPool, transaction } from './pool.ts';

const key = (a: AccountId): Buffer => Buffer.from(a, 'hex');

/** {@link ProfileConcernStore} over the cluster's PostgreSQL database. */
export class PgProfileStore implements ProfileConcernStore {
  readonly #pool: PgPool;

  constructor(pool: PgPool) {
    this.#pool = pool;
  }

  async profile(account: AccountId): Promise<StoredProfile> {
    // One statement, so the fields and the photo come from one snapshot.
    const r = await this.#pool.query<{
      name: string | null;
      about: string;
      media_type: string;
      photo: Buffer | null;
    }>(
      `SELECT p.name, p.about, f.media_type, f.photo
       FROM (SELECT $1::bytea AS account_id) a
       LEFT JOIN profiles p ON p.account_id = a.account_id
       LEFT JOIN profile_photos f ON f.account_id = a.account_id`,
      [key(account)],
    );
    const row = r.rows[0];
    const fields = row?.name == null ? undefined : { name: row.name, about: row.about };
    const photo = row?.photo == null ? undefined : { media_type: row.media_type, photo: row.photo };
    return storedProfile(fields, photo);
  }

  async update(account: AccountId, change: ProfileChange): Promise<void> {
    const k = key(account);
    await transaction(this.#pool, async (c) => {
      await c.query(
        `INSERT INTO profiles (account_id, name, about) VALUES ($1, '', '') ON CONFLICT DO NOTHING`,
        [k],
      );
      if (change.name !== undefined) {
        await c.query('UPDATE profiles SET name = $1 WHERE account_id = $2', [change.name, k]);
      }
      if (change.about !== undefined) {
        await c.query('UPDATE profiles SET about = $1 WHERE account_id = $2', [change.about, k]);
      }
      if (change.photo !== undefined) {
        await c.query('DELETE FROM profile_photos WHERE account_id = $1', [k]);
        if (change.photo) {
          await c.query('INSERT INTO profile_photos (account_id, media_type, photo) VALUES ($1, $2, $3)', [
            k,
            change.photo.mediaType,
            Buffer.from(change.photo.bytes),
          ]);
        }
      }
    });
  }

  async numberEpoch(account: AccountId): Promise<number> {
    const r = await this.#pool.query<{ epoch: number }>(
      'SELECT epoch FROM contact_number_epochs WHERE account_id = $1',
      [key(account)],
    );
    return r.rows[0]?.epoch ?? 0;
  }

  async bumpNumberEpoch(account: AccountId): Promise<number> {
    const r = await this.#pool.query<{ epoch: number }>(
      `INSERT INTO contact_number_epochs (account_id, epoch) VALUES ($1, 1)
       ON CONFLICT (account_id) DO UPDATE SET epoch = contact_number_epochs.epoch + 1 RETURNING epoch`,
      [key(account)],
    );
    return r.rows[0]!.epoch;
  }

  async presence(account: AccountId): Promise<{ visibility: PresenceVisibility; lastSeenMs: number }> {
    const r = await this.#pool.query<{ hidden: boolean; last_seen_ms: number }>(
      'SELECT hidden, last_seen_ms FROM presence WHERE account_id = $1',
      [key(account)],
    );
    return presenceOf(r.rows[0]);
  }

  async setVisibility(account: AccountId, visibility: PresenceVisibility): Promise<void> {
    // Hiding erases the last-seen time (REQ-PRESENCE-004).
    await this.#pool.query(
      `INSERT INTO presence (account_id, hidden, last_seen_ms) VALUES ($1, $2, 0)
       ON CONFLICT (account_id) DO UPDATE SET hidden = excluded.hidden,
         last_seen_ms = CASE WHEN excluded.hidden THEN 0 ELSE presence.last_seen_ms END`,
      [key(account), visibility === 'nobody'],
    );
  }

  async setLastSeen(account: AccountId, lastSeenMs: number): Promise<void> {
    await this.#pool.query(
      `INSERT INTO presence (account_id, hidden, last_seen_ms) VALUES ($1, false, $2)
       ON CONFLICT (account_id) DO UPDATE SET last_seen_ms = excluded.last_seen_ms WHERE NOT presence.hidden`,
      [key(account), lastSeenMs],
    );
  }

  async budget(account: AccountId): Promise<DiscoveryBudget | undefined> {
    const r = await this.#pool.query<{ window_start: number; evaluations: number; lookups: number }>(
      'SELECT window_start, evaluations, lookups FROM discovery_budgets WHERE account_id = $1',
      [key(account)],
    );
    return budgetOf(r.rows[0]);
  }

  async putBudget(account: AccountId, b: DiscoveryBudget): Promise<void> {
    await this.#pool.query(
      `INSERT INTO discovery_budgets (account_id, window_start, evaluations, lookups) VALUES ($1, $2, $3, $4)
       ON CONFLICT (account_id) DO UPDATE SET window_start = excluded.window_start,
         evaluations = excluded.evaluations, lookups = excluded.lookups`,
      [key(account), b.windowStart, b.evaluations, b.lookups],
    );
  }

  async eraseAccount(account: AccountId): Promise<void> {
    const k = key(account);
    await transaction(this.#pool, async (c) => {
      for (const t of PROFILE_TABLES) await c.query(`DELETE FROM ${t} WHERE account_id = $1`, [k]);
    });
  }
}
