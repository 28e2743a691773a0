/**
 * @module
 * The advertising audience report (spec/website.md §Audience report, policy
 * clause 12) over a seeded population written straight into the identity
 * tables: months and device counts at, just below and far above k = 50, the
 * current month, and the exact shape of the answer. Also one account made
 * through the relay's own registration flow, to tie the seeded rows to what
 * registration really writes.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t, { type Test } from 'tap';
import { caseClient, registerAccount } from '../conformance/lib/relayClient.ts';
import { AUDIENCE_K } from '../reference/relay/plugins/operator.ts';
import { type Relay, startRelay } from '../reference/relay/server.ts';
import { monthStart, SqliteAudienceSource } from '../reference/relay/storage/audience.ts';

const TOKEN = 'audience-token-0123456789abcdefghijklmnop';

async function relayWith(t: Test, testHooks = false): Promise<Relay> {
  const dataDir = mkdtempSync(join(tmpdir(), 'deftalk-ads-'));
  const tokenFile = join(dataDir, 'operator.token');
  writeFileSync(tokenFile, TOKEN);
  const relay = await startRelay({
    host: '127.0.0.1',
    port: 0,
    dataDir,
    testHooks,
    logLevel: 'silent',
    operatorTokenFile: tokenFile,
    pinScryptLog2N: 10,
  });
  t.teardown(async () => {
    await relay.close();
    rmSync(dataDir, { recursive: true, force: true });
  });
  return relay;
}

let seq = 0;
/** Write `count` accounts registered at `atMs`, each with `devices` devices. */
function seed(relay: Relay, count: number, atMs: number, devices: number): void {
  const account = relay.db.prepare(
    `INSERT INTO accounts (account_id, phone_tag, identity_key, device_list, device_list_signature,
       device_list_version, max_device_id, created_at) VALUES (?, ?, ?, x'00', x'00', 1, ?, ?)`,
  );
  const device = relay.db.prepare(
    'INSERT INTO devices (account_id, device_id, device_key, created_at) VALUES (?, ?, ?, ?)',
  );
  relay.db.transaction(() => {
    for (let i = 0; i < count; i++) {
      const id = Buffer.alloc(16);
      id.writeUInt32BE(++seq, 12);
      account.run(id, Buffer.concat([Buffer.from('tag'), id]), Buffer.alloc(32, 1), devices, atMs);
      for (let d = 1; d <= devices; d++) device.run(id, d, Buffer.alloc(32, d), atMs);
    }
  })();
}

async function report(relay: Relay, token = TOKEN) {
  const res = await fetch(`${relay.url}/operator/v1/audience`, {
    headers: { authorization: `Bearer ${token}` },
  });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

t.test('cells below k = 50 and the current month are left out; the rest is counted exactly', async (t) => {
  const relay = await relayWith(t);
  relay.clock.set(Date.UTC(2026, 3, 15, 12));
  seed(relay, 60, Date.UTC(2026, 0, 10), 1); // January: 60, one device
  seed(relay, 49, Date.UTC(2026, 1, 28, 23, 59), 2); // February: 49, two devices
  seed(relay, 50, Date.UTC(2026, 2, 1), 1); // March: exactly k, one device
  seed(relay, 70, Date.UTC(2026, 3, 2), 1); // April: the current month
  seed(relay, 3, Date.UTC(2025, 11, 31, 23, 59, 59), 6); // December: 3, six devices
  const r = await report(relay);
  t.equal(r.status, 200);
  t.same(r.json, {
    k: 50,
    registrationsByMonth: [
      { month: '2026-01', accounts: 60 },
      { month: '2026-03', accounts: 50 },
    ],
    accountsByDeviceCount: [{ devices: 1, accounts: 180 }],
  });
  t.equal(AUDIENCE_K, 50);

  // A month closes when the clock passes into the next one.
  relay.clock.set(Date.UTC(2026, 4, 1, 0, 0, 1));
  const may = await report(relay);
  t.same(may.json.registrationsByMonth, [
    { month: '2026-01', accounts: 60 },
    { month: '2026-03', accounts: 50 },
    { month: '2026-04', accounts: 70 },
  ]);

  // One more two-device account lifts that cell to k; one fewer in March drops it.
  seed(relay, 1, Date.UTC(2026, 1, 5), 2);
  relay.db
    .prepare(
      'DELETE FROM accounts WHERE account_id = (SELECT account_id FROM accounts WHERE created_at = ? LIMIT 1)',
    )
    .run(Date.UTC(2026, 2, 1));
  const later = await report(relay);
  t.same(later.json.registrationsByMonth, [
    { month: '2026-01', accounts: 60 },
    { month: '2026-02', accounts: 50 },
    { month: '2026-04', accounts: 70 },
  ]);
  t.same(later.json.accountsByDeviceCount, [
    { devices: 1, accounts: 179 },
    { devices: 2, accounts: 50 },
  ]);
});

t.test('an empty relay publishes empty lists, and only to the operator', async (t) => {
  const relay = await relayWith(t);
  t.same((await report(relay)).json, { k: 50, registrationsByMonth: [], accountsByDeviceCount: [] });
  const denied = await report(relay, 'wrong-token-0123456789abcdefghijklmnopq');
  t.equal(denied.status, 401);
  t.equal(denied.json.name, 'OPERATOR_UNAUTHENTICATED');
  t.notOk('registrationsByMonth' in denied.json);
});

t.test('the source itself never yields a cell below the k it is given', async (t) => {
  const relay = await relayWith(t);
  seed(relay, 7, Date.UTC(2024, 5, 1), 3);
  const source = new SqliteAudienceSource(relay.db);
  t.same(source.registrationsByMonth(Date.UTC(2025, 0, 1), 8), []);
  t.same(source.registrationsByMonth(Date.UTC(2025, 0, 1), 7), [{ month: '2024-06', accounts: 7 }]);
  t.same(source.accountsByDeviceCount(8), []);
  t.equal(monthStart(Date.UTC(2026, 6, 31, 23, 59)), Date.UTC(2026, 6, 1));
});

t.test('accounts made by the registration flow are counted by their registration month', async (t) => {
  const relay = await relayWith(t, true);
  const client = caseClient({ relayUrl: new URL(relay.url), signal: new AbortController().signal } as never);
  let n = 0.1;
  const random = () => {
    n = ((n * 9301 + 49297) % 233280) / 233280;
    return n;
  };
  await registerAccount(client, random);
  const registered = relay.db.prepare('SELECT created_at FROM accounts').all() as { created_at: number }[];
  t.equal(registered.length, 1);
  const month = new Date(registered[0]!.created_at).toISOString().slice(0, 7);
  const source = new SqliteAudienceSource(relay.db);
  t.same(source.registrationsByMonth(registered[0]!.created_at + 40 * 86_400_000, 1), [
    { month, accounts: 1 },
  ]);
  t.same(source.accountsByDeviceCount(1), [{ devices: 1, accounts: 1 }]);
  t.same((await report(relay)).json.registrationsByMonth, [], 'one account is far below k');
});
