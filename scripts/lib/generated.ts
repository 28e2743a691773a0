/**
 * @module
 * Writing and checking committed generated files. Every generator in
 * `scripts/` takes `--check`: it then compares instead of writing and exits 1
 * with the stale path, so `npm test` fails when a generated file is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';

/** Result of one write-or-check; `stale` is true when `--check` found a difference. */
export interface GeneratedResult {
  path: string;
  stale: boolean;
}

/**
 * Write `content` to `path`, or with `check` compare it with what is on disk.
 * @example writeOrCheck('spec/requirements.json', json, process.argv.includes('--check'))
 */
export function writeOrCheck(path: string, content: string, check: boolean): GeneratedResult {
  let current: string | undefined;
  try {
    current = readFileSync(path, 'utf8');
  } catch {
    current = undefined;
  }
  if (current === content) return { path, stale: false };
  if (check) return { path, stale: true };
  writeFileSync(path, content);
  return { path, stale: false };
}

/**
 * Replace the text between `<!-- BEGIN GENERATED: name -->` and
 * `<!-- END GENERATED: name -->` in a document.
 */
export function replaceGeneratedBlock(doc: string, name: string, body: string): string {
  const begin = `<!-- BEGIN GENERATED: ${name} -->`;
  const end = `<!-- END GENERATED: ${name} -->`;
  const i = doc.indexOf(begin);
  const j = doc.indexOf(end);
  if (i < 0 || j < i) throw new Error(`generated block '${name}' markers not found`);
  return `${doc.slice(0, i + begin.length)}\n${body}${doc.slice(j)}`;
}

/** Print the outcome of a generator run and return its exit code. */
export function report(generator: string, results: GeneratedResult[], check: boolean): number {
  const stale = results.filter((r) => r.stale);
  for (const r of stale) {
    console.error(
      `${generator}: ${relative(process.cwd(), r.path)} is stale; run \`npm run generate\` and commit.`,
    );
  }
  if (!check) console.log(`${generator}: wrote ${results.map((r) => r.path).join(', ')}`);
  return stale.length ? 1 : 0;
}
