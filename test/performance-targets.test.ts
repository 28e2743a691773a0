/**
 * The targets of issue 8 as deftalk-bench judges them from one results
 * document (bench/targets.ts): held, missed, and not measured when the run
 * lacks what a target needs; the verdicts validate against
 * bench/results.schema.json and appear in summary.md.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import Ajv2020Module from 'ajv/dist/2020.js';
import t from 'tap';
import type { Results, SeriesRecord, StepRecord } from '../bench/results.ts';
import { REPO_ROOT } from '../bench/server-process.ts';
import { renderSummary } from '../bench/summary.ts';
import { evaluateTargets, type TargetVerdict } from '../bench/targets.ts';

const spread = (v: number) => ({ min: v, median: v, max: v, n: 1 });

function step(
  targetRate: number,
  achieved: number,
  p99: number,
  counters: Record<string, number> = {},
): StepRecord {
  return {
    targetRate,
    runs: [{ repeat: 1, status: 'ok', violations: [], figures: null, counters, notes: [], artifacts: [] }],
    figures: { achieved_rate: spread(achieved), latency_p99_ms: spread(p99) },
    verdict: p99 <= 50 && achieved >= 0.95 * targetRate ? 'sustained' : 'beyond-knee',
  };
}

function series(id: string, steps: StepRecord[], status: SeriesRecord['status'] = 'ok'): SeriesRecord {
  const sustained = steps.filter((s) => s.verdict === 'sustained').map((s) => s.targetRate);
  const [scenario, variant = ''] = id.split('/');
  return {
    id,
    scenario: scenario!,
    variant,
    description: id,
    durability: 'test',
    parameters: {},
    baseline: null,
    status,
    invariants: [],
    steps: status === 'skipped' ? [] : steps,
    knee: {
      sustainedRate: sustained.length ? Math.max(...sustained) : null,
      exceededAtRate: null,
      reason: 'test',
    },
  };
}

function results(list: SeriesRecord[], quick = false): Results {
  return {
    format: 'deftalk-bench/results/v1',
    startedAt: '2026-11-29T00:00:00.000Z',
    finishedAt: '2026-11-29T00:01:00.000Z',
    machine: {
      cores: 2,
      cpuModel: 'test',
      memoryBytes: 1,
      os: { platform: 'linux', release: 'x', arch: 'x64' },
      loadAverage1m: 0,
      loadAverage1mAtEnd: 0,
    },
    node: { version: process.version, v8: process.versions.v8 },
    git: null,
    config: {
      argv: [],
      quick,
      repeat: 1,
      durationS: 1,
      warmupS: 0,
      p99BoundMs: 50,
      kneeAchievedFraction: 0.95,
      profile: false,
      heapSnapshot: false,
      scenarios: list.map((s) => s.id),
    },
    series: list,
    ratios: [],
    ok: true,
  } as Results;
}

const verdicts = (ts: TargetVerdict[]) => Object.fromEntries(ts.map((x) => [x.id, x.verdict]));

/** Figures that meet every target. */
function strong(): SeriesRecord[] {
  return [
    series('ws-forwarder/200B', [
      step(40_000, 40_000, 4),
      step(80_000, 79_800, 40),
      step(120_000, 100_000, 900),
    ]),
    series('nats-jetstream/200B', [step(10_000, 10_000, 20), step(20_000, 13_000, 2_000)]),
    series('full-cycle/200B', [step(24_000, 24_000, 6), step(48_000, 48_000, 30), step(64_000, 50_000, 400)]),
    series('offline-drain/200B', [step(50_000, 60_000, 1_500)]),
    series('idle-connections', [step(1000, 1000, 0, { heap_bytes_per_connection: 7_000 })]),
  ];
}

