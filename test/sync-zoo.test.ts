/**
 * @module
 * The sync clients of the bug zoo, each through its own driver process,
 * fail the client-mode case citing the requirement they break.
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
const driver = (name: string) =>
  `"${process.execPath}" --import tsx "${join(ROOT, 'conformance', 'zoo', 'drive.ts')}" ${name}`;

async function outcomes(name: string, ids: string[]): Promise<Record<string, string>> {
  const reports = mkdtempSync(join(tmpdir(), 'deftalk-sync-zoo-'));
  try {
    const { report } = await runConformance({
      mode: 'client',
      cases: CLIENT_SYNC_CASES.filter((c) => ids.includes(c.id)),
      target: { kind: 'driver', command: driver(name) },
      reportDir: reports,
      seed: 5,
      progress: new Writable({ write: (_c, _e, cb) => cb() }),
    });
    return Object.fromEntries(report.cases.map((c) => [c.id, c.outcome]));
  } finally {
    rmSync(reports, { recursive: true, force: true });
  }
}

t.test('a client that drops the merge on a conflict fails merge-on-conflict', async (t) => {
  t.ok(
    ZOO_CLIENTS.some((m) => m.name === 'sync-merge-dropped'),
    'listed in the zoo',
  );
  t.same(
    await outcomes('sync-merge-dropped', ['client-sync/link-restores', 'client-sync/merge-on-conflict']),
    {
      'client-sync/link-restores': 'PASS',
      'client-sync/merge-on-conflict': 'FAIL',
    },
  );
});

t.test('a primary that withholds the sync key fails link-restores', async (t) => {
  t.ok(
    ZOO_CLIENTS.some((m) => m.name === 'sync-key-withheld'),
    'listed in the zoo',
  );
  t.same(await outcomes('sync-key-withheld', ['client-sync/link-restores']), {
    'client-sync/link-restores': 'FAIL',
  });
});
