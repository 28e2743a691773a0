/**
 * @module
 * Relay-mode cases of spec/delivery.md. Each case registers its own
 * accounts through the identity harness client, talks to the relay only
 * over HTTP and WebSocket, and observes storage only through the test-hooks
 * profile (flush, storage dump, clock), so it runs against any relay.
 */

import { encodeUpdateDeviceListRequest } from '../../../reference/wire/account.ts';
import { decodeSenderState, SEQUENCE_PATH, type SendResult } from '../../../reference/wire/delivery.ts';
import { type CaseContext, type ConformanceCase, check, checkEqual } from '../../case.ts';
import {
  caseClient,
  linkDevice,
  type RelayClient,
  registerAccount,
  signDeviceList,
  type TestAccount,
  type TestDevice,
} from '../../lib/relayClient.ts';
import {
  addressOf,
  DeviceSocket,
  deviceAt,
  envelopeKeys,
  filesContaining,
  flushDelivery,
  postSends,
  sendTo,
} from './deliveryPeer.ts';

const DAY_MS = 24 * 3600_000;

interface Pair {
  client: RelayClient;
  base: URL;
  alice: TestAccount;
  bob: TestAccount;
}

async function pair(
  ctx: CaseContext,
  opts: { bobDevices?: number; aliceDevices?: number } = {},
): Promise<Pair> {
  const client = caseClient(ctx);
  const alice = await registerAccount(client, () => ctx.random());
  const bob = await registerAccount(client, () => ctx.random());
  for (let i = 1; i < (opts.aliceDevices ?? 1); i++) await linkDevice(client, alice, () => ctx.random());
  for (let i = 1; i < (opts.bobDevices ?? 1); i++) await linkDevice(client, bob, () => ctx.random());
  ctx.log(`alice has ${alice.devices.length} device(s), bob ${bob.devices.length}`);
  return { client, base: new URL(client.base), alice, bob };
}

/** Every device a send from `from` (of `sender`) to `to` must address. */
function expected(sender: TestAccount, from: TestDevice, to: TestAccount) {
  return [
    ...to.devices.map((d) => addressOf(to, d)),
    ...sender.devices.filter((d) => d !== from).map((d) => addressOf(sender, d)),
  ];
}

function accepted(r: SendResult | undefined, what: string): void {
  check(
    r?.kind === 'accepted',
    `${what}: accepted`,
    'accepted',
    r?.kind === 'refused' ? r.error.errorName : r?.kind,
  );
}

const key = (accountId: string, deviceId: number) => `${accountId}/${deviceId}`;

function socket(ctx: CaseContext, p: Pair, device: TestDevice, autoAck = true): DeviceSocket {
  return new DeviceSocket(p.base, device, { autoAck, signal: ctx.signal });
}

