/**
 * Every ```proto block of spec/*.md appears in proto/ (spec/conventions.md
 * §Protobuf excerpts): the spec quotes the wire format, it never restates it.
 * Uses the same matcher as `npm run check:trace`, and shows that the matcher
 * catches an excerpt that drifted from the source.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import t from 'tap';
import { excerptMatches, parseProtoExcerpts } from '../scripts/lib/trace.ts';

const ROOT = resolve(import.meta.dirname, '..');

function protoSources(): Map<string, string> {
  const out = new Map<string, string>();
  const visit = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) visit(p);
      else if (e.name.endsWith('.proto')) out.set(relative(join(ROOT, 'proto'), p), readFileSync(p, 'utf8'));
    }
  };
  visit(join(ROOT, 'proto'));
  return out;
}

const sources = protoSources();
const chapters = readdirSync(join(ROOT, 'spec')).filter((f) => f.endsWith('.md'));
const excerpts = chapters.flatMap((c) => parseProtoExcerpts(c, readFileSync(join(ROOT, 'spec', c), 'utf8')));

t.ok(
  excerpts.some((e) => e.chapter === 'transport.md'),
  'transport.md quotes proto',
);

for (const e of excerpts) {
  t.test(`${e.chapter}:${e.line}`, async (t) => {
    const candidates = e.file ? [sources.get(e.file)] : [...sources.values()];
    if (e.file) t.ok(sources.has(e.file), `file=${e.file} exists under proto/`);
    t.ok(
      candidates.some((src) => src !== undefined && excerptMatches(e.body, src)),
      'the excerpt appears in proto/',
    );
  });
}

t.test('a drifted excerpt is caught', async (t) => {
  const transport = sources.get('deftalk/v1/transport.proto')!;
  t.ok(excerptMatches('message Frame {\n  uint32 version = 1;', transport));
  t.notOk(excerptMatches('message Frame {\n  uint32 version = 2;', transport));
  t.notOk(excerptMatches('message Frame {\n  uint64 version = 1;', transport));
});
