/**
 * The client-mode delivery cases (conformance/cases/client/delivery.ts)
 * through real driver processes: the reference client passes all five under
 * `deftalk-conformance client --driver "node bin/deftalk.js driver"`, a
 * faulty client that acknowledges pushes before storing them fails
 * client-delivery/ack-after-persist, and the runner's `ctx.restartDriver`
 * kills the driver with SIGKILL and hands the case a fresh one.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Writable } from 'node:stream';
import t from 'tap';
import { type ConformanceCase, check, DriverError } from '../conformance/case.ts';
import { runConformance } from '../conformance/runner/run.ts';

const ROOT = resolve(import.meta.dirname, '..');
const REFERENCE = `"${process.execPath}" "${join(ROOT, 'bin', 'deftalk.js')}" driver`;
const FAULTY = `"${process.execPath}" --import tsx "${join(ROOT, 'conformance', 'zoo', 'drive.ts')}" "${join(
  ROOT,
  'conformance',
  'zoo',
  'clients',
  'ack-before-persist.ts',
)}"`;

interface Report {
  exitStatus: number;
  cases: { id: string; outcome: string; error?: { message: string } }[];
}

async function suite(driver: string): Promise<{ code: number | null; out: string; report: Report }> {
  const reports = mkdtempSync(join(tmpdir(), 'deftalk-client-delivery-'));
  try {
    const child = spawn(
      process.execPath,
      [
        join(ROOT, 'bin', 'deftalk-conformance.js'),
        'client',
        '--driver',
        driver,
        '--filter',
        'client-delivery/*',
        '--report-dir',
        reports,
        '--seed',
        '11',
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
    const report = JSON.parse(readFileSync(join(reports, 'report.json'), 'utf8')) as Report;
    return { code, out, report };
  } finally {
    rmSync(reports, { recursive: true, force: true });
  }
}

t.test('the reference client passes every client-delivery case', async (t) => {
  const { code, out, report } = await suite(REFERENCE);
  t.equal(code, 0, `the suite passes:\n${out}`);
  t.same(
    report.cases.map((c) => c.id).sort(),
    [
      'client-delivery/ack-after-persist',
      'client-delivery/receipts-encrypted',
      'client-delivery/redelivery-shown-once',
      'client-delivery/sync-transcript',
      'client-delivery/typing-transient',
    ],
    'all five cases ran',
  );
  t.same(
    report.cases.filter((c) => c.outcome !== 'PASS').map((c) => `${c.id}: ${c.outcome}`),
    [],
    'every case passed',
  );
});

t.test('a client that acknowledges before storing fails ack-after-persist', async (t) => {
  const { code, out, report } = await suite(FAULTY);
  t.equal(code, 1, `the suite fails:\n${out}`);
  const c = report.cases.find((x) => x.id === 'client-delivery/ack-after-persist');
  t.equal(c?.outcome, 'FAIL', 'ack-after-persist fails');
  t.match(c?.error?.message ?? '', /stored before the ack/, 'because the acknowledged message is gone');
});

t.test('ctx.restartDriver kills the driver with SIGKILL and starts the same command again', async (t) => {
  const reports = mkdtempSync(join(tmpdir(), 'deftalk-restart-'));
  t.teardown(() => rmSync(reports, { recursive: true, force: true }));
  const restart: ConformanceCase = {
    id: 'test/restart',
    title: 'restart the driver',
    mode: 'client',
    requirements: ['REQ-CLIENT-008'],
    async run(ctx) {
      const first = ctx.driver;
      check(first && ctx.restartDriver, 'a driver and a way to restart it');
      // A pending call on the killed driver fails; the new one answers.
      const pending = first.call('identity.trusted', { peer: 'x' }).then(
        () => 'answered',
        (e: Error) => (e instanceof DriverError ? 'driver error' : e.name),
      );
      const second = await ctx.restartDriver({ signal: 'SIGKILL' });
      check(second !== first, 'a new link');
      check(ctx.driver === second, 'ctx.driver is the new link');
      check(second.hello.capabilities.includes('client.messages'), 'hello was performed again');
      const late = await first.call('hello', {}).then(
        () => 'answered',
        (e: Error) => e.name,
      );
      check(late === 'DriverCrashed', 'the killed driver answers nothing more', 'DriverCrashed', late);
      ctx.log(`pending call on the killed driver: ${await pending}`);
      await second.call('messages.list').catch((e: unknown) => {
        check(e instanceof DriverError && e.errorName === 'NOT_REGISTERED', 'the new driver answers', '', e);
      });
    },
  };
  const { report } = await runConformance({
    mode: 'client',
    cases: [restart],
    target: { kind: 'driver', command: REFERENCE },
    reportDir: reports,
    seed: 1,
    progress: new Writable({ write: (_c, _e, cb) => cb() }),
  });
  const r = report.cases[0]!;
  t.equal(r.outcome, 'PASS', JSON.stringify(r.error));
  t.ok(
    r.evidence.some((l) => l.includes('killed with SIGKILL by the case')),
    'the evidence records the kill',
  );
  t.ok(
    r.evidence.some((l) => /driver exited \(code none, signal SIGKILL\)/.test(l)),
    'and the exit by SIGKILL',
  );
});
