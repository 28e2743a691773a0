/**
 * @module
 * The device directory as delivery sees it (spec/delivery.md §Device sets):
 * for an account, its current device ids and the highest device id it ever
 * assigned. Device ids are never reused within an account
 * (spec/accounts.md §Identifiers), so an id at or below that mark that is
 * not current names a removed device: a stale one.
 */
import type { AccountId, DeviceId } from '../../wire/ids.ts';
import type { AccountStore } from '../storage/accounts.ts';

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

/** The directory over the identity chapter's {@link AccountStore} (spec/accounts.md). */
export function accountStoreDirectory(accounts: AccountStore): DeviceDirectory {
  return {
    async devicesOf(accountId) {
      const account = await accounts.get(accountId);
      if (!account) return undefined;
      const devices = await accounts.devices(accountId);
      return { current: new Set(devices.map((d) => d.deviceId)), maxDeviceId: account.maxDeviceId };
    },
  };
}
