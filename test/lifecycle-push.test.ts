/**
 * Uninstall detection through a push gateway (spec/lifecycle.md §Uninstall)
 * with a gateway plugged in through RelayParts.push: a device of an account
 * idle for more than a week is woken once a day, and a wake-up the service
 * answers "unregistered" removes the device, or the account with its
 * primary, exactly as the service's feedback does.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import t from 'tap';
import { linkDevice, RelayClient, registerAccount, type TestDevice } from '../conformance/lib/relayClient.ts';
import { WAKE_AFTER_DAYS } from '../reference/relay/plugins/lifecycle.ts';
import type { PushGateway } from '../reference/relay/push/gateway.ts';
import { startRelay } from '../reference/relay/server.ts';
import { DAY_MS } from '../reference/relay/storage/lifecycle.ts';
import { encodePushTokenRegistration } from '../reference/wire/lifecycle.ts';
import { seeded } from './identity-helpers.ts';

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');

t.test('a wake-up answered "unregistered" removes the device, then the account', async (t) => {
  const gone = new Set<string>();
  const woken: string[] = [];
  const gateway: PushGateway = {
    name: 'test',
    async wake(token) {
      woken.push(hex(token));
      return gone.has(hex(token)) ? 'unregistered' : 'sent';
    },
    onUnregistered() {},
  };
  const dataDir = mkdtempSync(join(tmpdir(), 'deftalk-lifecycle-push-'));
  const relay = await startRelay(
    { host: '127.0.0.1', port: 0, dataDir, testHooks: true, logLevel: 'silent', pinScryptLog2N: 10 },
    new Writable({ write: (_c, _e, done) => done() }),
    { push: [gateway] },
  );
  t.teardown(async () => {
    await relay.close();
    rmSync(dataDir, { recursive: true, force: true });
  });
  const client = new RelayClient(relay.url);
  const random = seeded(21);
  const alice = await registerAccount(client, random);
  const linked = await linkDevice(client, alice, random);
  const tokens = new Map<TestDevice, Uint8Array>([
    [alice.primary, new Uint8Array([1, 2, 3, 4])],
    [linked, new Uint8Array([5, 6, 7, 8])],
  ]);
  for (const [device, token] of tokens) {
    await client.ok('push token', 'PUT', '/v1/devices/me/push-token', {
      token: device.token,
      body: encodePushTokenRegistration({ gateway: 'test', token }),
    });
  }
  const purge = () => client.ok('purge', 'POST', '/test-hooks/v1/lifecycle/purge');
  const devices = () =>
    (
      relay.db.prepare('SELECT device_id FROM devices ORDER BY device_id').all() as { device_id: number }[]
    ).map((r) => r.device_id);

  await purge();
  t.same(woken, [], 'an active account is not woken');
  gone.add(hex(tokens.get(linked)!));
  await client.advanceClock((WAKE_AFTER_DAYS + 1) * DAY_MS);
  await purge();
  t.equal(woken.length, 2, 'both devices of the idle account were woken');
  t.same(devices(), [1], 'the uninstalled linked device was removed');
  await purge();
  t.equal(woken.length, 2, 'the same day, the remaining token is not woken again');
  gone.add(hex(tokens.get(alice.primary)!));
  await client.advanceClock(DAY_MS);
  await purge();
  t.same(devices(), [], 'the uninstalled primary took the account with it');
  t.equal(relay.db.prepare('SELECT 1 FROM accounts').get(), undefined);
});
