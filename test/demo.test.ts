/**
 * `npm run demo` (issue 4, item 11) as a user runs it: a subprocess that
 * starts its own relay, exchanges messages, and ends with the byte scan of
 * every storage file. It must exit 0, end with "relay holds nothing: 0 of N"
 * for some N > 0, and never print a full phone number.
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import t from 'tap';

const ROOT = resolve(import.meta.dirname, '..');

t.test('the demo runs, and the relay holds none of the ciphertexts it carried', async (t) => {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/demo.ts'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => {
    stdout += c.toString();
  });
  child.stderr.on('data', (c: Buffer) => {
    stderr += c.toString();
  });
  const code = await new Promise<number | null>((r) => child.once('exit', (c) => r(c)));
  t.equal(code, 0, `demo exits 0${code ? `: ${stderr}` : ''}`);
  const m = /^relay holds nothing: (\d+) of (\d+) ciphertexts found in (\d+) storage files$/m.exec(stdout);
  t.ok(m, 'the final byte-scan line is printed');
  t.equal(m?.[1], '0', 'no ciphertext found in any storage file');
  t.ok(Number(m?.[2]) > 0, 'the scan looked for at least one ciphertext');
  t.ok(Number(m?.[3]) > 0, 'the scan read at least one storage file');
  t.match(stdout, /queue of Bob device 1 +2 envelope\(s\)/, 'the relay was seen holding Bob’s two messages');
  t.match(stdout, /✓✓ read/, 'Alice’s devices saw the read receipt');
  for (const phone of ['+4915123456701', '+4915123456702', '4915123456701', '4915123456702'])
    t.notOk(stdout.includes(phone) || stderr.includes(phone), 'no full phone number printed');
  t.match(stdout, /\+49 •+01/, 'numbers are shown masked');
});
