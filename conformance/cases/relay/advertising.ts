/**
 * @module
 * Relay-mode cases for advertising (spec/advertising.md): opt-in off by
 * default and notices only for opted-in accounts, the unsubscribe link that
 * a GET never acts on and a POST acts on without sign-in, the audience
 * report over opted-in accounts with every cell of at least k, and the
 * operator's advertising routes refusing a request without the operator's
 * token. They act as the operator with the token of
 * `GET /test-hooks/v1/operator/token` (operator.md §Test hooks).
 */

import {
  ADS_PATH,
  type AdsState,
  decodeAdsState,
  decodeRelayNoticeList,
  encodeAdsOptIn,
  NOTICES_PATH,
  type RelayNotice,
} from '../../../reference/wire/advertising.ts';
import { decodePolicyInfo, encodeConsentRequest } from '../../../reference/wire/lifecycle.ts';
import { type CaseContext, type ConformanceCase, check, checkEqual } from '../../case.ts';
import {
  caseClient,
  expectError,
  expectOk,
  type RelayClient,
  registerAccount,
  type TestAccount,
} from '../../lib/relayClient.ts';

interface Page {
  status: number;
  headers: Headers;
  text: string;
}

async function http(
  ctx: CaseContext,
  method: string,
  path: string,
  opts: { headers?: Record<string, string>; body?: string } = {},
): Promise<Page> {
  check(ctx.relayUrl, 'relay mode needs the relay URL');
  const res = await fetch(new URL(path, ctx.relayUrl), {
    method,
    headers: opts.headers ?? {},
    body: opts.body,
    signal: ctx.signal,
    redirect: 'manual',
  });
  return { status: res.status, headers: res.headers, text: await res.text() };
}

async function operatorToken(ctx: CaseContext): Promise<string> {
  const t = await http(ctx, 'GET', '/test-hooks/v1/operator/token', {
    headers: { accept: 'application/json' },
  });
  checkEqual(t.status, 200, 'GET /test-hooks/v1/operator/token answers 200 (REQ-OPERATOR-005)');
  const token = (JSON.parse(t.text) as { token?: unknown }).token;
  check(typeof token === 'string' && token.length > 0, 'the hook names a token');
  return token;
}

/** Send an advertising text as the operator; answers the notice id. */
async function sendAd(ctx: CaseContext, token: string, text: string): Promise<string> {
  const a = await http(ctx, 'POST', '/operator/v1/ads/send', {
    headers: {
      authorization: `Bearer ${token}`,
      'content-type': 'application/json',
      accept: 'application/json',
    },
    body: JSON.stringify({ text }),
  });
  ctx.log(`POST /operator/v1/ads/send -> ${a.status}`);
  checkEqual(a.status, 200, 'POST /operator/v1/ads/send answers 200');
  const id = (JSON.parse(a.text) as { noticeId?: unknown }).noticeId;
  check(typeof id === 'string' && /^[0-9a-f]{32}$/.test(id), 'the answer names a notice id', 'hex', id);
  return id;
}

async function adsState(ctx: CaseContext, client: RelayClient, who: TestAccount): Promise<AdsState> {
  return decodeAdsState(
    expectOk(ctx, await client.request('GET', ADS_PATH, { token: who.primary.token }), 'GET ads state'),
  );
}

async function optIn(
  ctx: CaseContext,
  client: RelayClient,
  who: TestAccount,
  country: string,
  language: string,
): Promise<void> {
  const body = encodeAdsOptIn({ country, language });
  const s = decodeAdsState(
    expectOk(ctx, await client.request('PUT', ADS_PATH, { token: who.primary.token, body }), 'opt in'),
  );
  check(s.optedIn && s.country === country && s.language === language, 'the opt-in is answered as made');
}

async function optOut(ctx: CaseContext, client: RelayClient, who: TestAccount): Promise<void> {
  const s = decodeAdsState(
    expectOk(ctx, await client.request('DELETE', ADS_PATH, { token: who.primary.token }), 'opt out'),
  );
  check(!s.optedIn, 'the opt-out answers opted_in false');
}

async function notices(ctx: CaseContext, client: RelayClient, who: TestAccount): Promise<RelayNotice[]> {
  return decodeRelayNoticeList(
    expectOk(ctx, await client.request('GET', NOTICES_PATH, { token: who.primary.token }), 'GET /v1/notices'),
  );
}

