/**
 * @module
 * The signed device list from the client's side (spec/accounts.md §Device
 * list, §Device list signature; spec/client.md §Device lists): signing a
 * list with the account identity key, verifying one received from the relay
 * or a primary, and the two changes a client makes, adding a linked device
 * and removing devices, within the device cap.
 */
import { DefTalkError } from '../errors/index.ts';
import {
  type DeviceEntry,
  type DeviceList,
  decodeDeviceList,
  deviceListPayload,
  encodeDeviceList,
} from '../wire/account.ts';
import { type DeviceId, PRIMARY_DEVICE_ID } from '../wire/ids.ts';
import type { IdentityKey, IdentityKeyPair } from './session/keys.ts';

/** Most devices of one account (spec/accounts.md §Device cap, REQ-ACCT-004). */
export const MAX_DEVICES = 6;

/** A device list with the bytes that were signed and the signature. */
export interface SignedList {
  readonly bytes: Uint8Array;
  readonly signature: Uint8Array;
}

/** Encode `list` and sign it with the identity key (spec/accounts.md §Device list signature). */
export function signDeviceList(identity: IdentityKeyPair, list: DeviceList): SignedList {
  const bytes = encodeDeviceList(list);
  return { bytes, signature: identity.sign(deviceListPayload(bytes)) };
}

/**
 * Verify a signed list under `identityKey` and decode the bytes as signed;
 * `DEVICE_LIST_SIGNATURE_INVALID` when the signature does not verify
 * (REQ-CLIENT-004).
 */
export function verifyDeviceList(identityKey: IdentityKey, signed: SignedList): DeviceList {
  if (!identityKey.verify(deviceListPayload(signed.bytes), signed.signature)) {
    throw new DefTalkError('DEVICE_LIST_SIGNATURE_INVALID');
  }
  return decodeDeviceList(signed.bytes);
}

/**
 * {@link verifyDeviceList}, then refuse a stale list: one whose version is
 * below `heldVersion`, the highest version the client accepted before for
 * the same account, with `DEVICE_LIST_VERSION_STALE` (REQ-CLIENT-013). A
 * relay or peer replaying an older list would otherwise bring back a device
 * the account removed, and the client would encrypt to it.
 */
export function acceptDeviceList(
  identityKey: IdentityKey,
  signed: SignedList,
  heldVersion: number | undefined,
): DeviceList {
  const list = verifyDeviceList(identityKey, signed);
  if (heldVersion !== undefined && list.version < heldVersion) {
    throw new DefTalkError('DEVICE_LIST_VERSION_STALE');
  }
  return list;
}

/** The first list of a new account: the primary alone (spec/registration.md §Registering). */
export function firstDeviceList(deviceKey: Uint8Array, nowMs: number): DeviceList {
  return { version: 1, devices: [{ deviceId: PRIMARY_DEVICE_ID, deviceKey, addedAtMs: nowMs }] };
}

/**
 * The next list with a new device added (spec/accounts.md §Linking, step
 * 3; spec/client.md §Provisioning, step 5): every current device unchanged,
 * the new one with an id above every id in `current` and at least
 * `minDeviceId` (the provisioning payload's `next_device_id`, which alone
 * accounts for removed devices), and the version plus one;
 * `DEVICE_LIMIT_REACHED` when the account already has {@link MAX_DEVICES}.
 */
export function withDevice(
  current: DeviceList,
  deviceKey: Uint8Array,
  nowMs: number,
  minDeviceId = 2,
): { list: DeviceList; deviceId: DeviceId } {
  if (current.devices.length >= MAX_DEVICES)
    throw new DefTalkError('DEVICE_LIMIT_REACHED', { maxDevices: MAX_DEVICES });
  const deviceId = Math.max(minDeviceId, ...current.devices.map((d) => d.deviceId + 1)) as DeviceId;
  const entry: DeviceEntry = { deviceId, deviceKey, addedAtMs: nowMs };
  return { list: { version: current.version + 1, devices: [...current.devices, entry] }, deviceId };
}

/**
 * The next list without `remove` (spec/accounts.md §Removing devices): the
 * primary cannot be removed, and each id must be on the list
 * (`DEVICE_NOT_FOUND`, `DEVICE_LIST_INVALID`).
 */
export function withoutDevices(current: DeviceList, remove: readonly number[]): DeviceList {
  if (remove.length === 0 || remove.includes(PRIMARY_DEVICE_ID))
    throw new DefTalkError('DEVICE_LIST_INVALID');
  for (const id of remove) {
    if (!current.devices.some((d) => d.deviceId === id))
      throw new DefTalkError('DEVICE_NOT_FOUND', { deviceId: id });
  }
  return {
    version: current.version + 1,
    devices: current.devices.filter((d) => !remove.includes(d.deviceId)),
  };
}
