/**
 * @module
 * Traceability (spec/conventions.md §Traceability): the checks behind
 * `npm run check:trace`. Every MUST of the requirement index is cited by a
 * conformance case or a test vector; every citation names a live
 * requirement; every numbered clause of the privacy policy has a row in
 * spec/policy-map.md that names the requirements keeping it, says why it is
 * out of protocol, or names the issue whose chapter will keep it; every
 * `proto` excerpt in the spec is found in proto/.
 *
 * The functions here are pure over their inputs so that tests can feed them
 * fixtures; {@link loadInputs} reads a repository from disk.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Level of a requirement in spec/requirements.json (spec/conventions.md §Levels). */
export type Level = 'MUST' | 'SHOULD' | 'MAY' | 'RETIRED';

/** The part of a requirement-index entry the checks need. */
export interface RequirementRef {
  readonly id: string;
  readonly level: Level;
  readonly chapter: string;
}

/** Something that cites requirement IDs: a conformance case, or a vector file or test. */
export interface Citation {
  /** `case <id>` or `vectors/<file>` or `vectors/<file> tcId <n>`. */
  readonly source: string;
  readonly requirements: readonly string[];
}

/** One numbered clause of the privacy policy. */
export interface PolicyClause {
  /** `1`, `1.1`, ... as numbered in the policy. */
  readonly id: string;
  /** 1-based line of the policy file where the clause starts. */
  readonly line: number;
  /** The clause's text, its continuation lines joined by single spaces. */
  readonly text: string;
}

/** One row of the table in spec/policy-map.md. */
export interface PolicyRow {
  readonly clause: string;
  readonly summary: string;
  /** The Requirements cell as written. */
  readonly cell: string;
  readonly notes: string;
  /** 1-based line in spec/policy-map.md. */
  readonly line: number;
}

/** What the Requirements cell of a policy row says, once parsed. */
export interface RowMapping {
  readonly ids: string[];
  /** Reason after `out of protocol:`, if any. */
  readonly outOfProtocol: string | undefined;
  /** `#N` and chapter after `pending #N:`, if any. */
  readonly pending: { issue: number; chapter: string } | undefined;
  /** Tokens that look like requirement IDs but are malformed, e.g. `REQ-PRIV-1`. */
  readonly malformed: string[];
}

/** A fenced ```proto block of a spec chapter. */
export interface ProtoExcerpt {
  readonly chapter: string;
  /** 1-based line of the opening fence. */
  readonly line: number;
  /** `file=...` from the fence's info string, relative to the proto directory. */
  readonly file: string | undefined;
  readonly body: string;
}

/** Everything the checks read. */
export interface TraceInputs {
  readonly requirements: readonly RequirementRef[];
  readonly citations: readonly Citation[];
  readonly policy: readonly PolicyClause[];
  readonly policyRows: readonly PolicyRow[];
  /** Proto files by path relative to the proto directory. */
  readonly protoFiles: ReadonlyMap<string, string>;
  readonly protoExcerpts: readonly ProtoExcerpt[];
  /** Areas of the registry table in spec/conventions.md; empty skips the area warning. */
  readonly areas: ReadonlySet<string>;
  /** Chapters (`name.md`) present in the spec directory and those linked from spec/index.md. */
  readonly chapters: readonly string[];
  readonly indexedChapters: ReadonlySet<string>;
}

/** The verdict: problems fail the check, warnings are printed. */
export interface TraceResult {
  readonly problems: string[];
  readonly warnings: string[];
  readonly summary: string[];
  /** Requirement ID → sources citing it. */
  readonly citedBy: ReadonlyMap<string, string[]>;
}

const ID = /^REQ-[A-Z]+-\d{3}$/;
const CLAUSE_LINE = /^(\d+)(?:\.(\d+))?\.?(?=\s)/;

/**
 * Find the numbered clauses of the privacy policy: a clause starts at a line
 * that opens with `N.` / `N.M.` / `N.M` followed by white space and runs to the
 * next such line. Throws when the numbering is not the consecutive sequence
 * 1, 1.1, 1.2, 2, 2.1, ... so that a changed policy cannot silently lose a
 * clause from the map.
 */
