/**
 * The client-mode suite through the real driver process: the reference
 * client passes every identity, session and key store case, run by
 * `deftalk-conformance client --driver "node bin/deftalk.js driver"`.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import t from 'tap';

const ROOT = resolve(import.meta.dirname, '..');

t.test('client-mode identity, session and key store cases pass against deftalk driver', async (t) => {
  const reports = mkdtempSync(join(tmpdir(), 'deftalk-client-suite-'));
  t.teardown(() => rmSync(reports, { recursive: true, force: true }));
  const child = spawn(
    process.execPath,
    [
      join(ROOT, 'bin', 'deftalk-conformance.js'),
      'client',
      '--driver',
      `"${process.execPath}" "${join(ROOT, 'bin', 'deftalk.js')}" driver`,
      '--filter',
      // client-delivery/* run in test/client-delivery-cases.test.ts.
      'client-session/*,client-identity/*,client-keystore/*',
      '--report-dir',
      reports,
      '--seed',
      '7',
    ],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let out = '';
  child.stdout.on('data', (c: Buffer) => {
    out += c.toString();
  });
  child.stderr.on('data', (c: Buffer) => {
    out += c.toString();
  });
  const code = await new Promise<number | null>((r) => child.once('exit', r));
  t.equal(code, 0, `the suite passes:\n${out}`);
  const report = JSON.parse(readFileSync(join(reports, 'report.json'), 'utf8')) as {
    cases: { id: string; outcome: string }[];
  };
  const ids = report.cases.map((c) => c.id);
  for (const prefix of ['client-session/', 'client-identity/', 'client-keystore/'])
    t.ok(
      ids.some((id) => id.startsWith(prefix)),
      `${prefix} cases ran`,
    );
  t.same(
    report.cases.filter((c) => c.outcome !== 'PASS').map((c) => `${c.id}: ${c.outcome}`),
    [],
    'every case passed',
  );
});
