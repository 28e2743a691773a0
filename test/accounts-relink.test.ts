/**
 * Issue 3, linking after a removal (spec/accounts.md §Linking, spec/client.md
 * §Provisioning): a new device sees only the ids on the current signed list,
 * so when the account's highest id ever used has been removed it must learn
 * the next unused id from the provisioning payload, which carries the id the
 * relay reported with the link token. Reference client library against an
 * in-process relay; real SQLite, real HTTP on loopback.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import t, { type Test } from 'tap';
import { RelayClient } from '../conformance/lib/relayClient.ts';
import { DefTalkClient } from '../reference/client/index.ts';
import { type Relay, startRelay } from '../reference/relay/server.ts';

const FAST = { kdf: { log2N: 10, r: 8, p: 1 } };

async function relay(t: Test): Promise<Relay> {
  const dir = mkdtempSync(join(tmpdir(), 'deftalk-relink-relay-'));
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

function storeDir(t: Test): string {
  const dir = mkdtempSync(join(tmpdir(), 'deftalk-relink-store-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  return join(dir, 'store');
}

/** Link a new device to `primary`'s account through a provisioning mailbox. */
async function link(t: Test, r: Relay, primary: DefTalkClient): Promise<DefTalkClient> {
  const device = await DefTalkClient.create(storeDir(t), 'new device phrase', r.url, FAST);
  const { text } = await device.startLink();
  const finished = device.finishLink({ pollMs: 20 });
  await primary.approveLink(text);
  await finished;
  return device;
}

t.test('a device linked after the highest device id was removed gets a fresh id', async (t) => {
  const r = await relay(t);
  const primary = await DefTalkClient.create(storeDir(t), 'pass phrase', r.url, FAST);
  const phone = '+4915111113301';
  await primary.requestCode(phone);
  await primary.verify(await new RelayClient(r.url).verificationCode(phone));

  const second = await link(t, r, primary);
  t.equal(second.address.deviceId, 2, 'the first linked device is device 2');
  t.same(
    (await primary.removeDevices([2])).map((d) => d.deviceId),
    [1],
    'device 2 removed',
  );

  // The current list names only device 1; id 2 was used and must not come back.
  const third = await link(t, r, primary);
  t.equal(third.address.deviceId, 3, 'the next device takes id 3, not the removed 2');
  t.equal(third.address.accountId, primary.address.accountId, 'it joined the same account');
  t.same(
    (await primary.devices()).map((d) => d.deviceId),
    [1, 3],
  );
  t.same(
    (await third.devices()).map((d) => ({ id: d.deviceId, current: d.current })),
    [
      { id: 1, current: false },
      { id: 3, current: true },
    ],
    'the new device signed in and reads the list',
  );

  // And once more after removing the newest device again.
  await primary.removeDevices([3]);
  const fourth = await link(t, r, primary);
  t.equal(fourth.address.deviceId, 4);
  for (const c of [primary, second, third, fourth]) c.close();
});
