/**
 * Delivery through the real binaries: a `deftalk-relay` process with
 * `--test-hooks --dev-sms` on loopback and two CLI users on fresh key store
 * directories. Alice sends with `deftalk send` while Bob is offline; Bob's
 * `deftalk receive` prints it, sends a delivered receipt, and Alice's
 * `deftalk receive` shows the ✓. No full phone number is printed.
 */
import { join } from 'node:path';
import t from 'tap';
import { deftalk, dir, json, registerUser, startRelay, userEnv } from './cli-helpers.ts';

t.test('two CLI users exchange a message through send and receive', async (t) => {
  const { url } = await startRelay();
  const alice = { store: join(dir, 'alice'), env: userEnv('alice passphrase') };
  const bob = { store: join(dir, 'bob'), env: userEnv('bob passphrase') };
  await registerUser(t, url, alice.store, '+4915122230001', alice.env);
  const b = await registerUser(t, url, bob.store, '+4915122230002', bob.env);

  const sent = await json<{ id: string; status: string }>(
    t,
    ['send', '+4915122230002', 'hello', 'bob', '--account', b.accountId, '--store', alice.store],
    alice.env,
  );
  t.equal(sent.status, 'sent', 'the relay accepted it');

  const got = await deftalk(['receive', '--count', '1', '--store', bob.store, '--json'], bob.env);
  t.equal(got.code, 0, `receive exits 0 ${got.stderr}`);
  const line = JSON.parse(got.stdout.trim().split('\n')[0]!) as { id: string; body: string };
  t.equal(line.body, 'hello bob', 'bob sees the text');
  t.equal(line.id, sent.id, 'under the envelope id alice saw');

  const text = await deftalk(['receive', '--idle', '1500', '--store', alice.store], alice.env);
  t.match(text.stdout, `✓ delivered: ${sent.id}`, 'alice sees the delivered receipt');
  for (const out of [got.stdout, got.stderr, text.stdout, text.stderr])
    t.notOk(out.includes('+4915122230002'), 'no full phone number printed');

  const again = await deftalk(['receive', '--idle', '1000', '--store', bob.store, '--json'], bob.env);
  t.equal(again.stdout.trim(), '', 'nothing is shown twice');
});
