/**
 * @module
 * Relay-mode cases for the website, its feedback form (spec/website.md) and
 * the operator API (spec/operator.md); the audience report's cases are in
 * advertising.ts (spec/advertising.md). They present
 * visitors of several countries through `X-Forwarded-For` (the harness
 * plays the trusted proxy of a relay offering the test-hooks profile,
 * REQ-WEB-004), act as the operator with the token of
 * `GET /test-hooks/v1/operator/token`, read sent replies at
 * `GET /test-hooks/v1/mail`, and byte-scan the storage dump and the log
 * lines for what must be gone.
 */
import { readFileSync } from 'node:fs';
import { type CaseContext, type ConformanceCase, check, checkEqual } from '../../case.ts';
import { caseClient } from '../../lib/relayClient.ts';
import { addressPatterns } from './hooks.ts';

const HOOKS = '/test-hooks/v1';
const LANGS = ['en', 'de', 'ru', 'he'] as const;
const PAGES = ['', 'privacy', 'feedback'] as const;
const DAY_MS = 86_400_000;

/**
 * Address blocks every IP-to-country database places in one country (RIR
 * allocations to large national carriers and hosters), with the language
 * spec/website.md §Language gives that country.
 */
const BLOCKS: readonly { country: string; lang: string; prefix: string; free: number }[] = [
  { country: 'DE', lang: 'de', prefix: '85.214', free: 2 },
  { country: 'DE', lang: 'de', prefix: '217.0', free: 2 },
  { country: 'RU', lang: 'ru', prefix: '94.25', free: 2 },
  { country: 'RU', lang: 'ru', prefix: '188.162', free: 2 },
  { country: 'IL', lang: 'he', prefix: '79.176', free: 2 },
  { country: 'IL', lang: 'he', prefix: '46.116', free: 2 },
  { country: 'GB', lang: 'en', prefix: '81.2.69', free: 1 },
  { country: 'US', lang: 'en', prefix: '8.8.8', free: 1 },
];

/** A random address of `block`, from the case's seeded randomness (1-254 in each free octet). */
function addressIn(ctx: CaseContext, block: (typeof BLOCKS)[number]): string {
  const octets = [block.prefix];
  for (let i = 0; i < block.free; i++) octets.push(String(1 + Math.floor(ctx.random() * 254)));
  return octets.join('.');
}

/** A marker unique to this run, for byte scans. */
function marker(ctx: CaseContext, label: string): string {
  let s = '';
  for (let i = 0; i < 12; i++) s += 'abcdefghijklmnopqrstuvwxyz'[Math.floor(ctx.random() * 26)];
  return `${label}${s}`;
}

interface Page {
  status: number;
  headers: Headers;
  text: string;
}

async function get(ctx: CaseContext, path: string, headers: Record<string, string> = {}): Promise<Page> {
  check(ctx.relayUrl, 'relay mode needs the relay URL');
  const res = await fetch(new URL(path, ctx.relayUrl), { headers, signal: ctx.signal, redirect: 'manual' });
  return { status: res.status, headers: res.headers, text: await res.text() };
}

async function send(
  ctx: CaseContext,
  method: string,
  path: string,
  body: string,
  headers: Record<string, string>,
): Promise<Page> {
  check(ctx.relayUrl, 'relay mode needs the relay URL');
  const res = await fetch(new URL(path, ctx.relayUrl), { method, headers, body, signal: ctx.signal });
  return { status: res.status, headers: res.headers, text: await res.text() };
}

/** The `lang` and `dir` of the page's `<html>` element. */
function htmlElement(text: string): { lang?: string; dir?: string } {
  const tag = /<html\b([^>]*)>/i.exec(text)?.[1] ?? '';
  return {
    lang: /\blang="([^"]*)"/i.exec(tag)?.[1],
    dir: /\bdir="([^"]*)"/i.exec(tag)?.[1],
  };
}

