/**
 * @module
 * Shared helpers of the identity tests (registration, accounts, auth, keys):
 * a real relay on 127.0.0.1 port 0 over a temporary SQLite directory whose
 * log output is captured, and a runner that plays a relay-mode conformance
 * case against it.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import type { CaseContext, ConformanceCase } from '../conformance/case.ts';
import { RelayClient } from '../conformance/lib/relayClient.ts';
import type { RelayConfig } from '../reference/relay/config.ts';
import { type Relay, startRelay } from '../reference/relay/server.ts';

/** A relay under test with its data directory, captured logs and a client. */
export interface TestRelay {
  readonly relay: Relay;
  readonly dataDir: string;
  readonly client: RelayClient;
  /** Every byte the relay logged so far. */
  logText(): string;
  /** The content of every file in the data directory, by name. */
  files(): Map<string, Buffer>;
}

/** Deterministic randomness for a test (mulberry32). */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Start a relay for one test and stop it (and remove its data) at the test's end. */
export async function startTestRelay(
  t: { teardown(fn: () => Promise<void> | void): void },
  overrides: Partial<RelayConfig> = {},
): Promise<TestRelay> {
  const dataDir = mkdtempSync(join(tmpdir(), 'deftalk-identity-'));
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      chunks.push(Buffer.from(chunk));
      done();
    },
  });
  const relay = await startRelay(
    {
      host: '127.0.0.1',
      port: 0,
      dataDir,
      testHooks: true,
      logLevel: 'info',
      pinScryptLog2N: 10,
      ...overrides,
    },
    sink,
  );
  t.teardown(async () => {
    await relay.close();
    rmSync(dataDir, { recursive: true, force: true });
  });
  return {
    relay,
    dataDir,
    client: new RelayClient(relay.url),
    logText: () => Buffer.concat(chunks).toString('utf8'),
    files: () => new Map(readdirSync(dataDir).map((f) => [f, readFileSync(join(dataDir, f))])),
  };
}

/** Run one relay-mode case against `relay`; resolves with its evidence, rejects with its failure. */
export async function runCase(relay: TestRelay, c: ConformanceCase, seed = 1): Promise<string[]> {
  const evidence: string[] = [];
  const controller = new AbortController();
  const ctx: CaseContext = {
    mode: 'relay',
    relayUrl: new URL(relay.relay.url),
    driver: undefined,
    capabilities: new Set(['test-hooks']),
    random: seeded(seed),
    timeout: (ms) => ms,
    log: (line) => evidence.push(line),
    signal: controller.signal,
  };
  await c.run(ctx);
  return evidence;
}
