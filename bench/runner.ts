/**
 * @module
 * The sweep (performance.md §Method): for each selected scenario variant,
 * offer its rates in ascending order, each `repeat` times in a fresh server
 * process with a fresh work directory, check the scenario's invariants after
 * every run, and stop at the knee: the first rate whose median achieved rate
 * falls below 95 % of the target or whose median p99 exceeds the bound.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import { join } from 'node:path';
import {
  describeGit,
  describeMachine,
  type Ratio,
  RESULTS_FORMAT,
  type Results,
  type RunRecord,
  type SeriesRecord,
  type Spread,
  type StepRecord,
  spread,
} from './results.ts';
import { FIGURES, type FigureName, type Scenario, seriesId, type Variant } from './scenario.ts';
import { evaluateTargets } from './targets.ts';

/** How the bench was asked to run. */
export interface BenchConfig {
  readonly argv: readonly string[];
  readonly quick: boolean;
  readonly repeat: number;
  readonly durationMs: number;
  readonly warmupMs: number;
  readonly p99BoundMs: number;
  /** Output directory; profiles and snapshots go under it. */
  readonly outDir: string;
  readonly profile: boolean;
  readonly heapSnapshot: boolean;
}

/** A run is below the knee while it achieves at least this fraction of its target. */
export const KNEE_ACHIEVED_FRACTION = 0.95;

/** One selected series: a scenario and one of its variants. */
export interface Selection {
  readonly scenario: Scenario;
  readonly variant: Variant;
}

const fmt = (n: number | null | undefined, digits = 2) =>
  n === null || n === undefined || !Number.isFinite(n) ? '-' : n.toFixed(digits);

/** Run every selection and return the results document (files are written by the caller). */
export async function runBench(
  config: BenchConfig,
  selections: readonly Selection[],
  progress: (line: string) => void,
): Promise<Results> {
  const startedAt = new Date().toISOString();
  const machine = describeMachine();
  const series: SeriesRecord[] = [];
  const prerequisiteCache = new Map<Scenario, Promise<string | undefined>>();
  for (const { scenario, variant } of selections) {
    let check = prerequisiteCache.get(scenario);
    if (!check) {
      check = scenario.prerequisites ? scenario.prerequisites() : Promise.resolve(undefined);
      prerequisiteCache.set(scenario, check);
    }
    const reason = await check.catch((e: unknown) => `prerequisite check failed: ${(e as Error).message}`);
    series.push(await runSeries(config, scenario, variant, reason, progress));
  }
  machine.loadAverage1mAtEnd = os.loadavg()[0] ?? 0;
  const results: Results = {
    format: RESULTS_FORMAT,
    startedAt,
    finishedAt: new Date().toISOString(),
    machine,
    node: { version: process.version, v8: process.versions.v8 },
    git: describeGit(),
    config: {
      argv: [...config.argv],
      quick: config.quick,
      repeat: config.repeat,
      durationS: config.durationMs / 1000,
      warmupS: config.warmupMs / 1000,
      p99BoundMs: config.p99BoundMs,
      kneeAchievedFraction: KNEE_ACHIEVED_FRACTION,
      profile: config.profile,
      heapSnapshot: config.heapSnapshot,
      scenarios: series.map((s) => s.id),
    },
    series,
    ratios: computeRatios(series),
    ok: series.every((s) => s.status !== 'failed'),
  };
  results.targets = evaluateTargets(results);
  return results;
}

