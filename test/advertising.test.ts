/**
 * @module
 * Advertising on the reference relay (spec/advertising.md) and operator
 * authentication (spec/operator.md, issue 6 item 10): every route under
 * `/operator/` refuses a request without the token or with a wrong one;
 * the audience report over a seeded population at and around k; the
 * erasure of the opt-in, token digests and notices with the account, down
 * to the bytes of the storage files; notice expiry and the token cap; the
 * unsubscribe pages in four languages; no token in the logs.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t, { type Test } from 'tap';
import type { CaseContext } from '../conformance/case.ts';
import {
  caseClient,
  registerAccount,
  requestToken,
  type TestAccount,
} from '../conformance/lib/relayClient.ts';
import { NOTICE_TTL_MS, UNSUBSCRIBE_TOKENS_KEPT } from '../reference/relay/plugins/advertising.ts';
import { type Relay, type RelayParts, startRelay } from '../reference/relay/server.ts';
import { SqliteAudienceSource } from '../reference/relay/storage/audience.ts';
import { storageFiles } from '../reference/relay/storage/sqlite.ts';
import {
  ADS_PATH,
  decodeAdsState,
  decodeRelayNoticeList,
  encodeAdsOptIn,
  NOTICES_PATH,
} from '../reference/wire/advertising.ts';
import { type AccountId, accountIdToBytes } from '../reference/wire/ids.ts';

const TOKEN = 'advertising-operator-token-0123456789abcdef';

interface Started {
  relay: Relay;
  dataDir: string;
  logs: string[];
  routes: { method: string; url: string }[];
}

async function start(t: Test, opts: { testHooks?: boolean; parts?: RelayParts } = {}): Promise<Started> {
  const dataDir = mkdtempSync(join(tmpdir(), 'deftalk-advertising-'));
  const tokenFile = join(dataDir, 'operator.token');
  writeFileSync(tokenFile, TOKEN);
  const logs: string[] = [];
  const routes: { method: string; url: string }[] = [];
  const relay = await startRelay(
    {
      host: '127.0.0.1',
      port: 0,
      dataDir,
      testHooks: opts.testHooks ?? true,
      logLevel: 'info',
      operatorTokenFile: tokenFile,
      pinScryptLog2N: 10,
    },
    { write: (s: string) => logs.push(String(s)) > 0 } as unknown as NodeJS.WritableStream,
    {
      ...opts.parts,
      decorate: (app) => {
        app.addHook('onRoute', (r) => {
          for (const m of [r.method].flat()) routes.push({ method: m, url: r.url });
        });
      },
    },
  );
  t.teardown(async () => {
    await relay.close();
    rmSync(dataDir, { recursive: true, force: true });
  });
  return { relay, dataDir, logs, routes };
}

function count(relay: Relay, table: string): number {
  return (relay.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}

function ctxFor(relay: Relay, seed: number): CaseContext {
  let n = seed;
  return {
    mode: 'relay',
    relayUrl: new URL(relay.url),
    driver: undefined,
    capabilities: new Set(['test-hooks']),
    random: () => {
      n = (n * 1103515245 + 12345) % 2 ** 31;
      return n / 2 ** 31;
    },
    timeout: (ms) => ms,
    log: () => {},
    signal: new AbortController().signal,
  };
}

async function optIn(relay: Relay, a: TestAccount, country: string, language: string): Promise<void> {
  const res = await fetch(new URL(ADS_PATH, relay.url), {
    method: 'PUT',
    headers: {
      authorization: `Bearer ${a.primary.token}`,
      'content-type': 'application/x-protobuf',
      accept: 'application/x-protobuf',
    },
    body: Buffer.from(encodeAdsOptIn({ country, language })),
  });
  if (res.status !== 200) throw new Error(`opt in: ${res.status}`);
  decodeAdsState(new Uint8Array(await res.arrayBuffer()));
}

async function sendAd(relay: Relay, text: string): Promise<Response> {
  return fetch(new URL('/operator/v1/ads/send', relay.url), {
    method: 'POST',
    headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify({ text }),
  });
}

async function listNotices(relay: Relay, a: TestAccount) {
  const res = await fetch(new URL(NOTICES_PATH, relay.url), {
    headers: { authorization: `Bearer ${a.primary.token}`, accept: 'application/x-protobuf' },
  });
  return decodeRelayNoticeList(new Uint8Array(await res.arrayBuffer()));
}

t.test('every /operator route refuses a request without the token and with a wrong one', async (t) => {
  const { relay, routes } = await start(t);
  const operatorRoutes = routes.filter((r) => r.url.startsWith('/operator/') && r.method !== 'HEAD');
  const named = operatorRoutes
    .filter((r) => !r.url.includes('*'))
    .map((r) => `${r.method} ${r.url}`)
    .sort();
  // The API of operator.md §Routes; a new route shows up here and must be added, and is then tested below.
  t.same(
    named,
    [
      'GET /operator/v1/audience',
      'GET /operator/v1/feedback',
      'GET /operator/v1/feedback/:id',
      'POST /operator/v1/ads/send',
      'POST /operator/v1/feedback/:id/reply',
    ],
    'the operator routes',
  );
  t.ok(
    operatorRoutes.some((r) => r.url === '/operator/v1/*'),
    'a catch-all answers every other path, behind the same check',
  );
  const wrong: [string, Record<string, string>][] = [
    ['no credential', {}],
    ['a wrong token', { authorization: `Bearer ${TOKEN.slice(0, -1)}X` }],
    ['the token as Basic', { authorization: `Basic ${Buffer.from(`op:${TOKEN}`).toString('base64')}` }],
    ['the token with a prefix', { authorization: `Bearer x${TOKEN}` }],
  ];
  // fetch cannot send TRACE or CONNECT; every other method of every route is tried.
  for (const r of operatorRoutes.filter((x) => !['TRACE', 'CONNECT', 'QUERY'].includes(x.method))) {
    const path = r.url.replace(':id', '0123456789abcdef').replace('*', 'anything');
    for (const [what, headers] of wrong) {
      const res = await fetch(new URL(path, relay.url), {
        method: r.method,
        headers: { ...headers, 'content-type': 'application/json', accept: 'application/json' },
        body: ['GET', 'HEAD', 'OPTIONS'].includes(r.method) ? undefined : '{"text":"x","body":"x"}',
      });
      const text = await res.text();
      t.equal(res.status, 401, `${r.method} ${path} with ${what}: 401`);
      t.match(text, /OPERATOR_UNAUTHENTICATED/, `${r.method} ${path} with ${what}: error name`);
      t.match(res.headers.get('www-authenticate') ?? '', /^Bearer/, 'WWW-Authenticate: Bearer');
    }
  }
  t.equal(count(relay, 'relay_notices'), 0, 'nothing was queued');
  const ok = await fetch(new URL('/operator/v1/audience', relay.url), {
    headers: { authorization: `Bearer ${TOKEN}` },
  });
  t.equal(ok.status, 200, 'the right token is accepted');
});

t.test('without an operator credential no /operator route exists', async (t) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'deftalk-advertising-'));
  const relay = await startRelay({
    host: '127.0.0.1',
    port: 0,
    dataDir,
    testHooks: false,
    logLevel: 'silent',
  });
  t.teardown(async () => {
    await relay.close();
    rmSync(dataDir, { recursive: true, force: true });
  });
  for (const [method, path] of [
    ['GET', '/operator/v1/audience'],
    ['POST', '/operator/v1/ads/send'],
  ] as const) {
    const res = await fetch(new URL(path, relay.url), {
      method,
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
      body: method === 'POST' ? '{"text":"x"}' : undefined,
    });
    t.equal(res.status, 404, `${method} ${path}: 404 (REQ-OPERATOR-002)`);
  }
});

/** Write opted-in rows straight into the table (the report reads only it). */
function seed(relay: Relay, count: number, country: string, language: string, from: number): void {
  const ins = relay.db.prepare(
    'INSERT INTO ads_subscriptions (account_id, country, language, opted_in_day) VALUES (?, ?, ?, 1)',
  );
  for (let i = 0; i < count; i++) {
    const id = Buffer.alloc(16);
    id.writeUInt32BE(from + i, 12);
    ins.run(id, country, language);
  }
}

