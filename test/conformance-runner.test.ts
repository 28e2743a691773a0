/**
 * @module
 * The conformance runner (spec/conformance.md): outcomes from requirement
 * levels, exit status, capabilities, timeouts, seeds, filters, evidence and
 * the four report files, with synthetic cases; vectors mode in process and
 * through a driver, with a toy area. Relay and client mode against the
 * reference implementations are in test/conformance-modes.test.ts.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';

import { CheckFailed, type ConformanceCase, Unsupported } from '../conformance/case.ts';
import { REPORT_FILES } from '../conformance/runner/report.ts';
import { runConformance } from '../conformance/runner/run.ts';
import { caseFilter } from '../conformance/runner/select.ts';
import { describeTarget } from '../conformance/runner/target.ts';
import { askDriver, SuiteDefect, vectorCases } from '../conformance/runner/vectors.ts';
import type { VectorArea } from '../conformance/vectors/area.ts';
import {
  collector,
  fakeDriverCommand,
  readReport,
  schemaErrors,
  scratch,
  TEST_REQUIREMENTS,
} from './conformance-helpers.ts';

const REFERENCE = { kind: 'reference' as const, implementation: 'test-reference', capabilities: ['cap-a'] };

function synthetic(
  id: string,
  requirements: string[],
  run: ConformanceCase['run'],
  extra: Partial<ConformanceCase> = {},
): ConformanceCase {
  return { id, title: `synthetic ${id}`, mode: 'vectors', requirements, run, ...extra };
}

/** The assertions {@link checkReportFiles} needs. */
interface Asserts {
  ok(value: unknown, message: string): unknown;
  equal(actual: unknown, expected: unknown, message: string): unknown;
}

function checkReportFiles(t: Asserts, dir: string): void {
  for (const f of REPORT_FILES) t.ok(existsSync(join(dir, f)), `${f} written`);
  t.equal(schemaErrors(readReport(dir)), '', 'report.json validates against conformance/report.schema.json');
}

