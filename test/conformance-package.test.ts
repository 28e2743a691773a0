/**
 * @module
 * The harness as a package for someone else's CI (conformance/README.md
 * §Run against your implementation): `npm pack` holds every module
 * `deftalk-conformance` loads and every data file it reads, every package
 * it imports is a runtime dependency, and the packed tree runs on its own,
 * printing the suite version every report records.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, normalize, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import t from 'tap';
import { SUITE_VERSION } from '../conformance/runner/report.ts';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  private?: boolean;
};

/** Relative module imports (runtime and type-only) and bare runtime imports of one source file. */
function importsOf(file: string): { relative: string[]; bare: string[] } {
  const text = readFileSync(file, 'utf8');
  const rel: string[] = [];
  const bare: string[] = [];
  const re = /(?:^|\n)\s*(import|export)\s+(type\s+)?[^'";]*?from\s+'([^']+)'|import\(\s*'([^']+)'\s*\)/g;
  for (const m of text.matchAll(re)) {
    const spec = (m[3] ?? m[4])!;
    if (spec.startsWith('.')) rel.push(normalize(join(dirname(file), spec)));
    else if (!m[2]) bare.push(spec);
  }
  return { relative: rel, bare };
}

/** The package name of a bare specifier (`@scope/name/sub` -> `@scope/name`). */
function packageName(spec: string): string {
  const parts = spec.split('/');
  return spec.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!;
}

t.test(
  'npm pack holds everything deftalk-conformance loads; its imports are runtime dependencies',
  async (t) => {
    t.ok(pkg.private, 'the package stays private: it is packed for CI, never published');
    const { stdout } = await run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
      cwd: ROOT,
      maxBuffer: 64 * 1024 * 1024,
    });
    const packed = new Set(
      (JSON.parse(stdout) as { files: { path: string }[] }[])[0]!.files.map((f) => f.path),
    );
    const seen = new Set<string>();
    const missing: string[] = [];
    const undeclared = new Set<string>();
    const queue = [join(ROOT, 'bin/deftalk-conformance.js'), join(ROOT, 'conformance/cli.ts')];
    while (queue.length) {
      const file = queue.pop()!;
      const rel = relative(ROOT, file);
      if (seen.has(rel)) continue;
      seen.add(rel);
      if (!packed.has(rel)) missing.push(rel);
      const { relative: next, bare } = importsOf(file);
      queue.push(...next);
      for (const spec of bare) {
        if (spec.startsWith('node:') || builtinModules.includes(spec)) continue;
        if (!(packageName(spec) in pkg.dependencies)) undeclared.add(packageName(spec));
      }
    }
    t.ok(seen.size > 50, `the import closure was walked (${seen.size} modules)`);
    t.same(missing, [], 'every module the harness loads is packed');
    t.same([...undeclared], [], 'every package the harness imports is a runtime dependency');
    const data = [
      'spec/requirements.json',
      'conformance/report.schema.json',
      'conformance/expectations.schema.json',
      'conformance/README.md',
      'package.json',
    ];
    for (const f of data) t.ok(packed.has(f), `${f} is packed`);
    t.ok(
      [...packed].some((f) => /^conformance\/vectors\/[a-z]+\.json$/.test(f)),
      'the vector files are packed',
    );
    t.notOk(
      [...packed].some((f) => f.startsWith('test/')),
      'the project tests are not',
    );
  },
);

t.test('the packed tree runs: --version and a vectors run from the unpacked tarball', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'deftalk-pack-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const { stdout } = await run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], {
    cwd: ROOT,
    maxBuffer: 64 * 1024 * 1024,
  });
  const tarball = (JSON.parse(stdout) as { filename: string }[])[0]!.filename;
  await run('tar', ['-xzf', join(dir, tarball), '-C', dir]);
  const unpacked = join(dir, 'package');
  // What `npm install` would put there; the registry is not needed for this check.
  symlinkSync(join(ROOT, 'node_modules'), join(unpacked, 'node_modules'));
  const bin = join(unpacked, 'bin/deftalk-conformance.js');
  const version = await run(process.execPath, [bin, '--version'], { cwd: dir });
  t.equal(version.stdout, `deftalk-conformance ${SUITE_VERSION}\n`);
  const reports = join(dir, 'reports');
  const vectors = await run(
    process.execPath,
    [bin, 'vectors', '--filter', 'vectors/kdf', '--report-dir', reports, '--seed', '1'],
    { cwd: dir },
  );
  t.match(vectors.stdout, /conformance: 1 passed, 0 failed/);
  const report = JSON.parse(readFileSync(join(reports, 'report.json'), 'utf8'));
  t.equal(report.suite.version, SUITE_VERSION, 'the report records the suite version it ran');
});
