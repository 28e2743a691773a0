/**
 * @module
 * Accounts and their device lists (spec/accounts.md). An account row holds
 * the phone tag, the identity key, the signed device list exactly as
 * received, and the registration lock hash; the devices table mirrors the
 * list's entries so a device key can be found by (account, device). Every
 * change of the device list updates both in one transaction, so a removed
 * device's tokens and prekeys go in the same commit (foreign-key cascade).
 */
import type Database from 'better-sqlite3';
import type { AccountId, DeviceId } from '../../wire/ids.ts';
import { writeTransaction } from './transaction.ts';

/** What the relay holds for an account (spec/accounts.md §What the relay holds). */
export interface AccountRecord {
  readonly accountId: AccountId;
  readonly identityKey: Buffer;
  /** The encoded DeviceList exactly as signed. */
  readonly deviceList: Buffer;
  readonly deviceListSignature: Buffer;
  readonly deviceListVersion: number;
  /** The highest device id ever used in the account; ids are never reused. */
  readonly maxDeviceId: number;
  /** Encoded scrypt hash of the registration lock PIN, `null` when no lock is set. */
  readonly lockHash: Buffer | null;
  readonly lockFailures: number;
  readonly lockBlockedUntil: number;
  readonly createdAt: number;
}

/** A device of an account. */
export interface DeviceRecord {
  readonly deviceId: DeviceId;
  readonly deviceKey: Buffer;
  readonly createdAt: number;
}

/** A new device list with the entries it adds. */
export interface DeviceListChange {
  readonly deviceList: Uint8Array;
  readonly signature: Uint8Array;
  readonly version: number;
  readonly maxDeviceId: number;
}

/** Storage of accounts and devices (spec/accounts.md). */
export interface AccountStore {
  byPhoneTag(phoneTag: Buffer): Promise<AccountRecord | undefined>;
  get(accountId: AccountId): Promise<AccountRecord | undefined>;
  device(accountId: AccountId, deviceId: DeviceId): Promise<DeviceRecord | undefined>;
  devices(accountId: AccountId): Promise<DeviceRecord[]>;
  /**
   * Create an account with its primary device; in the same transaction,
   * delete any earlier account of the same phone tag (re-registration) and
   * the pending verification code.
   */
  register(
    phoneTag: Buffer,
    account: { accountId: AccountId; identityKey: Uint8Array; list: DeviceListChange; createdAt: number },
    primary: { deviceId: DeviceId; deviceKey: Uint8Array },
  ): Promise<void>;
  /**
   * Replace the device list when the stored version is still `expectedVersion`,
   * adding `added` and removing `removed` devices; false when another change won.
   */
  changeDevices(
    accountId: AccountId,
    expectedVersion: number,
    list: DeviceListChange,
    added: readonly { deviceId: DeviceId; deviceKey: Uint8Array; createdAt: number }[],
    removed: readonly DeviceId[],
  ): Promise<boolean>;
  /** Set (`hash`) or clear (`null`) the registration lock; resets the failure count. */
  setLock(accountId: AccountId, hash: Uint8Array | null): Promise<void>;
  /** Count a wrong PIN; `blockedUntil` > 0 starts a lockout and resets the count. */
  recordLockFailure(accountId: AccountId, blockedUntil: number): Promise<void>;
}

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

const id = (a: AccountId): Buffer => Buffer.from(a, 'hex');

/** {@link AccountStore} over the relay's SQLite database. */
export class SqliteAccountStore implements AccountStore {
  readonly #db: Database.Database;
  readonly #byTag: Database.Statement<[Buffer], AccountRow>;
  readonly #get: Database.Statement<[Buffer], AccountRow>;
  readonly #device: Database.Statement<
    [Buffer, number],
    { device_id: number; device_key: Buffer; created_at: number }
  >;
  readonly #devices: Database.Statement<
    [Buffer],
    { device_id: number; device_key: Buffer; created_at: number }
  >;
  readonly #register: (...args: Parameters<AccountStore['register']>) => void;
  readonly #change: (...args: Parameters<AccountStore['changeDevices']>) => boolean;
  readonly #setLock: Database.Statement<[Buffer | null, Buffer]>;
  readonly #lockFail: Database.Statement<[number, number, Buffer]>;

