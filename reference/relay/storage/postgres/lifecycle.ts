/**
 * @module
 * {@link LifecycleStore} over PostgreSQL (spec/lifecycle.md §Storage,
 * spec/deployment.md): activity days, consent and push tokens in the shared
 * database, and the statements that end identity rows (change of number,
 * device removal, account deletion) run there, where those rows live. Every
 * other concern's rows are in the same database and go through that
 * concern's eraser; {@link PgLifecycleStore.compact} still checkpoints the
 * node's SQLite file, and the inventory counts the account's rows in both
 * (the node's file holds none when every store is on PostgreSQL).
 */
import type Database from 'better-sqlite3';
import type { AccountId, DeviceId } from '../../../wire/ids.ts';
import { accountTables, INVENTORY_FORMAT, type Inventory } from '../../lifecycle/inventory.ts';
import { phoneTag } from '../identifierKey.ts';
import { type ConsentRecord, DAY_MS, type LifecycleStore, type NumberChange } from '../lifecycle.ts';
import { liveTables } from './migrations.ts';
import { type PgPool, Rollback, transaction } from './pool.ts';

const id = (a: AccountId): Buffer => Buffer.from(a, 'hex');
const encodeUses = (uses: readonly string[]): string => [...uses].sort().join(',');
const decodeUses = (text: string): string[] => (text === '' ? [] : text.split(','));
const date = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** {@link LifecycleStore} over the cluster's PostgreSQL database, with the node's SQLite file for the rest. */
export class PgLifecycleStore implements LifecycleStore {
  readonly #pool: PgPool;
  readonly #db: Database.Database | undefined;

  /** `db` is the node's own SQLite file (the concerns not yet on PostgreSQL), if any. */
  constructor(pool: PgPool, db?: Database.Database) {
    this.#pool = pool;
    this.#db = db;
  }

