/**
 * @module
 * Advertising (spec/advertising.md): the account's opt-in (off by default),
 * relay notices queued only for opted-in accounts and handed out with an
 * unsubscribe link whose token the relay keeps as a SHA-256 digest, and the
 * link's pages, where a GET only asks and a POST opts the account out
 * without sign-in. The operator's side (sending a notice, the audience
 * report) is in plugins/operator.ts; both go through
 * {@link AdvertisingService}. The concern registers its eraser.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { getCountries } from 'libphonenumber-js';
import { DefTalkError } from '../../errors/index.ts';
import {
  ADS_MAX_TEXT,
  ADS_PATH,
  type AdsOptIn,
  type AdsState,
  decodeAdsOptIn,
  encodeAdsState,
  encodeRelayNoticeList,
  isAdsLanguage,
  NOTICES_PATH,
  type RelayNotice,
} from '../../wire/advertising.ts';
import type { AccountId } from '../../wire/ids.ts';
import type { Clock } from '../clock.ts';
import type { ErasureRegistry } from '../erasure.ts';
import type { AdvertisingStore } from '../storage/advertising.ts';
import { countryOf } from '../website/country.ts';
import { isLanguage, LANGUAGES, type Language, languageForCountry } from '../website/i18n.ts';
import {
  unsubscribeConfirmPage,
  unsubscribeDonePage,
  unsubscribeInvalidPage,
} from '../website/unsubscribe.ts';
import type { OperationRegistry } from './operations.ts';
import { WEBSITE_HEADERS } from './website.ts';

const DAY_MS = 86_400_000;
/** A notice nobody removes is erased after 30 days (spec/advertising.md §Relay notices). */
export const NOTICE_TTL_MS = 30 * DAY_MS;
/** Life of an unsubscribe token (at least 90 days, REQ-ADS-004). */
export const UNSUBSCRIBE_TOKEN_TTL_MS = 180 * DAY_MS;
/** Token digests kept per account, the oldest dropped first. */
export const UNSUBSCRIBE_TOKENS_KEPT = 32;
/** Smallest `k` of the audience report (REQ-ADS-007). */
export const AUDIENCE_MIN_K = 50;

const COUNTRIES: ReadonlySet<string> = new Set(getCountries());
/** A token as minted: 24 random bytes in base64url (192 bits). */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{22,64}$/;

const digestOf = (token: string): Buffer => createHash('sha256').update(token, 'utf8').digest();

/** The advertising concern, shared by the device operations, the link pages and the operator API. */
export class AdvertisingService {
  readonly store: AdvertisingStore;
  readonly #clock: Clock;

  constructor(store: AdvertisingStore, clock: Clock) {
    this.store = store;
    this.#clock = clock;
  }

  /** The account's state; off unless it opted in (REQ-ADS-001). */
  async state(account: AccountId): Promise<AdsState> {
    const s = await this.store.subscription(account);
    return s ? { optedIn: true, ...s } : { optedIn: false, country: '', language: '' };
  }