t.test('outcomes follow the strongest requirement level; exit status only for MUST failures', async (t) => {
  const newDir = scratch(t);
  let ranUndeclared = false;
  const cases: ConformanceCase[] = [
    synthetic('syn/pass', ['REQ-TEST-001'], async (ctx) => ctx.log('all good')),
    synthetic('syn/must-fails', ['REQ-TEST-002', 'REQ-TEST-001'], async () => {
      throw new CheckFailed('wrong answer', { status: 200 }, { status: 500 });
    }),
    synthetic('syn/should-fails', ['REQ-TEST-002', 'REQ-TEST-003'], async () => {
      throw new Error('missed a SHOULD');
    }),
    synthetic(
      'syn/undeclared',
      ['REQ-TEST-001'],
      async () => {
        ranUndeclared = true;
      },
      { capability: 'cap-b' },
    ),
    synthetic(
      'syn/declared',
      ['REQ-TEST-001'],
      async (ctx) => {
        t.ok(ctx.capabilities.has('cap-a'));
      },
      { capability: 'cap-a' },
    ),
    synthetic('syn/throws-unsupported', ['REQ-TEST-001'], async () => {
      throw new Unsupported('the implementation said no');
    }),
    synthetic('syn/unknown-requirement', ['REQ-TEST-999'], async () => {
      throw new Error('fails');
    }),
  ];
  const dir = newDir();
  const progress = collector();
  const { report, exitStatus } = await runConformance({
    mode: 'vectors',
    cases,
    target: REFERENCE,
    reportDir: dir,
    seed: 42,
    requirements: TEST_REQUIREMENTS,
    progress,
  });
  const outcome = Object.fromEntries(report.cases.map((c) => [c.id, c.outcome]));
  t.same(outcome, {
    'syn/pass': 'PASS',
    'syn/must-fails': 'FAIL',
    'syn/should-fails': 'NON_STRICT',
    'syn/undeclared': 'UNSUPPORTED',
    'syn/declared': 'PASS',
    'syn/throws-unsupported': 'UNSUPPORTED',
    'syn/unknown-requirement': 'FAIL',
  });
  t.notOk(ranUndeclared, 'a case whose capability is not declared is not run');
  t.equal(exitStatus, 1, 'a MUST failure gives a non-zero exit status');
  t.same(report.summary, { total: 7, passed: 2, failed: 2, nonStrict: 1, unsupported: 2 });
  const must = report.cases.find((c) => c.id === 'syn/must-fails')!;
  t.equal(must.level, 'MUST');
  t.same(must.error, { message: 'wrong answer', expected: { status: 200 }, actual: { status: 500 } });
  t.same(
    must.requirements.map((r) => [r.id, r.level, r.text]),
    [
      ['REQ-TEST-002', 'SHOULD', 'The thing SHOULD hold.'],
      ['REQ-TEST-001', 'MUST', 'The thing MUST hold.'],
    ],
  );
  t.same(report.cases.find((c) => c.id === 'syn/pass')!.evidence, ['all good'], 'ctx.log lines are evidence');
  t.match(report.cases.find((c) => c.id === 'syn/undeclared')!.error!.message, /cap-b/);
  const req1 = report.requirements.find((r) => r.id === 'REQ-TEST-001')!;
  t.equal(req1.outcome, 'FAIL', 'a requirement takes the worst outcome of its cases');
  t.equal(report.seed, 42);
  checkReportFiles(t, dir);

  const lines = progress.text().trimEnd().split('\n');
  t.equal(lines.length, 7 + 2, 'one progress line per case, the report directory and the closing line');
  t.equal(lines.at(-1), 'conformance: 2 passed, 2 failed, 1 non-strict, 2 unsupported');
  t.notOk(progress.text().includes('\u001b'), 'a non-TTY gets no escape sequences');

  const tap = readFileSync(join(dir, 'report.tap'), 'utf8');
  t.match(tap, /^TAP version 14\n/);
  t.match(tap, /\n1\.\.7\n/);
  t.match(tap, /\nnot ok 2 - syn\/must-fails: synthetic syn\/must-fails\n {2}---\n/);
  t.match(tap, /\nnot ok 3 - syn\/should-fails: [^\n]* # TODO non-strict/);
  t.match(tap, /\nok 4 - syn\/undeclared: [^\n]* # SKIP /);
  const junit = readFileSync(join(dir, 'report.junit.xml'), 'utf8');
  t.equal(junit.match(/<testcase /g)?.length, 7);
  t.match(junit, /<testsuites [^>]*tests="7" failures="2" errors="0" skipped="3"/);
  const html = readFileSync(join(dir, 'report.html'), 'utf8');
  t.notMatch(html, /<script|<link|\ssrc=|url\(/i, 'no scripts or external resources');
  t.match(html, /REQ-TEST-001<\/code><\/td><td class="level">MUST<\/td><td>The thing MUST hold\.<\/td>/);
  t.match(html, /id="case-syn_must-fails" open/);
});

t.test('a TTY gets its running line redrawn, and the same closing line', async (t) => {
  const newDir = scratch(t);
  const progress = collector(true);
  await runConformance({
    mode: 'vectors',
    cases: [synthetic('syn/one', ['REQ-TEST-001'], async () => {})],
    target: REFERENCE,
    reportDir: newDir(),
    requirements: TEST_REQUIREMENTS,
    progress,
  });
  t.ok(progress.text().startsWith('\r\u001b[2K...'), 'the running case is shown, then redrawn');
  t.ok(progress.text().includes('\r\u001b[2KPASS        syn/one ('), 'and redrawn with its outcome');
  t.match(progress.text(), /\nconformance: 1 passed, 0 failed, 0 non-strict, 0 unsupported\n$/);
});

t.test('a failing SHOULD case exits 0, and non-zero with --strict', async (t) => {
  const newDir = scratch(t);
  const cases = [synthetic('syn/should', ['REQ-TEST-002'], async () => Promise.reject(new Error('no')))];
  const lax = await runConformance({
    mode: 'vectors',
    cases,
    target: REFERENCE,
    reportDir: newDir(),
    requirements: TEST_REQUIREMENTS,
    progress: collector(),
  });
  t.equal(lax.report.cases[0]!.outcome, 'NON_STRICT');
  t.equal(lax.exitStatus, 0);
  const dir = newDir();
  const strict = await runConformance({
    mode: 'vectors',
    cases,
    target: REFERENCE,
    reportDir: dir,
    strict: true,
    requirements: TEST_REQUIREMENTS,
    progress: collector(),
  });
  t.equal(strict.report.cases[0]!.outcome, 'NON_STRICT', 'outcomes do not change under --strict');
  t.equal(strict.exitStatus, 1);
  t.notMatch(readFileSync(join(dir, 'report.tap'), 'utf8'), /# TODO/, 'strict TAP reports a plain not ok');
  t.match(readFileSync(join(dir, 'report.junit.xml'), 'utf8'), /<failure [^>]*type="NON_STRICT"/);
});

t.test('a case that outlives its timeout is aborted and fails at its level', async (t) => {
  const newDir = scratch(t);
  let aborted = false;
  const { report } = await runConformance({
    mode: 'vectors',
    cases: [
      synthetic(
        'syn/hangs',
        ['REQ-TEST-001'],
        (ctx) =>
          new Promise<void>((resolve) => {
            ctx.signal.addEventListener('abort', () => {
              aborted = true;
              resolve();
            });
          }),
        { timeoutMs: 40 },
      ),
    ],
    target: REFERENCE,
    reportDir: newDir(),
    timeoutFactor: 0.5,
    requirements: TEST_REQUIREMENTS,
    progress: collector(),
  });
  t.ok(aborted, 'ctx.signal was aborted');
  t.equal(report.cases[0]!.outcome, 'FAIL');
  t.equal(
    report.cases[0]!.error!.message,
    'case timed out after 20 ms',
    'the timeout is scaled by the factor',
  );
  t.equal(report.timeoutFactor, 0.5);
});

t.test('seeded randomness is per case and replays; filters select by substring or glob', async (t) => {
  const newDir = scratch(t);
  const draws = new Map<string, number[]>();
  const cases = ['alpha/one', 'alpha/two', 'beta/one'].map((id) =>
    synthetic(id, ['REQ-TEST-001'], async (ctx) => {
      draws.set(id, [ctx.random(), ctx.random()]);
    }),
  );
  const run = (filter?: string, seed = 7) =>
    runConformance({
      mode: 'vectors',
      cases,
      target: REFERENCE,
      reportDir: newDir(),
      seed,
      requirements: TEST_REQUIREMENTS,
      progress: collector(),
      ...(filter ? { filter } : {}),
    });
  await run();
  const first = new Map(draws);
  t.not(first.get('alpha/one')![0], first.get('alpha/two')![0], 'cases draw different numbers');
  draws.clear();
  const filtered = await run('beta');
  t.same([...draws.keys()], ['beta/one'], 'substring filter');
  t.same(draws.get('beta/one'), first.get('beta/one'), 'a filtered run draws what the full run drew');
  t.equal(filtered.report.filter, 'beta');
  draws.clear();
  await run('alpha/*,*/one');
  t.same([...draws.keys()].sort(), ['alpha/one', 'alpha/two', 'beta/one']);
  draws.clear();
  await run(undefined, 8);
  t.not(draws.get('alpha/one')![0], first.get('alpha/one')![0], 'another seed, other draws');
  t.ok(caseFilter('al?ha/t*')('alpha/two'));
  t.notOk(caseFilter('alpha/t')('beta/alpha/t'.replace('alpha/t', 'x')));
});

t.test('the target recorded in reports carries no credentials', async (t) => {
  const _newDir = scratch(t);
  t.equal(
    describeTarget({ kind: 'relay', url: new URL('https://user:pw@relay.example/base?token=abc') }),
    'https://relay.example/base?token=***',
  );
  t.equal(
    describeTarget({ kind: 'driver', command: 'API_TOKEN=s3cret LANG=C ./client driver --auth-key abc' }),
    'API_TOKEN=*** LANG=C ./client driver --auth-key ***',
  );
});

/** A toy vector area: a test is valid when a + b === sum. */
function toyArea(broken = false): VectorArea {
  return {
    area: 'toy',
    async check(group, test, driver) {
      if (driver) return askDriver(driver, 'toy', group, test);
      if (broken) return { result: 'valid' };
      const { a, b, sum } = test as unknown as { a: number; b: number; sum: number };
      return a + b === sum ? { result: 'valid' } : { result: 'invalid', detail: `${a} + ${b} is not ${sum}` };
    },
  };
}

function writeToyVectors(dir: string): void {
  mkdirSync(dir, { recursive: true });
  const file = {
    area: 'toy',
    schema: 'toy.schema.json',
    generatorVersion: '0.1.0',
    header: ['Addition, to test the vectors runner.'],
    notes: { Wrong: 'the sum is wrong' },
    requirements: ['REQ-TEST-001'],
    numberOfTests: 3,
    testGroups: [
      {
        type: 'AdditionTest',
        tests: [
          { tcId: 1, comment: 'right', result: 'valid', flags: [], a: 1, b: 2, sum: 3 },
          {
            tcId: 2,
            comment: 'wrong',
            result: 'invalid',
            flags: ['Wrong'],
            a: 1,
            b: 2,
            sum: 4,
            requirements: ['REQ-TEST-002'],
          },
          { tcId: 3, comment: 'either', result: 'acceptable', flags: [], a: 0, b: 0, sum: 1 },
        ],
      },
    ],
  };
  writeFileSync(join(dir, 'toy.json'), JSON.stringify(file));
}

t.test('vectors mode: one case per file, failing with the differing tcIds', async (t) => {
  const newDir = scratch(t);
  const vdir = join(newDir(), 'vectors');
  writeToyVectors(vdir);
  const cases = vectorCases([toyArea()], vdir);
  t.same(
    cases.map((c) => [c.id, c.requirements, c.capability]),
    [['vectors/toy', ['REQ-TEST-001', 'REQ-TEST-002'], 'vectors.toy']],
  );
  const ok = await runConformance({
    mode: 'vectors',
    cases,
    target: { kind: 'reference', implementation: 'toy', capabilities: ['vectors.toy'] },
    reportDir: newDir(),
    requirements: TEST_REQUIREMENTS,
    progress: collector(),
  });
  t.equal(ok.report.cases[0]!.outcome, 'PASS');
  t.match(ok.report.cases[0]!.evidence, ['3 tests checked, 0 differ']);

  const dir = newDir();
  const bad = await runConformance({
    mode: 'vectors',
    cases: vectorCases([toyArea(true)], vdir),
    target: { kind: 'reference', implementation: 'toy', capabilities: ['vectors.toy'] },
    reportDir: dir,
    requirements: TEST_REQUIREMENTS,
    progress: collector(),
  });
  const c = bad.report.cases[0]!;
  t.equal(c.outcome, 'FAIL');
  t.equal(c.error!.message, '1 of 3 tests differ: tcId 2');
  t.match(c.evidence, ['3 tests checked, 1 differ', 'tcId 2: expected invalid, reached valid']);
  t.equal(bad.exitStatus, 1);
  checkReportFiles(t, dir);

  t.throws(() => vectorCases([], vdir), SuiteDefect, 'a file without a checker is a suite defect');
  t.throws(
    () => vectorCases([toyArea()], newDir()),
    SuiteDefect,
    'a checker without a file is a suite defect',
  );
  const broken = newDir({
    'toy.json': JSON.stringify({
      area: 'toy',
      requirements: ['REQ-TEST-001'],
      numberOfTests: 1,
      testGroups: [],
    }),
  });
  t.throws(() => vectorCases([toyArea()], broken), /numberOfTests is 1 but the file holds 0 tests/);
});

t.test('vectors mode with zero files writes four reports with a zero summary and exits 0', async (t) => {
  const newDir = scratch(t);
  const dir = newDir();
  const progress = collector();
  const { exitStatus, report } = await runConformance({
    mode: 'vectors',
    cases: vectorCases([], newDir()),
    target: { kind: 'reference', implementation: 'none', capabilities: [] },
    reportDir: dir,
    progress,
  });
  t.equal(exitStatus, 0);
  t.same(report.summary, { total: 0, passed: 0, failed: 0, nonStrict: 0, unsupported: 0 });
  checkReportFiles(t, dir);
  t.match(progress.text(), /conformance: 0 passed, 0 failed, 0 non-strict, 0 unsupported\n$/);
});

t.test(
  'vectors mode through a driver asks vectors.<area> without revealing the expected verdict',
  async (t) => {
    const newDir = scratch(t);
    const vdir = join(newDir(), 'vectors');
    writeToyVectors(vdir);
    const dir = newDir();
    const { report } = await runConformance({
      mode: 'vectors',
      cases: vectorCases([toyArea()], vdir),
      target: { kind: 'driver', command: fakeDriverCommand(newDir()) },
      reportDir: dir,
      requirements: TEST_REQUIREMENTS,
      progress: collector(),
    });
    const c = report.cases[0]!;
    t.equal(c.outcome, 'PASS', c.error?.message ?? 'passes');
    t.equal(report.implementation.name, 'fake-driver/1 (none)');
    const sent = c.evidence.filter((l) => l.includes('"op":"vectors.toy"'));
    t.equal(sent.length, 3, 'one driver call per test');
    t.notMatch(sent.join('\n'), /"result"/, 'the expected verdict is not sent');
    t.notMatch(sent.join('\n'), /"tests"/, 'the group is sent without its tests');
    checkReportFiles(t, dir);
  },
);
