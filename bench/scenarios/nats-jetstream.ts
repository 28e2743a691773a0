/**
 * @module
 * Scenario `nats-jetstream` (issue 8 item 2c): a JetStream work-queue stream
 * on the nats-server at 127.0.0.1:4222 (not started by the bench), loaded by
 * the same open-loop generator as `ws-forwarder`: acknowledged publishes (at
 * most {@link MAX_IN_FLIGHT} in flight) into one subject per pair, and one
 * durable pull consumer acknowledging every message. Latency runs from the
 * intended publish time to the consumer's receipt. The stream is created per
 * run and deleted afterwards.
 *
 * The NATS client is imported dynamically: `@nats-io/transport-node` with
 * `@nats-io/jetstream` (nats.js v3), or else `nats` (v2). When neither is
 * installed, or no JetStream server answers, the scenario is skipped with the
 * reason recorded.
 */
import { randomBytes } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { connect as tcpConnect } from 'node:net';
import { runOpenLoop, type Sender, type Transport } from '../load/open-loop.ts';
import { counterAtLeast, counterIsZero, countersEqual, openLoopFigures, type Scenario } from '../scenario.ts';

/** Where the nats-server of this machine listens. */
export const NATS_HOST = '127.0.0.1';
/** Port of the nats-server; `DEFTALK_BENCH_NATS_PORT` moves it (the bench test points it at a closed port). */
export const NATS_PORT = Number(process.env.DEFTALK_BENCH_NATS_PORT) || 4222;
/** Acknowledged publishes outstanding at once; more wait in the generator, and that wait counts as latency. */
export const MAX_IN_FLIGHT = 256;
const PAIRS = 10;

// Minimal shapes of the nats.js API used here (identical in v2 and v3).
interface JsMsg {
  subject: string;
  data: Uint8Array;
  ack(): void;
}
interface ConsumerMessages extends AsyncIterable<JsMsg> {
  stop(): void;
}
interface NatsConnection {
  info?: { version?: string };
  close(): Promise<void>;
}
interface JetStreamClient {
  publish(subject: string, data: Uint8Array): Promise<unknown>;
  consumers: {
    get(
      stream: string,
      name: string,
    ): Promise<{ consume(o: { max_messages: number }): Promise<ConsumerMessages> }>;
  };
}
interface JetStreamManager {
  streams: {
    add(cfg: Record<string, unknown>): Promise<unknown>;
    info(name: string): Promise<{ state: { messages: number } }>;
    delete(name: string): Promise<unknown>;
  };
  consumers: { add(stream: string, cfg: Record<string, unknown>): Promise<unknown> };
}
interface NatsApi {
  client: string;
  connect(opts: { servers: string }): Promise<NatsConnection>;
  jetstream(nc: NatsConnection): JetStreamClient;
  jetstreamManager(nc: NatsConnection): Promise<JetStreamManager>;
}

// A variable specifier keeps the type checker from requiring the optional packages.
const importOptional = (specifier: string): Promise<Record<string, unknown>> => import(specifier);

/** Load whichever NATS client is installed, or undefined. */
export async function loadNatsClient(): Promise<NatsApi | undefined> {
  try {
    const transport = await importOptional('@nats-io/transport-node');
    const js = await importOptional('@nats-io/jetstream');
    return {
      client: '@nats-io/transport-node + @nats-io/jetstream',
      connect: transport.connect as NatsApi['connect'],
      jetstream: js.jetstream as NatsApi['jetstream'],
      jetstreamManager: js.jetstreamManager as NatsApi['jetstreamManager'],
    };
  } catch {
    // fall through to the v2 package
  }
  try {
    const nats = await importOptional('nats');
    return {
      client: 'nats',
      connect: nats.connect as NatsApi['connect'],
      jetstream: (nc) => (nc as unknown as { jetstream(): JetStreamClient }).jetstream(),
      jetstreamManager: (nc) =>
        (nc as unknown as { jetstreamManager(): Promise<JetStreamManager> }).jetstreamManager(),
    };
  } catch {
    return undefined;
  }
}

