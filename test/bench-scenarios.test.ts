/**
 * @module
 * The delivery scenarios beyond full-cycle (bench/README.md §Delivery
 * scenarios): `--quick` runs of http-send (autocannon, then the drain),
 * reconnect-storm, group-fanout and offline-drain against a real relay
 * process keep every invariant they declare; nats-jetstream without a
 * server is skipped with its reason and does not fail the run. No speed is
 * asserted.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import { join, resolve } from 'node:path';
import t from 'tap';
import type { Results } from '../bench/results.ts';

const ROOT = resolve(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin', 'deftalk-bench.js');
const QUICK = ['--quick', '--duration', '0.5', '--warmup', '0.2'];

function runBin(
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

t.test(
  'quick runs of the further delivery scenarios keep their invariants',
  { timeout: 300_000 },
  async (t) => {
    const out = await mkdtemp(join(os.tmpdir(), 'deftalk-bench-scenarios-'));
    t.teardown(() => rm(out, { recursive: true, force: true }));
    const names = ['http-send', 'reconnect-storm', 'group-fanout', 'offline-drain'];
    const r = await runBin([...QUICK, '--scenario', names.join(','), '--out', out]);
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
  },
);

t.test('nats-jetstream without a server is skipped with its reason, not failed', async (t) => {
  const out = await mkdtemp(join(os.tmpdir(), 'deftalk-bench-nats-'));
  t.teardown(() => rm(out, { recursive: true, force: true }));
  // Port 1 on loopback: nothing listens there.
  const r = await runBin([...QUICK, '--scenario', 'nats-jetstream', '--out', out], {
    DEFTALK_BENCH_NATS_PORT: '1',
  });
  t.equal(r.code, 0, `exit 0\n${r.stderr}`);
  const results = JSON.parse(await readFile(join(out, 'results.json'), 'utf8')) as Results;
  t.equal(results.ok, true);
  t.equal(results.series[0]!.status, 'skipped');
  t.match(results.series[0]!.skipped, /nats-server on 127\.0\.0\.1:1/);
});
