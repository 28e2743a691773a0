/**
 * @module
 * Relay-mode cases for the privacy invariants of spec/overview.md §Privacy
 * invariants that are visible on the wire. REQ-PRIV-001 (no client address
 * in logs or storage) needs the test hooks and lives with the test-hooks
 * cases; the cases here need nothing but HTTP.
 */
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

/** The privacy cases that run against a relay URL. */
export const PRIVACY_RELAY_CASES: readonly ConformanceCase[] = [
  {
    id: 'privacy/no-cookies',
    title: 'No response of the relay, success or error, sets a cookie',
    mode: 'relay',
    requirements: ['REQ-PRIV-002'],
    run: checkNoCookies,
  },
];
