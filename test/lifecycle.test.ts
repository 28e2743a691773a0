/**
 * Account lifecycle (spec/lifecycle.md) checked from inside the reference
 * relay: after a deletion, every table of the SQLite database (read from
 * sqlite_master) is searched row by row and every file of the data
 * directory byte by byte for what the account held, in every concern
 * (prekeys, queue, profile, photo, sync record, group membership, push
 * token, consent); a change of number leaves the old phone tag in no file; a
 * re-registration erases the replaced account's queue; the purge honours
 * --inactivity-days; the operator's inventory command prints the documented
 * document and never the number.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import {
  DeviceSocket,
  flushDelivery,
  postSends,
  randomBytesFrom,
  sendTo,
} from '../conformance/cases/relay/deliveryPeer.ts';
import {
  linkDevice,
  makePreKeys,
  type RelayClient,
  randomSeed,
  registerAccount,
  registrationBody,
  requestCode,
  signingKey,
  type TestAccount,
  uploadPreKeys,
} from '../conformance/lib/relayClient.ts';
import { parseRelayArgs } from '../reference/relay/config.ts';
import { IDENTIFIER_KEY_FILE, phoneTag } from '../reference/relay/storage/identifierKey.ts';
import { DAY_MS, dayOf } from '../reference/relay/storage/lifecycle.ts';
import { encodeGroupCreate, GROUPS_PATH } from '../reference/wire/group.ts';
import {
  encodeChangeNumberRequest,
  encodeConsentRequest,
  encodePushTokenRegistration,
} from '../reference/wire/lifecycle.ts';
import { encodeProfileUpdate } from '../reference/wire/profile.ts';
import { encodeVerificationCodeRequest } from '../reference/wire/registration.ts';
import { encodeSyncWrite, SYNC_PATH } from '../reference/wire/sync.ts';
import { seeded, startTestRelay, type TestRelay } from './identity-helpers.ts';

interface Needle {
  readonly label: string;
  readonly bytes: Buffer;
}

/** Every table of the database and, per table, the needles found in any value of any row. */
function tableHits(r: TestRelay, needles: readonly Needle[]): { tables: string[]; hits: string[] } {
  const db = r.relay.db;
  const tables = (
    db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as {
      name: string;
    }[]
  ).map((x) => x.name);
  const hits: string[] = [];
  for (const table of tables) {
    for (const row of db.prepare(`SELECT * FROM ${JSON.stringify(table)}`).all() as Record<
      string,
      unknown
    >[]) {
      for (const [column, value] of Object.entries(row)) {
        const bytes = Buffer.isBuffer(value)
          ? value
          : typeof value === 'string'
            ? Buffer.from(value, 'utf8')
            : undefined;
        if (!bytes) continue;
        for (const n of needles)
          if (bytes.indexOf(n.bytes) >= 0) hits.push(`${n.label} in ${table}.${column}`);
      }
    }
  }
  return { tables, hits };
}

/** Needles found in the relay's storage files, read through the test-hooks storage dump (spec/test-hooks.md §Storage). */
async function fileHits(r: TestRelay, needles: readonly Needle[]): Promise<string[]> {
  const hits: string[] = [];
  for (const f of await r.client.storageDump()) {
    const content = Buffer.from(f.content);
    for (const n of needles) if (content.indexOf(n.bytes) >= 0) hits.push(`${n.label} in ${f.name}`);
  }
  return hits;
}

async function ok(
  client: RelayClient,
  what: string,
  method: string,
  path: string,
  token: string,
  body?: Uint8Array,
) {
  return client.ok(what, method, path, { token, body });
}

/** Leave one envelope from `from` queued for each device of `to`; the ciphertexts. */
async function queue(
  client: RelayClient,
  from: TestAccount,
  to: TestAccount,
  seq: number,
  random: () => number,
) {
  const devices = to.devices.map((d) => ({ accountId: to.accountId, deviceId: d.deviceId }));
  const s = sendTo(to.accountId, devices, seq, random, { size: 80 });
  const r = await postSends(client, from.primary, [s.send]);
  if (r.results[0]?.kind !== 'accepted')
    throw new Error(`send not accepted: ${r.error ?? r.results[0]?.kind}`);
  return [...s.ciphertexts.values()];
}