export function parsePolicy(text: string): PolicyClause[] {
  const out: { id: string; line: number; parts: string[] }[] = [];
  let current: { id: string; line: number; parts: string[] } | undefined;
  let lastMajor = 0;
  let lastMinor = 0;
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    const m = CLAUSE_LINE.exec(raw);
    if (m) {
      const major = Number(m[1]);
      const minor = m[2] === undefined ? 0 : Number(m[2]);
      const id = minor === 0 ? `${major}` : `${major}.${minor}`;
      const expected = minor === 0 ? major === lastMajor + 1 : major === lastMajor && minor === lastMinor + 1;
      if (!expected) throw new Error(`privacy policy line ${i + 1}: clause ${id} out of sequence`);
      lastMajor = major;
      lastMinor = minor;
      current = { id, line: i + 1, parts: [line] };
      out.push(current);
    } else if (current && line !== '') {
      current.parts.push(line);
    }
  });
  if (out.length === 0) throw new Error('privacy policy: no numbered clause found');
  return out.map((c) => ({ id: c.id, line: c.line, text: c.parts.join(' ') }));
}

const MAP_HEADER = ['Clause', 'Summary', 'Requirements', 'Notes'];

function cells(line: string): string[] {
  return line
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split('|')
    .map((c) => c.trim());
}

/**
 * Read the rows of every `| Clause | Summary | Requirements | Notes |` table
 * of spec/policy-map.md. Other tables and text are ignored. A clause cell may
 * be decorated (`**1.1**`); only its number is kept.
 */
export function parsePolicyMap(markdown: string): PolicyRow[] {
  const rows: PolicyRow[] = [];
  let inTable = false;
  markdown.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim().startsWith('|')) {
      inTable = false;
      return;
    }
    const c = cells(line);
    if (c.length === 4 && c.every((v, k) => v === MAP_HEADER[k])) {
      inTable = true;
      return;
    }
    if (!inTable || c.every((v) => /^:?-+:?$/.test(v))) return;
    const [clause = '', summary = '', cell = '', notes = ''] = c;
    rows.push({
      clause: clause.replace(/[^\d.]/g, '').replace(/\.$/, ''),
      summary,
      cell,
      notes,
      line: i + 1,
    });
  });
  return rows;
}

/** Parse the Requirements cell of a policy row. */
export function parseRowMapping(cell: string): RowMapping {
  const tokens = cell.match(/REQ-[A-Za-z0-9-]*/g) ?? [];
  const ids = tokens.filter((t) => ID.test(t));
  const malformed = tokens.filter((t) => !ID.test(t));
  const oop = /out of protocol:\s*([^;]*\S)/i.exec(cell);
  const pend = /pending #(\d+):\s*([^;]*\S)/i.exec(cell);
  return {
    ids,
    outOfProtocol: oop?.[1],
    pending: pend ? { issue: Number(pend[1]), chapter: pend[2]! } : undefined,
    malformed,
  };
}

/**
 * Find the ```proto fences of a chapter. The fence's info string may name
 * the source file: ```` ```proto file=deftalk/v1/transport.proto ````.
 */
export function parseProtoExcerpts(chapter: string, markdown: string): ProtoExcerpt[] {
  const out: ProtoExcerpt[] = [];
  const lines = markdown.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const open = /^(`{3,}|~{3,})\s*proto\b(.*)$/.exec(lines[i]!);
    if (!open) {
      // Skip other fenced blocks whole, so a proto fence quoted inside one is not read.
      const other = /^(`{3,}|~{3,})/.exec(lines[i]!);
      if (other) {
        const close = lines.findIndex((l, k) => k > i && l.startsWith(other[1]!));
        i = close < 0 ? lines.length : close;
      }
      continue;
    }
    const fence = open[1]!;
    const file = /\bfile=(\S+)/.exec(open[2]!)?.[1];
    const start = i;
    const body: string[] = [];
    for (i++; i < lines.length && !lines[i]!.startsWith(fence); i++) body.push(lines[i]!);
    out.push({ chapter, line: start + 1, file, body: body.join('\n') });
  }
  return out;
}