t.test('the report: cells at and around k, k only raised, nothing but k and cells', async (t) => {
  const { relay } = await start(t, { testHooks: false });
  seed(relay, 50, 'DE', 'de', 0);
  seed(relay, 49, 'DE', 'en', 100);
  seed(relay, 1, 'IL', 'he', 200);
  seed(relay, 120, 'RU', 'ru', 300);
  const audience = new SqliteAudienceSource(relay.db);
  t.same(audience.cells(50), [
    { country: 'DE', language: 'de', accounts: 50 },
    { country: 'RU', language: 'ru', accounts: 120 },
  ]);
  const get = async (q: string) => {
    const res = await fetch(new URL(`/operator/v1/audience${q}`, relay.url), {
      headers: { authorization: `Bearer ${TOKEN}`, accept: 'application/json' },
    });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };
  const d = await get('');
  t.equal(d.status, 200);
  t.same(d.body, {
    k: 50,
    cells: [
      { country: 'DE', language: 'de', accounts: 50 },
      { country: 'RU', language: 'ru', accounts: 120 },
    ],
  });
  t.same((await get('?k=100')).body, { k: 100, cells: [{ country: 'RU', language: 'ru', accounts: 120 }] });
  for (const q of ['?k=49', '?k=0', '?k=-5', '?k=5e1', '?k=']) {
    const r = await get(q);
    t.equal(r.status, 400, `${q} refused`);
    t.equal((r.body as { name?: string }).name, 'ADS_K_INVALID');
  }
});