t.test('deletion leaves no row in any table and no byte in any file, in every concern', async (t) => {
  const r = await startTestRelay(t);
  const random = seeded(11);
  const c = r.client;
  const alice = await registerAccount(c, random);
  const bob = await registerAccount(c, random);
  await linkDevice(c, alice, random);
  for (const d of alice.devices) {
    const a = await uploadPreKeys(
      c,
      d,
      makePreKeys(alice.identity, random, { oneTime: 3, kem: 3, lastResort: true }),
    );
    t.ok(a.status < 300, 'prekeys uploaded');
  }
  const profileName = `name-${Buffer.from(randomBytesFrom(random, 12)).toString('hex')}`;
  // A JPEG by its magic bytes, then random content the scan looks for.
  const photo = Buffer.concat([
    Buffer.from([0xff, 0xd8, 0xff, 0xe0]),
    Buffer.from(randomBytesFrom(random, 300)),
  ]);
  await ok(
    c,
    'profile',
    'PUT',
    '/v1/profile',
    alice.primary.token,
    encodeProfileUpdate({ name: profileName, photo }),
  );
  const syncCiphertext = Buffer.from(randomBytesFrom(random, 200));
  await ok(
    c,
    'sync',
    'PUT',
    SYNC_PATH,
    alice.primary.token,
    encodeSyncWrite({ expectedVersion: 0, ciphertext: syncCiphertext }),
  );
  await ok(c, 'group', 'POST', GROUPS_PATH, alice.primary.token, encodeGroupCreate([bob.accountId]));
  const pushToken = Buffer.from(randomBytesFrom(random, 40));
  await ok(
    c,
    'push token',
    'PUT',
    '/v1/devices/me/push-token',
    alice.primary.token,
    encodePushTokenRegistration({ gateway: 'dev', token: pushToken }),
  );
  await ok(
    c,
    'consent',
    'PUT',
    '/v1/accounts/me/consent',
    alice.primary.token,
    encodeConsentRequest({ acceptedVersion: 1, declinedUses: ['audience-statistics'] }),
  );
  const queued = await queue(c, bob, alice, 1, random);
  await flushDelivery(c);

  const needles: Needle[] = [
    { label: 'account id', bytes: Buffer.from(alice.accountId, 'hex') },
    { label: 'account id (hex)', bytes: Buffer.from(alice.accountId, 'ascii') },
    { label: 'identity key', bytes: Buffer.from(alice.identity.publicKey) },
    ...alice.devices.map((d) => ({ label: `device ${d.deviceId} key`, bytes: Buffer.from(d.key.publicKey) })),
    { label: 'profile name', bytes: Buffer.from(profileName) },
    { label: 'photo', bytes: photo },
    { label: 'sync record', bytes: syncCiphertext },
    { label: 'push token', bytes: pushToken },
    ...queued.map((q, i) => ({ label: `queued ciphertext ${i}`, bytes: Buffer.from(q) })),
  ];
  const before = tableHits(r, needles);
  for (const n of needles.filter((n) => n.label !== 'account id (hex)')) {
    t.ok(
      before.hits.some((h) => h.startsWith(`${n.label} in`)),
      `before deletion the database holds the ${n.label} (the scan can find it)`,
    );
  }

  t.ok(
    (await fileHits(r, needles)).some((h) => h.startsWith('photo in')),
    'before deletion the storage dump holds the photo (the byte scan can find it)',
  );
  await ok(c, 'delete', 'DELETE', '/v1/accounts/me', alice.primary.token);
  await flushDelivery(c);
  const after = tableHits(r, needles);
  t.ok(after.tables.length >= 20, `every table listed (${after.tables.length})`);
  t.same(after.hits, [], 'no row of any table holds anything of the deleted account');
  t.same(await fileHits(r, needles), [], 'no file of the data directory holds anything of it');
  const withAccountColumn = after.tables.filter((name) =>
    (r.relay.db.pragma(`table_info(${JSON.stringify(name)})`) as { name: string }[]).some(
      (col) => col.name === 'account_id',
    ),
  );
  for (const table of withAccountColumn) {
    const n = r.relay.db
      .prepare(`SELECT count(*) AS n FROM ${JSON.stringify(table)} WHERE account_id = ?`)
      .get(Buffer.from(alice.accountId, 'hex')) as { n: number };
    t.equal(n.n, 0, `${table} has no row of the account`);
  }
  t.ok(withAccountColumn.includes('group_members'), 'the group membership table was among them');
  t.equal(r.relay.erasure.concerns().includes('delivery'), true, 'delivery registered its eraser');
});

