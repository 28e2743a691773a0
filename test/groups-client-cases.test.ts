/**
 * The client-mode group cases (conformance/cases/client/groups.ts) through
 * real driver processes: the reference client passes all of them under
 * `deftalk-conformance client --driver "node bin/deftalk.js driver"`, and
 * the bug-zoo client that keeps its sender key after a removal fails
 * client-groups/removed-member-reads-nothing-after and, after a member's
 * device was unlinked, client-groups/removed-device-reads-nothing-after.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import t from 'tap';

const ROOT = resolve(import.meta.dirname, '..');
const REFERENCE = `"${process.execPath}" "${join(ROOT, 'bin', 'deftalk.js')}" driver`;
const NO_ROTATION = `"${process.execPath}" --import tsx "${join(ROOT, 'conformance', 'zoo', 'drive.ts')}" "${join(
  ROOT,
  'conformance',
  'zoo',
  'clients',
  'group-key-not-rotated.ts',
)}"`;

interface Report {
  cases: { id: string; outcome: string; error?: { message: string } }[];
}

async function suite(
  driver: string,
  filter: string,
): Promise<{ code: number | null; out: string; report: Report }> {
  const reports = mkdtempSync(join(tmpdir(), 'deftalk-client-groups-'));
  try {
    const child = spawn(
      process.execPath,
      [
        join(ROOT, 'bin', 'deftalk-conformance.js'),
        'client',
        '--driver',
        driver,
        '--filter',
        filter,
        '--report-dir',
        reports,
        '--seed',
        '5',
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
    return { code, out, report: JSON.parse(readFileSync(join(reports, 'report.json'), 'utf8')) as Report };
  } finally {
    rmSync(reports, { recursive: true, force: true });
  }
}

t.test('the reference client passes the group cases', async (t) => {
  const { code, out, report } = await suite(REFERENCE, 'client-groups/*');
  t.equal(report.cases.length, 3, 'every client group case ran');
  for (const c of report.cases) t.equal(c.outcome, 'PASS', `${c.id}: ${c.error?.message ?? ''}`);
  t.equal(code, 0, out.slice(-2000));
});

t.test('a client that keeps its sender key after a removal fails the rotation case', async (t) => {
  const { code, report } = await suite(NO_ROTATION, 'client-groups/removed-member-reads-nothing-after');
  t.equal(report.cases[0]?.outcome, 'FAIL', 'the case fails');
  t.not(code, 0, 'the run exits non-zero');
});

t.test('a client that keeps its sender key after a device was unlinked fails the device case', async (t) => {
  const { code, report } = await suite(NO_ROTATION, 'client-groups/removed-device-reads-nothing-after');
  t.equal(report.cases[0]?.outcome, 'FAIL', 'the case fails');
  t.not(code, 0, 'the run exits non-zero');
});
