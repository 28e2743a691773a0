/**
 * Client-mode profile and presence cases (spec/profiles.md, presence.md)
 * against the reference driver: it discovers a contact, presents the
 * contact credential and sees the photo and presence; hiding its own
 * presence hides everyone's from it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Writable } from 'node:stream';
import t from 'tap';
import { CLIENT_PROFILES_CASES } from '../conformance/cases/client/profiles.ts';
import { ALL_CASES } from '../conformance/cases/index.ts';
import { runConformance } from '../conformance/runner/run.ts';

const ROOT = resolve(import.meta.dirname, '..');
const REFERENCE = `"${process.execPath}" "${join(ROOT, 'bin', 'deftalk.js')}" driver`;

t.test('the reference client passes every client-profiles case', async (t) => {
  for (const c of CLIENT_PROFILES_CASES) t.ok(ALL_CASES.includes(c), `${c.id} is registered`);
  const reports = mkdtempSync(join(tmpdir(), 'deftalk-profiles-client-'));
  t.teardown(() => rmSync(reports, { recursive: true, force: true }));
  const { report } = await runConformance({
    mode: 'client',
    cases: CLIENT_PROFILES_CASES,
    target: { kind: 'driver', command: REFERENCE },
    reportDir: reports,
    seed: 7,
    progress: new Writable({ write: (_c, _e, cb) => cb() }),
  });
  t.same(
    report.cases.map((c) => `${c.id}: ${c.outcome}${c.error ? ` ${c.error.message}` : ''}`),
    CLIENT_PROFILES_CASES.map((c) => `${c.id}: PASS`),
  );
});
