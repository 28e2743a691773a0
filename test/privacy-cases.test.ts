/**
 * @module
 * The relay-mode privacy cases (conformance/cases/relay/privacy.ts) against
 * the reference relay, which must pass, and against a deliberately faulty
 * relay that sets a cookie only on an error path, which must fail.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { type CaseContext, CheckFailed, type ConformanceCase } from '../conformance/case.ts';
import { ALL_CASES } from '../conformance/cases/index.ts';
import { PRIVACY_RELAY_CASES } from '../conformance/cases/relay/privacy.ts';
import { startRelay } from '../reference/relay/server.ts';

function context(relayUrl: string, evidence: string[], capabilities: string[] = []): CaseContext {
  return {
    mode: 'relay',
    relayUrl: new URL(relayUrl),
    driver: undefined,
    capabilities: new Set(capabilities),
    random: (() => {
      let n = 0;
      return () => {
        n = (n + 0.137) % 1;
        return n;
      };
    })(),
    timeout: (ms) => ms,
    log: (line) => evidence.push(line),
    signal: new AbortController().signal,
  };
}

const noCookies = PRIVACY_RELAY_CASES.find((c) => c.id === 'privacy/no-cookies') as ConformanceCase;
const noHeaders = PRIVACY_RELAY_CASES.find(
  (c) => c.id === 'privacy/no-client-describing-headers',
) as ConformanceCase;

t.test('the privacy cases are registered and cite the overview invariants', async (t) => {
  t.ok(noCookies);
  t.ok(ALL_CASES.includes(noCookies), 'registered in ALL_CASES');
  t.same(noCookies.requirements, ['REQ-PRIV-002']);
  t.equal(noCookies.mode, 'relay');
  t.ok(ALL_CASES.includes(noHeaders), 'registered in ALL_CASES');
  t.same(noHeaders.requirements, ['REQ-PRIV-003']);
  t.equal(noHeaders.capability, 'test-hooks', 'UNSUPPORTED on a relay without the hooks');
});

t.test('privacy/no-cookies passes against the reference relay', async (t) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'deftalk-priv-'));
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
  const evidence: string[] = [];
  await noCookies.run(context(relay.url, evidence));
  t.ok(evidence.length >= 6, 'every probe was sent');
  t.match(evidence.join('\n'), /GET \/healthz -> 200, Set-Cookie headers: 0/);
  t.match(evidence.join('\n'), /GET \/v1\/no-such-endpoint -> 404/);
});

t.test('privacy/no-cookies fails against a relay that sets a cookie on its 404 answer only', async (t) => {
  const server = createServer((req, res) => {
    if (req.url === '/healthz' || req.url?.startsWith('/v1/info')) {
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      return;
    }
    res.writeHead(404, { 'set-cookie': 'visitor=1; Path=/', 'content-type': 'application/json' }).end('{}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.teardown(() => new Promise<void>((resolve) => server.close(() => resolve())));
  const { port } = server.address() as AddressInfo;
  const evidence: string[] = [];
  const err = await noCookies.run(context(`http://127.0.0.1:${port}`, evidence)).then(
    () => undefined,
    (e: unknown) => e,
  );
  t.type(err, CheckFailed);
  t.match((err as Error).message, /GET \/v1\/no-such-endpoint answered with a Set-Cookie header/);
  t.notMatch(evidence.join('\n'), /visitor/, 'the evidence never quotes the cookie');
});

t.test(
  'privacy/no-client-describing-headers passes against the reference relay with test hooks',
  async (t) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'deftalk-priv-'));
    const relay = await startRelay({
      host: '127.0.0.1',
      port: 0,
      dataDir,
      testHooks: true,
      logLevel: 'info',
    });
    t.teardown(async () => {
      await relay.close();
      rmSync(dataDir, { recursive: true, force: true });
    });
    const evidence: string[] = [];
    await noHeaders.run(context(relay.url, evidence, ['test-hooks']));
    t.match(evidence.join('\n'), /GET \/healthz with client-describing headers -> 200/);
    t.match(
      evidence.join('\n'),
      /scanned [1-9]\d* storage files and [1-9]\d* log lines/,
      'there was something to scan',
    );
  },
);

/**
 * A deliberately faulty relay: it serves the JSON test hooks, keeps an
 * access log, and writes the User-Agent into it.
 */
async function relayThatLogs(
  field: 'user-agent' | 'referer' | 'origin' | 'accept-language',
): Promise<Server> {
  const log: string[] = ['{"msg":"relay started"}'];
  const server = createServer((req, res) => {
    if (req.url === '/test-hooks/v1/logs') {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ lines: log }));
      return;
    }
    if (req.url === '/test-hooks/v1/storage') {
      const files = [{ name: 'relay.db', contentBase64: Buffer.from('schema v1').toString('base64') }];
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ files }));
      return;
    }
    log.push(JSON.stringify({ method: req.method, route: req.url, client: req.headers[field] }));
    res.writeHead(req.url === '/healthz' ? 200 : 404, { 'content-type': 'application/json' }).end('{}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

for (const field of ['user-agent', 'referer', 'origin', 'accept-language'] as const) {
  t.test(`privacy/no-client-describing-headers fails against a relay that logs ${field}`, async (t) => {
    const server = await relayThatLogs(field);
    t.teardown(() => new Promise<void>((resolve) => server.close(() => resolve())));
    const { port } = server.address() as AddressInfo;
    const err = await noHeaders.run(context(`http://127.0.0.1:${port}`, [], ['test-hooks'])).then(
      () => undefined,
      (e: unknown) => e,
    );
    t.type(err, CheckFailed);
    t.match((err as Error).message, new RegExp(`log line \\d+ holds the ${field} header`));
  });
}
