/**
 * @module
 * The matrix page (spec/conformance.md §Matrix): several `report.json`
 * files (implementations, or versions of one) side by side in one static
 * HTML page. Rows are requirements, with their level and text, and then
 * cases; columns are the reports; each cell is the outcome and links to the
 * case in that report's `report.html` when it sits next to the JSON. Rows
 * whose outcomes differ between columns are marked, so a regression or a
 * divergence between implementations stands out.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import Ajv2020Module from 'ajv/dist/2020.js';
import { badge, htmlEscape } from './html.ts';
import type { ConformanceReport, ResultOutcome } from './report.ts';

/** A report file that cannot be put into the matrix; the CLI exits 2. */
export class MatrixInputInvalid extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MatrixInputInvalid';
  }
}

/** One column: a report and where it came from. */
export interface MatrixColumn {
  /** Path of the report.json as given. */
  path: string;
  report: ConformanceReport;
}

const SCHEMA_URL = new URL('../report.schema.json', import.meta.url);

/** Read and validate report files against conformance/report.schema.json. */
export function loadReports(paths: readonly string[]): MatrixColumn[] {
  const ajv = new Ajv2020Module.default({ allErrors: true, strict: true });
  ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/);
  const validate = ajv.compile(JSON.parse(readFileSync(SCHEMA_URL, 'utf8')));
  return paths.map((path) => {
    let value: unknown;
    try {
      value = JSON.parse(readFileSync(path, 'utf8'));
    } catch (e) {
      throw new MatrixInputInvalid(`cannot read ${path} as JSON: ${(e as Error).message}`);
    }
    if (!validate(value))
      throw new MatrixInputInvalid(`${path} is not a conformance report: ${ajv.errorsText(validate.errors)}`);
    return { path, report: value as ConformanceReport };
  });
}

function anchor(caseId: string): string {
  return `case-${caseId.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

function columnHead(c: MatrixColumn, i: number): string {
  const r = c.report;
  return `<th title="${htmlEscape(c.path)}">${i + 1}. ${htmlEscape(r.implementation.name)}<br><span class="muted">${htmlEscape(r.mode)} · suite ${htmlEscape(r.suite.version)} · seed ${r.seed}<br>${htmlEscape(r.startedAt)}</span></th>`;
}

/**
 * Render the matrix. `outPath` is where the page will be written; links to
 * each report's HTML are relative to it, and only made when that HTML exists.
 */
export function renderMatrix(columns: readonly MatrixColumn[], outPath: string): string {
  const htmlOf = columns.map((c) => {
    const html = join(dirname(resolve(c.path)), 'report.html');
    return existsSync(html) ? relative(dirname(resolve(outPath)), html) : undefined;
  });
  const cell = (i: number, caseId: string | undefined, outcome: ResultOutcome | undefined) => {
    if (!outcome) return '<td class="muted">—</td>';
    const b = badge(outcome);
    const href = htmlOf[i];
    return `<td>${href && caseId ? `<a href="${htmlEscape(`${href}#${anchor(caseId)}`)}">${b}</a>` : b}</td>`;
  };
  const differs = (outcomes: (ResultOutcome | undefined)[]) => new Set(outcomes.map(String)).size > 1;

  const reqIds = [...new Set(columns.flatMap((c) => c.report.requirements.map((r) => r.id)))].sort();
  const reqRows = reqIds.map((id) => {
    const found = columns.map((c) => c.report.requirements.find((r) => r.id === id));
    const info = found.find((r) => r !== undefined)!;
    const outcomes = found.map((r) => r?.outcome);
    return `<tr${differs(outcomes) ? ' class="differs"' : ''}><td><code>${htmlEscape(id)}</code></td><td class="level">${htmlEscape(info.level)}</td><td>${htmlEscape(info.text)}</td>${outcomes.map((o, i) => cell(i, undefined, o)).join('')}</tr>`;
  });

  const caseIds = [...new Set(columns.flatMap((c) => c.report.cases.map((x) => x.id)))];
  const caseRows = caseIds.map((id) => {
    const found = columns.map((c) => c.report.cases.find((x) => x.id === id));
    const info = found.find((x) => x !== undefined)!;
    const outcomes = found.map((x) => x?.outcome);
    return `<tr${differs(outcomes) ? ' class="differs"' : ''}><td><code>${htmlEscape(id)}</code></td><td>${htmlEscape(info.title)}<br><span class="muted">${info.requirements.map((r) => htmlEscape(r.id)).join(', ')}</span></td>${outcomes.map((o, i) => cell(i, id, o)).join('')}</tr>`;
  });

  const summaryRow = columns
    .map((c) => {
      const s = c.report.summary;
      return `<td>${s.passed} passed, ${s.failed} failed, ${s.nonStrict} non-strict, ${s.unsupported} unsupported${c.report.expectations ? `, ${c.report.expectations.expectedFailures} expected failures` : ''}; exit ${c.report.exitStatus}</td>`;
    })
    .join('');
  const heads = columns.map(columnHead).join('');
  const style = `body{font:14px/1.45 system-ui,sans-serif;margin:2rem;color:#1b1f24}
table{border-collapse:collapse}th,td{border:1px solid #d0d7de;padding:.3rem .5rem;vertical-align:top;text-align:left}
th{background:#f6f8fa}code{font-family:ui-monospace,monospace;font-size:12px}.muted{color:#57606a}.level{font-weight:600}
.badge{display:inline-block;padding:0 .4rem;border-radius:3px;font-weight:600;font-size:12px;color:#fff}
.PASS{background:#1a7f37}.FAIL{background:#cf222e}.NON_STRICT{background:#bf8700}.UNSUPPORTED{background:#6e7781}
.EXPECTED_FAILURE{background:#8250df}.UNEXPECTED_PASS{background:#cf222e}tr.differs td:first-child{border-left:4px solid #cf222e}`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>DefTalk conformance matrix: ${columns.length} reports</title>
<style>${style}</style>
</head>
<body>
<h1>DefTalk conformance matrix</h1>
<p class="muted">${columns.length} reports side by side. A red left edge marks a row whose outcomes differ between columns.</p>
<h2>Summary</h2>
<table><thead><tr><th></th>${heads}</tr></thead><tbody><tr><td>Outcomes</td>${summaryRow}</tr></tbody></table>
<h2>By requirement</h2>
<table><thead><tr><th>Requirement</th><th>Level</th><th>Text</th>${heads}</tr></thead><tbody>
${reqRows.join('\n')}
</tbody></table>
<h2>By case</h2>
<table><thead><tr><th>Case</th><th>Title and requirements</th>${heads}</tr></thead><tbody>
${caseRows.join('\n')}
</tbody></table>
</body>
</html>
`;
}

/** Read `paths`, render the matrix and write it to `outPath`. */
export function writeMatrix(paths: readonly string[], outPath: string): void {
  if (paths.length === 0) throw new MatrixInputInvalid('matrix needs at least one report.json');
  writeFileSync(outPath, renderMatrix(loadReports(paths), outPath));
}
