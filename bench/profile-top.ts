/**
 * @module
 * Read a V8 `.cpuprofile` without a browser: the functions with the most
 * self time and the most inclusive (total) time, as percentages of the
 * samples, optionally only the samples of the last `--last S` seconds of
 * the profile (the drain of `offline-drain`, the window of a run, after the
 * registration that precedes it).
 *
 * ```sh
 * node --import tsx bench/profile-top.ts FILE.cpuprofile [--top 25] [--last 4]
 * ```
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Self and inclusive sample shares per function of `profile` (samples after `fromUs` only). */
export function topFunctions(
  profile: Profile,
  fromEndUs?: number,
): { self: Map<string, number>; total: Map<string, number>; samples: number } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const times: number[] = [];
  let t = 0;
  for (const d of profile.timeDeltas) {
    t += d;
    times.push(t);
  }
  const from = fromEndUs === undefined ? Number.NEGATIVE_INFINITY : t - fromEndUs;
  const name = (n: ProfileNode) => {
    const f = n.callFrame;
    const file = f.url ? basename(f.url.replace(/^file:\/\//, '')) : '';
    return `${f.functionName || '(anonymous)'} ${file}${file ? `:${f.lineNumber + 1}` : ''}`;
  };
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  let samples = 0;
  profile.samples.forEach((id, i) => {
    if ((times[i] ?? 0) < from) return;
    const node = byId.get(id);
    if (!node || node.callFrame.functionName === '(idle)') return;
    samples++;
    const s = name(node);
    self.set(s, (self.get(s) ?? 0) + 1);
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const n = byId.get(cur)!;
      const k = name(n);
      if (seen.has(k)) continue;
      seen.add(k);
      total.set(k, (total.get(k) ?? 0) + 1);
    }
  });
  return { self, total, samples };
}

if (process.argv[1]?.endsWith('profile-top.ts')) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { top: { type: 'string', default: '25' }, last: { type: 'string' } },
  });
  const top = Number(values.top);
  for (const file of positionals) {
    const p = JSON.parse(readFileSync(file, 'utf8')) as Profile;
    const r = topFunctions(p, values.last === undefined ? undefined : Number(values.last) * 1e6);
    const show = (title: string, m: Map<string, number>) => {
      process.stdout.write(`${title} (${r.samples} non-idle samples)\n`);
      for (const [k, v] of [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, top)) {
        process.stdout.write(`  ${((100 * v) / r.samples).toFixed(1).padStart(5)} %  ${k}\n`);
      }
    };
    process.stdout.write(`${file}\n`);
    show('self', r.self);
    show('total', r.total);
  }
}