  async touch(accountId: AccountId, day: number): Promise<void> {
    await this.#pool.query(
      `INSERT INTO lifecycle_accounts (account_id, last_active_day) SELECT account_id, $1 FROM accounts WHERE account_id = $2
       ON CONFLICT (account_id) DO UPDATE SET last_active_day = greatest(lifecycle_accounts.last_active_day, excluded.last_active_day)`,
      [day, id(accountId)],
    );
  }

  async lastActiveDay(accountId: AccountId): Promise<number | undefined> {
    const r = await this.#pool.query<{ last_active_day: number }>(
      'SELECT last_active_day FROM lifecycle_accounts WHERE account_id = $1',
      [id(accountId)],
    );
    return r.rows[0]?.last_active_day;
  }

  async inactiveBefore(day: number, limit: number): Promise<AccountId[]> {
    const r = await this.#pool.query<{ account_id: Buffer }>(
      'SELECT account_id FROM lifecycle_accounts WHERE last_active_day < $1 ORDER BY last_active_day LIMIT $2',
      [day, limit],
    );
    return r.rows.map((row) => row.account_id.toString('hex') as AccountId);
  }

  async pushTokensInactiveBefore(day: number): Promise<{ gateway: string; token: Uint8Array }[]> {
    const r = await this.#pool.query<{ gateway: string; token: Buffer }>(
      `SELECT p.gateway, p.token FROM push_tokens p JOIN lifecycle_accounts l ON l.account_id = p.account_id
       WHERE l.last_active_day < $1`,
      [day],
    );
    return r.rows.map((row) => ({ gateway: row.gateway, token: new Uint8Array(row.token) }));
  }

  async consent(accountId: AccountId): Promise<ConsentRecord> {
    const r = await this.#pool.query<{ policy_version: number; declined_uses: string }>(
      'SELECT policy_version, declined_uses FROM lifecycle_accounts WHERE account_id = $1',
      [id(accountId)],
    );
    const row = r.rows[0];
    return { acceptedVersion: row?.policy_version ?? 0, declinedUses: decodeUses(row?.declined_uses ?? '') };
  }

  async setConsent(accountId: AccountId, consent: ConsentRecord): Promise<void> {
    await this.#pool.query(
      'UPDATE lifecycle_accounts SET policy_version = $1, declined_uses = $2 WHERE account_id = $3',
      [consent.acceptedVersion, encodeUses(consent.declinedUses), id(accountId)],
    );
  }

  async setPushToken(
    accountId: AccountId,
    deviceId: DeviceId,
    gateway: string,
    token: Uint8Array,
  ): Promise<void> {
    await transaction(this.#pool, async (c) => {
      await c.query('DELETE FROM push_tokens WHERE account_id = $1 AND device_id = $2', [
        id(accountId),
        deviceId,
      ]);
      // A token belongs to one installation: a second registration moves it.
      await c.query('DELETE FROM push_tokens WHERE gateway = $1 AND token = $2', [
        gateway,
        Buffer.from(token),
      ]);
      await c.query(
        'INSERT INTO push_tokens (gateway, token, account_id, device_id) VALUES ($1, $2, $3, $4)',
        [gateway, Buffer.from(token), id(accountId), deviceId],
      );
    });
  }

  async clearPushToken(accountId: AccountId, deviceId: DeviceId): Promise<void> {
    await this.#pool.query('DELETE FROM push_tokens WHERE account_id = $1 AND device_id = $2', [
      id(accountId),
      deviceId,
    ]);
  }

  async deviceOfPushToken(
    gateway: string,
    token: Uint8Array,
  ): Promise<{ accountId: AccountId; deviceId: DeviceId } | undefined> {
    const r = await this.#pool.query<{ account_id: Buffer; device_id: number }>(
      'SELECT account_id, device_id FROM push_tokens WHERE gateway = $1 AND token = $2',
      [gateway, Buffer.from(token)],
    );
    const row = r.rows[0];
    return (
      row && { accountId: row.account_id.toString('hex') as AccountId, deviceId: row.device_id as DeviceId }
    );
  }

  async changeNumber(accountId: AccountId, newTag: Buffer): Promise<NumberChange> {
    return transaction(this.#pool, async (c) => {
      const current = await c.query<{ phone_tag: Buffer }>(
        'SELECT phone_tag FROM accounts WHERE account_id = $1 FOR UPDATE',
        [id(accountId)],
      );
      const tag = current.rows[0]?.phone_tag;
      if (!tag) return 'no-account';
      if (tag.equals(newTag)) return 'unchanged';
      const holder = await c.query('SELECT 1 FROM accounts WHERE phone_tag = $1', [newTag]);
      if ((holder.rowCount ?? 0) > 0) throw new Rollback<NumberChange>('taken');
      // Another node registering the new number at this moment fails on the unique tag (23505): taken.
      try {
        await c.query('UPDATE accounts SET phone_tag = $1 WHERE account_id = $2', [newTag, id(accountId)]);
      } catch (e) {
        if ((e as { code?: string }).code === '23505') throw new Rollback<NumberChange>('taken');
        throw e;
      }
      await c.query('DELETE FROM verification_codes WHERE phone_tag = $1 OR phone_tag = $2', [tag, newTag]);
      return 'changed';
    });
  }

  async removeDevice(accountId: AccountId, deviceId: DeviceId): Promise<void> {
    await this.#pool.query('DELETE FROM devices WHERE account_id = $1 AND device_id = $2', [
      id(accountId),
      deviceId,
    ]);
  }

  async forgetAccount(accountId: AccountId): Promise<void> {
    await transaction(this.#pool, async (c) => {
      await c.query('DELETE FROM push_tokens WHERE account_id = $1', [id(accountId)]);
      await c.query('DELETE FROM lifecycle_accounts WHERE account_id = $1', [id(accountId)]);
    });
  }

  async forgetDiscovery(accountId: AccountId): Promise<void> {
    await this.#pool.query('DELETE FROM discovery_index WHERE account_id = $1', [id(accountId)]);
  }

  async deleteAccount(accountId: AccountId): Promise<void> {
    await transaction(this.#pool, async (c) => {
      const r = await c.query<{ phone_tag: Buffer }>('SELECT phone_tag FROM accounts WHERE account_id = $1', [
        id(accountId),
      ]);
      const tag = r.rows[0]?.phone_tag;
      if (tag) await c.query('DELETE FROM verification_codes WHERE phone_tag = $1', [tag]);
      await c.query('DELETE FROM link_tokens WHERE account_id = $1', [id(accountId)]);
      // Devices, tokens, prekeys, the discovery entry, lifecycle rows and push
      // tokens go with the account row through ON DELETE CASCADE; the queues
      // are erased device by device (spec/lifecycle.md §Erasure).
      await c.query('DELETE FROM accounts WHERE account_id = $1', [id(accountId)]);
    });
  }

  async compact(): Promise<void> {
    // PostgreSQL's own files keep erased rows until vacuum and checkpoint (spec/deployment.md
    // §Erased rows); the node's SQLite file is checkpointed as on a single node.
    this.#db?.pragma('wal_checkpoint(TRUNCATE)');
  }

  async inventory(identifierKey: Buffer, e164: string): Promise<Inventory> {
    const tag = phoneTag(identifierKey, e164);
    const q = async <R>(sql: string, params: unknown[]): Promise<R[]> =>
      (await this.#pool.query(sql, params)).rows as R[];
    const pendingVerificationCode =
      (await q('SELECT 1 FROM verification_codes WHERE phone_tag = $1', [tag])).length > 0;
    const [account] = await q<{
      account_id: Buffer;
      identity_key: Buffer;
      device_list_version: number;
      locked: boolean;
      created_at: number;
    }>(
      `SELECT account_id, identity_key, device_list_version, lock_hash IS NOT NULL AS locked, created_at
       FROM accounts WHERE phone_tag = $1`,
      [tag],
    );
    if (!account) return { format: INVENTORY_FORMAT, registered: false, pendingVerificationCode };
    const aid = account.account_id;
    const devices = await q<{ device_id: number; created_at: number; push: boolean }>(
      `SELECT d.device_id, d.created_at, p.token IS NOT NULL AS push
       FROM devices d LEFT JOIN push_tokens p ON p.account_id = d.account_id AND p.device_id = d.device_id
       WHERE d.account_id = $1 ORDER BY d.device_id`,
      [aid],
    );
    const [life] = await q<{ last_active_day: number; policy_version: number; declined_uses: string }>(
      'SELECT last_active_day, policy_version, declined_uses FROM lifecycle_accounts WHERE account_id = $1',
      [aid],
    );
    // Every table with an account_id column, in PostgreSQL and in the node's SQLite file.
    const tables: Record<string, number> = {};
    const pgTables = await q<{ table_name: string }>(
      `SELECT table_name FROM information_schema.columns
       WHERE table_schema = current_schema() AND column_name = 'account_id' ORDER BY table_name`,
      [],
    );
    const live = new Set(await liveTables(this.#pool));
    for (const { table_name: t } of pgTables) {
      if (!live.has(t)) continue;
      const [row] = await q<{ n: number }>(`SELECT count(*)::int AS n FROM "${t}" WHERE account_id = $1`, [
        aid,
      ]);
      tables[t] = row?.n ?? 0;
    }
    if (this.#db) {
      for (const t of accountTables(this.#db)) {
        if (t in tables) continue;
        const row = this.#db
          .prepare(`SELECT count(*) AS n FROM ${JSON.stringify(t)} WHERE account_id = ?`)
          .get(aid);
        tables[t] = (row as { n: number }).n;
      }
    }
    const [queued] = await q<{ n: number }>(
      `SELECT count(*)::int AS n FROM delivery_envelopes e JOIN delivery_devices d ON e.queue = d.queue
       WHERE d.account_id = $1`,
      [aid],
    );
    return {
      format: INVENTORY_FORMAT,
      registered: true,
      pendingVerificationCode,
      accountId: aid.toString('hex'),
      identityKey: account.identity_key.toString('hex'),
      registrationDate: date(account.created_at),
      lastActivityDate: life ? date(life.last_active_day * DAY_MS) : null,
      deviceCount: devices.length,
      devices: devices.map((d) => ({
        deviceId: d.device_id,
        linkedDate: date(d.created_at),
        pushToken: d.push,
      })),
      deviceListVersion: account.device_list_version,
      registrationLock: account.locked,
      discoverable: (tables.discovery_index ?? 0) > 0,
      policyVersionAccepted: life?.policy_version ?? 0,
      declinedUses: life ? decodeUses(life.declined_uses) : [],
      groupCount: tables.group_members ?? 0,
      queuedEnvelopes: queued?.n ?? 0,
      tables,
    };
  }
}
