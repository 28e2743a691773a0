/**
 * @module
 * Encrypted device sync on the client (spec/sync.md): the record
 * encryption binds account and version, the three-way merge keeps both
 * devices' changes, and the client-mode cases
 * (conformance/cases/client/sync.ts) pass through a real reference driver
 * process.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Writable } from 'node:stream';
import t from 'tap';
import { CLIENT_SYNC_CASES } from '../conformance/cases/client/sync.ts';
import { ALL_CASES } from '../conformance/cases/index.ts';
import { runConformance } from '../conformance/runner/run.ts';
import { mergeSnapshots, openSyncRecord, sealSyncRecord } from '../reference/client/sync.ts';
import { DefTalkError } from '../reference/errors/index.ts';
import { parseAccountId } from '../reference/wire/ids.ts';

const ROOT = resolve(import.meta.dirname, '..');
const REFERENCE = `"${process.execPath}" "${join(ROOT, 'bin', 'deftalk.js')}" driver`;
const ALICE = parseAccountId('0123456789abcdef0123456789abcdef');
const BOB = parseAccountId('fedcba9876543210fedcba9876543210');
const key = new Uint8Array(32).fill(7);
const random = (n: number) => new Uint8Array(n).fill(3);

t.test('a record opens only for its account and version', async (t) => {
  const snap = { contacts: { '+4915112345678': BOB }, settings: { theme: 'dark' }, groups: {} };
  const sealed = sealSyncRecord(key, ALICE, 4, snap, random);
  t.equal(sealed.length % 256, (1 + 24 + 16) % 256, 'the plaintext is padded to a multiple of 256 bytes');
  t.same(openSyncRecord(key, ALICE, 4, sealed), snap);
  t.ok(Buffer.from(sealed).indexOf(Buffer.from('+4915112345678')) < 0, 'no number in the ciphertext');
  for (const [what, open] of [
    ['another version (a rollback)', () => openSyncRecord(key, ALICE, 5, sealed)],
    ['another account', () => openSyncRecord(key, BOB, 4, sealed)],
    ['another key', () => openSyncRecord(new Uint8Array(32), ALICE, 4, sealed)],
    ['a truncated record', () => openSyncRecord(key, ALICE, 4, sealed.subarray(0, 30))],
  ] as const) {
    let name = 'no error';
    try {
      open();
    } catch (e) {
      name = e instanceof DefTalkError ? e.errorName : String(e);
    }
    t.equal(name, 'SYNC_RECORD_INVALID', what);
  }
});

t.test('the three-way merge keeps what each side changed', async (t) => {
  const base = { contacts: { a: '1', b: '2', c: '3' }, settings: { x: 'old' }, groups: {} };
  const local = { contacts: { a: '1', b: '20', d: '4' }, settings: { x: 'old' }, groups: { g: '' } };
  const remote = { contacts: { a: '1', c: '3', e: '5' }, settings: { x: 'new' }, groups: {} };
  t.same(mergeSnapshots(base, local, remote), {
    // b: changed locally; c: removed locally; d: added locally; b removed remotely loses to the local change.
    contacts: { a: '1', b: '20', d: '4', e: '5' },
    settings: { x: 'new' },
    groups: { g: '' },
  });
});

t.test('the reference client passes every client-sync case', async (t) => {
  for (const c of CLIENT_SYNC_CASES) t.ok(ALL_CASES.includes(c), `${c.id} is registered`);
  const reports = mkdtempSync(join(tmpdir(), 'deftalk-sync-client-'));
  t.teardown(() => rmSync(reports, { recursive: true, force: true }));
  const { report } = await runConformance({
    mode: 'client',
    cases: CLIENT_SYNC_CASES,
    target: { kind: 'driver', command: REFERENCE },
    reportDir: reports,
    seed: 5,
    progress: new Writable({ write: (_c, _e, cb) => cb() }),
  });
  t.same(
    report.cases.map((c) => `${c.id}: ${c.outcome}${c.error ? ` ${c.error.message}` : ''}`),
    CLIENT_SYNC_CASES.map((c) => `${c.id}: PASS`),
  );
});
