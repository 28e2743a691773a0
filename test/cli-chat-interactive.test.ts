/**
 * `deftalk chat` driven through pipes (not a terminal) against a real
 * `deftalk-relay` process on loopback: Alice and Bob each run a chat with
 * the other; a line typed into Alice's chat appears in Bob's with Alice as
 * the sender, Bob's chat marks it read on showing it, and Alice's chat then
 * prints ✓ delivered and ✓✓ read for that line. `/quit` ends both with 0.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import t from 'tap';
import { DEFTALK, dir, registerUser, startRelay, userEnv } from './cli-helpers.ts';

/** A running `deftalk` process whose output is collected and can be awaited. */
class Proc {
  readonly child: ChildProcess;
  stdout = '';
  stderr = '';
  readonly exited: Promise<number | null>;
  readonly #waiters = new Set<() => void>();

  constructor(args: string[], env: NodeJS.ProcessEnv, stdin: 'pipe' | 'ignore' = 'ignore') {
    this.child = spawn(process.execPath, [DEFTALK, ...args], { env, stdio: [stdin, 'pipe', 'pipe'] });
    this.child.stdout!.on('data', (c: Buffer) => {
      this.stdout += c.toString();
      for (const w of this.#waiters) w();
    });
    this.child.stderr!.on('data', (c: Buffer) => {
      this.stderr += c.toString();
    });
    this.exited = new Promise((r) => this.child.once('exit', (code) => r(code)));
  }

  /** Resolve with the match once stdout matches `re`; reject if the process exits first. */
  waitFor(re: RegExp): Promise<RegExpExecArray> {
    return new Promise((resolvePromise, reject) => {
      const check = (): void => {
        const m = re.exec(this.stdout);
        if (m) {
          this.#waiters.delete(check);
          resolvePromise(m);
        }
      };
      this.#waiters.add(check);
      check();
      void this.exited.then((code) => {
        if (!re.exec(this.stdout))
          reject(new Error(`exited ${code} before ${re}: ${this.stdout} ${this.stderr}`));
      });
    });
  }

  type(line: string): void {
    this.child.stdin!.write(`${line}\n`);
  }
}

async function run(args: string[], env: NodeJS.ProcessEnv): Promise<Proc> {
  const p = new Proc(args, env);
  await p.exited;
  return p;
}

t.test('deftalk chat --help', async (t) => {
  const p = await run(['chat', '--help'], process.env);
  t.equal(await p.exited, 0);
  t.match(p.stdout, /Usage: deftalk chat <account-id \| \+E164>/);
  t.match(p.stdout, /\/quit/);
});

t.test('a line typed in Alice’s chat shows in Bob’s, and Alice sees ✓✓ read', async (t) => {
  const { url } = await startRelay();
  const alice = { store: join(dir, 'alice'), env: userEnv('alice passphrase') };
  const bob = { store: join(dir, 'bob'), env: userEnv('bob passphrase') };
  const { accountId: aliceId } = await registerUser(t, url, alice.store, '+4915122240001', alice.env);
  const { accountId: bobId } = await registerUser(t, url, bob.store, '+4915122240002', bob.env);

  const a = new Proc(['chat', bobId, '--store', alice.store], alice.env, 'pipe');
  const b = new Proc(['chat', aliceId, '--store', bob.store], bob.env, 'pipe');
  t.teardown(() => {
    a.child.kill();
    b.child.kill();
  });
  await a.waitFor(/^chat with [0-9a-f]+: type a line/m);
  await b.waitFor(/^chat with [0-9a-f]+: type a line/m);

  a.type('hello bob, this is a chat');
  const [, id] = await a.waitFor(/^me: hello bob, this is a chat \((\S+)\)$/m);
  t.ok(id?.startsWith(`${aliceId}/1/`), 'Alice’s chat prints the envelope id of the sent line');
  await b.waitFor(new RegExp(`^\\[[0-9:]+\\] ${aliceId}: hello bob, this is a chat$`, 'm'));
  t.pass('Bob’s chat shows the line with Alice as the sender');
  await a.waitFor(new RegExp(`^✓ delivered: "hello bob, this is a chat" \\(${id}\\)$`, 'm'));
  await a.waitFor(new RegExp(`^✓✓ read: "hello bob, this is a chat" \\(${id}\\)$`, 'm'));
  t.pass('Alice’s chat shows ✓ delivered, then ✓✓ read once Bob’s chat showed it');

  b.type('hi alice');
  await a.waitFor(new RegExp(`^\\[[0-9:]+\\] ${bobId}: hi alice$`, 'm'));
  await b.waitFor(/^✓✓ read: "hi alice"/m);
  t.pass('and the other way round');

  a.type('/quit');
  b.child.stdin!.end();
  t.equal(await a.exited, 0, `/quit ends Alice’s chat with 0 ${a.stderr}`);
  t.equal(await b.exited, 0, `end of input ends Bob’s chat with 0 ${b.stderr}`);
  for (const out of [a.stdout, a.stderr, b.stdout, b.stderr])
    t.notOk(/4915122240001|4915122240002/.test(out), 'no full phone number printed');
});
