/**
 * Shared by the CLI tests that drive the real binaries (test/cli-*.test.ts):
 * a `deftalk-relay` process with `--test-hooks --dev-sms` on loopback, the
 * `deftalk` command run to completion, and registration of a CLI user with
 * the code read through the test hooks. Not a test file itself.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import t, { type Test } from 'tap';
import { RelayClient } from '../conformance/lib/relayClient.ts';

export const ROOT = resolve(import.meta.dirname, '..');
export const RELAY = join(ROOT, 'bin', 'deftalk-relay.js');
export const DEFTALK = join(ROOT, 'bin', 'deftalk.js');

/** Scratch directory of the test process: key stores and the relay's data. */
export const dir = mkdtempSync(join(tmpdir(), 'deftalk-cli-'));
t.teardown(() => rmSync(dir, { recursive: true, force: true }));

/** Environment of a CLI user: passphrase, a cheap scrypt cost for speed. */
export function userEnv(passphrase: string): NodeJS.ProcessEnv {
  return { ...process.env, DEFTALK_PASSPHRASE: passphrase, DEFTALK_SCRYPT_LOG2N: '12' };
}

export interface Done {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Run `deftalk args...` to completion. */
export function deftalk(args: string[], env: NodeJS.ProcessEnv): Promise<Done> {
  const child = spawn(process.execPath, [DEFTALK, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  return collect(child);
}

export function collect(child: ChildProcess): Promise<Done> {
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
export async function json<T>(t: Test, args: string[], env: NodeJS.ProcessEnv): Promise<T> {
  const r = await deftalk([...args, '--json'], env);
  t.equal(r.code, 0, `deftalk ${args[0]} exits 0${r.code ? `: ${r.stdout} ${r.stderr}` : ''}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as T;
}

export async function startRelay(): Promise<{ url: string; child: ChildProcess }> {
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
export async function registerUser(
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
