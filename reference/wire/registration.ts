/**
 * @module
 * Registration by phone number on the wire (spec/registration.md): asking for
 * a verification code and registering with it.
 */
import { exactBytes } from './_bytes.ts';
import {
  _deviceAddress,
  _signedDeviceList,
  checkPin,
  type DeviceAddress,
  ED25519_PUBLIC_KEY_BYTES,
  type SignedDeviceList,
} from './account.ts';
import { decodeMessage, requireField } from './codec.ts';
import { deftalk } from './generated/deftalk.js';
import { accountIdToBytes } from './ids.ts';

/** Longest phone number string accepted before parsing (E.164 has at most 15 digits). */
const MAX_PHONE_CHARS = 32;
const CODE_SHAPE = /^[0-9]{6}$/;

/** Encode a `VerificationCodeRequest` body (POST /v1/registration/code). */
export function encodeVerificationCodeRequest(phoneNumber: string): Uint8Array {
  return deftalk.v1.VerificationCodeRequest.encode({ phoneNumber }).finish();
}

/**
 * Decode a `VerificationCodeRequest`; returns the phone number string, not yet
 * validated as E.164 (spec/registration.md §Requesting a code, step 2 does that).
 */
export function decodeVerificationCodeRequest(bytes: Uint8Array): string {
  const m = decodeMessage(
    'deftalk.v1.VerificationCodeRequest',
    (b) => deftalk.v1.VerificationCodeRequest.decode(b),
    bytes,
  );
  requireField(m.phoneNumber && m.phoneNumber.length <= MAX_PHONE_CHARS, 'phone_number');
  return m.phoneNumber;
}

/** The answer to a code request (spec/registration.md §Requesting a code). */
export interface VerificationCodeSent {
  readonly expiresInMs: number;
  readonly resendAfterMs: number;
}

/** Encode a `VerificationCodeSent` body. */
export function encodeVerificationCodeSent(v: VerificationCodeSent): Uint8Array {
  return deftalk.v1.VerificationCodeSent.encode(v).finish();
}

/** Decode a `VerificationCodeSent` body. */
export function decodeVerificationCodeSent(bytes: Uint8Array): VerificationCodeSent {
  const m = decodeMessage(
    'deftalk.v1.VerificationCodeSent',
    (b) => deftalk.v1.VerificationCodeSent.decode(b),
    bytes,
  );
  return { expiresInMs: m.expiresInMs ?? 0, resendAfterMs: m.resendAfterMs ?? 0 };
}

/** POST /v1/registration (spec/registration.md §Registering). */
export interface RegistrationRequest {
  readonly phoneNumber: string;
  /** Six ASCII digits. */
  readonly verificationCode: string;
  readonly identityKey: Uint8Array;
  readonly deviceKey: Uint8Array;
  readonly deviceList: SignedDeviceList;
  /** Empty when none was sent. */
  readonly registrationLockPin: string;
}

/** Encode a `RegistrationRequest` body. */
export function encodeRegistrationRequest(r: {
  phoneNumber: string;
  verificationCode: string;
  identityKey: Uint8Array;
  deviceKey: Uint8Array;
  deviceList: { bytes: Uint8Array; signature: Uint8Array };
  registrationLockPin?: string;
}): Uint8Array {
  return deftalk.v1.RegistrationRequest.encode({
    phoneNumber: r.phoneNumber,
    verificationCode: r.verificationCode,
    identityKey: r.identityKey,
    deviceKey: r.deviceKey,
    deviceList: _signedDeviceList.to(r.deviceList),
    registrationLockPin: r.registrationLockPin ?? '',
  }).finish();
}

/**
 * Decode a `RegistrationRequest` and check its shape (spec/registration.md
 * §Registering, step 1): a six-digit code, 32-byte keys, a well-formed device
 * list, and a PIN of 4 to 64 characters when one is present.
 */
export function decodeRegistrationRequest(bytes: Uint8Array): RegistrationRequest {
  const m = decodeMessage(
    'deftalk.v1.RegistrationRequest',
    (b) => deftalk.v1.RegistrationRequest.decode(b),
    bytes,
  );
  requireField(m.phoneNumber && m.phoneNumber.length <= MAX_PHONE_CHARS, 'phone_number');
  requireField(CODE_SHAPE.test(m.verificationCode ?? ''), 'verification_code');
  const pin = m.registrationLockPin ?? '';
  if (pin !== '') checkPin(pin, 'registration_lock_pin');
  return {
    phoneNumber: m.phoneNumber,
    verificationCode: m.verificationCode!,
    identityKey: exactBytes(m.identityKey, ED25519_PUBLIC_KEY_BYTES, 'identity_key').slice(),
    deviceKey: exactBytes(m.deviceKey, ED25519_PUBLIC_KEY_BYTES, 'device_key').slice(),
    deviceList: _signedDeviceList.from(m.deviceList, 'device_list'),
    registrationLockPin: pin,
  };
}

/** Encode a `RegistrationResult` body. */
export function encodeRegistrationResult(a: DeviceAddress): Uint8Array {
  return deftalk.v1.RegistrationResult.encode({
    address: { accountId: accountIdToBytes(a.accountId), deviceId: a.deviceId },
  }).finish();
}

/** Decode a `RegistrationResult` body. */
export function decodeRegistrationResult(bytes: Uint8Array): DeviceAddress {
  const m = decodeMessage(
    'deftalk.v1.RegistrationResult',
    (b) => deftalk.v1.RegistrationResult.decode(b),
    bytes,
  );
  return _deviceAddress.from(m.address);
}

/** A code the development gateway sent, as the test hooks report it (spec/test-hooks.md §Verification codes). */
export interface TestHookCode {
  readonly phoneNumber: string;
  readonly verificationCode: string;
}

/** Encode a `TestHookCodeRequest` body. */
export function encodeTestHookCodeRequest(phoneNumber: string): Uint8Array {
  return deftalk.v1.TestHookCodeRequest.encode({ phoneNumber }).finish();
}

/** Decode a `TestHookCodeRequest` body. */
export function decodeTestHookCodeRequest(bytes: Uint8Array): string {
  const m = decodeMessage(
    'deftalk.v1.TestHookCodeRequest',
    (b) => deftalk.v1.TestHookCodeRequest.decode(b),
    bytes,
  );
  requireField(m.phoneNumber && m.phoneNumber.length <= MAX_PHONE_CHARS, 'phone_number');
  return m.phoneNumber;
}

/** Encode a `TestHookCode` body. */
export function encodeTestHookCode(c: TestHookCode): Uint8Array {
  return deftalk.v1.TestHookCode.encode(c).finish();
}

/** Decode a `TestHookCode` body. */
export function decodeTestHookCode(bytes: Uint8Array): TestHookCode {
  const m = decodeMessage('deftalk.v1.TestHookCode', (b) => deftalk.v1.TestHookCode.decode(b), bytes);
  requireField(CODE_SHAPE.test(m.verificationCode ?? ''), 'verification_code');
  return { phoneNumber: m.phoneNumber ?? '', verificationCode: m.verificationCode! };
}
