/**
 * @module
 * Accounts and devices on the wire (spec/accounts.md): the signed device
 * list, account information, device linking and the provisioning mailbox.
 * The device list is signed as encoded bytes; {@link decodeSignedDeviceList}
 * keeps those bytes exactly as received so they are verified and served
 * without re-encoding (STYLE.md §3).
 */
import { DefTalkError } from '../errors/index.ts';
import { concatBytes, exactBytes, labelBytes, u64 } from './_bytes.ts';
import { decodeMessage, requireField } from './codec.ts';
import { deftalk } from './generated/deftalk.js';
import { type AccountId, accountIdFromBytes, accountIdToBytes, type DeviceId, parseDeviceId } from './ids.ts';

/** Length of an Ed25519 public key (RFC 8032 §5.1.5). */
export const ED25519_PUBLIC_KEY_BYTES = 32;
/** Length of an Ed25519 signature (RFC 8032 §5.1.6). */
export const ED25519_SIGNATURE_BYTES = 64;
/** Largest encoded device list the relay accepts (spec/accounts.md §Device list). */
export const MAX_DEVICE_LIST_BYTES = 4096;

/** Domain-separation label of the device list signature (spec/accounts.md §Device list signature). */
export const DEVICE_LIST_LABEL = 'DefTalk-v1 device list';

/** One device of an account (spec/accounts.md §Device list). */
export interface DeviceEntry {
  readonly deviceId: DeviceId;
  /** Ed25519 device key, 32 bytes. */
  readonly deviceKey: Uint8Array;
  /** Registration or link time as the signer saw it, ms since the epoch. */
  readonly addedAtMs: number;
}

/** The decoded content of a device list (spec/accounts.md §Device list). */
export interface DeviceList {
  readonly version: number;
  readonly devices: readonly DeviceEntry[];
}

/** A device list with the exact bytes that were signed and the signature (spec/accounts.md §Device list). */
export interface SignedDeviceList {
  /** The encoded `DeviceList` exactly as received; the signature covers these bytes. */
  readonly bytes: Uint8Array;
  readonly signature: Uint8Array;
  /** What `bytes` decodes to. */
  readonly list: DeviceList;
}

/**
 * `DeviceListPayload = "DefTalk-v1 device list" || 0x00 || device_list`, the
 * bytes the identity key signs (spec/accounts.md §Device list signature).
 * @example ed25519.sign(deviceListPayload(encodeDeviceList(list)), identitySeed)
 */
export function deviceListPayload(deviceListBytes: Uint8Array): Uint8Array {
  return concatBytes(labelBytes(DEVICE_LIST_LABEL), deviceListBytes);
}

/** Encode a device list for signing (spec/accounts.md §Device list). */
export function encodeDeviceList(list: DeviceList): Uint8Array {
  return deftalk.v1.DeviceList.encode({
    version: list.version,
    devices: list.devices.map((d) => ({
      deviceId: d.deviceId,
      deviceKey: d.deviceKey,
      addedAtMs: d.addedAtMs,
    })),
  }).finish();
}

/**
 * Decode the encoded `DeviceList` inside a `SignedDeviceList` and check its
 * structure (spec/accounts.md §Device list, steps 2-3): version at least 1,
 * device ids in range and distinct, device keys 32 bytes and distinct.
 */
export function decodeDeviceList(bytes: Uint8Array): DeviceList {
  const m = decodeMessage('deftalk.v1.DeviceList', (b) => deftalk.v1.DeviceList.decode(b), bytes);
  const version = u64(m.version, 'device_list.version');
  requireField(version >= 1, 'device_list.version');
  const ids = new Set<number>();
  const keys = new Set<string>();
  const devices: DeviceEntry[] = m.devices.map((d) => {
    const deviceId = parseDeviceId(d.deviceId ?? 0, 'device_list.devices.device_id');
    const deviceKey = exactBytes(
      d.deviceKey,
      ED25519_PUBLIC_KEY_BYTES,
      'device_list.devices.device_key',
    ).slice();
    const hex = Buffer.from(deviceKey).toString('hex');
    requireField(!ids.has(deviceId) && !keys.has(hex), 'device_list.devices');
    ids.add(deviceId);
    keys.add(hex);
    return { deviceId, deviceKey, addedAtMs: u64(d.addedAtMs, 'device_list.devices.added_at_ms') };
  });
  requireField(devices.length >= 1, 'device_list.devices');
  return { version, devices };
}

