/**
 * @module
 * The conformance runner (spec/conformance.md): selects the cases of one
 * mode, runs each with a seeded context and a timeout, turns what happened
 * into one of the four outcomes, writes the reports and computes the exit
 * status. It takes the case list as an argument, so the CLI passes
 * `ALL_CASES` and tests pass synthetic cases.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  type CaseContext,
  CheckFailed,
  type ConformanceCase,
  DriverError,
  type DriverLink,
  type Mode,
  type Outcome,
  Unsupported,
} from '../case.ts';
import { EvidenceRecorder, withRecorder } from '../lib/evidence.ts';
import { DriverProcess } from './driver.ts';
import { applyExpectation, applyExpectations, type ExpectationFile } from './expectations.ts';
import { createProgress, type ProgressStream } from './progress.ts';
import { caseRandom, freshSeed } from './random.ts';
import { RelayProcess } from './relayProcess.ts';
import {
  type CaseError,
  type CaseResult,
  type ConformanceReport,
  type EvidenceFiles,
  type ExpectationsSection,
  groupByRequirement,
  type ImplementationInfo,
  REPORT_FILES,
  REPORT_FORMAT,
  SUITE_VERSION,
  summarize,
  toPlainJson,
  writeReports,
} from './report.ts';
import {
  describeRequirement,
  isStrictLevel,
  loadRequirements,
  type RequirementIndex,
  strongestLevel,
} from './requirements.ts';
import { caseFilter } from './select.ts';
import { describeTarget, type RunTarget, relayInfo, TargetUnavailable } from './target.ts';

/** Default case timeout before `--timeout-factor` (conformance/case.ts `timeoutMs`). */
export const DEFAULT_CASE_TIMEOUT_MS = 10_000;
/** Evidence lines kept per case; a runaway transcript is cut with a note. */
const EVIDENCE_MAX = 2_000;

/** Everything one run needs. */
export interface RunOptions {
  mode: Mode;
  /** Candidate cases; only those of `mode` that match `filter` run. */
  cases: readonly ConformanceCase[];
  target: RunTarget;
  reportDir: string;
  strict?: boolean;
  /** `--filter`: substring or glob over case ids, comma-separated for several. */
  filter?: string;
  /** Run seed; a fresh one is drawn and recorded when absent. */
  seed?: number;
  /** Multiplies every timeout; default 1. */
  timeoutFactor?: number;
  /** Requirement index; default `spec/requirements.json`. */
  requirements?: RequirementIndex;
  /** Where progress goes; default `process.stdout`. */
  progress?: ProgressStream;
  /** `--expectations`: known failures of the implementation (spec/conformance.md §Expectations). */
  expectations?: ExpectationFile;
  /**
   * Ids of every case the suite has, in every mode, before the filter; an
   * expectation naming another id fails the run. Default: the ids of `cases`.
   */
  knownCaseIds?: ReadonlySet<string>;
  /** The clock expectation expiry is judged by; default `new Date()`. */
  now?: Date;
  /** Write each case's evidence files under `reportDir/evidence/` (spec/conformance.md §Evidence); default true. */
  evidenceFiles?: boolean;
}

/** What a run produced. */
export interface RunResult {
  report: ConformanceReport;
  /** 1 when a MUST case failed (with `strict`, also when a case was NON_STRICT); otherwise 0. */
  exitStatus: number;
  /** Paths of the four report files. */
  files: string[];
}

/**
 * The exit status rule of spec/conformance.md §Exit status: 1 on a FAIL,
 * on a NON_STRICT under `strict`, and on any expectation problem.
 */
export function exitStatusFor(
  summary: { failed: number; nonStrict: number },
  strict: boolean,
  expectations: ExpectationsSection | null = null,
): number {
  return summary.failed > 0 ||
    (strict && summary.nonStrict > 0) ||
    (expectations !== null && expectations.problems.length > 0)
    ? 1
    : 0;
}

/** The evidence directory of a case, relative to the report directory: `evidence/<area>/<name>`. */
export function evidenceDirOf(caseId: string): string {
  return join('evidence', ...caseId.split('/').map((p) => p.replace(/[^A-Za-z0-9._-]/g, '_')));
}

/**
 * Write a case's evidence files (spec/conformance.md §Evidence): the frame
 * log, the transcript with times, and the seed with the command that replays
 * the case. Secrets the recorder learned are masked in all three.
 */
