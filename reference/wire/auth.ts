/**
 * @module
 * Device authentication on the wire (spec/auth.md): the challenge, the signed
 * token request and the bearer token.
 */
import { concatBytes, exactBytes, labelBytes, u32be } from './_bytes.ts';
import { ED25519_SIGNATURE_BYTES, MAX_TOKEN_CHARS } from './account.ts';
import { decodeMessage, requireField } from './codec.ts';
import { deftalk } from './generated/deftalk.js';
import { type AccountId, accountIdFromBytes, accountIdToBytes, type DeviceId, parseDeviceId } from './ids.ts';

/** Length of a challenge nonce (spec/auth.md §Challenge). */
export const NONCE_BYTES = 32;

/** Domain-separation label of the challenge signature (spec/auth.md §Auth payload). */
export const AUTH_LABEL = 'DefTalk-v1 auth challenge';

/**
 * `AuthPayload = "DefTalk-v1 auth challenge" || 0x00 || nonce (32) || account_id (16) || u32(device_id)`,
 * the 78 bytes a device key signs to obtain a token (spec/auth.md §Auth payload).
 * @example ed25519.sign(authPayload(nonce, accountId, deviceId), deviceSeed)
 */
export function authPayload(nonce: Uint8Array, accountId: AccountId, deviceId: DeviceId): Uint8Array {
  return concatBytes(labelBytes(AUTH_LABEL), nonce, accountIdToBytes(accountId), u32be(deviceId));
}

/** A challenge (spec/auth.md §Challenge). */
export interface AuthChallenge {
  readonly nonce: Uint8Array;
  readonly expiresInMs: number;
}

/** Encode an `AuthChallenge` body. */
export function encodeAuthChallenge(c: AuthChallenge): Uint8Array {
  return deftalk.v1.AuthChallenge.encode(c).finish();
}

/** Decode an `AuthChallenge` body. */
export function decodeAuthChallenge(bytes: Uint8Array): AuthChallenge {
  const m = decodeMessage('deftalk.v1.AuthChallenge', (b) => deftalk.v1.AuthChallenge.decode(b), bytes);
  return { nonce: exactBytes(m.nonce, NONCE_BYTES, 'nonce').slice(), expiresInMs: m.expiresInMs ?? 0 };
}

/** POST /v1/auth/token (spec/auth.md §Token request). */
export interface TokenRequest {
  readonly accountId: AccountId;
  readonly deviceId: DeviceId;
  readonly nonce: Uint8Array;
  readonly signature: Uint8Array;
}

/** Encode a `TokenRequest` body. */
export function encodeTokenRequest(r: TokenRequest): Uint8Array {
  return deftalk.v1.TokenRequest.encode({
    accountId: accountIdToBytes(r.accountId),
    deviceId: r.deviceId,
    nonce: r.nonce,
    signature: r.signature,
  }).finish();
}

/** Decode a `TokenRequest` body. */
export function decodeTokenRequest(bytes: Uint8Array): TokenRequest {
  const m = decodeMessage('deftalk.v1.TokenRequest', (b) => deftalk.v1.TokenRequest.decode(b), bytes);
  requireField(m.accountId, 'account_id');
  return {
    accountId: accountIdFromBytes(m.accountId),
    deviceId: parseDeviceId(m.deviceId ?? 0),
    nonce: exactBytes(m.nonce, NONCE_BYTES, 'nonce').slice(),
    signature: exactBytes(m.signature, ED25519_SIGNATURE_BYTES, 'signature').slice(),
  };
}

/** A bearer token (spec/auth.md §Tokens). */
export interface AuthToken {
  readonly token: string;
  readonly expiresInMs: number;
}

/** Encode an `AuthToken` body. */
export function encodeAuthToken(t: AuthToken): Uint8Array {
  return deftalk.v1.AuthToken.encode(t).finish();
}

/** Decode an `AuthToken` body. */
export function decodeAuthToken(bytes: Uint8Array): AuthToken {
  const m = decodeMessage('deftalk.v1.AuthToken', (b) => deftalk.v1.AuthToken.decode(b), bytes);
  requireField(m.token && m.token.length <= MAX_TOKEN_CHARS, 'token');
  return { token: m.token, expiresInMs: m.expiresInMs ?? 0 };
}
