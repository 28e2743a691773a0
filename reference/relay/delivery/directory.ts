/**
 * @module
 * The device directory as delivery sees it (spec/delivery.md §Device sets):
 * for an account, its current device ids and the highest device id it ever
 * assigned. Device ids are never reused within an account
 * (spec/accounts.md §Identifiers), so an id at or below that mark that is
 * not current names a removed device: a stale one.
 */
import type Database from 'better-sqlite3';
import type { AccountId, DeviceId } from '../../wire/ids.ts';
import { type AccountStore, SqliteAccountStore } from '../storage/accounts.ts';

/** An account's devices (spec/delivery.md §Device sets). */
export interface AccountDevices {
  readonly current: ReadonlySet<DeviceId>;
  /** Highest device id ever assigned in the account. */
  readonly maxDeviceId: number;
}

/** Where delivery reads device lists from; the identity storage answers it. */
export interface DeviceDirectory {
  /** The account's devices, or undefined when the account does not exist. */
  devicesOf(accountId: AccountId): Promise<AccountDevices | undefined>;
}

/**
 * The directory over the identity chapter's {@link AccountStore}
 * (spec/accounts.md). Over the SQLite store it is cached (see
 * {@link CachedDeviceDirectory}): the device-set check of every send reads
 * the lists of two accounts, and reading them from the tables took a fifth
 * of the relay's CPU in the full delivery cycle (bench/README.md).
 */
export function accountStoreDirectory(accounts: AccountStore): DeviceDirectory {
  const direct: DeviceDirectory = {
    async devicesOf(accountId) {
      const account = await accounts.get(accountId);
      if (!account) return undefined;
      const devices = await accounts.devices(accountId);
      return { current: new Set(devices.map((d) => d.deviceId)), maxDeviceId: account.maxDeviceId };
    },
  };
  if (!(accounts instanceof SqliteAccountStore)) return direct;
  const cached = new CachedDeviceDirectory(direct);
  invalidateOnChange(accounts.database, cached);
  return cached;
}

/** Accounts a {@link CachedDeviceDirectory} remembers at most (the oldest entry goes first). */
export const DIRECTORY_CACHE_ENTRIES = 50_000;

/**
 * A {@link DeviceDirectory} that remembers each account's devices (or its
 * absence) until {@link CachedDeviceDirectory.invalidate} is called for it.
 * Correct only when every change of an account row or of its device rows
 * invalidates the account, as {@link invalidateOnChange} arranges inside the
 * database itself. A read that an invalidation overtakes is returned but not
 * remembered.
 */
export class CachedDeviceDirectory implements DeviceDirectory {
  readonly #inner: DeviceDirectory;
  readonly #max: number;
  readonly #entries = new Map<AccountId, AccountDevices | undefined>();
  /** Bumped by every invalidation. */
  #epoch = 0;

  constructor(inner: DeviceDirectory, maxEntries = DIRECTORY_CACHE_ENTRIES) {
    this.#inner = inner;
    this.#max = maxEntries;
  }

  /** Accounts remembered now. */
  get size(): number {
    return this.#entries.size;
  }

  async devicesOf(accountId: AccountId): Promise<AccountDevices | undefined> {
    if (this.#entries.has(accountId)) return this.#entries.get(accountId);
    const epoch = this.#epoch;
    const found = await this.#inner.devicesOf(accountId);
    if (epoch === this.#epoch) {
      if (this.#entries.size >= this.#max) {
        const oldest = this.#entries.keys().next();
        if (!oldest.done) this.#entries.delete(oldest.value);
      }
      this.#entries.set(accountId, found);
    }
    return found;
  }

  /** Forget `accountId` (its row or device rows changed), or every account when absent. */
  invalidate(accountId?: AccountId): void {
    this.#epoch++;
    if (accountId === undefined) this.#entries.clear();
    else this.#entries.delete(accountId);
  }
}

let nextTriggerSet = 1;

/**
 * Invalidate `directory` from inside `db`: TEMP triggers (this connection
 * only, gone when it closes) on every insert, delete and update of
 * `accounts` and `devices` call a function that forgets the account. Any
 * code path that changes a device list (registration, linking, removal,
 * account deletion and its cascades) passes through them, so the cache needs
 * no cooperation from the identity plugins.
 */
export function invalidateOnChange(db: Database.Database, directory: CachedDeviceDirectory): void {
  const fn = `deftalk_directory_changed_${nextTriggerSet++}`;
  db.function(fn, { deterministic: false }, (accountId: unknown) => {
    if (Buffer.isBuffer(accountId)) directory.invalidate(accountId.toString('hex') as AccountId);
    else directory.invalidate();
    return null;
  });
  const triggers: [string, string, string][] = [
    ['accounts', 'INSERT', `SELECT ${fn}(NEW.account_id);`],
    ['accounts', 'DELETE', `SELECT ${fn}(OLD.account_id);`],
    [
      'accounts',
      'UPDATE OF account_id, max_device_id',
      `SELECT ${fn}(OLD.account_id); SELECT ${fn}(NEW.account_id);`,
    ],
    ['devices', 'INSERT', `SELECT ${fn}(NEW.account_id);`],
    ['devices', 'DELETE', `SELECT ${fn}(OLD.account_id);`],
    ['devices', 'UPDATE', `SELECT ${fn}(OLD.account_id); SELECT ${fn}(NEW.account_id);`],
  ];
  triggers.forEach(([table, event, body], i) => {
    db.exec(`CREATE TEMP TRIGGER ${fn}_${i} AFTER ${event} ON main.${table} BEGIN ${body} END`);
  });
}
