/**
 * @module
 * Internal: one HTTP run (issue 8 item 2b), shared by `fastify-hello` and
 * `relay-healthz` so both see exactly the same generator settings. The server
 * runs in its own process; the generator runs in the bench process over
 * {@link HTTP_CONNECTIONS} connections: autocannon at a fixed overall rate
 * ({@link runHttp}), or the bench's own open-loop generator
 * ({@link runHttpOpenLoop}).
 *
 * Caveat, recorded with every run: autocannon's rate mode is a per-connection
 * quota per second, not a constant arrival rate, and its latency is measured
 * from the moment a request is written (its coordinated-omission "correction"
 * assumes a 1 ms interval). Latencies here are therefore service times under
 * bursty load, not open-loop latencies from the intended send time.
 */
import { connect as netConnect, type Socket } from 'node:net';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import * as hdr from 'hdr-histogram-js';
import { runOpenLoop, type Sender, STAMP_BYTES, type Transport } from '../load/open-loop.ts';
import {
  emptyFigures,
  type Invariant,
  openLoopFigures,
  type RunOptions,
  type RunResult,
} from '../scenario.ts';
import { cpuMs, fillServerFigures, type ServerProcess } from '../server-process.ts';

/** Connections autocannon opens, as in the machine facts of performance.md. */
export const HTTP_CONNECTIONS = 100;

/** The caveat recorded with every autocannon run. */
export const AUTOCANNON_NOTE =
  'autocannon rate mode: per-connection quota per second (bursty), latency from request write, not from the intended send time';

/** What to request. */
export interface HttpRequestSpec {
  readonly path: string;
  readonly method: 'GET' | 'POST';
  readonly body?: string;
  readonly headers?: Record<string, string>;
  /** Exact body every response must carry; a different one counts as a mismatch. */
  readonly expectBody: string;
}

/** Load `server` with `spec` at `options.targetRate` (warm-up, then the measured window). */
export async function runHttp(
  server: ServerProcess,
  spec: HttpRequestSpec,
  options: RunOptions,
): Promise<RunResult> {
  const base = {
    url: new URL(spec.path, server.url).toString(),
    method: spec.method,
    connections: HTTP_CONNECTIONS,
    overallRate: options.targetRate,
    expectBody: spec.expectBody,
    timeout: 10,
    ...(spec.body !== undefined ? { body: spec.body } : {}),
    ...(spec.headers ? { headers: spec.headers } : {}),
  };
  if (options.warmupMs > 0) {
    options.progress(`  warm-up ${options.warmupMs} ms`);
    await autocannon({ ...base, duration: options.warmupMs / 1000 });
  }
  if (options.signal.aborted) throw new Error('run aborted');

  const histogram = hdr.build({
    lowestDiscernibleValue: 1,
    highestTrackableValue: 600_000_000,
    numberOfSignificantValueDigits: 3,
    useWebAssembly: false,
  });
  const eld = monitorEventLoopDelay({ resolution: 10 });
  try {
    let ok = 0;
    await server.mark();
    eld.enable();
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const instance = autocannon({ ...base, duration: options.durationMs / 1000 });
    instance.on('response', (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
      if (statusCode >= 200 && statusCode < 300) ok++;
      histogram.recordValue(Math.max(1, Math.round(responseTime * 1000)));
    });
    const onAbort = () => instance.stop();
    options.signal.addEventListener('abort', onAbort, { once: true });
    const result = await instance;
    options.signal.removeEventListener('abort', onAbort);
    const elapsedS = (performance.now() - t0) / 1000;
    const genCpu = cpuMs(process.cpuUsage(cpu0));
    eld.disable();
    const stats = await server.stats();
    const figures = emptyFigures();
    figures.target_rate = options.targetRate;
    figures.sent_rate = result.requests.sent / elapsedS;
    figures.achieved_rate = ok / elapsedS;
    figures.latency_p50_ms = histogram.getValueAtPercentile(50) / 1000;
    figures.latency_p99_ms = histogram.getValueAtPercentile(99) / 1000;
    figures.latency_p999_ms = histogram.getValueAtPercentile(99.9) / 1000;
    figures.latency_max_ms = histogram.maxValue / 1000;
    const windowNotes = fillServerFigures(figures, stats, ok, elapsedS * 1000);
    figures.generator_cpu_ms = genCpu;
    figures.generator_cpu_us_per_msg = ok > 0 ? (genCpu * 1000) / ok : null;
    figures.generator_eld_p99_ms = (eld.percentile(99) || 0) / 1e6;
    const artifacts: string[] = [];
    const snap = await server.heapSnapshot();
    if (snap) artifacts.push(snap);
    return {
      figures,
      counters: {
        responses_2xx: ok,
        errors: result.errors,
        timeouts: result.timeouts,
        mismatches: result.mismatches,
        non2xx: result.non2xx,
      },
      notes: [AUTOCANNON_NOTE, ...windowNotes],
      artifacts,
    };
  } finally {
    eld.disable();
    histogram.destroy();
  }
}