const deviceMismatch: ConformanceCase = {
  id: 'delivery/device-mismatch',
  title:
    'a send that misses, adds or names removed devices is refused with the three lists and nothing is stored',
  mode: 'relay',
  capability: 'test-hooks',
  requirements: ['REQ-DELIVERY-001'],
  timeoutMs: 20_000,
  async run(ctx) {
    const p = await pair(ctx, { bobDevices: 3, aliceDevices: 2 });
    const { client, alice, bob } = p;
    // Remove bob's third device: it becomes stale.
    const removed = bob.devices[2]!;
    const next = {
      version: bob.deviceList.version + 1,
      devices: bob.deviceList.devices.filter((d) => d.deviceId !== removed.deviceId),
    };
    await client.ok('remove device', 'PUT', '/v1/devices', {
      token: bob.primary.token,
      body: encodeUpdateDeviceListRequest(signDeviceList(bob.identity, next)),
    });
    bob.deviceList = next;
    bob.devices = bob.devices.filter((d) => d !== removed);

    const addressed = [
      addressOf(bob, bob.primary), // bob.2 missing, alice.2 (sync) missing
      deviceAt(bob.accountId, 50), // never assigned: extra
      deviceAt(bob.accountId, removed.deviceId), // removed: stale
    ];
    const s = sendTo(bob.accountId, addressed, 1, () => ctx.random());
    const r = (await postSends(client, alice.primary, [s.send])).results[0];
    check(r?.kind === 'refused', 'the send is refused');
    checkEqual(r.error.errorName, 'DEVICE_MISMATCH', 'error name');
    const ids = (xs: readonly { accountId: string; deviceId: number }[] | undefined) =>
      (xs ?? []).map((x) => key(x.accountId, x.deviceId)).sort();
    const want = {
      missing: [
        key(bob.accountId, bob.devices[1]!.deviceId),
        key(alice.accountId, alice.devices[1]!.deviceId),
      ].sort(),
      extra: [key(bob.accountId, 50)],
      stale: [key(bob.accountId, removed.deviceId)],
    };
    ctx.log(
      `mismatch: ${JSON.stringify({ missing: ids(r.mismatch?.missing), extra: ids(r.mismatch?.extra), stale: ids(r.mismatch?.stale) })}`,
    );
    check(
      JSON.stringify(ids(r.mismatch?.missing)) === JSON.stringify(want.missing),
      'missing lists bob.2 and alice.2',
      want.missing,
      ids(r.mismatch?.missing),
    );
    check(
      JSON.stringify(ids(r.mismatch?.extra)) === JSON.stringify(want.extra),
      'extra lists the never-assigned id',
      want.extra,
      ids(r.mismatch?.extra),
    );
    check(
      JSON.stringify(ids(r.mismatch?.stale)) === JSON.stringify(want.stale),
      'stale lists the removed device',
      want.stale,
      ids(r.mismatch?.stale),
    );
    await flushDelivery(client);
    for (const ct of s.ciphertexts.values()) {
      checkEqual((await filesContaining(client, ct)).length, 0, 'no copy of the refused send is stored');
    }
    // Corrected, the same sequence number is accepted.
    const fixed = sendTo(bob.accountId, expected(alice, alice.primary, bob), 1, () => ctx.random());
    accepted((await postSends(client, alice.primary, [fixed.send])).results[0], 'the corrected send');
  },
};

const idempotentResend: ConformanceCase = {
  id: 'delivery/idempotent-resend',
  title:
    'a resent sequence number is a duplicate, a skipped one is a gap, and the relay reports the last accepted number',
  mode: 'relay',
  capability: 'test-hooks',
  requirements: ['REQ-DELIVERY-002'],
  async run(ctx) {
    const p = await pair(ctx);
    const { client, alice, bob } = p;
    const s1 = sendTo(bob.accountId, expected(alice, alice.primary, bob), 1, () => ctx.random());
    accepted((await postSends(client, alice.primary, [s1.send])).results[0], 'first send');
    const again = (await postSends(client, alice.primary, [s1.send])).results[0];
    check(again?.kind === 'accepted' && again.duplicate, 'the resend is answered as a duplicate');
    const s3 = sendTo(bob.accountId, expected(alice, alice.primary, bob), 3, () => ctx.random());
    const gap = (await postSends(client, alice.primary, [s3.send])).results[0];
    check(gap?.kind === 'refused' && gap.error.errorName === 'SEQUENCE_GAP', 'sequence 3 after 1 is a gap');
    checkEqual(gap.expectedSequence, 2, 'the gap names 2 as expected');
    const state = decodeSenderState(
      await client.ok('sequence', 'GET', SEQUENCE_PATH, { token: alice.primary.token }),
    );
    checkEqual(state, 1, 'last accepted sequence');
    const bobSocket = socket(ctx, p, bob.primary);
    await bobSocket.waitForPushes(1);
    await flushDelivery(client);
    await bobSocket.close();
    checkEqual(bobSocket.pushes.length, 1, 'the duplicate was not pushed again');
  },
};

