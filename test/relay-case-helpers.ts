/**
 * @module
 * What the tests that run relay-mode conformance cases in process share: a
 * seeded case context (so a failure can be replayed with the same seed) and
 * a reference relay on an ephemeral port, optionally with a zoo member's
 * parts, that is closed and removed after use.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CaseContext } from '../conformance/case.ts';
import { type RelayParts, startRelay } from '../reference/relay/server.ts';

/** A relay-mode case context for the relay at `relayUrl`, with a small seeded LCG as its randomness. */
export function relayCaseContext(relayUrl: string, seed: number, evidence: string[] = []): CaseContext {
  let n = seed;
  return {
    mode: 'relay',
    relayUrl: new URL(relayUrl),
    driver: undefined,
    capabilities: new Set(['test-hooks']),
    random: () => {
      n = (n * 1103515245 + 12345) % 2 ** 31;
      return n / 2 ** 31;
    },
    timeout: (ms) => ms,
    log: (line) => evidence.push(line),
    signal: new AbortController().signal,
  };
}

/**
 * Run `fn` against a reference relay with test hooks, built with `parts` (a
 * zoo member's, or `{}` for the reference). `logLevel` matters to cases that
 * read the log ring: a relay that logs nothing cannot be caught logging.
 */
export async function withTestRelay<T>(
  parts: RelayParts,
  fn: (url: string) => Promise<T>,
  logLevel = 'silent',
): Promise<T> {
  const dataDir = mkdtempSync(join(tmpdir(), 'deftalk-relay-cases-'));
  const relay = await startRelay(
    { host: '127.0.0.1', port: 0, dataDir, testHooks: true, logLevel, pinScryptLog2N: 10 },
    { write: () => true } as unknown as NodeJS.WritableStream,
    parts,
  );
  try {
    return await fn(relay.url);
  } finally {
    await relay.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
