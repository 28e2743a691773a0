/**
 * The real `deftalk-relay` process (README §Quick start, spec/transport.md):
 * spawned with `--port 0 --data <tmp>`, it serves /healthz, stops promptly
 * and cleanly on SIGTERM and SIGINT (the database reopens with its data), and
 * its stdout holds only JSON log lines without any IP address after real
 * HTTP and WebSocket traffic. Bad flags exit 2 with a message.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import t from 'tap';
import WebSocket from 'ws';
import { DATABASE_FILE } from '../reference/relay/storage/sqlite.ts';
import { decodeFrame, encodeFrame } from '../reference/wire/index.ts';

const BIN = resolve(import.meta.dirname, '..', 'bin', 'deftalk-relay.js');

interface Running {
  child: ChildProcess;
  url: string;
  stdout: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

function startRelay(dataDir: string, extra: string[] = []): Promise<Running> {
  const child = spawn(
    process.execPath,
    [BIN, '--port', '0', '--data', dataDir, '--log-level', 'info', ...extra],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, LOG_LEVEL: 'info' },
    },
  );
  let out = '';
  let err = '';
  child.stdout!.on('data', (c: Buffer) => {
    out += c.toString();
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((r) =>
    child.once('exit', (code, signal) => r({ code, signal })),
  );
  return new Promise((resolvePromise, reject) => {
    child.stderr!.on('data', (c: Buffer) => {
      err += c.toString();
      const m = /deftalk-relay listening on (\S+)/.exec(err);
      if (m) resolvePromise({ child, url: m[1]!, stdout: () => out, exited });
    });
    void exited.then(({ code }) => reject(new Error(`relay exited ${code} before listening: ${err}`)));
  });
}

async function traffic(url: string): Promise<void> {
  for (const path of ['/healthz', '/v1/info', '/v1/no-such-endpoint', '/v2/info'])
    await (await fetch(url + path)).text();
  const ws = new WebSocket(`${url.replace('http', 'ws')}/v1/websocket`);
  await new Promise((r) => ws.once('open', r));
  ws.send(encodeFrame({ kind: 'request', id: 1, method: 'GET', path: '/v1/info', body: new Uint8Array() }));
  const reply = await new Promise<Buffer>((r) => ws.once('message', r));
  if (decodeFrame(reply).kind !== 'response') throw new Error('no response frame');
  ws.send('text');
  await new Promise((r) => ws.once('close', r));
}

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  t.test(`serves, then stops on ${signal} with exit 0 and a clean database`, async (t) => {
    const dir = mkdtempSync(join(tmpdir(), 'deftalk-relay-proc-'));
    t.teardown(() => rmSync(dir, { recursive: true, force: true }));
    const relay = await startRelay(dir);
    t.teardown(() => relay.child.kill('SIGKILL'));
    const res = await fetch(`${relay.url}/healthz`);
    t.equal(res.status, 200, '/healthz 200');
    t.same(await res.json(), { status: 'ok' });
    await traffic(relay.url);
    relay.child.kill(signal);
    const { code } = await relay.exited;
    t.equal(code, 0, 'exit status 0');
    const lines = relay
      .stdout()
      .split('\n')
      .filter((l) => l !== '');
    t.ok(lines.length > 3, 'log lines were written');
    for (const line of lines) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(line);
      } catch {
        parsed = undefined;
      }
      if (typeof parsed !== 'object' || parsed === null)
        t.fail(`stdout line is not JSON: ${line.slice(0, 80)}`);
    }
    const out = relay.stdout();
    t.notOk(
      /\b127\.0\.0\.1\b|::ffff:|"::1"|remoteAddress|hostname/.test(out),
      'no IP address or host in stdout',
    );
    // The database was closed cleanly: it reopens, passes an integrity check, and its WAL was checkpointed away.
    const db = new Database(join(dir, DATABASE_FILE), { readonly: true });
    t.equal(db.pragma('integrity_check', { simple: true }), 'ok');
    t.ok((db.pragma('user_version', { simple: true }) as number) >= 1, 'schema present');
    db.close();
  });
}

t.test('--help prints usage and exits 0', async (t) => {
  const r = spawnSync(process.execPath, [BIN, '--help'], { encoding: 'utf8' });
  t.equal(r.status, 0);
  t.match(r.stdout, /Usage: deftalk-relay/);
  t.match(r.stdout, /--test-hooks/);
});

t.test('a bad --port exits 2 with a message', async (t) => {
  for (const port of ['70000', 'abc', '-1']) {
    const r = spawnSync(process.execPath, [BIN, '--port', port, '--data', join(tmpdir(), 'unused')], {
      encoding: 'utf8',
    });
    t.equal(r.status, 2, `--port ${port}`);
    t.match(r.stderr, /--port/);
    t.match(r.stderr, /Usage:/);
  }
});

t.test('--test-hooks off loopback is refused', async (t) => {
  const r = spawnSync(
    process.execPath,
    [BIN, '--host', '0.0.0.0', '--port', '0', '--test-hooks', '--data', join(tmpdir(), 'unused-h')],
    {
      encoding: 'utf8',
      timeout: 30_000,
    },
  );
  t.not(r.status, 0, 'does not start');
  t.match(r.stderr, /loopback/);
});