/** A text unique to this run, for finding exactly this case's notice. */
function marker(ctx: CaseContext, label: string): string {
  let s = '';
  for (let i = 0; i < 12; i++) s += 'abcdefghijklmnopqrstuvwxyz'[Math.floor(ctx.random() * 26)];
  return `${label} ${s}`;
}

const withText = (list: RelayNotice[], text: string) => list.filter((n) => n.text === text);

async function checkOffByDefault(ctx: CaseContext): Promise<void> {
  const client = caseClient(ctx);
  const token = await operatorToken(ctx);
  const never = await registerAccount(client, ctx.random);
  const subscriber = await registerAccount(client, ctx.random);
  const leaver = await registerAccount(client, ctx.random);
  const refused = await registerAccount(client, ctx.random);
  checkEqual((await adsState(ctx, client, never)).optedIn, false, 'a new account is not opted in');
  // REQ-ADS-002: an opt-in with a country or language outside the lists stores nothing.
  for (const [country, language, what] of [
    ['XX', 'en', 'an unknown region'],
    ['DE', 'xx', 'a language outside the list'],
    ['de', 'de', 'a lower-case region'],
    ['DE', 'de-DE', 'a region subtag'],
  ] as const) {
    const a = await client.request('PUT', ADS_PATH, {
      token: refused.primary.token,
      body: encodeAdsOptIn({ country, language }),
    });
    expectError(ctx, a, 'ADS_OPT_IN_INVALID', `opt in with ${what}`);
  }
  checkEqual(
    (await adsState(ctx, client, refused)).optedIn,
    false,
    'a refused opt-in leaves the account out',
  );
  await optIn(ctx, client, subscriber, 'FR', 'fr');
  await optIn(ctx, client, leaver, 'FR', 'fr');
  await optOut(ctx, client, leaver);
  checkEqual((await adsState(ctx, client, leaver)).optedIn, false, 'opted out after DELETE');

  // The operator's route without the operator's token queues nothing (REQ-OPERATOR-001).
  const sneaky = marker(ctx, 'unauthorized ad');
  for (const authorization of [undefined, `Bearer ${token}x`]) {
    const a = await http(ctx, 'POST', '/operator/v1/ads/send', {
      headers: {
        ...(authorization ? { authorization } : {}),
        'content-type': 'application/json',
        accept: 'application/json',
      },
      body: JSON.stringify({ text: sneaky }),
    });
    ctx.log(
      `POST /operator/v1/ads/send ${authorization ? 'with a wrong token' : 'without a token'} -> ${a.status}`,
    );
    checkEqual(a.status, 401, 'the send route refuses a request without the operator token');
  }

  const text = marker(ctx, 'advertising');
  const id = await sendAd(ctx, token, text);
  for (const [who, name] of [
    [never, 'an account that never opted in'],
    [leaver, 'an account that opted out'],
    [refused, 'an account whose opt-in was refused'],
  ] as const) {
    const got = await notices(ctx, client, who);
    checkEqual(got.length, 0, `${name} has no notice (REQ-ADS-001)`);
  }
  const got = await notices(ctx, client, subscriber);
  checkEqual(withText(got, sneaky).length, 0, 'the unauthorized text reached nobody');
  const mine = withText(got, text);
  checkEqual(mine.length, 1, 'the opted-in account has the notice once');
  checkEqual(mine[0]!.noticeId, id, 'the notice carries the id the operator got');
  check(
    /^(\/[a-z]{2})?\/ads\/unsubscribe\/[A-Za-z0-9_-]{22,}$/.test(mine[0]!.unsubscribePath),
    'the notice carries an unsubscribe path (REQ-ADS-004)',
  );
  ctx.log('only the opted-in account of four got the notice');
  // REQ-ADS-005: removing it removes it; removing it again is no error.
  for (let i = 0; i < 2; i++) {
    expectOk(
      ctx,
      await client.request('DELETE', `${NOTICES_PATH}/${id}`, { token: subscriber.primary.token }),
      'DELETE the notice',
    );
  }
  checkEqual(withText(await notices(ctx, client, subscriber), text).length, 0, 'a removed notice is gone');
}

