/**
 * @module
 * The bug zoo runner, `npm run conformance:zoo` (spec/conformance.md §The bug
 * zoo). It first runs the full relay suite against the unmodified reference
 * relay and the full client suite against the unmodified reference driver,
 * and requires both to pass: a zoo against a failing reference proves
 * nothing. Then it runs every member of {@link ZOO_MEMBERS} (a faulty relay
 * in its own process, or a faulty client as its own driver command) through
 * the full suite of its kind (never a filtered one: a real implementer's bug
 * is not announced), and gives a verdict: KILLED when a case citing one of
 * the member's requirements fails, or any MUST case fails; SURVIVED
 * otherwise. It prints one line per member and last
 * `killed K of N`, writes `zoo.json` and `zoo.md` to the report directory,
 * and exits 0 only when the reference passed and every member was killed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { ConformanceCase } from '../case.ts';
import { ALL_CASES } from '../cases/index.ts';
import { freshSeed } from '../runner/random.ts';
import { RelayStartFailed } from '../runner/relayProcess.ts';
import type { ConformanceReport } from '../runner/report.ts';
import { runConformance, TargetUnavailable } from '../runner/run.ts';
import { loadMember } from './load.ts';
import type { ZooMember } from './member.ts';
import { ZOO_MEMBERS } from './members.ts';

/** Usage text of `npm run conformance:zoo -- --help`. */
export const ZOO_USAGE = `Usage: npm run conformance:zoo -- [options]

Runs the full relay and client suites against the reference relay and driver
(which must pass), then against every faulty relay (each in its own process)
and every faulty client (each as its own driver command) of the bug zoo, and
prints each verdict and last "killed K of N".

Options:
  --only NAMES          run only these members (comma-separated names)
  --member FILE         also run the member exported by FILE (repeatable)
  --parallel N          members run at once (default 2)
  --report-dir DIR      where zoo.json, zoo.md and each run's reports go
                        (default ./reports/zoo)
  --seed N              seed of every run (default: drawn and recorded)
  --timeout-factor F    multiply every case timeout by F
  -h, --help            show this text

Exit status: 0 when the reference passed and every member was killed; 1
otherwise; 2 on bad usage.
`;

/** The verdict on one member. */
export type Verdict = 'KILLED' | 'SURVIVED' | 'ERROR';

/** A failing case as the zoo report records it. */
export interface ZooFailure {
  readonly id: string;
  readonly outcome: string;
  readonly requirements: readonly string[];
  /** True when the case cites one of the member's requirements. */
  readonly onTarget: boolean;
  readonly message: string;
}

/** One member's line in zoo.json. */
export interface ZooResult {
  readonly name: string;
  readonly kind: ZooMember['kind'];
  readonly breaks: readonly string[];
  readonly description: string;
  readonly verdict: Verdict;
  /** Killed only by cases citing other requirements than the member's. */
  readonly offTarget: boolean;
  readonly failures: readonly ZooFailure[];
  readonly summary: ConformanceReport['summary'] | null;
  readonly durationMs: number;
  /** Why the member could not be judged (verdict ERROR). */
  readonly error?: string;
}

/** What {@link runZoo} produced. */
export interface ZooRun {
  /** The unmodified reference of each kind the run judged; every one must pass. */
  readonly references: readonly ZooResult[];
  readonly members: readonly ZooResult[];
  readonly killed: number;
  readonly seed: number;
  readonly durationMs: number;
  readonly exitStatus: number;
}

/** Options of {@link runZoo}. */
export interface ZooOptions {
  members: readonly ZooMember[];
  /** Module files of extra members, loaded in the relay process by path. */
  memberFiles?: ReadonlyMap<string, string>;
  reportDir: string;
  parallel?: number;
  seed?: number;
  timeoutFactor?: number;
  cases?: readonly ConformanceCase[];
  /** Where each verdict line goes as it is known; default stdout. */
  out?: { write(text: string): unknown };
}

const SERVE = fileURLToPath(new URL('./serve.ts', import.meta.url));
const DRIVE = fileURLToPath(new URL('./drive.ts', import.meta.url));
const shellQuote = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;

/** The driver command of a zoo client (reference, a member name or a member file). */
export function driverCommand(spec: string): string {
  return [process.execPath, '--import', 'tsx', DRIVE, spec].map(shellQuote).join(' ');
}
const silent = { write: () => true };

/**
 * The relay command of a zoo relay (reference, a member name or a member
 * file), with the `{port}` and `{data}` placeholders of `--relay-command`:
 * the harness starts it, and restarts it for the restart cases.
 */
