/**
 * @module
 * `report.html`: a static, self-contained page (spec/conformance.md
 * §Reports). Inline CSS, no scripts, no external requests, so it can be
 * archived as a CI artifact and opened anywhere. Results appear twice:
 * grouped by requirement, with the requirement's text beside its cases, and
 * per case with error, expected and actual values and the evidence transcript.
 */
import type { CaseResult, ConformanceReport, ResultOutcome } from './report.ts';
import { toPlainJson } from './report.ts';

/** Escape text for HTML element content and double-quoted attributes. */
export function htmlEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function anchor(caseId: string): string {
  return `case-${caseId.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

const LABEL: Record<ResultOutcome, string> = {
  PASS: 'PASS',
  FAIL: 'FAIL',
  NON_STRICT: 'NON-STRICT',
  UNSUPPORTED: 'UNSUPPORTED',
  EXPECTED_FAILURE: 'EXPECTED FAILURE',
  UNEXPECTED_PASS: 'UNEXPECTED PASS',
};

/** A coloured outcome label; also used by the matrix page. */
export function badge(outcome: ResultOutcome): string {
  return `<span class="badge ${outcome}">${LABEL[outcome]}</span>`;
}

const STYLE = `
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#1b1f24}
h1{font-size:1.5rem;margin-bottom:.25rem}h2{margin-top:2rem;border-bottom:1px solid #d0d7de;padding-bottom:.25rem}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #d0d7de;padding:.35rem .5rem;vertical-align:top;text-align:left}
th{background:#f6f8fa}code,pre{font-family:ui-monospace,SFMono-Regular,Menlo,monospace;font-size:12px}
pre{background:#f6f8fa;padding:.5rem;overflow-x:auto;white-space:pre-wrap;word-break:break-all;margin:.25rem 0}
.badge{display:inline-block;padding:0 .4rem;border-radius:3px;font-weight:600;font-size:12px;color:#fff;margin-right:.25rem}
.PASS{background:#1a7f37}.FAIL{background:#cf222e}.NON_STRICT{background:#bf8700}.UNSUPPORTED{background:#6e7781}
.EXPECTED_FAILURE{background:#8250df}.UNEXPECTED_PASS{background:#cf222e}
.counts span{margin-right:1rem;font-size:1.1rem}.meta td:first-child{width:12rem;font-weight:600}
details{border:1px solid #d0d7de;border-radius:4px;margin:.4rem 0;padding:.3rem .6rem}summary{cursor:pointer}
.muted{color:#57606a}.level{font-weight:600}
`;

function requirementsTable(report: ConformanceReport): string {
  if (report.requirements.length === 0) return '<p class="muted">No requirements were exercised.</p>';
  const rows = report.requirements.map((r) => {
    const cases = r.cases
      .map((c) => `${badge(c.outcome)}<a href="#${anchor(c.id)}"><code>${htmlEscape(c.id)}</code></a>`)
      .join('<br>');
    return `<tr id="req-${htmlEscape(r.id)}"><td><code>${htmlEscape(r.id)}</code></td><td class="level">${r.level}</td><td>${htmlEscape(r.text)}</td><td>${cases}</td><td>${badge(r.outcome)}</td></tr>`;
  });
  return `<table><thead><tr><th>Requirement</th><th>Level</th><th>Text</th><th>Cases</th><th>Result</th></tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table>`;
}

function pre(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(toPlainJson(value), null, 2);
  return `<pre>${htmlEscape(text ?? 'null')}</pre>`;
}

/** Links to a case's evidence files, relative to the report (spec/conformance.md §Evidence). */
function evidenceLinks(c: CaseResult): string {
  const f = c.evidenceFiles;
  if (!f) return '';
  const link = (path: string, label: string) => `<a href="${htmlEscape(path)}">${label}</a>`;
  return `<p>Evidence files: ${link(f.frames, 'frames.jsonl')} · ${link(f.transcript, 'transcript.jsonl')} · ${link(f.seed, 'seed.txt')}</p>`;
}

function caseBlock(c: CaseResult): string {
  const reqs = c.requirements
    .map(
      (r) =>
        `<li><code>${htmlEscape(r.id)}</code> <span class="level">${r.level}</span>: ${htmlEscape(r.text)}</li>`,
    )
    .join('');
  const parts = [
    `<details id="${anchor(c.id)}"${c.outcome === 'PASS' || c.outcome === 'UNSUPPORTED' ? '' : ' open'}>`,
    `<summary>${badge(c.outcome)}<code>${htmlEscape(c.id)}</code> ${htmlEscape(c.title)} <span class="muted">(${c.durationMs} ms, ${c.level})</span></summary>`,
    `<ul>${reqs}</ul>`,
  ];
  if (c.capability) parts.push(`<p>Capability: <code>${htmlEscape(c.capability)}</code></p>`);
  if (c.expectation) {
    const was = c.failedAs ? ` It failed as ${c.failedAs}.` : '';
    parts.push(
      `<p>Expected to fail, until ${htmlEscape(c.expectation.expires)}: ${htmlEscape(c.expectation.reason)}.${was}</p>`,
    );
  }
  if (c.error) {
    parts.push(`<p><strong>${htmlEscape(c.error.message)}</strong></p>`);
    if ('expected' in c.error) parts.push(`<p>Expected:</p>${pre(c.error.expected)}`);
    if ('actual' in c.error) parts.push(`<p>Actual:</p>${pre(c.error.actual)}`);
  }
  parts.push(evidenceLinks(c));
  if (c.evidence.length) parts.push(`<p>Evidence:</p>${pre(c.evidence.join('\n'))}`);
  parts.push('</details>');
  return parts.join('\n');
}

/** Render the report as one HTML document. */
export function renderHtml(report: ConformanceReport): string {
  const s = report.summary;
  const meta: [string, string][] = [
    ['Suite', `${report.suite.name} ${report.suite.version}`],
    ['Mode', report.mode],
    ['Target', report.target],
    ['Implementation', report.implementation.name],
    ['Capabilities', report.implementation.capabilities.join(', ') || '(none)'],
    ['Seed', String(report.seed)],
    ['Strict', report.strict ? 'yes' : 'no'],
    ['Timeout factor', String(report.timeoutFactor)],
    ['Filter', report.filter ?? '(none)'],
    ['Started', report.startedAt],
    ['Finished', `${report.finishedAt} (${report.durationMs} ms)`],
    ['Exit status', String(report.exitStatus)],
  ];
  const e = report.expectations;
  if (e) {
    meta.push([
      'Expectations',
      `${e.file}: ${e.entries} entries, ${e.expectedFailures} expected failures, ${e.unexpectedPasses} unexpected passes, ${e.problems.length} problems`,
    ]);
  }
  const problems = e?.problems.length
    ? `<h2>Expectation problems</h2>\n<p>Each of these fails the run: the expectation file must list exactly the cases that fail, none expired.</p>\n<table><thead><tr><th>Case</th><th>Problem</th><th>What to do</th></tr></thead><tbody>\n${e.problems
        .map(
          (p) =>
            `<tr><td><code>${htmlEscape(p.case)}</code></td><td>${htmlEscape(p.kind)}</td><td>${htmlEscape(p.message)}</td></tr>`,
        )
        .join('\n')}\n</tbody></table>`
    : '';
  const extra =
    e !== null && e !== undefined
      ? `<span>${badge('EXPECTED_FAILURE')}${e.expectedFailures}</span><span>${badge('UNEXPECTED_PASS')}${e.unexpectedPasses}</span>`
      : '';
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>DefTalk conformance: ${htmlEscape(report.mode)} — ${s.passed} passed, ${s.failed} failed</title>
<style>${STYLE}</style>
</head>
<body>
<h1>DefTalk conformance report: ${htmlEscape(report.mode)} mode</h1>
<p class="counts"><span>${badge('PASS')}${s.passed}</span><span>${badge('FAIL')}${s.failed}</span><span>${badge('NON_STRICT')}${s.nonStrict}</span><span>${badge('UNSUPPORTED')}${s.unsupported}</span>${extra}<span class="muted">${s.total} cases</span></p>
<table class="meta"><tbody>
${meta.map(([k, v]) => `<tr><td>${htmlEscape(k)}</td><td>${htmlEscape(v)}</td></tr>`).join('\n')}
</tbody></table>
${problems}
<h2>By requirement</h2>
${requirementsTable(report)}
<h2>By case</h2>
${report.cases.length ? report.cases.map(caseBlock).join('\n') : '<p class="muted">No cases ran.</p>'}
</body>
</html>
`;
}
