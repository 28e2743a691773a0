/**
 * @module
 * `deftalk-conformance` as a process: help for the tool and each mode,
 * usage errors with exit status 2, and vectors mode through the reference
 * driver writing its four reports with the exit status the report records.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import t from 'tap';
import { VECTOR_AREAS } from '../conformance/vectors/areas.ts';
import { readReport, schemaErrors, scratch } from './conformance-helpers.ts';

const run = promisify(execFile);

t.test('deftalk-conformance command line', async (t) => {
  const newDir = scratch(t);
  // Independent processes: run them side by side.
  const [help, ...modeHelp] = await Promise.all([
    run(process.execPath, ['bin/deftalk-conformance.js', '--help']),
    ...['vectors', 'relay', 'client'].map((mode) =>
      run(process.execPath, ['bin/deftalk-conformance.js', mode, '--help']),
    ),
  ]);
  t.match(help!.stdout, /Usage: deftalk-conformance <mode>/);
  ['vectors', 'relay', 'client'].forEach((mode, i) => {
    t.match(modeHelp[i]!.stdout, new RegExp(`Usage: deftalk-conformance ${mode}`));
    t.match(modeHelp[i]!.stdout, /--timeout-factor/);
  });
  const bad = [
    ['relay'],
    ['client'],
    ['relay', '--url', 'ftp://x'],
    ['vectors', '--seed', '-1'],
    ['vectors', '--timeout-factor', '0'],
    ['nonsense'],
  ];
  await Promise.all(
    bad.map((args) =>
      t.rejects(run(process.execPath, ['bin/deftalk-conformance.js', ...args]), { code: 2 }, args.join(' ')),
    ),
  );
  // Vectors mode through the reference driver: whatever areas exist today,
  // the four reports are written and the exit status is what the report says.
  const dir = newDir();
  let status = 0;
  let stdout = '';
  try {
    ({ stdout } = await run(process.execPath, [
      'bin/deftalk-conformance.js',
      'vectors',
      '--driver',
      'node bin/deftalk.js driver',
      '--report-dir',
      dir,
      '--seed',
      '11',
      // Two areas keep the test short; every area through the driver is the
      // areas' own tests' business.
      '--filter',
      'vectors/wire,vectors/kdf',
    ]));
  } catch (e) {
    const err = e as { code: number; stdout: string };
    status = err.code;
    stdout = err.stdout;
  }
  for (const f of ['report.json', 'report.tap', 'report.junit.xml', 'report.html']) {
    t.ok(existsSync(join(dir, f)), `${f} written`);
  }
  const report = readReport(dir);
  t.equal(schemaErrors(report), '');
  t.equal(report.exitStatus, status, 'the exit status is the one recorded in the report');
  t.equal(report.seed, 11);
  t.equal(
    report.summary.total,
    VECTOR_AREAS.filter((a) => ['wire', 'kdf'].includes(a.area)).length,
    'one case per selected area',
  );
  t.equal(report.summary.failed, 0, 'the reference driver reaches every expected verdict');
  t.match(stdout, /\nconformance: \d+ passed, \d+ failed, \d+ non-strict, \d+ unsupported\n$/);
});
