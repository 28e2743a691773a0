/**
 * @module
 * Vectors mode (spec/conformance.md §Vectors mode,
 * conformance/vectors/README.md): every vector file becomes one conformance
 * case `vectors/<area>` that checks all of the file's tests through the
 * area's {@link VectorArea}, in process or through the driver operation
 * `vectors.<area>` (spec/driver.md §Operations).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type CaseContext,
  CheckFailed,
  type ConformanceCase,
  DriverError,
  type DriverLink,
  Unsupported,
} from '../case.ts';
import type { VectorArea, VectorFile, VectorGroup, VectorOutcome, VectorTest } from '../vectors/area.ts';

/** Where the vector files live. */
export const VECTORS_DIR = fileURLToPath(new URL('../vectors/', import.meta.url));

/** The capability a driver declares for the operation `vectors.<area>` (spec/driver.md §Capabilities). */
export function vectorCapability(area: string): string {
  return `vectors.${area}`;
}

/** Vector cases may check thousands of tests; they get more time than the default case. */
const VECTOR_CASE_TIMEOUT_MS = 120_000;

/**
 * The vector files or the area registry are inconsistent: a defect of the
 * suite, not a verdict about the implementation, so the run stops before any
 * case (the CLI exits 2).
 */
export class SuiteDefect extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SuiteDefect';
  }
}

/** Verify the common structure of a vector file (conformance/vectors/README.md §How the runner checks a file, step 1). */
export function vectorFileProblem(area: string, value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return 'file is not a JSON object';
  const f = value as Partial<VectorFile>;
  if (f.area !== area) return `field area is ${JSON.stringify(f.area)}, expected ${JSON.stringify(area)}`;
  if (!Array.isArray(f.requirements) || f.requirements.some((r) => typeof r !== 'string')) {
    return 'field requirements is not an array of strings';
  }
  if (!Array.isArray(f.testGroups)) return 'field testGroups is not an array';
  const ids = new Set<number>();
  let count = 0;
  let cited = f.requirements.length > 0;
  for (const g of f.testGroups) {
    if (!Array.isArray(g?.tests)) return 'a test group has no tests array';
    for (const t of g.tests) {
      count++;
      if (!Number.isSafeInteger(t?.tcId)) return 'a test has no integer tcId';
      if (ids.has(t.tcId)) return `tcId ${t.tcId} appears twice`;
      ids.add(t.tcId);
      if (!['valid', 'invalid', 'acceptable'].includes(t.result))
        return `tcId ${t.tcId} has an unknown result`;
      if (t.requirements !== undefined && !Array.isArray(t.requirements)) {
        return `tcId ${t.tcId}: requirements is not an array`;
      }
      if (t.requirements?.length) cited = true;
    }
  }
  if (f.numberOfTests !== count)
    return `numberOfTests is ${f.numberOfTests} but the file holds ${count} tests`;
  if (!cited) return 'neither the file nor any test cites a requirement';
  return undefined;
}

/** Read and check every `<area>.json` of `dir` (`*.schema.json` excluded); a missing directory holds no files. */
export function loadVectorFiles(dir = VECTORS_DIR): VectorFile[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const problems: string[] = [];
  const files: VectorFile[] = [];
  for (const n of names.filter((x) => x.endsWith('.json') && !x.endsWith('.schema.json')).sort()) {
    const area = n.slice(0, -'.json'.length);
    let value: unknown;
    try {
      value = JSON.parse(readFileSync(join(dir, n), 'utf8'));
    } catch (e) {
      problems.push(`${n}: not valid JSON: ${(e as Error).message}`);
      continue;
    }
    const problem = vectorFileProblem(area, value);
    if (problem) problems.push(`${n}: ${problem}`);
    else files.push(value as VectorFile);
  }
  if (problems.length) throw new SuiteDefect(`unusable vector files: ${problems.join('; ')}`);
  return files;
}

function allRequirements(file: VectorFile): string[] {
  const ids = new Set(file.requirements);
  for (const g of file.testGroups) for (const t of g.tests) for (const r of t.requirements ?? []) ids.add(r);
  return [...ids];
}

/** Whether `reached` satisfies the expected verdict `expected`. */
export function verdictMatches(expected: VectorTest['result'], reached: VectorOutcome['result']): boolean {
  return expected === 'acceptable' || expected === reached;
}

