/**
 * @module
 * Scenario `cluster-scale` (issue 9 item 6; bench/README.md §Cluster scale):
 * several relay processes as one service on this machine (spec/deployment.md)
 * holding N concurrent authenticated device WebSockets, with the full cycle
 * measured across nodes while they are held.
 *
 * One run: a PostgreSQL database made for the run (dropped after) and a Redis
 * key prefix of its own (deleted after); `nodes` relay processes on them
 * (`--store`, `--bus`, `--test-hooks`); N accounts created through the
 * benchmark provisioning hook (spec/test-hooks.md §Benchmark accounts,
 * REQ-HOOKS-007: registration and sign-in cost ≈ 12 ms of relay CPU per
 * account, most of it the discovery OPRF, which would make 100 000 accounts
 * a 20-minute set-up on two cores); N − 2·pairs idle device sockets spread
 * round-robin over the nodes and held by forked
 * {@link module:bench/load/connection-holder} processes (at most
 * `connectionsPerHolder` each, below the 20 000 open files a process may
 * have, each from its own loopback source address); `pairs` sender and
 * recipient sockets in this process, sender `i` on node `i mod nodes` and
 * its recipient on the next node, so every envelope crosses nodes through
 * Redis. Then memory per connection per node (RSS delta, and live heap plus
 * buffers after full collections), and the open-loop full cycle at
 * `cycleRate`.
 *
 * The step's "rate" is N, the connections held (`--rates 2000` scales the
 * run down); `achieved_rate` is the connections that were open during the
 * whole cycle; the latency figures are the cycle's, from the intended send
 * time. The invariants are those of every delivery run, summed over the
 * nodes, plus: every connection opened, none closed or pushed to while held.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Redis } from 'ioredis';
import pg from 'pg';
import { RelayClient } from '../../conformance/lib/relayClient.ts';
import type { AccountId, DeviceId } from '../../reference/wire/ids.ts';
import type { HeldSocket, HolderStatus, OpenedReport } from '../load/connection-holder.ts';
import { runOpenLoop, type Sender, type Transport } from '../load/open-loop.ts';
import type { ProbeStats } from '../probe.ts';
import {
  counterIsZero,
  countersEqual,
  openLoopFigures,
  type RunOptions,
  type RunResult,
  type Scenario,
} from '../scenario.ts';
import { cpuMs, type ServerProcess, startServerProcess } from '../server-process.ts';
import { deliveryInvariants, STAMP_MAGIC } from './full-cycle.ts';
import {
  type BenchDevice,
  BenchSocket,
  RELAY_LOG_LEVEL,
  refusals,
  relayCounts,
  relayScript,
  storageOccurrences,
  sumCounts,
} from './full-cycle-relay.ts';

/** PostgreSQL server and Redis of the run (the test engines' variables, spec/deployment.md). */
const PG_SERVER = process.env.DEFTALK_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432';
const REDIS_SERVER = process.env.DEFTALK_TEST_REDIS ?? 'redis://127.0.0.1:6379';

const HOLDER = join(import.meta.dirname, '..', 'load', 'connection-holder.ts');

/** Accounts per provisioning request (the hook's maximum is 1000). */
const PROVISION_BATCH = 500;
/** Sockets each holder opens at a time. */
const OPEN_CONCURRENCY = 64;

/** What a cluster-scale run is made of; one variant's parameters. */
export interface ClusterScaleOptions {
  /** Relay processes. */
  readonly nodes: number;
  /** Sender/recipient pairs of the full cycle (2·pairs of the N connections). */
  readonly pairs: number;
  /** Open-loop target rate of the full cycle, envelopes per second. */
  readonly cycleRate: number;
  readonly payloadBytes: number;
  /** Idle sockets one holder process opens at most (below its 20 000 open files). */
  readonly connectionsPerHolder: number;
}

/** The defaults: six nodes, as issue 9 sketches; 100 000 connections is the step. */
export const CLUSTER_SCALE_DEFAULTS: ClusterScaleOptions = {
  nodes: 6,
  pairs: 50,
  cycleRate: 1000,
  payloadBytes: 200,
  connectionsPerHolder: 16_000,
};

