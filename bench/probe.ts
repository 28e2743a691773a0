/**
 * @module
 * The server probe (bench/README.md §Method). Preloaded with `--import` into
 * every Node server process under test, so the process reports its own CPU
 * time, resident memory and event-loop delay over the IPC channel the runner
 * opened, without the server's code knowing about the bench.
 *
 * Messages from the runner: `bench:mark` starts a measurement window (resets
 * the event-loop histogram and the CPU baseline); `bench:stats` answers with
 * the figures since the mark; `bench:gc` runs a full garbage collection
 * (servers start with `--expose-gc`) and answers `bench:gc-done`. Servers that count what they do publish their
 * counters in `globalThis[Symbol.for('deftalk.bench.counters')]`, and the probe
 * passes them on.
 */
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';

/** Where a server under test may publish counters for the probe (a plain record of numbers). */
export const COUNTERS = Symbol.for('deftalk.bench.counters');

/** What the probe answers to `bench:stats`. */
export interface ProbeStats {
  type: 'bench:stats';
  /** CPU microseconds since the mark, as process.cpuUsage reports them. */
  cpu: { user: number; system: number };
  rssBytes: number;
  /** V8 heap in use and memory of C++ objects bound to JavaScript (buffers), as process.memoryUsage reports them. */
  heapUsedBytes: number;
  externalBytes: number;
  /** Milliseconds since the mark: under overload the mark itself can arrive late. */
  sinceMarkMs: number;
  /** Event-loop delay since the mark, milliseconds. */
  eld: { p50: number; p99: number; max: number };
  counters: Record<string, number>;
}

const send = process.send?.bind(process);
if (send) {
  // 10 ms resolution keeps the sampling timer's own cost negligible while
  // still catching the stalls that matter to a p99 in milliseconds.
  const eld = monitorEventLoopDelay({ resolution: 10 });
  eld.enable();
  let base = process.cpuUsage();
  let markedAt = performance.now();
  process.on('message', (m: unknown) => {
    const type = (m as { type?: unknown } | null)?.type;
    if (type === 'bench:mark') {
      eld.reset();
      base = process.cpuUsage();
      markedAt = performance.now();
      send({ type: 'bench:marked' });
    } else if (type === 'bench:stats') {
      const counters = (globalThis as Record<symbol, unknown>)[COUNTERS];
      const stats: ProbeStats = {
        type: 'bench:stats',
        cpu: process.cpuUsage(base),
        rssBytes: process.memoryUsage.rss(),
        heapUsedBytes: process.memoryUsage().heapUsed,
        externalBytes: process.memoryUsage().external,
        sinceMarkMs: performance.now() - markedAt,
        // The histogram is in nanoseconds; an empty one reports NaN/0, sent as 0.
        eld: {
          p50: (eld.percentile(50) || 0) / 1e6,
          p99: (eld.percentile(99) || 0) / 1e6,
          max: (eld.max || 0) / 1e6,
        },
        counters: counters && typeof counters === 'object' ? { ...(counters as Record<string, number>) } : {},
      };
      send(stats);
    } else if (type === 'bench:gc') {
      // A full collection (the server runs with --expose-gc), so heap figures count live objects only.
      (globalThis as { gc?: () => void }).gc?.();
      send({ type: 'bench:gc-done' });
    }
  });
}
