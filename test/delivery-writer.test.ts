/**
 * The delivery store with its writes on a worker thread
 * (reference/relay/storage/deliveryWriter.ts, spec/delivery.md §Storage,
 * §Acceptance, §Erasure): the same contract as the SQLite store it runs in
 * the worker. Accepts are idempotent and ordered per queue, a read sees what
 * was accepted, an erase resolves only once no storage file holds the
 * envelope, expiry follows the relay clock, and a reopened store finds what
 * the closed one accepted.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t, { type Test } from 'tap';
import { isDefTalkError } from '../reference/errors/index.ts';
import { RelayClock } from '../reference/relay/clock.ts';
import { startRelay } from '../reference/relay/server.ts';
import { DeliveryWriter } from '../reference/relay/storage/deliveryWriter.ts';
import { openDatabase } from '../reference/relay/storage/sqlite.ts';
import type { AccountId, DeviceId } from '../reference/wire/ids.ts';

const sender = { accountId: 'a'.repeat(32) as AccountId, deviceId: 1 as DeviceId };
const bob = { accountId: 'b'.repeat(32) as AccountId, deviceId: 1 as DeviceId };
const carol = { accountId: 'c'.repeat(32) as AccountId, deviceId: 2 as DeviceId };

function marker(i: number): Buffer {
  const b = Buffer.alloc(200);
  b.write(`writer-marker-${i}-`, 'latin1');
  for (let k = 24; k < b.length; k++) b[k] = (k * 13 + i) & 0xff;
  return b;
}

function filesHolding(dir: string, needle: Buffer): string[] {
  return readdirSync(dir).filter((f) => readFileSync(join(dir, f)).includes(needle.subarray(0, 32)));
}

/** A store on `dir`, closed (and `dir` removed) when the test ends. */
async function open(t: Test, dir: string, clock = new RelayClock()) {
  const db = openDatabase(dir);
  const store = await DeliveryWriter.open(db, clock, { queueQuota: 3 });
  t.teardown(async () => {
    await store.close();
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return { db, store };
}

const send = (sequence: number, copies: { device: typeof bob; envelope: Buffer }[], ttl = 3600_000) => ({
  sender,
  sequence,
  copies,
  expiresAt: Date.now() + ttl,
});

t.test('accept, read, duplicate, gap, quota; erase leaves no byte in any file', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'deftalk-writer-'));
  const { store } = await open(t, dir);
  // Two sends in one turn: one storage cycle, in order.
  const [first, second] = await Promise.all([
    store.accept([send(1, [{ device: bob, envelope: marker(1) }])]),
    store.accept([
      send(2, [
        { device: bob, envelope: marker(2) },
        { device: carol, envelope: marker(3) },
      ]),
    ]),
  ]);
  t.equal(first![0]!.kind, 'stored');
  t.equal(second![0]!.kind, 'stored');
  t.ok(filesHolding(dir, marker(2)).length > 0, 'durable before the answer: the bytes are in a storage file');
  const queue = await store.read(bob, 0, 10);
  t.same(
    queue.map((q) => Buffer.from(q.envelope).subarray(0, 20).toString('latin1')),
    [marker(1), marker(2)].map((m) => m.subarray(0, 20).toString('latin1')),
    'the queue holds both, oldest first, with their exact bytes',
  );
  t.ok(queue[0]!.position < queue[1]!.position, 'positions increase in acceptance order');
  t.equal(await store.lastAccepted(sender), 2);
  t.equal(await store.depth(bob), 2);
  t.equal(await store.depth(carol), 1);

  const again = await store.accept([send(2, [{ device: bob, envelope: marker(9) }])]);
  t.same(again, [{ kind: 'duplicate' }], 'a resend of an accepted sequence number stores nothing');
  const gap = await store.accept([send(5, [{ device: bob, envelope: marker(9) }])]);
  t.same(gap, [{ kind: 'gap', expected: 3 }]);
  await store.accept([send(3, [{ device: bob, envelope: marker(4) }])]);
  const full = await store.accept([send(4, [{ device: bob, envelope: marker(5) }])]);
  t.same(full, [{ kind: 'full', devices: [bob] }], 'the quota of 3 holds');
  t.equal(await store.lastAccepted(sender), 3, 'a refused send leaves the sequence number');
  t.equal(store.counts().queued, 4);

  await store.erase(
    bob,
    queue.map((q) => q.position),
  );
  t.same(filesHolding(dir, marker(1)), [], 'an erase resolves only once no file holds the envelope');
  t.same(filesHolding(dir, marker(2)), []);
  t.ok(filesHolding(dir, marker(3)).length > 0, "carol's copy of the same send is still stored");
  t.same((await store.read(bob, 0, 10)).length, 1);
  await store.dropDevice(carol);
  await store.flush();
  t.same(filesHolding(dir, marker(3)), [], 'a dropped queue leaves nothing either');
  t.equal(store.counts().queued, 1);
  t.equal(store.counts().erased, 3);
});

