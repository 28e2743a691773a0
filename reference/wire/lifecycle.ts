/**
 * @module
 * Account lifecycle on the wire (spec/lifecycle.md): change of number, push
 * tokens, the published policy and consent, and the lifecycle test hooks of
 * proto/deftalk/v1/lifecycle.proto.
 */
import { decodeMessage, requireField } from './codec.ts';
import { deftalk } from './generated/deftalk.js';

/** Longest phone number string accepted before parsing (as registration). */
const MAX_PHONE_CHARS = 32;
const CODE_SHAPE = /^[0-9]{6}$/;
/** Longest push token (spec/lifecycle.md §Uninstall). */
export const MAX_PUSH_TOKEN_BYTES = 512;
/** A use or gateway id: lower-case letters, digits and dashes, 1 to 64 characters. */
const ID_SHAPE = /^[a-z0-9][a-z0-9-]{0,63}$/;
/** Most declined uses one consent request may name. */
const MAX_DECLINED = 32;

/** PUT /v1/accounts/me/number (spec/lifecycle.md §Change of number). */
export interface ChangeNumberRequest {
  /** Not yet validated as E.164; the relay does that. */
  readonly phoneNumber: string;
  readonly verificationCode: string;
}

/** Encode a `ChangeNumberRequest`. */
export function encodeChangeNumberRequest(r: ChangeNumberRequest): Uint8Array {
  return deftalk.v1.ChangeNumberRequest.encode(r).finish();
}

/** Decode a `ChangeNumberRequest`: a number of plausible length and a six-digit code. */
export function decodeChangeNumberRequest(bytes: Uint8Array): ChangeNumberRequest {
  const m = decodeMessage(
    'deftalk.v1.ChangeNumberRequest',
    (b) => deftalk.v1.ChangeNumberRequest.decode(b),
    bytes,
  );
  requireField(m.phoneNumber && m.phoneNumber.length <= MAX_PHONE_CHARS, 'phone_number');
  requireField(CODE_SHAPE.test(m.verificationCode ?? ''), 'verification_code');
  return { phoneNumber: m.phoneNumber, verificationCode: m.verificationCode! };
}

/** PUT /v1/devices/me/push-token (spec/lifecycle.md §Uninstall). */
export interface PushTokenRegistration {
  readonly gateway: string;
  readonly token: Uint8Array;
}

/** Encode a `PushTokenRegistration` (also the body of the push test hook). */
export function encodePushTokenRegistration(r: PushTokenRegistration): Uint8Array {
  return deftalk.v1.PushTokenRegistration.encode(r).finish();
}

function checkPush(gateway: string | null | undefined, token: Uint8Array | null | undefined) {
  requireField(ID_SHAPE.test(gateway ?? ''), 'gateway');
  requireField(token && token.length >= 1 && token.length <= MAX_PUSH_TOKEN_BYTES, 'token');
  return { gateway: gateway!, token: Uint8Array.from(token) };
}

/** Decode a `PushTokenRegistration`: a gateway name and a token of 1 to 512 bytes. */
export function decodePushTokenRegistration(bytes: Uint8Array): PushTokenRegistration {
  const m = decodeMessage(
    'deftalk.v1.PushTokenRegistration',
    (b) => deftalk.v1.PushTokenRegistration.decode(b),
    bytes,
  );
  return checkPush(m.gateway, m.token);
}

/** Encode the body of `POST /test-hooks/v1/push/unregistered`. */
export function encodeTestHookPushUnregistered(r: PushTokenRegistration): Uint8Array {
  return deftalk.v1.TestHookPushUnregistered.encode(r).finish();
}

/** Decode the body of `POST /test-hooks/v1/push/unregistered`. */
export function decodeTestHookPushUnregistered(bytes: Uint8Array): PushTokenRegistration {
  const m = decodeMessage(
    'deftalk.v1.TestHookPushUnregistered',
    (b) => deftalk.v1.TestHookPushUnregistered.decode(b),
    bytes,
  );
  return checkPush(m.gateway, m.token);
}

/** One use the relay makes of account data (spec/lifecycle.md §Consent). */
export interface PolicyUse {
  readonly id: string;
  readonly description: string;
  readonly optional: boolean;
  readonly sinceVersion: number;
}

/** GET /v1/policy (spec/lifecycle.md §Policy). */
export interface PolicyInfo {
  readonly version: number;
  readonly text: string;
  readonly textSha256: Uint8Array;
  readonly uses: readonly PolicyUse[];
  readonly inactivityDays: number;
  readonly pushGateways: readonly string[];
}

/** Encode a `PolicyInfo`. */
export function encodePolicyInfo(p: PolicyInfo): Uint8Array {
  return deftalk.v1.PolicyInfo.encode({
    ...p,
    uses: p.uses.map((u) => ({ ...u })),
    pushGateways: [...p.pushGateways],
  }).finish();
}