t.test('account deletion erases the opt-in, token digests and notices from every storage file', async (t) => {
  const { relay, dataDir, logs } = await start(t);
  const client = caseClient(ctxFor(relay, 3));
  const ctx = ctxFor(relay, 3);
  const alice = await registerAccount(client, ctx.random);
  await optIn(relay, alice, 'NL', 'fr');
  const text = 'advertising-marker-qwertyuiopasdf';
  t.equal((await sendAd(relay, text)).status, 200);
  const [notice] = await listNotices(relay, alice);
  t.ok(notice, 'the notice is there');
  const secret = notice!.unsubscribePath.split('/').pop()!;
  t.notOk(
    logs.some((l) => l.includes(secret)),
    'no log line holds the unsubscribe token',
  );
  // The GET page is in the opt-in's language only when it is a website language: fr is not, so no prefix.
  t.match(notice!.unsubscribePath, /^\/ads\/unsubscribe\//);
  const page = await fetch(new URL(notice!.unsubscribePath, relay.url));
  t.equal(page.status, 200);
  t.notOk(
    logs.some((l) => l.includes(secret)),
    'the page request logged no token either',
  );
  const del = await fetch(new URL('/v1/accounts/me', relay.url), {
    method: 'DELETE',
    headers: { authorization: `Bearer ${alice.primary.token}` },
  });
  t.equal(del.status, 204, 'account deleted');
  t.ok(relay.erasure.concerns().includes('advertising'), 'the concern registered its eraser');
  for (const table of ['ads_subscriptions', 'ads_unsubscribe_tokens', 'relay_notices']) {
    t.equal(count(relay, table), 0, `${table} is empty`);
  }
  const accountBytes = Buffer.from(accountIdToBytes(alice.accountId as AccountId));
  for (const f of storageFiles(dataDir)) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(f);
    } catch {
      continue;
    }
    t.notOk(bytes.includes(Buffer.from(text)), `${f}: no notice text`);
    t.notOk(bytes.includes(accountBytes), `${f}: no account id`);
  }
  const after = await fetch(new URL(notice!.unsubscribePath, relay.url), { method: 'POST' });
  t.equal(after.status, 404, 'the link of an erased account is invalid');
});

