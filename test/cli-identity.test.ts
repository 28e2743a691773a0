/**
 * Issue 3's done-when, through the real binaries: a `deftalk-relay` process
 * with `--test-hooks --dev-sms` on loopback, and two CLI users on fresh key
 * store directories. Each registers (the code read through the test-hooks
 * route), the second links a second device, and both print the same safety
 * number for each other, also from the linked device; after the primary
 * removes that device, a third links under a fresh id. Plus the CLI's
 * refusals: wrong passphrase, no full phone number or secret in the output.
 */
import { spawn } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import t, { type Test } from 'tap';
import { collect, DEFTALK, deftalk, dir, json, registerUser, startRelay, userEnv } from './cli-helpers.ts';

/**
 * Link `device` to `primary`'s account through the CLI: `link-device` on the
 * new device prints a provisioning link and waits; the primary approves it.
 */
async function linkDevice(
  t: Test,
  url: string,
  device: { store: string; env: NodeJS.ProcessEnv },
  primary: { store: string; env: NodeJS.ProcessEnv },
): Promise<{ accountId: string; deviceId: number }> {
  const waiting = spawn(
    process.execPath,
    [DEFTALK, 'link-device', '--relay', url, '--store', device.store, '--json'],
    {
      env: device.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const finished = collect(waiting);
  const link = await new Promise<string>((resolvePromise, reject) => {
    let buf = '';
    waiting.stdout!.on('data', (c: Buffer) => {
      buf += c.toString();
      const line = buf.split('\n').find((l) => l.includes('"link"'));
      if (line) resolvePromise((JSON.parse(line) as { link: string }).link);
    });
    waiting.once('exit', (code) => reject(new Error(`link-device exited ${code} before printing a link`)));
  });
  t.match(link, /^deftalk-link:v1\?id=[0-9a-f]{32}&key=/);
  const approved = await json<{ approved: boolean }>(
    t,
    ['link-device', '--approve', link, '--store', primary.store],
    primary.env,
  );
  t.equal(approved.approved, true);
  const linkedRun = await finished;
  t.equal(linkedRun.code, 0, `the new device finished linking ${linkedRun.stderr}`);
  return JSON.parse(linkedRun.stdout.trim().split('\n').pop()!) as { accountId: string; deviceId: number };
}

t.test('two CLI users register, link a second device and compare matching safety numbers', async (t) => {
  const { url } = await startRelay();
  const alice = { store: join(dir, 'alice'), env: userEnv('alice passphrase') };
  const bob = { store: join(dir, 'bob'), env: userEnv('bob passphrase') };
  const bob2 = { store: join(dir, 'bob-laptop'), env: userEnv('bob laptop passphrase') };

  const a = await registerUser(t, url, alice.store, '+4915122220001', alice.env);
  const b = await registerUser(t, url, bob.store, '+4915122220002', bob.env);
  t.not(a.accountId, b.accountId);

  // Bob's second device: it prints a provisioning link and waits; the primary approves it.
  const linked = await linkDevice(t, url, bob2, bob);
  t.equal(linked.accountId, b.accountId, 'the laptop joined bob');
  t.equal(linked.deviceId, 2);

  const list = await json<{ devices: { deviceId: number; current: boolean }[] }>(
    t,
    ['devices', '--store', bob.store],
    bob.env,
  );
  t.same(
    list.devices.map((d) => d.deviceId),
    [1, 2],
    'bob has two devices',
  );

  // Safety numbers: human text on each side, then the digits compared.
  const digitsOf = (out: string) => {
    const rows = out.split('\n').filter((l) => /^ {2}(\d{5} ){3}\d{5}$/.test(l));
    t.equal(rows.length, 3, 'three rows of four groups of five digits');
    return rows.map((r) => r.trim()).join(' ');
  };
  const ab = await deftalk(['safety-number', b.accountId, '--store', alice.store], alice.env);
  const ba = await deftalk(['safety-number', a.accountId, '--store', bob.store], bob.env);
  const b2a = await deftalk(['safety-number', a.accountId, '--store', bob2.store], bob2.env);
  for (const r of [ab, ba, b2a]) t.equal(r.code, 0, `safety-number exits 0 ${r.stderr}`);
  const alicesView = digitsOf(ab.stdout);
  t.match(alicesView, /^(\d{5} ){11}\d{5}$/, '12 groups of 5 digits');
  t.equal(digitsOf(ba.stdout), alicesView, 'bob sees the digits alice sees');
  t.equal(digitsOf(b2a.stdout), alicesView, "bob's linked device sees them too");
  const qr = (out: string) => /QR payload: ([0-9a-f]{130})/.exec(out)?.[1];
  t.ok(qr(ab.stdout), 'the QR payload is printed as text');
  t.equal(qr(ba.stdout), qr(ab.stdout), 'the same QR payload on both sides');

  // The own number resolves to the own account; an unknown number is refused without echoing it.
  const unknown = await deftalk(['safety-number', '+4915122229999', '--store', alice.store], alice.env);
  t.equal(unknown.code, 1);
  t.match(unknown.stderr, /CONTACT_UNKNOWN/);
  t.notOk(unknown.stderr.includes('22229999'), 'the number is not echoed');

  // The key store: owner-only, and refuses a wrong passphrase.
  t.equal(statSync(join(alice.store, 'keystore.dtks')).mode & 0o777, 0o600, 'key store file mode 0600');
  t.equal(statSync(alice.store).mode & 0o777, 0o700, 'key store directory mode 0700');
  const wrong = await deftalk(['whoami', '--store', alice.store], userEnv('not alice'));
  t.equal(wrong.code, 1);
  t.match(wrong.stderr, /KEYSTORE_BAD_PASSPHRASE/);
  const raw = readFileSync(join(alice.store, 'keystore.dtks'));
  t.equal(raw.indexOf(Buffer.from('+4915122220001')), -1, 'the phone number is not in the file in clear');
  t.equal(raw.indexOf(Buffer.from(a.accountId)), -1, 'nor the account id');

  // Removing the linked device from the primary.
  const after = await json<{ devices: { deviceId: number }[] }>(
    t,
    ['devices', '--remove', '2', '--store', bob.store],
    bob.env,
  );
  t.same(
    after.devices.map((d) => d.deviceId),
    [1],
  );
  const lockedOut = await deftalk(['devices', '--store', bob2.store], bob2.env);
  t.equal(lockedOut.code, 1, 'the removed device is locked out');
  t.match(lockedOut.stderr, /UNAUTHENTICATED/);

  // Linking again after the removal: device 2 is gone from the list but its id
  // was used, so the new device takes 3 (issue 3, spec/client.md §Provisioning).
  const bob3 = { store: join(dir, 'bob-tablet'), env: userEnv('bob tablet passphrase') };
  const relinked = await linkDevice(t, url, bob3, bob);
  t.equal(relinked.accountId, b.accountId, 'the tablet joined bob');
  t.equal(relinked.deviceId, 3, 'the tablet takes a fresh id, not the removed 2');
  const now = await json<{ devices: { deviceId: number }[] }>(t, ['devices', '--store', bob.store], bob.env);
  t.same(
    now.devices.map((d) => d.deviceId),
    [1, 3],
    'bob has the primary and the tablet',
  );
});

t.test('every identity command has --help', async (t) => {
  for (const c of ['register', 'verify', 'link-device', 'devices', 'safety-number', 'whoami']) {
    const r = await deftalk([c, '--help'], process.env);
    t.equal(r.code, 0, `${c} --help`);
    t.match(r.stdout, new RegExp(`^Usage: deftalk ${c}`));
  }
});
