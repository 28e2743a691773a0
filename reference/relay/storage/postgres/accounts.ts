/**
 * @module
 * {@link AccountStore} over PostgreSQL (spec/accounts.md): the same rows as
 * the SQLite store (storage/accounts.ts). Registration takes an advisory
 * lock on the phone tag, so two nodes registering one number at once
 * serialize instead of one failing on the unique tag; a device-list change
 * is a compare-and-set on the stored version, which PostgreSQL's row lock
 * makes atomic across nodes.
 */
import type { AccountId, DeviceId } from '../../../wire/ids.ts';
import type { AccountRecord, AccountStore, DeviceRecord } from '../accounts.ts';
import { lockKey, type PgPool, transaction } from './pool.ts';

interface AccountRow {
  account_id: Buffer;
  identity_key: Buffer;
  device_list: Buffer;
  device_list_signature: Buffer;
  device_list_version: number;
  max_device_id: number;
  lock_hash: Buffer | null;
  lock_failures: number;
  lock_blocked_until: number;
  created_at: number;
}

const ACCOUNT_COLUMNS =
  'account_id, identity_key, device_list, device_list_signature, device_list_version, max_device_id, lock_hash, lock_failures, lock_blocked_until, created_at';

function toRecord(r: AccountRow | undefined): AccountRecord | undefined {
  return (
    r && {
      accountId: r.account_id.toString('hex') as AccountId,
      identityKey: r.identity_key,
      deviceList: r.device_list,
      deviceListSignature: r.device_list_signature,
      deviceListVersion: r.device_list_version,
      maxDeviceId: r.max_device_id,
      lockHash: r.lock_hash,
      lockFailures: r.lock_failures,
      lockBlockedUntil: r.lock_blocked_until,
      createdAt: r.created_at,
    }
  );
}

interface DeviceRow {
  device_id: number;
  device_key: Buffer;
  created_at: number;
}

const toDevice = (r: DeviceRow): DeviceRecord => ({
  deviceId: r.device_id as DeviceId,
  deviceKey: r.device_key,
  createdAt: r.created_at,
});

const id = (a: AccountId): Buffer => Buffer.from(a, 'hex');

/** {@link AccountStore} over a PostgreSQL pool. */
export class PgAccountStore implements AccountStore {
  readonly #pool: PgPool;

  constructor(pool: PgPool) {
    this.#pool = pool;
  }

  async byPhoneTag(phoneTag: Buffer): Promise<AccountRecord | undefined> {
    const r = await this.#pool.query<AccountRow>(
      `SELECT ${ACCOUNT_COLUMNS} FROM accounts WHERE phone_tag = $1`,
      [phoneTag],
    );
    return toRecord(r.rows[0]);
  }

  async get(accountId: AccountId): Promise<AccountRecord | undefined> {
    const r = await this.#pool.query<AccountRow>(
      `SELECT ${ACCOUNT_COLUMNS} FROM accounts WHERE account_id = $1`,
      [id(accountId)],
    );
    return toRecord(r.rows[0]);
  }

  async device(accountId: AccountId, deviceId: DeviceId): Promise<DeviceRecord | undefined> {
    const r = await this.#pool.query<DeviceRow>(
      'SELECT device_id, device_key, created_at FROM devices WHERE account_id = $1 AND device_id = $2',
      [id(accountId), deviceId],
    );
    return r.rows[0] && toDevice(r.rows[0]);
  }

  async devices(accountId: AccountId): Promise<DeviceRecord[]> {
    const r = await this.#pool.query<DeviceRow>(
      'SELECT device_id, device_key, created_at FROM devices WHERE account_id = $1 ORDER BY device_id',
      [id(accountId)],
    );
    return r.rows.map(toDevice);
  }

  async register(...[tag, account, primary]: Parameters<AccountStore['register']>): Promise<void> {
    await transaction(this.#pool, async (c) => {
      await c.query('SELECT pg_advisory_xact_lock($1::bigint)', [lockKey(tag)]);
      await c.query('DELETE FROM accounts WHERE phone_tag = $1', [tag]);
      await c.query('DELETE FROM verification_codes WHERE phone_tag = $1', [tag]);
      const aid = id(account.accountId);
      await c.query(
        `INSERT INTO accounts (account_id, phone_tag, identity_key, device_list, device_list_signature,
           device_list_version, max_device_id, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [
          aid,
          tag,
          Buffer.from(account.identityKey),
          Buffer.from(account.list.deviceList),
          Buffer.from(account.list.signature),
          account.list.version,
          account.list.maxDeviceId,
          account.createdAt,
        ],
      );
      await c.query(
        'INSERT INTO devices (account_id, device_id, device_key, created_at) VALUES ($1, $2, $3, $4)',
        [aid, primary.deviceId, Buffer.from(primary.deviceKey), account.createdAt],
      );
    });
  }

  async changeDevices(
    ...[accountId, expectedVersion, list, added, removed]: Parameters<AccountStore['changeDevices']>
  ): Promise<boolean> {
    return transaction(this.#pool, async (c) => {
      const aid = id(accountId);
      const changed = await c.query(
        `UPDATE accounts SET device_list = $1, device_list_signature = $2, device_list_version = $3,
           max_device_id = $4 WHERE account_id = $5 AND device_list_version = $6`,
        [
          Buffer.from(list.deviceList),
          Buffer.from(list.signature),
          list.version,
          list.maxDeviceId,
          aid,
          expectedVersion,
        ],
      );
      if (changed.rowCount !== 1) return false;
      if (removed.length > 0) {
        await c.query('DELETE FROM devices WHERE account_id = $1 AND device_id = ANY($2::int[])', [
          aid,
          [...removed],
        ]);
      }
      for (const d of added) {
        await c.query(
          'INSERT INTO devices (account_id, device_id, device_key, created_at) VALUES ($1, $2, $3, $4)',
          [aid, d.deviceId, Buffer.from(d.deviceKey), d.createdAt],
        );
      }
      return true;
    });
  }

  async setLock(accountId: AccountId, hash: Uint8Array | null): Promise<void> {
    await this.#pool.query(
      'UPDATE accounts SET lock_hash = $1, lock_failures = 0, lock_blocked_until = 0 WHERE account_id = $2',
      [hash ? Buffer.from(hash) : null, id(accountId)],
    );
  }

  async recordLockFailure(accountId: AccountId, blockedUntil: number): Promise<void> {
    await this.#pool.query(
      `UPDATE accounts SET lock_failures = CASE WHEN $1::bigint > 0 THEN 0 ELSE lock_failures + 1 END,
         lock_blocked_until = $1 WHERE account_id = $2`,
      [blockedUntil, id(accountId)],
    );
  }
}
