/**
 * @module
 * Relay-mode cases for the privacy invariants of spec/overview.md §Privacy
 * invariants: REQ-PRIV-002 (no cookies) needs nothing but HTTP;
 * REQ-PRIV-003 (no client-describing headers in logs or storage) reads the
 * relay's storage and logs through the JSON form of the test hooks
 * (spec/test-hooks.md). REQ-PRIV-001 (no client address) lives with the
 * test-hooks cases (hooks.ts).
 */
import { request as httpRequest } from 'node:http';
import { type CaseContext, type ConformanceCase, check } from '../../case.ts';

/** One probe: a request the relay must answer without a cookie, whatever the status. */
interface Probe {
  readonly method: 'GET' | 'POST' | 'DELETE';
  readonly path: string;
  readonly headers?: Record<string, string>;
  readonly body?: Uint8Array;
}

/**
 * Requests that reach the relay's success path, its content negotiation and
 * its error paths: a relay that sets a tracking cookie usually does so in a
 * hook common to all of them, but one that does it only for errors or for
 * one media type is caught too.
 */
const PROBES: readonly Probe[] = [
  { method: 'GET', path: '/healthz' },
  { method: 'GET', path: '/v1/info' },
  { method: 'GET', path: '/v1/info', headers: { accept: 'application/x-protobuf' } },
  { method: 'GET', path: '/v1/no-such-endpoint' },
  { method: 'DELETE', path: '/healthz' },
  {
    method: 'POST',
    path: '/v1/info',
    headers: { 'content-type': 'application/x-protobuf' },
    body: new Uint8Array([0xff, 0xff, 0xff]),
  },
];

/** Send every probe and fail on the first response that carries `Set-Cookie`. */
async function checkNoCookies(ctx: CaseContext): Promise<void> {
  const base = ctx.relayUrl;
  check(base, 'relay mode needs the relay URL');
  for (const p of PROBES) {
    const res = await fetch(new URL(p.path, base), {
      method: p.method,
      headers: p.headers,
      body: p.body,
      signal: ctx.signal,
    });
    // Drain the body so the connection is reused and nothing is left pending.
    await res.arrayBuffer();
    const cookies = res.headers.getSetCookie();
    // The evidence names the header's presence, never its value: a cookie may identify the harness's client.
    ctx.log(`${p.method} ${p.path} -> ${res.status}, Set-Cookie headers: ${cookies.length}`);
    check(cookies.length === 0, `${p.method} ${p.path} answered with a Set-Cookie header`, 0, cookies.length);
  }
}

/** Send one request with `headers` and read the answer as text. */
function send(
  ctx: CaseContext,
  method: string,
  path: string,
  headers: Record<string, string>,
): Promise<{ status: number; body: string }> {
  const base = ctx.relayUrl;
  check(base, 'relay mode needs the relay URL');
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      new URL(path, base),
      { method, headers, signal: ctx.signal, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end();
  });
}

/**
 * Headers that describe the client's software, language and where it came
 * from (policy clauses 2.3-2.5), each carrying a marker unique to this run so
 * that finding it in storage or logs cannot be a coincidence.
 */
function describingHeaders(ctx: CaseContext): Record<string, string> {
  // One marker per header, so that a finding names the header that leaked.
  const marker = () =>
    Math.floor(ctx.random() * 2 ** 48)
      .toString(36)
      .padStart(10, '0');
  const [os, browser, from, origin, lang] = [marker(), marker(), marker(), marker(), marker()];
  return {
    'user-agent': `DefTalkProbeOS/${os} ProbeBrowser/${browser}`,
    referer: `https://came-from-${from}.invalid/page`,
    origin: `https://origin-${origin}.invalid`,
    'accept-language': `x-${lang.slice(0, 8)}`,
  };
}

/** Send client-describing headers through success and error paths, then scan storage and logs for them. */
async function checkNoDescribingHeaders(ctx: CaseContext): Promise<void> {
  const headers = describingHeaders(ctx);
  for (const [method, path] of [
    ['GET', '/healthz'],
    ['GET', '/v1/info'],
    ['GET', '/v1/no-such-endpoint'],
    ['DELETE', '/healthz'],
  ] as const) {
    const a = await send(ctx, method, path, headers);
    ctx.log(`${method} ${path} with client-describing headers -> ${a.status}`);
  }
  const storage = await send(ctx, 'GET', '/test-hooks/v1/storage', { accept: 'application/json' });
  check(storage.status === 200, 'the storage hook answers 200', 200, storage.status);
  const files = (JSON.parse(storage.body) as { files: { name: string; contentBase64: string }[] }).files;
  const logs = await send(ctx, 'GET', '/test-hooks/v1/logs', { accept: 'application/json' });
  check(logs.status === 200, 'the log hook answers 200', 200, logs.status);
  const lines = (JSON.parse(logs.body) as { lines: string[] }).lines;
  for (const [name, value] of Object.entries(headers)) {
    // The header's value as sent, and the marker alone in case a relay parses the header and keeps a part.
    const needles = [value, ...value.split(/[\s/:.]+/).filter((p) => p.length >= 8)];
    for (const needle of needles) {
      for (const f of files) {
        const content = Buffer.from(f.contentBase64, 'base64');
        for (const bytes of [Buffer.from(needle, 'utf8'), Buffer.from(needle, 'utf16le')]) {
          const at = content.indexOf(bytes);
          check(at < 0, `storage file ${f.name} holds the ${name} header sent by the client`, -1, at);
        }
      }
      const line = lines.findIndex((l) => l.includes(needle));
      check(line < 0, `log line ${line} holds the ${name} header sent by the client`, -1, line);
    }
  }
  ctx.log(
    `scanned ${files.length} storage files and ${lines.length} log lines for ${Object.keys(headers).join(', ')}: clean`,
  );
}

/** The privacy cases that run against a relay URL. */
export const PRIVACY_RELAY_CASES: readonly ConformanceCase[] = [
  {
    id: 'privacy/no-cookies',
    title: 'No response of the relay, success or error, sets a cookie',
    mode: 'relay',
    requirements: ['REQ-PRIV-002'],
    run: checkNoCookies,
  },
  {
    id: 'privacy/no-client-describing-headers',
    title:
      'No storage file and no log line holds the User-Agent, Referer, Origin or Accept-Language a client sent',
    mode: 'relay',
    capability: 'test-hooks',
    requirements: ['REQ-PRIV-003'],
    run: checkNoDescribingHeaders,
  },
];
