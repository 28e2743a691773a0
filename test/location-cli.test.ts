/**
 * @module
 * `deftalk location share` through real processes: a one-off location
 * reaches a contact whose `deftalk receive` is connected and is lost (and
 * reported as reaching no device) when the contact is offline; a live
 * share of two seconds ends by itself with a stop message.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import t from 'tap';
import { collect, DEFTALK, dir, json, registerUser, startRelay, userEnv } from './cli-helpers.ts';

t.setTimeout(60_000);

t.test('one-off and live locations from the command line', async (t) => {
  const { url } = await startRelay();
  const aliceEnv = userEnv('alice pass phrase');
  const bobEnv = userEnv('bob pass phrase');
  const alice = join(dir, 'alice');
  const bob = join(dir, 'bob');
  await registerUser(t, url, alice, '+4915123450101', aliceEnv);
  const { accountId: bobId } = await registerUser(t, url, bob, '+4915123450102', bobEnv);

  type Shared = { deliveredTo: number };
  const offline = await json<Shared>(
    t,
    ['location', 'share', bobId, '--lat', '52.5', '--lon', '13.4', '--store', alice],
    aliceEnv,
  );
  t.equal(offline.deliveredTo, 0, 'bob is offline: the location reached no device and is lost');

  const receiver = spawn(
    process.execPath,
    [DEFTALK, 'receive', '--idle', '30000', '--json', '--store', bob],
    {
      env: bobEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const received = collect(receiver);
  // The receiver runs until it printed the live share's stop; then the test ends it.
  let seen = '';
  const stopSeen = new Promise<void>((resolve) => {
    receiver.stdout!.on('data', (c: Buffer) => {
      seen += c.toString();
      if (seen.includes('"location-stop"')) resolve();
    });
  });
  // Share until bob's receive is connected (it prints nothing before the first push).
  let online: Shared = { deliveredTo: 0 };
  for (let i = 0; i < 40 && online.deliveredTo === 0; i++) {
    online = await json<Shared>(
      t,
      ['location', 'share', bobId, '--lat', '48.85', '--lon', '2.35', '--store', alice],
      aliceEnv,
    );
    if (online.deliveredTo === 0) await sleep(250);
  }
  t.ok(online.deliveredTo >= 1, "bob's connected device got the location");
  const live = await json<{ type: string }>(
    t,
    [
      'location',
      'share',
      bobId,
      '--lat',
      '41.9',
      '--lon',
      '12.5',
      '--live',
      '2',
      '--interval',
      '1',
      '--store',
      alice,
    ],
    aliceEnv,
  );
  t.equal(live.type, 'live-stop', 'the live share ended by itself');
  await stopSeen;
  receiver.kill('SIGTERM');
  const out = await received;
  const lines = out.stdout
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));
  t.ok(
    lines.some((l) => l.type === 'location' && l.latitude === 48.85 && !l.shareId),
    'bob saw the one-off location',
  );
  t.ok(
    lines.some((l) => l.type === 'location' && l.latitude === 41.9 && l.shareId),
    'bob saw the live share',
  );
  t.ok(
    lines.some((l) => l.type === 'location-stop'),
    'and its stop',
  );
  t.notOk(
    lines.some((l) => l.latitude === 52.5),
    'the location sent while bob was offline never arrived',
  );
});
