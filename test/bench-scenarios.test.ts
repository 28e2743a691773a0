/**
 * The delivery scenarios beyond full-cycle (bench/README.md §Delivery
 * scenarios): `--quick` runs of http-send (autocannon, then the drain) and
 * offline-drain against a real relay process keep every invariant they
 * declare (reconnect-storm and group-fanout: test/bench-storm.test.ts);
 * nats-jetstream without a server is skipped with its reason and does not
 * fail the run. No speed is asserted.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import type { Results } from '../bench/results.ts';
import { QUICK, quickScenarios, runBench } from './bench-quick.ts';

t.test('quick runs of http-send and offline-drain keep their invariants', (t) =>
  quickScenarios(t, ['http-send', 'offline-drain']),
);

t.test('nats-jetstream without a server is skipped with its reason, not failed', async (t) => {
  const out = await mkdtemp(join(os.tmpdir(), 'deftalk-bench-nats-'));
  t.teardown(() => rm(out, { recursive: true, force: true }));
  // Port 1 on loopback: nothing listens there.
  const r = await runBench([...QUICK, '--scenario', 'nats-jetstream', '--out', out], {
    DEFTALK_BENCH_NATS_PORT: '1',
  });
  t.equal(r.code, 0, `exit 0\n${r.stderr}`);
  const results = JSON.parse(await readFile(join(out, 'results.json'), 'utf8')) as Results;
  t.equal(results.ok, true);
  t.equal(results.series[0]!.status, 'skipped');
  t.match(results.series[0]!.skipped, /nats-server on 127\.0\.0\.1:1/);
});
