/**
 * @module
 * `deftalk-bench`: the load benchmark's command line (bench/README.md). Runs
 * the selected scenarios' rate sweeps, writes results.json, summary.md and
 * chart.svg, and exits 0 only when every run completed and kept its
 * invariants. Speed never decides the exit status.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { renderChart } from './chart.ts';
import { type BenchConfig, runBench, type Selection } from './runner.ts';
import type { Scenario } from './scenario.ts';
import { seriesId } from './scenario.ts';
import { SCENARIOS } from './scenarios/index.ts';
import { renderSummary } from './summary.ts';
import { describeTarget } from './targets.ts';

/** Usage text of `deftalk-bench --help`. */
export const BENCH_USAGE = `Usage: deftalk-bench [options]

Load benchmark of the DefTalk relay and its baselines: open-loop load at a
constant arrival rate, latency from the intended send time, a rate sweep per
scenario to find the knee. Writes results.json, summary.md and chart.svg.

Options:
  --scenario NAME    run only NAME (a scenario, or scenario/variant); repeat the
                     flag or separate names with commas; default: all
  --quick            one low rate, short runs: checks that runs complete and keep
                     their invariants, asserts no speed
  --repeat N         runs per rate step (default 3; quick 1)
  --duration S       measurement window per run, seconds (default 5; quick 1)
  --warmup S         load offered before the window, seconds (default 2; quick 0.5)
  --p99-bound MS     a step whose median p99 exceeds MS is beyond the knee (default 50)
  --rates LIST       comma-separated target rates replacing every selected series'
                     ladder (and its quick rates), e.g. --rates 2000,4000
  --out DIR          output directory (default bench/results/<timestamp>/)
  --profile          write a CPU profile of each server process (.cpuprofile)
  --heap-snapshot    write a heap snapshot of each server at the end of its window
  --list             list the scenarios and exit
  -h, --help         show this text

Exit status: 0 when every run completed and kept its invariants (skipped
scenarios included), 1 when a run failed, 2 on a usage error.
`;

function positive(name: string, text: string | undefined, fallback: number, integer: boolean): number {
  if (text === undefined) return fallback;
  const v = Number(text);
  if (!Number.isFinite(v) || v <= 0 || (integer && !Number.isInteger(v))) {
    throw new RangeError(`--${name}: expected a positive ${integer ? 'integer' : 'number'}, got ${text}`);
  }
  return v;
}

/** Resolve `--scenario` names against `registry`; throws on an unknown name. */
export function selectScenarios(names: readonly string[], registry: readonly Scenario[]): Selection[] {
  const all = registry.flatMap((scenario) => scenario.variants.map((variant) => ({ scenario, variant })));
  if (names.length === 0) return all.filter((s) => s.scenario.optIn !== true);
  const out: Selection[] = [];
  for (const name of names) {
    const hit = all.filter((s) => s.scenario.name === name || seriesId(s.scenario, s.variant) === name);
    if (hit.length === 0) {
      throw new RangeError(
        `--scenario: unknown scenario ${name} (known: ${all.map((s) => seriesId(s.scenario, s.variant)).join(', ')})`,
      );
    }
    for (const h of hit) if (!out.includes(h)) out.push(h);
  }
  return out;
}

/** Run the bench over `registry` (the default registry unless a test supplies its own). */
export async function main(argv: string[], registry: readonly Scenario[] = SCENARIOS): Promise<number> {
  let values: ReturnType<typeof parse>['values'];
  const parse = (args: string[]) =>
    parseArgs({
      args,
      strict: true,
      allowPositionals: false,
      options: {
        scenario: { type: 'string', multiple: true },
        quick: { type: 'boolean', default: false },
        repeat: { type: 'string' },
        duration: { type: 'string' },
        warmup: { type: 'string' },
        'p99-bound': { type: 'string' },
        rates: { type: 'string' },
        out: { type: 'string' },
        profile: { type: 'boolean', default: false },
        'heap-snapshot': { type: 'boolean', default: false },
        list: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  let config: BenchConfig;
  let selections: Selection[];
  try {
    values = parse(argv).values;
    if (values.help) {
      process.stdout.write(BENCH_USAGE);
      return 0;
    }
    if (values.list) {
      for (const s of registry) {
        process.stdout.write(`${s.name}: ${s.description}\n  durability: ${s.durability}\n`);
        for (const v of s.variants) {
          process.stdout.write(
            `  ${seriesId(s, v)}: rates ${v.rates.join(', ')} (quick ${v.quickRates.join(', ')})\n`,
          );
        }
      }
      return 0;
    }
    const quick = values.quick === true;
    const names = (values.scenario ?? [])
      .flatMap((s) => s.split(','))
      .map((s) => s.trim())
      .filter(Boolean);
    selections = selectScenarios(names, registry);
    if (values.rates !== undefined) {
      const rates = values.rates.split(',').map((r) => positive('rates', r.trim(), 0, false));
      selections = selections.map((s) => ({ ...s, variant: { ...s.variant, rates, quickRates: rates } }));
    }
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    config = {
      argv: [...argv],
      quick,
      repeat: positive('repeat', values.repeat, quick ? 1 : 3, true),
      durationMs: positive('duration', values.duration, quick ? 1 : 5, false) * 1000,
      warmupMs: (values.warmup === undefined ? (quick ? 0.5 : 2) : Number(values.warmup)) * 1000,
      p99BoundMs: positive('p99-bound', values['p99-bound'], 50, false),
      outDir: resolve(values.out ?? join(import.meta.dirname, 'results', stamp)),
      profile: values.profile === true,
      heapSnapshot: values['heap-snapshot'] === true,
    };
    if (!(config.warmupMs >= 0))
      throw new RangeError(`--warmup: expected a number of seconds ≥ 0, got ${values.warmup}`);
  } catch (e) {
    process.stderr.write(`deftalk-bench: ${(e as Error).message}\n\n${BENCH_USAGE}`);
    return 2;
  }
  await mkdir(config.outDir, { recursive: true });
  const progress = (line: string) => process.stderr.write(`${line}\n`);
  progress(`deftalk-bench: ${selections.length} series, results in ${config.outDir}`);
  const results = await runBench(config, selections, progress);
  await writeFile(join(config.outDir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  await writeFile(join(config.outDir, 'summary.md'), renderSummary(results));
  await writeFile(join(config.outDir, 'chart.svg'), renderChart(results));
  for (const t of results.targets ?? []) progress(`target ${describeTarget(t)}`);
  progress(
    `deftalk-bench: ${results.ok ? 'ok' : 'FAILED'}; wrote results.json, summary.md, chart.svg to ${config.outDir}`,
  );
  return results.ok ? 0 : 1;
}