async function checkUnsubscribeLink(ctx: CaseContext): Promise<void> {
  const client = caseClient(ctx);
  const token = await operatorToken(ctx);
  const reader = await registerAccount(client, ctx.random);
  await optIn(ctx, client, reader, 'AT', 'de');
  const text = marker(ctx, 'werbung');
  await sendAd(ctx, token, text);
  const [notice] = withText(await notices(ctx, client, reader), text);
  check(notice, 'the opted-in account has the notice');
  const path = notice.unsubscribePath;
  const secret = path.slice(path.lastIndexOf('/') + 1);
  check(
    secret.length >= 22,
    'the token holds at least 128 bits',
    '>= 22 base64url characters',
    secret.length,
  );

  // The relay keeps only the token's digest (REQ-ADS-004).
  const dump = await client.storageDump();
  for (const f of dump) {
    check(!Buffer.from(f.content).includes(Buffer.from(secret)), `${f.name} holds the unsubscribe token`);
  }
  ctx.log(`no storage file of ${dump.length} holds the token`);

  // GET, twice, as a link scanner would: a page with a POST form, and nothing changes (REQ-ADS-006).
  for (let i = 0; i < 2; i++) {
    const g = await http(ctx, 'GET', path, { headers: { accept: 'text/html' } });
    ctx.log(`GET ${path.replace(secret, '…')} -> ${g.status}`);
    checkEqual(g.status, 200, 'the link answers a confirmation page');
    check(/<form[^>]*method="post"/i.test(g.text), 'the page holds a form that POSTs');
    checkEqual((await adsState(ctx, client, reader)).optedIn, true, 'a GET of the link did not opt out');
  }
  check(withText(await notices(ctx, client, reader), text).length === 1, 'a GET left the notice in place');

  // Another token, no sign-in: refused and nothing changes.
  const wrong = `${secret.slice(0, -1)}${secret.endsWith('A') ? 'B' : 'A'}`;
  const w = await http(ctx, 'POST', path.replace(secret, wrong), {
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: '',
  });
  ctx.log(`POST with another token -> ${w.status}`);
  checkEqual(w.status, 404, 'an unknown token answers 404');
  check(w.text.includes('ADS_UNSUBSCRIBE_TOKEN_INVALID'), 'the page names ADS_UNSUBSCRIBE_TOKEN_INVALID');
  checkEqual((await adsState(ctx, client, reader)).optedIn, true, 'an unknown token changed nothing');

  // The POST, with no credential but the link: opted out, notices gone (REQ-ADS-003, REQ-ADS-006).
  const p = await http(ctx, 'POST', path, {
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: '',
  });
  ctx.log(`POST the link -> ${p.status}`);
  checkEqual(p.status, 200, 'the POST answers 200');
  checkEqual((await adsState(ctx, client, reader)).optedIn, false, 'the POST opted the account out');
  checkEqual((await notices(ctx, client, reader)).length, 0, 'its pending notices are gone');
  const again = await http(ctx, 'POST', path, {
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: '',
  });
  checkEqual(again.status, 404, 'the used link answers 404');
  const later = marker(ctx, 'werbung danach');
  await sendAd(ctx, token, later);
  checkEqual(withText(await notices(ctx, client, reader), later).length, 0, 'no notice after unsubscribing');
}

interface Report {
  k: number;
  cells: { country: string; language: string; accounts: number }[];
}

async function report(ctx: CaseContext, token: string, query = ''): Promise<Page> {
  return http(ctx, 'GET', `/operator/v1/audience${query}`, {
    headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
  });
}

async function readReport(ctx: CaseContext, token: string, query = ''): Promise<Report> {
  const r = await report(ctx, token, query);
  checkEqual(r.status, 200, `GET /operator/v1/audience${query} answers 200`);
  const body = JSON.parse(r.text) as Record<string, unknown>;
  checkEqual(
    Object.keys(body).sort().join(','),
    'cells,k',
    'the report holds only k and cells (REQ-ADS-008)',
  );
  const k = body.k as number;
  check(Number.isInteger(k) && k >= 50, 'k is at least 50', '>= 50', k);
  for (const c of body.cells as Record<string, unknown>[]) {
    checkEqual(
      Object.keys(c).sort().join(','),
      'accounts,country,language',
      'a cell holds only its three fields',
    );
    check(
      (c.accounts as number) >= k,
      `the cell ${c.country}/${c.language} counts fewer than k`,
      `>= ${k}`,
      c.accounts,
    );
  }
  return body as unknown as Report;
}

