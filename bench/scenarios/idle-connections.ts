/**
 * @module
 * Scenario `idle-connections` (issue 8 item 1e): memory per connected,
 * authenticated device. Registers N accounts, reads the relay's RSS,
 * opens one device WebSocket per account (token checked at the upgrade,
 * push stream started), waits until the relay's RSS settles, and reports
 * the RSS delta divided by N. Target of issue 8: at most 8 KiB per idle
 * connection.
 *
 * The "rate" of a step is N, the number of connections (one process holds
 * at most 20 000 open files, the bench's client side included), and
 * `achieved_rate` is the connections that opened; no latency is measured.
 * RSS includes whatever the garbage collector has not returned, so the
 * figure is an upper bound; the exact bytes are in the counters.
 */
import { performance } from 'node:perf_hooks';
import {
  counterAtLeast,
  countersEqual,
  emptyFigures,
  type RunOptions,
  type RunResult,
  type Scenario,
} from '../scenario.ts';
import { BenchSocket, registerDevices, startBenchRelay } from './full-cycle-relay.ts';

/** Connections opened at a time. */
const OPEN_CONCURRENCY = 100;

/** The `idle-connections` scenario. */
export const idleConnections: Scenario = {
  name: 'idle-connections',
  description: 'relay RSS per connected, authenticated, idle device WebSocket (RSS delta / N)',
  durability: 'not applicable: nothing is stored',
  kneeByLatency: false,
  // Registration of N accounts (and, for the storm, queueing) before the load.
  setupTimeMs: (n) => 100 * n,
  variants: [{ name: '', parameters: { accountsPerConnection: 1 }, rates: [1000], quickRates: [100] }],
  invariants: [
    counterAtLeast('connections', 1, 'the run connected some devices'),
    countersEqual('connections', 'requested', 'every device connected'),
  ],
  async run(options: RunOptions): Promise<RunResult> {
    const n = options.targetRate;
    const relay = await startBenchRelay(options);
    const sockets: BenchSocket[] = [];
    const artifacts: string[] = [];
    try {
      const devices = await registerDevices(relay.client, n, options.progress);
      // Let registration garbage settle before the baseline.
      await new Promise((r) => setTimeout(r, 1000));
      await relay.server.mark();
      await relay.server.gc();
      const base = await relay.server.stats();
      const before = base.rssBytes;
      const t0 = performance.now();
      let opened = 0;
      for (let i = 0; i < n; i += OPEN_CONCURRENCY) {
        if (options.signal.aborted) throw new Error('run aborted');
        const batch = devices.slice(i, i + OPEN_CONCURRENCY).map((d) => new BenchSocket(relay.wsUrl, d));
        sockets.push(...batch);
        const r = await Promise.allSettled(batch.map((s) => s.opened));
        opened += r.filter((x) => x.status === 'fulfilled').length;
      }
      const openMs = performance.now() - t0;
      // Idle: wait until two RSS readings 500 ms apart agree within 1 %.
      let after = (await relay.server.stats()).rssBytes;
      for (let i = 0; i < 10; i++) {
        await new Promise((r) => setTimeout(r, 500));
        const now = (await relay.server.stats()).rssBytes;
        const settled = Math.abs(now - after) < 0.01 * after;
        after = now;
        if (settled) break;
      }
      await relay.server.gc();
      const stats = await relay.server.stats();
      // Live JavaScript objects and buffers only, after full collections: no garbage, no free heap pages.
      const liveDelta = stats.heapUsedBytes + stats.externalBytes - (base.heapUsedBytes + base.externalBytes);
      const livePerConnection = opened > 0 ? liveDelta / opened : 0;
      const snap = await relay.server.heapSnapshot();
      if (snap) artifacts.push(snap);
      const perConnection = opened > 0 ? (after - before) / opened : 0;
      options.progress(
        `  ${opened} connections: RSS ${(before / 2 ** 20).toFixed(1)} -> ${(after / 2 ** 20).toFixed(1)} MiB, ${(perConnection / 1024).toFixed(2)} KiB per connection (live heap ${(livePerConnection / 1024).toFixed(2)} KiB)`,
      );
      const figures = emptyFigures();
      figures.target_rate = n;
      figures.achieved_rate = opened;
      figures.sent_rate = openMs > 0 ? (opened * 1000) / openMs : null;
      figures.server_rss_mb = after / 2 ** 20;
      figures.server_cpu_ms = (stats.cpu.user + stats.cpu.system) / 1000;
      figures.server_eld_p50_ms = stats.eld.p50;
      figures.server_eld_p99_ms = stats.eld.p99;
      figures.server_eld_max_ms = stats.eld.max;
      return {
        figures,
        counters: {
          requested: n,
          connections: opened,
          rss_before_bytes: before,
          rss_after_bytes: after,
          rss_bytes_per_connection: Math.round(perConnection),
          heap_bytes_per_connection: Math.round(livePerConnection),
        },
        notes: [
          `target_rate and achieved_rate are connection counts; sent_rate is connections opened per second; ${(perConnection / 1024).toFixed(2)} KiB RSS per idle connection; ${(livePerConnection / 1024).toFixed(2)} KiB of live JavaScript heap and buffers per connection after full collections (heap_bytes_per_connection; native socket state and kernel buffers not included)`,
        ],
        artifacts,
      };
    } finally {
      await Promise.all(sockets.map((s) => s.close()));
      const stopped = await relay.server.stop();
      artifacts.push(...stopped.artifacts);
    }
  },
};