/** A relay node of the run. */
interface Node {
  readonly server: ServerProcess;
  readonly client: RelayClient;
  readonly wsUrl: string;
}

/** Create the run's database; resolves with its URL and a function that drops it. */
async function runDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `deftalk_bench_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: `${PG_SERVER}/postgres` });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  return {
    url: `${PG_SERVER}/${name}`,
    async drop() {
      const c = new pg.Client({ connectionString: `${PG_SERVER}/postgres` });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
}

/** Delete every Redis key under `prefix`. */
async function dropPrefix(prefix: string): Promise<void> {
  const r = new Redis(REDIS_SERVER, { lazyConnect: true, maxRetriesPerRequest: 1 });
  await r.connect();
  try {
    let cursor = '0';
    do {
      const [next, keys] = await r.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length > 0) await r.del(...keys);
    } while (cursor !== '0');
  } finally {
    r.disconnect();
  }
}

/** Start relay node `i` on the run's store and bus; nodes after the first copy the first's key files. */
async function startNode(
  options: RunOptions,
  i: number,
  store: string,
  bus: string,
  keysFrom?: string,
): Promise<Node> {
  const dataDir = join(options.workDir, `node-${i}`);
  mkdirSync(dataDir, { recursive: true });
  if (keysFrom) {
    // spec/deployment.md §Keys: every node of a cluster holds the same identifier and discovery keys.
    for (const f of ['identifier.key', 'discovery.key', 'contact-credential.key'])
      copyFileSync(join(keysFrom, f), join(dataDir, f));
  }
  const server = await startServerProcess({
    script: relayScript(),
    args: ['--port', '0', '--data', dataDir, '--test-hooks', '--log-level', RELAY_LOG_LEVEL],
    ready: { stream: 'stderr', pattern: /^deftalk-relay listening on (http:\/\/\S+)/ },
    cpuProfileDir: options.cpuProfileDir,
    heapSnapshotDir: options.heapSnapshotDir,
    env: { DEFTALK_STORE: store, DEFTALK_BUS: bus },
    startTimeoutMs: 60_000,
  });
  const wsUrl = new URL('/v1/websocket', server.url);
  wsUrl.protocol = 'ws:';
  return { server, client: new RelayClient(server.url), wsUrl: wsUrl.toString() };
}

/** A provisioned device: enough to open its socket, not to sign in again. */
interface Provisioned {
  readonly accountId: AccountId;
  readonly deviceId: DeviceId;
  readonly token: string;
}

/** Create `n` accounts through the nodes' provisioning hooks, every node at once. */
async function provision(
  nodes: readonly Node[],
  n: number,
  options: Pick<RunOptions, 'progress'>,
): Promise<Provisioned[]> {
  const out: Provisioned[] = [];
  let asked = 0;
  let last = performance.now();
  const perNode = async (node: Node) => {
    while (asked < n) {
      const count = Math.min(PROVISION_BATCH, n - asked);
      asked += count;
      let res: Response;
      for (let attempt = 1; ; attempt++) {
        res = await fetch(new URL('/test-hooks/v1/bench/accounts', node.server.url), {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ count }),
        });
        // STORAGE_UNAVAILABLE is retryable (spec/deployment.md §Faults): a loaded engine, tried again.
        if (res.status !== 503 || attempt === 5) break;
        await res.arrayBuffer();
        options.progress(`  provisioning: 503 from a node, retrying (${attempt})`);
      }
      if (!res.ok) throw new Error(`provisioning hook answered ${res.status}: ${await res.text()}`);
      const { devices } = (await res.json()) as { devices: Provisioned[] };
      if (devices.length !== count) throw new Error(`provisioning hook made ${devices.length} of ${count}`);
      out.push(...devices);
      if (performance.now() - last > 2000) {
        last = performance.now();
        options.progress(`  provisioned ${out.length}/${n} accounts`);
      }
    }
  };
  await Promise.all(nodes.map(perNode));
  return out;
}

/** A forked holder process and its IPC answers. */
class Holder {
  readonly #child: ChildProcess;
  readonly #waiting = new Map<string, Array<(m: unknown) => void>>();
  readonly exited: Promise<void>;
  /** Resolves once the holder listens for requests. */
  readonly ready: Promise<unknown>;

  constructor() {
    this.#child = fork(HOLDER, [], {
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    this.#child.on('message', (m: { type?: string }) => this.#waiting.get(m.type ?? '')?.shift()?.(m));
    this.exited = new Promise((r) => this.#child.once('exit', () => r()));
    this.ready = new Promise((resolve, reject) => {
      this.#waiting.set('ready', [resolve]);
      void this.exited.then(() => reject(new Error('connection holder exited before it was ready')));
    });
  }

  #ask<T>(message: object, reply: string): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const queue = this.#waiting.get(reply) ?? [];
      this.#waiting.set(reply, queue);
      queue.push((m) => resolve(m as T));
      void this.exited.then(() => reject(new Error(`connection holder exited before answering ${reply}`)));
      this.#child.send(message);
    });
  }

  open(sockets: HeldSocket[], localAddress: string): Promise<OpenedReport> {
    return this.#ask({ type: 'open', sockets, localAddress, concurrency: OPEN_CONCURRENCY }, 'opened');
  }

  status(): Promise<HolderStatus> {
    return this.#ask({ type: 'status' }, 'status');
  }

  async close(): Promise<void> {
    if (this.#child.exitCode !== null || !this.#child.connected) return;
    const timer = setTimeout(() => this.#child.kill('SIGKILL'), 30_000);
    await Promise.race([this.#ask({ type: 'close' }, 'closed').catch(() => undefined), this.exited]);
    await this.exited;
    clearTimeout(timer);
  }
}

/**
 * The full cycle over sockets already open: sender `i` sends one-copy
 * envelopes to recipient `i` (on the next node), which acknowledges each push.
 */
function openTransport(
  senders: readonly BenchSocket[],
  recipients: readonly Provisioned[],
  bind: (deliver: (pair: number, payload: Uint8Array) => void) => void,
): Transport {
  return {
    async open(pairs, deliver) {
      bind(deliver);
      return senders.slice(0, pairs).map((s, i): Sender => {
        const to = { accountId: recipients[i]!.accountId, deviceId: recipients[i]!.deviceId };
        let sequence = 0;
        return {
          send: (payload) =>
            s.send([
              {
                sequence: ++sequence,
                destination: to.accountId,
                copies: [{ device: to, ciphertext: payload }],
                transient: false,
              },
            ]),
        };
      });
    },
    async close() {
      // Every send answered (bounded) before the sockets are closed by the scenario.
      for (let i = 0; i < 2000 && sumCounts(senders).pending > 0; i++)
        await new Promise((r) => setTimeout(r, 5));
    },
  };
}

/** Read every node's stats; when `settle`, first wait until each node's RSS holds still (two readings 500 ms apart within 1 %). */
async function nodeStats(nodes: readonly Node[], settle: boolean): Promise<ProbeStats[]> {
  if (settle) {
    let before = await Promise.all(nodes.map((n) => n.server.stats()));
    for (let i = 0; i < 10; i++) {
      await new Promise((r) => setTimeout(r, 500));
      const now = await Promise.all(nodes.map((n) => n.server.stats()));
      const still = now.every((s, k) => Math.abs(s.rssBytes - before[k]!.rssBytes) < 0.01 * s.rssBytes);
      before = now;
      if (still) break;
    }
  }
  for (const n of nodes) await n.server.gc();
  return Promise.all(nodes.map((n) => n.server.stats()));
}

/** Flush every node until the shared queue count reads empty (bounded), then sum the nodes' delivery counts. */
async function clusterCounters(nodes: readonly Node[]): Promise<Record<string, number>> {
  const until = performance.now() + 15_000;
  let counts = await Promise.all(nodes.map((n) => relayCounts(n.client)));
  do {
    for (const n of nodes) await n.client.ok('delivery flush', 'POST', '/test-hooks/v1/delivery/flush');
    counts = await Promise.all(nodes.map((n) => relayCounts(n.client)));
    // `queued` is the count of the shared queue table, read by the node's last flush.
    if (counts.every((c) => c.queued === 0)) break;
    await new Promise((r) => setTimeout(r, 50));
  } while (performance.now() < until);
  const sum = (k: keyof (typeof counts)[0]) => counts.reduce((a, c) => a + c[k], 0);
  let inStorage = 0;
  for (const n of nodes) inStorage += await storageOccurrences(n.client, STAMP_MAGIC);
  return {
    relay_stored: sum('stored'),
    relay_erased: sum('erased'),
    relay_expired: sum('expired'),
    relay_cycles: sum('cycles'),
    queued_after_acks: Math.max(...counts.map((c) => c.queued)),
    ciphertext_in_storage: inStorage,
  };
}

/** Whether PostgreSQL and Redis answer; the reason to skip when they do not. */
async function enginesUnavailable(): Promise<string | undefined> {
  try {
    const c = new pg.Client({ connectionString: `${PG_SERVER}/postgres`, connectionTimeoutMillis: 3000 });
    await c.connect();
    await c.end();
  } catch (e) {
    return `PostgreSQL at ${PG_SERVER} not reachable (${(e as Error).message})`;
  }
  const r = new Redis(REDIS_SERVER, { lazyConnect: true, connectTimeout: 3000, maxRetriesPerRequest: 0 });
  try {
    await r.connect();
    await r.ping();
  } catch (e) {
    return `Redis at ${REDIS_SERVER} not reachable (${(e as Error).message})`;
  } finally {
    r.disconnect();
  }
  return undefined;
}

/** Build the scenario with `o` as its one variant's parameters (tests build a small one). */
export function createClusterScaleScenario(
  o: ClusterScaleOptions = CLUSTER_SCALE_DEFAULTS,
  rates: { rates: number[]; quickRates: number[] } = { rates: [100_000], quickRates: [1000] },
): Scenario {
  return {
    name: 'cluster-scale',
    description: `${o.nodes} relay processes on one PostgreSQL and one Redis holding N authenticated device WebSockets; memory per connection per node, time to connect, full cycle across nodes at ${o.cycleRate}/s`,
    durability:
      'machine-crash-safe on PostgreSQL: a send is answered after its transaction commits (synchronous_commit as the server is configured: on by default)',
    optIn: true,
    kneeByLatency: false,
    // Node start-up, provisioning and connecting: ≈ 160 accounts/s and 10-110 connections/s at load 30.
    setupTimeMs: (n) => 180_000 + 60 * n,
    variants: [{ name: '', parameters: { ...o }, ...rates }],
    prerequisites: enginesUnavailable,
    invariants: [
      ...deliveryInvariants(),
      countersEqual('connections', 'requested', 'every device connection opened'),
      countersEqual('held_after_cycle', 'connections', 'every connection was still open after the cycle'),
      counterIsZero('held_closed', 'no held connection closed while held'),
      counterIsZero('held_pushes', 'no idle device was pushed anything'),
    ],
    async run(options: RunOptions): Promise<RunResult> {
      const n = options.targetRate;
      if (!Number.isInteger(n) || n < 2 * o.pairs)
        throw new RangeError(`cluster-scale needs N ≥ ${2 * o.pairs}`);
      const idleCount = n - 2 * o.pairs;
      const db = await runDatabase();
      const prefix = `deftalk-bench-${randomBytes(6).toString('hex')}:`;
      const bus = `${REDIS_SERVER}?prefix=${encodeURIComponent(prefix)}`;
      const nodes: Node[] = [];
      const holders: Holder[] = [];
      const active: BenchSocket[] = [];
      const artifacts: string[] = [];
      try {
        options.progress(`  starting ${o.nodes} relay nodes on one database`);
        nodes.push(await startNode(options, 0, db.url, bus));
        const first = join(options.workDir, 'node-0');
        nodes.push(
          ...(await Promise.all(
            Array.from({ length: o.nodes - 1 }, (_, i) => startNode(options, i + 1, db.url, bus, first)),
          )),
        );
        const t0 = performance.now();
        const devices = await provision(nodes, n, options);
        const provisionMs = performance.now() - t0;
        options.progress(`  ${n} accounts in ${(provisionMs / 1000).toFixed(1)} s`);
        const base = await nodeStats(nodes, true);

        // Idle sockets: device j on node j mod nodes, holder h gets a contiguous slice (every node in it).
        const idle = devices.slice(2 * o.pairs);
        const perNode = new Array<number>(o.nodes).fill(0);
        const slices: HeldSocket[][] = [];
        for (let h = 0; h * o.connectionsPerHolder < idle.length; h++) slices.push([]);
        idle.forEach((d, j) => {
          slices[Math.floor(j / o.connectionsPerHolder)]!.push({
            url: nodes[j % o.nodes]!.wsUrl,
            token: d.token,
          });
          perNode[j % o.nodes]!++;
        });
        for (let h = 0; h < slices.length; h++) holders.push(new Holder());
        await Promise.all(holders.map((h) => h.ready));
        options.progress(`  ${holders.length} holder processes opening ${idleCount} idle connections`);
        const c0 = performance.now();
        const opened = await Promise.all(
          holders.map((h, i) =>
            // 127.0.0.2, .3, ...: a source address of its own per holder (ports 32768-60999 each).
            h.open(slices[i]!, `127.0.0.${2 + i}`).then((r) => {
              options.progress(
                `  holder ${i}: ${r.opened} open, ${r.failed} failed in ${(r.ms / 1000).toFixed(1)} s`,
              );
              return r;
            }),
          ),
        );
        // The cycle's sockets: sender i on node i mod nodes, its recipient on the next node.
        let deliver: ((pair: number, payload: Uint8Array) => void) | undefined;
        const asDevice = (d: Provisioned): BenchDevice => ({
          ...d,
          sign: () => {
            throw new Error('provisioned devices keep no key');
          },
        });
        const senders: BenchSocket[] = [];
        let activeClosed = 0;
        const recipients = devices.slice(o.pairs, 2 * o.pairs);
        for (let i = 0; i < o.pairs; i++) {
          const r = new BenchSocket(nodes[(i + 1) % o.nodes]!.wsUrl, asDevice(recipients[i]!), (c) =>
            deliver?.(i, c),
          );
          const s = new BenchSocket(nodes[i % o.nodes]!.wsUrl, asDevice(devices[i]!));
          active.push(r, s);
          for (const x of [r, s]) void x.closed.then(() => activeClosed++);
          senders.push(s);
          perNode[(i + 1) % o.nodes]!++;
          perNode[i % o.nodes]!++;
        }
        const activeOpened = (await Promise.allSettled(active.map((s) => s.opened))).filter(
          (x) => x.status === 'fulfilled',
        ).length;
        const connectMs = performance.now() - c0;
        const idleOpened = opened.reduce((a, r) => a + r.opened, 0);
        const connections = idleOpened + activeOpened;
        const failedNote = opened.find((r) => r.firstError)?.firstError;
        options.progress(
          `  ${connections}/${n} connections open in ${(connectMs / 1000).toFixed(1)} s${failedNote ? ` (first failure: ${failedNote})` : ''}`,
        );

        const held = await nodeStats(nodes, true);
        const perConn = held.map((s, k) => ({
          rss: perNode[k]! > 0 ? (s.rssBytes - base[k]!.rssBytes) / perNode[k]! : 0,
          heap:
            perNode[k]! > 0
              ? (s.heapUsedBytes + s.externalBytes - base[k]!.heapUsedBytes - base[k]!.externalBytes) /
                perNode[k]!
              : 0,
        }));
        const rssDelta = held.reduce((a, s, k) => a + s.rssBytes - base[k]!.rssBytes, 0);
        const heapDelta = held.reduce(
          (a, s, k) =>
            a + s.heapUsedBytes + s.externalBytes - base[k]!.heapUsedBytes - base[k]!.externalBytes,
          0,
        );
        options.progress(
          `  per connection: ${perConn.map((p, k) => `node ${k} ${(p.rss / 1024).toFixed(1)} KiB RSS / ${(p.heap / 1024).toFixed(1)} KiB heap`).join('; ')}`,
        );

        let end: ProbeStats[] | undefined;
        const transport = openTransport(senders, recipients, (d) => {
          deliver = d;
        });
        const r = await runOpenLoop(transport, {
          rate: o.cycleRate,
          warmupMs: options.warmupMs,
          durationMs: options.durationMs,
          payloadBytes: o.payloadBytes,
          pairs: o.pairs,
          drainTimeoutMs: 30_000,
          progress: options.progress,
          signal: options.signal,
          onWindowStart: async () => {
            await Promise.all(nodes.map((x) => x.server.mark()));
          },
          onWindowEnd: async () => {
            end = await Promise.all(nodes.map((x) => x.server.stats()));
          },
        });
        const statuses = await Promise.all(holders.map((h) => h.status()));
        const heldAfter = statuses.reduce((a, s) => a + s.open, 0) + activeOpened - activeClosed;
        const sends = sumCounts(senders);
        await Promise.all(active.map((s) => s.close()));
        const relay = await clusterCounters(nodes);
        const { figures, delivered } = openLoopFigures(r, o.cycleRate);
        const notes = [
          `target_rate and achieved_rate are connection counts (achieved: open during the whole cycle); sent_rate is connections opened per second; latencies and generator figures are the full cycle's at ${o.cycleRate}/s across ${o.nodes} nodes; server figures are summed over the nodes (event-loop delay: the worst node)`,
          `memory per connection by node (RSS delta / live heap+buffers after full GC, KiB): ${perConn.map((p, k) => `${k}: ${(p.rss / 1024).toFixed(2)}/${(p.heap / 1024).toFixed(2)}`).join(', ')}`,
        ];
        if (refusals.size > 0) notes.push(`refusals: ${JSON.stringify(Object.fromEntries(refusals))}`);
        refusals.clear();
        if (failedNote) notes.push(`first connection failure: ${failedNote}`);
        figures.target_rate = n;
        figures.achieved_rate = Math.min(connections, heldAfter);
        figures.sent_rate = connectMs > 0 ? (connections * 1000) / connectMs : null;
        if (end) {
          const cpu = end.reduce((a, s) => a + cpuMs(s.cpu), 0);
          figures.server_cpu_ms = cpu;
          figures.server_cpu_us_per_msg = delivered > 0 ? (cpu * 1000) / delivered : null;
          figures.server_rss_mb = end.reduce((a, s) => a + s.rssBytes, 0) / 2 ** 20;
          figures.server_eld_p50_ms = Math.max(...end.map((s) => s.eld.p50));
          figures.server_eld_p99_ms = Math.max(...end.map((s) => s.eld.p99));
          figures.server_eld_max_ms = Math.max(...end.map((s) => s.eld.max));
        }
        const counters: Record<string, number> = {
          ...r.counters,
          unique_delivered: r.counters.sent - r.counters.lost,
          accepted: sends.accepted,
          refused: sends.refused,
          send_errors: sends.errors + sends.pending,
          send_duplicates: sends.duplicates,
          ...relay,
          requested: n,
          nodes: o.nodes,
          holders: holders.length,
          connections,
          connect_failed: n - connections,
          connect_ms: Math.round(connectMs),
          provision_ms: Math.round(provisionMs),
          held_after_cycle: heldAfter,
          held_closed: statuses.reduce((a, s) => a + s.closed, 0),
          held_pushes: statuses.reduce((a, s) => a + s.pushes, 0),
          rss_bytes_per_connection: Math.round(rssDelta / Math.max(1, connections)),
          heap_bytes_per_connection: Math.round(heapDelta / Math.max(1, connections)),
          cycle_target_rate: o.cycleRate,
          cycle_achieved_rate: r.achievedRate,
        };
        perConn.forEach((p, k) => {
          counters[`node${k}_connections`] = perNode[k]!;
          counters[`node${k}_rss_bytes_per_connection`] = Math.round(p.rss);
          counters[`node${k}_heap_bytes_per_connection`] = Math.round(p.heap);
          counters[`node${k}_rss_bytes`] = held[k]!.rssBytes;
        });
        return { figures, counters, notes, artifacts };
      } finally {
        await Promise.all(active.map((s) => s.close()));
        await Promise.all(holders.map((h) => h.close()));
        for (const x of nodes) artifacts.push(...(await x.server.stop()).artifacts);
        await db.drop();
        await dropPrefix(prefix);
      }
    },
  };
}

/** The `cluster-scale` scenario: opt-in (`--scenario cluster-scale`), 100 000 connections on six nodes. */
export const clusterScale: Scenario = createClusterScaleScenario();