function signedDeviceListFrom(
  m: deftalk.v1.ISignedDeviceList | null | undefined,
  field: string,
): SignedDeviceList {
  requireField(m, field);
  requireField(m.deviceList && m.deviceList.length > 0, `${field}.device_list`);
  if (m.deviceList.length > MAX_DEVICE_LIST_BYTES) throw new DefTalkError('PAYLOAD_TOO_LARGE');
  const signature = exactBytes(m.signature, ED25519_SIGNATURE_BYTES, `${field}.signature`).slice();
  const bytes = m.deviceList.slice();
  return { bytes, signature, list: decodeDeviceList(bytes) };
}

function signedDeviceListTo(s: { bytes: Uint8Array; signature: Uint8Array }): deftalk.v1.ISignedDeviceList {
  return { deviceList: s.bytes, signature: s.signature };
}

/** Decode a bare `SignedDeviceList` body. */
export function decodeSignedDeviceList(bytes: Uint8Array): SignedDeviceList {
  const m = decodeMessage('deftalk.v1.SignedDeviceList', (b) => deftalk.v1.SignedDeviceList.decode(b), bytes);
  return signedDeviceListFrom(m, 'device_list');
}

/** Encode a `SignedDeviceList` from its signed bytes and signature. */
export function encodeSignedDeviceList(s: { bytes: Uint8Array; signature: Uint8Array }): Uint8Array {
  return deftalk.v1.SignedDeviceList.encode(signedDeviceListTo(s)).finish();
}

/** Internal to the wire layer: the nested-message forms used by registration.ts. */
export const _signedDeviceList = { from: signedDeviceListFrom, to: signedDeviceListTo };

/** The address of one device (spec/accounts.md §Identifiers). */
export interface DeviceAddress {
  readonly accountId: AccountId;
  readonly deviceId: DeviceId;
}

/** Encode a `DeviceAddress` body (answer to POST /v1/devices/link). */
export function encodeDeviceAddress(a: DeviceAddress): Uint8Array {
  return deftalk.v1.DeviceAddress.encode({
    accountId: accountIdToBytes(a.accountId),
    deviceId: a.deviceId,
  }).finish();
}

/** Decode a `DeviceAddress` body. */
export function decodeDeviceAddress(bytes: Uint8Array): DeviceAddress {
  const m = decodeMessage('deftalk.v1.DeviceAddress', (b) => deftalk.v1.DeviceAddress.decode(b), bytes);
  return _deviceAddress.from(m);
}

/** Internal to the wire layer: nested `DeviceAddress` conversion. */
export const _deviceAddress = {
  from(m: deftalk.v1.IDeviceAddress | null | undefined): DeviceAddress {
    requireField(m?.accountId, 'address.account_id');
    return { accountId: accountIdFromBytes(m.accountId), deviceId: parseDeviceId(m.deviceId ?? 0) };
  },
};

/** GET /v1/accounts/me (spec/accounts.md §Own account). */
export interface AccountInfo {
  readonly accountId: AccountId;
  readonly deviceId: DeviceId;
  readonly identityKey: Uint8Array;
  readonly registrationLock: boolean;
  readonly deviceList: SignedDeviceList;
}

/** Encode an `AccountInfo` body. */
export function encodeAccountInfo(
  a: Omit<AccountInfo, 'deviceList'> & { deviceList: { bytes: Uint8Array; signature: Uint8Array } },
): Uint8Array {
  return deftalk.v1.AccountInfo.encode({
    accountId: accountIdToBytes(a.accountId),
    deviceId: a.deviceId,
    identityKey: a.identityKey,
    registrationLock: a.registrationLock,
    deviceList: signedDeviceListTo(a.deviceList),
  }).finish();
}

