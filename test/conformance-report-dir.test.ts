/**
 * A report directory used again (spec/conformance.md §Evidence): a new run
 * removes the evidence and reports of the earlier one before its first case,
 * so report.html links only evidence the same run wrote; a run against an
 * unreachable target writes nothing and leaves the earlier run untouched.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import type { ConformanceCase } from '../conformance/case.ts';
import { runConformance, TargetUnavailable } from '../conformance/runner/run.ts';
import { collector, readReport, scratch, TEST_REQUIREMENTS } from './conformance-helpers.ts';

const REFERENCE = { kind: 'reference' as const, implementation: 'test-reference', capabilities: [] };

function synthetic(id: string, fail = false): ConformanceCase {
  return {
    id,
    title: `synthetic ${id}`,
    mode: 'vectors',
    requirements: ['REQ-TEST-001'],
    async run(ctx) {
      ctx.log(`ran ${id}`);
      if (fail) throw new Error(`${id} failed`);
    },
  };
}

/** Every file under `dir`, relative to it. */
function filesUnder(dir: string, prefix = ''): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`],
  );
}

t.test('a second run in the same directory leaves no evidence of the first', async (t) => {
  const dir = scratch(t)();
  const cases = [synthetic('area/kept'), synthetic('area/gone', true), synthetic('other/gone')];
  await runConformance({
    mode: 'vectors',
    cases,
    target: REFERENCE,
    reportDir: dir,
    seed: 1,
    requirements: TEST_REQUIREMENTS,
    progress: collector(),
  });
  t.ok(existsSync(join(dir, 'evidence/area/gone/transcript.jsonl')), 'the first run wrote its evidence');
  t.ok(existsSync(join(dir, 'evidence/other/gone/seed.txt')));

  const second = await runConformance({
    mode: 'vectors',
    cases,
    target: REFERENCE,
    reportDir: dir,
    filter: 'area/kept',
    seed: 2,
    requirements: TEST_REQUIREMENTS,
    progress: collector(),
  });
  t.same(
    filesUnder(join(dir, 'evidence')).sort(),
    ['area/kept/frames.jsonl', 'area/kept/seed.txt', 'area/kept/transcript.jsonl'],
    'only the evidence of the case the second run ran',
  );
  t.match(
    readFileSync(join(dir, 'evidence/area/kept/seed.txt'), 'utf8'),
    /^2\n/,
    'written by the second run',
  );
  t.same(
    readReport(dir).cases.map((c) => c.id),
    ['area/kept'],
  );
  const html = readFileSync(join(dir, 'report.html'), 'utf8');
  const links = [...html.matchAll(/href="(evidence\/[^"]+)"/g)].map((m) => m[1]!);
  t.ok(links.length >= 3, 'the page links the evidence of its case');
  for (const link of links) t.ok(existsSync(join(dir, link)), `${link} exists`);
  t.notMatch(html, /gone/, 'nothing of the first run is linked');
  t.equal(second.exitStatus, 0);
});

t.test('an unreachable target leaves the earlier run as it was', async (t) => {
  const dir = scratch(t)();
  await runConformance({
    mode: 'vectors',
    cases: [synthetic('area/first')],
    target: REFERENCE,
    reportDir: dir,
    seed: 3,
    requirements: TEST_REQUIREMENTS,
    progress: collector(),
  });
  const before = filesUnder(dir).sort();
  await t.rejects(
    runConformance({
      mode: 'client',
      cases: [],
      target: { kind: 'driver', command: 'exit 7' },
      reportDir: dir,
      requirements: TEST_REQUIREMENTS,
      progress: collector(),
    }),
    TargetUnavailable,
  );
  t.same(filesUnder(dir).sort(), before, 'reports and evidence of the earlier run are still there');
  t.equal(readReport(dir).seed, 3);
});
