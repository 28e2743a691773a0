/**
 * `deftalk receive --idle MS` exits by itself, every time: the real CLI
 * against a real relay process, run repeatedly with an idle time shorter
 * than connecting takes. Before the fix the idle timer fired while the
 * messenger was still connecting, the disconnect found no socket, and the
 * socket that opened afterwards kept the process alive (a hang in most runs).
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import t from 'tap';
import { DEFTALK, deftalk, dir, registerUser, startRelay, userEnv } from './cli-helpers.ts';

/** A run still alive this long after it started is counted as hung (a normal run takes about a second). */
const HANG_MS = 5000;
const RUNS = 3;

/** Run `deftalk receive` once; code 'hung' when it did not exit within {@link HANG_MS} (it is killed then). */
function receiveOnce(
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ code: number | 'hung'; stdout: string }> {
  const child = spawn(process.execPath, [DEFTALK, 'receive', ...args], {
    env,
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  let stdout = '';
  child.stdout.on('data', (c: Buffer) => {
    stdout += c.toString();
  });
  return new Promise((resolve) => {
    const deadline = setTimeout(() => {
      child.kill('SIGKILL');
      resolve({ code: 'hung', stdout });
    }, HANG_MS);
    child.once('exit', (code) => {
      clearTimeout(deadline);
      resolve({ code: code ?? -1, stdout });
    });
  });
}

t.test('receive --idle exits by itself when the idle time is shorter than connecting', async (t) => {
  const { url } = await startRelay();
  const env = userEnv('receive exit');
  const store = join(dir, 'receiver');
  const receiver = await registerUser(t, url, store, '+4915550002001', env);
  const results: (number | 'hung')[] = [];
  for (let i = 0; i < RUNS; i++)
    results.push((await receiveOnce(['--idle', '1', '--store', store], env)).code);
  t.same(
    results,
    results.map(() => 0),
    `every run exits 0 on its own (${results.filter((r) => r === 'hung').length} of ${RUNS} hung)`,
  );
  // Still a receiver: a text waiting at the relay is printed, and the run ends by itself.
  const senderEnv = userEnv('receive exit sender');
  const sender = join(dir, 'sender');
  await registerUser(t, url, sender, '+4915550002002', senderEnv);
  const sent = await deftalk(['send', receiver.accountId, 'waiting for you', '--store', sender], senderEnv);
  t.equal(sent.code, 0, `send exits 0 ${sent.stderr}`);
  const got = await receiveOnce(['--idle', '1000', '--store', store, '--json'], env);
  t.equal(got.code, 0, 'receive exits 0 on its own');
  t.match(got.stdout, /"body":"waiting for you"/, 'the waiting text is received');
});
