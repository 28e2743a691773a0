/**
 * Delivery against a real in-process relay (spec/delivery.md): fan-out
 * checks, idempotent resend, push, drain order, redelivery after a dropped
 * ack, quota, transient envelopes, and byte scans of the storage files for
 * acked, expired and transient ciphertexts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import t from 'tap';
import {
  addressOf,
  DeviceSocket,
  deviceAt,
  envelopeKeys,
  filesContaining,
  flushDelivery,
  postSends,
  sendTo,
} from '../conformance/cases/relay/deliveryPeer.ts';
import { linkDevice, RelayClient, registerAccount } from '../conformance/lib/relayClient.ts';
import { type Relay, startRelay } from '../reference/relay/server.ts';
import { decodeSenderState, SEQUENCE_PATH } from '../reference/wire/delivery.ts';

let seed = 1;
const random = (): number => {
  // mulberry32: deterministic test data.
  seed = (seed + 0x6d2b79f5) | 0;
  let x = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
  return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
};

async function relayWith(env: Record<string, string> = {}): Promise<{ relay: Relay; client: RelayClient }> {
  const dir = mkdtempSync(join(tmpdir(), 'deftalk-delivery-'));
  const saved = { ...process.env };
  Object.assign(process.env, env);
  const relay = await startRelay(
    { host: '127.0.0.1', port: 0, dataDir: dir, testHooks: true, logLevel: 'silent', pinScryptLog2N: 10 },
    new Writable({ write: (_c, _e, cb) => cb() }),
  ).finally(() => {
    process.env = saved;
  });
  t.teardown(async () => {
    await relay.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return { relay, client: new RelayClient(relay.url) };
}

t.test('fan-out, push to an online device, sync transcript, erase on ack', async (t) => {
  const { relay, client } = await relayWith();
  const alice = await registerAccount(client, random);
  const alice2 = await linkDevice(client, alice, random);
  const bob = await registerAccount(client, random);
  const bob2 = await linkDevice(client, bob, random);
  const base = new URL(relay.url);

  // Missing: bob's second device and alice's own second device.
  const partial = sendTo(bob.accountId, [addressOf(bob, bob.primary)], 1, random);
  const r1 = await postSends(client, alice.primary, [partial.send]);
  t.equal(r1.results[0]?.kind, 'refused');
  const refused = r1.results[0];
  if (refused?.kind !== 'refused') throw new Error('expected refusal');
  t.equal(refused.error.errorName, 'DEVICE_MISMATCH');
  t.same(
    refused.mismatch?.missing.map((d) => d.deviceId).sort(),
    [bob2.deviceId, alice2.deviceId].sort(),
    'missing names bob.2 and alice.2',
  );

  // Extra: a device id never assigned.
  const extra = sendTo(
    bob.accountId,
    [addressOf(bob, bob.primary), addressOf(bob, bob2), addressOf(alice, alice2), deviceAt(bob.accountId, 9)],
    1,
    random,
  );
  const r2 = await postSends(client, alice.primary, [extra.send]);
  const e2 = r2.results[0];
  t.ok(e2?.kind === 'refused' && e2.mismatch?.extra.length === 1 && e2.mismatch.extra[0]?.deviceId === 9);

  const bobSocket = new DeviceSocket(base, bob.primary);
  await bobSocket.opened;
  const good = sendTo(
    bob.accountId,
    [addressOf(bob, bob.primary), addressOf(bob, bob2), addressOf(alice, alice2)],
    1,
    random,
  );
  const r3 = await postSends(client, alice.primary, [good.send]);
  t.same(r3.results[0], { kind: 'accepted', sequence: 1, duplicate: false });
  const [push] = await bobSocket.waitForPushes(1);
  t.ok(
    Buffer.from(push!.envelope.ciphertext).equals(
      good.ciphertexts.get(`${bob.accountId}/${bob.primary.deviceId}`)!,
    ),
    'pushed ciphertext is the sent one',
  );
  t.equal(push?.envelope.id.senderAccount, alice.accountId);
  t.equal(push?.envelope.id.sequence, 1);

  // Idempotent resend.
  const r4 = await postSends(client, alice.primary, [good.send]);
  t.same(r4.results[0], { kind: 'accepted', sequence: 1, duplicate: true });
  const seq = await client.ok('seq', 'GET', SEQUENCE_PATH, { token: alice.primary.token });
  t.equal(decodeSenderState(seq), 1);

  await flushDelivery(client);
  const ctBob = good.ciphertexts.get(`${bob.accountId}/${bob.primary.deviceId}`)!;
  const ctBob2 = good.ciphertexts.get(`${bob.accountId}/${bob2.deviceId}`)!;
  t.same(await filesContaining(client, ctBob), [], 'acked copy erased from every storage file');
  t.not((await filesContaining(client, ctBob2)).length, 0, 'unacked copy still stored');

  // bob2 connects later and drains; the sync copy goes to alice2.
  const bob2Socket = new DeviceSocket(base, bob2);
  const alice2Socket = new DeviceSocket(base, alice2);
  await bob2Socket.waitForPushes(1);
  const [sync] = await alice2Socket.waitForPushes(1);
  t.equal(sync?.envelope.destination, bob.accountId, 'sync transcript names the destination');
  await flushDelivery(client);
  t.same(await filesContaining(client, ctBob2), [], 'erased after the drain ack');
  await Promise.all([bobSocket.close(), bob2Socket.close(), alice2Socket.close()]);
});

t.test('flow control: at most the window of unacknowledged pushes per connection', async (t) => {
  const { relay, client } = await relayWith({ DEFTALK_PUSH_WINDOW: '4' });
  const alice = await registerAccount(client, random);
  const bob = await registerAccount(client, random);
  const sends = Array.from(
    { length: 20 },
    (_, i) => sendTo(bob.accountId, [addressOf(bob, bob.primary)], i + 1, random).send,
  );
  const r = await postSends(client, alice.primary, sends);
  t.equal(r.results.filter((x) => x.kind === 'accepted').length, 20);
  const bobSocket = new DeviceSocket(new URL(relay.url), bob.primary, { autoAck: false });
  await bobSocket.waitForPushes(4);
  // Sync points: every storage read has run, and a round trip on the socket itself.
  await flushDelivery(client);
  await bobSocket.request('GET', SEQUENCE_PATH, new Uint8Array(0));
  t.equal(bobSocket.pushes.length, 4, 'no fifth push before an ack');
  for (const p of bobSocket.pushes) p.ack();
  await bobSocket.waitForPushes(8);
  await flushDelivery(client);
  await bobSocket.request('GET', SEQUENCE_PATH, new Uint8Array(0));
  t.equal(bobSocket.pushes.length, 8, 'four acks free four slots');
  t.same(
    envelopeKeys(bobSocket.pushes).map((k) => Number(k.split('/')[2])),
    [1, 2, 3, 4, 5, 6, 7, 8],
    'in order',
  );
  await bobSocket.close();
});