/** Check that `p` is an HTML page in `lang` (REQ-WEB-001). */
function checkPage(ctx: CaseContext, what: string, p: Page, lang: string): void {
  const el = htmlElement(p.text);
  ctx.log(`${what} -> ${p.status} lang=${el.lang ?? '(none)'} dir=${el.dir ?? '(none)'}`);
  checkEqual(p.status, 200, `${what} answers 200`);
  check(
    (p.headers.get('content-type') ?? '').startsWith('text/html'),
    `${what} is text/html`,
    'text/html',
    p.headers.get('content-type'),
  );
  checkEqual(el.lang, lang, `${what}: <html lang> names the language served`);
  if (lang === 'he') checkEqual(el.dir, 'rtl', `${what}: the Hebrew page is right to left`);
}

/** Every page path: unprefixed and under each language prefix. */
function allPaths(): { path: string; prefix?: string }[] {
  const out: { path: string; prefix?: string }[] = PAGES.map((p) => ({ path: `/${p}` }));
  for (const l of LANGS) for (const p of PAGES) out.push({ path: `/${l}/${p}`, prefix: l });
  return out;
}

async function checkLanguageFromCountry(ctx: CaseContext): Promise<void> {
  for (const block of BLOCKS) {
    const address = addressIn(ctx, block);
    for (const page of PAGES) {
      const p = await get(ctx, `/${page}`, { 'x-forwarded-for': address });
      checkPage(ctx, `GET /${page} from ${block.country} (${block.prefix}.x)`, p, block.lang);
    }
  }
  // No address the database knows (the harness's loopback peer, no header): English.
  checkPage(ctx, 'GET / from loopback without X-Forwarded-For', await get(ctx, '/'), 'en');
  // Only the last entry is the proxy's; an earlier one is the visitor's to write (REQ-WEB-004).
  const de = addressIn(ctx, BLOCKS[0]!);
  const il = addressIn(ctx, BLOCKS[4]!);
  checkPage(
    ctx,
    'GET / with X-Forwarded-For "DE, IL"',
    await get(ctx, '/', { 'x-forwarded-for': `${de}, ${il}` }),
    'he',
  );
  // No other header names the client (REQ-WEB-004).
  checkPage(
    ctx,
    'GET / with X-Real-IP, Forwarded and CF-Connecting-IP of IL but no X-Forwarded-For',
    await get(ctx, '/', {
      'x-real-ip': il,
      forwarded: `for=${il}`,
      'cf-connecting-ip': il,
      'true-client-ip': il,
    }),
    'en',
  );
  // A prefix wins over the country (REQ-WEB-003).
  for (const l of LANGS) {
    for (const page of PAGES) {
      const p = await get(ctx, `/${l}/${page}`, { 'x-forwarded-for': il });
      checkPage(ctx, `GET /${l}/${page} from IL`, p, l);
    }
  }
}

async function storageAndLogs(
  ctx: CaseContext,
): Promise<{ files: { name: string; content: Buffer }[]; lines: string[] }> {
  const s = await get(ctx, `${HOOKS}/storage`, { accept: 'application/json' });
  checkEqual(s.status, 200, 'the storage hook answers 200');
  const files = (JSON.parse(s.text) as { files: { name: string; contentBase64: string }[] }).files.map(
    (f) => ({
      name: f.name,
      content: Buffer.from(f.contentBase64, 'base64'),
    }),
  );
  const l = await get(ctx, `${HOOKS}/logs`, { accept: 'application/json' });
  checkEqual(l.status, 200, 'the log hook answers 200');
  return { files, lines: (JSON.parse(l.text) as { lines: string[] }).lines };
}