const durableAccept: ConformanceCase = {
  id: 'delivery/durable-accept',
  title: 'when a send is answered, its ciphertext is already in a storage file',
  mode: 'relay',
  capability: 'test-hooks',
  requirements: ['REQ-DELIVERY-003'],
  async run(ctx) {
    const { client, alice, bob } = await pair(ctx);
    const s = sendTo(bob.accountId, expected(alice, alice.primary, bob), 1, () => ctx.random());
    accepted((await postSends(client, alice.primary, [s.send])).results[0], 'send');
    // No flush: the answer alone must mean the bytes are on disk.
    const ct = s.ciphertexts.get(key(bob.accountId, bob.primary.deviceId))!;
    const files = await filesContaining(client, ct);
    ctx.log(`ciphertext found in: ${files.join(', ')}`);
    check(files.length > 0, 'the accepted ciphertext is in a storage file right after the answer');
  },
};

const pushOnline: ConformanceCase = {
  id: 'delivery/push-online',
  title:
    'a connected device gets the envelope pushed with its id, destination and exact ciphertext; sync copies reach the sender’s other devices',
  mode: 'relay',
  capability: 'test-hooks',
  requirements: ['REQ-DELIVERY-004'],
  async run(ctx) {
    const p = await pair(ctx, { aliceDevices: 2 });
    const { client, alice, bob } = p;
    const bobSocket = socket(ctx, p, bob.primary);
    const alice2Socket = socket(ctx, p, alice.devices[1]!);
    await Promise.all([bobSocket.opened, alice2Socket.opened]);
    const s = sendTo(bob.accountId, expected(alice, alice.primary, bob), 1, () => ctx.random());
    accepted((await postSends(client, alice.primary, [s.send])).results[0], 'send');
    const [push] = await bobSocket.waitForPushes(1);
    const [sync] = await alice2Socket.waitForPushes(1);
    check(push && sync, 'both pushes arrived');
    checkEqual(push.envelope.id.senderAccount, alice.accountId, 'sender account');
    checkEqual(push.envelope.id.senderDevice, alice.primary.deviceId, 'sender device');
    checkEqual(push.envelope.id.sequence, 1, 'sequence');
    checkEqual(push.envelope.destination, bob.accountId, 'destination');
    check(
      Buffer.from(push.envelope.ciphertext).equals(
        s.ciphertexts.get(key(bob.accountId, bob.primary.deviceId))!,
      ),
      'ciphertext byte for byte',
    );
    checkEqual(sync.envelope.destination, bob.accountId, 'the sync transcript names the destination');
    check(
      Buffer.from(sync.envelope.ciphertext).equals(
        s.ciphertexts.get(key(alice.accountId, alice.devices[1]!.deviceId))!,
      ),
      'sync ciphertext byte for byte',
    );
    await Promise.all([bobSocket.close(), alice2Socket.close()]);
  },
};