/** The INFO line of the server at host:port, or a reason it could not be read. */
export function natsServerInfo(
  host = NATS_HOST,
  port = NATS_PORT,
): Promise<Record<string, unknown> | string> {
  return new Promise((resolve) => {
    const socket = tcpConnect({ host, port });
    let buf = '';
    const done = (v: Record<string, unknown> | string) => {
      socket.destroy();
      resolve(v);
    };
    socket.setTimeout(2000, () => done(`no answer from nats-server on ${host}:${port} within 2 s`));
    socket.on('error', (e: NodeJS.ErrnoException) =>
      done(`no nats-server on ${host}:${port} (${e.code ?? e.message})`),
    );
    socket.on('data', (d) => {
      buf += d.toString('utf8');
      const end = buf.indexOf('\r\n');
      if (end < 0) return;
      const line = buf.slice(0, end);
      if (!line.startsWith('INFO ')) return done(`unexpected greeting from ${host}:${port}`);
      try {
        done(JSON.parse(line.slice(5)) as Record<string, unknown>);
      } catch {
        done(`unreadable INFO from ${host}:${port}`);
      }
    });
  });
}

/** CPU ticks and RSS of the local nats-server process, read from /proc; undefined when not found. */
async function natsServerProc(): Promise<{ pid: number } | undefined> {
  for (const entry of await readdir('/proc').catch(() => [] as string[])) {
    if (!/^\d+$/.test(entry)) continue;
    const comm = await readFile(`/proc/${entry}/comm`, 'utf8').catch(() => '');
    if (comm.trim() === 'nats-server') return { pid: Number(entry) };
  }
  return undefined;
}

/** utime+stime of `pid` in milliseconds (Linux clock ticks of 10 ms) and its VmRSS in bytes. */
async function procUsage(pid: number): Promise<{ cpuMs: number; rssBytes: number } | undefined> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    // Fields after the parenthesised command name; utime and stime are fields 14 and 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const rssKb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    return { cpuMs: ticks * 10, rssBytes: rssKb * 1024 };
  } catch {
    return undefined;
  }
}

