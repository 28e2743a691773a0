/**
 * Faults of a three-node cluster (spec/deployment.md §Faults, issue 9):
 * a node killed with SIGKILL while clients on every node send (nothing
 * acknowledged is lost; its clients move to another node and drain), Redis
 * restarted (routing recovers once the nodes have claimed their connections
 * again) and PostgreSQL unreachable (accepts fail with the typed, retryable
 * STORAGE_UNAVAILABLE and nothing is half-written: a resend after recovery
 * is stored once).
 *
 * The Redis server is a private one on a free port, started and restarted
 * by this test (`--save "" --appendonly no`), so that the shared Redis of
 * the machine is never touched. PostgreSQL is reached through a TCP proxy of
 * this test, which "cuts" the engine by dropping every connection and
 * refusing new ones; the shared server itself is never stopped.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server, type Socket, connect as tcpConnect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import t from 'tap';
import { addressOf, DeviceSocket, sendTo } from '../../conformance/cases/relay/deliveryPeer.ts';
import { RelayClient, registerAccount, type TestAccount } from '../../conformance/lib/relayClient.ts';
import {
  decodeSendBatchResult,
  encodeSendBatch,
  SEND_PATH,
  type Send,
} from '../../reference/wire/delivery.ts';
import { type Node, startNode, testDatabase } from '../postgres-helpers.ts';

t.setTimeout(600_000);

const dir = mkdtempSync(join(tmpdir(), 'deftalk-cluster-faults-'));
t.teardown(() => rmSync(dir, { recursive: true, force: true }));

let seed = 11;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed / 2 ** 31;
};

/** Resolve with `p`, or fail after `ms`. */
function within<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    p.finally(() => clearTimeout(timer)),
    new Promise<T>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what}: not within ${ms} ms`)), ms);
    }),
  ]);
}

/** Poll `check` (an engine's state, which has no event to await) every 50 ms until it holds. */
async function until(check: () => Promise<boolean>, ms: number, what: string): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`${what}: not within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as { port: number }).port;
  await new Promise((r) => s.close(r));
  return port;
}

/** A private redis-server without persistence on `port`; resolves once it accepts connections. */
async function startRedis(port: number): Promise<ChildProcess> {
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let out = '';
  await new Promise<void>((res, rej) => {
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      if (out.includes('Ready to accept connections')) res();
    });
    child.once('exit', (code) => rej(new Error(`redis-server exited ${code}: ${out.slice(-500)}`)));
  });
  return child;
}

async function stopRedis(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGKILL');
  await exited;
}

/** A TCP proxy in front of PostgreSQL that can cut every connection and refuse new ones. */
class PgProxy {
  readonly #server: Server;
  readonly #sockets = new Set<Socket>();
  #cut = false;
  port = 0;