const orderAcrossReconnects: ConformanceCase = {
  id: 'delivery/order-across-reconnects',
  title:
    'a queue drains in acceptance order, resuming at the oldest unacknowledged envelope after a reconnect',
  mode: 'relay',
  capability: 'test-hooks',
  requirements: ['REQ-DELIVERY-005', 'REQ-DELIVERY-006'],
  timeoutMs: 20_000,
  async run(ctx) {
    const p = await pair(ctx);
    const { client, alice, bob } = p;
    const carol = await registerAccount(client, () => ctx.random());
    const n = 20;
    // Two senders interleaved, each in its own sequence order.
    for (let i = 1; i <= n; i++) {
      accepted(
        (
          await postSends(client, alice.primary, [
            sendTo(bob.accountId, expected(alice, alice.primary, bob), i, () => ctx.random()).send,
          ])
        ).results[0],
        `alice ${i}`,
      );
      accepted(
        (
          await postSends(client, carol.primary, [
            sendTo(bob.accountId, expected(carol, carol.primary, bob), i, () => ctx.random()).send,
          ])
        ).results[0],
        `carol ${i}`,
      );
    }
    // First connection: acknowledge the first 5 only, then drop the connection.
    const first = socket(ctx, p, bob.primary, false);
    const got = await first.waitForPushes(5);
    for (const push of got.slice(0, 5)) push.ack();
    await flushDelivery(client);
    await first.terminate();
    const acked = envelopeKeys(got.slice(0, 5));
    const second = socket(ctx, p, bob.primary);
    const rest = await second.waitForPushes(2 * n - 5);
    await flushDelivery(client);
    await second.close();
    const keys = envelopeKeys(rest);
    check(!keys.some((k) => acked.includes(k)), 'acknowledged envelopes are not pushed again');
    const all = [...acked, ...keys];
    checkEqual(new Set(all).size, 2 * n, 'every envelope arrived');
    for (const sender of [alice.accountId, carol.accountId]) {
      const seqs = all.filter((k) => k.startsWith(sender)).map((k) => Number(k.split('/')[2]));
      check(
        seqs.every((s, i) => s === i + 1),
        `envelopes of one sender arrive in sequence order`,
        'ascending',
        seqs,
      );
    }
  },
};

const redelivery: ConformanceCase = {
  id: 'delivery/redelivery-after-dropped-ack',
  title:
    'an envelope pushed but not acknowledged before the connection dropped is pushed again on the next connection',
  mode: 'relay',
  capability: 'test-hooks',
  requirements: ['REQ-DELIVERY-006'],
  async run(ctx) {
    const p = await pair(ctx);
    const { client, alice, bob } = p;
    const s = sendTo(bob.accountId, expected(alice, alice.primary, bob), 1, () => ctx.random());
    accepted((await postSends(client, alice.primary, [s.send])).results[0], 'send');
    const first = socket(ctx, p, bob.primary, false);
    const [push] = await first.waitForPushes(1);
    await first.terminate();
    const second = socket(ctx, p, bob.primary);
    const [again] = await second.waitForPushes(1);
    await second.close();
    checkEqual(envelopeKeys([again!])[0], envelopeKeys([push!])[0], 'the same envelope id is pushed again');
  },
};

const eraseOnAck: ConformanceCase = {
  id: 'delivery/erase-on-ack',
  title:
    'once acknowledged and flushed, no storage file holds the ciphertext; the unacknowledged copy is still held',
  mode: 'relay',
  capability: 'test-hooks',
  requirements: ['REQ-DELIVERY-008', 'REQ-DELIVERY-013'],
  async run(ctx) {
    const p = await pair(ctx, { bobDevices: 2 });
    const { client, alice, bob } = p;
    const s = sendTo(bob.accountId, expected(alice, alice.primary, bob), 1, () => ctx.random(), {
      size: 2000,
    });
    accepted((await postSends(client, alice.primary, [s.send])).results[0], 'send');
    const acked = s.ciphertexts.get(key(bob.accountId, bob.primary.deviceId))!;
    const held = s.ciphertexts.get(key(bob.accountId, bob.devices[1]!.deviceId))!;
    const bobSocket = socket(ctx, p, bob.primary);
    await bobSocket.waitForPushes(1);
    await bobSocket.close();
    await flushDelivery(client);
    const left = await filesContaining(client, acked);
    ctx.log(`acked ciphertext in: [${left.join(', ')}]`);
    checkEqual(left.length, 0, 'the acknowledged ciphertext is in no storage file');
    check(
      (await filesContaining(client, held)).length > 0,
      'the unacknowledged copy is still stored (the scan can find ciphertext)',
    );
  },
};

