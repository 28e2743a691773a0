/**
 * @module
 * Advertising on the wire (spec/advertising.md): the opt-in, its state and
 * the relay notices of proto/deftalk/v1/advertising.proto, with the list of
 * languages an opt-in may name.
 */
import { decodeMessage, requireField } from './codec.ts';
import { deftalk } from './generated/deftalk.js';

/** The languages an opt-in may name (spec/advertising.md §Opt-in): the website's four, then six more. */
export const ADS_LANGUAGES = ['en', 'de', 'ru', 'he', 'fr', 'es', 'it', 'uk', 'ar', 'tr'] as const;

/** One of {@link ADS_LANGUAGES}. */
export type AdsLanguage = (typeof ADS_LANGUAGES)[number];

/** True when `s` is one of {@link ADS_LANGUAGES}. */
export function isAdsLanguage(s: string): s is AdsLanguage {
  return (ADS_LANGUAGES as readonly string[]).includes(s);
}

/** Path of the opt-in (spec/advertising.md §Endpoints). */
export const ADS_PATH = '/v1/accounts/me/ads';
/** Path of the account's relay notices. */
export const NOTICES_PATH = '/v1/notices';
/** Longest advertising text, in UTF-16 code units (spec/advertising.md §Relay notices). */
export const ADS_MAX_TEXT = 1000;
/** Longest country or language string a decoder lets through to the relay's own check. */
const MAX_ATTRIBUTE_CHARS = 16;

/** PUT /v1/accounts/me/ads. */
export interface AdsOptIn {
  readonly country: string;
  readonly language: string;
}

/** Encode an `AdsOptIn`. */
export function encodeAdsOptIn(o: AdsOptIn): Uint8Array {
  return deftalk.v1.AdsOptIn.encode({ country: o.country, language: o.language }).finish();
}

/**
 * Decode an `AdsOptIn`: both fields present and short. Whether the country
 * and the language are accepted is the relay's check (ADS_OPT_IN_INVALID,
 * REQ-ADS-002), not the decoder's.
 */
export function decodeAdsOptIn(bytes: Uint8Array): AdsOptIn {
  const m = decodeMessage('deftalk.v1.AdsOptIn', (b) => deftalk.v1.AdsOptIn.decode(b), bytes);
  requireField(m.country && m.country.length <= MAX_ATTRIBUTE_CHARS, 'country');
  requireField(m.language && m.language.length <= MAX_ATTRIBUTE_CHARS, 'language');
  return { country: m.country!, language: m.language! };
}

/** The answer of GET, PUT and DELETE /v1/accounts/me/ads. */
export interface AdsState {
  readonly optedIn: boolean;
  /** Empty when not opted in. */
  readonly country: string;
  /** Empty when not opted in. */
  readonly language: string;
}

/** Encode an `AdsState`. */
export function encodeAdsState(s: AdsState): Uint8Array {
  return deftalk.v1.AdsState.encode({ ...s }).finish();
}

/** Decode an `AdsState`. */
export function decodeAdsState(bytes: Uint8Array): AdsState {
  const m = decodeMessage('deftalk.v1.AdsState', (b) => deftalk.v1.AdsState.decode(b), bytes);
  return { optedIn: m.optedIn ?? false, country: m.country ?? '', language: m.language ?? '' };
}

/** One relay notice (spec/advertising.md §Relay notices); not end-to-end encrypted. */
export interface RelayNotice {
  readonly noticeId: string;
  readonly text: string;
  readonly unsubscribePath: string;
  readonly queuedAtMs: number;
}

/** Encode a `RelayNoticeList`. */
export function encodeRelayNoticeList(notices: readonly RelayNotice[]): Uint8Array {
  return deftalk.v1.RelayNoticeList.encode({ notices: notices.map((n) => ({ ...n })) }).finish();
}

const NOTICE_ID = /^[0-9a-f]{32}$/;
const UNSUBSCRIBE_PATH = /^(\/[a-z]{2})?\/ads\/unsubscribe\/[A-Za-z0-9_-]{22,}$/;

/** Decode a `RelayNoticeList`: every notice with a well-formed id, text and unsubscribe path. */
export function decodeRelayNoticeList(bytes: Uint8Array): RelayNotice[] {
  const m = decodeMessage('deftalk.v1.RelayNoticeList', (b) => deftalk.v1.RelayNoticeList.decode(b), bytes);
  return (m.notices ?? []).map((n) => {
    requireField(NOTICE_ID.test(n.noticeId ?? ''), 'notice_id');
    requireField(typeof n.text === 'string' && n.text.length <= ADS_MAX_TEXT, 'text');
    requireField(UNSUBSCRIBE_PATH.test(n.unsubscribePath ?? ''), 'unsubscribe_path');
    return {
      noticeId: n.noticeId!,
      text: n.text!,
      unsubscribePath: n.unsubscribePath!,
      queuedAtMs: Number(n.queuedAtMs ?? 0),
    };
  });
}