  constructor(target: { host: string; port: number }) {
    this.#server = createServer((client) => {
      if (this.#cut) {
        client.destroy();
        return;
      }
      const upstream = tcpConnect(target.port, target.host);
      for (const s of [client, upstream]) {
        this.#sockets.add(s);
        s.on('error', () => undefined);
        s.on('close', () => {
          this.#sockets.delete(s);
          client.destroy();
          upstream.destroy();
        });
      }
      client.pipe(upstream);
      upstream.pipe(client);
    });
  }

  async listen(): Promise<void> {
    await new Promise<void>((r) => this.#server.listen(0, '127.0.0.1', r));
    this.port = (this.#server.address() as { port: number }).port;
  }

  cut(): void {
    this.#cut = true;
    for (const s of this.#sockets) s.destroy();
  }

  heal(): void {
    this.#cut = false;
  }

  async close(): Promise<void> {
    this.cut();
    await new Promise((r) => this.#server.close(r));
  }
}

const store = await testDatabase(t);
const pgUrl = new URL(store);
const proxy = new PgProxy({ host: pgUrl.hostname, port: Number(pgUrl.port || 5432) });
await proxy.listen();
t.teardown(() => proxy.close());
const proxied = new URL(store);
proxied.port = String(proxy.port);

const redisPort = await freePort();
let redis = await startRedis(redisPort);
t.teardown(() => stopRedis(redis));
const prefix = 'deftalk-faults:';
const bus = `redis://127.0.0.1:${redisPort}?prefix=${encodeURIComponent(prefix)}`;

const env = { DEFTALK_SWEEP_INTERVAL_MS: '3600000' };
const a = await startNode(t, { dataDir: join(dir, 'a'), store: proxied.toString(), bus, env });
const [b, c] = await Promise.all(
  ['b', 'c'].map((n) =>
    startNode(t, { dataDir: join(dir, n), store: proxied.toString(), bus, env, keysFrom: a.dataDir }),
  ),
);
const nodes: Node[] = [a!, b!, c!];
// A node's stderr, kept to explain an exit the test did not cause.
const stderr = new Map<Node, string>();
for (const n of nodes) {
  stderr.set(n, '');
  n.child.stderr!.on('data', (d: Buffer) => stderr.set(n, (stderr.get(n)! + d.toString()).slice(-4000)));
}

/** POST one send batch; the answer, or undefined when the node could not be reached. */
async function trySend(
  node: Node,
  sender: TestAccount,
  sends: readonly Send[],
): Promise<
  { status: number; results: ReturnType<typeof decodeSendBatchResult>; error?: unknown } | undefined
> {
  try {
    const r = await new RelayClient(node.url).request('POST', SEND_PATH, {
      token: sender.primary.token,
      body: encodeSendBatch(sends),
    });
    if (r.status >= 400) return { status: r.status, results: [], error: r.error };
    return { status: r.status, results: decodeSendBatchResult(r.body) };
  } catch {
    return undefined;
  }
}

const alive = (n: Node) => n.child.exitCode === null && n.child.signalCode === null;

t.test('SIGKILL of one node while clients on every node send: nothing acknowledged is lost', async (t) => {
  const senders: TestAccount[] = [];
  const recipients: TestAccount[] = [];
  for (const node of nodes) {
    const client = new RelayClient(node.url);
    senders.push(await registerAccount(client, random));
    recipients.push(await registerAccount(client, random));
  }
  // Recipient i keeps a socket on node i; every push it ever receives, on any socket, is collected here.
  const received = recipients.map(() => new Set<string>());
  const sockets = recipients.map((r, i) => new DeviceSocket(new URL(nodes[i]!.url), r.primary));
  const collect = (i: number, s: DeviceSocket) => {
    const seen = received[i]!;
    const poll = async () => {
      for (let n = 1; ; n++) {
        try {
          await s.waitForPushes(n);
        } catch {
          return;
        }
        seen.add(Buffer.from(s.pushes[n - 1]!.envelope.ciphertext).toString('hex'));
      }
    };
    void poll();
  };
  await Promise.all(sockets.map((s) => s.opened));
  await Promise.all(sockets.map((s) => s.request('GET', '/v1/messages/sequence', new Uint8Array(0))));
  for (const [i, s] of sockets.entries()) collect(i, s);

  const acknowledged = recipients.map(() => new Set<string>());
  const PER_SENDER = 40;
  let acks = 0;
  let killed = false;
  let failovers = 0;
  const killAfter = 30;
  const kill = async () => {
    killed = true;
    const exited = new Promise((r) => b!.child.once('exit', r));
    b!.child.kill('SIGKILL');
    await exited;
  };
  let killing: Promise<void> | undefined;
  const sendLoop = async (si: number) => {
    let at = si;
    for (let seq = 1; seq <= PER_SENDER; seq++) {
      const ri = (si + seq) % recipients.length;
      const r = recipients[ri]!;
      const s = sendTo(r.accountId, [addressOf(r, r.primary)], seq, random);
      for (let attempt = 0; ; attempt++) {
        if (attempt > 20) throw new Error(`sender ${si} seq ${seq}: no node accepted`);
        const answer = await trySend(nodes[at]!, senders[si]!, [s.send]);
        const result = answer?.results[0];
        if (result?.kind === 'accepted') {
          // Acknowledged: the relay answered after its commit (a duplicate was committed before).
          acknowledged[ri]!.add(Buffer.from(s.ciphertexts.values().next().value!).toString('hex'));
          acks++;
          if (acks === killAfter && !killed) killing = kill();
          break;
        }
        // Not reached, or refused by a dying node: resend the same sequence to the next live node.
        failovers++;
        do at = (at + 1) % nodes.length;
        while (!alive(nodes[at]!) && nodes.some(alive));
      }
    }
  };
  await Promise.all(senders.map((_, i) => sendLoop(i)));
  await killing;
  t.ok(killed, 'node B was killed mid-run');
  t.comment(`${acks} sends acknowledged, ${failovers} resent to another node`);

  // B's recipient lost its socket (1006); it reconnects to C and drains its queue there.
  const lostCode = await within(sockets[1]!.closed, 5000, 'the socket on B closes');
  t.equal(lostCode, 1006, 'the socket on the killed node dropped without a close');
  const again = new DeviceSocket(new URL(c!.url), recipients[1]!.primary);
  await again.opened;
  collect(1, again);
  for (const [i, expected] of acknowledged.entries()) {
    await until(
      async () => [...expected].every((x) => received[i]!.has(x)),
      15_000,
      `every acknowledged envelope reaches recipient ${i}`,
    ).catch(() => undefined);
    const missing = [...expected].filter((x) => !received[i]!.has(x));
    t.equal(missing.length, 0, `recipient ${i}: all ${expected.size} acknowledged envelopes received`);
  }
  await Promise.all([sockets[0]!.close(), sockets[2]!.close(), again.close()]);
});

t.test('Redis restarted: the nodes claim their connections again and routing recovers', async (t) => {
  const onA = new RelayClient(a!.url);
  const alice = await registerAccount(onA, random);
  const bob = await registerAccount(onA, random);
  const socket = new DeviceSocket(new URL(c!.url), bob.primary);
  await socket.opened;
  const probe = new Redis(`redis://127.0.0.1:${redisPort}`, { lazyConnect: true, maxRetriesPerRequest: 0 });
  probe.on('error', () => undefined);
  const claimKey = `${prefix}dev:${bob.accountId}/${bob.primary.deviceId}`;
  const claimed = async () => {
    try {
      if (probe.status === 'wait' || probe.status === 'end') await probe.connect();
      return (await probe.exists(claimKey)) === 1;
    } catch {
      return false;
    }
  };
  await until(claimed, 5000, 'the claim is in Redis');
  probe.disconnect();

  const started = performance.now();
  await stopRedis(redis);
  redis = await startRedis(redisPort);
  await until(claimed, 15_000, 'the claim is back in the restarted Redis');
  t.comment(`Redis down to claims back: ${(performance.now() - started).toFixed(0)} ms`);
  probe.disconnect();

  const s = sendTo(bob.accountId, [addressOf(bob, bob.primary)], 1, random);
  const answer = await trySend(a!, alice, [s.send]);
  t.equal(answer?.results[0]?.kind, 'accepted', 'accepted on node A');
  const [push] = await within(socket.waitForPushes(1), 5000, 'push on node C after the restart');
  t.ok(
    Buffer.from(push!.envelope.ciphertext).equals(s.ciphertexts.values().next().value!),
    'the envelope sent on A is pushed at once to the device on C',
  );
  await socket.close();
});

t.test(
  'PostgreSQL unreachable: accepts fail STORAGE_UNAVAILABLE (retryable), nothing half-written',
  async (t) => {
    const onA = new RelayClient(a!.url);
    const alice = await registerAccount(onA, random);
    const bobs = [await registerAccount(onA, random), await registerAccount(onA, random)];
    // Five sends in one batch, each to both of Bob's accounts' devices in turn.
    const batch = [1, 2, 3, 4, 5].map((seq) => {
      const r = bobs[seq % 2]!;
      return sendTo(r.accountId, [addressOf(r, r.primary)], seq, random);
    });

    proxy.cut();
    const failed = await trySend(
      a!,
      alice,
      batch.map((s) => s.send),
    );
    t.equal(failed?.status, 503, 'answered 503');
    const error = failed?.error as { code: number; name: string; retryable: boolean } | undefined;
    t.equal(error?.name, 'STORAGE_UNAVAILABLE', 'the typed error');
    t.equal(error?.code, 9001);
    t.equal(error?.retryable, true, 'marked retryable');

    // Cuts in the middle of storage cycles: a batch is sent, the engine goes away after a delay that
    // lands before, during or after the transaction. Each batch is resent after recovery (the same
    // sequences, before any later one, as a client does) and must then be stored exactly once.
    const expected = new Map(bobs.map((bob) => [bob, [] as number[]]));
    for (const s of batch) expected.get(bobs[s.send.sequence % 2]!)!.push(s.send.sequence);
    proxy.heal();
    const retry1 = await trySend(
      a!,
      alice,
      batch.map((s) => s.send),
    );
    t.same(
      retry1?.results.map((r) => r.kind),
      ['accepted', 'accepted', 'accepted', 'accepted', 'accepted'],
      'the refused batch is accepted when resent after recovery',
    );
    const outcomes: string[] = [];
    let next = 6;
    for (const delay of [0, 1, 2, 3, 5, 8, 13, 21]) {
      const round = [0, 1, 2, 3, 4].map(() => {
        const seq = next++;
        const bob = bobs[seq % 2]!;
        expected.get(bob)!.push(seq);
        return sendTo(bob.accountId, [addressOf(bob, bob.primary)], seq, random).send;
      });
      const inFlight = trySend(c!, alice, round);
      const timer = setTimeout(() => proxy.cut(), delay);
      const raced = await inFlight;
      clearTimeout(timer);
      proxy.heal();
      if (!alive(c!)) t.fail(`node C exited during the cut: ${stderr.get(c!)}`);
      const kinds = (raced?.results ?? []).map((r) => (r.kind === 'refused' ? r.error.errorName : r.kind));
      t.ok(
        raced?.status === 200 || (raced?.status === 503 && raced.error !== undefined),
        `cut after ${delay} ms: answered 200 or 503 STORAGE_UNAVAILABLE (got ${raced?.status})`,
      );
      t.ok(
        kinds.every((k) => k === 'accepted' || k === 'STORAGE_UNAVAILABLE'),
        `cut after ${delay} ms: each send accepted or refused STORAGE_UNAVAILABLE (${kinds.join(',')})`,
      );
      // A pooled connection the cut broke may be handed out once more before the pool notices; the
      // answer is then the retryable STORAGE_UNAVAILABLE, and a client retries, as this does.
      let again = await trySend(c!, alice, round);
      const unavailable = (a: typeof again) =>
        a === undefined ||
        a.status === 503 ||
        a.results.some((r) => r.kind === 'refused' && r.error.errorName === 'STORAGE_UNAVAILABLE');
      for (let retry = 0; retry < 20 && unavailable(again); retry++) {
        await new Promise((r) => setTimeout(r, 50));
        again = await trySend(c!, alice, round);
      }
      t.same(
        again?.results.map((r) => r.kind),
        ['accepted', 'accepted', 'accepted', 'accepted', 'accepted'],
        `cut after ${delay} ms: the resend is accepted`,
      );
      const dups = (again?.results ?? []).map((r) => r.kind === 'accepted' && r.duplicate);
      for (const [i, k] of kinds.entries()) {
        if (k === 'accepted') t.ok(dups[i], 'a send acknowledged before the cut is a duplicate when resent');
      }
      const dup = dups.filter(Boolean).length;
      if (raced?.status === 503) t.ok(dup === 0 || dup === 5, `all or none of the batch committed (${dup})`);
      outcomes.push(`${delay} ms: ${raced?.status} ${kinds.join(',') || raced?.status} (${dup} committed)`);
    }
    t.comment(`cuts: ${outcomes.join(', ')}`);
    for (const bob of bobs) {
      const socket = new DeviceSocket(new URL(b && alive(b) ? b.url : c!.url), bob.primary);
      const want = expected.get(bob)!;
      await within(socket.waitForPushes(want.length), 10_000, 'the queue drains');
      // One round trip after the last push: a duplicate queued behind it would have arrived by now.
      await socket.request('GET', '/v1/messages/sequence', new Uint8Array(0));
      const seqs = socket.pushes.map((p) => p.envelope.id.sequence).sort((x, y) => x - y);
      t.same(seqs, want, 'each sequence exactly once, none lost');
      await socket.close();
    }
  },
);
