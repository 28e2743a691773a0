/**
 * @module
 * The PostgreSQL schema of a multi-node relay (spec/deployment.md §Engines),
 * mirroring the SQLite migrations of storage/sqlite.ts table for table, so
 * that one store module per concern reads the same rows under either
 * engine. Migrations run in one transaction under an advisory lock, so
 * several relay nodes starting at once apply each step exactly once; they
 * run when a node starts and by `deftalk-relay migrate --store URL`.
 *
 * Storage choices that carry privacy weight:
 * - `delivery_envelopes.envelope` is stored EXTERNAL (out of line,
 *   uncompressed): ciphertext does not compress, and a TOAST chunk is a
 *   whole row of its own that one DELETE removes with the envelope.
 * - The delivery tables vacuum after 1,000 dead rows regardless of table
 *   size (autovacuum_vacuum_scale_factor = 0), so the heap space of erased
 *   envelopes is reclaimed within about one autovacuum naptime of a busy
 *   minute; spec/deployment.md §Erased rows explains what that does and
 *   does not remove.
 */
import type { PgPool } from './pool.ts';
import { transaction } from './pool.ts';

/** Advisory-lock key that serializes migrations across nodes ("DefTalk!" in ASCII). */
const MIGRATION_LOCK = '4928457879824657185';