function writeEvidence(
  reportDir: string,
  result: CaseResult,
  recorder: EvidenceRecorder,
  transcript: readonly { t: number; line: string }[],
  seed: number,
): EvidenceFiles {
  const dir = evidenceDirOf(result.id);
  const abs = join(reportDir, dir);
  mkdirSync(abs, { recursive: true });
  const files: EvidenceFiles = {
    dir,
    frames: join(dir, 'frames.jsonl'),
    transcript: join(dir, 'transcript.jsonl'),
    seed: join(dir, 'seed.txt'),
  };
  writeFileSync(join(reportDir, files.frames), recorder.framesJsonl());
  writeFileSync(
    join(reportDir, files.transcript),
    transcript.map((e) => `${JSON.stringify({ t: e.t, line: recorder.redactText(e.line) })}\n`).join(''),
  );
  writeFileSync(
    join(reportDir, files.seed),
    `${seed}\n# the case's generator is derived from this run seed and the case id (spec/conformance.md §Seeds);\n` +
      `# replay: deftalk-conformance ${result.mode} --seed ${seed} --filter '${result.id}'\n`,
  );
  return files;
}

/**
 * Remove what an earlier run left in `reportDir` (spec/conformance.md
 * §Evidence): the whole `evidence/` directory and the four reports. Called
 * once the target answered, before the first case, so that a report never
 * links evidence another run wrote, and a run cut short leaves no earlier
 * report beside its own evidence; an unreachable target leaves the
 * directory as it was.
 */
export function clearEarlierRun(reportDir: string): void {
  rmSync(join(reportDir, 'evidence'), { recursive: true, force: true });
  for (const name of REPORT_FILES) rmSync(join(reportDir, name), { force: true });
}

class CaseTimeout extends Error {
  constructor(ms: number) {
    super(`case timed out after ${ms} ms`);
    this.name = 'CaseTimeout';
  }
}

function describeError(e: unknown): CaseError {
  if (e instanceof CheckFailed) {
    const out: CaseError = { message: e.message };
    if (e.expected !== undefined) out.expected = toPlainJson(e.expected);
    if (e.actual !== undefined) out.actual = toPlainJson(e.actual);
    return out;
  }
  if (e instanceof DriverError) return { message: e.message, actual: { name: e.errorName, code: e.code } };
  if (e instanceof Error) {
    const plain = e.name === 'Error' || e.name === 'DriverCrashed' || e.name === 'CaseTimeout';
    return { message: plain ? e.message : `${e.name}: ${e.message}` };
  }
  return { message: `case threw a non-error value: ${String(e)}` };
}

/** Learn what the target is, or throw {@link TargetUnavailable}. */
async function probe(target: RunTarget, scale: (ms: number) => number): Promise<ImplementationInfo> {
  if (target.kind === 'reference')
    return { name: target.implementation, capabilities: [...target.capabilities] };
  if (target.kind === 'relay') return relayInfo(target.url, scale(10_000));
  if (target.kind === 'relay-process') throw new Error('a relay process is probed through its URL');
  const log: string[] = [];
  try {
    const driver = await DriverProcess.start({
      command: target.command,
      timeout: scale,
      log: (l) => log.push(l),
    });
    const info = {
      name: driver.hello.implementation,
      protocol: driver.hello.protocol,
      capabilities: [...driver.hello.capabilities],
    };
    await driver.close();
    return info;
  } catch (e) {
    const tail = log.filter((l) => l.startsWith('driver stderr:')).slice(-5);
    throw new TargetUnavailable(
      `the driver did not complete hello: ${(e as Error).message}${tail.length ? `\n${tail.join('\n')}` : ''}`,
    );
  }
}

/**
 * Run one case. Every failure mode lands in the result: a thrown check, a
 * timeout (which aborts `ctx.signal`), a driver that does not start or
 * crashes, and protocol violations seen on the driver's stdout.
 */