async function checkNoTraceOfVisitor(ctx: CaseContext): Promise<void> {
  const addresses = BLOCKS.map((b) => addressIn(ctx, b));
  for (const address of addresses) {
    for (const { path, prefix } of allPaths()) {
      const p = await get(ctx, path, { 'x-forwarded-for': address });
      checkEqual(p.status, 200, `GET ${path} answers 200`);
      const cookies = p.headers.getSetCookie();
      check(cookies.length === 0, `GET ${path} set a cookie`, 0, cookies.length);
      if (!prefix) {
        checkEqual(
          p.headers.get('cache-control'),
          'no-store',
          `GET ${path}: Cache-Control of a country-chosen page`,
        );
      }
    }
    const post = await send(ctx, 'POST', '/feedback', 'name=&email=&message=', {
      'content-type': 'application/x-www-form-urlencoded',
      'x-forwarded-for': address,
    });
    check(post.headers.getSetCookie().length === 0, 'POST /feedback set a cookie');
  }
  ctx.log(`visited ${allPaths().length} pages from ${addresses.length} addresses: no Set-Cookie`);
  const { files, lines } = await storageAndLogs(ctx);
  for (const address of addresses) {
    for (const pattern of addressPatterns(address)) {
      // Four raw bytes can occur by chance in a large file; the text forms cannot.
      if (pattern.label.startsWith('raw 4 bytes')) continue;
      for (const f of files) {
        const at = f.content.indexOf(pattern.bytes);
        check(at < 0, `storage file ${f.name} holds a visitor's address (${pattern.label})`, -1, at);
      }
    }
    const i = lines.findIndex((l) => l.includes(address));
    check(i < 0, `log line ${i} holds a visitor's address`, -1, i);
  }
  ctx.log(`scanned ${files.length} storage files and ${lines.length} log lines: no visitor address`);
}

/** Attributes that load or send to a URL. */
const URL_ATTRIBUTES =
  /\s(src|href|action|formaction|srcset|poster|data)\s*=\s*("([^"]*)"|'([^']*)'|([^\s>]+))/gi;

async function checkSameOriginOnly(ctx: CaseContext): Promise<void> {
  const targets = [...allPaths().map((p) => p.path), '/assets/site.css', '/assets/icon.svg'];
  for (const path of targets) {
    const p = await get(ctx, path);
    checkEqual(p.status, 200, `GET ${path} answers 200`);
    const csp = p.headers.get('content-security-policy') ?? '';
    const directives = new Map(
      csp
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .filter((d) => d[0])
        .map((d) => [d[0]!.toLowerCase(), d.slice(1)] as const),
    );
    const def = directives.get('default-src')?.join(' ');
    check(
      def === "'self'" || def === "'none'",
      `GET ${path}: CSP default-src is 'self' or 'none'`,
      "'self'",
      csp,
    );
    checkEqual(directives.get('script-src')?.join(' '), "'none'", `GET ${path}: CSP script-src`);
    if (!(p.headers.get('content-type') ?? '').startsWith('text/html')) continue;
    check(!/<script\b/i.test(p.text), `GET ${path} holds a <script> element`);
    const handler = /<[^>]*\son[a-z]+\s*=/i.exec(p.text);
    check(!handler, `GET ${path} holds an event-handler attribute`, 'none', handler?.[0]);
    for (const m of p.text.matchAll(URL_ATTRIBUTES)) {
      const url = (m[3] ?? m[4] ?? m[5] ?? '').trim();
      check(
        !/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(url),
        `GET ${path}: ${m[1]} names another origin`,
        'a path',
        url,
      );
    }
  }
  ctx.log(`${targets.length} answers: CSP same-origin, no script, no URL of another origin`);
}

/** Undo the escaping of html.ts, and fold white space, so policy paragraphs compare as text. */
function pageText(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&amp;', '&')
    .replace(/\s+/g, ' ');
}

function englishPolicy(): string[] {
  return readFileSync(new URL('../../../spec/privacy-policy.txt', import.meta.url), 'utf8')
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p !== '');
}