async function runSeries(
  config: BenchConfig,
  scenario: Scenario,
  variant: Variant,
  skipReason: string | undefined,
  progress: (line: string) => void,
): Promise<SeriesRecord> {
  const id = seriesId(scenario, variant);
  const record: SeriesRecord = {
    id,
    scenario: scenario.name,
    variant: variant.name,
    description: scenario.description,
    durability: scenario.durability,
    parameters: { ...variant.parameters },
    baseline: scenario.baseline ?? null,
    ...(scenario.alsoComparedWith ? { alsoComparedWith: [...scenario.alsoComparedWith] } : {}),
    status: 'ok',
    invariants: scenario.invariants.map((i) => ({ id: i.id, description: i.description })),
    steps: [],
    knee: { sustainedRate: null, exceededAtRate: null, reason: 'not reached within the rates offered' },
  };
  if (skipReason !== undefined) {
    progress(`[${id}] skipped: ${skipReason}`);
    record.status = 'skipped';
    record.skipped = skipReason;
    record.knee.reason = 'skipped';
    return record;
  }
  const rates = config.quick ? variant.quickRates : variant.rates;
  for (const rate of rates) {
    const step: StepRecord = { targetRate: rate, runs: [], figures: {}, verdict: 'sustained' };
    record.steps.push(step);
    for (let i = 0; i < config.repeat; i++) {
      const run = await runOnce(config, scenario, variant, rate, i, progress);
      step.runs.push(run);
      const f = run.figures;
      progress(
        `[${id}] rate ${rate}/s run ${i + 1}/${config.repeat}: ${run.status}` +
          (f
            ? ` achieved ${fmt(f.achieved_rate, 0)}/s p50 ${fmt(f.latency_p50_ms)} ms p99 ${fmt(f.latency_p99_ms)} ms` +
              ` server cpu ${fmt(f.server_cpu_us_per_msg)} µs/msg`
            : '') +
          (run.error ? ` error: ${run.error.split('\n')[0]}` : '') +
          run.violations.map((v) => `\n    VIOLATION ${v.invariant}: ${v.message}`).join(''),
      );
      if (run.status === 'failed') break;
    }
    step.figures = summarizeFigures(step.runs);
    if (step.runs.some((r) => r.status === 'failed')) {
      step.verdict = 'failed';
      step.reason = 'a run failed or broke an invariant';
      record.status = 'failed';
      record.knee.reason = `stopped at ${rate}/s: a run failed`;
      break;
    }
    const achieved = step.figures.achieved_rate?.median ?? 0;
    const p99 =
      scenario.kneeByLatency === false
        ? 0
        : (step.figures.latency_p99_ms?.median ?? Number.POSITIVE_INFINITY);
    if (achieved < KNEE_ACHIEVED_FRACTION * rate || p99 > config.p99BoundMs) {
      step.verdict = 'beyond-knee';
      step.reason =
        achieved < KNEE_ACHIEVED_FRACTION * rate
          ? `median achieved ${fmt(achieved, 0)}/s < ${KNEE_ACHIEVED_FRACTION * 100}% of ${rate}/s`
          : `median p99 ${fmt(p99)} ms > bound ${config.p99BoundMs} ms`;
      record.knee.exceededAtRate = rate;
      record.knee.reason = step.reason;
      progress(`[${id}] knee: ${step.reason}`);
      break;
    }
    record.knee.sustainedRate = rate;
  }
  if (record.status === 'ok' && record.knee.exceededAtRate === null) {
    record.knee.reason = `every offered rate was sustained (highest ${record.knee.sustainedRate}/s)`;
  }
  return record;
}