  constructor(db: Database.Database) {
    this.#db = db;
    this.#byTag = db.prepare(`SELECT ${ACCOUNT_COLUMNS} FROM accounts WHERE phone_tag = ?`);
    this.#get = db.prepare(`SELECT ${ACCOUNT_COLUMNS} FROM accounts WHERE account_id = ?`);
    this.#device = db.prepare(
      'SELECT device_id, device_key, created_at FROM devices WHERE account_id = ? AND device_id = ?',
    );
    this.#devices = db.prepare(
      'SELECT device_id, device_key, created_at FROM devices WHERE account_id = ? ORDER BY device_id',
    );
    const deleteByTag = db.prepare('DELETE FROM accounts WHERE phone_tag = ?');
    const deleteCode = db.prepare('DELETE FROM verification_codes WHERE phone_tag = ?');
    const insertAccount = db.prepare(
      `INSERT INTO accounts (account_id, phone_tag, identity_key, device_list, device_list_signature,
         device_list_version, max_device_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const insertDevice = db.prepare(
      'INSERT INTO devices (account_id, device_id, device_key, created_at) VALUES (?, ?, ?, ?)',
    );
    const deleteDevice = db.prepare('DELETE FROM devices WHERE account_id = ? AND device_id = ?');
    const updateList = db.prepare(
      `UPDATE accounts SET device_list = ?, device_list_signature = ?, device_list_version = ?, max_device_id = ?
       WHERE account_id = ? AND device_list_version = ?`,
    );
    this.#register = writeTransaction(db, (tag, account, primary) => {
      deleteByTag.run(tag);
      deleteCode.run(tag);
      const aid = id(account.accountId);
      insertAccount.run(
        aid,
        tag,
        Buffer.from(account.identityKey),
        Buffer.from(account.list.deviceList),
        Buffer.from(account.list.signature),
        account.list.version,
        account.list.maxDeviceId,
        account.createdAt,
      );
      insertDevice.run(aid, primary.deviceId, Buffer.from(primary.deviceKey), account.createdAt);
    });
    this.#change = writeTransaction(db, (accountId, expectedVersion, list, added, removed) => {
      const aid = id(accountId);
      const changed = updateList.run(
        Buffer.from(list.deviceList),
        Buffer.from(list.signature),
        list.version,
        list.maxDeviceId,
        aid,
        expectedVersion,
      ).changes;
      if (changed !== 1) return false;
      for (const d of removed) deleteDevice.run(aid, d);
      for (const d of added) insertDevice.run(aid, d.deviceId, Buffer.from(d.deviceKey), d.createdAt);
      return true;
    });
    this.#setLock = db.prepare(
      'UPDATE accounts SET lock_hash = ?, lock_failures = 0, lock_blocked_until = 0 WHERE account_id = ?',
    );
    this.#lockFail = db.prepare(
      `UPDATE accounts SET lock_failures = CASE WHEN ? > 0 THEN 0 ELSE lock_failures + 1 END,
         lock_blocked_until = ? WHERE account_id = ?`,
    );
  }

  async byPhoneTag(phoneTag: Buffer): Promise<AccountRecord | undefined> {
    return toRecord(this.#byTag.get(phoneTag));
  }

  async get(accountId: AccountId): Promise<AccountRecord | undefined> {
    return toRecord(this.#get.get(id(accountId)));
  }

  async device(accountId: AccountId, deviceId: DeviceId): Promise<DeviceRecord | undefined> {
    const r = this.#device.get(id(accountId), deviceId);
    return r && { deviceId: r.device_id as DeviceId, deviceKey: r.device_key, createdAt: r.created_at };
  }

  async devices(accountId: AccountId): Promise<DeviceRecord[]> {
    return this.#devices
      .all(id(accountId))
      .map((r) => ({ deviceId: r.device_id as DeviceId, deviceKey: r.device_key, createdAt: r.created_at }));
  }

  async register(...args: Parameters<AccountStore['register']>): Promise<void> {
    this.#register(...args);
  }

  async changeDevices(...args: Parameters<AccountStore['changeDevices']>): Promise<boolean> {
    return this.#change(...args);
  }

  async setLock(accountId: AccountId, hash: Uint8Array | null): Promise<void> {
    this.#setLock.run(hash ? Buffer.from(hash) : null, id(accountId));
  }

  async recordLockFailure(accountId: AccountId, blockedUntil: number): Promise<void> {
    this.#lockFail.run(blockedUntil, blockedUntil, id(accountId));
  }

  /** For tests and the operator: the database this store writes to. */
  get database(): Database.Database {
    return this.#db;
  }
}