t.test('a change of number leaves the old phone tag and pending codes in no file', async (t) => {
  const r = await startTestRelay(t);
  const random = seeded(12);
  const alice = await registerAccount(r.client, random);
  const oldNumber = alice.phoneNumber;
  const newNumber = '+4915199887766';
  const key = readFileSync(join(r.dataDir, IDENTIFIER_KEY_FILE));
  const oldTag = phoneTag(key, oldNumber);
  const newTag = phoneTag(key, newNumber);
  // A pending code for the old number too: the change erases it.
  await r.client.ok('code for the old number', 'POST', '/v1/registration/code', {
    body: encodeVerificationCodeRequest(oldNumber),
  });
  const code = await requestCode(r.client, newNumber);
  await r.client.ok('change number', 'PUT', '/v1/accounts/me/number', {
    token: alice.primary.token,
    body: encodeChangeNumberRequest({ phoneNumber: newNumber, verificationCode: code }),
  });
  t.same(await fileHits(r, [{ label: 'old phone tag', bytes: oldTag }]), [], 'the old tag is in no file');
  t.ok((await fileHits(r, [{ label: 'new phone tag', bytes: newTag }])).length > 0, 'the new tag is stored');
  const codes = r.relay.db.prepare('SELECT count(*) AS n FROM verification_codes').get() as { n: number };
  t.equal(codes.n, 0, 'no pending code of either number remains');
});

t.test("a re-registration erases the replaced account's queue through the erasers", async (t) => {
  const r = await startTestRelay(t);
  const random = seeded(13);
  const alice = await registerAccount(r.client, random);
  const bob = await registerAccount(r.client, random);
  const queued = await queue(r.client, bob, alice, 1, random);
  await flushDelivery(r.client);
  t.ok(
    (await fileHits(r, [{ label: 'queued', bytes: Buffer.from(queued[0]!) }])).length > 0,
    'queued on disk',
  );
  const code = await requestCode(r.client, alice.phoneNumber);
  await r.client.ok('re-register', 'POST', '/v1/registration', {
    body: registrationBody(
      alice.phoneNumber,
      code,
      signingKey(randomSeed(random)),
      signingKey(randomSeed(random)),
    ),
  });
  await flushDelivery(r.client);
  t.same(
    await fileHits(r, [{ label: 'queued', bytes: Buffer.from(queued[0]!) }]),
    [],
    'the old queue is gone',
  );
});

t.test('the purge honours --inactivity-days and keeps activity as a day number', async (t) => {
  const r = await startTestRelay(t, { inactivityDays: 30 });
  const random = seeded(14);
  const alice = await registerAccount(r.client, random);
  const row = r.relay.db
    .prepare('SELECT last_active_day FROM lifecycle_accounts WHERE account_id = ?')
    .get(Buffer.from(alice.accountId, 'hex')) as { last_active_day: number };
  t.equal(row.last_active_day, dayOf(r.relay.clock.now()), 'activity is the UTC day number');
  const columns = (r.relay.db.pragma('table_info(lifecycle_accounts)') as { name: string }[]).map(
    (c) => c.name,
  );
  t.same(columns, ['account_id', 'last_active_day', 'policy_version', 'declined_uses'], 'no time column');
  await r.client.advanceClock(29 * DAY_MS);
  await r.client.ok('purge', 'POST', '/test-hooks/v1/lifecycle/purge');
  t.ok(await r.relay.db.prepare('SELECT 1 FROM accounts').get(), 'kept after 29 days');
  await r.client.advanceClock(2 * DAY_MS);
  await r.client.ok('purge', 'POST', '/test-hooks/v1/lifecycle/purge');
  t.equal(r.relay.db.prepare('SELECT 1 FROM accounts').get(), undefined, 'erased after 31 days');
});

