/**
 * @module
 * deftalk-bench delivery scenarios (bench/README.md §Delivery scenarios):
 * `--quick --scenario full-cycle/200B` runs against a real relay process,
 * reports the invariants block (every accepted envelope delivered once,
 * stored once, erased; queues empty; no ciphertext in any storage file),
 * and a relay that loses an accepted envelope fails the run. The faulty
 * relay is a wrapper written into a temporary directory and started through
 * `DEFTALK_BENCH_RELAY`, so no faulty code lives in the tree. No speed is
 * asserted.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
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
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((res, rej) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.once('error', rej);
    child.once('close', (code) => res({ code, stdout, stderr }));
  });
}

/**
 * A relay that drops the 7th envelope offered to a connected device: it
 * stays queued but is never pushed on that connection, as a relay with a
 * lost-wakeup bug would behave.
 */
const FAULTY_RELAY = `
import { PushStream } from ${JSON.stringify(join(ROOT, 'reference/relay/delivery/push.ts'))};
import { startRelay } from ${JSON.stringify(join(ROOT, 'reference/relay/server.ts'))};
import { parseRelayArgs } from ${JSON.stringify(join(ROOT, 'reference/relay/config.ts'))};
const offer = PushStream.prototype.offer;
let n = 0;
PushStream.prototype.offer = function (position, envelope) {
  if (++n === 7) return;
  return offer.call(this, position, envelope);
};
const parsed = parseRelayArgs(process.argv.slice(2));
if (parsed.help) process.exit(2);
const relay = await startRelay(parsed.config);
process.stderr.write('deftalk-relay listening on ' + relay.url + '\\n');
process.once('SIGTERM', () => relay.close().then(() => process.exit(0)));
`;

t.test('--quick full-cycle/200B keeps every delivery invariant against the real relay', async (t) => {
  const out = await mkdtemp(join(os.tmpdir(), 'deftalk-bench-delivery-'));
  t.teardown(() => rm(out, { recursive: true, force: true }));
  const r = await runBin([...QUICK, '--scenario', 'full-cycle/200B', '--out', out]);
  t.equal(r.code, 0, `exit 0\n${r.stderr}`);
  const results = JSON.parse(await readFile(join(out, 'results.json'), 'utf8')) as Results;
  t.equal(results.ok, true);
  const series = results.series[0]!;
  t.equal(series.id, 'full-cycle/200B');
  t.equal(series.baseline, 'ws-forwarder');
  t.same(
    series.invariants.map((i) => i.id),
    [
      'sent-at-least-1',
      'accepted-equals-sent',
      'refused-zero',
      'send_errors-zero',
      'unique_delivered-equals-accepted',
      'duplicates-zero',
      'misrouted-zero',
      'corrupt-zero',
      'relay_stored-equals-accepted',
      'relay_erased-equals-relay_stored',
      'queued_after_acks-zero',
      'ciphertext_in_storage-zero',
    ],
    'the invariants block lists every delivery promise',
  );
  const run = series.steps[0]!.runs[0]!;
  t.same(run.violations, []);
  const c = run.counters;
  t.ok(c.sent! > 0, 'envelopes were sent');
  t.equal(c.accepted, c.sent, 'every send accepted');
  t.equal(c.unique_delivered, c.sent, 'every envelope delivered');
  t.equal(c.relay_stored, c.sent, 'the relay stored each once');
  t.equal(c.relay_erased, c.sent, 'and erased each');
  t.equal(c.queued_after_acks, 0);
  t.equal(c.ciphertext_in_storage, 0);
});

t.test('a relay that never pushes one accepted envelope fails the run', async (t) => {
  const dir = await mkdtemp(join(os.tmpdir(), 'deftalk-bench-faulty-'));
  t.teardown(() => rm(dir, { recursive: true, force: true }));
  const script = join(dir, 'faulty-relay.mts');
  await writeFile(script, FAULTY_RELAY);
  const out = join(dir, 'out');
  const r = await runBin([...QUICK, '--scenario', 'full-cycle/200B', '--out', out], {
    DEFTALK_BENCH_RELAY: script,
  });
  t.equal(r.code, 1, `exit 1\n${r.stderr}`);
  t.match(r.stderr, /VIOLATION unique_delivered-equals-accepted/);
  const results = JSON.parse(await readFile(join(out, 'results.json'), 'utf8')) as Results;
  t.equal(results.ok, false);
  const run = results.series[0]!.steps[0]!.runs[0]!;
  const ids = run.violations.map((v) => v.invariant);
  t.ok(ids.includes('unique_delivered-equals-accepted'), 'the lost delivery is caught');
  t.ok(ids.includes('queued_after_acks-zero'), 'its queue is not empty');
  t.ok(ids.includes('ciphertext_in_storage-zero'), 'its ciphertext is still in storage');
  t.equal(run.counters.sent! - run.counters.unique_delivered!, 1, 'exactly the dropped envelope is missing');
});
