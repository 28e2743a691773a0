/**
 * @module
 * `deftalk sync push|pull|status` through real processes: a contact
 * recorded by `deftalk send --account` is pushed to the encrypted record,
 * status shows the device in step, and the relay's storage holds no number.
 */
import { join } from 'node:path';
import t from 'tap';
import { RelayClient } from '../conformance/lib/relayClient.ts';
import { deftalk, dir, json, registerUser, startRelay, userEnv } from './cli-helpers.ts';

t.setTimeout(60_000);

t.test('sync push, pull and status from the command line', async (t) => {
  const { url } = await startRelay();
  const env = userEnv('alice pass phrase');
  const alice = join(dir, 'alice');
  await registerUser(t, url, alice, '+4915123450201', env);
  const { accountId: bobId } = await registerUser(t, url, join(dir, 'bob'), '+4915123450202', userEnv('bob'));
  type Status = { hasKey: boolean; version: number; pending: boolean; contacts: number };
  let status = await json<Status>(t, ['sync', 'status', '--store', alice], env);
  t.same(status, { type: 'sync-status', hasKey: true, version: 0, pending: false, contacts: 0 });
  const sent = await deftalk(['send', '+4915123450299', 'hello', '--account', bobId, '--store', alice], env);
  t.equal(sent.code, 0, sent.stderr);
  status = await json<Status>(t, ['sync', 'status', '--store', alice], env);
  t.ok(status.pending && status.contacts === 1, 'the new contact waits to be pushed');
  const pushed = await json<{ version: number; written: boolean }>(
    t,
    ['sync', 'push', '--store', alice],
    env,
  );
  t.ok(pushed.written && pushed.version === 1, 'pushed as version 1');
  const again = await json<{ written: boolean }>(t, ['sync', 'push', '--store', alice], env);
  t.notOk(again.written, 'nothing new to push');
  const pulled = await json<{ version: number; changed: boolean }>(
    t,
    ['sync', 'pull', '--store', alice],
    env,
  );
  t.same([pulled.version, pulled.changed], [1, false], 'pull finds the device in step');
  const files = await new RelayClient(url).storageDump();
  // A number only the address book has (the dev SMS gateway's file holds the registered ones).
  t.same(
    files
      .filter((f) => Buffer.from(f.content).indexOf(Buffer.from('+4915123450299')) >= 0)
      .map((f) => f.name),
    [],
    'no storage file holds the contact number',
  );
  const bad = await deftalk(['sync', 'sideways', '--store', alice], env);
  t.equal(bad.code, 2, 'an unknown subcommand is a usage error');
});
