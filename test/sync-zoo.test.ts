/**
 * @module
 * The sync client of the bug zoo, through its own driver process, fails the
 * client-mode merge case citing the requirement it breaks, and passes the
 * restore case it does not break.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Writable } from 'node:stream';
import t from 'tap';
import { CLIENT_SYNC_CASES } from '../conformance/cases/client/sync.ts';
import { runConformance } from '../conformance/runner/run.ts';
import { ZOO_CLIENTS } from '../conformance/zoo/members.ts';

t.setTimeout(120_000);

const ROOT = resolve(import.meta.dirname, '..');
const DRIVER = `"${process.execPath}" --import tsx "${join(ROOT, 'conformance', 'zoo', 'drive.ts')}" sync-merge-dropped`;

t.test('a client that drops the merge on a conflict fails merge-on-conflict', async (t) => {
  t.ok(
    ZOO_CLIENTS.some((m) => m.name === 'sync-merge-dropped'),
    'listed in the zoo',
  );
  const reports = mkdtempSync(join(tmpdir(), 'deftalk-sync-zoo-'));
  t.teardown(() => rmSync(reports, { recursive: true, force: true }));
  const { report } = await runConformance({
    mode: 'client',
    cases: CLIENT_SYNC_CASES.filter((c) => c.id !== 'client-sync/rollback-refused'),
    target: { kind: 'driver', command: DRIVER },
    reportDir: reports,
    seed: 5,
    progress: new Writable({ write: (_c, _e, cb) => cb() }),
  });
  const outcome = Object.fromEntries(report.cases.map((c) => [c.id, c.outcome]));
  t.same(outcome, { 'client-sync/link-restores': 'PASS', 'client-sync/merge-on-conflict': 'FAIL' });
});
