/**
 * `deftalk presence watch` against a real relay process: a contact found by
 * `deftalk contacts sync` is watched, and when its owner's device connects
 * and leaves (its own `presence watch --for`), the watcher prints online, then the
 * last-seen minute (spec/presence.md §Events).
 */
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { collect, DEFTALK, deftalk, dir, json, registerUser, startRelay, userEnv } from './cli-helpers.ts';

t.test('presence watch prints online and last seen as the contact comes and goes', async (t) => {
  const { url } = await startRelay();
  const alice = { store: join(dir, 'alice'), env: userEnv('alice pass') };
  const bob = { store: join(dir, 'bob'), env: userEnv('bob pass') };
  const a = await registerUser(t, url, alice.store, '+4915122260001', alice.env);
  await registerUser(t, url, bob.store, '+4915122260002', bob.env);
  const book = join(dir, 'bob.csv');
  writeFileSync(book, 'name,phone\nAlice,+49 151 22260001\n');
  await json(t, ['contacts', 'sync', book, '--store', bob.store], bob.env);

  const watcher = spawn(
    process.execPath,
    [DEFTALK, 'presence', 'watch', '+4915122260001', '--count', '2', '--store', bob.store, '--json'],
    { env: bob.env, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const done = collect(watcher);
  // Wait for the first state line: the subscription is in place (or the watcher's early exit).
  await new Promise<void>((resolve) => {
    watcher.once('exit', () => resolve());
    const onData = (c: Buffer) => {
      if (c.toString().includes('"type":"presence"')) {
        watcher.stdout!.off('data', onData);
        resolve();
      }
    };
    watcher.stdout!.on('data', onData);
  });
  // Alice's device connects for a moment: she watches her own presence for 500 ms.
  const r = await deftalk(
    ['presence', 'watch', '+4915122260001', '--for', '500', '--store', alice.store],
    alice.env,
  );
  t.equal(r.code, 0, 'Alice connects and leaves');
  const timer = setTimeout(() => watcher.kill('SIGINT'), 20_000);
  const out = await done;
  clearTimeout(timer);
  t.equal(out.code, 0, `watch exits 0 ${out.stderr}`);
  const states = out.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { type: string; accountId?: string; online?: boolean; lastSeenMs?: number })
    .filter((s) => s.type === 'presence');
  t.equal(states.length, 3, 'the first state and two pushed changes');
  t.same(
    states.map((s) => [s.accountId, s.online]),
    [
      [a.accountId, false],
      [a.accountId, true],
      [a.accountId, false],
    ],
    'offline, online, offline',
  );
  t.ok((states[2]!.lastSeenMs ?? 0) > 0 && states[2]!.lastSeenMs! % 60_000 === 0, 'last seen to the minute');
});
