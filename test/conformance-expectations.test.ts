/**
 * @module
 * Expectation files, evidence files and the matrix page of the conformance
 * harness (spec/conformance.md §Expectations, §Evidence, §Matrix), with
 * synthetic cases; and `--version`, `--expectations` and `matrix` through
 * the command line.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import t from 'tap';
import { CheckFailed, type ConformanceCase } from '../conformance/case.ts';
import { recordFrame, recordSecret } from '../conformance/lib/evidence.ts';
import {
  applyExpectations,
  ExpectationsInvalid,
  loadExpectations,
  parseExpectations,
} from '../conformance/runner/expectations.ts';
import { loadReports, renderMatrix } from '../conformance/runner/matrix.ts';
import { SUITE_VERSION } from '../conformance/runner/report.ts';
import { runConformance } from '../conformance/runner/run.ts';
import { collector, readReport, schemaErrors, scratch, TEST_REQUIREMENTS } from './conformance-helpers.ts';

const run = promisify(execFile);
const REFERENCE = { kind: 'reference' as const, implementation: 'test-reference', capabilities: ['cap-a'] };
const NOW = new Date('2026-06-15T12:00:00Z');

function synthetic(
  id: string,
  requirements: string[],
  body: ConformanceCase['run'],
  extra = {},
): ConformanceCase {
  return { id, title: `synthetic ${id}`, mode: 'vectors', requirements, run: body, ...extra };
}

const fails = async () => {
  throw new CheckFailed('wrong', 1, 2);
};
const passes = async () => {};

function expectations(entries: { case: string; reason?: string; expires?: string }[]) {
  return parseExpectations(
    {
      format: 1,
      expectations: entries.map((e) => ({ reason: 'tracked in #1', expires: '2026-12-31', ...e })),
    },
    'expect.json',
  );
}

t.test('an expected failure that fails is EXPECTED_FAILURE and the run passes', async (t) => {
  const newDir = scratch(t);
  const dir = newDir();
  const progress = collector();
  const { report, exitStatus } = await runConformance({
    mode: 'vectors',
    cases: [
      synthetic('syn/must', ['REQ-TEST-001'], fails),
      synthetic('syn/should', ['REQ-TEST-002'], fails),
      synthetic('syn/ok', ['REQ-TEST-001'], passes),
    ],
    target: REFERENCE,
    reportDir: dir,
    requirements: TEST_REQUIREMENTS,
    progress,
    expectations: expectations([{ case: 'syn/must' }, { case: 'syn/should' }]),
    now: NOW,
  });
  t.equal(exitStatus, 0, 'listed failures do not fail the run');
  t.same(
    report.cases.map((c) => [c.id, c.outcome, c.failedAs]),
    [
      ['syn/must', 'EXPECTED_FAILURE', 'FAIL'],
      ['syn/should', 'EXPECTED_FAILURE', 'NON_STRICT'],
      ['syn/ok', 'PASS', undefined],
    ],
  );
  t.same(report.cases[0]!.expectation, { reason: 'tracked in #1', expires: '2026-12-31' });
  t.equal(report.cases[0]!.error?.message, 'wrong', 'the failure is still reported');
  t.same(report.expectations, {
    file: 'expect.json',
    entries: 2,
    expectedFailures: 2,
    unexpectedPasses: 0,
    problems: [],
  });
  t.equal(schemaErrors(readReport(dir)), '', 'report.json validates');
  const tap = readFileSync(join(dir, 'report.tap'), 'utf8');
  t.match(tap, /\nnot ok 1 - syn\/must: [^\n]* # TODO expected failure: tracked in \\#1\n/);
  const junit = readFileSync(join(dir, 'report.junit.xml'), 'utf8');
  t.match(junit, /<testsuites [^>]*tests="3" failures="0" errors="0" skipped="2"/);
  t.match(junit, /<skipped message="EXPECTED_FAILURE \(tracked in #1, until 2026-12-31\)/);
  const html = readFileSync(join(dir, 'report.html'), 'utf8');
  t.match(html, /EXPECTED FAILURE/);
  t.match(html, /Expected to fail, until 2026-12-31: tracked in #1\. It failed as FAIL\./);
  t.match(progress.text(), /XFAIL {7}syn\/must/);
  t.match(
    progress.text(),
    /\nexpectations: 2 expected failures, 0 unexpected passes, 0 expired, 0 unknown cases, 0 unsupported\nconformance: 1 passed, 0 failed/,
  );
});

t.test(
  'an expected failure that passes, an expired entry and an unknown case each fail the run',
  async (t) => {
    const newDir = scratch(t);
    const dir = newDir();
    const progress = collector();
    const { report, exitStatus } = await runConformance({
      mode: 'vectors',
      cases: [
        synthetic('syn/now-passes', ['REQ-TEST-001'], passes),
        synthetic('syn/expired', ['REQ-TEST-001'], fails),
        synthetic('syn/gated', ['REQ-TEST-001'], passes, { capability: 'cap-missing' }),
        synthetic('other/filtered-out', ['REQ-TEST-001'], fails),
      ],
      target: REFERENCE,
      reportDir: dir,
      filter: 'syn/',
      requirements: TEST_REQUIREMENTS,
      progress,
      expectations: expectations([
        { case: 'syn/now-passes' },
        { case: 'syn/expired', expires: '2026-06-14' },
        { case: 'syn/gated' },
        { case: 'syn/no-such-case' },
        { case: 'other/filtered-out' },
      ]),
      now: NOW,
    });
    t.equal(exitStatus, 1);
    t.same(
      report.cases.map((c) => [c.id, c.outcome]),
      [
        ['syn/now-passes', 'UNEXPECTED_PASS'],
        ['syn/expired', 'FAIL'],
        ['syn/gated', 'UNSUPPORTED'],
      ],
      'an expired entry no longer excuses its failure; a capability declared absent stays UNSUPPORTED',
    );
    t.same(
      report.expectations!.problems.map((p) => [p.case, p.kind]).sort(),
      [
        ['syn/expired', 'expired'],
        ['syn/gated', 'unsupported'],
        ['syn/no-such-case', 'unknown-case'],
        ['syn/now-passes', 'unexpected-pass'],
      ],
      'a filtered-out case is neither unknown nor a problem while its entry holds',
    );
    t.equal(schemaErrors(readReport(dir)), '', 'report.json validates');
    const tap = readFileSync(join(dir, 'report.tap'), 'utf8');
    t.match(tap, /\n1\.\.6\n/, 'three cases and three problems without a case result of their own');
    t.match(tap, /\nnot ok 1 - syn\/now-passes/);
    t.match(tap, /\nnot ok \d - expectations\/unknown-case: syn\/no-such-case\n/);
    const junit = readFileSync(join(dir, 'report.junit.xml'), 'utf8');
    t.match(junit, /type="UNEXPECTED_PASS"/);
    t.match(junit, /type="EXPECTATION_EXPIRED"/);
    t.match(junit, /<testsuites [^>]*tests="6" failures="5"/);
    const html = readFileSync(join(dir, 'report.html'), 'utf8');
    t.match(html, /<h2>Expectation problems<\/h2>/);
    t.match(html, /syn\/no-such-case<\/code><\/td><td>unknown-case/);
    t.match(progress.text(), /expectation unknown-case: syn\/no-such-case/);
  },
);

t.test(
  'a capability the implementation declares absent is UNSUPPORTED and the case never runs',
  async (t) => {
    const newDir = scratch(t);
    let ran = false;
    const { report } = await runConformance({
      mode: 'vectors',
      cases: [
        synthetic(
          'syn/gated',
          ['REQ-TEST-001'],
          async () => {
            ran = true;
          },
          { capability: 'cap-b' },
        ),
      ],
      target: REFERENCE,
      reportDir: newDir(),
      requirements: TEST_REQUIREMENTS,
      progress: collector(),
    });
    t.notOk(ran);
    t.equal(report.cases[0]!.outcome, 'UNSUPPORTED', 'never PASS');
    t.equal(report.summary.passed, 0);
  },
);

t.test('expectation files are checked against the schema', async (t) => {
  const newDir = scratch(t);
  const dir = newDir({
    'ok.json': JSON.stringify({
      format: 1,
      implementation: 'x 1.0',
      expectations: [{ case: 'a/b', reason: 'r', expires: '2027-01-01' }],
    }),
    'extra.json': JSON.stringify({
      format: 1,
      expectations: [{ case: 'a/b', reason: 'r', expires: '2027-01-01', x: 1 }],
    }),
    'nodate.json': JSON.stringify({ format: 1, expectations: [{ case: 'a/b', reason: 'r' }] }),
    'baddate.json': JSON.stringify({
      format: 1,
      expectations: [{ case: 'a/b', reason: 'r', expires: '2027-02-30' }],
    }),
    'dup.json': JSON.stringify({
      format: 1,
      expectations: [
        { case: 'a/b', reason: 'r', expires: '2027-01-01' },
        { case: 'a/b', reason: 's', expires: '2027-01-01' },
      ],
    }),
    'notjson.json': '{',
  });
  t.same(loadExpectations(join(dir, 'ok.json')).entries, [
    { case: 'a/b', reason: 'r', expires: '2027-01-01' },
  ]);
  for (const f of ['extra.json', 'nodate.json', 'baddate.json', 'dup.json', 'notjson.json', 'missing.json'])
    t.throws(() => loadExpectations(join(dir, f)), ExpectationsInvalid, f);
  // The entry holds through its last day, UTC.
  const file = expectations([{ case: 'a/b', expires: '2026-06-15' }]);
  const known = new Set(['a/b']);
  t.same(applyExpectations([], file, known, new Date('2026-06-15T23:59:59Z')).section.problems, []);
  t.equal(
    applyExpectations([], file, known, new Date('2026-06-16T00:00:00Z')).section.problems[0]?.kind,
    'expired',
  );
});

t.test('each case writes frames, transcript and seed under evidence/, with secrets masked', async (t) => {
  const newDir = scratch(t);
  const dir = newDir();
  const token = 'tok_Secret-Value_123456';
  const { report } = await runConformance({
    mode: 'vectors',
    cases: [
      synthetic('area/with-frames', ['REQ-TEST-001'], async (ctx) => {
        recordSecret(token);
        recordFrame(
          { channel: 'http', dir: 'out', what: 'POST /x', headers: { authorization: `Bearer ${token}` } },
          Buffer.from(`body with ${token} inside`),
        );
        await new Promise((r) => setTimeout(r, 1));
        recordFrame({ channel: 'http', dir: 'in', what: '200' }, Buffer.from('answer'));
        recordFrame({
          channel: 'driver',
          dir: 'out',
          json: {
            id: 1,
            op: 'messages.open',
            params: { passphrase: 'pw', store: '/s', identitySeed: 'c2VlZA==' },
          },
        });
        ctx.log(`got token ${token} and Bearer ${token}`);
      }),
    ],
    target: REFERENCE,
    reportDir: dir,
    seed: 77,
    requirements: TEST_REQUIREMENTS,
    progress: collector(),
  });
  const files = report.cases[0]!.evidenceFiles!;
  t.same(files, {
    dir: 'evidence/area/with-frames',
    frames: 'evidence/area/with-frames/frames.jsonl',
    transcript: 'evidence/area/with-frames/transcript.jsonl',
    seed: 'evidence/area/with-frames/seed.txt',
  });
  const frames = readFileSync(join(dir, files.frames), 'utf8')
    .trimEnd()
    .split('\n')
    .map((l) => JSON.parse(l));
  t.equal(frames.length, 3);
  t.same(
    frames[2].json.params,
    { passphrase: '***', store: '/s', identitySeed: '***' },
    'secret-named driver fields are masked',
  );
  t.equal(frames[0].headers.authorization, '***');
  t.equal(Buffer.from(frames[0].base64, 'base64').toString(), `body with ${'*'.repeat(token.length)} inside`);
  t.ok(frames[1].t >= frames[0].t, 'frames carry times from the start of the case');
  const transcript = readFileSync(join(dir, files.transcript), 'utf8');
  t.notMatch(transcript, token, 'the token never reaches the transcript');
  t.match(JSON.parse(transcript.split('\n')[0]!).line, /^got token \*{8} and Bearer /);
  t.match(readFileSync(join(dir, files.seed), 'utf8'), /^77\n[\s\S]*--seed 77 --filter 'area\/with-frames'/);
  const html = readFileSync(join(dir, 'report.html'), 'utf8');
  t.match(html, /<a href="evidence\/area\/with-frames\/frames\.jsonl">frames\.jsonl<\/a>/);
  t.match(html, /The thing MUST hold\./, 'the requirement text is beside the result');
  t.equal(schemaErrors(readReport(dir)), '');
});

t.test('matrix page and command line: --version, --expectations, matrix', async (t) => {
  const newDir = scratch(t);
  const a = newDir();
  const b = newDir();
  const cases = (failing: boolean) => [
    synthetic('syn/one', ['REQ-TEST-001'], failing ? fails : passes),
    synthetic('syn/two', ['REQ-TEST-002'], passes),
  ];
  for (const [dir, failing] of [
    [a, false],
    [b, true],
  ] as const) {
    await runConformance({
      mode: 'vectors',
      cases: cases(failing),
      target: { ...REFERENCE, implementation: failing ? 'impl-b' : 'impl-a' },
      reportDir: dir,
      requirements: TEST_REQUIREMENTS,
      progress: collector(),
    });
  }
  const out = join(newDir(), 'matrix.html');
  const html = renderMatrix(loadReports([join(a, 'report.json'), join(b, 'report.json')]), out);
  t.match(html, /impl-a[\s\S]*impl-b/);
  t.match(
    html,
    /<tr class="differs"><td><code>REQ-TEST-001<\/code><\/td><td class="level">MUST<\/td><td>The thing MUST hold\.<\/td>/,
  );
  t.match(html, /<tr><td><code>syn\/two<\/code>/, 'equal rows are not marked');
  t.match(html, /href="\.\.\/[^"]+\/report\.html#case-syn_one"/, 'cells link to the case in each report');
  t.notMatch(html, /<script|\ssrc=/i);

  const cli = ['bin/deftalk-conformance.js'];
  const version = await run(process.execPath, [...cli, '--version']);
  t.equal(version.stdout, `deftalk-conformance ${SUITE_VERSION}\n`);
  t.equal(
    (readReport(a).suite as { version: string }).version,
    SUITE_VERSION,
    'every report records the suite version',
  );
  const m = await run(process.execPath, [
    ...cli,
    'matrix',
    join(a, 'report.json'),
    join(b, 'report.json'),
    '--out',
    out,
  ]);
  t.match(m.stdout, /matrix of 2 reports written/);
  t.ok(existsSync(out));
  const bogus = join(newDir(), 'bogus.json');
  writeFileSync(bogus, '{"format":1}');
  await t.rejects(
    run(process.execPath, [...cli, 'matrix', bogus, '--out', out]),
    { code: 2 },
    'not a report',
  );
  await t.rejects(run(process.execPath, [...cli, 'matrix', '--out', out]), { code: 2 }, 'no reports');
  await t.rejects(
    run(process.execPath, [...cli, 'vectors', '--expectations', bogus, '--filter', 'none']),
    { code: 2 },
    'an invalid expectation file is bad usage',
  );
  // An unknown case in an otherwise valid file fails the run even when nothing else ran.
  const unknown = join(newDir(), 'expect.json');
  writeFileSync(
    unknown,
    JSON.stringify({
      format: 1,
      expectations: [{ case: 'no/such-case', reason: 'r', expires: '2999-01-01' }],
    }),
  );
  const dir = newDir();
  const r = await run(process.execPath, [
    ...cli,
    'vectors',
    '--expectations',
    unknown,
    '--filter',
    'nothing-matches-this',
    '--report-dir',
    dir,
  ]).catch((e: { code: number; stdout: string }) => e);
  t.equal((r as { code?: number }).code, 1);
  t.match((r as { stdout: string }).stdout, /expectation unknown-case: no\/such-case/);
  t.same(readReport(dir).expectations, {
    file: unknown,
    entries: 1,
    expectedFailures: 0,
    unexpectedPasses: 0,
    problems: [
      {
        case: 'no/such-case',
        kind: 'unknown-case',
        message: 'the expectation names a case the suite does not have',
      },
    ],
  });
});