t.test('notices expire after 30 days; at most 32 token digests are kept per account', async (t) => {
  const { relay } = await start(t);
  const ctx = ctxFor(relay, 5);
  const client = caseClient(ctx);
  const bob = await registerAccount(client, ctx.random);
  await optIn(relay, bob, 'DE', 'de');
  t.equal((await sendAd(relay, 'first')).status, 200);
  const paths: string[] = [];
  for (let i = 0; i < UNSUBSCRIBE_TOKENS_KEPT + 2; i++) {
    const [n] = await listNotices(relay, bob);
    paths.push(n!.unsubscribePath);
  }
  t.match(paths[0], /^\/de\/ads\/unsubscribe\//, 'a German opt-in gets the German page');
  t.equal(new Set(paths).size, paths.length, 'one fresh token per answer');
  t.equal(count(relay, 'ads_unsubscribe_tokens'), UNSUBSCRIBE_TOKENS_KEPT, 'the cap holds');
  t.equal((await fetch(new URL(paths[0]!, relay.url))).status, 404, 'the oldest token was dropped');
  t.equal((await fetch(new URL(paths.at(-1)!, relay.url))).status, 200, 'the newest is valid');
  await client.advanceClock(NOTICE_TTL_MS + 1000);
  // The device's token expired with the clock's jump: a fresh one.
  const token = await requestToken(client, bob.accountId, bob.primary.deviceId, bob.primary.key);
  const fresh = { ...bob, primary: { ...bob.primary, token } };
  t.same(await listNotices(relay, fresh), [], 'a 30-day-old notice is gone');
  t.equal((await sendAd(relay, '')).status, 400, 'an empty text is refused');
  t.equal((await sendAd(relay, 'x'.repeat(1001))).status, 400, 'a text over 1000 characters is refused');
  const state = await fetch(new URL(ADS_PATH, relay.url), {
    headers: { authorization: `Bearer ${token}`, accept: 'application/x-protobuf' },
  });
  t.same(decodeAdsState(new Uint8Array(await state.arrayBuffer())), {
    optedIn: true,
    country: 'DE',
    language: 'de',
  });
});

t.test(
  'the unsubscribe pages in four languages: GET asks, POST acts, with the website headers',
  async (t) => {
    const { relay } = await start(t);
    const ctx = ctxFor(relay, 9);
    const client = caseClient(ctx);
    for (const lang of ['en', 'de', 'ru', 'he'] as const) {
      const a = await registerAccount(client, ctx.random);
      await optIn(relay, a, 'IL', lang);
      t.equal((await sendAd(relay, `ad in ${lang}`)).status, 200);
      const n = (await listNotices(relay, a)).find((x) => x.text === `ad in ${lang}`)!;
      t.match(n.unsubscribePath, new RegExp(`^/${lang}/ads/unsubscribe/`));
      const g = await fetch(new URL(n.unsubscribePath, relay.url));
      const html = await g.text();
      t.equal(g.status, 200);
      t.match(html, new RegExp(`<html lang="${lang}" dir="${lang === 'he' ? 'rtl' : 'ltr'}"`));
      t.match(html, /<form method="post" action="\/[a-z]{2}\/ads\/unsubscribe\/[A-Za-z0-9_-]+"/);
      t.match(g.headers.get('content-security-policy') ?? '', /script-src 'none'/);
      t.equal(g.headers.get('set-cookie'), null);
      t.equal(g.headers.get('cache-control'), 'no-store');
      const p = await fetch(new URL(n.unsubscribePath, relay.url), {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: '',
      });
      t.equal(p.status, 200);
      t.match(await p.text(), /data-unsubscribe="done"/);
      const again = await fetch(new URL(n.unsubscribePath, relay.url));
      t.equal(again.status, 404);
      t.match(await again.text(), /data-error-name="ADS_UNSUBSCRIBE_TOKEN_INVALID"/);
    }
    t.equal(count(relay, 'ads_subscriptions'), 0, 'all four opted out');
  },
);