/** Decode an `AccountInfo` body. */
export function decodeAccountInfo(bytes: Uint8Array): AccountInfo {
  const m = decodeMessage('deftalk.v1.AccountInfo', (b) => deftalk.v1.AccountInfo.decode(b), bytes);
  requireField(m.accountId, 'account_id');
  return {
    accountId: accountIdFromBytes(m.accountId),
    deviceId: parseDeviceId(m.deviceId ?? 0),
    identityKey: exactBytes(m.identityKey, ED25519_PUBLIC_KEY_BYTES, 'identity_key').slice(),
    registrationLock: m.registrationLock === true,
    deviceList: signedDeviceListFrom(m.deviceList, 'device_list'),
  };
}

/** GET /v1/accounts/{account}/devices (spec/accounts.md §Device list retrieval). */
export interface AccountDevices {
  readonly accountId: AccountId;
  readonly identityKey: Uint8Array;
  readonly deviceList: SignedDeviceList;
}

/** Encode an `AccountDevices` body. */
export function encodeAccountDevices(a: {
  accountId: AccountId;
  identityKey: Uint8Array;
  deviceList: { bytes: Uint8Array; signature: Uint8Array };
}): Uint8Array {
  return deftalk.v1.AccountDevices.encode({
    accountId: accountIdToBytes(a.accountId),
    identityKey: a.identityKey,
    deviceList: signedDeviceListTo(a.deviceList),
  }).finish();
}

/** Decode an `AccountDevices` body. */
export function decodeAccountDevices(bytes: Uint8Array): AccountDevices {
  const m = decodeMessage('deftalk.v1.AccountDevices', (b) => deftalk.v1.AccountDevices.decode(b), bytes);
  requireField(m.accountId, 'account_id');
  return {
    accountId: accountIdFromBytes(m.accountId),
    identityKey: exactBytes(m.identityKey, ED25519_PUBLIC_KEY_BYTES, 'identity_key').slice(),
    deviceList: signedDeviceListFrom(m.deviceList, 'device_list'),
  };
}

/** Shortest and longest registration lock PIN, in Unicode code points (spec/registration.md §Registration lock). */
export const PIN_MIN_CHARS = 4;
/** See {@link PIN_MIN_CHARS}. */
export const PIN_MAX_CHARS = 64;

/** Check a PIN's length; MALFORMED_REQUEST otherwise (the PIN itself never enters the error). */
export function checkPin(pin: string, field = 'pin'): string {
  const n = [...pin].length;
  requireField(n >= PIN_MIN_CHARS && n <= PIN_MAX_CHARS, field);
  return pin;
}

/** Encode a `RegistrationLockRequest` body. */
export function encodeRegistrationLockRequest(pin: string): Uint8Array {
  return deftalk.v1.RegistrationLockRequest.encode({ pin }).finish();
}

/** Decode a `RegistrationLockRequest` body; the PIN must have 4 to 64 characters. */
export function decodeRegistrationLockRequest(bytes: Uint8Array): string {
  const m = decodeMessage(
    'deftalk.v1.RegistrationLockRequest',
    (b) => deftalk.v1.RegistrationLockRequest.decode(b),
    bytes,
  );
  return checkPin(m.pin ?? '');
}

/** A device link token, its lifetime and the id the new device takes (spec/accounts.md §Linking). */
export interface LinkToken {
  readonly linkToken: string;
  readonly expiresInMs: number;
  /**
   * One above the highest device id the account has ever used (REQ-ACCT-011);
   * `undefined` when a relay that predates the field left it out.
   */
  readonly nextDeviceId?: DeviceId | undefined;
}

/** Encode a `LinkToken` body. */
export function encodeLinkToken(t: LinkToken): Uint8Array {
  return deftalk.v1.LinkToken.encode({
    linkToken: t.linkToken,
    expiresInMs: t.expiresInMs,
    nextDeviceId: t.nextDeviceId ?? 0,
  }).finish();
}

/** Decode a `LinkToken` body; a present `next_device_id` must be a valid device id. */
export function decodeLinkToken(bytes: Uint8Array): LinkToken {
  const m = decodeMessage('deftalk.v1.LinkToken', (b) => deftalk.v1.LinkToken.decode(b), bytes);
  requireField(m.linkToken, 'link_token');
  return {
    linkToken: m.linkToken,
    expiresInMs: m.expiresInMs ?? 0,
    nextDeviceId: optionalDeviceId(m.nextDeviceId, 'next_device_id'),
  };
}

