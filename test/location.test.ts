/**
 * @module
 * Location sharing (spec/location.md): the relay case against the
 * reference relay (passes) and against a relay that queues transient sends
 * (fails); the client cases through a real reference driver process (pass;
 * the zoo's location clients fail them in test/location-zoo.test.ts); and
 * the receiving rules of the inbox.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Writable } from 'node:stream';
import t, { type Test } from 'tap';
import { type CaseContext, CheckFailed } from '../conformance/case.ts';
import { CLIENT_LOCATION_CASES } from '../conformance/cases/client/location.ts';
import { ALL_CASES } from '../conformance/cases/index.ts';
import { LOCATION_RELAY_CASES } from '../conformance/cases/relay/location.ts';
import { runConformance } from '../conformance/runner/run.ts';
import { ZOO_CLIENTS } from '../conformance/zoo/members.ts';
import { member as transientQueued } from '../conformance/zoo/relays/transient-queued.ts';
import { LocationInbox } from '../reference/client/location.ts';
import { type RelayParts, startRelay } from '../reference/relay/server.ts';
import { parseAccountId } from '../reference/wire/ids.ts';

t.setTimeout(120_000);

const ROOT = resolve(import.meta.dirname, '..');
const REFERENCE = `"${process.execPath}" "${join(ROOT, 'bin', 'deftalk.js')}" driver`;

function context(relayUrl: string): CaseContext {
  let n = 1;
  return {
    mode: 'relay',
    relayUrl: new URL(relayUrl),
    driver: undefined,
    capabilities: new Set(['test-hooks']),
    random: () => {
      n = (n * 9301 + 49297) % 233280;
      return n / 233280;
    },
    timeout: (ms) => ms,
    log: () => undefined,
    signal: new AbortController().signal,
  };
}

async function relayWith(t: Test, parts: RelayParts = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), 'deftalk-location-'));
  const relay = await startRelay(
    { host: '127.0.0.1', port: 0, dataDir, testHooks: true, logLevel: 'silent', pinScryptLog2N: 10 },
    new Writable({ write: (_c, _e, cb) => cb() }),
    parts,
  );
  t.teardown(async () => {
    await relay.close();
    rmSync(dataDir, { recursive: true, force: true });
  });
  return relay;
}

async function clientRun(driver: string, ids: string[]) {
  const reports = mkdtempSync(join(tmpdir(), 'deftalk-location-client-'));
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

t.test('the location cases and zoo members are registered', async (t) => {
  for (const c of [...LOCATION_RELAY_CASES, ...CLIENT_LOCATION_CASES]) t.ok(ALL_CASES.includes(c), c.id);
  const names = ZOO_CLIENTS.map((m) => m.name);
  for (const n of [
    'location-stored',
    'location-live-past-end',
    'location-shows-expired',
    'location-shows-stored',
  ])
    t.ok(names.includes(n), n);
});

t.test(
  'the relay case passes against the reference and fails against a relay that queues transients',
  async (t) => {
    const [c] = LOCATION_RELAY_CASES;
    await t.resolves(c!.run(context((await relayWith(t)).url)), 'reference relay');
    await t.rejects(
      c!.run(context((await relayWith(t, transientQueued.parts())).url)),
      CheckFailed,
      'transient-queued',
    );
  },
);

t.test('the reference client passes every client location case', async (t) => {
  const ids = CLIENT_LOCATION_CASES.map((c) => c.id);
  t.same(
    await clientRun(REFERENCE, ids),
    ids.map((id) => `${id}: PASS`),
  );
});

t.test('the inbox drops live updates past their end, after their stop, or moving their end', async (t) => {
  let now = 1_000;
  const inbox = new LocationInbox(() => now);
  const from = parseAccountId('00112233445566778899aabbccddeeff');
  const device = 1 as Parameters<LocationInbox['receive']>[1];
  const position = { latitude: 1, longitude: 2, accuracyM: 0, sentAtMs: 0 };
  const live = (shareId: string, endsAtMs: number) =>
    inbox.receive(from, device, { kind: 'live-location', shareId, endsAtMs, position });
  t.ok(live('a'.repeat(32), 2_000), 'an update before the end is shown');
  t.notOk(live('a'.repeat(32), 9_000), 'an update moving the end is dropped');
  now = 2_000;
  t.notOk(live('a'.repeat(32), 2_000), 'an update at the end is dropped');
  t.ok(live('b'.repeat(32), 5_000));
  t.same(
    inbox.receive(from, device, { kind: 'live-location-stop', shareId: 'b'.repeat(32) })?.type,
    'location-stop',
  );
  t.notOk(live('b'.repeat(32), 5_000), 'an update after the stop is dropped');
});
