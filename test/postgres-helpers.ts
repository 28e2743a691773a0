/**
 * Shared by test/postgres*.test.ts and test/cluster*.test.ts: a PostgreSQL
 * database of its own for each test run (CREATE DATABASE deftalk_test_<random>,
 * dropped at teardown), a Redis key prefix of its own, and relay processes
 * started on them. PostgreSQL and Redis run at their standard ports on
 * 127.0.0.1 (.ci/run starts them when they are down).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Redis } from 'ioredis';
import pg from 'pg';
import type { Test } from 'tap';
import type { AccountStore } from '../reference/relay/storage/accounts.ts';
import { storageFiles } from '../reference/relay/storage/sqlite.ts';
import type { AccountId, DeviceId } from '../reference/wire/ids.ts';

/** Server URL of the test engines; DEFTALK_TEST_PG and DEFTALK_TEST_REDIS override. */
export const PG_SERVER = process.env.DEFTALK_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432';
export const REDIS_SERVER = process.env.DEFTALK_TEST_REDIS ?? 'redis://127.0.0.1:6379';

const RELAY = resolve(import.meta.dirname, '..', 'bin', 'deftalk-relay.js');

/** Register a fresh account with one device (random keys and list) under `tag` in either engine's account store. */
export async function registerAccount(
  accounts: AccountStore,
  tag: Buffer = randomBytes(32),
): Promise<AccountId> {
  const accountId = randomBytes(16).toString('hex') as AccountId;
  await accounts.register(
    tag,
    {
      accountId,
      identityKey: randomBytes(32),
      list: { deviceList: randomBytes(40), signature: randomBytes(64), version: 1, maxDeviceId: 1 },
      createdAt: Date.now(),
    },
    { deviceId: 1 as DeviceId, deviceKey: randomBytes(32) },
  );
  return accountId;
}

/** Every byte of the SQLite files of `dataDir` (main file, WAL, shared memory), for byte scans after erasure. */
export function sqliteBytes(dataDir: string): Buffer {
  return Buffer.concat(
    storageFiles(dataDir).map((f) => {
      try {
        return readFileSync(f);
      } catch {
        return Buffer.alloc(0);
      }
    }),
  );
}

/** Create a fresh database for this test file and drop it (forcing out connections) at teardown. */
export async function testDatabase(t: Test): Promise<string> {
  const name = `deftalk_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: `${PG_SERVER}/postgres` });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  t.teardown(async () => {
    const c = new pg.Client({ connectionString: `${PG_SERVER}/postgres` });
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await c.end();
  });
  return `${PG_SERVER}/${name}`;
}

/** A Redis bus URL with a key prefix of its own; its keys are deleted at teardown. */
export function testBus(t: Test): string {
  const prefix = `deftalk-test-${randomBytes(6).toString('hex')}:`;
  t.teardown(async () => {
    const r = new Redis(REDIS_SERVER);
    const keys = await r.keys(`${prefix}*`);
    if (keys.length > 0) await r.del(...keys);
    await r.quit();
  });
  return `${REDIS_SERVER}?prefix=${encodeURIComponent(prefix)}`;
}

/** A relay process of a cluster. */
export interface Node {
  readonly url: string;
  readonly child: ChildProcess;
  readonly dataDir: string;
  /** Lines the node wrote to stdout (JSON logs). */
  readonly logs: string[];
}

/**
 * Start `deftalk-relay --store … --bus …` on port 0 with test hooks. `keysFrom`
 * names a node whose key files this one copies first (spec/deployment.md §Keys).
 */
export async function startNode(
  t: Test,
  opts: { dataDir: string; store: string; bus: string; keysFrom?: string; env?: NodeJS.ProcessEnv },
): Promise<Node> {
  mkdirSync(opts.dataDir, { recursive: true });
  if (opts.keysFrom) {
    for (const f of ['identifier.key', 'discovery.key', 'contact-credential.key'])
      copyFileSync(join(opts.keysFrom, f), join(opts.dataDir, f));
  }
  const child = spawn(
    process.execPath,
    [RELAY, '--port', '0', '--data', opts.dataDir, '--test-hooks', '--log-level', 'warn'],
    {
      env: { ...process.env, ...opts.env, DEFTALK_STORE: opts.store, DEFTALK_BUS: opts.bus },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const logs: string[] = [];
  child.stdout!.on('data', (c: Buffer) => logs.push(...c.toString().split('\n').filter(Boolean)));
  let stderr = '';
  const url = await new Promise<string>((res, rej) => {
    child.stderr!.on('data', (c: Buffer) => {
      stderr += c.toString();
      const m = /listening on (http:\/\/\S+)/.exec(stderr);
      if (m) res(m[1]!);
    });
    child.once('exit', (code) => rej(new Error(`relay exited ${code}: ${stderr}`)));
  });
  t.teardown(async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
  });
  return { url, child, dataDir: opts.dataDir, logs };
}