  /** Opt in with a known region code and an allowed language, else ADS_OPT_IN_INVALID and nothing stored (REQ-ADS-002). */
  async optIn(account: AccountId, o: AdsOptIn): Promise<AdsState> {
    if (!COUNTRIES.has(o.country)) throw new DefTalkError('ADS_OPT_IN_INVALID', { field: 'country' });
    if (!isAdsLanguage(o.language)) throw new DefTalkError('ADS_OPT_IN_INVALID', { field: 'language' });
    await this.store.optIn(
      account,
      { country: o.country, language: o.language },
      Math.floor(this.#clock.now() / DAY_MS),
    );
    return this.state(account);
  }

  /** Opt out: the row, the token digests and the pending notices go at once (REQ-ADS-003). */
  async optOut(account: AccountId): Promise<AdsState> {
    await this.store.optOut(account);
    return this.state(account);
  }

  /** Queue the operator's text for the accounts opted in now (REQ-ADS-001); answers the notice id. */
  async send(text: unknown): Promise<string> {
    if (typeof text !== 'string' || text.trim() === '' || text.length > ADS_MAX_TEXT)
      throw new DefTalkError('ADS_TEXT_INVALID');
    const noticeId = randomBytes(16).toString('hex');
    await this.store.queueForSubscribers(noticeId, text, this.#clock.now());
    return noticeId;
  }

  /**
   * The account's pending notices, each with the unsubscribe path of one
   * token minted for this answer and kept only as its digest (REQ-ADS-004).
   */
  async notices(account: AccountId): Promise<RelayNotice[]> {
    const now = this.#clock.now();
    await this.store.expire(now - NOTICE_TTL_MS, now);
    const pending = await this.store.notices(account);
    if (pending.length === 0) return [];
    const token = randomBytes(24).toString('base64url');
    await this.store.addToken(
      account,
      digestOf(token),
      now,
      now + UNSUBSCRIBE_TOKEN_TTL_MS,
      UNSUBSCRIBE_TOKENS_KEPT,
    );
    const language = (await this.store.subscription(account))?.language ?? '';
    const prefix = isLanguage(language) ? `/${language}` : '';
    return pending.map((n) => ({
      noticeId: n.noticeId,
      text: n.text,
      unsubscribePath: `${prefix}/ads/unsubscribe/${token}`,
      queuedAtMs: n.queuedAt,
    }));
  }

  /** Whether an unsubscribe token is valid now; changes nothing (the GET of REQ-ADS-006). */
  async tokenValid(token: string): Promise<boolean> {
    return (
      TOKEN_SHAPE.test(token) &&
      (await this.store.tokenAccount(digestOf(token), this.#clock.now())) !== undefined
    );
  }

  /** Opt out the account a valid token names (the POST of REQ-ADS-006); false for an unknown or used token. */
  async unsubscribe(token: string): Promise<boolean> {
    if (!TOKEN_SHAPE.test(token)) return false;
    const account = await this.store.tokenAccount(digestOf(token), this.#clock.now());
    if (account === undefined) return false;
    await this.store.optOut(account);
    return true;
  }
}

/** Options of {@link advertisingPlugin}. */
export interface AdvertisingOptions {
  operations: OperationRegistry;
  service: AdvertisingService;
  erasure: ErasureRegistry;
  clock: Clock;
}

function sendPage(reply: FastifyReply, status: number, language: Language, page: string): FastifyReply {
  return reply
    .code(status)
    .headers(WEBSITE_HEADERS)
    .header('content-language', language)
    .header('cache-control', 'no-store')
    .type('text/html; charset=utf-8')
    .send(page);
}

/** Fastify plugin: the opt-in and notice operations and the unsubscribe link's pages. */
export async function advertisingPlugin(app: FastifyInstance, opts: AdvertisingOptions): Promise<void> {
  const { operations, service, erasure, clock } = opts;
  erasure.add({ concern: 'advertising', eraseAccount: (a) => service.store.optOut(a) });
  const me = (device: { accountId: string } | undefined): AccountId => device!.accountId as AccountId;
  operations.add<undefined, AdsState>({
    name: 'ads.get',
    method: 'GET',
    path: ADS_PATH,
    auth: 'device',
    encodeBody: encodeAdsState,
    handle: async ({ device }) => service.state(me(device)),
  });
  operations.add<AdsOptIn, AdsState>({
    name: 'ads.optIn',
    method: 'PUT',
    path: ADS_PATH,
    auth: 'device',
    decodeBody: decodeAdsOptIn,
    encodeBody: encodeAdsState,
    handle: async ({ device, body }) => service.optIn(me(device), body),
  });
  operations.add<undefined, AdsState>({
    name: 'ads.optOut',
    method: 'DELETE',
    path: ADS_PATH,
    auth: 'device',
    encodeBody: encodeAdsState,
    handle: async ({ device }) => service.optOut(me(device)),
  });
  operations.add<undefined, RelayNotice[]>({
    name: 'notices.list',
    method: 'GET',
    path: NOTICES_PATH,
    auth: 'device',
    encodeBody: encodeRelayNoticeList,
    handle: async ({ device }) => service.notices(me(device)),
  });
  operations.add({
    name: 'notices.remove',
    method: 'DELETE',
    path: `${NOTICES_PATH}/:noticeId`,
    auth: 'device',
    handle: async ({ device, params }) => {
      if (!/^[0-9a-f]{32}$/.test(params.noticeId ?? '')) throw new DefTalkError('MALFORMED_REQUEST');
      await service.store.removeNotice(me(device), params.noticeId!);
    },
  });

  // Notices nobody removes and expired token digests go even when nobody asks.
  const sweep = setInterval(() => {
    const now = clock.now();
    // A sweep that fails (the shared store away) is retried by the next one and by every notices call.
    Promise.resolve(service.store.expire(now - NOTICE_TTL_MS, now)).catch(() => undefined);
  }, 3_600_000);
  sweep.unref();
  app.addHook('onClose', async () => clearInterval(sweep));

  // The link's pages, in the website's style: the form's empty body is read by this scope only.
  await app.register(async (pages) => {
    pages.addContentTypeParser(
      'application/x-www-form-urlencoded',
      { parseAs: 'string', bodyLimit: 1024 },
      (_r, _b, done) => done(null, {}),
    );
    const choose = (request: FastifyRequest, prefix: Language | undefined) =>
      prefix
        ? { language: prefix, base: `/${prefix}` }
        : { language: languageForCountry(countryOf(request.ip)), base: '' };
    for (const prefix of [undefined, ...LANGUAGES]) {
      const path = `${prefix ? `/${prefix}` : ''}/ads/unsubscribe/:token`;
      pages.get<{ Params: { token: string } }>(path, async (request, reply) => {
        const c = choose(request, prefix);
        if (!(await service.tokenValid(request.params.token)))
          return sendPage(reply, 404, c.language, unsubscribeInvalidPage(c));
        // The form posts to this very path, so the token never appears anywhere else.
        const action = `${c.base}/ads/unsubscribe/${request.params.token}`;
        return sendPage(reply, 200, c.language, unsubscribeConfirmPage(c, action));
      });
      pages.post<{ Params: { token: string } }>(path, async (request, reply) => {
        const c = choose(request, prefix);
        if (!(await service.unsubscribe(request.params.token)))
          return sendPage(reply, 404, c.language, unsubscribeInvalidPage(c));
        return sendPage(reply, 200, c.language, unsubscribeDonePage(c));
      });
    }
  });
}
