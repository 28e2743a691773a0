/**
 * The cached device directory delivery checks sends against
 * (reference/relay/delivery/directory.ts, spec/delivery.md §Device sets):
 * it answers from memory, and every change of an account or of its device
 * rows, whichever code makes it, is seen by the next read.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { accountStoreDirectory, CachedDeviceDirectory } from '../reference/relay/delivery/directory.ts';
import { SqliteAccountStore } from '../reference/relay/storage/accounts.ts';
import { openDatabase } from '../reference/relay/storage/sqlite.ts';
import type { AccountId, DeviceId } from '../reference/wire/ids.ts';

const A = '00112233445566778899aabbccddeeff' as AccountId;
const list = (version: number, maxDeviceId: number) => ({
  deviceList: Uint8Array.of(version),
  signature: Uint8Array.of(1),
  version,
  maxDeviceId,
});
const key = (n: number) => new Uint8Array(32).fill(n);

t.test('cached directory follows every change of accounts and devices', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'deftalk-directory-'));
  const db = openDatabase(dir);
  t.teardown(() => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const accounts = new SqliteAccountStore(db);
  const directory = accountStoreDirectory(accounts);
  t.ok(directory instanceof CachedDeviceDirectory, 'the SQLite account store gets the cached directory');
  const cache = directory as CachedDeviceDirectory;

  t.equal(await directory.devicesOf(A), undefined, 'unknown account');
  t.equal(cache.size, 1, 'the absence is remembered');
  await accounts.register(
    Buffer.alloc(32, 7),
    { accountId: A, identityKey: key(1), list: list(1, 1), createdAt: 0 },
    { deviceId: 1 as DeviceId, deviceKey: key(2) },
  );
  t.equal(cache.size, 0, 'registration invalidated it');
  const first = await directory.devicesOf(A);
  t.same([...(first?.current ?? [])], [1]);
  t.equal(first?.maxDeviceId, 1);
  t.equal(await directory.devicesOf(A), first, 'the second read is answered from memory');

  t.ok(
    await accounts.changeDevices(
      A,
      1,
      list(2, 2),
      [{ deviceId: 2 as DeviceId, deviceKey: key(3), createdAt: 0 }],
      [],
    ),
  );
  const linked = await directory.devicesOf(A);
  t.same([...(linked?.current ?? [])].sort(), [1, 2], 'a linked device is seen');
  t.equal(linked?.maxDeviceId, 2);

  t.ok(await accounts.changeDevices(A, 2, list(3, 2), [], [2 as DeviceId]));
  const removed = await directory.devicesOf(A);
  t.same([...(removed?.current ?? [])], [1], 'a removed device is gone');
  t.equal(removed?.maxDeviceId, 2, 'its id stays assigned');

  // A change made by plain SQL, as another plugin (account deletion) might.
  db.prepare('DELETE FROM accounts WHERE account_id = ?').run(Buffer.from(A, 'hex'));
  t.equal(await directory.devicesOf(A), undefined, 'a deleted account is gone');
});

t.test('a read overtaken by an invalidation is not remembered', async (t) => {
  let version = 1;
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  const cache = new CachedDeviceDirectory({
    async devicesOf() {
      const v = version;
      await gate;
      return { current: new Set<DeviceId>(), maxDeviceId: v };
    },
  });
  const pending = cache.devicesOf(A);
  version = 2;
  cache.invalidate(A);
  release();
  t.equal((await pending)?.maxDeviceId, 1);
  t.equal(cache.size, 0, 'not cached');
  t.equal((await cache.devicesOf(A))?.maxDeviceId, 2, 'the next read sees the change');
});

t.test('bounded: the oldest account goes first', async (t) => {
  const cache = new CachedDeviceDirectory({ devicesOf: async () => undefined }, 2);
  for (const a of ['a', 'b', 'c']) await cache.devicesOf(a.repeat(32) as AccountId);
  t.equal(cache.size, 2);
});