/** Decode a `PolicyInfo`. */
export function decodePolicyInfo(bytes: Uint8Array): PolicyInfo {
  const m = decodeMessage('deftalk.v1.PolicyInfo', (b) => deftalk.v1.PolicyInfo.decode(b), bytes);
  return {
    version: m.version ?? 0,
    text: m.text ?? '',
    textSha256: m.textSha256 ?? new Uint8Array(0),
    uses: (m.uses ?? []).map((u) => ({
      id: u.id ?? '',
      description: u.description ?? '',
      optional: u.optional === true,
      sinceVersion: u.sinceVersion ?? 0,
    })),
    inactivityDays: m.inactivityDays ?? 0,
    pushGateways: [...(m.pushGateways ?? [])],
  };
}

/** PUT /v1/accounts/me/consent (spec/lifecycle.md §Consent). */
export interface ConsentRequest {
  readonly acceptedVersion: number;
  readonly declinedUses: readonly string[];
  /** Empty unless allowing `discovery` again. */
  readonly phoneNumber: string;
}

/** Encode a `ConsentRequest`. */
export function encodeConsentRequest(r: {
  acceptedVersion: number;
  declinedUses?: readonly string[];
  phoneNumber?: string;
}): Uint8Array {
  return deftalk.v1.ConsentRequest.encode({
    acceptedVersion: r.acceptedVersion,
    declinedUses: [...(r.declinedUses ?? [])],
    phoneNumber: r.phoneNumber ?? '',
  }).finish();
}

/** Decode a `ConsentRequest`: a version above 0, at most 32 well-formed use ids, each once. */
export function decodeConsentRequest(bytes: Uint8Array): ConsentRequest {
  const m = decodeMessage('deftalk.v1.ConsentRequest', (b) => deftalk.v1.ConsentRequest.decode(b), bytes);
  requireField((m.acceptedVersion ?? 0) > 0, 'accepted_version');
  const declined = [...(m.declinedUses ?? [])];
  requireField(declined.length <= MAX_DECLINED, 'declined_uses');
  requireField(
    declined.every((u) => ID_SHAPE.test(u)) && new Set(declined).size === declined.length,
    'declined_uses',
  );
  requireField((m.phoneNumber ?? '').length <= MAX_PHONE_CHARS, 'phone_number');
  return { acceptedVersion: m.acceptedVersion!, declinedUses: declined, phoneNumber: m.phoneNumber ?? '' };
}

/** The answer of GET and PUT /v1/accounts/me/consent. */
export interface ConsentState {
  readonly acceptedVersion: number;
  readonly declinedUses: readonly string[];
  readonly currentVersion: number;
}

/** Encode a `ConsentState`. */
export function encodeConsentState(s: ConsentState): Uint8Array {
  return deftalk.v1.ConsentState.encode({ ...s, declinedUses: [...s.declinedUses] }).finish();
}

/** Decode a `ConsentState`. */
export function decodeConsentState(bytes: Uint8Array): ConsentState {
  const m = decodeMessage('deftalk.v1.ConsentState', (b) => deftalk.v1.ConsentState.decode(b), bytes);
  return {
    acceptedVersion: m.acceptedVersion ?? 0,
    declinedUses: [...(m.declinedUses ?? [])],
    currentVersion: m.currentVersion ?? 0,
  };
}

/** Encode the body of `POST /test-hooks/v1/lifecycle/inventory`. */
export function encodeTestHookInventoryRequest(phoneNumber: string): Uint8Array {
  return deftalk.v1.TestHookInventoryRequest.encode({ phoneNumber }).finish();
}

/** Decode the body of `POST /test-hooks/v1/lifecycle/inventory`: the number, not yet validated. */
export function decodeTestHookInventoryRequest(bytes: Uint8Array): string {
  const m = decodeMessage(
    'deftalk.v1.TestHookInventoryRequest',
    (b) => deftalk.v1.TestHookInventoryRequest.decode(b),
    bytes,
  );
  requireField(m.phoneNumber && m.phoneNumber.length <= MAX_PHONE_CHARS, 'phone_number');
  return m.phoneNumber;
}

/** Encode a `TestHookInventory`. */
export function encodeTestHookInventory(json: string): Uint8Array {
  return deftalk.v1.TestHookInventory.encode({ json }).finish();
}

/** Decode a `TestHookInventory`: the inventory document's JSON text. */
export function decodeTestHookInventory(bytes: Uint8Array): string {
  const m = decodeMessage(
    'deftalk.v1.TestHookInventory',
    (b) => deftalk.v1.TestHookInventory.decode(b),
    bytes,
  );
  return m.json ?? '';
}