/** Normalise proto text for comparison: no comments, no blank lines, single spaces. */
function protoLines(text: string): string[] {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split('\n')
    .map((l) =>
      l
        .replace(/\/\/.*$/, '')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter((l) => l !== '');
}

const ELISION = /^(\/\/\s*)?(\.\.\.|…)$/;

/**
 * True when `excerpt` appears in `source`: its lines, compared without
 * comments and white-space differences, occur in order and contiguously,
 * except that a line holding only `...` (or `// ...`) skips any number of
 * source lines.
 */
export function excerptMatches(excerpt: string, source: string): boolean {
  const segments: string[][] = [[]];
  for (const raw of excerpt.split('\n')) {
    if (ELISION.test(raw.trim())) segments.push([]);
    else segments[segments.length - 1]!.push(...protoLines(raw));
  }
  const src = protoLines(source);
  let from = 0;
  for (const seg of segments) {
    if (seg.length === 0) continue;
    let found = -1;
    for (let s = from; s + seg.length <= src.length && found < 0; s++) {
      if (seg.every((l, k) => src[s + k] === l)) found = s;
    }
    if (found < 0) return false;
    from = found + seg.length;
  }
  return segments.some((s) => s.length > 0);
}

/** The area of a requirement ID: `REQ-PRIV-001` → `PRIV`. */
export function areaOf(id: string): string {
  return id.split('-')[1] ?? '';
}

/** Run every traceability check over `inputs`. */
export function checkTrace(inputs: TraceInputs): TraceResult {
  const problems: string[] = [];
  const warnings: string[] = [];
  const summary: string[] = [];
  const byId = new Map(inputs.requirements.map((r) => [r.id, r]));

  // (a), (b): citations.
  const citedBy = new Map<string, string[]>();
  for (const c of inputs.citations) {
    if (c.requirements.length === 0 && c.source.startsWith('case ')) {
      problems.push(`${c.source} cites no requirement`);
    }
    for (const id of c.requirements) {
      const r = byId.get(id);
      if (!r) problems.push(`${c.source} cites unknown requirement ${id}`);
      else if (r.level === 'RETIRED') problems.push(`${c.source} cites retired requirement ${id}`);
      else citedBy.set(id, [...(citedBy.get(id) ?? []), c.source]);
    }
  }
  const caseIds = inputs.citations.filter((c) => c.source.startsWith('case ')).map((c) => c.source);
  for (const dup of new Set(caseIds.filter((s, i) => caseIds.indexOf(s) !== i))) {
    problems.push(`${dup} is registered more than once`);
  }
  const counts: Record<Level, number> = { MUST: 0, SHOULD: 0, MAY: 0, RETIRED: 0 };
  for (const r of inputs.requirements) {
    counts[r.level]++;
    if (r.level === 'RETIRED' || citedBy.has(r.id)) continue;
    if (r.level === 'MUST')
      problems.push(`MUST ${r.id} (${r.chapter}.md) is cited by no conformance case or vector`);
    else warnings.push(`${r.level} ${r.id} (${r.chapter}.md) is cited by no conformance case or vector`);
  }
  if (inputs.areas.size > 0) {
    for (const r of inputs.requirements) {
      if (!inputs.areas.has(areaOf(r.id))) {
        warnings.push(`${r.id}: area ${areaOf(r.id)} is not in the area registry of spec/conventions.md`);
      }
    }
  }
  const live = inputs.requirements.length - counts.RETIRED;
  summary.push(
    `${live} requirements (${counts.MUST} MUST, ${counts.SHOULD} SHOULD, ${counts.MAY} MAY; ${counts.RETIRED} retired), ` +
      `${citedBy.size} cited by ${caseIds.length} cases and ${inputs.citations.length - caseIds.length} vector citations`,
  );

  // (c): the policy map.
  const clauses = new Map(inputs.policy.map((c) => [c.id, c]));
  const rowsByClause = new Map<string, PolicyRow>();
  let mapped = 0;
  let outOfProtocol = 0;
  const pending: string[] = [];
  for (const row of inputs.policyRows) {
    const where = `policy-map.md line ${row.line}`;
    if (!clauses.has(row.clause)) {
      problems.push(`${where}: clause '${row.clause}' is not a clause of the privacy policy`);
      continue;
    }
    if (rowsByClause.has(row.clause)) {
      problems.push(`${where}: clause ${row.clause} has a second row`);
      continue;
    }
    rowsByClause.set(row.clause, row);
    const m = parseRowMapping(row.cell);
    for (const bad of m.malformed)
      problems.push(`${where}: clause ${row.clause}: malformed requirement id '${bad}'`);
    for (const id of m.ids) {
      const r = byId.get(id);
      if (!r) problems.push(`${where}: clause ${row.clause} names unknown requirement ${id}`);
      else if (r.level === 'RETIRED')
        problems.push(`${where}: clause ${row.clause} names retired requirement ${id}`);
    }
    if (m.ids.length === 0 && !m.outOfProtocol && !m.pending) {
      problems.push(
        `${where}: clause ${row.clause} has neither requirement IDs, nor 'out of protocol: <reason>', nor 'pending #N: <chapter>'`,
      );
    }
    if (m.ids.length > 0) mapped++;
    if (m.outOfProtocol) outOfProtocol++;
    if (m.pending) pending.push(`${row.clause} (#${m.pending.issue}: ${m.pending.chapter})`);
  }
  for (const c of inputs.policy) {
    if (!rowsByClause.has(c.id))
      problems.push(`policy clause ${c.id} (privacy-policy.txt line ${c.line}) has no row in policy-map.md`);
  }
  summary.push(
    `${inputs.policy.length} policy clauses: ${mapped} kept by requirements, ${outOfProtocol} out of protocol, ${pending.length} pending`,
  );
  if (pending.length) summary.push(`pending clauses: ${pending.join(', ')}`);

  // Proto excerpts quoted in the spec must match proto/.
  for (const x of inputs.protoExcerpts) {
    const where = `${x.chapter}.md line ${x.line}`;
    if (x.file !== undefined) {
      const src = inputs.protoFiles.get(x.file);
      if (src === undefined) problems.push(`${where}: proto excerpt names ${x.file}, which is not in proto/`);
      else if (!excerptMatches(x.body, src))
        problems.push(`${where}: proto excerpt does not match ${x.file}`);
    } else if (![...inputs.protoFiles.values()].some((src) => excerptMatches(x.body, src))) {
      problems.push(`${where}: proto excerpt matches no file in proto/`);
    }
  }
  if (inputs.protoExcerpts.length) summary.push(`${inputs.protoExcerpts.length} proto excerpts checked`);

  // Reading order: every chapter is listed in spec/index.md.
  if (inputs.indexedChapters.size > 0) {
    for (const ch of inputs.chapters) {
      if (ch !== 'index.md' && !inputs.indexedChapters.has(ch))
        warnings.push(`${ch} is not listed in spec/index.md`);
    }
  }
  return { problems, warnings, summary, citedBy };
}

/** Where {@link loadInputs} reads from; every path is relative to the working directory. */
export interface TracePaths {
  spec: string;
  /** A module exporting `ALL_CASES`. */
  cases: string;
  vectors: string;
  proto: string;
}

/** The repository's own layout. */
export const DEFAULT_PATHS: TracePaths = {
  spec: 'spec',
  cases: 'conformance/cases/index.ts',
  vectors: 'conformance/vectors',
  proto: 'proto',
};

function walk(dir: string, ext: string, base = dir): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return walk(p, ext, base);
    return e.name.endsWith(ext) ? [p.slice(base.length + 1)] : [];
  });
}

