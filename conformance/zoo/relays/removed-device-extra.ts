/**
 * @module
 * Zoo relay: the device directory derives the highest device id from the
 * current devices instead of the account's high-water mark, so a removed
 * device is reported as extra instead of stale.
 */
import type { DeviceId } from '../../../reference/wire/ids.ts';
import type { ZooRelay } from '../member.ts';

/** Stale devices become extra ones. */
export const member: ZooRelay = {
  kind: 'relay',
  name: 'removed-device-extra',
  breaks: ['REQ-DELIVERY-001'],
  description: 'the device-set check forgets removed device ids, reporting them as extra instead of stale',
  parts: () => ({
    stores: {
      directory: (accounts) => ({
        async devicesOf(accountId) {
          if (!(await accounts.get(accountId))) return undefined;
          const current = new Set<DeviceId>((await accounts.devices(accountId)).map((d) => d.deviceId));
          return { current, maxDeviceId: Math.max(...current) };
        },
      }),
    },
  }),
};
