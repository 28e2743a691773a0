/**
 * @module
 * The client's side of the account lifecycle (spec/lifecycle.md): reading
 * the published policy and showing what changed since the version the
 * account accepted, recording consent with the optional uses declined,
 * changing the account's number with a code sent to the new one, deleting
 * the account, and registering this device's push token.
 *
 * @example
 * ```ts
 * const policy = await fetchPolicy(client.relay);
 * const changed = changedUses(policy, (await fetchConsent(client.relay)).acceptedVersion);
 * await recordConsent(client.relay, { acceptedVersion: policy.version, declinedUses: ['audience-statistics'] });
 * ```
 */
import { DefTalkError } from '../errors/index.ts';
import {
  type ConsentState,
  decodeConsentState,
  decodePolicyInfo,
  encodeChangeNumberRequest,
  encodeConsentRequest,
  encodePushTokenRegistration,
  type PolicyInfo,
  type PolicyUse,
} from '../wire/lifecycle.ts';
import {
  decodeVerificationCodeSent,
  encodeVerificationCodeRequest,
  type VerificationCodeSent,
} from '../wire/registration.ts';
import type { DefTalkClient } from './client.ts';
import { parsePhoneNumber } from './client.ts';
import type { RelayConnection } from './relayConnection.ts';

/** The use whose index entry needs the number to be allowed again (spec/lifecycle.md §Uses). */
export const USE_DISCOVERY = 'discovery';

/** `GET /v1/policy` (spec/lifecycle.md §Policy). */
export async function fetchPolicy(relay: RelayConnection): Promise<PolicyInfo> {
  return decodePolicyInfo(await relay.call('GET', '/v1/policy'));
}

/**
 * The uses that are new or changed since `acceptedVersion` (spec/lifecycle.md
 * §Consent): those whose `since_version` is above it. All uses for an
 * account that never accepted a version.
 */
export function changedUses(policy: PolicyInfo, acceptedVersion: number): PolicyUse[] {
  return policy.uses.filter((u) => u.sinceVersion > acceptedVersion);
}

/** `GET /v1/accounts/me/consent`. */
export async function fetchConsent(relay: RelayConnection): Promise<ConsentState> {
  return decodeConsentState(await relay.call('GET', '/v1/accounts/me/consent', { auth: true }));
}

/**
 * `PUT /v1/accounts/me/consent` (spec/lifecycle.md §Consent): accept
 * `acceptedVersion` and decline `declinedUses`. Allowing `discovery` again
 * after declining it needs the account's number.
 */
export async function recordConsent(
  relay: RelayConnection,
  consent: { acceptedVersion: number; declinedUses: readonly string[]; phoneNumber?: string },
): Promise<ConsentState> {
  return decodeConsentState(
    await relay.call('PUT', '/v1/accounts/me/consent', { auth: true, body: encodeConsentRequest(consent) }),
  );
}

/**
 * Accept the current policy, declining `decline` and keeping every other
 * earlier choice unless `allow` names it; the number goes along when
 * `discovery` is allowed again. Returns the stored state.
 */
export async function updateConsent(
  client: DefTalkClient,
  opts: { decline?: readonly string[]; allow?: readonly string[] } = {},
): Promise<ConsentState> {
  const policy = await fetchPolicy(client.relay);
  const current = await fetchConsent(client.relay);
  const optional = new Set(policy.uses.filter((u) => u.optional).map((u) => u.id));
  const declined = new Set(current.declinedUses.filter((u) => optional.has(u)));
  for (const u of opts.decline ?? []) declined.add(u);
  for (const u of opts.allow ?? []) declined.delete(u);
  const reallowDiscovery = current.declinedUses.includes(USE_DISCOVERY) && !declined.has(USE_DISCOVERY);
  if (reallowDiscovery && !client.phoneNumber) throw new DefTalkError('NOT_REGISTERED');
  return recordConsent(client.relay, {
    acceptedVersion: policy.version,
    declinedUses: [...declined].sort(),
    phoneNumber: reallowDiscovery ? client.phoneNumber : undefined,
  });
}

/** Ask the relay to send a code to the new number (spec/lifecycle.md §Change of number). */
export async function requestNumberChangeCode(
  relay: RelayConnection,
  newNumber: string,
): Promise<VerificationCodeSent> {
  const number = parsePhoneNumber(newNumber);
  return decodeVerificationCodeSent(
    await relay.call('POST', '/v1/registration/code', { body: encodeVerificationCodeRequest(number) }),
  );
}

/** Move the account to `newNumber` with the code sent to it, and remember the new number. */
export async function changeNumber(client: DefTalkClient, newNumber: string, code: string): Promise<void> {
  const number = parsePhoneNumber(newNumber);
  await client.relay.call('PUT', '/v1/accounts/me/number', {
    auth: true,
    body: encodeChangeNumberRequest({ phoneNumber: number, verificationCode: code }),
  });
  await client.setPhoneNumber(number);
}

/** Delete the account on the relay (spec/lifecycle.md §Deletion); only the primary device may. */
export async function deleteAccount(relay: RelayConnection): Promise<void> {
  await relay.call('DELETE', '/v1/accounts/me', { auth: true });
}

/** Register this device's push token with a gateway the relay lists (spec/lifecycle.md §Uninstall). */
export async function registerPushToken(
  relay: RelayConnection,
  gateway: string,
  token: Uint8Array,
): Promise<void> {
  await relay.call('PUT', '/v1/devices/me/push-token', {
    auth: true,
    body: encodePushTokenRegistration({ gateway, token }),
  });
}
