/**
 * Delivery through the real binaries: a \`deftalk-relay\` process with
 * \`--test-hooks --dev-sms\` on loopback and two CLI users on fresh key store
 * directories. Alice sends with \`deftalk send\` while Bob is offline; Bob's
 * \`deftalk receive\` prints it, sends a delivered receipt, and Alice's
 * \`deftalk receive\` shows the ✓. No full phone number is printed.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import t, { type Test } from 'tap';
import { RelayClient } from '../conformance/lib/relayClient.ts';

const ROOT = resolve(import.meta.dirname, '..');
const RELAY = join(ROOT, 'bin', 'deftalk-relay.js');
const DEFTALK = join(ROOT, 'bin', 'deftalk.js');

const dir = mkdtempSync(join(tmpdir(), 'deftalk-cli-'));
t.teardown(() => rmSync(dir, { recursive: true, force: true }));

/** Environment of a CLI user: passphrase, a cheap scrypt cost for speed. */
function userEnv(passphrase: string): NodeJS.ProcessEnv {
  return { ...process.env, DEFTALK_PASSPHRASE: passphrase, DEFTALK_SCRYPT_LOG2N: '12' };
}

interface Done {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Run `deftalk args...` to completion. */
function deftalk(args: string[], env: NodeJS.ProcessEnv): Promise<Done> {
  const child = spawn(process.execPath, [DEFTALK, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  return collect(child);
}

function collect(child: ChildProcess): Promise<Done> {
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (c: Buffer) => {
    stdout += c.toString();
  });
  child.stderr!.on('data', (c: Buffer) => {
    stderr += c.toString();
  });
  return new Promise((r) => child.once('exit', (code) => r({ code, stdout, stderr })));
}

/** Run and parse the single JSON line a `--json` command prints; fails the test on a non-zero exit. */
async function json<T>(t: Test, args: string[], env: NodeJS.ProcessEnv): Promise<T> {
  const r = await deftalk([...args, '--json'], env);
  t.equal(r.code, 0, `deftalk ${args[0]} exits 0${r.code ? `: ${r.stdout} ${r.stderr}` : ''}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as T;
}

async function startRelay(): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(
    process.execPath,
    [
      RELAY,
      '--port',
      '0',
      '--data',
      join(dir, 'relay'),
      '--test-hooks',
      '--dev-sms',
      '--pin-scrypt-log2n',
      '10',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, LOG_LEVEL: 'warn' } },
  );
  let err = '';
  const url = await new Promise<string>((resolvePromise, reject) => {
    child.stderr!.on('data', (c: Buffer) => {
      err += c.toString();
      const m = /deftalk-relay listening on (\S+)/.exec(err);
      if (m) resolvePromise(m[1]!);
    });
    child.once('exit', (code) => reject(new Error(`relay exited ${code}: ${err}`)));
  });
  t.teardown(
    () =>
      new Promise<void>((r) => {
        child.once('exit', () => r());
        child.kill('SIGTERM');
      }),
  );
  return { url, child };
}

/** Register a user through the CLI: register, read the code through the test hooks, verify. */
async function registerUser(
  t: Test,
  url: string,
  store: string,
  phone: string,
  env: NodeJS.ProcessEnv,
): Promise<{ accountId: string }> {
  const reg = await deftalk(['register', '--relay', url, '--phone', phone, '--store', store], env);
  t.equal(reg.code, 0, `register exits 0 ${reg.stderr}`);
  t.notOk(
    reg.stdout.includes(phone) || reg.stderr.includes(phone),
    'register does not print the full number',
  );
  t.match(reg.stdout, /Verification code sent to \+49 •+\d\d/);
  const code = await new RelayClient(url).verificationCode(phone);
  const v = await json<{ accountId: string; deviceId: number }>(
    t,
    ['verify', '--code', code, '--store', store],
    env,
  );
  t.equal(v.deviceId, 1, 'the registering device is device 1');
  return { accountId: v.accountId };
}

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
