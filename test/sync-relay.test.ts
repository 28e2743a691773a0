/**
 * @module
 * The sync relay cases (conformance/cases/relay/sync.ts) against the
 * reference relay, which passes them all, and against the two sync members
 * of the bug zoo, each failing the case citing the requirement it breaks;
 * plus the sync concern's eraser, checked by a byte scan.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import t, { type Test } from 'tap';
import { type CaseContext, CheckFailed } from '../conformance/case.ts';
import { ALL_CASES } from '../conformance/cases/index.ts';
import { SYNC_RELAY_CASES, syncWrite } from '../conformance/cases/relay/sync.ts';
import { RelayClient, registerAccount } from '../conformance/lib/relayClient.ts';
import type { ZooRelay } from '../conformance/zoo/member.ts';
import { ZOO_RELAYS } from '../conformance/zoo/members.ts';
import { member as keepsOld } from '../conformance/zoo/relays/sync-keeps-old.ts';
import { member as lastWriterWins } from '../conformance/zoo/relays/sync-last-writer-wins.ts';
import { type RelayParts, startRelay } from '../reference/relay/server.ts';
import { storageFiles } from '../reference/relay/storage/sqlite.ts';

function context(relayUrl: string, evidence: string[]): CaseContext {
  let n = 0;
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
    log: (line) => evidence.push(line),
    signal: new AbortController().signal,
  };
}

async function relayWith(t: Test, parts: RelayParts = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), 'deftalk-sync-'));
  const relay = await startRelay(
    { host: '127.0.0.1', port: 0, dataDir, testHooks: true, logLevel: 'silent', pinScryptLog2N: 10 },
    new Writable({ write: (_c, _e, cb) => cb() }),
    parts,
  );
  t.teardown(async () => {
    await relay.close();
    rmSync(dataDir, { recursive: true, force: true });
  });
  return { relay, dataDir };
}

t.test('every sync case is registered', async (t) => {
  for (const c of SYNC_RELAY_CASES) t.ok(ALL_CASES.includes(c), c.id);
  for (const m of [lastWriterWins, keepsOld]) t.ok(ZOO_RELAYS.includes(m), `${m.name} is in the zoo`);
});

t.test('the reference relay passes every sync case', async (t) => {
  const { relay } = await relayWith(t);
  for (const c of SYNC_RELAY_CASES) {
    const evidence: string[] = [];
    await t.resolves(c.run(context(relay.url, evidence)), c.id);
  }
});

async function failsOn(t: Test, member: ZooRelay, caseId: string) {
  const { relay } = await relayWith(t, member.parts());
  const c = SYNC_RELAY_CASES.find((x) => x.id === caseId)!;
  t.ok(
    c.requirements.some((r) => member.breaks.includes(r)),
    `${caseId} cites what ${member.name} breaks`,
  );
  await t.rejects(c.run(context(relay.url, [])), CheckFailed, `${member.name} fails ${caseId}`);
}

t.test('a last-writer-wins relay fails the stale-version case', (t) =>
  failsOn(t, lastWriterWins, 'sync/stale-version-refused'),
);

t.test('a relay that keeps replaced records fails the erasure case', (t) =>
  failsOn(t, keepsOld, 'sync/replace-erases-old'),
);

t.test('the sync eraser removes the record from every storage file', async (t) => {
  const { relay, dataDir } = await relayWith(t);
  t.ok(relay.erasure.concerns().includes('sync'), 'sync registered its eraser');
  const client = new RelayClient(relay.url);
  let n = 7;
  const random = () => {
    n = (n * 9301 + 49297) % 233280;
    return n / 233280;
  };
  const alice = await registerAccount(client, random);
  const record = new Uint8Array(5000).map((_, i) => (i * 31 + 17) % 251);
  t.equal((await syncWrite(client, alice.primary, 0, record)).status, 200);
  const needle = Buffer.from(record.subarray(2000, 2032));
  const holds = () =>
    storageFiles(dataDir).some((f) => {
      try {
        return readFileSync(f).indexOf(needle) >= 0;
      } catch {
        return false;
      }
    });
  t.ok(holds(), 'the record is on disk before erasure');
  await relay.erasure.eraseAccount(alice.accountId);
  t.notOk(holds(), 'no byte of it after erasure');
  const again = await client.request('GET', '/v1/sync', { token: alice.primary.token });
  t.equal(again.status, 200);
});
