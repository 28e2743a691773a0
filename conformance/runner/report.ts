/**
 * @module
 * The conformance report (spec/conformance.md §Reports): the data every
 * output format is rendered from, its JSON form (`report.json`, schema
 * `conformance/report.schema.json`) and the writer of all four files.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Mode, Outcome } from '../case.ts';
import { renderHtml } from './html.ts';
import { renderJunit } from './junit.ts';
import type { RequirementInfo } from './requirements.ts';
import { renderTap } from './tap.ts';

/** Version of the report format; bumped when a field changes meaning. */
export const REPORT_FORMAT = 1;

/** What the implementation under test said about itself. */
export interface ImplementationInfo {
  /** Its name and version as it declared them (`implementation` of `/v1/info` or of the driver's `hello`). */
  name: string;
  /** Driver protocol version (client mode and vectors mode with a driver). */
  protocol?: string;
  /** Protocol versions (relay mode, from `/v1/info`). */
  versions?: string[];
  capabilities: string[];
}

/** Why a case did not pass. */
export interface CaseError {
  message: string;
  expected?: unknown;
  actual?: unknown;
}

/**
 * The outcome of a case in a report: one of the four a case ends with, or,
 * under `--expectations` (spec/conformance.md §Expectations), EXPECTED_FAILURE
 * for a listed case that failed and UNEXPECTED_PASS for a listed case that passed.
 */
export type ResultOutcome = Outcome | 'EXPECTED_FAILURE' | 'UNEXPECTED_PASS';

/** What an expectation file said about a case. */
export interface CaseExpectation {
  reason: string;
  expires: string;
}

/** One entry of an expectation file that fails the run. */
export interface ExpectationProblem {
  case: string;
  kind: 'unexpected-pass' | 'expired' | 'unknown-case' | 'unsupported';
  message: string;
}

/** The expectations part of a report; null when the run had no `--expectations`. */
export interface ExpectationsSection {
  /** The file as given on the command line. */
  file: string;
  entries: number;
  expectedFailures: number;
  unexpectedPasses: number;
  /** Every entry that fails the run: unexpected passes, expired and unknown entries, listed cases that were UNSUPPORTED. */
  problems: ExpectationProblem[];
}

/** Evidence files of one case, relative to the report directory (spec/conformance.md §Evidence). */
export interface EvidenceFiles {
  dir: string;
  frames: string;
  transcript: string;
  seed: string;
}

/** One case in the report. */
export interface CaseResult {
  id: string;
  title: string;
  mode: Mode;
  /** The strongest level among the requirements; decides FAIL against NON_STRICT. */
  level: 'MUST' | 'SHOULD' | 'MAY';
  requirements: RequirementInfo[];
  capability?: string;
  outcome: ResultOutcome;
  /** For EXPECTED_FAILURE: the outcome the case had before its expectation applied. */
  failedAs?: 'FAIL' | 'NON_STRICT';
  /** The expectation file's entry for this case, if any. */
  expectation?: CaseExpectation;
  durationMs: number;
  error?: CaseError;
  /** The case's transcript: ctx.log lines, driver traffic and stderr. */
  evidence: string[];
  /** Where the case's evidence files are, when the run wrote them. */
  evidenceFiles?: EvidenceFiles;
}

/** One requirement with every case that cites it. */
export interface RequirementResult extends RequirementInfo {
  /** The worst outcome among its cases: FAIL, NON_STRICT, PASS, then UNSUPPORTED. */
  outcome: ResultOutcome;
  cases: { id: string; outcome: ResultOutcome }[];
}

/** Counts per outcome. */
export interface Summary {
  total: number;
  passed: number;
  failed: number;
  nonStrict: number;
  unsupported: number;
}

/** The whole report, as written to `report.json`. */
export interface ConformanceReport {
  format: typeof REPORT_FORMAT;
  suite: { name: 'deftalk-conformance'; version: string };
  mode: Mode;
  /** The relay URL or the driver command, with credentials removed; `reference (in-process)` otherwise. */
  target: string;
  implementation: ImplementationInfo;
  seed: number;
  strict: boolean;
  timeoutFactor: number;
  filter: string | null;
  startedAt: string;
  finishedAt: string;
  durationMs: number;
  summary: Summary;
  exitStatus: number;
  /** `--expectations`: what the file said and every entry that fails the run; null without one. */
  expectations: ExpectationsSection | null;
  requirements: RequirementResult[];
  cases: CaseResult[];
}

