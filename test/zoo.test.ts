/**
 * Bug zoo runner (spec/conformance.md §The bug zoo): two real zoo relays run
 * through the full relay suite are KILLED by the cases citing what they
 * break, and a synthetic member that is actually the correct reference relay
 * SURVIVES, which makes `npm run conformance:zoo` exit non-zero with
 * `killed 2 of 3` as its last line.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import type { ZooRun } from '../conformance/zoo/run.ts';

t.setTimeout(600_000);

function runZooCli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'conformance/zoo/run.ts', ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

t.test('zoo members are killed on target; a correct member survives and fails the run', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'deftalk-zoo-test-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const { code, stdout, stderr } = await runZooCli([
    '--only',
    'sets-cookie,nonce-replay',
    '--member',
    'conformance/zoo/fixtures/correct-relay.ts',
    '--report-dir',
    dir,
    '--seed',
    '42',
    // One member at a time: runs judged in one process share its handlers of
    // stray errors, so an error leaking from a faulty member's case can fail
    // the case another run has going (reproduced), and the correct member,
    // judged beside two faulty ones, could be KILLED by what they leak. tap
    // runs other files beside this one, so cases also get three times their
    // timeout: a case's own time limit is not what this test checks.
    '--parallel',
    '1',
    '--timeout-factor',
    '3',
  ]);
  t.equal(
    code,
    1,
    `a surviving member makes the zoo exit 1 (stdout: ${stdout.slice(-1500)}; stderr: ${stderr.slice(-500)})`,
  );
  const lines = stdout.trim().split('\n');
  t.equal(lines.at(-1), 'killed 2 of 3', 'the last line is the kill line');
  t.match(stdout, /reference-relay passes/, 'the reference relay ran first and passed');
  t.match(stdout, /^KILLED +sets-cookie \[REQ-PRIV-002\] by privacy\/no-cookies/m);
  t.match(stdout, /^KILLED +nonce-replay \[REQ-AUTH-003\] by auth\/replayed-nonce/m);
  t.match(stdout, /^SURVIVED correct-relay \[REQ-PRIV-002\]: no case failed/m);

  const run = JSON.parse(readFileSync(join(dir, 'zoo.json'), 'utf8')) as ZooRun;
  t.equal(run.exitStatus, 1);
  t.equal(run.killed, 2);
  t.same(Object.fromEntries(run.members.map((m) => [m.name, m.verdict])), {
    'sets-cookie': 'KILLED',
    'nonce-replay': 'KILLED',
    'correct-relay': 'SURVIVED',
  });
  const cookie = run.members.find((m) => m.name === 'sets-cookie')!;
  t.ok(
    cookie.failures.some((f) => f.id === 'privacy/no-cookies' && f.onTarget),
    'the cookie member fails the case citing REQ-PRIV-002',
  );
  t.equal(run.references[0]?.summary?.failed, 0, 'the full relay suite passed against the reference');
  t.ok((run.references[0]?.summary?.passed ?? 0) > 50, 'the full suite ran, not a filtered one');
  t.match(readFileSync(join(dir, 'zoo.md'), 'utf8'), /killed 2 of 3/);
});

t.test('unknown member names are a usage error', async (t) => {
  const { code, stderr } = await runZooCli(['--only', 'no-such-member']);
  t.equal(code, 2);
  t.match(stderr, /no zoo member named no-such-member/);
});