const expiry: ConformanceCase = {
  id: 'delivery/expiry',
  title: 'an envelope nobody acknowledged is erased from every storage file after 30 days of relay time',
  mode: 'relay',
  capability: 'test-hooks',
  requirements: ['REQ-DELIVERY-009', 'REQ-DELIVERY-013'],
  async run(ctx) {
    const { client, alice, bob } = await pair(ctx);
    const s = sendTo(bob.accountId, expected(alice, alice.primary, bob), 1, () => ctx.random());
    accepted((await postSends(client, alice.primary, [s.send])).results[0], 'send');
    const ct = s.ciphertexts.get(key(bob.accountId, bob.primary.deviceId))!;
    await flushDelivery(client);
    check((await filesContaining(client, ct)).length > 0, 'stored before expiry');
    await client.advanceClock(30 * DAY_MS + 1000);
    await flushDelivery(client);
    const left = await filesContaining(client, ct);
    ctx.log(`after 30 days: [${left.join(', ')}]`);
    checkEqual(left.length, 0, 'the expired ciphertext is in no storage file');
  },
};

const quota: ConformanceCase = {
  id: 'delivery/quota',
  title: 'a full device queue refuses the whole send with QUEUE_FULL and keeps the sequence number',
  mode: 'relay',
  capability: 'test-hooks',
  requirements: ['REQ-DELIVERY-010'],
  timeoutMs: 120_000,
  async run(ctx) {
    const { client, alice, bob } = await pair(ctx);
    const targets = expected(alice, alice.primary, bob);
    let seq = 0;
    let refusal: SendResult | undefined;
    // Fill until the relay says QUEUE_FULL (at most 200 000 envelopes).
    while (!refusal && seq < 200_000) {
      const batch = Array.from(
        { length: 256 },
        (_, i) => sendTo(bob.accountId, targets, seq + i + 1, () => ctx.random(), { size: 16 }).send,
      );
      const r = await postSends(client, alice.primary, batch);
      check(!r.error, 'batch answered', 'ok', r.error);
      for (const x of r.results) {
        if (x.kind === 'accepted') seq = x.sequence;
        else if (!refusal) refusal = x;
      }
    }
    ctx.log(`queue full after ${seq} envelopes`);
    check(refusal?.kind === 'refused', 'the relay refused a send once the queue was full');
    checkEqual(refusal.error.errorName, 'QUEUE_FULL', 'refusal is QUEUE_FULL');
    checkEqual(refusal.sequence, seq + 1, 'the first refused send follows the last accepted one');
    const state = decodeSenderState(
      await client.ok('sequence', 'GET', SEQUENCE_PATH, { token: alice.primary.token }),
    );
    checkEqual(state, seq, 'the sequence number stays at the last accepted send');
    const probe = sendTo(bob.accountId, targets, seq + 1, () => ctx.random());
    const again = (await postSends(client, alice.primary, [probe.send])).results[0];
    check(again?.kind === 'refused' && again.error.errorName === 'QUEUE_FULL', 'still full');
    await flushDelivery(client);
    for (const ct of probe.ciphertexts.values())
      checkEqual((await filesContaining(client, ct)).length, 0, 'the refused copy is not stored');
  },
};

const transientOnline: ConformanceCase = {
  id: 'delivery/transient-connected',
  title:
    'a transient send reaches the connected device, is reported as delivered there only, and never reaches a storage file',
  mode: 'relay',
  capability: 'test-hooks',
  requirements: ['REQ-DELIVERY-011'],
  async run(ctx) {
    const p = await pair(ctx, { bobDevices: 2 });
    const { client, alice, bob } = p;
    const bobSocket = socket(ctx, p, bob.primary);
    await bobSocket.opened;
    const s = sendTo(bob.accountId, expected(alice, alice.primary, bob), 1, () => ctx.random(), {
      transient: true,
      size: 500,
    });
    const r = (await postSends(client, alice.primary, [s.send])).results[0];
    check(r?.kind === 'transient', 'the result is a transient result', 'transient', r?.kind);
    const got = r.deliveredTo.map((d) => key(d.accountId, d.deviceId));
    checkEqual(
      JSON.stringify(got),
      JSON.stringify([key(bob.accountId, bob.primary.deviceId)]),
      'delivered only to the connected device',
    );
    const [push] = await bobSocket.waitForPushes(1);
    check(push?.envelope.transient, 'the pushed envelope is marked transient');
    await bobSocket.close();
    await flushDelivery(client);
    for (const ct of s.ciphertexts.values())
      checkEqual((await filesContaining(client, ct)).length, 0, 'no transient byte in storage');
    // The offline device never gets it, even when it connects later.
    const late = socket(ctx, p, bob.devices[1]!);
    await late.opened;
    await flushDelivery(client);
    await late.request('GET', SEQUENCE_PATH, new Uint8Array(0)); // a round trip after any push would have been sent
    await late.close();
    checkEqual(late.pushes.length, 0, 'the offline device gets nothing later');
  },
};

