/**
 * The reference client's messaging against a real in-process relay (real
 * SQLite, real HTTP and WebSocket on loopback): send and receive, a device
 * offline then online, a redelivery after a lost ack shown once, recovery
 * from DEVICE_MISMATCH after a device is linked, sync transcripts to the
 * own other device, delivered and read receipts, typing in the transient
 * class.
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

async function relay(t: Test, dataDir = mkdtempSync(join(tmpdir(), 'deftalk-msg-relay-'))): Promise<Relay> {
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

function storeDir(t: Test): string {
  const dir = mkdtempSync(join(tmpdir(), 'deftalk-msg-store-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  return join(dir, 'store');
}

interface User {
  client: DefTalkClient;
  m: Messenger;
  dir: string;
  events: MessengerEvent[];
}

async function open(t: Test, client: DefTalkClient, dir: string): Promise<User> {
  const m = await Messenger.open(client, dir, PASS, FAST);
  const events: MessengerEvent[] = [];
  m.onEvent((e) => events.push(e));
  t.teardown(() => m.disconnect());
  return { client, m, dir, events };
}

async function registered(t: Test, r: Relay, phone: string): Promise<User> {
  const dir = storeDir(t);
  const c = await DefTalkClient.create(dir, PASS, r.url, FAST);
  await c.requestCode(phone);
  await c.verify(await new RelayClient(r.url).verificationCode(phone));
  return open(t, c, dir);
}

async function linked(t: Test, r: Relay, primary: User): Promise<User> {
  const dir = storeDir(t);
  const c = await DefTalkClient.create(dir, PASS, r.url, FAST);
  const { text } = await c.startLink();
  const done = c.finishLink({ pollMs: 20 });
  await primary.client.approveLink(text);
  await done;
  return open(t, c, dir);
}

/** Resolve once `pred` holds for an event (checking those already seen). */
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

const textEvent = (body: string) => (e: MessengerEvent) => e.type === 'message' && e.message.body === body;

t.test('offline then online, sync transcript, delivered and read receipts, typing', async (t) => {
  const r = await relay(t);
  const alice = await registered(t, r, '+4915111112201');
  const bob = await registered(t, r, '+4915111112202');
  const alice2 = await linked(t, r, alice);
  const bobId = bob.client.address.accountId;
  const aliceId = alice.client.address.accountId;

  // Bob is offline: the message waits at the relay.
  const sent = await alice.m.sendText(bobId, 'hello bob');
  t.equal(sent.status, 'sent', 'the relay accepted it');
  t.equal(sent.id, `${aliceId}/1/1`, 'envelope id: account/device/sequence');

  await alice.m.connect();
  await alice2.m.connect();
  const synced = await waitFor(alice2, textEvent('hello bob'));
  t.equal(synced.type === 'message' && synced.message.direction, 'out', 'alice2 learns what alice sent');
  t.equal(synced.type === 'message' && synced.message.peer, bobId);

  await bob.m.connect();
  const got = await waitFor(bob, textEvent('hello bob'));
  t.equal(got.type === 'message' && got.message.id, sent.id, 'bob sees it under its envelope id');
  await waitFor(alice, (e) => e.type === 'receipt' && e.receipt === 'delivered' && e.ids.includes(sent.id));
  await waitFor(alice2, (e) => e.type === 'receipt' && e.receipt === 'delivered' && e.ids.includes(sent.id));
  t.equal(alice.m.messages.find((m) => m.id === sent.id)?.status, 'delivered', '✓ delivered');

  t.equal(await bob.m.markRead(aliceId), 1, 'one message marked read');
  await waitFor(alice, (e) => e.type === 'receipt' && e.receipt === 'read' && e.ids.includes(sent.id));
  t.equal(alice.m.messages.find((m) => m.id === sent.id)?.status, 'read', '✓✓ read');

  // Typing: transient, reaches the connected devices only.
  const typing = await bob.m.sendTyping(aliceId, true);
  t.equal(typing.deliveredTo, 2, 'both of alice’s devices are connected');
  await waitFor(alice, (e) => e.type === 'typing' && e.started);
  await alice2.m.disconnect();
  await bob.m.disconnect();
  t.equal((await alice.m.sendTyping(bobId, true)).deliveredTo, 0, 'nobody connected: dropped, never stored');

  // Bob replies while alice2 is away; alice2 gets it on reconnecting.
  await bob.m.connect();
  await bob.m.sendText(aliceId, 'hi alice');
  await waitFor(alice, textEvent('hi alice'));
  await alice2.m.connect();
  await waitFor(alice2, textEvent('hi alice'));
});