async function runOnce(
  config: BenchConfig,
  scenario: Scenario,
  variant: Variant,
  rate: number,
  repeat: number,
  progress: (line: string) => void,
): Promise<RunRecord> {
  const id = seriesId(scenario, variant);
  const workDir = await mkdtemp(join(os.tmpdir(), 'deftalk-bench-'));
  const diagDir = join(
    config.outDir,
    'profiles',
    id.replace(/[^A-Za-z0-9_-]+/g, '_'),
    `${rate}-r${repeat + 1}`,
  );
  if (config.profile || config.heapSnapshot) await mkdir(diagDir, { recursive: true });
  // Bounded in time: warm-up, window, a generous drain, and server start-up.
  const boundMs =
    config.warmupMs +
    config.durationMs +
    Math.max(5000, 2 * config.durationMs) +
    60_000 +
    (scenario.setupTimeMs?.(rate) ?? 0);
  const abort = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const record: RunRecord = {
    repeat: repeat + 1,
    status: 'ok',
    violations: [],
    figures: null,
    counters: {},
    notes: [],
    artifacts: [],
  };
  progress(`[${id}] rate ${rate}/s run ${repeat + 1}/${config.repeat} ...`);
  try {
    const result = await Promise.race([
      scenario.run({
        variant,
        targetRate: rate,
        warmupMs: config.warmupMs,
        durationMs: config.durationMs,
        workDir,
        cpuProfileDir: config.profile ? diagDir : undefined,
        heapSnapshotDir: config.heapSnapshot ? diagDir : undefined,
        progress,
        signal: abort.signal,
      }),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          abort.abort();
          reject(new Error(`run exceeded its time bound of ${boundMs} ms`));
        }, boundMs);
      }),
    ]);
    record.figures = result.figures;
    record.counters = { ...result.counters };
    record.notes = [...(result.notes ?? [])];
    record.artifacts = [...(result.artifacts ?? [])];
    for (const inv of scenario.invariants) {
      const message = inv.check(result);
      if (message !== undefined) record.violations.push({ invariant: inv.id, message });
    }
    if (record.violations.length > 0) record.status = 'failed';
  } catch (e) {
    record.status = 'failed';
    record.error = e instanceof Error ? (e.stack ?? e.message) : String(e);
  } finally {
    clearTimeout(timer);
    await rm(workDir, { recursive: true, force: true });
  }
  return record;
}

function summarizeFigures(runs: readonly RunRecord[]): Partial<Record<FigureName, Spread>> {
  const out: Partial<Record<FigureName, Spread>> = {};
  for (const name of Object.keys(FIGURES) as FigureName[]) {
    const values = runs
      .map((r) => r.figures?.[name])
      .filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
    if (values.length > 0) out[name] = spread(values);
  }
  return out;
}

/**
 * Ratios of each series to its declared baseline: the sustained rates, and
 * p99 latency and server CPU per message at the highest rate both sustained.
 */
export function computeRatios(series: readonly SeriesRecord[]): Ratio[] {
  const byId = new Map(series.map((s) => [s.id, s]));
  const out: Ratio[] = [];
  for (const s of series) {
    for (const baseline of [s.baseline, ...(s.alsoComparedWith ?? [])]) {
      if (baseline) ratiosTo(s, baseline);
    }
  }
  return out;

  function ratiosTo(s: SeriesRecord, baseline: string): void {
    // A baseline with the same variant name is the like-for-like one (same generator, same payload).
    const b = byId.get(`${baseline}/${s.variant}`) ?? byId.get(baseline);
    const name = `${s.id} / ${b?.id ?? baseline}`;
    if (b?.status !== 'ok' || s.status !== 'ok') {
      out.push({
        name,
        numerator: s.id,
        denominator: b?.id ?? baseline,
        figure: 'sustained rate',
        value: null,
        note: !b ? 'baseline not run' : 'one side skipped or failed',
      });
      return;
    }
    const ratio = (x: number | null | undefined, y: number | null | undefined) =>
      x !== null && x !== undefined && y !== null && y !== undefined && y !== 0 ? x / y : null;
    out.push({
      name,
      numerator: s.id,
      denominator: b.id,
      figure: 'sustained rate',
      value: ratio(s.knee.sustainedRate, b.knee.sustainedRate),
      note: 'highest target rate sustained; a lower bound when a side never reached its knee',
    });
    const common = s.steps
      .filter((st) => st.verdict === 'sustained')
      .map((st) => st.targetRate)
      .filter((r) => b.steps.some((bs) => bs.verdict === 'sustained' && bs.targetRate === r))
      .sort((x, y) => y - x)[0];
    if (common === undefined) return;
    const at = (rec: SeriesRecord, f: FigureName) =>
      rec.steps.find((st) => st.targetRate === common)?.figures[f]?.median;
    for (const [f, label] of [
      ['latency_p99_ms', 'p99 latency'],
      ['server_cpu_us_per_msg', 'server CPU per message'],
    ] as const) {
      out.push({
        name,
        numerator: s.id,
        denominator: b.id,
        figure: `${label} at ${common}/s`,
        value: ratio(at(s, f), at(b, f)),
        note: 'medians at the highest target rate both sustained',
      });
    }
  }
}