const transientDropped: ConformanceCase = {
  id: 'delivery/transient-dropped',
  title: 'a transient send with no device connected is dropped, the sender is told, and nothing is stored',
  mode: 'relay',
  capability: 'test-hooks',
  requirements: ['REQ-DELIVERY-011'],
  async run(ctx) {
    const { client, alice, bob } = await pair(ctx);
    const s = sendTo(bob.accountId, expected(alice, alice.primary, bob), 1, () => ctx.random(), {
      transient: true,
    });
    const r = (await postSends(client, alice.primary, [s.send])).results[0];
    check(r?.kind === 'transient', 'the result is a transient result', 'transient', r?.kind);
    checkEqual(r.deliveredTo.length, 0, 'delivered to nobody: dropped');
    await flushDelivery(client);
    for (const ct of s.ciphertexts.values())
      checkEqual((await filesContaining(client, ct)).length, 0, 'no transient byte in storage');
  },
};

const receipts: ConformanceCase = {
  id: 'delivery/receipts-are-envelopes',
  title:
    'acknowledging tells the sender nothing; a receipt reaches the sender only as the recipient’s envelope',
  mode: 'relay',
  capability: 'test-hooks',
  requirements: ['REQ-DELIVERY-012'],
  async run(ctx) {
    const p = await pair(ctx);
    const { client, alice, bob } = p;
    const aliceSocket = socket(ctx, p, alice.primary);
    const bobSocket = socket(ctx, p, bob.primary);
    await Promise.all([aliceSocket.opened, bobSocket.opened]);
    const s = sendTo(bob.accountId, expected(alice, alice.primary, bob), 1, () => ctx.random());
    accepted((await postSends(client, alice.primary, [s.send])).results[0], 'message');
    await bobSocket.waitForPushes(1);
    await flushDelivery(client);
    await aliceSocket.request('GET', SEQUENCE_PATH, new Uint8Array(0));
    checkEqual(aliceSocket.pushes.length, 0, 'the acknowledgement produced nothing for the sender');
    // Bob's device sends a read receipt: an ordinary encrypted send over its WebSocket.
    const receipt = sendTo(alice.accountId, expected(bob, bob.primary, alice), 1, () => ctx.random());
    accepted((await bobSocket.send([receipt.send]))[0], 'receipt');
    const [got] = await aliceSocket.waitForPushes(1);
    check(
      got &&
        Buffer.from(got.envelope.ciphertext).equals(
          receipt.ciphertexts.get(key(alice.accountId, alice.primary.deviceId))!,
        ),
      'the receipt arrives as bob’s envelope, byte for byte',
    );
    checkEqual(got.envelope.id.senderAccount, bob.accountId, 'from bob');
    await Promise.all([aliceSocket.close(), bobSocket.close()]);
  },
};

/** Every relay-mode case of spec/delivery.md. */
export const DELIVERY_RELAY_CASES: readonly ConformanceCase[] = [
  deviceMismatch,
  idempotentResend,
  durableAccept,
  pushOnline,
  orderAcrossReconnects,
  redelivery,
  eraseOnAck,
  expiry,
  quota,
  transientOnline,
  transientDropped,
  receipts,
];