async function runCase(
  c: ConformanceCase,
  opts: {
    mode: Mode;
    target: RunTarget;
    capabilities: ReadonlySet<string>;
    seed: number;
    scale: (ms: number) => number;
    requirements: RequirementIndex;
    /** The relay the harness started itself, which cases may restart. */
    relay?: RelayProcess;
    /** Receives the case's recorder and transcript when it has finished. */
    onEvidence?(recorder: EvidenceRecorder, transcript: readonly { t: number; line: string }[]): void;
  },
): Promise<CaseResult> {
  const requirements = c.requirements.map((id) => describeRequirement(opts.requirements, id));
  const levels = requirements.map((r) => r.level);
  const base = {
    id: c.id,
    title: c.title,
    mode: c.mode,
    level: strongestLevel(levels),
    requirements,
    ...(c.capability ? { capability: c.capability } : {}),
  };
  const evidence: string[] = [];
  const recorder = new EvidenceRecorder();
  const transcript: { t: number; line: string }[] = [];
  let dropped = 0;
  const log = (line: string) => {
    if (evidence.length < EVIDENCE_MAX) {
      evidence.push(line);
      transcript.push({ t: recorder.now(), line });
    } else dropped++;
  };
  const started = performance.now();
  const finish = (outcome: Outcome, error?: CaseError): CaseResult => {
    if (dropped) evidence.push(`(${dropped} more evidence lines not kept)`);
    opts.onEvidence?.(recorder, transcript);
    return {
      ...base,
      outcome,
      durationMs: Math.round(performance.now() - started),
      ...(error ? { error } : {}),
      evidence,
    };
  };

  if (c.capability && !opts.capabilities.has(c.capability)) {
    return finish('UNSUPPORTED', {
      message: `capability '${c.capability}' is not among those the implementation declared`,
    });
  }

  const timeoutMs = opts.scale(c.timeoutMs ?? DEFAULT_CASE_TIMEOUT_MS);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new CaseTimeout(timeoutMs)), timeoutMs);
  const aborted = new Promise<never>((_, reject) => {
    controller.signal.addEventListener('abort', () => reject(controller.signal.reason), { once: true });
  });
  // An error a case lets escape (a promise nobody awaits, a throw in a
  // callback) fails that case instead of ending the harness process.
  let onEscape: (reason: unknown) => void = () => {};
  const escaped = new Promise<never>((_, reject) => {
    onEscape = (reason) => {
      log(
        `an error escaped the case's awaited work: ${reason instanceof Error ? reason.message : String(reason)}`,
      );
      reject(reason);
    };
  });
  escaped.catch(() => {});
  process.on('unhandledRejection', onEscape);
  process.on('uncaughtException', onEscape);
  let driver: DriverProcess | undefined;
  /** Protocol violations of driver processes a case killed and restarted. */
  const restartViolations: string[] = [];
  const random = caseRandom(opts.seed, c.id);
  try {
    const body = async () => {
      const target = opts.target;
      const startDriver = (command: string) =>
        DriverProcess.start({ command, timeout: opts.scale, log, signal: controller.signal });
      if (target.kind === 'driver') driver = await startDriver(target.command);
      const ctx: CaseContext = {
        mode: opts.mode,
        relayUrl: target.kind === 'relay' ? new URL(target.url.href) : undefined,
        get driver() {
          return driver as DriverLink | undefined;
        },
        capabilities: opts.capabilities,
        random,
        timeout: opts.scale,
        log,
        signal: controller.signal,
        ...(target.kind === 'driver'
          ? {
              // spec/conformance.md §Restarting the driver: the same command, a new process.
              restartDriver: async ({ signal = 'SIGKILL' }: { signal?: NodeJS.Signals } = {}) => {
                const old = driver;
                if (old) {
                  await old.killWith(signal);
                  if (old.violations.length > 0) restartViolations.push(...old.violations);
                }
                driver = undefined;
                driver = await startDriver(target.command);
                return driver as DriverLink;
              },
            }
          : {}),
        ...(opts.relay
          ? {
              // spec/conformance.md §Restarting the relay: same command, port and data directory.
              restartRelay: async ({ signal = 'SIGKILL' }: { signal?: NodeJS.Signals } = {}) => {
                log(`relay killed with ${signal} by the case`);
                const { exit, readyMs } = await opts.relay!.restart(signal);
                log(`relay exited (${exit}); started again, answering after ${readyMs} ms`);
              },
            }
          : {}),
      };
      await c.run(ctx);
    };
    await Promise.race([withRecorder(recorder, body), aborted, escaped]);
    const violations = [...restartViolations, ...(driver?.violations ?? [])];
    if (violations.length > 0) {
      throw new CheckFailed(`driver protocol violations: ${violations.join('; ')}`);
    }
    return finish('PASS');
  } catch (e) {
    if (e instanceof Unsupported) return finish('UNSUPPORTED', { message: e.message });
    const error = describeError(e);
    if (driver && driver.violations.length > 0 && !error.message.startsWith('driver protocol violations')) {
      error.message += ` (driver protocol violations: ${driver.violations.join('; ')})`;
    }
    return finish(isStrictLevel(levels) ? 'FAIL' : 'NON_STRICT', error);
  } finally {
    clearTimeout(timer);
    process.off('unhandledRejection', onEscape);
    process.off('uncaughtException', onEscape);
    if (driver) {
      const exit = await driver.close();
      if (!exit.clean) log(`driver did not shut down cleanly (code ${exit.code}, signal ${exit.signal})`);
    }
  }
}

