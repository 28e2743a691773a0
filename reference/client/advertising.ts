/**
 * @module
 * The client's side of advertising (spec/advertising.md): the account's
 * opt-in, off until the user turns it on, with the region of the account's
 * own number derived here on the device (libphonenumber-js) so the number
 * never goes to the relay for it; turning it off; reading the relay's
 * notices, each with the unsubscribe link that works without sign-in, and
 * removing them once shown. A relay notice is written by the relay's
 * operator and is not end-to-end encrypted: show it apart from messages.
 *
 * @example
 * ```ts
 * await optInAds(client, 'de');
 * for (const n of await fetchNotices(client.relay)) show(n.text, unsubscribeUrl(client.relayUrl, n));
 * ```
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { DefTalkError } from '../errors/index.ts';
import {
  ADS_LANGUAGES,
  ADS_PATH,
  type AdsState,
  decodeAdsState,
  decodeRelayNoticeList,
  encodeAdsOptIn,
  isAdsLanguage,
  NOTICES_PATH,
  type RelayNotice,
} from '../wire/advertising.ts';
import type { DefTalkClient } from './client.ts';
import type { RelayConnection } from './relayConnection.ts';

export { ADS_LANGUAGES, type AdsState, type RelayNotice };

/** The ISO 3166-1 region of an E.164 number, as the opt-in sends it (spec/advertising.md §Opt-in). */
export function regionOfNumber(e164: string): string {
  const region = parsePhoneNumberFromString(e164)?.country;
  if (!region) throw new DefTalkError('INVALID_PHONE_NUMBER');
  return region;
}

/** `GET /v1/accounts/me/ads`. */
export async function fetchAdsState(relay: RelayConnection): Promise<AdsState> {
  return decodeAdsState(await relay.call('GET', ADS_PATH, { auth: true }));
}

/**
 * Opt in with `language` (one of {@link ADS_LANGUAGES}) and the region of
 * the account's number as the client recorded it; the number stays here.
 */
export async function optInAds(client: DefTalkClient, language: string): Promise<AdsState> {
  if (!isAdsLanguage(language)) throw new DefTalkError('ADS_OPT_IN_INVALID', { field: 'language' });
  const number = client.phoneNumber;
  if (!number) throw new DefTalkError('NOT_REGISTERED');
  const body = encodeAdsOptIn({ country: regionOfNumber(number), language });
  return decodeAdsState(await client.relay.call('PUT', ADS_PATH, { auth: true, body }));
}

/** `DELETE /v1/accounts/me/ads`: off at once, pending notices and links gone (REQ-ADS-003). */
export async function optOutAds(relay: RelayConnection): Promise<AdsState> {
  return decodeAdsState(await relay.call('DELETE', ADS_PATH, { auth: true }));
}

/** `GET /v1/notices`: the account's pending relay notices, oldest first. */
export async function fetchNotices(relay: RelayConnection): Promise<RelayNotice[]> {
  return decodeRelayNoticeList(await relay.call('GET', NOTICES_PATH, { auth: true }));
}

/** `DELETE /v1/notices/{id}`: remove a notice once shown (REQ-ADS-005). */
export async function removeNotice(relay: RelayConnection, noticeId: string): Promise<void> {
  await relay.call('DELETE', `${NOTICES_PATH}/${noticeId}`, { auth: true });
}

/** The notice's unsubscribe link on the relay's origin. */
export function unsubscribeUrl(relayUrl: string, notice: RelayNotice): string {
  return new URL(notice.unsubscribePath, relayUrl).toString();
}
