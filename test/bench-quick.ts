/**
 * @module
 * Shared by the bench scenario tests (test/bench-scenarios.test.ts,
 * test/bench-storm.test.ts): run `deftalk-bench --quick` over some
 * scenarios in one process and check, scenario by scenario, that every run
 * kept the delivery invariants. Split over files because tap gives each
 * file 120 s and registering the accounts of every scenario takes most of
 * that on a loaded machine.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import { join, resolve } from 'node:path';
import type { Test } from 'tap';
import type { Results } from '../bench/results.ts';

const ROOT = resolve(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin', 'deftalk-bench.js');

/** Short runs: the invariants are the point, not the speed. */
export const QUICK = ['--quick', '--duration', '0.5', '--warmup', '0.2'];

/** Run the bench binary; resolves with its exit code and stderr. */
export function runBench(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number | null; stderr: string }> {
  return new Promise((res, rej) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.once('error', rej);
    child.once('close', (code) => res({ code, stderr }));
  });
}

/** `--quick` over `names`; every scenario ran, kept its invariants and scanned the storage files. */
export async function quickScenarios(t: Test, names: readonly string[]): Promise<void> {
  const out = await mkdtemp(join(os.tmpdir(), 'deftalk-bench-scenarios-'));
  t.teardown(() => rm(out, { recursive: true, force: true }));
  const r = await runBench([...QUICK, '--scenario', names.join(','), '--out', out]);
  t.equal(r.code, 0, `exit 0\n${r.stderr}`);
  const results = JSON.parse(await readFile(join(out, 'results.json'), 'utf8')) as Results;
  t.equal(results.ok, true);
  t.same(
    results.series.map((s) => s.scenario),
    names,
    'every scenario ran',
  );
  for (const s of results.series) {
    const run = s.steps[0]!.runs[0]!;
    t.equal(run.status, 'ok', `${s.id} ok`);
    t.same(run.violations, [], `${s.id} kept its invariants`);
    t.ok(
      s.invariants.some((i) => i.id === 'ciphertext_in_storage-zero'),
      `${s.id} scans the storage files`,
    );
    t.equal(run.counters.ciphertext_in_storage, 0, `${s.id}: no ciphertext left`);
    t.equal(run.counters.queued_after_acks, 0, `${s.id}: queues empty`);
    t.equal(
      run.counters.unique_delivered,
      run.counters.accepted,
      `${s.id}: every accepted envelope delivered`,
    );
    t.ok(run.counters.accepted! > 0, `${s.id}: envelopes were accepted`);
  }
}
