/**
 * @module
 * `report.junit.xml`: the report as JUnit XML (spec/conformance.md
 * §Reports), the format CI systems display. FAIL is a `<failure>`;
 * UNSUPPORTED is `<skipped>`; NON_STRICT is `<skipped>` naming the missed
 * level, or a `<failure>` under `--strict`. Each case's evidence is its
 * `<system-out>`.
 */
import type { CaseResult, ConformanceReport } from './report.ts';
import { toPlainJson } from './report.ts';

/** Escape text for XML 1.0 content and attributes, dropping characters XML 1.0 cannot carry. */
export function xmlEscape(text: string): string {
  return (
    text
      // biome-ignore lint/suspicious/noControlCharactersInRegex: removing exactly the characters XML 1.0 forbids
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
  );
}

function seconds(ms: number): string {
  return (ms / 1000).toFixed(3);
}

function failureBody(c: CaseResult): string {
  const lines = [`requirements: ${c.requirements.map((r) => `${r.id} (${r.level})`).join(', ')}`];
  if (c.expectation) lines.push(`expectation: ${c.expectation.reason} (until ${c.expectation.expires})`);
  if (c.evidenceFiles) lines.push(`evidence files: ${c.evidenceFiles.dir}`);
  if (c.error) {
    lines.push(`message: ${c.error.message}`);
    if ('expected' in c.error) lines.push(`expected: ${JSON.stringify(toPlainJson(c.error.expected))}`);
    if ('actual' in c.error) lines.push(`actual: ${JSON.stringify(toPlainJson(c.error.actual))}`);
  }
  return xmlEscape(lines.join('\n'));
}

function testcase(report: ConformanceReport, c: CaseResult): string {
  const area = c.id.includes('/') ? c.id.slice(0, c.id.indexOf('/')) : c.id;
  const open = `    <testcase classname="${xmlEscape(`${report.mode}.${area}`)}" name="${xmlEscape(`${c.id}: ${c.title}`)}" time="${seconds(c.durationMs)}">`;
  const parts = [open];
  const message = xmlEscape(c.error?.message ?? '');
  if (c.outcome === 'UNEXPECTED_PASS') {
    parts.push(`      <failure message="${message}" type="UNEXPECTED_PASS">${failureBody(c)}</failure>`);
  } else if (c.outcome === 'EXPECTED_FAILURE') {
    parts.push(
      `      <skipped message="${xmlEscape(`EXPECTED_FAILURE (${c.expectation?.reason ?? ''}, until ${c.expectation?.expires ?? ''}): ${c.error?.message ?? ''}`)}"/>`,
    );
  } else if (c.outcome === 'FAIL' || (c.outcome === 'NON_STRICT' && report.strict)) {
    parts.push(`      <failure message="${message}" type="${c.outcome}">${failureBody(c)}</failure>`);
  } else if (c.outcome === 'NON_STRICT') {
    parts.push(
      `      <skipped message="${xmlEscape(`NON_STRICT (${c.level} not met): ${c.error?.message ?? ''}`)}"/>`,
    );
  } else if (c.outcome === 'UNSUPPORTED') {
    parts.push(`      <skipped message="${xmlEscape(`UNSUPPORTED: ${c.error?.message ?? ''}`)}"/>`);
  }
  if (c.evidence.length) parts.push(`      <system-out>${xmlEscape(c.evidence.join('\n'))}</system-out>`);
  parts.push('    </testcase>');
  return parts.join('\n');
}

/** Render the report as one JUnit `<testsuites>` document with one `<testsuite>`. */
export function renderJunit(report: ConformanceReport): string {
  const s = report.summary;
  const e = report.expectations;
  // spec/conformance.md §Expectations: entries that fail the run without a case of their own.
  const problems = (e?.problems ?? []).filter((p) => p.kind !== 'unexpected-pass');
  const problemCases = problems.map(
    (p) =>
      `    <testcase classname="${xmlEscape(`${report.mode}.expectations`)}" name="${xmlEscape(`expectations/${p.kind}: ${p.case}`)}" time="0.000">\n      <failure message="${xmlEscape(p.message)}" type="EXPECTATION_${p.kind.toUpperCase().replace(/-/g, '_')}">${xmlEscape(`file: ${e!.file}`)}</failure>\n    </testcase>`,
  );
  const tests = s.total + problems.length;
  const failures =
    s.failed + (report.strict ? s.nonStrict : 0) + (e?.unexpectedPasses ?? 0) + problems.length;
  const skipped = s.unsupported + (report.strict ? 0 : s.nonStrict) + (e?.expectedFailures ?? 0);
  const name = xmlEscape(`deftalk-conformance ${report.mode}`);
  const props = [
    ['suite.version', report.suite.version],
    ['target', report.target],
    ['implementation', report.implementation.name],
    ['seed', String(report.seed)],
    ['strict', String(report.strict)],
    ['timeoutFactor', String(report.timeoutFactor)],
    ...(e ? [['expectations', e.file]] : []),
  ]
    .map(([k, v]) => `      <property name="${xmlEscape(k!)}" value="${xmlEscape(v!)}"/>`)
    .join('\n');
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${name}" tests="${tests}" failures="${failures}" errors="0" skipped="${skipped}" time="${seconds(report.durationMs)}">`,
    `  <testsuite name="${name}" tests="${tests}" failures="${failures}" errors="0" skipped="${skipped}" time="${seconds(report.durationMs)}" timestamp="${xmlEscape(report.startedAt)}">`,
    '    <properties>',
    props,
    '    </properties>',
    ...report.cases.map((c) => testcase(report, c)),
    ...problemCases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}