/** Countries no other case opts in with, so the case's cell starts empty on a fresh relay. */
const RARE = ['IS', 'MT', 'LU', 'EE', 'CY', 'MC'] as const;

async function checkAudience(ctx: CaseContext): Promise<void> {
  const client = caseClient(ctx);
  const token = await operatorToken(ctx);
  const country = RARE[Math.floor(ctx.random() * RARE.length)]!;
  const language = 'tr';
  const cellOf = (r: Report) => r.cells.find((c) => c.country === country && c.language === language);
  const start = cellOf(await readReport(ctx, token));
  check(start === undefined, `the cell ${country}/${language} is empty before the case`, 'absent', start);
  const accounts: TestAccount[] = [];
  for (let i = 0; i < 50; i++) accounts.push(await registerAccount(client, ctx.random));
  // 49 opt in; the 50th opts in and out again; ten more never opt in.
  for (const a of accounts) await optIn(ctx, client, a, country, language);
  await optOut(ctx, client, accounts[49]!);
  for (let i = 0; i < 10; i++) await registerAccount(client, ctx.random);
  ctx.log(`60 accounts: 49 opted in to ${country}/${language}, one opted out, ten never opted in`);
  const below = cellOf(await readReport(ctx, token));
  check(below === undefined, 'a cell of 49 opted-in accounts is published (REQ-ADS-007)', 'absent', below);
  await optIn(ctx, client, accounts[49]!, country, language);
  const at = cellOf(await readReport(ctx, token));
  check(at, 'a cell of 50 opted-in accounts is published', 'present', 'absent');
  checkEqual(at.accounts, 50, 'the cell counts exactly the opted-in accounts');
  // k can be raised, never lowered.
  check(
    cellOf(await readReport(ctx, token, '?k=51')) === undefined,
    'with k = 51 the cell of 50 is left out',
  );
  for (const q of ['?k=49', '?k=1', '?k=abc', '?k=50.5']) {
    const r = await report(ctx, token, q);
    ctx.log(`GET /operator/v1/audience${q} -> ${r.status}`);
    checkEqual(r.status, 400, `k from ${q} is refused`);
    check(r.text.includes('ADS_K_INVALID'), `${q}: ADS_K_INVALID`);
  }
  // Declining audience-statistics (lifecycle.md §Uses) takes an account out of the count.
  const policy = decodePolicyInfo(expectOk(ctx, await client.request('GET', '/v1/policy'), 'GET /v1/policy'));
  expectOk(
    ctx,
    await client.request('PUT', '/v1/accounts/me/consent', {
      token: accounts[0]!.primary.token,
      body: encodeConsentRequest({ acceptedVersion: policy.version, declinedUses: ['audience-statistics'] }),
    }),
    'decline audience-statistics',
  );
  const declined = cellOf(await readReport(ctx, token));
  check(declined === undefined, 'the cell still counts an account that declined audience-statistics');
  ctx.log('the cell appears at 50 opted-in accounts and goes when one declines; never below k');
}

/** The advertising cases. */
export const ADVERTISING_RELAY_CASES: readonly ConformanceCase[] = [
  {
    id: 'ads/off-by-default',
    title: 'Advertising is off until an account opts in; a notice reaches only opted-in accounts',
    mode: 'relay',
    capability: 'test-hooks',
    requirements: ['REQ-ADS-001', 'REQ-ADS-002', 'REQ-ADS-003', 'REQ-ADS-005', 'REQ-OPERATOR-001'],
    run: checkOffByDefault,
  },
  {
    id: 'ads/unsubscribe-link',
    title:
      'The unsubscribe link: a GET only asks, a POST opts out without sign-in, the token is kept as a digest',
    mode: 'relay',
    capability: 'test-hooks',
    requirements: ['REQ-ADS-003', 'REQ-ADS-004', 'REQ-ADS-006'],
    run: checkUnsubscribeLink,
  },
  {
    id: 'ads/audience-opted-in-only',
    title: 'The audience report counts only opted-in accounts by country and language, every cell at least k',
    mode: 'relay',
    capability: 'test-hooks',
    requirements: ['REQ-ADS-007', 'REQ-ADS-008'],
    timeoutMs: 60_000,
    run: checkAudience,
  },
];