/** proto3 leaves a zero uint32 out, so 0 reads as absent; anything else must be a device id. */
function optionalDeviceId(value: number | null | undefined, field: string): DeviceId | undefined {
  return value ? parseDeviceId(value, field) : undefined;
}

/** POST /v1/devices/link (spec/accounts.md §Linking). */
export interface LinkDeviceRequest {
  readonly accountId: AccountId;
  readonly linkToken: string;
  readonly deviceKey: Uint8Array;
  readonly deviceList: SignedDeviceList;
}

/** Longest token string accepted anywhere (spec/auth.md §Tokens). */
export const MAX_TOKEN_CHARS = 128;

/** Encode a `LinkDeviceRequest` body. */
export function encodeLinkDeviceRequest(r: {
  accountId: AccountId;
  linkToken: string;
  deviceKey: Uint8Array;
  deviceList: { bytes: Uint8Array; signature: Uint8Array };
}): Uint8Array {
  return deftalk.v1.LinkDeviceRequest.encode({
    accountId: accountIdToBytes(r.accountId),
    linkToken: r.linkToken,
    deviceKey: r.deviceKey,
    deviceList: signedDeviceListTo(r.deviceList),
  }).finish();
}

/** Decode a `LinkDeviceRequest` body. */
export function decodeLinkDeviceRequest(bytes: Uint8Array): LinkDeviceRequest {
  const m = decodeMessage(
    'deftalk.v1.LinkDeviceRequest',
    (b) => deftalk.v1.LinkDeviceRequest.decode(b),
    bytes,
  );
  requireField(m.accountId, 'account_id');
  requireField(m.linkToken && m.linkToken.length <= MAX_TOKEN_CHARS, 'link_token');
  return {
    accountId: accountIdFromBytes(m.accountId),
    linkToken: m.linkToken,
    deviceKey: exactBytes(m.deviceKey, ED25519_PUBLIC_KEY_BYTES, 'device_key').slice(),
    deviceList: signedDeviceListFrom(m.deviceList, 'device_list'),
  };
}

/** Encode an `UpdateDeviceListRequest` body (PUT /v1/devices). */
export function encodeUpdateDeviceListRequest(s: { bytes: Uint8Array; signature: Uint8Array }): Uint8Array {
  return deftalk.v1.UpdateDeviceListRequest.encode({ deviceList: signedDeviceListTo(s) }).finish();
}

/** Decode an `UpdateDeviceListRequest` body. */
export function decodeUpdateDeviceListRequest(bytes: Uint8Array): SignedDeviceList {
  const m = decodeMessage(
    'deftalk.v1.UpdateDeviceListRequest',
    (b) => deftalk.v1.UpdateDeviceListRequest.decode(b),
    bytes,
  );
  return signedDeviceListFrom(m.deviceList, 'device_list');
}

/** Length of a provisioning mailbox id (spec/accounts.md §Provisioning). */
export const PROVISIONING_ID_BYTES = 16;
/** Largest provisioning envelope ciphertext (spec/accounts.md §Provisioning). */
export const MAX_PROVISIONING_CIPHERTEXT_BYTES = 8192;

/** A provisioning mailbox (spec/accounts.md §Provisioning). */
export interface ProvisioningAddress {
  /** 32 lowercase hex digits in URL paths. */
  readonly provisioningId: string;
  readonly expiresInMs: number;
}

/** Encode a `ProvisioningAddress` body. */
export function encodeProvisioningAddress(a: ProvisioningAddress): Uint8Array {
  return deftalk.v1.ProvisioningAddress.encode({
    provisioningId: Buffer.from(a.provisioningId, 'hex'),
    expiresInMs: a.expiresInMs,
  }).finish();
}

/** Decode a `ProvisioningAddress` body. */
export function decodeProvisioningAddress(bytes: Uint8Array): ProvisioningAddress {
  const m = decodeMessage(
    'deftalk.v1.ProvisioningAddress',
    (b) => deftalk.v1.ProvisioningAddress.decode(b),
    bytes,
  );
  const id = exactBytes(m.provisioningId, PROVISIONING_ID_BYTES, 'provisioning_id');
  return { provisioningId: Buffer.from(id).toString('hex'), expiresInMs: m.expiresInMs ?? 0 };
}

