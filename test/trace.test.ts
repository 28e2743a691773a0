/**
 * @module
 * `npm run check:trace` (spec/conventions.md §Traceability): the parsers,
 * the checks over fixture repositories run through the real CLI, and the
 * real repository.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import t, { type Test } from 'tap';
import {
  excerptMatches,
  parseAreas,
  parsePolicy,
  parsePolicyMap,
  parseProtoExcerpts,
  parseRowMapping,
  vectorCitations,
} from '../scripts/lib/trace.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Run the real CLI; resolves with its exit code and output. */
function checkTrace(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/check-trace.ts', ...args], {
      cwd: ROOT,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

t.test('parsePolicy finds every numbered clause of the real policy, in order', async (t) => {
  const clauses = parsePolicy(readFileSync(join(ROOT, 'spec/privacy-policy.txt'), 'utf8'));
  const expected = [
    ['1', '1.1', '1.2'],
    ['2', ...[1, 2, 3, 4, 5, 6, 7, 8].map((n) => `2.${n}`)],
    ['3', '3.1'],
    ['4', '4.1', '4.2', '4.3'],
    ['5', '5.1', '5.2', '5.3', '5.4', '5.5'],
    ['6', '6.1', '6.2', '6.3'],
    ['7'],
    ['8', '8.1', '8.2'],
    ['9', '9.1', '9.2', '9.3'],
    ['10', '10.1'],
    ['11', '11.1'],
    ['12', '12.1', '12.2', '12.3'],
    ['13', '13.1'],
  ].flat();
  t.same(
    clauses.map((c) => c.id),
    expected,
  );
  // Continuation paragraphs belong to the clause before them.
  t.match(clauses.find((c) => c.id === '3.1')?.text, /Data about your IP address/);
  t.match(clauses.find((c) => c.id === '4.3')?.text, /permanently deleted/);
  // "6.1 Photo" has no dot after its number and is still a clause.
  t.match(clauses.find((c) => c.id === '6.1')?.text, /^6\.1 Photo/);
});

t.test('parsePolicy refuses a numbering with a gap, so no clause can vanish unnoticed', async (t) => {
  t.throws(() => parsePolicy('1. a\n\n1.1. b\n\n1.3. c\n'), /clause 1\.3 out of sequence/);
  t.throws(() => parsePolicy('1. a\n\n3. c\n'), /clause 3 out of sequence/);
  t.throws(() => parsePolicy('no clauses here\n'), /no numbered clause/);
});

t.test('parsePolicyMap reads only the clause table and keeps the clause number', async (t) => {
  const md = [
    '| Other | Table |',
    '|---|---|',
    '| 9 | ignored |',
    '',
    '| Clause | Summary | Requirements | Notes |',
    '|---|---|---|---|',
    '| **1.1** | s | REQ-PRIV-001 | n |',
    '| 2 | s | out of protocol: legal | |',
  ].join('\n');
  const rows = parsePolicyMap(md);
  t.same(
    rows.map((r) => [r.clause, r.cell, r.line]),
    [
      ['1.1', 'REQ-PRIV-001', 7],
      ['2', 'out of protocol: legal', 8],
    ],
  );
});

t.test(
  'parseRowMapping tells IDs, out-of-protocol reasons, pending markers and malformed IDs apart',
  async (t) => {
    t.same(parseRowMapping('REQ-PRIV-001, REQ-PRIV-002; pending #6: website.md'), {
      ids: ['REQ-PRIV-001', 'REQ-PRIV-002'],
      outOfProtocol: undefined,
      pending: { issue: 6, chapter: 'website.md' },
      malformed: [],
    });
    t.equal(parseRowMapping('out of protocol: a legal act').outOfProtocol, 'a legal act');
    t.equal(parseRowMapping('out of protocol:').outOfProtocol, undefined, 'a reason is required');
    t.same(parseRowMapping('REQ-PRIV-1').malformed, ['REQ-PRIV-1']);
  },
);

t.test('excerptMatches compares without comments and white space, in order, with ... elisions', async (t) => {
  const src =
    'syntax = "proto3";\n// c\nmessage A {\n  uint32 code = 1; // why\n  string name = 2;\n  bool x = 3;\n}\n';
  t.ok(excerptMatches('message A {\n uint32   code = 1;\n  string name = 2;', src));
  t.ok(excerptMatches('message A {\n  ...\n  bool x = 3;\n}', src));
  t.notOk(excerptMatches('message A {\n  string name = 2;\n}', src), 'a gap needs an explicit ...');
  t.notOk(excerptMatches('message A {\n  uint32 code = 7;', src), 'a changed field number is caught');
  t.notOk(excerptMatches('bool x = 3;\n...\nmessage A {', src), 'order matters');
  t.notOk(excerptMatches('// only a comment', src), 'an empty excerpt matches nothing');
});

t.test('parseProtoExcerpts reads proto fences and their file=, and skips other fences', async (t) => {
  const md = [
    '```proto file=deftalk/v1/x.proto',
    'message A {}',
    '```',
    '````text',
    '```proto',
    'message Quoted {}',
    '```',
    '````',
    '```proto',
    'message B {}',
    '```',
  ].join('\n');
  const xs = parseProtoExcerpts('ch', md);
  t.same(
    xs.map((x) => [x.line, x.file, x.body]),
    [
      [1, 'deftalk/v1/x.proto', 'message A {}'],
      [9, undefined, 'message B {}'],
    ],
  );
});

t.test('vectorCitations reads file-level and per-test requirement IDs', async (t) => {
  const cites = vectorCitations('kdf.json', {
    requirements: ['REQ-A-001'],
    testGroups: [{ tests: [{ tcId: 1 }, { tcId: 2, requirements: ['REQ-A-002'] }] }],
  });
  t.same(cites, [
    { source: 'vectors/kdf.json', requirements: ['REQ-A-001'] },
    { source: 'vectors/kdf.json tcId 2', requirements: ['REQ-A-002'] },
  ]);
});

t.test('the area registry of spec/conventions.md lists the areas in use', async (t) => {
  const areas = parseAreas(readFileSync(join(ROOT, 'spec/conventions.md'), 'utf8'));
  for (const a of [
    'CONV',
    'PRIV',
    'TRANSPORT',
    'ERR',
    'HOOKS',
    'CONF',
    'DRIVER',
    'VEC',
    'REG',
    'ACCT',
    'AUTH',
  ]) {
    t.ok(areas.has(a), a);
  }
  for (const a of ['KEYS', 'SESSION', 'FPR', 'BENCH']) t.ok(areas.has(a), a);
});

/** A small repository whose every check passes; each test breaks one thing. */
interface Fixture {
  dir: string;
  args: string[];
  requirements: { id: string; level: string; chapter: string; section: string; text: string }[];
  cases: { id: string; requirements: string[] }[];
  vectors: unknown;
  policy: string;
  map: string[];
  chapter: string;
  proto: string;
}

function fixture(t: Test): Fixture {
  const dir = mkdtempSync(join(tmpdir(), 'deftalk-trace-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  return {
    dir,
    args: [
      '--spec',
      join(dir, 'spec'),
      '--cases',
      join(dir, 'cases.mjs'),
      '--vectors',
      join(dir, 'vectors'),
      '--proto',
      join(dir, 'proto'),
    ],
    requirements: [
      { id: 'REQ-PRIV-001', level: 'MUST', chapter: 'overview', section: 's', text: 'The relay MUST x.' },
      { id: 'REQ-PRIV-002', level: 'MUST', chapter: 'overview', section: 's', text: 'The relay MUST y.' },
      { id: 'REQ-PRIV-003', level: 'SHOULD', chapter: 'overview', section: 's', text: 'The relay SHOULD z.' },
      { id: 'REQ-PRIV-004', level: 'RETIRED', chapter: 'overview', section: 's', text: 'Withdrawn.' },
    ],
    cases: [{ id: 'privacy/x', requirements: ['REQ-PRIV-001', 'REQ-PRIV-003'] }],
    vectors: {
      area: 'demo',
      requirements: [],
      testGroups: [
        {
          type: 'g',
          tests: [{ tcId: 1, comment: '', result: 'valid', flags: [], requirements: ['REQ-PRIV-002'] }],
        },
      ],
    },
    policy: 'Preamble.\n\n1. First clause.\n\n1.1. Sub clause.\n\n2. Second clause.\n',
    map: [
      '| Clause | Summary | Requirements | Notes |',
      '|---|---|---|---|',
      '| 1 | first | REQ-PRIV-001 | |',
      '| 1.1 | sub | out of protocol: a legal act | |',
      '| 2 | second | pending #4: delivery.md | |',
    ],
    chapter: '# Overview\n\n```proto file=deftalk/v1/x.proto\nmessage A {\n  ...\n}\n```\n',
    proto: 'syntax = "proto3";\npackage deftalk.v1;\nmessage A {\n  uint32 code = 1;\n}\n',
  };
}

function write(f: Fixture): void {
  mkdirSync(join(f.dir, 'spec'), { recursive: true });
  mkdirSync(join(f.dir, 'vectors'), { recursive: true });
  mkdirSync(join(f.dir, 'proto/deftalk/v1'), { recursive: true });
  writeFileSync(join(f.dir, 'spec/requirements.json'), JSON.stringify({ requirements: f.requirements }));
  writeFileSync(join(f.dir, 'spec/privacy-policy.txt'), f.policy);
  writeFileSync(join(f.dir, 'spec/policy-map.md'), `# Map\n\n${f.map.join('\n')}\n`);
  writeFileSync(join(f.dir, 'spec/overview.md'), f.chapter);
  writeFileSync(join(f.dir, 'cases.mjs'), `export const ALL_CASES = ${JSON.stringify(f.cases)};\n`);
  writeFileSync(join(f.dir, 'vectors/demo.json'), JSON.stringify(f.vectors));
  writeFileSync(join(f.dir, 'proto/deftalk/v1/x.proto'), f.proto);
}

t.test('check:trace on fixtures', async (t) => {
  t.test('passes on a consistent fixture, warning about the uncited SHOULD only when uncited', async (t) => {
    const f = fixture(t);
    write(f);
    const r = await checkTrace(f.args);
    t.equal(r.code, 0, r.stderr);
    t.match(r.stdout, /3 requirements \(2 MUST, 1 SHOULD, 0 MAY; 1 retired\)/);
    t.match(r.stdout, /3 policy clauses: 1 kept by requirements, 1 out of protocol, 1 pending/);
    t.match(r.stdout, /pending clauses: 2 \(#4: delivery\.md\)/);
    t.notMatch(r.stdout, /warning: SHOULD REQ-PRIV-003/);
  });

  t.test('warns, without failing, about an uncited SHOULD', async (t) => {
    const f = fixture(t);
    f.cases = [{ id: 'privacy/x', requirements: ['REQ-PRIV-001'] }];
    write(f);
    const r = await checkTrace(f.args);
    t.equal(r.code, 0, r.stderr);
    t.match(
      r.stdout,
      /warning: SHOULD REQ-PRIV-003 \(overview\.md\) is cited by no conformance case or vector/,
    );
  });

  t.test('fails on a MUST that no case or vector cites, and names it', async (t) => {
    const f = fixture(t);
    f.requirements.push({
      id: 'REQ-PRIV-005',
      level: 'MUST',
      chapter: 'overview',
      section: 's',
      text: 'MUST w.',
    });
    write(f);
    const r = await checkTrace(f.args);
    t.equal(r.code, 1);
    t.match(r.stderr, /error: MUST REQ-PRIV-005 \(overview\.md\) is cited by no conformance case or vector/);
    t.notMatch(r.stderr, /REQ-PRIV-00[12] /, 'the cited MUSTs are not reported');
  });

  t.test('a MUST cited only by a per-test vector requirement counts as cited', async (t) => {
    const f = fixture(t);
    f.vectors = { area: 'demo', requirements: [], testGroups: [{ type: 'g', tests: [{ tcId: 1 }] }] };
    write(f);
    const r = await checkTrace(f.args);
    t.equal(r.code, 1, 'without the vector test citing it, REQ-PRIV-002 is uncited');
    t.match(r.stderr, /MUST REQ-PRIV-002/);
  });

  t.test('fails on a case that cites an unknown ID', async (t) => {
    const f = fixture(t);
    f.cases.push({ id: 'privacy/y', requirements: ['REQ-PRIV-099'] });
    write(f);
    const r = await checkTrace(f.args);
    t.equal(r.code, 1);
    t.match(r.stderr, /error: case privacy\/y cites unknown requirement REQ-PRIV-099/);
  });

  t.test('fails on a case that cites no requirement, or is registered twice', async (t) => {
    const f = fixture(t);
    f.cases.push(
      { id: 'privacy/empty', requirements: [] },
      { id: 'privacy/x', requirements: ['REQ-PRIV-001'] },
    );
    write(f);
    const r = await checkTrace(f.args);
    t.equal(r.code, 1);
    t.match(r.stderr, /case privacy\/empty cites no requirement/);
    t.match(r.stderr, /case privacy\/x is registered more than once/);
  });

  t.test('fails on a vector that cites a retired ID', async (t) => {
    const f = fixture(t);
    (f.vectors as { requirements: string[] }).requirements = ['REQ-PRIV-004'];
    write(f);
    const r = await checkTrace(f.args);
    t.equal(r.code, 1);
    t.match(r.stderr, /error: vectors\/demo\.json cites retired requirement REQ-PRIV-004/);
  });

  t.test('fails on a policy clause without a row, and names the clause', async (t) => {
    const f = fixture(t);
    f.policy += '\n2.1. A new sub-clause.\n';
    write(f);
    const r = await checkTrace(f.args);
    t.equal(r.code, 1);
    t.match(
      r.stderr,
      /error: policy clause 2\.1 \(privacy-policy\.txt line 9\) has no row in policy-map\.md/,
    );
  });

  t.test('fails on a row with neither IDs nor a reason nor a pending marker', async (t) => {
    const f = fixture(t);
    f.map[4] = '| 2 | second | to be decided | |';
    write(f);
    const r = await checkTrace(f.args);
    t.equal(r.code, 1);
    t.match(
      r.stderr,
      /clause 2 has neither requirement IDs, nor 'out of protocol: <reason>', nor 'pending #N: <chapter>'/,
    );
  });

  t.test(
    'fails on a row naming an unknown or retired ID, a second row, or a clause not in the policy',
    async (t) => {
      const f = fixture(t);
      f.map[2] = '| 1 | first | REQ-PRIV-077, REQ-PRIV-004 | |';
      f.map.push('| 2 | again | out of protocol: twice | |', '| 7.7 | none | out of protocol: x | |');
      write(f);
      const r = await checkTrace(f.args);
      t.equal(r.code, 1);
      t.match(r.stderr, /clause 1 names unknown requirement REQ-PRIV-077/);
      t.match(r.stderr, /clause 1 names retired requirement REQ-PRIV-004/);
      t.match(r.stderr, /clause 2 has a second row/);
      t.match(r.stderr, /clause '7\.7' is not a clause of the privacy policy/);
    },
  );

  t.test('fails on a proto excerpt that differs from proto/', async (t) => {
    const f = fixture(t);
    f.chapter = '# Overview\n\n```proto file=deftalk/v1/x.proto\nmessage A {\n  uint32 code = 2;\n}\n```\n';
    write(f);
    const r = await checkTrace(f.args);
    t.equal(r.code, 1);
    t.match(r.stderr, /overview\.md line 3: proto excerpt does not match deftalk\/v1\/x\.proto/);
  });

  t.test('exits 2 on unreadable input', async (t) => {
    const f = fixture(t);
    write(f);
    rmSync(join(f.dir, 'spec/policy-map.md'));
    const r = await checkTrace(f.args);
    t.equal(r.code, 2);
    t.match(r.stderr, /cannot read inputs/);
  });

  t.test('--matrix writes the requirement-to-citation table', async (t) => {
    const f = fixture(t);
    write(f);
    const out = join(f.dir, 'matrix.md');
    const r = await checkTrace([...f.args, '--matrix', out]);
    t.equal(r.code, 0, r.stderr);
    const md = readFileSync(out, 'utf8');
    t.match(md, /\| REQ-PRIV-001 \| MUST \| overview\.md \| case privacy\/x \|/);
    t.match(md, /\| REQ-PRIV-002 \| MUST \| overview\.md \| vectors\/demo\.json tcId 1 \|/);
  });
});

t.test('check:trace passes on the real repository', async (t) => {
  const r = await checkTrace([]);
  t.equal(r.code, 0, r.stderr);
  t.match(r.stdout, /check-trace: ok/);
});

const ORIGINAL_POLICY = join(ROOT, '../shared/seed/privacy-policy.txt');

t.test(
  'spec/privacy-policy.txt is a byte-identical copy of the policy the project was given',
  {
    skip: existsSync(ORIGINAL_POLICY)
      ? false
      : '../shared/seed/privacy-policy.txt is not beside this checkout',
  },
  async (t) => {
    t.ok(readFileSync(join(ROOT, 'spec/privacy-policy.txt')).equals(readFileSync(ORIGINAL_POLICY)));
  },
);
