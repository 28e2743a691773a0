/**
 * @module
 * The results document (bench/results.schema.json): what a bench run
 * records next to every figure: the machine, the Node version, the commit
 * and the configuration (performance.md §Method; STYLE.md rule 10).
 */
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import type { FigureName, RunResult } from './scenario.ts';
import { REPO_ROOT } from './server-process.ts';
import type { TargetVerdict } from './targets.ts';

/** Identifier of the results format; bumped when a field changes meaning. */
export const RESULTS_FORMAT = 'deftalk-bench/results/v1';

/** The machine the figures came from. */
export interface Machine {
  cores: number;
  cpuModel: string;
  memoryBytes: number;
  os: { platform: string; release: string; arch: string };
  /** 1-minute load average when the bench started: a busy machine skews every figure. */
  loadAverage1m: number;
  /** 1-minute load average when the bench finished. */
  loadAverage1mAtEnd: number;
}

/** Minimum, median and maximum of one figure over the repeated runs of a step. */
export interface Spread {
  min: number;
  median: number;
  max: number;
  /** Runs that reported the figure. */
  n: number;
}

/** One run as recorded. */
export interface RunRecord {
  repeat: number;
  status: 'ok' | 'failed';
  /** Exception text when the run itself failed. */
  error?: string;
  /** Invariants the run broke. */
  violations: Array<{ invariant: string; message: string }>;
  figures: RunResult['figures'] | null;
  counters: Record<string, number>;
  notes: string[];
  artifacts: string[];
}

/** All runs at one target rate. */
export interface StepRecord {
  targetRate: number;
  runs: RunRecord[];
  /** Spread of every figure some run reported. */
  figures: Partial<Record<FigureName, Spread>>;
  /** `sustained` when median achieved ≥ 95 % of target and median p99 within the bound. */
  verdict: 'sustained' | 'beyond-knee' | 'failed';
  reason?: string;
}

/** One scenario variant swept over its rates. */
export interface SeriesRecord {
  id: string;
  scenario: string;
  variant: string;
  description: string;
  durability: string;
  parameters: Record<string, string | number | boolean>;
  baseline: string | null;
  /** Further baselines the ratios compare it with. */
  alsoComparedWith?: string[];
  status: 'ok' | 'skipped' | 'failed';
  skipped?: string;
  invariants: Array<{ id: string; description: string }>;
  steps: StepRecord[];
  knee: { sustainedRate: number | null; exceededAtRate: number | null; reason: string };
}

/** A ratio between a series and its baseline. */
export interface Ratio {
  name: string;
  numerator: string;
  denominator: string;
  figure: string;
  value: number | null;
  note: string;
}

/** The whole results document. */
export interface Results {
  format: typeof RESULTS_FORMAT;
  startedAt: string;
  finishedAt: string;
  machine: Machine;
  node: { version: string; v8: string };
  git: { commit: string; dirty: boolean } | null;
  config: {
    argv: string[];
    quick: boolean;
    repeat: number;
    durationS: number;
    warmupS: number;
    p99BoundMs: number;
    kneeAchievedFraction: number;
    profile: boolean;
    heapSnapshot: boolean;
    scenarios: string[];
  };
  series: SeriesRecord[];
  ratios: Ratio[];
  /** The targets of issue 8 as this run judges them (bench/targets.ts); never part of `ok`. */
  targets?: TargetVerdict[];
  ok: boolean;
}

/** Describe this machine. */
export function describeMachine(): Machine {
  const cpus = os.cpus();
  return {
    cores: cpus.length,
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    memoryBytes: os.totalmem(),
    os: { platform: os.platform(), release: os.release(), arch: os.arch() },
    loadAverage1m: os.loadavg()[0] ?? 0,
    loadAverage1mAtEnd: os.loadavg()[0] ?? 0,
  };
}

/** The commit the bench ran from, and whether the tree had uncommitted changes; null outside git. */
export function describeGit(): Results['git'] {
  try {
    const run = (args: string[]) =>
      execFileSync('git', args, { cwd: REPO_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const commit = run(['rev-parse', 'HEAD']).trim();
    const dirty = run(['status', '--porcelain', '--untracked-files=no']).trim() !== '';
    return { commit, dirty };
  } catch {
    return null;
  }
}

/** Minimum, median and maximum of `values` (median of an even count is the mean of the middle two). */
export function spread(values: readonly number[]): Spread {
  if (values.length === 0) throw new RangeError('spread of no values');
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  const median = s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
  return { min: s[0]!, median, max: s[s.length - 1]!, n: s.length };
}