/** A provisioning envelope: opaque to the relay, which checks only its shape. */
export interface ProvisioningEnvelope {
  readonly ephemeralKey: Uint8Array;
  readonly ciphertext: Uint8Array;
}

/** Encode a `ProvisioningEnvelope` body. */
export function encodeProvisioningEnvelope(e: ProvisioningEnvelope): Uint8Array {
  return deftalk.v1.ProvisioningEnvelope.encode(e).finish();
}

/** Decode a `ProvisioningEnvelope` body: a 32-byte key and a non-empty ciphertext of at most 8 KiB. */
export function decodeProvisioningEnvelope(bytes: Uint8Array): ProvisioningEnvelope {
  const m = decodeMessage(
    'deftalk.v1.ProvisioningEnvelope',
    (b) => deftalk.v1.ProvisioningEnvelope.decode(b),
    bytes,
  );
  const ephemeralKey = exactBytes(m.ephemeralKey, 32, 'ephemeral_key').slice();
  requireField(m.ciphertext && m.ciphertext.length > 0, 'ciphertext');
  if (m.ciphertext.length > MAX_PROVISIONING_CIPHERTEXT_BYTES) throw new DefTalkError('PAYLOAD_TOO_LARGE');
  return { ephemeralKey, ciphertext: m.ciphertext.slice() };
}

/** What a primary gives a new device, encrypted (spec/accounts.md §Provisioning). */
export interface ProvisioningPayload {
  readonly accountId: AccountId;
  /** The 32-byte Ed25519 seed of the account identity key. Secret. */
  readonly identitySeed: Uint8Array;
  readonly linkToken: string;
  /** The account's current signed device list (spec/client.md §Provisioning); absent from older primaries. */
  readonly deviceList?: SignedDeviceList | undefined;
  /**
   * The link token's `next_device_id`, the id the new device takes
   * (spec/client.md §Provisioning step 5); absent from older primaries.
   */
  readonly nextDeviceId?: DeviceId | undefined;
  /** The account's 32-byte sync key (spec/sync.md §The sync key); absent from older primaries. Secret. */
  readonly syncKey?: Uint8Array | undefined;
}

/** Encode a `ProvisioningPayload` (plaintext; only ever sent encrypted). */
export function encodeProvisioningPayload(p: {
  accountId: AccountId;
  identitySeed: Uint8Array;
  linkToken: string;
  deviceList?: { bytes: Uint8Array; signature: Uint8Array } | undefined;
  nextDeviceId?: DeviceId | undefined;
  syncKey?: Uint8Array | undefined;
}): Uint8Array {
  return deftalk.v1.ProvisioningPayload.encode({
    accountId: accountIdToBytes(p.accountId),
    identitySeed: p.identitySeed,
    linkToken: p.linkToken,
    deviceList: p.deviceList ? signedDeviceListTo(p.deviceList) : null,
    nextDeviceId: p.nextDeviceId ?? 0,
    syncKey: p.syncKey ?? new Uint8Array(0),
  }).finish();
}

/** Decode a `ProvisioningPayload`. */
export function decodeProvisioningPayload(bytes: Uint8Array): ProvisioningPayload {
  const m = decodeMessage(
    'deftalk.v1.ProvisioningPayload',
    (b) => deftalk.v1.ProvisioningPayload.decode(b),
    bytes,
  );
  requireField(m.accountId, 'account_id');
  requireField(m.linkToken, 'link_token');
  return {
    accountId: accountIdFromBytes(m.accountId),
    identitySeed: exactBytes(m.identitySeed, 32, 'identity_seed').slice(),
    linkToken: m.linkToken,
    deviceList: m.deviceList ? signedDeviceListFrom(m.deviceList, 'device_list') : undefined,
    nextDeviceId: optionalDeviceId(m.nextDeviceId, 'next_device_id'),
    syncKey: m.syncKey && m.syncKey.length > 0 ? exactBytes(m.syncKey, 32, 'sync_key').slice() : undefined,
  };
}
