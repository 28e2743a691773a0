/**
 * @module
 * `report.tap`: the report as TAP version 14 (spec/conformance.md §Reports).
 * PASS is `ok`; FAIL is `not ok`; UNSUPPORTED is `ok … # SKIP`; NON_STRICT
 * is `not ok … # TODO` so TAP consumers do not count a missed SHOULD as a
 * failure, except under `--strict`, where it is a plain `not ok`. Each test
 * point that did not pass carries a YAML diagnostic block.
 */
import type { CaseResult, ConformanceReport } from './report.ts';
import { toPlainJson } from './report.ts';

/** TAP 14 §Test Point: `#` and `\` in a description are escaped; newlines are not allowed. */
function description(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/#/g, '\\#')
    .replace(/[\r\n]+/g, ' ');
}

/** A JSON value is valid YAML in flow style, so diagnostics need no YAML library. */
function yamlValue(value: unknown): string {
  return JSON.stringify(toPlainJson(value)) ?? 'null';
}

function diagnostics(c: CaseResult): string[] {
  const lines = [
    '  ---',
    `  outcome: ${c.outcome}`,
    `  level: ${c.level}`,
    `  requirements: ${yamlValue(c.requirements.map((r) => r.id))}`,
    `  duration_ms: ${c.durationMs}`,
  ];
  if (c.capability) lines.push(`  capability: ${yamlValue(c.capability)}`);
  if (c.expectation) lines.push(`  expectation: ${yamlValue(c.expectation)}`);
  if (c.failedAs) lines.push(`  failed_as: ${c.failedAs}`);
  if (c.error) {
    lines.push(`  message: ${yamlValue(c.error.message)}`);
    if ('expected' in c.error) lines.push(`  expected: ${yamlValue(c.error.expected)}`);
    if ('actual' in c.error) lines.push(`  actual: ${yamlValue(c.error.actual)}`);
  }
  if (c.evidenceFiles) lines.push(`  evidence_files: ${yamlValue(c.evidenceFiles)}`);
  if (c.evidence.length) {
    lines.push('  evidence:');
    for (const e of c.evidence) lines.push(`    - ${yamlValue(e)}`);
  }
  lines.push('  ...');
  return lines;
}

/** Render the report as a TAP 14 document. */
export function renderTap(report: ConformanceReport): string {
  const out = [
    'TAP version 14',
    `# ${report.suite.name} ${report.suite.version}, mode ${report.mode}, seed ${report.seed}`,
    `# target: ${description(report.target)}`,
    `# implementation: ${description(report.implementation.name)}`,
  ];
  // spec/conformance.md §Expectations: entries that fail the run without a case result of their own.
  const problems = (report.expectations?.problems ?? []).filter((p) => p.kind !== 'unexpected-pass');
  out.push(`1..${report.cases.length + problems.length}`);
  report.cases.forEach((c, i) => {
    const head = `${i + 1} - ${description(`${c.id}: ${c.title}`)}`;
    switch (c.outcome) {
      case 'PASS':
        out.push(`ok ${head}`);
        break;
      case 'UNSUPPORTED':
        out.push(`ok ${head} # SKIP ${description(c.error?.message ?? 'unsupported')}`);
        break;
      case 'NON_STRICT':
        out.push(
          report.strict ? `not ok ${head}` : `not ok ${head} # TODO non-strict: a ${c.level} was not met`,
        );
        out.push(...diagnostics(c));
        break;
      case 'FAIL':
      case 'UNEXPECTED_PASS':
        out.push(`not ok ${head}`);
        out.push(...diagnostics(c));
        break;
      case 'EXPECTED_FAILURE':
        out.push(`not ok ${head} # TODO expected failure: ${description(c.expectation?.reason ?? '')}`);
        out.push(...diagnostics(c));
        break;
    }
  });
  problems.forEach((p, i) => {
    out.push(`not ok ${report.cases.length + i + 1} - ${description(`expectations/${p.kind}: ${p.case}`)}`);
    out.push(
      '  ---',
      `  message: ${yamlValue(p.message)}`,
      `  file: ${yamlValue(report.expectations!.file)}`,
      '  ...',
    );
  });
  const s = report.summary;
  out.push(
    `# passed ${s.passed}, failed ${s.failed}, non-strict ${s.nonStrict}, unsupported ${s.unsupported}`,
  );
  const e = report.expectations;
  if (e) {
    out.push(
      `# expectations ${e.file}: expected failures ${e.expectedFailures}, unexpected passes ${e.unexpectedPasses}, problems ${e.problems.length}`,
    );
  }
  return `${out.join('\n')}\n`;
}