/** The `nats-jetstream` baseline. */
export const natsJetstream: Scenario = {
  name: 'nats-jetstream',
  description: `NATS JetStream work queue on ${NATS_HOST}:${NATS_PORT}: acked publish (≤${MAX_IN_FLIGHT} in flight) and a durable pull consumer with acks, ${PAIRS} subjects`,
  durability:
    'JetStream file store with the server default sync interval (2 min on 2.9): process-crash-safe, not machine-crash-safe',
  variants: [
    {
      name: '200B',
      parameters: { payloadBytes: 200, pairs: PAIRS, maxInFlight: MAX_IN_FLIGHT },
      rates: [1000, 2500, 5000, 10_000, 20_000, 40_000, 60_000],
      quickRates: [500],
    },
  ],
  invariants: [
    counterAtLeast('sent', 1, 'the run offered some load'),
    countersEqual('published_acked', 'sent', 'every publish was acknowledged by the stream'),
    counterIsZero('publish_errors', 'no publish failed'),
    countersEqual('unique_delivered', 'sent', 'every published message was consumed'),
    counterIsZero('duplicates', 'no message was consumed twice'),
    counterIsZero('misrouted', 'every message arrived on its own subject'),
    counterIsZero('corrupt', 'every message arrived intact'),
    counterIsZero('stream_messages_left', 'the work queue was empty after the run'),
  ],
  async prerequisites() {
    if (!(await loadNatsClient())) return 'nats client package not installed';
    const info = await natsServerInfo();
    if (typeof info === 'string') return info;
    if (info.jetstream !== true) return `nats-server on ${NATS_HOST}:${NATS_PORT} has JetStream disabled`;
    return undefined;
  },
  async run(options) {
    const api = await loadNatsClient();
    if (!api) throw new Error('nats client package not installed');
    const payloadBytes = Number(options.variant.parameters.payloadBytes);
    const pairs = Number(options.variant.parameters.pairs);
    const tag = randomBytes(6).toString('hex');
    const stream = `DEFTALK_BENCH_${tag}`;
    const prefix = `deftalkbench.${tag}`;
    const nc = await api.connect({ servers: `${NATS_HOST}:${NATS_PORT}` });
    const jsm = await api.jetstreamManager(nc);
    const js = api.jetstream(nc);
    const proc = await natsServerProc();
    const counters = { published_acked: 0, publish_errors: 0, stream_messages_left: -1 };
    let consumerLoop: Promise<void> = Promise.resolve();
    let messages: ConsumerMessages | undefined;
    let inFlight = 0;
    const waiting: Array<{ subject: string; data: Buffer }> = [];
    let publishesSettled: (() => void) | undefined;
    const publish = (subject: string, data: Buffer) => {
      inFlight++;
      js.publish(subject, data)
        .then(
          () => counters.published_acked++,
          () => counters.publish_errors++,
        )
        .finally(() => {
          inFlight--;
          const next = waiting.shift();
          if (next) publish(next.subject, next.data);
          else if (inFlight === 0) publishesSettled?.();
        });
    };
    const transport: Transport = {
      async open(n, deliver) {
        await jsm.streams.add({
          name: stream,
          subjects: [`${prefix}.>`],
          retention: 'workqueue',
          storage: 'file',
        });
        await jsm.consumers.add(stream, { durable_name: 'bench', ack_policy: 'explicit' });
        const consumer = await js.consumers.get(stream, 'bench');
        messages = await consumer.consume({ max_messages: 1024 });
        const iter = messages;
        consumerLoop = (async () => {
          for await (const m of iter) {
            deliver(Number(m.subject.slice(prefix.length + 1)), m.data);
            m.ack();
          }
        })();
        const senders: Sender[] = [];
        for (let i = 0; i < n; i++) {
          const subject = `${prefix}.${i}`;
          senders.push({
            send(p) {
              if (inFlight < MAX_IN_FLIGHT) publish(subject, p);
              else waiting.push({ subject, data: p });
            },
          });
        }
        return senders;
      },
      async close() {
        if (inFlight > 0) await new Promise<void>((r) => (publishesSettled = r));
        // Acks are asynchronous: give the stream a moment to drop acknowledged messages.
        for (let i = 0; i < 50; i++) {
          counters.stream_messages_left = (await jsm.streams.info(stream)).state.messages;
          if (counters.stream_messages_left === 0) break;
          await new Promise((r) => setTimeout(r, 100));
        }
        messages?.stop();
        await consumerLoop.catch(() => undefined);
      },
    };
    let start: { cpuMs: number; rssBytes: number } | undefined;
    let end: { cpuMs: number; rssBytes: number } | undefined;
    try {
      const r = await runOpenLoop(transport, {
        rate: options.targetRate,
        warmupMs: options.warmupMs,
        durationMs: options.durationMs,
        payloadBytes,
        pairs,
        progress: options.progress,
        signal: options.signal,
        onWindowStart: async () => {
          start = proc ? await procUsage(proc.pid) : undefined;
        },
        onWindowEnd: async () => {
          end = proc ? await procUsage(proc.pid) : undefined;
        },
      });
      const { figures, delivered } = openLoopFigures(r, options.targetRate);
      if (start && end) {
        figures.server_cpu_ms = end.cpuMs - start.cpuMs;
        figures.server_cpu_us_per_msg = delivered > 0 ? ((end.cpuMs - start.cpuMs) * 1000) / delivered : null;
        figures.server_rss_mb = end.rssBytes / 2 ** 20;
      }
      return {
        figures,
        counters: { ...r.counters, ...counters, unique_delivered: r.counters.sent - r.counters.lost },
        notes: [
          `client: ${api.client}`,
          `nats-server ${nc.info?.version ?? 'unknown version'} (shared, not restarted per run; CPU and RSS from /proc, 10 ms ticks)`,
        ],
      };
    } finally {
      await jsm.streams.delete(stream).catch(() => undefined);
      await nc.close();
    }
  },
};