t.test('a redelivery after a lost ack is shown once; state survives a reopen', async (t) => {
  const r = await relay(t);
  const alice = await registered(t, r, '+4915111112211');
  const bob = await registered(t, r, '+4915111112212');
  const bobId = bob.client.address.accountId;
  await alice.m.sendText(bobId, 'once');
  await alice.m.sendText(bobId, 'twice?');

  // Bob's socket drops every response to the relay: the pushes are processed but never acked.
  const raw = bob.client.relay;
  const open = raw.openSocket.bind(raw);
  raw.openSocket = async (opts) =>
    open({
      onRequest: async (req) => {
        await opts?.onRequest?.(req);
        // The ack is lost: the response never leaves this device.
        return new Promise(() => {});
      },
    });
  await bob.m.connect();
  await waitFor(bob, textEvent('twice?'));
  await bob.m.disconnect();
  raw.openSocket = open;

  // A fresh process on the same store: the relay pushes both again, the store shows each once.
  bob.client.close();
  const client = await DefTalkClient.open(bob.dir, PASS);
  const again = await open2(t, client, bob.dir);
  t.equal(again.m.messages.length, 2, 'both were persisted before any ack');
  await again.m.connect();
  await waitFor(again, (e) => e.type === 'acked' && e.id.endsWith('/2'));
  t.same(
    again.m.messages.map((m) => m.body),
    ['once', 'twice?'],
    'each message shown once',
  );
  t.notOk(
    again.events.some((e) => e.type === 'message'),
    'no message event for the redelivery',
  );
});

async function open2(t: Test, client: DefTalkClient, dir: string): Promise<User> {
  return open(t, client, dir);
}

t.test('DEVICE_MISMATCH after a device is linked: the sender refreshes and resends', async (t) => {
  const r = await relay(t);
  const alice = await registered(t, r, '+4915111112221');
  const bob = await registered(t, r, '+4915111112222');
  const bobId = bob.client.address.accountId;
  await alice.m.sendText(bobId, 'first');
  const bob2 = await linked(t, r, bob);
  // Alice's cached list of bob's devices is out of date now.
  const s = await alice.m.sendText(bobId, 'second');
  t.equal(s.status, 'sent', 'accepted after correcting the device set');
  t.equal(s.sequence, 2, 'under the same sequence number');
  await bob2.m.connect();
  await waitFor(bob2, textEvent('second'));
  await bob.m.connect();
  await waitFor(bob, textEvent('second'));
  t.same(
    bob.m.messages.filter((m) => m.direction === 'in').map((m) => m.body),
    ['first', 'second'],
  );
});

t.test('a send whose answer was lost is resent from the outbox idempotently', async (t) => {
  const r = await relay(t);
  const alice = await registered(t, r, '+4915111112231');
  const bob = await registered(t, r, '+4915111112232');
  const bobId = bob.client.address.accountId;
  // The first POST reaches the relay but its answer is lost.
  const relayConn = alice.client.relay;
  const call = relayConn.call.bind(relayConn);
  let lose = true;
  relayConn.call = async (method, path, opts) => {
    const out = await call(method, path, opts);
    if (lose && method === 'POST' && path === '/v1/messages') {
      lose = false;
      const { RelayUnreachable } = await import('../reference/client/relayConnection.ts');
      throw new RelayUnreachable();
    }
    return out;
  };
  const s = await alice.m.sendText(bobId, 'lost answer');
  t.equal(s.status, 'pending', 'still in the outbox');
  t.equal(alice.m.pendingSends, 1);
  t.equal(await alice.m.flush(), 0, 'the resend is answered as a duplicate and leaves the outbox');
  t.equal(alice.m.messages[0]?.status, 'sent');
  await bob.m.connect();
  await waitFor(bob, textEvent('lost answer'));
  const s2 = await alice.m.sendText(bobId, 'next');
  t.equal(s2.sequence, 2, 'no number skipped or reused');
  await waitFor(bob, textEvent('next'));
  t.equal(bob.m.messages.length, 2, 'bob got it exactly once');
});