/** The suite version: `version` of the package.json next to the harness. */
export function suiteVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}

/**
 * The version of this suite, recorded in every report (`suite.version`) and
 * printed by `deftalk-conformance --version`; a run is pinned to a suite by
 * installing that version (conformance/README.md).
 */
export const SUITE_VERSION: string = suiteVersion();

/** Count outcomes. */
export function summarize(cases: readonly CaseResult[]): Summary {
  const count = (o: Outcome) => cases.filter((c) => c.outcome === o).length;
  return {
    total: cases.length,
    passed: count('PASS'),
    failed: count('FAIL'),
    nonStrict: count('NON_STRICT'),
    unsupported: count('UNSUPPORTED'),
  };
}

const OUTCOME_RANK: Record<ResultOutcome, number> = {
  UNSUPPORTED: 0,
  PASS: 1,
  UNEXPECTED_PASS: 2,
  EXPECTED_FAILURE: 3,
  NON_STRICT: 4,
  FAIL: 5,
};

/** Group case results by requirement, in the order requirements are first cited. */
export function groupByRequirement(cases: readonly CaseResult[]): RequirementResult[] {
  const byId = new Map<string, RequirementResult>();
  for (const c of cases) {
    for (const r of c.requirements) {
      let entry = byId.get(r.id);
      if (!entry) {
        entry = { ...r, outcome: c.outcome, cases: [] };
        byId.set(r.id, entry);
      }
      entry.cases.push({ id: c.id, outcome: c.outcome });
      if (OUTCOME_RANK[c.outcome] > OUTCOME_RANK[entry.outcome]) entry.outcome = c.outcome;
    }
  }
  return [...byId.values()];
}

/** The line printed before the closing line under `--expectations`. */
export function expectationsLine(e: ExpectationsSection): string {
  const count = (k: ExpectationProblem['kind']) => e.problems.filter((p) => p.kind === k).length;
  return `expectations: ${e.expectedFailures} expected failures, ${e.unexpectedPasses} unexpected passes, ${count('expired')} expired, ${count('unknown-case')} unknown cases, ${count('unsupported')} unsupported`;
}

/** The line CI parses (spec/conformance.md §Exit status): `conformance: N passed, N failed, …`. */
export function summaryLine(s: Summary): string {
  return `conformance: ${s.passed} passed, ${s.failed} failed, ${s.nonStrict} non-strict, ${s.unsupported} unsupported`;
}

/**
 * Make `value` plain JSON: byte arrays become `{ base64 }`, bigints strings,
 * errors their message, cycles and functions a marker. Expected and actual
 * values come from cases and may be anything.
 */
export function toPlainJson(value: unknown, seen = new Set<unknown>()): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (typeof value === 'bigint') return value.toString();
  if (value === undefined) return null;
  if (typeof value === 'function' || typeof value === 'symbol') return `[${typeof value}]`;
  if (value instanceof Uint8Array) return { base64: Buffer.from(value).toString('base64') };
  if (value instanceof Error) return { error: value.message };
  if (seen.has(value)) return '[circular]';
  seen.add(value);
  try {
    if (Array.isArray(value)) return value.map((v) => toPlainJson(v, seen));
    if (value instanceof Map)
      return Object.fromEntries([...value].map(([k, v]) => [String(k), toPlainJson(v, seen)]));
    if (value instanceof Set) return [...value].map((v) => toPlainJson(v, seen));
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = toPlainJson(v, seen);
    return out;
  } finally {
    seen.delete(value);
  }
}

/** The names of the four report files, in `--report-dir`. */
export const REPORT_FILES = ['report.json', 'report.tap', 'report.junit.xml', 'report.html'] as const;

/** Write the four report files into `dir` (created if missing); returns their paths. */
export function writeReports(dir: string, report: ConformanceReport): string[] {
  mkdirSync(dir, { recursive: true });
  const outputs: [string, string][] = [
    ['report.json', `${JSON.stringify(report, null, 2)}\n`],
    ['report.tap', renderTap(report)],
    ['report.junit.xml', renderJunit(report)],
    ['report.html', renderHtml(report)],
  ];
  return outputs.map(([name, text]) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  });
}