/**
 * Run the cases of `opts.mode` against `opts.target` and write the four
 * reports. Throws {@link TargetUnavailable} when the target cannot be
 * reached before any case runs (the CLI exits 2 then, writing no reports).
 */
export async function runConformance(opts: RunOptions): Promise<RunResult> {
  const factor = opts.timeoutFactor ?? 1;
  if (!(factor > 0) || !Number.isFinite(factor))
    throw new RangeError('timeout factor must be a positive number');
  const scale = (ms: number) => Math.max(1, Math.round(ms * factor));
  const seed = (opts.seed ?? freshSeed()) >>> 0;
  const strict = opts.strict ?? false;
  const requirements = opts.requirements ?? loadRequirements();
  const progress = createProgress(opts.progress ?? process.stdout);
  const selected = caseFilter(opts.filter);
  const cases = opts.cases.filter((c) => c.mode === opts.mode && selected(c.id));
  const startedAt = new Date();
  const t0 = performance.now();

  // spec/conformance.md §Restarting the relay: the harness starts the relay itself.
  let relay: RelayProcess | undefined;
  let target = opts.target;
  if (target.kind === 'relay-process') {
    mkdirSync(opts.reportDir, { recursive: true });
    relay = await RelayProcess.start({
      command: target.command,
      timeout: scale,
      logFile: join(opts.reportDir, 'relay.log'),
    });
    target = { kind: 'relay', url: relay.url };
  }
  try {
    return await runCases(opts, {
      target,
      relay,
      cases,
      scale,
      seed,
      strict,
      requirements,
      progress,
      startedAt,
      t0,
    });
  } finally {
    await relay?.close();
  }
}

async function runCases(
  opts: RunOptions,
  run: {
    target: RunTarget;
    relay: RelayProcess | undefined;
    cases: readonly ConformanceCase[];
    scale: (ms: number) => number;
    seed: number;
    strict: boolean;
    requirements: RequirementIndex;
    progress: ReturnType<typeof createProgress>;
    startedAt: Date;
    t0: number;
  },
): Promise<RunResult> {
  const { target, relay, cases, scale, seed, strict, requirements, progress, startedAt, t0 } = run;
  const factor = opts.timeoutFactor ?? 1;
  const implementation = await probe(target, scale);
  const capabilities = new Set(implementation.capabilities);
  clearEarlierRun(opts.reportDir);

  const now = opts.now ?? new Date();
  const writeFiles = opts.evidenceFiles ?? true;
  const raw: CaseResult[] = [];
  for (const c of cases) {
    progress.caseStarted(c.id);
    let evidence:
      | { recorder: EvidenceRecorder; transcript: readonly { t: number; line: string }[] }
      | undefined;
    const r = await runCase(c, {
      mode: opts.mode,
      target,
      ...(relay ? { relay } : {}),
      capabilities,
      seed,
      scale,
      requirements,
      onEvidence: (recorder, transcript) => {
        evidence = { recorder, transcript };
      },
    });
    if (writeFiles && evidence)
      r.evidenceFiles = writeEvidence(opts.reportDir, r, evidence.recorder, evidence.transcript, seed);
    raw.push(r);
    progress.caseFinished(opts.expectations ? applyExpectation(r, opts.expectations, now).result : r);
  }

  let results = raw;
  let expectations: ExpectationsSection | null = null;
  if (opts.expectations) {
    const known = opts.knownCaseIds ?? new Set(opts.cases.map((c) => c.id));
    ({ results, section: expectations } = applyExpectations(raw, opts.expectations, known, now));
  }
  const summary = summarize(results);
  const exitStatus = exitStatusFor(summary, strict, expectations);
  const report: ConformanceReport = {
    format: REPORT_FORMAT,
    suite: { name: 'deftalk-conformance', version: SUITE_VERSION },
    mode: opts.mode,
    target: describeTarget(opts.target),
    implementation,
    seed,
    strict,
    timeoutFactor: factor,
    filter: opts.filter ?? null,
    startedAt: startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    durationMs: Math.round(performance.now() - t0),
    summary,
    exitStatus,
    expectations,
    requirements: groupByRequirement(results),
    cases: results,
  };
  const files = writeReports(opts.reportDir, report);
  progress.finished(summary, opts.reportDir, expectations);
  return { report, exitStatus, files };
}

export { TargetUnavailable };
