/**
 * @module
 * Account and device identifiers (spec/accounts.md §Identifiers). Branded
 * types keep an account id from being passed where a device id belongs, and
 * a raw string from passing as either without validation.
 */
import { DefTalkError } from '../errors/index.ts';

declare const accountIdBrand: unique symbol;
declare const deviceIdBrand: unique symbol;

/** An account id: 16 random bytes chosen by the relay, written as 32 lowercase hex digits (spec/accounts.md §Identifiers). */
export type AccountId = string & { readonly [accountIdBrand]: true };

/** A device id: an integer 1 to 2^31-1, unique within its account; the primary device is 1 (spec/accounts.md §Identifiers). */
export type DeviceId = number & { readonly [deviceIdBrand]: true };

/** Length of an account id in bytes. */
export const ACCOUNT_ID_BYTES = 16;

/** The primary device's id (spec/accounts.md §Identifiers). */
export const PRIMARY_DEVICE_ID = 1 as DeviceId;

/** Largest device id. */
export const MAX_DEVICE_ID = 0x7fffffff;

const HEX_ID = /^[0-9a-f]{32}$/;

/**
 * Parse the textual form of an account id (32 lowercase hex digits), as used in URL paths.
 * Throws MALFORMED_REQUEST otherwise.
 * @example const id = parseAccountId('00112233445566778899aabbccddeeff');
 */
export function parseAccountId(text: string): AccountId {
  if (!HEX_ID.test(text)) throw new DefTalkError('MALFORMED_REQUEST', { field: 'account_id' });
  return text as AccountId;
}

/** The account id carried as 16 bytes in a protobuf field; MALFORMED_REQUEST when the length is wrong. */
export function accountIdFromBytes(bytes: Uint8Array, field = 'account_id'): AccountId {
  if (bytes.length !== ACCOUNT_ID_BYTES) throw new DefTalkError('MALFORMED_REQUEST', { field });
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex') as AccountId;
}

/** The 16 bytes of an account id. */
export function accountIdToBytes(id: AccountId): Uint8Array {
  return new Uint8Array(Buffer.from(id, 'hex'));
}

/** Validate a device id from the wire or a URL path; MALFORMED_REQUEST when out of range. */
export function parseDeviceId(value: number | string, field = 'device_id'): DeviceId {
  const n =
    typeof value === 'string' ? (/^[1-9][0-9]{0,9}$/.test(value) ? Number(value) : Number.NaN) : value;
  if (!Number.isInteger(n) || n < 1 || n > MAX_DEVICE_ID)
    throw new DefTalkError('MALFORMED_REQUEST', { field });
  return n as DeviceId;
}