/** The privacy page's policy: the paragraphs of its `article.policy`, as text, and the binding note. */
function policyOf(html: string): { paragraphs: string[]; bindingNote?: string; noteFirst: boolean } {
  const article = /<article class="policy"[^>]*>([\s\S]*?)<\/article>/.exec(html);
  const paragraphs = [...(article?.[1] ?? '').matchAll(/<p\b[^>]*>([\s\S]*?)<\/p>/g)].map((m) =>
    pageText(m[1] ?? '').trim(),
  );
  const note = /<[a-z]+\b[^>]*\bdata-binding="en"[^>]*>([\s\S]*?)<\/[a-z]+>/.exec(html);
  return {
    paragraphs,
    ...(note ? { bindingNote: note[0] } : {}),
    noteFirst: note !== null && article !== null && note.index < article.index,
  };
}

/** The clause number a policy paragraph opens with ("4.1.", "6.1", "13."), if any. */
const clauseNumber = (p: string): string | undefined => /^(\d+(?:\.\d+)*)\.?\s/.exec(p)?.[1];

async function checkPrivacyPage(ctx: CaseContext): Promise<void> {
  const policy = englishPolicy();
  for (const l of LANGS) {
    const p = await get(ctx, `/${l}/privacy`);
    checkPage(ctx, `GET /${l}/privacy`, p, l);
    const text = pageText(p.text);
    const missing = policy.filter((para) => !text.includes(para));
    const shown = policyOf(p.text);
    ctx.log(`/${l}/privacy: ${policy.length - missing.length} of ${policy.length} English paragraphs found`);
    if (l !== 'en' && shown.bindingNote !== undefined) {
      // A translation: every paragraph present, translated (REQ-WEB-016 checks the note and the pairing).
      checkEqual(
        shown.paragraphs.length,
        policy.length,
        `/${l}/privacy shows a translation with one paragraph per paragraph of the policy`,
      );
      continue;
    }
    check(
      missing.length === 0,
      `/${l}/privacy lacks a paragraph of the policy`,
      '',
      missing[0]?.slice(0, 80),
    );
  }
}

async function checkPrivacyTranslations(ctx: CaseContext): Promise<void> {
  const policy = englishPolicy();
  let translated = 0;
  for (const l of LANGS.filter((x) => x !== 'en')) {
    const p = await get(ctx, `/${l}/privacy`);
    checkPage(ctx, `GET /${l}/privacy`, p, l);
    const shown = policyOf(p.text);
    const english = shown.paragraphs.filter((x) => policy.includes(x)).length;
    // A relay without a translation of this language shows the English text (REQ-WEB-008): nothing to check.
    if (shown.bindingNote === undefined && english === policy.length) {
      ctx.log(`/${l}/privacy: the English text, no translation`);
      continue;
    }
    translated++;
    check(shown.bindingNote, `/${l}/privacy shows a translation without a note that the English text binds`);
    check(shown.noteFirst, `/${l}/privacy: the binding note comes before the translated text`);
    check(
      /\bhref="\/en\/privacy"/.test(shown.bindingNote ?? ''),
      `/${l}/privacy: the binding note links to the English privacy page`,
      'href="/en/privacy"',
      shown.bindingNote,
    );
    checkEqual(shown.paragraphs.length, policy.length, `/${l}/privacy: one paragraph per English paragraph`);
    check(
      english < policy.length / 4,
      `/${l}/privacy: the translated paragraphs are not the English ones`,
      `fewer than ${Math.ceil(policy.length / 4)} English paragraphs`,
      english,
    );
    // Paragraphs pair one for one: a clause number sits at the same place in both.
    for (const [i, en] of policy.entries()) {
      const n = clauseNumber(en);
      if (n === undefined) continue;
      checkEqual(
        clauseNumber(shown.paragraphs[i] ?? ''),
        n,
        `/${l}/privacy: paragraph ${i + 1} is the translation of clause ${n}`,
      );
    }
    ctx.log(`/${l}/privacy: a translation of ${policy.length} paragraphs after the binding note`);
  }
  ctx.log(`${translated} of ${LANGS.length - 1} languages carry a translation`);
}

const FORM = { 'content-type': 'application/x-www-form-urlencoded' };

