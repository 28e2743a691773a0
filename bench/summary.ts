/**
 * @module
 * summary.md: the results for a person. Machine, runtime, commit and
 * configuration first (performance.md §Method), then one table per series
 * (median with [min–max] over the repeated runs), its knee, and the ratios to
 * its baseline.
 */
import type { Results, SeriesRecord, Spread } from './results.ts';
import type { FigureName } from './scenario.ts';

const n = (v: number, digits: number) => (Number.isFinite(v) ? v.toFixed(digits) : '-');

function cell(s: Spread | undefined, digits: number): string {
  if (!s) return '-';
  if (s.n === 1 || s.min === s.max) return n(s.median, digits);
  return `${n(s.median, digits)} [${n(s.min, digits)}–${n(s.max, digits)}]`;
}

const COLUMNS: Array<[string, FigureName, number]> = [
  ['achieved/s', 'achieved_rate', 0],
  ['p50 ms', 'latency_p50_ms', 2],
  ['p99 ms', 'latency_p99_ms', 2],
  ['p99.9 ms', 'latency_p999_ms', 2],
  ['max ms', 'latency_max_ms', 1],
  ['server µs/msg', 'server_cpu_us_per_msg', 2],
  ['gen µs/msg', 'generator_cpu_us_per_msg', 2],
  ['server RSS MiB', 'server_rss_mb', 0],
  ['server ELD p99 ms', 'server_eld_p99_ms', 1],
];

function seriesSection(s: SeriesRecord): string {
  const lines = [`## ${s.id}`, '', s.description, '', `Durability: ${s.durability}.`, ''];
  const params = Object.entries(s.parameters).map(([k, v]) => `${k}=${v}`);
  if (params.length) lines.push(`Parameters: ${params.join(', ')}.`, '');
  if (s.status === 'skipped') {
    lines.push(`**Skipped:** ${s.skipped}`, '');
    return lines.join('\n');
  }
  lines.push(`| target/s | ${COLUMNS.map((c) => c[0]).join(' | ')} | verdict |`);
  lines.push(`|---:|${COLUMNS.map(() => '---:').join('|')}|---|`);
  for (const st of s.steps) {
    lines.push(
      `| ${st.targetRate} | ${COLUMNS.map(([, f, d]) => cell(st.figures[f], d)).join(' | ')} | ${st.verdict}${st.reason ? `: ${st.reason}` : ''} |`,
    );
  }
  lines.push('');
  lines.push(
    `Knee: ${s.knee.sustainedRate !== null ? `sustained ${s.knee.sustainedRate}/s` : 'no rate sustained'}` +
      `${s.knee.exceededAtRate !== null ? `, exceeded at ${s.knee.exceededAtRate}/s` : ''} (${s.knee.reason}).`,
    '',
  );
  const failures = s.steps.flatMap((st) =>
    st.runs
      .filter((r) => r.status === 'failed')
      .map(
        (r) =>
          `- ${st.targetRate}/s run ${r.repeat}: ${r.error ? r.error.split('\n')[0] : ''}${r.violations.map((v) => `${v.invariant}: ${v.message}`).join('; ')}`,
      ),
  );
  if (failures.length) lines.push('**Failed runs:**', '', ...failures, '');
  const notes = [...new Set(s.steps.flatMap((st) => st.runs.flatMap((r) => r.notes)))];
  if (notes.length) lines.push(...notes.map((x) => `Note: ${x}.`), '');
  return lines.join('\n');
}

/** Render `results` as markdown. */
export function renderSummary(results: Results): string {
  const m = results.machine;
  const c = results.config;
  const head = [
    '# deftalk-bench results',
    '',
    `- Started ${results.startedAt}, finished ${results.finishedAt}; overall: **${results.ok ? 'ok' : 'FAILED'}**`,
    `- Machine: ${m.cores} cores, ${m.cpuModel}, ${(m.memoryBytes / 2 ** 30).toFixed(1)} GiB, ${m.os.platform} ${m.os.release} ${m.os.arch}, load average ${m.loadAverage1m.toFixed(2)} at start, ${m.loadAverage1mAtEnd.toFixed(2)} at end`,
    `- Node ${results.node.version} (V8 ${results.node.v8})`,
    `- Commit: ${results.git ? `${results.git.commit}${results.git.dirty ? ' (uncommitted changes in tracked files)' : ''}` : 'unknown'}`,
    `- Config: ${c.quick ? 'quick, ' : ''}repeat ${c.repeat}, warm-up ${c.warmupS} s, window ${c.durationS} s, knee at achieved < ${c.kneeAchievedFraction * 100}% of target or p99 > ${c.p99BoundMs} ms${c.profile ? ', CPU profiles' : ''}${c.heapSnapshot ? ', heap snapshots' : ''}`,
    `- Command: \`deftalk-bench ${c.argv.join(' ')}\``,
    '',
    'Cells are medians with [min–max] over the repeated runs. Latency runs from the intended send time (open loop) except where a note says otherwise; CPU per message is process CPU time in the window divided by messages completed in it.',
    '',
  ];
  const ratios = results.ratios.length
    ? [
        '## Ratios',
        '',
        '| ratio | figure | value | note |',
        '|---|---|---:|---|',
        ...results.ratios.map(
          (r) => `| ${r.name} | ${r.figure} | ${r.value === null ? '-' : r.value.toFixed(3)} | ${r.note} |`,
        ),
        '',
      ]
    : [];
  const targets = results.targets?.length
    ? [
        '## Targets (issue 8)',
        '',
        'Judged from this run alone; a target needs its series in the same run. They never change the exit status.',
        '',
        '| target | verdict | value | basis |',
        '|---|---|---:|---|',
        ...results.targets.map(
          (t) =>
            `| ${t.target} | ${t.verdict} | ${t.value === null ? '-' : t.value.toFixed(2)} | ${t.basis} |`,
        ),
        '',
      ]
    : [];
  return [...head, ...targets, ...ratios, ...results.series.map(seriesSection)].join('\n');
}
