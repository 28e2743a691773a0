/**
 * @module
 * The erasers lifecycle registers for concerns that do not register their
 * own (spec/lifecycle.md §Erasure): delivery's device queues, which
 * `DeliveryStore.dropDevice` erases device by device, and lifecycle's own
 * push tokens. Both run before the identity rows are deleted, so the device
 * list they read still exists.
 */
import type { AccountId, DeviceId } from '../../wire/ids.ts';
import type { AccountEraser } from '../erasure.ts';
import type { AccountStore } from '../storage/accounts.ts';
import type { LifecycleStore } from '../storage/lifecycle.ts';
import type { DeliveryStore } from '../storage/queue.ts';

/** Highest device id whose queue an account erasure also drops when the device is no longer listed. */
const REMOVED_DEVICE_SWEEP = 64;

/**
 * Delivery's eraser: every queue and sender state of the account's devices
 * (current ones, and removed ones up to id 64 in case a removal predates
 * REQ-LIFECYCLE-005), or of one removed device.
 */
export function deliveryEraser(store: DeliveryStore, accounts: AccountStore): AccountEraser {
  return {
    concern: 'delivery',
    async eraseAccount(accountId: AccountId) {
      const account = await accounts.get(accountId);
      const ids = new Set<number>((await accounts.devices(accountId)).map((d) => d.deviceId));
      for (let d = 1; d <= Math.min(account?.maxDeviceId ?? 0, REMOVED_DEVICE_SWEEP); d++) ids.add(d);
      for (const deviceId of ids) await store.dropDevice({ accountId, deviceId: deviceId as DeviceId });
    },
    async eraseDevice(accountId: AccountId, deviceId: DeviceId) {
      await store.dropDevice({ accountId, deviceId });
    },
  };
}

/** Lifecycle's own eraser: push tokens; the activity and consent row goes with the account row. */
export function lifecycleEraser(store: LifecycleStore): AccountEraser {
  return {
    concern: 'lifecycle',
    async eraseAccount(accountId: AccountId) {
      await store.forgetAccount(accountId);
    },
    async eraseDevice(accountId: AccountId, deviceId: DeviceId) {
      await store.clearPushToken(accountId, deviceId);
    },
  };
}
