/**
 * @module
 * The benchmark scenario contract (bench/README.md §Scenarios; method of
 * /work/shared/anchors/performance.md). A scenario is one module: it names
 * itself, says what it measures and what a crash can lose, lists its
 * variants with their rate ladders, performs ONE run at ONE target rate in a
 * fresh server process, and declares the invariants every run must keep.
 * The runner owns the rate sweep, the repeats, the knee and the reports, so
 * adding a scenario never touches them.
 *
 * @example
 * ```ts
 * export const myScenario: Scenario = {
 *   name: 'my-scenario',
 *   description: 'what it measures',
 *   durability: 'none: in memory only',
 *   variants: [{ name: '', parameters: {}, rates: [1000, 2000], quickRates: [200] }],
 *   invariants: [counterIsZero('errors', 'no request failed')],
 *   async run(options) { ... return { figures, counters }; },
 * };
 * ```
 */

/**
 * Every figure a run may report, with its unit. A scenario sets the ones it
 * can measure and leaves the others `null` (e.g. the event-loop delay of a
 * server that is not a Node process).
 */
export const FIGURES = {
  target_rate: { unit: 'msg/s', description: 'arrival rate the generator was asked for' },
  sent_rate: { unit: 'msg/s', description: 'rate the generator actually sent at during the window' },
  achieved_rate: {
    unit: 'msg/s',
    description: 'completions (deliveries or responses) per second during the window',
  },
  latency_p50_ms: { unit: 'ms', description: 'median latency from the intended send time' },
  latency_p99_ms: { unit: 'ms', description: '99th percentile latency from the intended send time' },
  latency_p999_ms: { unit: 'ms', description: '99.9th percentile latency from the intended send time' },
  latency_max_ms: { unit: 'ms', description: 'largest latency seen in the window' },
  server_cpu_ms: { unit: 'ms', description: 'user+system CPU time of the server process during the window' },
  server_cpu_us_per_msg: { unit: 'µs/msg', description: 'server CPU time per completed message' },
  generator_cpu_ms: {
    unit: 'ms',
    description: 'user+system CPU time of the load generator during the window',
  },
  generator_cpu_us_per_msg: { unit: 'µs/msg', description: 'generator CPU time per completed message' },
  server_rss_mb: {
    unit: 'MiB',
    description: 'resident set size of the server process at the end of the window',
  },
  server_eld_p50_ms: { unit: 'ms', description: 'median event-loop delay of the server during the window' },
  server_eld_p99_ms: {
    unit: 'ms',
    description: '99th percentile event-loop delay of the server during the window',
  },
  server_eld_max_ms: { unit: 'ms', description: 'largest event-loop delay of the server during the window' },
  generator_eld_p99_ms: {
    unit: 'ms',
    description: '99th percentile event-loop delay of the generator during the window',
  },
} as const;

/** Name of a figure of {@link FIGURES}. */
export type FigureName = keyof typeof FIGURES;

/** The figures of one run; `null` where the scenario cannot measure one. */
export type Figures = Record<FigureName, number | null>;

/** One configuration of a scenario, e.g. a frame size; its results form one series. */
export interface Variant {
  /** Short name, unique within the scenario; '' when the scenario has a single variant. */
  readonly name: string;
  /** What distinguishes this variant, recorded with every figure. */
  readonly parameters: Readonly<Record<string, string | number | boolean>>;
  /** Target arrival rates (msg/s) of the sweep, ascending. */
  readonly rates: readonly number[];
  /** Rates for `--quick`: short, low, meant to check invariants rather than speed. */
  readonly quickRates: readonly number[];
}

/** What the runner hands a scenario for one run. */
export interface RunOptions {
  readonly variant: Variant;
  /** Constant arrival rate to offer, msg/s. */
  readonly targetRate: number;
  /** Load offered before the measurement window; its latencies are discarded. */
  readonly warmupMs: number;
  /** Length of the measurement window. */
  readonly durationMs: number;
  /** A fresh, empty directory for this run only (server data, sockets); removed afterwards. */
  readonly workDir: string;
  /** Where the server process writes its CPU profile, when `--profile` was given. */
  readonly cpuProfileDir: string | undefined;
  /** Where the server process writes a heap snapshot at the end of the window, when `--heap-snapshot` was given. */
  readonly heapSnapshotDir: string | undefined;
  /** One line of progress for the person watching (stderr). */
  progress(line: string): void;
  /** Aborted when the run exceeds its time bound. */
  readonly signal: AbortSignal;
}

/** What one run produced. */
export interface RunResult {
  readonly figures: Figures;
  /** Exact counts the invariants are checked against (sent, delivered, duplicates, errors, ...). */
  readonly counters: Readonly<Record<string, number>>;
  /** Facts worth recording with the run (server version, generator caveats). */
  readonly notes?: readonly string[];
  /** Files written by the run (profiles, snapshots), absolute paths. */
  readonly artifacts?: readonly string[];
}

/**
 * A property every run must keep, whatever its speed. A run that breaks one
 * fails, and so does the whole bench (exit status 1).
 */