/** Schema steps, applied in order; index + 1 is the schema version. */
export const PG_MIGRATIONS: readonly string[] = [
  `CREATE TABLE meta (key text PRIMARY KEY, value text NOT NULL)`,
  // 2: identity (spec/registration.md, accounts.md, auth.md, keys.md); same
  // columns as SQLite migration 2. Only keyed hashes, scrypt hashes and
  // SHA-256 digests of numbers, codes, PINs and tokens (REQ-REG-012, REQ-AUTH-007).
  `CREATE TABLE accounts (
     account_id bytea PRIMARY KEY,
     phone_tag bytea NOT NULL UNIQUE,
     identity_key bytea NOT NULL,
     device_list bytea NOT NULL,
     device_list_signature bytea NOT NULL,
     device_list_version integer NOT NULL,
     max_device_id integer NOT NULL,
     lock_hash bytea,
     lock_failures integer NOT NULL DEFAULT 0,
     lock_blocked_until bigint NOT NULL DEFAULT 0,
     created_at bigint NOT NULL
   );
   CREATE TABLE devices (
     account_id bytea NOT NULL REFERENCES accounts(account_id) ON DELETE CASCADE,
     device_id integer NOT NULL,
     device_key bytea NOT NULL,
     created_at bigint NOT NULL,
     PRIMARY KEY (account_id, device_id)
   );
   CREATE TABLE verification_codes (
     phone_tag bytea PRIMARY KEY,
     code_hash bytea,
     expires_at bigint NOT NULL,
     attempts integer NOT NULL,
     sent_at bigint NOT NULL
   );
   CREATE INDEX verification_codes_by_expiry ON verification_codes(expires_at);
   CREATE TABLE auth_challenges (nonce_hash bytea PRIMARY KEY, expires_at bigint NOT NULL);
   CREATE INDEX auth_challenges_by_expiry ON auth_challenges(expires_at);
   CREATE TABLE auth_tokens (
     token_hash bytea PRIMARY KEY,
     account_id bytea NOT NULL,
     device_id integer NOT NULL,
     expires_at bigint NOT NULL,
     FOREIGN KEY (account_id, device_id) REFERENCES devices(account_id, device_id) ON DELETE CASCADE
   );
   CREATE INDEX auth_tokens_by_device ON auth_tokens(account_id, device_id);
   CREATE INDEX auth_tokens_by_expiry ON auth_tokens(expires_at);
   CREATE TABLE link_tokens (
     token_hash bytea PRIMARY KEY,
     account_id bytea NOT NULL REFERENCES accounts(account_id) ON DELETE CASCADE,
     expires_at bigint NOT NULL
   );
   CREATE INDEX link_tokens_by_account ON link_tokens(account_id);
   CREATE TABLE provisioning (
     provisioning_id bytea PRIMARY KEY,
     envelope bytea,
     expires_at bigint NOT NULL
   );
   CREATE TABLE signed_prekeys (
     account_id bytea NOT NULL,
     device_id integer NOT NULL,
     key_id integer NOT NULL,
     public_key bytea NOT NULL,
     signature bytea NOT NULL,
     PRIMARY KEY (account_id, device_id),
     FOREIGN KEY (account_id, device_id) REFERENCES devices(account_id, device_id) ON DELETE CASCADE
   );
   CREATE TABLE one_time_prekeys (
     account_id bytea NOT NULL,
     device_id integer NOT NULL,
     key_id integer NOT NULL,
     public_key bytea NOT NULL,
     PRIMARY KEY (account_id, device_id, key_id),
     FOREIGN KEY (account_id, device_id) REFERENCES devices(account_id, device_id) ON DELETE CASCADE
   );
   CREATE TABLE kem_prekeys (
     account_id bytea NOT NULL,
     device_id integer NOT NULL,
     key_id integer NOT NULL,
     public_key bytea NOT NULL,
     signature bytea NOT NULL,
     last_resort boolean NOT NULL,
     PRIMARY KEY (account_id, device_id, key_id),
     FOREIGN KEY (account_id, device_id) REFERENCES devices(account_id, device_id) ON DELETE CASCADE
   );
   CREATE UNIQUE INDEX kem_prekeys_last_resort ON kem_prekeys(account_id, device_id) WHERE last_resort;`,
  // 3: delivery queues and sender sequence marks (spec/delivery.md §Storage).
  // Positions are counted per queue under the queue row's lock, so they
  // commit in order across nodes (postgres/delivery.ts).
  `CREATE TABLE delivery_devices (
     queue bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
     account_id bytea NOT NULL,
     device_id integer NOT NULL,
     last_accepted bigint NOT NULL DEFAULT 0,
     next_position bigint NOT NULL DEFAULT 1,
     UNIQUE (account_id, device_id)
   );
   CREATE TABLE delivery_envelopes (
     queue bigint NOT NULL REFERENCES delivery_devices(queue) ON DELETE CASCADE,
     position bigint NOT NULL,
     expires_at bigint NOT NULL,
     envelope bytea NOT NULL,
     PRIMARY KEY (queue, position)
   ) WITH (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 1000);
   ALTER TABLE delivery_envelopes ALTER COLUMN envelope SET STORAGE EXTERNAL;
   CREATE INDEX delivery_envelopes_by_expiry ON delivery_envelopes(expires_at);`,
  // 4: the discovery index (spec/discovery.md §Discovery index).
  `CREATE TABLE discovery_index (
     account_id bytea PRIMARY KEY REFERENCES accounts(account_id) ON DELETE CASCADE,
     prf_output bytea NOT NULL UNIQUE
   )`,
  // 5: lifecycle (spec/lifecycle.md §Storage): activity day and consent per
  // account, push tokens per device; same columns as the SQLite lifecycle slot.
  `CREATE TABLE lifecycle_accounts (
     account_id bytea PRIMARY KEY REFERENCES accounts(account_id) ON DELETE CASCADE,
     last_active_day integer NOT NULL,
     policy_version integer NOT NULL DEFAULT 0,
     declined_uses text NOT NULL DEFAULT ''
   );
   CREATE INDEX lifecycle_accounts_by_day ON lifecycle_accounts(last_active_day);
   INSERT INTO lifecycle_accounts (account_id, last_active_day)
     SELECT account_id, created_at / 86400000 FROM accounts;
   CREATE TABLE push_tokens (
     gateway text NOT NULL,
     token bytea NOT NULL,
     account_id bytea NOT NULL,
     device_id integer NOT NULL,
     PRIMARY KEY (gateway, token),
     UNIQUE (account_id, device_id),
     FOREIGN KEY (account_id, device_id) REFERENCES devices(account_id, device_id) ON DELETE CASCADE
   )`,
  // 6: groups (spec/groups.md §Storage); same columns as the SQLite groups
  // slot. A change locks its group row (postgres/groups.ts), so two nodes
  // changing one group at once cannot both succeed against one version.
  `CREATE TABLE groups (
     group_id bytea PRIMARY KEY,
     version integer NOT NULL,
     joins integer NOT NULL
   );
   CREATE TABLE group_members (
     group_id bytea NOT NULL REFERENCES groups(group_id) ON DELETE CASCADE,
     account_id bytea NOT NULL REFERENCES accounts(account_id) ON DELETE CASCADE,
     admin boolean NOT NULL,
     joined integer NOT NULL,
     PRIMARY KEY (group_id, account_id)
   );
   CREATE INDEX group_members_by_account ON group_members(account_id, group_id)`,
  // 7: profiles, presence setting and last seen, number epochs, discovery
  // budgets (spec/profiles.md §Storage, spec/presence.md §Storage); same
  // columns as the SQLite profiles slot. A photo is stored out of line, so
  // the row one DELETE removes holds all of its bytes.
  `CREATE TABLE profiles (
     account_id bytea PRIMARY KEY REFERENCES accounts(account_id) ON DELETE CASCADE,
     name text NOT NULL,
     about text NOT NULL
   );
   CREATE TABLE profile_photos (
     account_id bytea PRIMARY KEY REFERENCES accounts(account_id) ON DELETE CASCADE,
     media_type text NOT NULL,
     photo bytea NOT NULL
   );
   ALTER TABLE profile_photos ALTER COLUMN photo SET STORAGE EXTERNAL;
   CREATE TABLE contact_number_epochs (
     account_id bytea PRIMARY KEY REFERENCES accounts(account_id) ON DELETE CASCADE,
     epoch integer NOT NULL
   );
   CREATE TABLE presence (
     account_id bytea PRIMARY KEY REFERENCES accounts(account_id) ON DELETE CASCADE,
     hidden boolean NOT NULL,
     last_seen_ms bigint NOT NULL
   );
   CREATE TABLE discovery_budgets (
     account_id bytea PRIMARY KEY REFERENCES accounts(account_id) ON DELETE CASCADE,
     window_start bigint NOT NULL,
     evaluations integer NOT NULL,
     lookups integer NOT NULL
   )`,
  // 8: the per-account sync record (spec/sync.md §Storage); written under a
  // compare-and-swap on the version in one statement (postgres/sync.ts).
  `CREATE TABLE sync_records (
     account_id bytea PRIMARY KEY REFERENCES accounts(account_id) ON DELETE CASCADE,
     version integer NOT NULL,
     ciphertext bytea NOT NULL
   );
   ALTER TABLE sync_records ALTER COLUMN ciphertext SET STORAGE EXTERNAL`,
  // 9: feedback records (spec/website.md §Feedback storage); \`arrival\`
  // orders records of one day as SQLite's rowid does.
  `CREATE TABLE feedback (
     arrival bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
     feedback_id text NOT NULL UNIQUE,
     received_day integer NOT NULL,
     name text NOT NULL,
     email text NOT NULL,
     message text NOT NULL
   )`,
  // 10: advertising opt-ins, unsubscribe token digests, relay notices
  // (spec/advertising.md §Storage); same columns as the SQLite slot.
  `CREATE TABLE ads_subscriptions (
     account_id bytea PRIMARY KEY,
     country text NOT NULL,
     language text NOT NULL,
     opted_in_day integer NOT NULL
   );
   CREATE TABLE ads_unsubscribe_tokens (
     token_digest bytea PRIMARY KEY,
     account_id bytea NOT NULL,
     issued_at bigint NOT NULL,
     expires_at bigint NOT NULL
   );
   CREATE INDEX ads_unsubscribe_tokens_by_account ON ads_unsubscribe_tokens(account_id, issued_at);
   CREATE TABLE relay_notices (
     account_id bytea NOT NULL,
     notice_id text NOT NULL,
     text text NOT NULL,
     queued_at bigint NOT NULL,
     PRIMARY KEY (account_id, notice_id)
   );
   CREATE INDEX relay_notices_by_time ON relay_notices(queued_at)`,
];

