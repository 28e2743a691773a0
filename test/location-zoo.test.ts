/**
 * @module
 * The location clients of the bug zoo, each through its own driver process,
 * fail the client-mode location case citing the requirement it breaks.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Writable } from 'node:stream';
import t from 'tap';
import { CLIENT_LOCATION_CASES } from '../conformance/cases/client/location.ts';
import { runConformance } from '../conformance/runner/run.ts';

t.setTimeout(120_000);

const ROOT = resolve(import.meta.dirname, '..');
const zooDriver = (name: string) =>
  `"${process.execPath}" --import tsx "${join(ROOT, 'conformance', 'zoo', 'drive.ts')}" "${join(ROOT, 'conformance', 'zoo', 'clients', `${name}.ts`)}"`;

async function clientRun(driver: string, ids: string[]) {
  const reports = mkdtempSync(join(tmpdir(), 'deftalk-location-zoo-'));
  try {
    const { report } = await runConformance({
      mode: 'client',
      cases: CLIENT_LOCATION_CASES.filter((c) => ids.includes(c.id)),
      target: { kind: 'driver', command: driver },
      reportDir: reports,
      seed: 3,
      progress: new Writable({ write: (_c, _e, cb) => cb() }),
    });
    return report.cases.map((c) => `${c.id}: ${c.outcome}${c.error ? ` ${c.error.message}` : ''}`);
  } finally {
    rmSync(reports, { recursive: true, force: true });
  }
}

t.test('a client that sends locations stored fails transient-only', async (t) => {
  const [line] = await clientRun(zooDriver('location-stored'), ['client-location/transient-only']);
  t.match(line, /^client-location\/transient-only: FAIL .*transient send/);
});

t.test('a client whose live share outlasts its end fails live-ends', async (t) => {
  const [line] = await clientRun(zooDriver('location-live-past-end'), ['client-location/live-ends']);
  t.match(line, /^client-location\/live-ends: FAIL/);
});

t.test('a client that shows expired live updates fails discard-after-end', async (t) => {
  const [line] = await clientRun(zooDriver('location-shows-expired'), ['client-location/discard-after-end']);
  t.match(line, /^client-location\/discard-after-end: FAIL/);
});

t.test('a client that shows locations from stored envelopes fails stored-not-shown', async (t) => {
  const [line] = await clientRun(zooDriver('location-shows-stored'), ['client-location/stored-not-shown']);
  // REQ-LOCATION-005 is a SHOULD: its failure is reported NON_STRICT.
  t.match(line, /^client-location\/stored-not-shown: NON_STRICT no location from a stored envelope is shown/);
});