export interface Invariant {
  /** Stable short identifier, e.g. `exactly-once`. */
  readonly id: string;
  /** The property in one sentence. */
  readonly description: string;
  /** Returns a description of the violation, or undefined when the run kept the property. */
  check(result: RunResult): string | undefined;
}

/** One benchmark scenario (a baseline or a DefTalk path). */
export interface Scenario {
  /** Stable name used by `--scenario`, e.g. `ws-forwarder`. */
  readonly name: string;
  /** One line saying what is measured. */
  readonly description: string;
  /** What a crash can lose: the durability class, stated plainly (performance.md §Method). */
  readonly durability: string;
  readonly variants: readonly Variant[];
  /** Series id this scenario is compared with in the summary's ratios, e.g. `fastify-hello`. */
  readonly baseline?: string;
  /**
   * False when the latency figures are not from an intended send time (a
   * drain or a storm measured from its start): then only the achieved rate
   * decides the knee, not `--p99-bound`. Default true.
   */
  readonly kneeByLatency?: boolean;
  /**
   * Time a run needs before its load starts (registering accounts), added to
   * the run's time bound; registration runs at about 25 accounts/s on a
   * loaded two-core machine. Default none.
   */
  setupTimeMs?(rate: number): number;
  /**
   * True when a run without `--scenario` leaves it out: it needs engines
   * or minutes that a default sweep should not assume (`cluster-scale`).
   */
  readonly optIn?: boolean;
  /** Further series ids it is compared with in the same way (e.g. `nats-jetstream` for the full cycle). */
  readonly alsoComparedWith?: readonly string[];
  /** Resolves to the reason the scenario cannot run on this machine, or undefined when it can. */
  prerequisites?(): Promise<string | undefined>;
  /** Perform one run at `options.targetRate` against a server started for this run only. */
  run(options: RunOptions): Promise<RunResult>;
  /** Checked after every run. */
  readonly invariants: readonly Invariant[];
}

/** Identifier of a scenario's variant in reports and on the command line: `name` or `name/variant`. */
export function seriesId(scenario: Pick<Scenario, 'name'>, variant: Pick<Variant, 'name'>): string {
  return variant.name === '' ? scenario.name : `${scenario.name}/${variant.name}`;
}

/** Figures with every entry `null`, for a scenario to fill in. */
export function emptyFigures(): Figures {
  const out = {} as Figures;
  for (const k of Object.keys(FIGURES) as FigureName[]) out[k] = null;
  return out;
}

/** What {@link openLoopFigures} reads of an open-loop run (bench/load/open-loop.ts). */
export interface OpenLoopOutcome {
  sentRate: number;
  achievedRate: number;
  windowMs: number;
  latencyMs: { p50: number | null; p99: number | null; p999: number | null; max: number | null };
  generatorCpuMs: number;
  generatorEldP99Ms: number | null;
}

/**
 * The generator-side figures of an open-loop run at `targetRate`, and how
 * many messages the measurement window delivered (the divisor of every
 * per-message figure, the server's included).
 */
export function openLoopFigures(
  r: OpenLoopOutcome,
  targetRate: number,
): { figures: Figures; delivered: number } {
  const delivered = r.achievedRate * (r.windowMs / 1000);
  const figures = emptyFigures();
  figures.target_rate = targetRate;
  figures.sent_rate = r.sentRate;
  figures.achieved_rate = r.achievedRate;
  figures.latency_p50_ms = r.latencyMs.p50;
  figures.latency_p99_ms = r.latencyMs.p99;
  figures.latency_p999_ms = r.latencyMs.p999;
  figures.latency_max_ms = r.latencyMs.max;
  figures.generator_cpu_ms = r.generatorCpuMs;
  figures.generator_cpu_us_per_msg = delivered > 0 ? (r.generatorCpuMs * 1000) / delivered : null;
  figures.generator_eld_p99_ms = r.generatorEldP99Ms;
  return { figures, delivered };
}

/** Invariant: `counters[name]` is present and zero. */
export function counterIsZero(name: string, description: string): Invariant {
  return {
    id: `${name}-zero`,
    description,
    check(r) {
      const v = r.counters[name];
      if (v === undefined) return `counter ${name} was not reported`;
      return v === 0 ? undefined : `${name} = ${v}, expected 0`;
    },
  };
}

/** Invariant: `counters[a] === counters[b]`, both present. */
export function countersEqual(a: string, b: string, description: string): Invariant {
  return {
    id: `${a}-equals-${b}`,
    description,
    check(r) {
      const x = r.counters[a];
      const y = r.counters[b];
      if (x === undefined || y === undefined) return `counters ${a} and ${b} must both be reported`;
      return x === y ? undefined : `${a} = ${x} but ${b} = ${y}`;
    },
  };
}

/** Invariant: `counters[name]` is present and at least `min` (a run that did nothing proves nothing). */
export function counterAtLeast(name: string, min: number, description: string): Invariant {
  return {
    id: `${name}-at-least-${min}`,
    description,
    check(r) {
      const v = r.counters[name];
      if (v === undefined) return `counter ${name} was not reported`;
      return v >= min ? undefined : `${name} = ${v}, expected at least ${min}`;
    },
  };
}