/** Read the requirement IDs a vector file declares: the file's own and each test's. */
export function vectorCitations(file: string, json: unknown): Citation[] {
  const out: Citation[] = [];
  const doc = json as {
    requirements?: unknown;
    testGroups?: { tests?: { tcId?: unknown; requirements?: unknown }[] }[];
  };
  const ids = (v: unknown): string[] =>
    Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  out.push({ source: `vectors/${file}`, requirements: ids(doc.requirements) });
  for (const g of doc.testGroups ?? []) {
    for (const t of g.tests ?? []) {
      if (t.requirements !== undefined) {
        out.push({ source: `vectors/${file} tcId ${String(t.tcId)}`, requirements: ids(t.requirements) });
      }
    }
  }
  return out;
}

/** Areas named in the first column of the area registry table of spec/conventions.md. */
export function parseAreas(conventions: string): Set<string> {
  const areas = new Set<string>();
  let inTable = false;
  for (const line of conventions.split(/\r?\n/)) {
    if (!line.trim().startsWith('|')) {
      inTable = false;
      continue;
    }
    const c = cells(line);
    if (c[0] === 'Area') {
      inTable = true;
      continue;
    }
    const name = c[0]?.replace(/`/g, '') ?? '';
    if (inTable && /^[A-Z]+$/.test(name)) areas.add(name);
  }
  return areas;
}

/** Read a repository's traceability inputs from disk. */
export async function loadInputs(paths: TracePaths = DEFAULT_PATHS): Promise<TraceInputs> {
  const reqPath = join(paths.spec, 'requirements.json');
  const requirements = (JSON.parse(readFileSync(reqPath, 'utf8')) as { requirements: RequirementRef[] })
    .requirements;
  const mod = (await import(pathToFileURL(paths.cases).href)) as {
    ALL_CASES?: readonly { id: string; requirements: readonly string[] }[];
  };
  if (!Array.isArray(mod.ALL_CASES)) throw new Error(`${paths.cases} does not export ALL_CASES`);
  const citations: Citation[] = mod.ALL_CASES.map((c) => ({
    source: `case ${c.id}`,
    requirements: c.requirements,
  }));
  for (const f of walk(paths.vectors, '.json').sort()) {
    if (f.includes('schema')) continue;
    citations.push(...vectorCitations(f, JSON.parse(readFileSync(join(paths.vectors, f), 'utf8'))));
  }
  const policy = parsePolicy(readFileSync(join(paths.spec, 'privacy-policy.txt'), 'utf8'));
  const policyRows = parsePolicyMap(readFileSync(join(paths.spec, 'policy-map.md'), 'utf8'));
  const protoFiles = new Map(
    walk(paths.proto, '.proto').map((f) => [f, readFileSync(join(paths.proto, f), 'utf8')]),
  );
  const chapters = readdirSync(paths.spec)
    .filter((f) => f.endsWith('.md'))
    .sort();
  const protoExcerpts = chapters.flatMap((f) =>
    parseProtoExcerpts(f.replace(/\.md$/, ''), readFileSync(join(paths.spec, f), 'utf8')),
  );
  const conv = join(paths.spec, 'conventions.md');
  const areas = existsSync(conv) ? parseAreas(readFileSync(conv, 'utf8')) : new Set<string>();
  const indexPath = join(paths.spec, 'index.md');
  const indexedChapters = new Set<string>(
    existsSync(indexPath)
      ? [...readFileSync(indexPath, 'utf8').matchAll(/\]\((?:\.\/)?([\w.-]+\.md)(?:#[^)]*)?\)/g)].map(
          (m) => m[1]!,
        )
      : [],
  );
  return {
    requirements,
    citations,
    policy,
    policyRows,
    protoFiles,
    protoExcerpts,
    areas,
    chapters,
    indexedChapters,
  };
}

/**
 * Render the requirement → citations matrix as markdown (for
 * `check:trace --matrix FILE`; not committed, so it cannot go stale).
 */
export function renderMatrix(
  requirements: readonly RequirementRef[],
  citedBy: ReadonlyMap<string, string[]>,
): string {
  const rows = requirements.map(
    (r) => `| ${r.id} | ${r.level} | ${r.chapter}.md | ${(citedBy.get(r.id) ?? []).join('<br>') || '—'} |`,
  );
  return ['| Requirement | Level | Chapter | Cited by |', '|---|---|---|---|', ...rows, ''].join('\n');
}
