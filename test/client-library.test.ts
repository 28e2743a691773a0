/**
 * The reference client library against an in-process relay with the test
 * hooks: register two accounts, link a second device, compare safety
 * numbers, establish a session from a fetched bundle, surface an identity
 * change, replenish prekeys. Real SQLite, real HTTP on loopback.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { inspect } from 'node:util';
import t, { type Test } from 'tap';
import { RelayClient } from '../conformance/lib/relayClient.ts';
import { DefTalkClient } from '../reference/client/index.ts';
import { type Relay, startRelay } from '../reference/relay/server.ts';
import { PRIMARY_DEVICE_ID } from '../reference/wire/ids.ts';

const FAST = { kdf: { log2N: 10, r: 8, p: 1 } };

async function relay(t: Test): Promise<Relay> {
  const dir = mkdtempSync(join(tmpdir(), 'deftalk-client-relay-'));
  const r = await startRelay(
    { host: '127.0.0.1', port: 0, dataDir: dir, testHooks: true, logLevel: 'silent', pinScryptLog2N: 10 },
    new Writable({ write: (_c, _e, cb) => cb() }),
  );
  t.teardown(async () => {
    await r.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return r;
}

/** Await `p` and check it rejected with the registered error `name`. */
async function rejectsWith(t: Test, p: Promise<unknown>, name: string, what: string): Promise<void> {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  t.equal((e as { errorName?: string } | undefined)?.errorName, name, what);
}

function storeDir(t: Test): string {
  const dir = mkdtempSync(join(tmpdir(), 'deftalk-client-store-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  return join(dir, 'store');
}

async function registered(t: Test, r: Relay, phone: string, dir = storeDir(t)): Promise<DefTalkClient> {
  const c = await DefTalkClient.create(dir, 'pass phrase', r.url, FAST);
  await c.requestCode(phone);
  const code = await new RelayClient(r.url).verificationCode(phone);
  await c.verify(code);
  return c;
}

t.test('register, link, safety numbers, session, identity change', async (t) => {
  const r = await relay(t);
  const aliceDir = storeDir(t);
  const alice = await registered(t, r, '+4915111111101', aliceDir);
  const bob = await registered(t, r, '+4915111111102');
  t.equal(alice.address.deviceId, PRIMARY_DEVICE_ID);
  t.notOk(inspect(alice).includes('pass'), 'the client prints redacted');
  t.equal(JSON.stringify({ alice }), '{"alice":"[REDACTED]"}');

  // Bob links a second device through a provisioning mailbox.
  const bob2 = await DefTalkClient.create(storeDir(t), 'other phrase', r.url, FAST);
  const { text } = await bob2.startLink();
  t.match(text, /^deftalk-link:v1\?id=[0-9a-f]{32}&key=[A-Za-z0-9_-]{43}$/);
  const finished = bob2.finishLink({ pollMs: 20 });
  await bob.approveLink(text);
  const address = await finished;
  t.equal(address.accountId, bob.address.accountId, 'the new device joined bob');
  t.equal(address.deviceId, 2);
  t.ok(bob2.identityKey.equals(bob.identityKey), 'it holds the account identity');
  t.same(
    (await bob.devices()).map((d) => d.deviceId),
    [1, 2],
  );

  // Safety numbers agree on both sides and from the linked device.
  const ab = await alice.safetyNumber(bob.address.accountId);
  const ba = await bob.safetyNumber(alice.address.accountId);
  const b2a = await bob2.safetyNumber(alice.address.accountId);
  t.equal(ab.display, ba.display);
  t.equal(ab.display, b2a.display);
  t.match(ab.display, /^(\d{5} ){11}\d{5}$/);

  // A session from a fetched bundle, both ways.
  await alice.initiateSession(bob.address.accountId, PRIMARY_DEVICE_ID);
  const wire = await alice.encrypt(
    bob.address.accountId,
    PRIMARY_DEVICE_ID,
    new TextEncoder().encode('hi bob'),
  );
  const plain = await bob.decrypt(alice.address.accountId, PRIMARY_DEVICE_ID, wire);
  t.equal(new TextDecoder().decode(plain), 'hi bob');
  const back = await bob.encrypt(
    alice.address.accountId,
    PRIMARY_DEVICE_ID,
    new TextEncoder().encode('hi alice'),
  );
  t.equal(
    new TextDecoder().decode(await alice.decrypt(bob.address.accountId, PRIMARY_DEVICE_ID, back)),
    'hi alice',
  );
  await rejectsWith(
    t,
    bob.decrypt(alice.address.accountId, PRIMARY_DEVICE_ID, wire),
    'DUPLICATE_MESSAGE',
    'a replay is refused',
  );

  // State survives reopening the key store; a wrong passphrase does not open it.
  alice.close();
  await rejectsWith(
    t,
    DefTalkClient.open(aliceDir, 'wrong phrase'),
    'KEYSTORE_BAD_PASSPHRASE',
    'wrong passphrase',
  );
  const again = await DefTalkClient.open(aliceDir, 'pass phrase');
  t.equal(again.address.accountId, alice.address.accountId);
  t.ok(again.trustedIdentity(bob.address.accountId)?.equals(bob.identityKey), 'trust survived');

  // The relay now serving another key for bob is surfaced, never recorded.
  await again.trustIdentity(bob.address.accountId, alice.identityKey);
  await rejectsWith(t, again.safetyNumber(bob.address.accountId), 'IDENTITY_KEY_CHANGED', 'safety number');
  await rejectsWith(
    t,
    again.initiateSession(bob.address.accountId, PRIMARY_DEVICE_ID),
    'IDENTITY_KEY_CHANGED',
    'session with a changed key',
  );
  t.ok(
    again.trustedIdentity(bob.address.accountId)?.equals(alice.identityKey),
    'the recorded key is unchanged',
  );

  // Prekey supply: drain bob2's one-time keys below the threshold, then top up.
  for (let i = 0; i < 45; i++) await alice.fetchBundle(bob2.address.accountId, bob2.address.deviceId);
  const low = await bob2.replenishPreKeys();
  t.equal(low.lowSupply, false, 'the client topped the supply up');
  t.ok(low.oneTimePreKeys >= 50 && low.kemPreKeys >= 50, 'back to a full batch of each kind');
});
