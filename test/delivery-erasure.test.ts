/**
 * Erasure timing of the SQLite delivery store (spec/delivery.md §Erasure):
 * the erasures of the cycles within WAL_ERASE_DELAY_MS share one truncating
 * checkpoint; an erase resolves only once no storage file holds the
 * envelope's bytes, without any flush; a flush truncates at once.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import t from 'tap';
import { RelayClock } from '../reference/relay/clock.ts';
import { SqliteDeliveryStore, WAL_ERASE_DELAY_MS } from '../reference/relay/storage/deliverySqlite.ts';
import { openDatabase } from '../reference/relay/storage/sqlite.ts';
import type { AccountId, DeviceId } from '../reference/wire/ids.ts';

const sender = { accountId: 'a'.repeat(32) as AccountId, deviceId: 1 as DeviceId };
const device = { accountId: 'b'.repeat(32) as AccountId, deviceId: 1 as DeviceId };

function marker(i: number): Buffer {
  const b = Buffer.alloc(256);
  b.write(`erasure-marker-${i}-`, 'latin1');
  for (let k = 24; k < b.length; k++) b[k] = (k * 7 + i) & 0xff;
  return b;
}

function filesHolding(dir: string, needle: Buffer): string[] {
  return readdirSync(dir).filter((f) => readFileSync(join(dir, f)).includes(needle.subarray(0, 32)));
}

t.test('erasures share one checkpoint, resolve only once the bytes are gone, without a flush', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'deftalk-erasure-'));
  const db = openDatabase(dir);
  const store = new SqliteDeliveryStore(db, new RelayClock(), { queueQuota: 100 });
  t.teardown(async () => {
    await store.close();
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const items = [1, 2, 3].map((i) => ({
    sender,
    sequence: i,
    copies: [{ device, envelope: marker(i) }],
    expiresAt: Date.now() + 3600_000,
  }));
  const outcomes = await store.accept(items);
  const positions = outcomes.map((o) => (o.kind === 'stored' ? o.positions[0]! : -1));
  t.ok(
    positions.every((p) => p > 0),
    'stored',
  );
  await store.flush();
  t.ok(filesHolding(dir, marker(1)).length > 0, 'the stored envelope is in a storage file');

  const before = store.counts().checkpoints;
  const t0 = performance.now();
  // Two erasures in two separate cycles, well within the delay of each other.
  const first = store.erase(device, [positions[0]!]);
  await new Promise((r) => setImmediate(r));
  await new Promise((r) => setImmediate(r));
  const second = store.erase(device, [positions[1]!]);
  await Promise.all([first, second]);
  const took = performance.now() - t0;
  t.ok(store.counts().cycles >= 2, 'the erasures ran in separate cycles');
  t.equal(store.counts().checkpoints - before, 1, 'one checkpoint for both');
  t.ok(took < WAL_ERASE_DELAY_MS + 1000, `resolved within the delay (took ${took.toFixed(0)} ms)`);
  t.same(filesHolding(dir, marker(1)), [], 'no file holds the first envelope once its erase resolved');
  t.same(filesHolding(dir, marker(2)), [], 'nor the second');
  t.ok(filesHolding(dir, marker(3)).length > 0, 'the unacknowledged one is still stored');

  // A flush right after an erasure truncates at once, whatever the delay.
  const erased = store.erase(device, [positions[2]!]);
  await store.flush();
  t.same(filesHolding(dir, marker(3)), [], 'flushed: gone');
  await erased;
  t.equal(store.counts().queued, 0);
});