t.test('expiry follows the relay clock moved on the main thread', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'deftalk-writer-'));
  const clock = new RelayClock();
  const { store } = await open(t, dir, clock);
  await store.accept([send(1, [{ device: bob, envelope: marker(7) }], 60_000)]);
  await store.flush();
  t.equal(store.counts().queued, 1, 'not expired yet');
  clock.advance(61_000);
  t.same(await store.read(bob, 0, 10), [], 'an expired envelope is not handed out');
  await store.flush();
  t.equal(store.counts().expired, 1, 'the flush swept it at the relay time');
  t.same(filesHolding(dir, marker(7)), [], 'and its bytes are gone');
});

t.test('a reopened store finds what was accepted, and refuses work once closed', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'deftalk-writer-'));
  const db = openDatabase(dir);
  const store = await DeliveryWriter.open(db, new RelayClock(), { queueQuota: 10 });
  const accepted = store.accept([send(1, [{ device: bob, envelope: marker(8) }])]);
  // Closing right after submitting still lets the submitted accept finish.
  await store.close();
  t.equal((await accepted)[0]!.kind, 'stored');
  const refused = await store.accept([send(2, [{ device: bob, envelope: marker(9) }])]).then(
    () => undefined,
    (e: unknown) => e,
  );
  t.ok(isDefTalkError(refused, 'STORAGE_UNAVAILABLE'), 'a closed store refuses work');
  db.close();
  const { store: reopened } = await open(t, dir);
  t.equal(await reopened.lastAccepted(sender), 1);
  t.equal(reopened.counts().queued, 1);
  const [row] = await reopened.read(bob, 0, 10);
  t.ok(row && Buffer.from(row.envelope).equals(marker(8)), 'the exact bytes');
});

// REQ-TRANSPORT-001 (spec/transport.md §Discovery): a relay that cannot store answers /healthz STORAGE_UNAVAILABLE.
t.test('a writer thread that dies: every operation is refused, and /healthz says so', async (t) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'deftalk-writer-dead-'));
  // The relay's own store, opened on the relay's database file, handed to the relay so the test can kill its thread.
  const own = openDatabase(dataDir);
  const writer = await DeliveryWriter.open(own, new RelayClock(), { queueQuota: 100 });
  const relay = await startRelay(
    { host: '127.0.0.1', port: 0, dataDir, testHooks: false, logLevel: 'silent', pinScryptLog2N: 10 },
    undefined,
    { stores: { delivery: () => writer } },
  );
  t.teardown(async () => {
    await relay.close();
    own.close();
    rmSync(dataDir, { recursive: true, force: true });
  });
  const before = await fetch(`${relay.url}/healthz`);
  t.equal(before.status, 200, 'healthy while the writer runs');
  t.equal(writer.failure(), undefined, 'no failure reported');

  await writer.killWorker();
  t.ok(isDefTalkError(writer.failure(), 'STORAGE_UNAVAILABLE'), 'the store reports why it cannot write');
  const refused = await writer
    .accept([send(1, [{ device: bob, envelope: marker(1) }])])
    .catch((e: unknown) => e);
  t.ok(
    isDefTalkError(refused, 'STORAGE_UNAVAILABLE'),
    'an accept is refused STORAGE_UNAVAILABLE (retryable)',
  );
  const after = await fetch(`${relay.url}/healthz`);
  t.equal(after.status, 503, '/healthz answers 503 once the writer is gone');
  t.match(
    await after.json(),
    { code: 9001 },
    'with the typed error STORAGE_UNAVAILABLE (9001), not a generic one',
  );
});