export function relayCommand(spec: string): string {
  return `${[process.execPath, '--import', 'tsx', SERVE, spec].map(shellQuote).join(' ')} --port {port} --data {data}`;
}

/**
 * Run the full suite of the member's kind against it and judge it: the
 * relay suite against a relay process, the client suite through a driver
 * command. Without a member, the unmodified reference of `kind`.
 */
async function judge(
  member: ZooMember | undefined,
  kind: ZooMember['kind'],
  spec: string,
  opts: ZooOptions & { seed: number },
): Promise<ZooResult> {
  const name = member?.name ?? `reference-${kind}`;
  const dir = join(opts.reportDir, kind === 'relay' ? 'relays' : 'clients', name);
  mkdirSync(dir, { recursive: true });
  const t0 = performance.now();
  const base = {
    name,
    kind,
    breaks: member?.breaks ?? [],
    description: member?.description ?? `the unmodified reference ${kind}`,
  };
  try {
    const { report } = await runConformance({
      mode: kind,
      cases: opts.cases ?? ALL_CASES,
      // A relay by command, as --relay-command: its process and data directory are the harness's, so the restart cases run.
      target:
        kind === 'relay'
          ? { kind: 'relay-process', command: relayCommand(spec) }
          : { kind: 'driver', command: driverCommand(spec) },
      reportDir: dir,
      seed: opts.seed,
      ...(opts.timeoutFactor ? { timeoutFactor: opts.timeoutFactor } : {}),
      progress: silent,
    });
    const breaks = new Set(base.breaks);
    const failures: ZooFailure[] = report.cases
      .filter((c) => c.outcome === 'FAIL' || c.outcome === 'NON_STRICT')
      .map((c) => ({
        id: c.id,
        outcome: c.outcome,
        requirements: c.requirements.map((r) => r.id),
        onTarget: c.requirements.some((r) => breaks.has(r.id)),
        message: c.error?.message.split('\n')[0] ?? '',
      }));
    const onTarget = failures.some((f) => f.onTarget);
    const killed = onTarget || failures.some((f) => f.outcome === 'FAIL');
    return {
      ...base,
      verdict: killed ? 'KILLED' : 'SURVIVED',
      offTarget: killed && !onTarget,
      failures,
      summary: report.summary,
      durationMs: Math.round(performance.now() - t0),
    };
  } catch (e) {
    if (member && e instanceof TargetUnavailable && !(e instanceof RelayStartFailed)) {
      // The harness refused the member before any case ran (exit status 2 on
      // the command line), where the reference was accepted: caught.
      return {
        ...base,
        verdict: 'KILLED',
        offTarget: true,
        failures: [
          {
            id: '(target check)',
            outcome: 'FAIL',
            requirements: [],
            onTarget: false,
            message: (e as Error).message,
          },
        ],
        summary: null,
        durationMs: Math.round(performance.now() - t0),
      };
    }
    return {
      ...base,
      verdict: 'ERROR',
      offTarget: false,
      failures: [],
      summary: null,
      durationMs: Math.round(performance.now() - t0),
      error: (e as Error).message,
    };
  }
}

/** One printed line per member. */
export function verdictLine(r: ZooResult): string {
  const secs = `${(r.durationMs / 1000).toFixed(1)} s`;
  const head = `${r.verdict.padEnd(8)} ${r.name} [${r.breaks.join(', ')}]`;
  if (r.verdict === 'ERROR') return `${head}: ${r.error} (${secs})`;
  if (r.verdict === 'SURVIVED') return `${head}: no case failed (${secs})`;
  const by = r.failures.map((f) => (f.onTarget ? f.id : `${f.id}*`)).join(', ');
  return `${head} by ${by}${r.offTarget ? ' (off target)' : ''} (${secs})`;
}

