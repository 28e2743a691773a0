/**
 * @module
 * chart.svg: latency (p50 and p99, log scale) against achieved throughput,
 * one panel per series, each point the median over the repeated runs of one
 * rate step. Hand-written SVG, no dependency.
 */
import type { Results, SeriesRecord } from './results.ts';

const PANEL_W = 420;
const PANEL_H = 280;
const M = { left: 58, right: 14, top: 34, bottom: 44 };
const COLS = 2;

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const num = (n: number) => (Math.round(n * 10) / 10).toString();

function niceMax(v: number): number {
  if (v <= 0) return 1;
  const p = 10 ** Math.floor(Math.log10(v));
  for (const m of [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]) if (m * p >= v) return m * p;
  return 10 * p;
}

function compact(v: number): string {
  if (v >= 1e6) return `${num(v / 1e6)}M`;
  if (v >= 1e3) return `${num(v / 1e3)}k`;
  return num(v);
}

function panel(s: SeriesRecord, x0: number, y0: number): string {
  const out: string[] = [];
  const w = PANEL_W - M.left - M.right;
  const h = PANEL_H - M.top - M.bottom;
  out.push(`<g transform="translate(${x0},${y0})">`);
  out.push(`<text x="${PANEL_W / 2}" y="18" text-anchor="middle" font-weight="bold">${esc(s.id)}</text>`);
  const pts = s.steps
    .map((st) => ({
      x: st.figures.achieved_rate?.median,
      p50: st.figures.latency_p50_ms?.median,
      p99: st.figures.latency_p99_ms?.median,
      beyond: st.verdict !== 'sustained',
    }))
    .filter((p): p is { x: number; p50: number; p99: number; beyond: boolean } =>
      [p.x, p.p50, p.p99].every((v) => typeof v === 'number' && Number.isFinite(v)),
    );
  out.push(
    `<rect x="${M.left}" y="${M.top}" width="${w}" height="${h}" fill="none" stroke="#999" stroke-width="1"/>`,
  );
  if (pts.length === 0) {
    const why = s.status === 'skipped' ? `skipped: ${s.skipped ?? ''}` : 'no data';
    out.push(
      `<text x="${PANEL_W / 2}" y="${M.top + h / 2}" text-anchor="middle" fill="#666">${esc(why)}</text>`,
    );
    out.push('</g>');
    return out.join('\n');
  }
  const xMax = niceMax(Math.max(...pts.map((p) => p.x)));
  const lat = pts.flatMap((p) => [p.p50, p.p99]).map((v) => Math.max(v, 0.001));
  const yLo = 10 ** Math.floor(Math.log10(Math.min(...lat)));
  const yHi = 10 ** Math.ceil(Math.log10(Math.max(...lat) * 1.0001));
  const sx = (v: number) => M.left + (v / xMax) * w;
  const sy = (v: number) =>
    M.top + h - ((Math.log10(Math.max(v, yLo)) - Math.log10(yLo)) / (Math.log10(yHi) - Math.log10(yLo))) * h;
  // Axes: five x ticks, one y tick per decade.
  for (let i = 0; i <= 5; i++) {
    const v = (xMax * i) / 5;
    out.push(
      `<line x1="${num(sx(v))}" y1="${M.top + h}" x2="${num(sx(v))}" y2="${M.top + h + 4}" stroke="#999"/>`,
    );
    out.push(
      `<text x="${num(sx(v))}" y="${M.top + h + 16}" text-anchor="middle" font-size="10">${compact(v)}</text>`,
    );
  }
  for (let d = Math.log10(yLo); d <= Math.log10(yHi) + 1e-9; d++) {
    const v = 10 ** d;
    out.push(`<line x1="${M.left}" y1="${num(sy(v))}" x2="${M.left + w}" y2="${num(sy(v))}" stroke="#eee"/>`);
    out.push(
      `<text x="${M.left - 4}" y="${num(sy(v) + 3)}" text-anchor="end" font-size="10">${v >= 1 ? v : v.toPrecision(1)}</text>`,
    );
  }
  out.push(
    `<text x="${M.left + w / 2}" y="${PANEL_H - 8}" text-anchor="middle" font-size="11">achieved msg/s (median)</text>`,
  );
  out.push(
    `<text x="14" y="${M.top + h / 2}" text-anchor="middle" font-size="11" transform="rotate(-90 14 ${M.top + h / 2})">latency ms (log)</text>`,
  );
  for (const [key, color, dash] of [
    ['p50', '#1f77b4', '4 3'],
    ['p99', '#d62728', ''],
  ] as const) {
    const d = pts.map((p) => `${num(sx(p.x))},${num(sy(p[key]))}`).join(' ');
    out.push(
      `<polyline points="${d}" fill="none" stroke="${color}" stroke-width="1.8"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`,
    );
    for (const p of pts) {
      out.push(
        `<circle cx="${num(sx(p.x))}" cy="${num(sy(p[key]))}" r="3" fill="${p.beyond ? '#fff' : color}" stroke="${color}"><title>${key} ${num(p[key])} ms at ${Math.round(p.x)} msg/s</title></circle>`,
      );
    }
  }
  out.push(
    `<text x="${M.left + 6}" y="${M.top + 12}" font-size="10"><tspan fill="#1f77b4">- - p50</tspan>  <tspan fill="#d62728">— p99</tspan>  ○ beyond knee</text>`,
  );
  out.push('</g>');
  return out.join('\n');
}

/** Render the chart of `results` as a standalone SVG document. */
export function renderChart(results: Results): string {
  const n = Math.max(1, results.series.length);
  const rows = Math.ceil(n / COLS);
  const width = PANEL_W * Math.min(COLS, n);
  const height = PANEL_H * rows + 40;
  const title = `deftalk-bench ${results.startedAt} · ${results.machine.cores} cores ${results.machine.cpuModel} · Node ${results.node.version}${results.git ? ` · ${results.git.commit.slice(0, 10)}${results.git.dirty ? '+dirty' : ''}` : ''}`;
  const body = results.series.map((s, i) =>
    panel(s, (i % COLS) * PANEL_W, 40 + Math.floor(i / COLS) * PANEL_H),
  );
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="12" role="img">`,
    // A screen reader's name for the chart (and what biome's a11y rule asks of an SVG file).
    `<title>Latency against achieved rate: ${esc(title)}</title>`,
    `<rect width="${width}" height="${height}" fill="#fff"/>`,
    `<text x="${width / 2}" y="22" text-anchor="middle" font-size="13">${esc(title)}</text>`,
    ...body,
    '</svg>',
    '',
  ].join('\n');
}