t.test('every target held', async (t) => {
  const ts = evaluateTargets(results(strong()));
  t.same(verdicts(ts), {
    'cycle-vs-forwarder': 'held',
    'p99-at-half-max': 'held',
    'idle-memory': 'held',
    'drain-100k': 'held',
    'cycle-vs-jetstream': 'held',
  });
  const byId = Object.fromEntries(ts.map((x) => [x.id, x]));
  t.equal(byId['cycle-vs-forwarder']!.value, 0.6, '48 000 of 80 000 sustained');
  t.equal(byId['cycle-vs-jetstream']!.value, 4.8, '48 000 against 10 000');
  t.equal(byId['p99-at-half-max']!.value, 6, 'half of the 50 000/s maximum: the 24 000/s step');
  t.equal(byId['drain-100k']!.value, 100_000 / 60_000, 'seconds for 100 000 envelopes');
  t.equal(byId['idle-memory']!.value, 7_000 / 1024, 'KiB per connection');
});

t.test('each target missed by the figures of this machine (2026-11-29)', async (t) => {
  const ts = evaluateTargets(
    results([
      series('ws-forwarder/200B', [step(80_000, 79_807, 50), step(120_000, 108_452, 1578)]),
      series('nats-jetstream/200B', [step(10_000, 10_001, 31), step(20_000, 13_497, 2812)]),
      series('full-cycle/200B', [step(2000, 2001, 25), step(4000, 4000, 29), step(8000, 8013, 78)]),
      series('offline-drain/200B', [step(50_000, 30_562, 2324)]),
      series('idle-connections', [step(1000, 1000, 0, { heap_bytes_per_connection: 8_400 })]),
    ]),
  );
  t.same(Object.values(verdicts(ts)), ['missed', 'missed', 'missed', 'missed', 'missed']);
  const byId = Object.fromEntries(ts.map((x) => [x.id, x]));
  t.equal(byId['p99-at-half-max']!.value, 29, 'half of 8 013/s: the 4 000/s step');
  t.equal(byId['cycle-vs-forwarder']!.value, 0.05);
});

t.test(
  'not measured: a quick run, a series skipped or left out, a side that sustained nothing',
  async (t) => {
    t.same(
      Object.values(verdicts(evaluateTargets(results(strong(), true)))),
      ['not-measured', 'not-measured', 'not-measured', 'held', 'not-measured'],
      'a quick run judges no rate ladder and too few connections; a 100 000 drain is still what it was',
    );
    const partial = strong().filter((s) => s.id !== 'idle-connections' && s.id !== 'ws-forwarder/200B');
    partial.push(series('ws-forwarder/200B', [], 'skipped'));
    t.same(verdicts(evaluateTargets(results(partial))), {
      'cycle-vs-forwarder': 'not-measured',
      'p99-at-half-max': 'held',
      'idle-memory': 'not-measured',
      'drain-100k': 'held',
      'cycle-vs-jetstream': 'held',
    });
    const nothing = strong().map((s) =>
      s.id === 'full-cycle/200B' ? series(s.id, [step(8000, 3000, 900)]) : s,
    );
    t.equal(verdicts(evaluateTargets(results(nothing)))['cycle-vs-forwarder'], 'not-measured');
    const few = strong().map((s) =>
      s.id === 'idle-connections'
        ? series(s.id, [step(100, 100, 0, { heap_bytes_per_connection: 9_900 })])
        : s,
    );
    t.equal(
      verdicts(evaluateTargets(results(few)))['idle-memory'],
      'not-measured',
      '100 connections are too few',
    );
  },
);

t.test('the verdicts validate against the results schema and appear in summary.md', async (t) => {
  const schema = JSON.parse(await readFile(join(REPO_ROOT, 'bench', 'results.schema.json'), 'utf8'));
  const ajv = new Ajv2020Module.default({ allErrors: true, strict: true, allowUnionTypes: true });
  const validate = ajv.compile(schema);
  const r = results(strong());
  r.targets = evaluateTargets(r);
  t.ok(validate(JSON.parse(JSON.stringify(r))), JSON.stringify(validate.errors));
  r.targets[0]!.verdict = 'maybe' as TargetVerdict['verdict'];
  t.notOk(validate(JSON.parse(JSON.stringify(r))), 'an unknown verdict is refused');
  r.targets = evaluateTargets(r);
  const md = renderSummary(r);
  t.match(md, /## Targets \(issue 8\)/);
  t.match(md, /\| 100 000 queued envelopes drained and erased in at most 2 s \| held \| 1\.67 \|/);
});