async function checkFile(area: VectorArea, file: VectorFile, ctx: CaseContext): Promise<void> {
  const differing: { tcId: number; expected: string; reached: string; detail?: string }[] = [];
  let checked = 0;
  for (const group of file.testGroups) {
    for (const test of group.tests) {
      if (ctx.signal.aborted) throw ctx.signal.reason;
      checked++;
      let outcome: VectorOutcome;
      try {
        outcome = await area.check(group, test, ctx.driver);
      } catch (e) {
        if (e instanceof DriverError && e.errorName === 'DRIVER_UNKNOWN_OPERATION') {
          throw new Unsupported(`the driver does not implement vectors.${area.area}`);
        }
        if (e instanceof Unsupported) throw e;
        differing.push({
          tcId: test.tcId,
          expected: test.result,
          reached: 'error',
          detail: (e as Error).message,
        });
        continue;
      }
      if (!verdictMatches(test.result, outcome.result)) {
        differing.push({
          tcId: test.tcId,
          expected: test.result,
          reached: outcome.result,
          ...(outcome.detail ? { detail: outcome.detail } : {}),
        });
      }
    }
  }
  ctx.log(`${checked} tests checked, ${differing.length} differ`);
  for (const d of differing) {
    ctx.log(
      `tcId ${d.tcId}: expected ${d.expected}, reached ${d.reached}${d.detail ? ` (${d.detail})` : ''}`,
    );
  }
  if (differing.length > 0) {
    const ids = differing.map((d) => d.tcId);
    throw new CheckFailed(
      `${differing.length} of ${checked} tests differ: tcId ${ids.slice(0, 50).join(', ')}${ids.length > 50 ? ', …' : ''}`,
      differing.map((d) => ({ tcId: d.tcId, result: d.expected })),
      differing,
    );
  }
}

/**
 * One conformance case per vector file in `dir` (conformance/vectors/README.md
 * §How the runner checks a file). Case ids are `vectors/<area>`; requirements
 * are the file's plus every test's. Throws {@link SuiteDefect} when a file is
 * unusable, has no registered checker, or a registered area has no file.
 */
export function vectorCases(areas: readonly VectorArea[], dir = VECTORS_DIR): ConformanceCase[] {
  const byArea = new Map(areas.map((a) => [a.area, a]));
  const files = loadVectorFiles(dir);
  const withFile = new Set(files.map((f) => f.area));
  const problems = [
    ...files
      .filter((f) => !byArea.has(f.area))
      .map((f) => `${f.area}.json has no checker in conformance/vectors/areas.ts`),
    ...areas
      .filter((a) => !withFile.has(a.area))
      .map((a) => `area ${a.area} is registered but ${a.area}.json is missing`),
  ];
  if (problems.length) throw new SuiteDefect(problems.join('; '));
  return files.map((file) => {
    const area = byArea.get(file.area)!;
    return {
      id: `vectors/${file.area}`,
      title: `every test of ${file.area}.json reaches its expected verdict`,
      mode: 'vectors',
      requirements: allRequirements(file),
      capability: vectorCapability(file.area),
      timeoutMs: VECTOR_CASE_TIMEOUT_MS,
      run: (ctx) => checkFile(area, file, ctx),
    };
  });
}

/** The answer of the generic `vectors.<area>` operation (conformance/vectors/README.md §The generic driver operation). */
export interface VectorAnswer {
  result: 'valid' | 'invalid';
  detail?: string;
  [output: string]: unknown;
}

/**
 * The harness side of the generic `vectors.<area>` operation: send the group
 * (without its tests) and the test (without its expected `result`) and read
 * the verdict the implementation reached.
 * @example check: (g, t, d) => (d ? askDriver(d, 'wire', g, t) : checkReference(g, t))
 */
export async function askDriver(
  driver: DriverLink,
  area: string,
  group: VectorGroup,
  test: VectorTest,
): Promise<VectorOutcome> {
  const { tests: _tests, ...groupParams } = group;
  const { result: _expected, ...testParams } = test;
  const answer = await driver.call<VectorAnswer>(`vectors.${area}`, { group: groupParams, test: testParams });
  if (answer?.result !== 'valid' && answer?.result !== 'invalid') {
    throw new CheckFailed(
      `vectors.${area} answered without a valid or invalid result`,
      'valid | invalid',
      answer,
    );
  }
  return answer.detail === undefined
    ? { result: answer.result }
    : { result: answer.result, detail: answer.detail };
}