/**
 * A {@link Transport} over raw HTTP/1.1 keep-alive connections, one per
 * "pair", for the open-loop generator: each payload becomes one request,
 * written at its intended time (pipelined behind unanswered ones, as wrk2
 * would queue it), and is handed back as delivered when its response arrives.
 * So HTTP gets the same constant arrival rate and latency-from-intended-time
 * as the message scenarios. Responses are checked for a 2xx status and the
 * exact expected body.
 */
export function httpOpenLoopTransport(
  baseUrl: string,
  spec: HttpRequestSpec,
): Transport & { counters: { non2xx: number; mismatches: number; errors: number } } {
  const url = new URL(spec.path, baseUrl);
  const body = spec.body === undefined ? Buffer.alloc(0) : Buffer.from(spec.body);
  const head =
    `${spec.method} ${url.pathname} HTTP/1.1\r\nHost: ${url.host}\r\n` +
    Object.entries(spec.headers ?? {})
      .map(([k, v]) => `${k}: ${v}\r\n`)
      .join('') +
    (spec.method === 'POST' ? `Content-Length: ${body.length}\r\n` : '') +
    '\r\n';
  const request = Buffer.concat([Buffer.from(head, 'latin1'), body]);
  const expected = Buffer.from(spec.expectBody);
  const counters = { non2xx: 0, mismatches: 0, errors: 0 };
  const sockets: Socket[] = [];
  return {
    counters,
    async open(pairs, deliver) {
      const senders: Sender[] = [];
      for (let i = 0; i < pairs; i++) {
        const socket = await new Promise<Socket>((resolve, reject) => {
          const s = netConnect({ host: url.hostname, port: Number(url.port) }, () => resolve(s));
          s.once('error', reject);
        });
        socket.setNoDelay(true);
        sockets.push(socket);
        const waiting: Buffer[] = [];
        let buf: Buffer = Buffer.alloc(0);
        socket.on('error', () => counters.errors++);
        socket.on('data', (chunk: Buffer) => {
          buf = buf.length === 0 ? chunk : Buffer.concat([buf, chunk]);
          for (;;) {
            const end = buf.indexOf('\r\n\r\n');
            if (end < 0) return;
            const headers = buf.subarray(0, end).toString('latin1');
            const len = /\r\ncontent-length:\s*(\d+)/i.exec(headers);
            if (!len) {
              // Only Content-Length framing is expected from these servers.
              counters.errors++;
              socket.destroy();
              return;
            }
            const total = end + 4 + Number(len[1]);
            if (buf.length < total) return;
            const status = Number(headers.slice(9, 12));
            if (status < 200 || status > 299) counters.non2xx++;
            else if (!buf.subarray(end + 4, total).equals(expected)) counters.mismatches++;
            buf = buf.subarray(total);
            const payload = waiting.shift();
            if (payload) deliver(i, payload);
            else counters.errors++;
          }
        });
        senders.push({
          send(payload) {
            waiting.push(payload);
            socket.write(request);
          },
        });
      }
      return senders;
    },
    async close() {
      for (const s of sockets) s.destroy();
    },
  };
}

/** Load `server` with `spec` through {@link httpOpenLoopTransport} at `options.targetRate`. */
export async function runHttpOpenLoop(
  server: ServerProcess,
  spec: HttpRequestSpec,
  options: RunOptions,
): Promise<RunResult> {
  const transport = httpOpenLoopTransport(server.url, spec);
  let end: Awaited<ReturnType<ServerProcess['stats']>> | undefined;
  const artifacts: string[] = [];
  const r = await runOpenLoop(transport, {
    rate: options.targetRate,
    warmupMs: options.warmupMs,
    durationMs: options.durationMs,
    payloadBytes: STAMP_BYTES,
    pairs: Number(options.variant.parameters.connections),
    progress: options.progress,
    signal: options.signal,
    onWindowStart: () => server.mark(),
    onWindowEnd: async () => {
      end = await server.stats();
      const snap = await server.heapSnapshot();
      if (snap) artifacts.push(snap);
    },
  });
  const { figures, delivered: done } = openLoopFigures(r, options.targetRate);
  const windowNotes = end ? fillServerFigures(figures, end, done, r.windowMs) : [];
  return {
    figures,
    counters: {
      ...r.counters,
      unique_delivered: r.counters.sent - r.counters.lost,
      responses_2xx: r.counters.delivered - transport.counters.non2xx,
      timeouts: 0,
      ...transport.counters,
    },
    notes: [
      'open-loop HTTP/1.1 generator: constant arrival rate, pipelined keep-alive connections, latency from the intended send time',
      ...windowNotes,
    ],
    artifacts,
  };
}

/** Invariant of open-loop HTTP runs (autocannon runs report no `sent` and are not subject to it). */
export const EVERY_REQUEST_ANSWERED: Invariant = {
  id: 'every-request-answered',
  description: 'open-loop runs: every request sent was answered exactly once',
  check(r) {
    const sent = r.counters.sent;
    if (sent === undefined) return undefined;
    if (r.counters.unique_delivered !== sent)
      return `sent ${sent} requests, ${r.counters.unique_delivered} answered`;
    if (r.counters.duplicates !== 0) return `${r.counters.duplicates} extra responses`;
    return undefined;
  },
};