function form(fields: Record<string, string>): string {
  return new URLSearchParams(fields).toString();
}

function errorOf(page: Page): { name?: string; code?: string } {
  return {
    name: /data-error-name="([^"]*)"/.exec(page.text)?.[1],
    code: /data-error-code="([^"]*)"/.exec(page.text)?.[1],
  };
}

async function checkFeedbackValidation(ctx: CaseContext): Promise<void> {
  const keep = marker(ctx, 'refused');
  const good = { name: 'Dana', email: 'dana@example.org', message: `hello ${keep}` };
  const bad: [string, Record<string, string>, string][] = [
    ['empty name', { ...good, name: '   ' }, 'FEEDBACK_NAME_INVALID'],
    ['name of 101 characters', { ...good, name: 'n'.repeat(101) }, 'FEEDBACK_NAME_INVALID'],
    ['name with a control character', { ...good, name: 'Da\u0007na' }, 'FEEDBACK_NAME_INVALID'],
    ['address without @', { ...good, email: 'dana.example.org' }, 'FEEDBACK_EMAIL_INVALID'],
    ['two addresses', { ...good, email: 'a@example.org,b@example.org' }, 'FEEDBACK_EMAIL_INVALID'],
    [
      'address with a line break',
      { ...good, email: 'dana@example.org\r\nBcc: x@example.org' },
      'FEEDBACK_EMAIL_INVALID',
    ],
    [
      'address of 255 characters',
      { ...good, email: `${'a'.repeat(60)}@${'b'.repeat(190)}.org` },
      'FEEDBACK_EMAIL_INVALID',
    ],
    ['blank message', { ...good, message: ' \n ' }, 'FEEDBACK_MESSAGE_INVALID'],
    [
      'message of 5001 characters',
      { ...good, message: `${keep}${'m'.repeat(5001)}` },
      'FEEDBACK_MESSAGE_INVALID',
    ],
  ];
  for (const lang of ['', '/de'] as const) {
    for (const [what, fields, name] of bad) {
      const p = await send(ctx, 'POST', `${lang}/feedback`, form(fields), FORM);
      const e = errorOf(p);
      ctx.log(`POST ${lang}/feedback with ${what} -> ${p.status} ${e.name ?? '(no error named)'}`);
      checkEqual(p.status, 400, `${what}: status`);
      checkEqual(e.name, name, `${what}: the page names the error`);
      check(
        e.code !== undefined && /^62\d\d$/.test(e.code),
        `${what}: the page names the error's code`,
        '62xx',
        e.code,
      );
      if (lang === '/de')
        checkEqual(htmlElement(p.text).lang, 'de', `${what}: the answer is in the page's language`);
    }
  }
  const { files } = await storageAndLogs(ctx);
  for (const f of files) {
    const at = f.content.indexOf(Buffer.from(keep));
    check(at < 0, `storage file ${f.name} holds a refused submission`, -1, at);
  }
}

async function operatorToken(ctx: CaseContext): Promise<string> {
  const t = await get(ctx, `${HOOKS}/operator/token`, { accept: 'application/json' });
  checkEqual(t.status, 200, 'GET /test-hooks/v1/operator/token answers 200 (REQ-OPERATOR-005)');
  const token = (JSON.parse(t.text) as { token?: unknown }).token;
  check(typeof token === 'string' && token.length > 0, 'the hook names a token');
  return token;
}

