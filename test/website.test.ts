/**
 * @module
 * The website (spec/website.md §Pages, §Language, §Client address, §What a
 * page may load, §Privacy policy page) against the reference relay in
 * process: the language per country with and without `--trust-proxy`, the
 * prefixes, the right-to-left Hebrew page, the headers, the policy text, and
 * that neither the log stream nor any storage file holds a visitor's address.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t, { type Test } from 'tap';
import { parseRelayArgs } from '../reference/relay/config.ts';
import { type Relay, startRelay } from '../reference/relay/server.ts';
import { countryOf } from '../reference/relay/website/country.ts';
import { escapeHtml, html } from '../reference/relay/website/html.ts';
import { COUNTRY_LANGUAGE, languageForCountry } from '../reference/relay/website/i18n.ts';
import { checkPaired, policyParagraphs, policyTranslation } from '../reference/relay/website/policy.ts';

const DE = '85.214.37.12';
const RU = '94.25.170.3';
const IL = '79.176.40.77';
const GB = '81.2.69.142';
const RU6 = '2a02:6b8:0:1::2f';

async function relayWith(
  t: Test,
  opts: { trustProxy?: boolean } = {},
): Promise<{ relay: Relay; logs: string[]; dataDir: string }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'deftalk-web-'));
  const logs: string[] = [];
  const relay = await startRelay(
    { host: '127.0.0.1', port: 0, dataDir, testHooks: false, logLevel: 'trace', trustProxy: opts.trustProxy },
    {
      write: (chunk: string) => {
        logs.push(chunk);
        return true;
      },
    } as unknown as NodeJS.WritableStream,
  );
  t.teardown(async () => {
    await relay.close();
    rmSync(dataDir, { recursive: true, force: true });
  });
  return { relay, logs, dataDir };
}

async function page(relay: Relay, path: string, headers: Record<string, string> = {}) {
  const res = await fetch(relay.url + path, { headers, redirect: 'manual' });
  const text = await res.text();
  const tag = /<html\b([^>]*)>/.exec(text)?.[1] ?? '';
  return {
    status: res.status,
    headers: res.headers,
    text,
    lang: /lang="([^"]*)"/.exec(tag)?.[1],
    dir: /dir="([^"]*)"/.exec(tag)?.[1],
  };
}

t.test('the country database ships in the package and knows the test addresses', async (t) => {
  t.equal(countryOf(DE), 'DE');
  t.equal(countryOf(RU), 'RU');
  t.equal(countryOf(IL), 'IL');
  t.equal(countryOf(GB), 'GB');
  t.equal(countryOf(RU6), 'RU', 'IPv6');
  t.equal(countryOf(`::ffff:${DE}`), 'DE', 'IPv4-mapped IPv6 as a dual-stack socket reports it');
  t.equal(countryOf('127.0.0.1'), undefined, 'loopback has no country');
  t.equal(countryOf('10.1.2.3'), undefined, 'private range has no country');
  t.equal(countryOf('not an address'), undefined);
  t.equal(countryOf(''), undefined);
});

t.test('the country table: German, Russian and Hebrew countries, English otherwise', async (t) => {
  t.equal(languageForCountry('DE'), 'de');
  t.equal(languageForCountry('AT'), 'de');
  t.equal(languageForCountry('BY'), 'ru');
  t.equal(languageForCountry('IL'), 'he');
  t.equal(languageForCountry('FR'), 'en');
  t.equal(languageForCountry(undefined), 'en');
  t.ok(
    Object.values(COUNTRY_LANGUAGE).every((l) => l !== 'en'),
    'English is the fallback, not a table entry',
  );
});

t.test('with --trust-proxy the last X-Forwarded-For entry chooses the language', async (t) => {
  const { relay } = await relayWith(t, { trustProxy: true });
  for (const [address, lang] of [
    [DE, 'de'],
    [RU, 'ru'],
    [IL, 'he'],
    [GB, 'en'],
    [RU6, 'ru'],
  ] as const) {
    for (const path of ['/', '/privacy', '/feedback']) {
      const p = await page(relay, path, { 'x-forwarded-for': address });
      t.equal(p.status, 200, `${path} from ${address}`);
      t.equal(p.lang, lang, `${path} from ${address} is ${lang}`);
      t.equal(p.headers.get('content-language'), lang);
      t.equal(p.dir, lang === 'he' ? 'rtl' : 'ltr');
    }
  }
  t.equal((await page(relay, '/')).lang, 'en', 'loopback without the header: English');
  t.equal(
    (await page(relay, '/', { 'x-forwarded-for': `${DE}, ${IL}` })).lang,
    'he',
    'the last entry counts',
  );
  t.equal(
    (await page(relay, '/', { 'x-forwarded-for': `${IL}, ${DE}` })).lang,
    'de',
    'the last entry counts',
  );
  t.equal((await page(relay, '/', { 'x-real-ip': DE })).lang, 'en', 'no other header is read');
});

t.test('without --trust-proxy X-Forwarded-For is ignored', async (t) => {
  const { relay } = await relayWith(t);
  const p = await page(relay, '/', { 'x-forwarded-for': DE });
  t.equal(p.lang, 'en', 'the peer is loopback, whose country is unknown');
});

t.test('a prefix chooses the language whatever the address, and links keep it', async (t) => {
  const { relay } = await relayWith(t, { trustProxy: true });
  for (const lang of ['en', 'de', 'ru', 'he']) {
    for (const path of ['/', '/privacy', '/feedback']) {
      const p = await page(relay, `/${lang}${path}`, { 'x-forwarded-for': IL });
      t.equal(p.status, 200);
      t.equal(p.lang, lang, `/${lang}${path}`);
      t.match(p.text, `href="/${lang}/privacy"`, 'navigation keeps the prefix');
    }
    const bare = await page(relay, `/${lang}`);
    t.equal(bare.status, 301, `/${lang} redirects`);
    t.equal(bare.headers.get('location'), `/${lang}/`);
  }
  const he = await page(relay, '/he/');
  t.match(he.text, /<html lang="he" dir="rtl">/, 'the Hebrew page is right to left');
  t.match(he.text, 'href="/de/" lang="de" hreflang="de"', 'every page offers the other languages');
});

t.test('headers: same-origin CSP, no script, no cookie, no-store on country-chosen pages', async (t) => {
  const { relay } = await relayWith(t, { trustProxy: true });
  for (const path of [
    '/',
    '/privacy',
    '/feedback',
    '/de/',
    '/he/privacy',
    '/assets/site.css',
    '/assets/icon.svg',
  ]) {
    const p = await page(relay, path, { 'x-forwarded-for': DE });
    t.equal(p.status, 200, path);
    t.match(p.headers.get('content-security-policy'), /default-src 'self'.*script-src 'none'/, path);
    t.equal(p.headers.get('referrer-policy'), 'no-referrer');
    t.equal(p.headers.get('x-content-type-options'), 'nosniff');
    t.same(p.headers.getSetCookie(), [], `${path}: no cookie`);
    t.notMatch(p.text, /<script/i);
    t.notMatch(p.text, /(src|href|action)="(https?:)?\/\//, `${path}: no other origin`);
  }
  t.equal((await page(relay, '/privacy')).headers.get('cache-control'), 'no-store');
  const icon = await fetch(`${relay.url}/favicon.ico`);
  t.equal(icon.status, 204, 'the browser’s own icon request is answered without a 404');
});

t.test(
  'the privacy page holds the policy in English, and its translations in German, Russian and Hebrew',
  async (t) => {
    const { relay } = await relayWith(t, { trustProxy: true });
    const paras = policyParagraphs();
    t.ok(paras.length > 40, 'the policy text is read from spec/privacy-policy.txt');
    const en = await page(relay, '/en/privacy');
    for (const para of paras) t.ok(en.text.includes(escapeHtml(para)), `/en: ${para.slice(0, 30)}`);
    t.notMatch(en.text, 'class="note"', 'the English page has no note');
    const notes = {
      de: 'Rechtlich verbindlich ist allein die englische Fassung',
      ru: 'Юридически обязывающей является только английская версия',
      he: 'הנוסח המחייב מבחינה משפטית הוא הנוסח האנגלי בלבד',
    } as const;
    const titles = { de: 'Datenschutzerklärung', ru: 'Политика конфиденциальности', he: 'מדיניות פרטיות' };
    for (const lang of ['de', 'ru', 'he'] as const) {
      const translation = policyTranslation(lang);
      t.equal(translation?.length, paras.length, `${lang}: one translated paragraph per English paragraph`);
      // Served by the prefix and, unprefixed, by the visitor's country alike.
      for (const [path, headers] of [
        [`/${lang}/privacy`, {}],
        ['/privacy', { 'x-forwarded-for': { de: DE, ru: RU, he: IL }[lang] }],
      ] as const) {
        const p = await page(relay, path, headers);
        t.equal(p.lang, lang, `${path} (${lang}): <html lang>`);
        t.equal(p.dir, lang === 'he' ? 'rtl' : 'ltr', `${path} (${lang}): direction`);
        const article = /<article class="policy"([^>]*)>([\s\S]*?)<\/article>/.exec(p.text);
        t.equal(article?.[1], '', `${path}: the translation carries the page's own language and direction`);
        const shown = [...(article?.[2] ?? '').matchAll(/<p>([\s\S]*?)<\/p>/g)].map((m) => m[1]);
        t.same(shown, translation?.map(escapeHtml), `${path}: every translated paragraph, in order`);
        t.notOk(
          paras.some((para) => para.length > 40 && p.text.includes(escapeHtml(para))),
          `${path}: no long English paragraph is left untranslated`,
        );
        t.match(p.text, notes[lang], `${path}: the note says the English text binds`);
        t.match(
          p.text,
          /<p class="note" data-binding="en">[^<]*<a href="\/en\/privacy" hreflang="en">/,
          `${path}: the note links to the English text`,
        );
        t.ok(p.text.indexOf('data-binding') < p.text.indexOf('<article'), `${path}: the note comes first`);
        t.match(p.text, `<h1>${titles[lang]}</h1>`, `${path}: the title in the page language`);
      }
    }
  },
);

t.test('translation files pair with the English text clause for clause', async (t) => {
  const paras = policyParagraphs();
  for (const lang of ['de', 'ru', 'he'] as const) {
    const translation = policyTranslation(lang) ?? [];
    t.doesNotThrow(() => checkPaired(lang, paras, translation), `${lang}: paired`);
    t.throws(
      () => checkPaired(lang, paras, translation.slice(1)),
      /paragraphs/,
      `${lang}: a translation with a paragraph missing is refused`,
    );
    const swapped = [...translation];
    const i = paras.findIndex((p) => p.startsWith('4.1.'));
    [swapped[i], swapped[i + 1]] = [swapped[i + 1]!, swapped[i]!];
    t.throws(
      () => checkPaired(lang, paras, swapped),
      /not clause 4\.1/,
      `${lang}: clauses out of place are refused`,
    );
  }
  t.equal(policyTranslation('en'), undefined, 'English has no translation: it is the original');
});

t.test('the template escapes what it interpolates', async (t) => {
  t.equal(escapeHtml(`<a href="x">'&`), '&lt;a href=&quot;x&quot;&gt;&#39;&amp;');
  t.equal(html`<p>${'<script>'}</p>`.html, '<p>&lt;script&gt;</p>');
  t.equal(html`<p>${['<b>', html`<i>ok</i>`]}</p>`.html, '<p>&lt;b&gt;<i>ok</i></p>');
});

t.test('no log line and no storage file holds a visitor address after page visits', async (t) => {
  const { relay, logs, dataDir } = await relayWith(t, { trustProxy: true });
  const visitors = [DE, RU, IL, GB, RU6];
  for (const address of visitors) {
    for (const path of ['/', '/privacy', '/feedback', '/de/', '/no-such-page']) {
      await page(relay, path, { 'x-forwarded-for': address, 'user-agent': 'ProbeAgent/1' });
    }
    await fetch(`${relay.url}/feedback`, {
      method: 'POST',
      headers: { 'x-forwarded-for': address, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'name=&email=&message=',
    });
  }
  t.ok(logs.length > 20, 'the relay logged at trace level');
  const text = logs.join('');
  for (const address of visitors) t.notOk(text.includes(address), `no log line holds ${address}`);
  t.notOk(/"(DE|RU|IL|GB)"/.test(text), 'no log line holds a country code');
  for (const name of readdirSync(dataDir)) {
    const bytes = readFileSync(join(dataDir, name));
    for (const address of visitors)
      t.equal(bytes.indexOf(Buffer.from(address)), -1, `${name} lacks ${address}`);
  }
});

t.test(
  'deftalk-relay flags: --trust-proxy, --operator-token-file, --sendmail and their variables',
  async (t) => {
    const a = parseRelayArgs(
      ['--trust-proxy', '--operator-token-file', '/x/token', '--sendmail', '/usr/sbin/sendmail'],
      {},
    );
    t.equal(a.help, false);
    if (a.help) return;
    t.equal(a.config.trustProxy, true);
    t.equal(a.config.operatorTokenFile, '/x/token');
    t.equal(a.config.sendmail, '/usr/sbin/sendmail');
    const b = parseRelayArgs([], { DEFTALK_OPERATOR_TOKEN_FILE: '/y/token', DEFTALK_SENDMAIL: '/bin/sm' });
    if (b.help) return;
    t.equal(b.config.trustProxy, false, 'off by default');
    t.equal(b.config.operatorTokenFile, '/y/token');
    t.equal(b.config.sendmail, '/bin/sm');
  },
);

t.test(
  'deftalk-relay --trust-proxy: a German address gets German, and neither stdout nor the data directory holds it',
  async (t) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'deftalk-web-proc-'));
    t.teardown(() => rmSync(dataDir, { recursive: true, force: true }));
    const child = spawn(
      process.execPath,
      [
        join(import.meta.dirname, '..', 'bin', 'deftalk-relay.js'),
        '--port',
        '0',
        '--data',
        dataDir,
        '--trust-proxy',
      ],
      { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, LOG_LEVEL: 'info' } },
    );
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (c: Buffer) => {
      stdout += c.toString();
    });
    const url = await new Promise<string>((resolve, reject) => {
      child.stderr!.on('data', (c: Buffer) => {
        stderr += c.toString();
        const m = /deftalk-relay listening on (\S+)/.exec(stderr);
        if (m) resolve(m[1]!);
      });
      child.once('exit', (code) => reject(new Error(`relay exited ${code}: ${stderr}`)));
    });
    const res = await fetch(`${url}/`, { headers: { 'x-forwarded-for': DE } });
    t.equal(res.status, 200);
    t.match(await res.text(), '<html lang="de" dir="ltr">');
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
    t.match(stdout, '"statusCode":200', 'the relay logged the request');
    t.notOk(stdout.includes(DE), 'stdout holds no trace of the address');
    t.notOk(stderr.includes(DE), 'stderr holds no trace of the address');
    for (const name of readdirSync(dataDir)) {
      t.equal(readFileSync(join(dataDir, name)).indexOf(Buffer.from(DE)), -1, `${name} holds no trace of it`);
    }
  },
);