t.test('--inactivity-days and DEFTALK_INACTIVITY_DAYS configure the purge', async (t) => {
  const cfg = (argv: string[], env: NodeJS.ProcessEnv = {}) => {
    const p = parseRelayArgs(argv, env);
    return p.help ? undefined : p.config.inactivityDays;
  };
  t.equal(cfg([]), undefined, 'default: the relay uses 365');
  t.equal(cfg(['--inactivity-days', '90']), 90);
  t.equal(cfg([], { DEFTALK_INACTIVITY_DAYS: '400' }), 400);
  t.throws(() => cfg(['--inactivity-days', '0']), RangeError);
});

function runRelayCli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/deftalk-relay.js', ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

t.test('deftalk-relay inventory prints the documented document for a number, never the number', async (t) => {
  const r = await startTestRelay(t);
  const random = seeded(15);
  const alice = await registerAccount(r.client, random);
  const bob = await registerAccount(r.client, random);
  await linkDevice(r.client, alice, random);
  await queue(r.client, bob, alice, 1, random);
  await flushDelivery(r.client);
  const out = await runRelayCli(['inventory', '--data', r.dataDir, '--phone', alice.phoneNumber]);
  t.equal(out.code, 0, `exit 0 (${out.stderr})`);
  const doc = JSON.parse(out.stdout) as Record<string, unknown>;
  t.match(doc, {
    format: 'deftalk-inventory/1',
    registered: true,
    accountId: alice.accountId,
    deviceCount: 2,
    queuedEnvelopes: 2,
    groupCount: 0,
    registrationLock: false,
    discoverable: true,
    policyVersionAccepted: 0,
  });
  t.match(doc.registrationDate, /^\d{4}-\d{2}-\d{2}$/);
  t.match(doc.lastActivityDate, /^\d{4}-\d{2}-\d{2}$/);
  t.notOk(out.stdout.includes(alice.phoneNumber.slice(1)), 'the number is not printed back');
  t.notOk(out.stdout.includes(bob.accountId), "the sender's account id is not in it");
  const none = await runRelayCli(['inventory', '--data', r.dataDir, '--phone', '+4915100000001']);
  t.same(JSON.parse(none.stdout), {
    format: 'deftalk-inventory/1',
    registered: false,
    pendingVerificationCode: false,
  });
  const bad = await runRelayCli(['inventory', '--data', r.dataDir, '--phone', '+49not-a-number']);
  t.equal(bad.code, 2, 'an invalid number is a usage error');
  t.notOk(bad.stderr.includes('not-a-number'), 'and is not echoed');
  const missing = await runRelayCli([
    'inventory',
    '--data',
    join(r.dataDir, 'nope'),
    '--phone',
    alice.phoneNumber,
  ]);
  t.equal(missing.code, 1, 'no data directory: exit 1');
});

t.test('a device that stays connected keeps its account from the purge', async (t) => {
  const r = await startTestRelay(t, { inactivityDays: 30 });
  const random = seeded(17);
  const alice = await registerAccount(r.client, random);
  const socket = new DeviceSocket(new URL(r.relay.url), alice.primary);
  await socket.opened;
  await r.client.advanceClock(31 * DAY_MS);
  await r.client.ok('purge', 'POST', '/test-hooks/v1/lifecycle/purge');
  t.ok(r.relay.db.prepare('SELECT 1 FROM accounts').get(), 'kept while its device is connected');
  await socket.close();
  while (r.relay.hub.connectionOf({ accountId: alice.accountId, deviceId: 1 })) {
    await new Promise((resolve) => setImmediate(resolve));
  }
  await r.client.advanceClock(31 * DAY_MS);
  await r.client.ok('purge', 'POST', '/test-hooks/v1/lifecycle/purge');
  t.equal(r.relay.db.prepare('SELECT 1 FROM accounts').get(), undefined, 'erased 31 days after it went away');
});