/** Run the reference, then every member with at most `parallel` at once. */
export async function runZoo(opts: ZooOptions): Promise<ZooRun> {
  const out = opts.out ?? process.stdout;
  const seed = (opts.seed ?? freshSeed()) >>> 0;
  const t0 = performance.now();
  mkdirSync(opts.reportDir, { recursive: true });
  const o = { ...opts, seed };
  const kinds = (['relay', 'client'] as const).filter((k) => opts.members.some((m) => m.kind === k));
  out.write(`zoo: seed ${seed}; the reference ${kinds.join(' and ')} first\n`);
  const references = await Promise.all(kinds.map((k) => judge(undefined, k, 'reference', o)));
  const passes = (r: ZooResult) =>
    r.verdict !== 'ERROR' && r.failures.length === 0 && (r.summary?.passed ?? 0) > 0;
  for (const r of references) {
    out.write(
      passes(r)
        ? `${r.name} passes (${r.summary?.passed} cases, ${(r.durationMs / 1000).toFixed(1)} s)\n`
        : `${r.name} FAILS: ${r.error ?? r.failures.map((f) => `${f.id}: ${f.message}`).join('; ')}\n`,
    );
  }
  const referenceOk = references.every(passes);
  const results: ZooResult[] = new Array(referenceOk ? opts.members.length : 0);
  if (referenceOk) {
    let next = 0;
    const worker = async () => {
      while (next < opts.members.length) {
        const i = next++;
        const m = opts.members[i]!;
        results[i] = await judge(m, m.kind, opts.memberFiles?.get(m.name) ?? m.name, o);
        out.write(`${verdictLine(results[i]!)}\n`);
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, opts.parallel ?? 2) }, worker));
  }
  const killed = results.filter((r) => r.verdict === 'KILLED').length;
  const total = opts.members.length;
  const exitStatus = referenceOk && killed === total ? 0 : 1;
  const run: ZooRun = {
    references,
    members: results,
    killed,
    seed,
    durationMs: Math.round(performance.now() - t0),
    exitStatus,
  };
  writeFileSync(join(opts.reportDir, 'zoo.json'), `${JSON.stringify(run, null, 2)}\n`);
  writeFileSync(join(opts.reportDir, 'zoo.md'), zooMarkdown(run));
  out.write(`zoo run took ${(run.durationMs / 1000).toFixed(1)} s; reports in ${opts.reportDir}\n`);
  out.write(`killed ${killed} of ${total}\n`);
  return run;
}

/** The Markdown summary: one table row per member and the kill line. */
export function zooMarkdown(run: ZooRun): string {
  const rows = run.members.map(
    (r) =>
      `| ${r.name} | ${r.kind} | ${r.breaks.join(', ')} | ${r.description} | ${r.verdict}${r.offTarget ? ' (off target)' : ''} | ${r.failures.map((f) => f.id).join(', ')} |`,
  );
  return [
    '# Bug zoo',
    '',
    `Seed ${run.seed}; ${run.references.map((r) => `${r.name}: ${r.failures.length === 0 && r.verdict !== 'ERROR' ? 'passes' : 'FAILS'}`).join('; ')}; ${(run.durationMs / 1000).toFixed(1)} s.`,
    '',
    '| member | kind | breaks | fault | verdict | failing cases |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
    `killed ${run.killed} of ${run.members.length}`,
    '',
  ].join('\n');
}

/** `npm run conformance:zoo`; returns the exit status. */
export async function main(argv: string[]): Promise<number> {
  let values: ReturnType<typeof parse>;
  const parse = (a: string[]) =>
    parseArgs({
      args: a,
      strict: true,
      options: {
        only: { type: 'string' },
        member: { type: 'string', multiple: true },
        parallel: { type: 'string' },
        'report-dir': { type: 'string' },
        seed: { type: 'string' },
        'timeout-factor': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }).values;
  try {
    values = parse(argv);
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n${ZOO_USAGE}`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(ZOO_USAGE);
    return 0;
  }
  const only = values.only?.split(',').map((s) => s.trim());
  const unknown = only?.filter((n) => !ZOO_MEMBERS.some((m) => m.name === n)) ?? [];
  if (unknown.length) {
    process.stderr.write(`no zoo member named ${unknown.join(', ')}\n`);
    return 2;
  }
  const members: ZooMember[] = ZOO_MEMBERS.filter((m) => !only || only.includes(m.name));
  const files = new Map<string, string>();
  for (const f of values.member ?? []) {
    const m = await loadMember(f);
    // Absolute: the member's relay or driver command may run in another directory.
    files.set(m.name, resolve(f));
    members.push(m);
  }
  const num = (text: string | undefined, name: string): number | undefined => {
    if (text === undefined) return undefined;
    const n = Number(text);
    if (!(n > 0) || !Number.isFinite(n)) throw new RangeError(`${name}: not a positive number: ${text}`);
    return n;
  };
  try {
    const run = await runZoo({
      members,
      memberFiles: files,
      reportDir: values['report-dir'] ?? join('reports', 'zoo'),
      parallel: num(values.parallel, '--parallel'),
      seed: values.seed === undefined ? undefined : Number(values.seed),
      timeoutFactor: num(values['timeout-factor'], '--timeout-factor'),
    });
    return run.exitStatus;
  } catch (e) {
    if (e instanceof RangeError) {
      process.stderr.write(`${e.message}\n`);
      return 2;
    }
    throw e;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`${(e as Error).stack ?? String(e)}\n`);
      process.exitCode = 2;
    },
  );
}
