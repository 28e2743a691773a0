/**
 * @module
 * Internal: one HTTP run under autocannon (issue 8 item 2b), shared by
 * `fastify-hello` and `relay-healthz` so both see exactly the same generator
 * settings. The server runs in its own process; autocannon runs in the bench
 * process at a fixed overall rate over {@link HTTP_CONNECTIONS} connections.
 *
 * Caveat, recorded with every run: autocannon's rate mode is a per-connection
 * quota per second, not a constant arrival rate, and its latency is measured
 * from the moment a request is written (its coordinated-omission "correction"
 * assumes a 1 ms interval). Latencies here are therefore service times under
 * bursty load, not open-loop latencies from the intended send time.
 */
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import * as hdr from 'hdr-histogram-js';
import { emptyFigures, type RunOptions, type RunResult } from '../scenario.ts';
import { cpuMs, type ServerProcess } from '../server-process.ts';

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
    figures.server_cpu_ms = cpuMs(stats.cpu);
    figures.server_cpu_us_per_msg = ok > 0 ? (cpuMs(stats.cpu) * 1000) / ok : null;
    figures.generator_cpu_ms = genCpu;
    figures.generator_cpu_us_per_msg = ok > 0 ? (genCpu * 1000) / ok : null;
    figures.server_rss_mb = stats.rssBytes / 2 ** 20;
    figures.server_eld_p50_ms = stats.eld.p50;
    figures.server_eld_p99_ms = stats.eld.p99;
    figures.server_eld_max_ms = stats.eld.max;
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
      notes: [AUTOCANNON_NOTE],
      artifacts,
    };
  } finally {
    eld.disable();
    histogram.destroy();
  }
}
