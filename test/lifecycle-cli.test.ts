/**
 * The lifecycle commands of `deftalk` (spec/lifecycle.md) against a real
 * `deftalk-relay` process: `policy` shows what changed and records consent
 * (allowing discovery again sends the number the client keeps),
 * `change-number` moves the account with a code sent to the new number,
 * `delete-account` erases the account on the relay and the local key store.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { RelayClient } from '../conformance/lib/relayClient.ts';
import { deftalk, dir, json, registerUser, startRelay, userEnv } from './cli-helpers.ts';

t.test('policy, change-number and delete-account', async (t) => {
  const { url } = await startRelay();
  const env = userEnv('correct horse battery');
  const store = join(dir, 'alice');
  const { accountId } = await registerUser(t, url, store, '+4915112340001', env);

  const shown = await json<{ version: number; acceptedVersion: number; changedUses: { id: string }[] }>(
    t,
    ['policy', '--store', store],
    env,
  );
  t.equal(shown.acceptedVersion, 0, 'nothing accepted yet');
  t.ok(
    shown.changedUses.some((u) => u.id === 'discovery'),
    'every use is new to a fresh account',
  );
  const accepted = await json<{ acceptedVersion: number }>(t, ['policy', 'accept', '--store', store], env);
  t.equal(accepted.acceptedVersion, shown.version, 'accept records the current version');
  const declined = await json<{ declinedUses: string[] }>(
    t,
    ['policy', 'decline', 'discovery', '--store', store],
    env,
  );
  t.same(declined.declinedUses, ['discovery']);
  const allowed = await json<{ declinedUses: string[] }>(
    t,
    ['policy', 'allow', 'discovery', '--store', store],
    env,
  );
  t.same(allowed.declinedUses, [], 'allowing discovery again sends the number the client knows');

  const newNumber = '+4915112340009';
  const sent = await json<{ codeSent: boolean }>(
    t,
    ['change-number', '--phone', newNumber, '--store', store],
    env,
  );
  t.ok(sent.codeSent);
  const code = await new RelayClient(url).verificationCode(newNumber);
  const changed = await deftalk(
    ['change-number', '--phone', newNumber, '--code', code, '--store', store],
    env,
  );
  t.equal(changed.code, 0, changed.stderr);
  t.notOk(changed.stdout.includes(newNumber), 'the new number is printed masked only');
  const who = await deftalk(['whoami', '--store', store], env);
  t.match(who.stdout, /\+49 •+09/, 'the client remembers the new number');

  const refused = await deftalk(['delete-account', '--store', store], env);
  t.equal(refused.code, 2, 'delete-account needs --yes');
  const deleted = await json<{ deleted: boolean; accountId: string }>(
    t,
    ['delete-account', '--yes', '--store', store],
    env,
  );
  t.same(deleted, { deleted: true, accountId });
  t.notOk(existsSync(join(store, 'keystore.dtks')), 'the local key store is gone');
  const devices = await new RelayClient(url).request('GET', `/v1/accounts/${accountId}/devices`);
  t.equal(devices.status, 401, 'the relay answers for the account no more (without a token: 401)');
});
