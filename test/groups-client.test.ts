/**
 * The reference client's groups against a real in-process relay (real
 * SQLite, HTTP and WebSockets on loopback): a group of three, a message
 * every member reads, a removal after which the removed member's client
 * reads nothing new and the remaining members' clients rotate their sender
 * keys, and a message the removed member still sends that nobody shows.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import t, { type Test } from 'tap';
import { RelayClient } from '../conformance/lib/relayClient.ts';
import { DefTalkClient } from '../reference/client/index.ts';
import { Messenger, type MessengerEvent } from '../reference/client/messaging/index.ts';
import { type Relay, startRelay } from '../reference/relay/server.ts';

const FAST = { kdf: { log2N: 10, r: 8, p: 1 } };
const PASS = 'pass phrase';

async function relay(t: Test): Promise<Relay> {
  const dataDir = mkdtempSync(join(tmpdir(), 'deftalk-groups-relay-'));
  const r = await startRelay(
    { host: '127.0.0.1', port: 0, dataDir, testHooks: true, logLevel: 'silent', pinScryptLog2N: 10 },
    new Writable({ write: (_c, _e, cb) => cb() }),
  );
  t.teardown(async () => {
    await r.close();
    rmSync(dataDir, { recursive: true, force: true });
  });
  return r;
}

interface User {
  client: DefTalkClient;
  m: Messenger;
  events: MessengerEvent[];
}

async function registered(t: Test, r: Relay, phone: string): Promise<User> {
  const base = mkdtempSync(join(tmpdir(), 'deftalk-groups-store-'));
  t.teardown(() => rmSync(base, { recursive: true, force: true }));
  const dir = join(base, 'store');
  const client = await DefTalkClient.create(dir, PASS, r.url, FAST);
  await client.requestCode(phone);
  await client.verify(await new RelayClient(r.url).verificationCode(phone));
  const m = await Messenger.open(client, dir, PASS, FAST);
  const events: MessengerEvent[] = [];
  m.onEvent((e) => events.push(e));
  t.teardown(() => m.close());
  await m.connect();
  return { client, m, events };
}

function waitFor(u: User, pred: (e: MessengerEvent) => boolean): Promise<MessengerEvent> {
  const seen = u.events.find(pred);
  if (seen) return Promise.resolve(seen);
  return new Promise((resolve) => {
    const off = u.m.onEvent((e) => {
      if (pred(e)) {
        off();
        resolve(e);
      }
    });
  });
}

const groupText = (body: string) => (e: MessengerEvent) =>
  e.type === 'message' && e.message.body === body && e.message.group !== undefined;

t.test('a removed member reads nothing sent after its removal; the others rotate', async (t) => {
  const r = await relay(t);
  const alice = await registered(t, r, '+4915111112301');
  const bob = await registered(t, r, '+4915111112302');
  const carol = await registered(t, r, '+4915111112303');
  const g = await alice.m.createGroup([bob.client.address.accountId, carol.client.address.accountId]);
  t.equal(g.members.length, 3, 'three members');
  const first = await alice.m.sendGroupText(g.groupId, 'hello all');
  t.equal(first.copies, 2, 'one copy per other member device');
  await waitFor(bob, groupText('hello all'));
  await waitFor(carol, groupText('hello all'));
  const fromBob = await bob.m.sendGroupText(g.groupId, 'bob here');
  t.equal(fromBob.copies, 2);
  await waitFor(alice, groupText('bob here'));
  await waitFor(carol, groupText('bob here'));

  const ownBefore = JSON.stringify(alice.m.groups);
  await alice.m.changeGroup(g.groupId, { remove: [carol.client.address.accountId] });
  t.not(JSON.stringify(alice.m.groups), ownBefore, 'the view changed');
  t.same(
    alice.m.groups.find((x) => x.groupId === g.groupId)?.members.map((m) => m.accountId),
    [alice.client.address.accountId, bob.client.address.accountId],
    "the admin's view lists the remaining members",
  );
  const after = await alice.m.sendGroupText(g.groupId, 'after removal');
  t.equal(after.copies, 1, 'only bob gets a copy');
  await waitFor(bob, groupText('after removal'));
  // Bob learns of the removal from the update or from GROUP_VERSION_STALE, and rotates before sending.
  const bobAfter = await bob.m.sendGroupText(g.groupId, 'bob after removal');
  t.equal(bobAfter.copies, 1);
  await waitFor(alice, groupText('bob after removal'));
  t.notOk(
    carol.m.messages.some((m) => m.body.includes('after removal')),
    'the removed member shows nothing sent after its removal',
  );
  // Carol still holds an old key and sends: the relay refuses her, nobody shows anything.
  const refused = await carol.m.sendGroupText(g.groupId, 'still here?').then(
    () => undefined,
    (e: unknown) => (e as { errorName?: string }).errorName,
  );
  t.equal(refused, 'GROUP_NOT_MEMBER', 'the relay refuses the removed member');
  t.notOk(
    carol.m.groups.some((x) => x.groupId === g.groupId),
    'the removed member forgets the group once the relay refused it',
  );
  t.notOk(
    bob.m.messages.some((m) => m.body === 'still here?'),
    'nothing from the removed member',
  );
});

t.test("the sync record carries the account's groups as the relay lists them", async (t) => {
  const r = await relay(t);
  const alice = await registered(t, r, '+4915111112311');
  const bob = await registered(t, r, '+4915111112312');
  t.same(alice.client.groupList, {}, 'no group before one exists');
  const g = await alice.m.createGroup([bob.client.address.accountId]);
  const first = await alice.client.syncPush();
  t.ok(first.written, 'the new group is written to the record');
  t.same(Object.keys(alice.client.groupList), [g.groupId], 'the record names the group');
  await alice.m.leaveGroup(g.groupId);
  const second = await alice.client.syncPush();
  t.ok(second.written && second.version === first.version + 1, 'leaving it writes the next version');
  t.same(alice.client.groupList, {}, 'a group the account left is gone from the record');
});
