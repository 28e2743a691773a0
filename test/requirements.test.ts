/**
 * @module
 * The requirement index generator (spec/conventions.md §Requirement
 * statements, §Requirement IDs): what it extracts and what it refuses.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import t from 'tap';
import { assertNoIdDropped, extract, parseChapter, type Requirement } from '../scripts/gen-requirements.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

function specDir(t: { teardown(fn: () => void): void }, files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'deftalk-req-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

t.test('a statement runs from its ID to the next blank line and records its section', async (t) => {
  const md = [
    '# Chapter',
    '',
    '## Limits',
    '',
    '**REQ-TRANSPORT-001** (MUST): The relay MUST answer',
    'within the limit.',
    '',
    'Informative text that MUST not be picked up.',
    '',
    '**REQ-TRANSPORT-002** (SHOULD NOT): not a level, so not a statement.',
    '',
    '```text',
    '**REQ-TRANSPORT-003** (MUST): An example inside a fence MUST be ignored.',
    '```',
    '',
    '**REQ-TRANSPORT-004** (MAY): The relay MAY compress.',
  ].join('\n');
  t.same(parseChapter('transport', md), [
    {
      id: 'REQ-TRANSPORT-001',
      level: 'MUST',
      chapter: 'transport',
      section: 'Limits',
      text: 'The relay MUST answer within the limit.',
    },
    {
      id: 'REQ-TRANSPORT-004',
      level: 'MAY',
      chapter: 'transport',
      section: 'Limits',
      text: 'The relay MAY compress.',
    },
  ]);
});

t.test('refuses a MUST statement whose text lacks the keyword MUST', async (t) => {
  t.throws(
    () => parseChapter('x', '**REQ-X-001** (MUST): The relay shall answer.\n'),
    /REQ-X-001: level MUST but its text does not use the keyword MUST/,
  );
  t.throws(
    () => parseChapter('x', '**REQ-X-002** (SHOULD): The relay MUST answer.\n'),
    /REQ-X-002: level SHOULD/,
    'a SHOULD statement written with MUST is refused too',
  );
  t.throws(
    () => parseChapter('x', '**REQ-X-003** (MAY): The relay may answer.\n'),
    /REQ-X-003: MAY without keyword/,
  );
  t.doesNotThrow(() => parseChapter('x', '**REQ-X-004** (RETIRED): Replaced by REQ-X-005.\n'));
});

t.test('refuses an ID defined twice, within a chapter or across chapters', async (t) => {
  const twiceAcross = specDir(t, {
    'a.md': '**REQ-X-001** (MUST): A MUST hold.\n',
    'b.md': '**REQ-X-001** (MUST): B MUST hold.\n',
  });
  t.throws(() => extract(twiceAcross), /requirement id REQ-X-001 is defined twice/);
  const twiceWithin = specDir(t, {
    'a.md': '**REQ-X-002** (MUST): A MUST hold.\n\n**REQ-X-002** (SHOULD): A SHOULD hold.\n',
  });
  t.throws(() => extract(twiceWithin), /REQ-X-002 is defined twice/);
});

t.test('refuses an index that drops a published ID; retiring it keeps it', async (t) => {
  const before: Requirement[] = parseChapter(
    'a',
    '**REQ-X-001** (MUST): A MUST hold.\n\n**REQ-X-002** (MUST): B MUST hold.\n',
  );
  const dropped = parseChapter('a', '**REQ-X-001** (MUST): A MUST hold.\n');
  t.throws(
    () => assertNoIdDropped(before, dropped),
    /requirement ids removed from the spec: REQ-X-002; mark them \(RETIRED\)/,
  );
  const retired = parseChapter(
    'a',
    '**REQ-X-001** (MUST): A MUST hold.\n\n**REQ-X-002** (RETIRED): Withdrawn.\n',
  );
  t.doesNotThrow(() => assertNoIdDropped(before, retired));
});

t.test("the real chapters parse, with well-formed IDs and the overview's privacy invariants", async (t) => {
  // Freshness of spec/requirements.json is `npm run check:generated`'s job; this checks the extraction itself.
  const reqs = extract(join(ROOT, 'spec'));
  for (const r of reqs) t.match(r.id, /^REQ-[A-Z]+-\d{3}$/);
  const priv = reqs.filter((r) => r.chapter === 'overview').map((r) => `${r.id} ${r.level}`);
  t.same(priv.slice(0, 2), ['REQ-PRIV-001 MUST', 'REQ-PRIV-002 MUST']);
});
