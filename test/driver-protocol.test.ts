/**
 * @module
 * The driver protocol (spec/driver.md) from both sides. A fake driver with
 * one deliberate fault at a time proves that each client-mode driver case
 * catches the fault it is written for, and that the harness turns a crash,
 * stray stdout output and a driver that will not exit into clear failures
 * with evidence. The fault-free fake passes every case, so the failures are
 * the faults' doing.
 */
import t from 'tap';
import { DRIVER_CASES } from '../conformance/cases/client/driver.ts';
import { runConformance } from '../conformance/runner/run.ts';
import { collector, fakeDriverCommand, scratch } from './conformance-helpers.ts';

async function runClient(t: { teardown(fn: () => void): void }, fault: string, filter?: string) {
  const newDir = scratch(t);
  const { report } = await runConformance({
    mode: 'client',
    cases: DRIVER_CASES,
    target: { kind: 'driver', command: fakeDriverCommand(newDir(), fault) },
    reportDir: newDir(),
    // A plain-JavaScript driver starts fast; a small factor keeps the
    // lingering-driver fault from waiting the full five seconds.
    timeoutFactor: 0.4,
    progress: collector(),
    ...(filter ? { filter } : {}),
  });
  return report;
}

t.test('a fault-free driver passes every driver case', async (t) => {
  const report = await runClient(t, 'none');
  t.same(
    report.cases.filter((c) => c.outcome !== 'PASS').map((c) => `${c.id}: ${c.error?.message}`),
    [],
  );
  t.equal(report.cases.length, DRIVER_CASES.length);
});

const FAULTS: [fault: string, caseId: string, message: RegExp][] = [
  ['unknown-ok', 'driver/unknown-operation', /answered the unknown operation .* with a result/],
  ['crash-on-malformed', 'driver/malformed-request', /driver exited \(code 3/],
  ['wrong-id', 'driver/ids-echoed', /.+/],
  ['noise', 'driver/hello', /driver protocol violations: stdout line is not JSON: debug: said hello/],
  ['bad-params-ok', 'driver/bad-params', /expected an error answer/],
  ['no-exit', 'driver/shutdown', /did not exit within \d+ ms after shutdown/],
  ['no-exit', 'driver/end-of-input', /did not exit within \d+ ms after the end of its input/],
];

for (const [fault, caseId, message] of FAULTS) {
  t.test(`fault ${fault} fails ${caseId}`, async (t) => {
    const report = await runClient(t, fault, caseId);
    const c = report.cases.find((x) => x.id === caseId)!;
    t.equal(c.outcome, 'FAIL', 'a MUST of spec/driver.md is broken');
    t.match(c.error?.message, message);
  });
}

t.test(
  'a driver that crashes mid-case fails the case with its exit status and stderr as evidence',
  async (t) => {
    const report = await runClient(t, 'stderr-then-crash', 'driver/unknown-operation');
    const c = report.cases[0]!;
    t.equal(c.outcome, 'FAIL');
    t.match(
      c.error?.message,
      /driver exited \(code 7, signal none\); last stderr: boom: simulated failure while op/,
    );
    t.ok(c.evidence.includes('driver stderr: boom: simulated failure'), 'stderr is copied into the evidence');
  },
);

t.test('a driver that ignores shutdown and SIGTERM is killed and the run still completes', async (t) => {
  const report = await runClient(t, 'no-exit', 'driver/hello');
  const c = report.cases[0]!;
  t.equal(c.outcome, 'PASS', 'hello itself is fine');
  t.ok(
    c.evidence.some((l) => l.includes('sending SIGTERM to its process group')),
    'the harness escalated after shutdown',
  );
  const pidLine = c.evidence.find((l) => /^driver stderr: pid \d+$/.test(l));
  t.ok(pidLine, 'the fake driver told its pid');
  const pid = Number(pidLine!.split(' ').at(-1));
  // The SIGKILL is sent before the case result exists; wait for the kernel
  // to finish the process off (it is reparented and reaped by init).
  let alive = true;
  for (let i = 0; i < 100 && alive; i++) {
    try {
      process.kill(pid, 0);
      await new Promise((r) => setImmediate(r));
      await new Promise((r) => setTimeout(r, 50));
    } catch {
      alive = false;
    }
  }
  t.notOk(alive, 'no driver process outlives the case');
});

t.test('a driver command that does not start makes the run stop before any case', async (t) => {
  const newDir = scratch(t);
  await t.rejects(
    runConformance({
      mode: 'client',
      cases: DRIVER_CASES,
      target: { kind: 'driver', command: 'exit 9' },
      reportDir: newDir(),
      progress: collector(),
    }),
    { name: 'TargetUnavailable', message: /driver did not complete hello: driver exited \(code 9/ },
  );
});
