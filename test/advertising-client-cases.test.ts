/**
 * @module
 * The client-mode advertising case (conformance/cases/client/advertising.ts)
 * passes with the reference driver and fails with the zoo client that opts
 * every new account in at registration (REQ-ADS-009), each in its own
 * driver process.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Writable } from 'node:stream';
import t from 'tap';
import { CLIENT_ADS_CASES } from '../conformance/cases/client/advertising.ts';
import { runConformance } from '../conformance/runner/run.ts';
import { ZOO_CLIENTS } from '../conformance/zoo/members.ts';

t.setTimeout(120_000);

const ROOT = resolve(import.meta.dirname, '..');

async function outcomes(command: string): Promise<Record<string, string>> {
  const reports = mkdtempSync(join(tmpdir(), 'deftalk-ads-client-'));
  try {
    const { report } = await runConformance({
      mode: 'client',
      cases: CLIENT_ADS_CASES,
      target: { kind: 'driver', command },
      reportDir: reports,
      seed: 9,
      progress: new Writable({ write: (_c, _e, cb) => cb() }),
    });
    return Object.fromEntries(report.cases.map((c) => [c.id, c.outcome]));
  } finally {
    rmSync(reports, { recursive: true, force: true });
  }
}

t.test('the reference driver passes client-ads/off-until-asked', async (t) => {
  t.same(await outcomes(`"${process.execPath}" "${join(ROOT, 'bin', 'deftalk.js')}" driver`), {
    'client-ads/off-until-asked': 'PASS',
  });
});

t.test('a client that opts in at registration fails it', async (t) => {
  t.ok(
    ZOO_CLIENTS.some((m) => m.name === 'ads-opt-in-at-registration'),
    'listed in the zoo',
  );
  const zoo = `"${process.execPath}" --import tsx "${join(ROOT, 'conformance', 'zoo', 'drive.ts')}" ads-opt-in-at-registration`;
  t.same(await outcomes(zoo), { 'client-ads/off-until-asked': 'FAIL' });
});