/** The schema version {@link migrate} brings a database to. */
export const PG_SCHEMA_VERSION = PG_MIGRATIONS.length;

/**
 * Bring the database's schema up to date; resolves with the versions before
 * and after. Refuses a database whose schema is newer than this relay knows
 * (a node older than the cluster must not write to it).
 */
export async function migrate(pool: PgPool): Promise<{ from: number; to: number }> {
  return transaction(pool, async (c) => {
    await c.query('SELECT pg_advisory_xact_lock($1::bigint)', [MIGRATION_LOCK]);
    await c.query('CREATE TABLE IF NOT EXISTS deftalk_schema (version integer NOT NULL)');
    const r = await c.query<{ version: number }>('SELECT version FROM deftalk_schema');
    const from = r.rows[0]?.version ?? 0;
    if (from > PG_MIGRATIONS.length) {
      throw new RangeError(
        `the PostgreSQL schema is version ${from}; this relay knows ${PG_MIGRATIONS.length}`,
      );
    }
    for (let v = from; v < PG_MIGRATIONS.length; v++) await c.query(PG_MIGRATIONS[v]!);
    if (r.rows.length === 0) {
      await c.query('INSERT INTO deftalk_schema (version) VALUES ($1)', [PG_MIGRATIONS.length]);
    } else {
      await c.query('UPDATE deftalk_schema SET version = $1', [PG_MIGRATIONS.length]);
    }
    return { from, to: PG_MIGRATIONS.length };
  });
}

/**
 * The relay's live tables, for the test-hooks dump and the erasure tests:
 * every base table of the current schema.
 */
export async function liveTables(pool: PgPool): Promise<string[]> {
  const r = await pool.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables
     WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  return r.rows.map((row) => row.name);
}
