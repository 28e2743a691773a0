/**
 * @module
 * Each live mode of the conformance runner for real (spec/conformance.md
 * §Modes): relay mode against a reference relay started in process, with
 * whatever relay cases exist, and client mode against `deftalk driver`.
 * Every run writes four reports and report.json validates against its schema.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import type { ConformanceCase } from '../conformance/case.ts';
import { ALL_CASES } from '../conformance/cases/index.ts';
import { REPORT_FILES } from '../conformance/runner/report.ts';
import { runConformance } from '../conformance/runner/run.ts';
import { TargetUnavailable } from '../conformance/runner/target.ts';
import { parseRelayArgs } from '../reference/relay/config.ts';
import { startRelay } from '../reference/relay/server.ts';
import { collector, readReport, schemaErrors, scratch } from './conformance-helpers.ts';

/** The assertions {@link checkReportFiles} needs. */
interface Asserts {
  ok(value: unknown, message: string): unknown;
  equal(actual: unknown, expected: unknown, message: string): unknown;
}

function checkReportFiles(t: Asserts, dir: string): void {
  for (const f of REPORT_FILES) t.ok(existsSync(join(dir, f)), `${f} written`);
  t.equal(schemaErrors(readReport(dir)), '', 'report.json validates against conformance/report.schema.json');
}

function synthetic(id: string, capability: string): ConformanceCase {
  return {
    id,
    title: `synthetic ${id}`,
    mode: 'relay',
    requirements: ['REQ-TEST-001'],
    capability,
    run: async () => {},
  };
}

t.test('relay mode against a reference relay started in process', async (t) => {
  const newDir = scratch(t);
  const parsed = parseRelayArgs(
    ['--port', '0', '--data', newDir(), '--test-hooks', '--log-level', 'silent'],
    {},
  );
  if (parsed.help) throw new Error('unexpected help');
  const relay = await startRelay(parsed.config);
  t.teardown(() => relay.close());
  const dir = newDir();
  const relayCases = ALL_CASES.filter((c) => c.mode === 'relay');
  const extra = [synthetic('syn/hooks', 'test-hooks'), synthetic('syn/absent', 'no-such-capability')];
  const { report, exitStatus } = await runConformance({
    mode: 'relay',
    cases: [...ALL_CASES, ...extra],
    target: { kind: 'relay', url: new URL(relay.url) },
    reportDir: dir,
    progress: collector(),
  });
  checkReportFiles(t, dir);
  t.equal(report.cases.length, relayCases.length + 2, 'every relay case of ALL_CASES ran, and only those');
  t.ok(report.implementation.capabilities.includes('test-hooks'), 'capabilities come from /v1/info');
  t.equal(report.cases.find((c) => c.id === 'syn/hooks')!.outcome, 'PASS');
  t.equal(report.cases.find((c) => c.id === 'syn/absent')!.outcome, 'UNSUPPORTED');
  const failed = report.cases.filter((c) => c.outcome === 'FAIL').map((c) => `${c.id}: ${c.error?.message}`);
  t.same(failed, [], 'the reference relay fails no MUST case');
  t.equal(exitStatus, failed.length ? 1 : 0);
  t.equal(report.target, new URL(relay.url).href);
});

t.test('relay mode refuses an unreachable relay before running any case', async (t) => {
  const newDir = scratch(t);
  const relay = await (async () => {
    const parsed = parseRelayArgs(['--port', '0', '--data', newDir(), '--log-level', 'silent'], {});
    if (parsed.help) throw new Error('unexpected help');
    return startRelay(parsed.config);
  })();
  const url = relay.url;
  await relay.close();
  const dir = join(newDir(), 'reports');
  await t.rejects(
    runConformance({
      mode: 'relay',
      cases: ALL_CASES,
      target: { kind: 'relay', url: new URL(url) },
      reportDir: dir,
      progress: collector(),
    }),
    TargetUnavailable,
  );
  t.notOk(existsSync(dir), 'no report for a target that could not be reached');
});

t.test('client mode against the reference driver', async (t) => {
  const newDir = scratch(t);
  const dir = newDir();
  const { report, exitStatus } = await runConformance({
    mode: 'client',
    // The delivery cases each start a relay and register two accounts; test/client-delivery-cases.test.ts
    // runs them, which keeps this file inside tap's per-file timeout.
    cases: ALL_CASES.filter((c) => !c.id.startsWith('client-delivery/')),
    target: { kind: 'driver', command: 'node bin/deftalk.js driver' },
    reportDir: dir,
    progress: collector(),
  });
  checkReportFiles(t, dir);
  t.equal(report.implementation.name, 'deftalk-reference-client/0.1.0');
  const driverCases = report.cases.filter((c) => c.id.startsWith('driver/'));
  t.ok(driverCases.length >= 7, 'the driver-protocol cases ran');
  t.same(
    report.cases.filter((c) => c.outcome === 'FAIL').map((c) => `${c.id}: ${c.error?.message}`),
    [],
    'the reference client fails no MUST case',
  );
  t.equal(exitStatus, 0);
  t.ok(
    driverCases.every((c) => c.evidence.some((l) => l.startsWith('driver> ') && l.includes('"op":"hello"'))),
    'driver traffic is evidence',
  );
});
