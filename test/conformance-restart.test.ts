/**
 * @module
 * A relay the harness starts itself and restarts mid-run
 * (spec/conformance.md §Restarting the relay): `--relay-command` with
 * `{port}` and `{data}`, the restart cases passing against the reference
 * relay process killed with SIGKILL, failing against a relay that loses its
 * queues on restart, and UNSUPPORTED against a relay given by URL.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import t from 'tap';
import { ALL_CASES } from '../conformance/cases/index.ts';
import { freePort, RelayProcess, relayCommandLine } from '../conformance/runner/relayProcess.ts';
import { runConformance } from '../conformance/runner/run.ts';
import { collector, readReport, schemaErrors, scratch } from './conformance-helpers.ts';

const run = promisify(execFile);
const REFERENCE = `${process.execPath} bin/deftalk-relay.js --port {port} --data {data} --test-hooks --log-level warn --pin-scrypt-log2n 10`;
const QUEUES_CLEARED = `${process.execPath} --import tsx conformance/zoo/fixtures/queues-cleared-on-start.ts --port {port} --data {data}`;
const FILTER = 'restart/acknowledged-survive-kill';

t.test('placeholders and the relay process: same port and data directory after a SIGKILL', async (t) => {
  t.equal(
    relayCommandLine('r --port {port} --data {data} --x {port}', 9, '/d'),
    'r --port 9 --data /d --x 9',
  );
  const relay = await RelayProcess.start({ command: REFERENCE, timeout: (ms) => ms * 2 });
  t.teardown(() => relay.close());
  const before = await fetch(new URL('/v1/info', relay.url));
  t.equal(before.status, 200);
  const { exit } = await relay.restart('SIGKILL');
  t.match(exit, /signal SIGKILL/);
  t.equal(relay.starts, 2);
  const after = await fetch(new URL('/v1/info', relay.url));
  t.equal(after.status, 200, 'the same URL answers again');
  t.ok((await freePort()) > 0);
});

t.test(
  'restart case: passes against the reference, fails against a relay that drops its queues',
  async (t) => {
    const newDir = scratch(t);
    const dir = newDir();
    const good = await runConformance({
      mode: 'relay',
      cases: ALL_CASES,
      target: { kind: 'relay-process', command: REFERENCE },
      reportDir: dir,
      filter: FILTER,
      seed: 5,
      progress: collector(),
    });
    t.equal(good.report.cases.length, 1);
    t.equal(good.report.cases[0]!.outcome, 'PASS', good.report.cases[0]!.error?.message ?? '');
    t.match(good.report.cases[0]!.evidence.join('\n'), /relay killed with SIGKILL by the case/);
    t.match(good.report.target, /^relay command: /);
    t.equal(schemaErrors(readReport(dir)), '');

    const bad = await runConformance({
      mode: 'relay',
      cases: ALL_CASES,
      target: { kind: 'relay-process', command: QUEUES_CLEARED },
      reportDir: newDir(),
      filter: FILTER,
      seed: 5,
      progress: collector(),
    });
    t.equal(bad.report.cases[0]!.outcome, 'FAIL');
    t.match(
      bad.report.cases[0]!.error?.message,
      /every send the relay answered is delivered after the restart/,
    );
    t.equal(bad.exitStatus, 1);
  },
);

t.test('without --relay-command the restart cases are UNSUPPORTED, never a pass', async (t) => {
  const newDir = scratch(t);
  const relay = await RelayProcess.start({ command: REFERENCE, timeout: (ms) => ms * 2 });
  t.teardown(() => relay.close());
  const { report } = await runConformance({
    mode: 'relay',
    cases: ALL_CASES,
    target: { kind: 'relay', url: relay.url },
    reportDir: newDir(),
    filter: 'restart/',
    progress: collector(),
  });
  t.same(
    report.cases.map((c) => c.outcome),
    ['UNSUPPORTED', 'UNSUPPORTED'],
  );
  t.match(report.cases[0]!.error?.message, /--relay-command/);
});

t.test('--relay-command usage', async (t) => {
  const cli = [process.execPath, 'bin/deftalk-conformance.js', 'relay'];
  for (const args of [
    ['--relay-command', 'x --port {port}', '--url', 'http://127.0.0.1:1'],
    ['--relay-command', 'x --no-port'],
  ]) {
    await t.rejects(run(cli[0]!, [...cli.slice(1), ...args]), { code: 2 }, args.join(' '));
  }
  await t.rejects(
    run(cli[0]!, [...cli.slice(1), '--relay-command', 'exit 3 # {port}', '--filter', 'none']),
    { code: 2 },
    'a relay command that exits at once is an unreachable target',
  );
});