async function operator(
  ctx: CaseContext,
  token: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<Page> {
  const headers: Record<string, string> = { authorization: `Bearer ${token}`, accept: 'application/json' };
  if (body === undefined) return get(ctx, path, headers);
  return send(ctx, method, path, JSON.stringify(body), { ...headers, 'content-type': 'application/json' });
}

async function mailMessages(ctx: CaseContext): Promise<{ to: string; subject: string; body: string }[]> {
  const m = await get(ctx, `${HOOKS}/mail`, { accept: 'application/json' });
  checkEqual(m.status, 200, 'GET /test-hooks/v1/mail answers 200');
  return (JSON.parse(m.text) as { messages: { to: string; subject: string; body: string }[] }).messages;
}

async function feedbackIds(ctx: CaseContext, token: string): Promise<{ id: string; receivedDay: string }[]> {
  const l = await operator(ctx, token, 'GET', '/operator/v1/feedback');
  checkEqual(l.status, 200, 'GET /operator/v1/feedback answers 200');
  return (JSON.parse(l.text) as { feedback: { id: string; receivedDay: string }[] }).feedback;
}

/** Submit one feedback with unique markers and find its id in the operator's list. */
async function submitFeedback(
  ctx: CaseContext,
  token: string,
  extraHeaders: Record<string, string> = {},
): Promise<{ id: string; name: string; email: string; message: string }> {
  const before = new Set((await feedbackIds(ctx, token)).map((r) => r.id));
  const fields = {
    name: marker(ctx, 'Name'),
    email: `${marker(ctx, 'mail')}@example.org`,
    message: `Line one ${marker(ctx, 'message')}\nLine two`,
  };
  const p = await send(ctx, 'POST', '/feedback', form(fields), { ...FORM, ...extraHeaders });
  ctx.log(`POST /feedback -> ${p.status}`);
  checkEqual(p.status, 200, 'an accepted submission answers 200');
  check(p.text.includes('data-feedback="accepted"'), 'the answer is the thank-you page');
  check(p.headers.getSetCookie().length === 0, 'the answer sets no cookie');
  const fresh = (await feedbackIds(ctx, token)).filter((r) => !before.has(r.id));
  checkEqual(fresh.length, 1, 'the operator list shows one new record');
  const listed = fresh[0]!;
  check(
    /^\d{4}-\d{2}-\d{2}$/.test(listed.receivedDay),
    'the list shows the arrival day',
    'YYYY-MM-DD',
    listed.receivedDay,
  );
  checkEqual(Object.keys(listed).sort().join(','), 'id,receivedDay', 'the list shows id and day only');
  return { id: listed.id, ...fields };
}

function scanFor(files: { name: string; content: Buffer }[], needles: string[], what: string): void {
  for (const n of needles) {
    for (const f of files) {
      const at = f.content.indexOf(Buffer.from(n, 'utf8'));
      check(at < 0, `storage file ${f.name} still holds the ${what}`, -1, at);
    }
  }
}

async function checkFeedbackReplyErases(ctx: CaseContext): Promise<void> {
  const token = await operatorToken(ctx);
  const address = addressIn(ctx, BLOCKS[2]!);
  const agent = marker(ctx, 'agent');
  const mailBefore = (await mailMessages(ctx)).length;
  const record = await submitFeedback(ctx, token, {
    'x-forwarded-for': address,
    'user-agent': `Probe/${agent}`,
  });
  const one = await operator(ctx, token, 'GET', `/operator/v1/feedback/${record.id}`);
  checkEqual(one.status, 200, 'GET /operator/v1/feedback/{id} answers 200');
  const kept = JSON.parse(one.text) as Record<string, string>;
  checkEqual(kept.name, record.name, 'the record keeps the name');
  checkEqual(kept.email, record.email, 'the record keeps the e-mail address');
  checkEqual(kept.message, record.message, 'the record keeps the message');
  // Nothing else of the request is kept (REQ-WEB-011): its address, its headers.
  const during = await storageAndLogs(ctx);
  scanFor(during.files, [address, agent], "submitter's address or User-Agent");
  const reply = marker(ctx, 'reply');
  const r = await operator(ctx, token, 'POST', `/operator/v1/feedback/${record.id}/reply`, {
    subject: 'About your message',
    body: `Thank you. ${reply}`,
  });
  ctx.log(`POST /operator/v1/feedback/{id}/reply -> ${r.status}`);
  checkEqual(r.status, 204, 'the reply answers 204');
  const sent = (await mailMessages(ctx)).slice(mailBefore);
  checkEqual(sent.length, 1, 'one mail was sent');
  checkEqual(sent[0]!.to, record.email, "the mail goes to the record's address");
  check(sent[0]!.body.includes(reply), "the mail is the operator's reply");
  // Erased before the reply was answered: no flush, no wait (REQ-WEB-012).
  const after = await storageAndLogs(ctx);
  scanFor(
    after.files,
    [record.name, record.email, record.message.split('\n')[0]!.split(' ')[2]!],
    'answered record',
  );
  ctx.log(`scanned ${after.files.length} storage files after the reply: no field of the record`);
  const gone = await operator(ctx, token, 'GET', `/operator/v1/feedback/${record.id}`);
  checkEqual(gone.status, 404, 'the answered record is gone');
  check(gone.text.includes('FEEDBACK_NOT_FOUND'), 'the answer names FEEDBACK_NOT_FOUND');
  const again = await operator(ctx, token, 'POST', `/operator/v1/feedback/${record.id}/reply`, {
    body: 'again',
  });
  checkEqual(again.status, 404, 'a second reply finds no record');
  checkEqual((await mailMessages(ctx)).length, mailBefore + 1, 'a second reply sends no mail');
  check(
    !(await feedbackIds(ctx, token)).some((x) => x.id === record.id),
    'the list no longer shows the record',
  );
}

async function checkFeedbackExpiry(ctx: CaseContext): Promise<void> {
  const token = await operatorToken(ctx);
  const record = await submitFeedback(ctx, token);
  const client = caseClient(ctx);
  await client.advanceClock(89 * DAY_MS);
  check(
    (await feedbackIds(ctx, token)).some((x) => x.id === record.id),
    'a record 89 days old is still kept',
  );
  await client.advanceClock(2 * DAY_MS);
  check(!(await feedbackIds(ctx, token)).some((x) => x.id === record.id), 'a record 91 days old is erased');
  const gone = await operator(ctx, token, 'GET', `/operator/v1/feedback/${record.id}`);
  checkEqual(gone.status, 404, 'the expired record answers 404');
  const { files } = await storageAndLogs(ctx);
  scanFor(files, [record.name, record.email], 'expired record');
  ctx.log('a record unanswered for 91 days was erased from every storage file');
}

async function checkOperatorUnauthenticated(ctx: CaseContext): Promise<void> {
  const token = await operatorToken(ctx);
  const wrong: [string, Record<string, string>][] = [
    ['no Authorization', {}],
    ['another token', { authorization: `Bearer ${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}` }],
    ['the token with a suffix', { authorization: `Bearer ${token}x` }],
    ['Basic credentials', { authorization: `Basic ${Buffer.from(`operator:${token}`).toString('base64')}` }],
    ['an empty bearer', { authorization: 'Bearer ' }],
  ];
  for (const path of [
    '/operator/v1/feedback',
    '/operator/v1/audience',
    '/operator/v1/feedback/00/reply',
    '/operator/v1/x',
  ]) {
    for (const [what, headers] of wrong) {
      const method = path.endsWith('/reply') ? 'POST' : 'GET';
      const p =
        method === 'POST'
          ? await send(ctx, 'POST', path, '{"body":"x"}', {
              ...headers,
              'content-type': 'application/json',
              accept: 'application/json',
            })
          : await get(ctx, path, { ...headers, accept: 'application/json' });
      ctx.log(`${method} ${path} with ${what} -> ${p.status}`);
      checkEqual(p.status, 401, `${method} ${path} with ${what}: status`);
      check(p.text.includes('OPERATOR_UNAUTHENTICATED'), `${method} ${path} with ${what}: error name`);
      check(
        /^bearer/i.test(p.headers.get('www-authenticate') ?? ''),
        `${method} ${path}: WWW-Authenticate: Bearer`,
      );
    }
  }
  const ok = await operator(ctx, token, 'GET', '/operator/v1/feedback');
  checkEqual(ok.status, 200, 'the right token is accepted');
}

async function checkTokenNotKept(ctx: CaseContext): Promise<void> {
  const token = await operatorToken(ctx);
  await operator(ctx, token, 'GET', '/operator/v1/feedback');
  await operator(ctx, token, 'GET', '/operator/v1/audience');
  const { files, lines } = await storageAndLogs(ctx);
  scanFor(files, [token], 'operator token');
  const i = lines.findIndex((l) => l.includes(token));
  check(i < 0, `log line ${i} holds the operator token`, -1, i);
  ctx.log(`scanned ${files.length} storage files and ${lines.length} log lines: no operator token`);
}

/** The website, feedback and operator cases. */
export const WEBSITE_RELAY_CASES: readonly ConformanceCase[] = [
  {
    id: 'website/language-from-country',
    title: "Unprefixed pages are in the language of the visitor's country, prefixed ones in the prefix's",
    mode: 'relay',
    capability: 'test-hooks',
    requirements: ['REQ-WEB-001', 'REQ-WEB-002', 'REQ-WEB-003', 'REQ-WEB-004'],
    timeoutMs: 30_000,
    run: checkLanguageFromCountry,
  },
  {
    id: 'website/no-trace-of-visitor',
    title:
      "No cookie, no cached country choice, and no visitor's address in storage or logs after page visits",
    mode: 'relay',
    capability: 'test-hooks',
    requirements: ['REQ-WEB-005', 'REQ-WEB-007'],
    timeoutMs: 30_000,
    run: checkNoTraceOfVisitor,
  },
  {
    id: 'website/same-origin-only',
    title: 'Every answer allows only its own origin and no script; no page names another origin',
    mode: 'relay',
    requirements: ['REQ-WEB-006'],
    run: checkSameOriginOnly,
  },
  {
    id: 'website/privacy-page',
    title: 'The privacy page of every language holds every paragraph of the policy',
    mode: 'relay',
    requirements: ['REQ-WEB-008'],
    run: checkPrivacyPage,
  },
  {
    id: 'website/privacy-translations',
    title:
      'A translated privacy page says the English text binds, links to it, and pairs every clause with the English one',
    mode: 'relay',
    requirements: ['REQ-WEB-016'],
    run: checkPrivacyTranslations,
  },
  {
    id: 'website/feedback-validation',
    title: 'Invalid feedback is refused with the registered error named in the page, and nothing is kept',
    mode: 'relay',
    capability: 'test-hooks',
    requirements: ['REQ-WEB-010'],
    run: checkFeedbackValidation,
  },
  {
    id: 'website/feedback-reply-erases',
    title:
      'Feedback is kept as typed until the reply, which goes to its address, and is then erased from every file',
    mode: 'relay',
    capability: 'test-hooks',
    requirements: ['REQ-WEB-011', 'REQ-WEB-012', 'REQ-WEB-022', 'REQ-OPERATOR-004', 'REQ-OPERATOR-005'],
    timeoutMs: 20_000,
    run: checkFeedbackReplyErases,
  },
  {
    id: 'website/feedback-expiry',
    title: 'Feedback nobody answers is erased after 90 days',
    mode: 'relay',
    capability: 'test-hooks',
    requirements: ['REQ-WEB-013'],
    run: checkFeedbackExpiry,
  },
  {
    id: 'operator/unauthenticated',
    title: "Every operator route refuses a request without the operator's bearer token",
    mode: 'relay',
    capability: 'test-hooks',
    requirements: ['REQ-OPERATOR-001'],
    run: checkOperatorUnauthenticated,
  },
  {
    id: 'operator/token-not-kept',
    title: 'The operator token is in no storage file and no log line after use',
    mode: 'relay',
    capability: 'test-hooks',
    requirements: ['REQ-OPERATOR-003', 'REQ-OPERATOR-005'],
    run: checkTokenNotKept,
  },
];
