/**
 * The zoo starts its relays by command (spec/conformance.md §The bug zoo,
 * §Restarting the relay): the restart cases run against the reference relay
 * and pass, and kill the members whose faults only a restart shows. A zoo
 * relay stops when the harness's pipe on its standard input ends, and the
 * harness removes the data directory it made.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { RESTART_RELAY_CASES } from '../conformance/cases/relay/restart.ts';
import { freePort, RelayProcess } from '../conformance/runner/relayProcess.ts';
import { ZOO_RELAYS } from '../conformance/zoo/members.ts';
import { relayCommand, runZoo } from '../conformance/zoo/run.ts';
import { collector } from './conformance-helpers.ts';

t.setTimeout(600_000);

t.test(
  'restart cases run against zoo relays: the reference passes, restart-only faults are killed',
  async (t) => {
    const dir = mkdtempSync(join(tmpdir(), 'deftalk-zoo-restart-'));
    t.teardown(() => rmSync(dir, { recursive: true, force: true }));
    const members = ZOO_RELAYS.filter((m) =>
      ['queues-cleared-on-start', 'sequence-marks-on-close'].includes(m.name),
    );
    t.equal(members.length, 2, 'both restart-only members are in the registry');
    const out = collector();
    const run = await runZoo({
      members,
      reportDir: dir,
      seed: 11,
      // Twice the case timeouts: tap runs other files beside this one.
      timeoutFactor: 2,
      cases: RESTART_RELAY_CASES,
      out,
    });
    const reference = run.references[0]!;
    t.same(reference.failures, [], 'the reference relay passes the restart cases');
    t.equal(reference.summary?.passed, 2, 'both restart cases ran (not UNSUPPORTED)');
    const report = JSON.parse(readFileSync(join(dir, 'relays/reference-relay/report.json'), 'utf8')) as {
      target: string;
      cases: { evidence: string[] }[];
    };
    t.match(report.target, /^relay command: .*serve\.ts' 'reference' --port \{port\} --data \{data\}$/);
    t.match(report.cases[0]!.evidence.join('\n'), /started again, answering after/);
    const byName = Object.fromEntries(run.members.map((m) => [m.name, m]));
    t.equal(byName['queues-cleared-on-start']?.verdict, 'KILLED');
    const marks = byName['sequence-marks-on-close']!;
    t.equal(marks.verdict, 'KILLED');
    t.ok(
      marks.failures.some((f) => f.id === 'restart/acknowledged-survive-kill' && f.onTarget),
      'the SIGKILL restart kills the member on target',
    );
    t.equal(out.text().trim().split('\n').at(-1), 'killed 2 of 2');
    t.equal(run.exitStatus, 0);
  },
);

t.test(
  'a zoo relay stops when its standard input ends; the harness removes its data directory',
  async (t) => {
    const relay = await RelayProcess.start({ command: relayCommand('reference'), timeout: (ms) => ms * 3 });
    t.teardown(() => relay.close());
    t.equal((await fetch(new URL('/v1/info', relay.url))).status, 200);
    t.ok(existsSync(relay.dataDir));
    await relay.close();
    t.notOk(existsSync(relay.dataDir), 'the fresh data directory is gone after the run');

    // Started by hand, as a harness that then dies would leave it.
    const data = mkdtempSync(join(tmpdir(), 'deftalk-zoo-stdin-'));
    t.teardown(() => rmSync(data, { recursive: true, force: true }));
    const port = await freePort();
    const command = relayCommand('reference').replace('{port}', String(port)).replace('{data}', data);
    const child = spawn(command, { shell: true, stdio: ['pipe', 'pipe', 'inherit'] });
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    await new Promise<void>((resolve) => {
      let seen = '';
      child.stdout.on('data', (d: Buffer) => {
        seen += d.toString();
        // The relay's "relay listening" log line: it is up.
        if (seen.includes('listening')) resolve();
      });
    });
    child.stdin.end();
    t.equal(await exited, 0, 'the relay closed and exited once its input ended');
  },
);
