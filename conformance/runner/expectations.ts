/**
 * @module
 * Expectation files (spec/conformance.md §Expectations): the known failures
 * an implementation under test declares with `--expectations FILE`, each
 * naming one case, why it fails and until when the entry holds. A listed
 * case that fails is EXPECTED_FAILURE and does not fail the run; a listed
 * case that passes is UNEXPECTED_PASS and does, as do an expired entry and
 * an entry naming a case the suite does not have, so the list stays exact.
 */
import { readFileSync } from 'node:fs';
import Ajv2020Module from 'ajv/dist/2020.js';
import type { CaseResult, ExpectationProblem, ExpectationsSection } from './report.ts';

/** One declared known failure. */
export interface Expectation {
  /** The exact id of a case of the suite. */
  readonly case: string;
  /** Why it fails and where the fix is tracked. */
  readonly reason: string;
  /** Last day (UTC, `YYYY-MM-DD`) on which the entry holds. */
  readonly expires: string;
}

/** A parsed and validated expectation file. */
export interface ExpectationFile {
  /** The path as given on the command line. */
  readonly path: string;
  readonly entries: readonly Expectation[];
}

/** The expectation file cannot be used; the CLI exits 2 (bad usage) and writes no report. */
export class ExpectationsInvalid extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ExpectationsInvalid';
  }
}

/** The schema every expectation file is checked against (JSON Schema 2020-12). */
export const EXPECTATIONS_SCHEMA_URL = new URL('../expectations.schema.json', import.meta.url);

let validator: ReturnType<InstanceType<typeof Ajv2020Module.default>['compile']> | undefined;
let ajv: InstanceType<typeof Ajv2020Module.default> | undefined;

function validate(value: unknown): string | undefined {
  if (!validator) {
    // ajv is CommonJS: under NodeNext its default export is the module object.
    ajv = new Ajv2020Module.default({ allErrors: true, strict: true });
    validator = ajv.compile(JSON.parse(readFileSync(EXPECTATIONS_SCHEMA_URL, 'utf8')));
  }
  return validator(value) ? undefined : ajv!.errorsText(validator.errors, { dataVar: 'file' });
}

/** Whether `day` (`YYYY-MM-DD`) is a real calendar day; the schema only checks its shape. */
function isCalendarDay(day: string): boolean {
  const d = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === day;
}

/**
 * Check a parsed expectation document: the schema, real calendar days, and
 * at most one entry per case. Throws {@link ExpectationsInvalid}.
 */
export function parseExpectations(value: unknown, path: string): ExpectationFile {
  const problem = validate(value);
  if (problem) throw new ExpectationsInvalid(`${path} does not match expectations.schema.json: ${problem}`);
  const entries = (value as { expectations: Expectation[] }).expectations;
  const seen = new Set<string>();
  for (const e of entries) {
    if (!isCalendarDay(e.expires))
      throw new ExpectationsInvalid(`${path}: expires of ${e.case} is not a calendar day: ${e.expires}`);
    if (seen.has(e.case)) throw new ExpectationsInvalid(`${path}: ${e.case} is listed more than once`);
    seen.add(e.case);
  }
  return { path, entries: entries.map((e) => ({ case: e.case, reason: e.reason, expires: e.expires })) };
}

/** Read, parse and check an expectation file (JSON). Throws {@link ExpectationsInvalid}. */
export function loadExpectations(path: string): ExpectationFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new ExpectationsInvalid(`cannot read ${path}: ${(e as Error).message}`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new ExpectationsInvalid(`${path} is not JSON: ${(e as Error).message}`);
  }
  return parseExpectations(value, path);
}

/** Whether an entry has expired on `now`: it holds through the whole of its `expires` day, UTC. */
export function isExpired(entry: Expectation, now: Date): boolean {
  return now.toISOString().slice(0, 10) > entry.expires;
}

/**
 * Apply the entry of `file` for `r.id`, if any, to one case result
 * (spec/conformance.md §Expectations): a failure becomes EXPECTED_FAILURE, a
 * pass UNEXPECTED_PASS (with the problem that fails the run), an UNSUPPORTED
 * case stays so with a problem; an expired entry leaves the outcome as it is.
 */
export function applyExpectation(
  r: CaseResult,
  file: ExpectationFile,
  now: Date,
): { result: CaseResult; problem?: ExpectationProblem } {
  const e = file.entries.find((x) => x.case === r.id);
  if (!e) return { result: r };
  const expectation = { reason: e.reason, expires: e.expires };
  if (isExpired(e, now)) return { result: { ...r, expectation } };
  if (r.outcome === 'FAIL' || r.outcome === 'NON_STRICT')
    return { result: { ...r, outcome: 'EXPECTED_FAILURE', failedAs: r.outcome, expectation } };
  if (r.outcome === 'PASS') {
    return {
      result: {
        ...r,
        outcome: 'UNEXPECTED_PASS',
        expectation,
        error: { message: `expected to fail (${e.reason}) but passed; remove the entry from ${file.path}` },
      },
      problem: {
        case: r.id,
        kind: 'unexpected-pass',
        message: 'the case is listed as an expected failure but passed; remove the entry',
      },
    };
  }
  return {
    result: { ...r, expectation },
    problem: {
      case: r.id,
      kind: 'unsupported',
      message: `the case is listed as an expected failure but was ${r.outcome}; remove the entry`,
    },
  };
}

/**
 * The problems of `file` that do not depend on a case's result: entries
 * naming a case outside `knownCaseIds` (the ids of every case the suite has,
 * in every mode, before `--filter`) and expired entries. An entry for a case
 * that did not run (another mode, filtered out) is only checked here.
 */
export function fileProblems(
  file: ExpectationFile,
  knownCaseIds: ReadonlySet<string>,
  now: Date,
): ExpectationProblem[] {
  const problems: ExpectationProblem[] = [];
  for (const e of file.entries) {
    if (!knownCaseIds.has(e.case)) {
      problems.push({
        case: e.case,
        kind: 'unknown-case',
        message: 'the expectation names a case the suite does not have',
      });
    } else if (isExpired(e, now)) {
      problems.push({
        case: e.case,
        kind: 'expired',
        message: `the expectation expired after ${e.expires}; fix the failure or renew the entry with a reason`,
      });
    }
  }
  return problems;
}

/**
 * Apply `file` to the results of one run: the results with outcomes
 * rewritten and the report section; a non-empty `problems` list fails the run.
 */
export function applyExpectations(
  results: readonly CaseResult[],
  file: ExpectationFile,
  knownCaseIds: ReadonlySet<string>,
  now: Date,
): { results: CaseResult[]; section: ExpectationsSection } {
  const problems = fileProblems(file, knownCaseIds, now);
  const out = results.map((r) => {
    const { result, problem } = applyExpectation(r, file, now);
    if (problem) problems.push(problem);
    return result;
  });
  return {
    results: out,
    section: {
      file: file.path,
      entries: file.entries.length,
      expectedFailures: out.filter((r) => r.outcome === 'EXPECTED_FAILURE').length,
      unexpectedPasses: out.filter((r) => r.outcome === 'UNEXPECTED_PASS').length,
      problems,
    },
  };
}
