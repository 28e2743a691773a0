/**
 * @module
 * Fan-out check (spec/delivery.md §Device sets): a send must carry exactly
 * one copy for every current device of the destination account and for
 * every other current device of the sender's account, and nothing else.
 * The check answers the three lists the sender needs to correct its send.
 */
import { DefTalkError } from '../../errors/index.ts';
import { addressKey, type DeliveryAddress, type DeviceMismatch, type Send } from '../../wire/delivery.ts';
import type { AccountId, DeviceId } from '../../wire/ids.ts';
import type { AccountDevices, DeviceDirectory } from './directory.ts';

/** Device lists read once per batch: one send batch sees one state of each list. */
export class DirectorySnapshot {
  readonly #directory: DeviceDirectory;
  readonly #cache = new Map<AccountId, Promise<AccountDevices | undefined>>();

  constructor(directory: DeviceDirectory) {
    this.#directory = directory;
  }

  devicesOf(accountId: AccountId): Promise<AccountDevices | undefined> {
    let p = this.#cache.get(accountId);
    if (!p) {
      p = this.#directory.devicesOf(accountId);
      this.#cache.set(accountId, p);
    }
    return p;
  }
}

/**
 * Check a send's device set (spec/delivery.md §Device sets, steps 1-4).
 * Returns undefined when it matches, the mismatch otherwise; throws
 * UNKNOWN_RECIPIENT when the destination account does not exist and
 * MALFORMED_REQUEST when a device is addressed twice.
 */
export async function checkDeviceSet(
  snapshot: DirectorySnapshot,
  sender: DeliveryAddress,
  send: Send,
): Promise<DeviceMismatch | undefined> {
  const destination = await snapshot.devicesOf(send.destination);
  if (!destination) throw new DefTalkError('UNKNOWN_RECIPIENT');
  const own =
    send.destination === sender.accountId ? destination : await snapshot.devicesOf(sender.accountId);
  // The sender's own account vanished mid-request (re-registration): every own copy is stale.
  const ownDevices: AccountDevices = own ?? {
    current: new Set<DeviceId>(),
    maxDeviceId: Number.MAX_SAFE_INTEGER,
  };

  const expected = new Map<string, DeliveryAddress>();
  for (const d of destination.current) {
    if (send.destination === sender.accountId && d === sender.deviceId) continue;
    expected.set(addressKey({ accountId: send.destination, deviceId: d }), {
      accountId: send.destination,
      deviceId: d,
    });
  }
  if (send.destination !== sender.accountId) {
    for (const d of ownDevices.current) {
      if (d === sender.deviceId) continue;
      expected.set(addressKey({ accountId: sender.accountId, deviceId: d }), {
        accountId: sender.accountId,
        deviceId: d,
      });
    }
  }

  const seen = new Set<string>();
  const extra: DeliveryAddress[] = [];
  const stale: DeliveryAddress[] = [];
  for (const c of send.copies) {
    const k = addressKey(c.device);
    if (seen.has(k)) throw new DefTalkError('MALFORMED_REQUEST', { field: 'copies' });
    seen.add(k);
    if (expected.has(k)) continue;
    const account =
      c.device.accountId === send.destination
        ? destination
        : c.device.accountId === sender.accountId
          ? ownDevices
          : undefined;
    // A removed device: its id was assigned once and is not current (ids are never reused).
    const removed =
      account !== undefined &&
      !account.current.has(c.device.deviceId) &&
      c.device.deviceId <= account.maxDeviceId;
    (removed ? stale : extra).push(c.device);
  }
  const missing = [...expected.entries()].filter(([k]) => !seen.has(k)).map(([, a]) => a);
  if (missing.length === 0 && extra.length === 0 && stale.length === 0) return undefined;
  return { missing, extra, stale };
}
