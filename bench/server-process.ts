/**
 * @module
 * A server under test in its own process (bench/README.md §Method). Starts a
 * Node script with the {@link module:bench/probe} preloaded, waits for the line
 * that says where it listens, and then lets the runner mark the measurement
 * window, read the server's own CPU, memory and event-loop figures, take a heap
 * snapshot, and stop it so that a CPU profile is written.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { ProbeStats } from './probe.ts';
import type { Figures } from './scenario.ts';

/** Root of the repository (the bench is run from any working directory). */
export const REPO_ROOT = resolve(import.meta.dirname, '..');

const PROBE = join(import.meta.dirname, 'probe.ts');

/** How to start a server under test. */
export interface ServerProcessOptions {
  /** Script to run, absolute path (.ts runs through tsx, which the probe needs anyway). */
  readonly script: string;
  readonly args: readonly string[];
  /** The output line announcing readiness; the first capture group is the URL to load. */
  readonly ready: { readonly stream: 'stdout' | 'stderr'; readonly pattern: RegExp };
  readonly cpuProfileDir?: string | undefined;
  readonly heapSnapshotDir?: string | undefined;
  readonly env?: Readonly<Record<string, string>>;
  /** Milliseconds to wait for the ready line; default 20 000 (tsx compiles on first start). */
  readonly startTimeoutMs?: number;
}

/** A started server under test. */
export interface ServerProcess {
  readonly pid: number;
  /** What the ready line announced. */
  readonly url: string;
  /** Start the measurement window in the server: reset its CPU baseline and event-loop histogram. */
  mark(): Promise<void>;
  /** The server's figures since the last mark. */
  stats(): Promise<ProbeStats>;
  /** Run a full garbage collection in the server (it runs with --expose-gc). */
  gc(): Promise<void>;
  /** Write a heap snapshot into `heapSnapshotDir` and resolve with its path (undefined when not configured). */
  heapSnapshot(): Promise<string | undefined>;
  /** SIGTERM, wait for exit (a CPU profile is written on a clean exit), SIGKILL after 10 s. Idempotent. */
  stop(): Promise<{ code: number | null; signal: NodeJS.Signals | null; artifacts: string[] }>;
}

/** Start `options.script` and resolve once it has announced its URL. */
export async function startServerProcess(options: ServerProcessOptions): Promise<ServerProcess> {
  const execArgv = ['--import', 'tsx', '--import', PROBE, '--expose-gc'];
  if (options.cpuProfileDir) execArgv.push('--cpu-prof', `--cpu-prof-dir=${options.cpuProfileDir}`);
  if (options.heapSnapshotDir) {
    execArgv.push('--heapsnapshot-signal=SIGUSR2', `--diagnostic-dir=${options.heapSnapshotDir}`);
  }
  const child: ChildProcess = fork(options.script, [...options.args], {
    cwd: REPO_ROOT,
    execArgv,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((res) =>
    child.once('exit', (code, signal) => res({ code, signal })),
  );
  let tail = '';
  const keepTail = (line: string) => {
    tail = (tail + line + '\n').slice(-2000);
  };
  const readyStream = options.ready.stream === 'stdout' ? child.stdout! : child.stderr!;
  const otherStream = options.ready.stream === 'stdout' ? child.stderr! : child.stdout!;
  // Keep the other stream flowing so the server never blocks on a full pipe.
  otherStream.on('data', (d: Buffer) => keepTail(d.toString('utf8').slice(-500)));
  const url = await new Promise<string>((res, rej) => {
    const timer = setTimeout(
      () =>
        rej(
          new Error(
            `server did not announce readiness within ${options.startTimeoutMs ?? 20_000} ms\n${tail}`,
          ),
        ),
      options.startTimeoutMs ?? 20_000,
    );
    const lines = createInterface({ input: readyStream });
    lines.on('line', (line) => {
      keepTail(line);
      const m = options.ready.pattern.exec(line);
      if (m?.[1]) {
        clearTimeout(timer);
        res(m[1]);
      }
    });
    void exited.then(({ code, signal }) => {
      clearTimeout(timer);
      rej(new Error(`server exited before it was ready (code ${code}, signal ${signal})\n${tail}`));
    });
  }).catch((e: unknown) => {
    child.kill('SIGKILL');
    throw e;
  });

  const waiters = new Map<string, Array<(m: unknown) => void>>();
  child.on('message', (m: unknown) => {
    const type = (m as { type?: unknown } | null)?.type;
    if (typeof type !== 'string') return;
    const queue = waiters.get(type);
    queue?.shift()?.(m);
  });
  const request = <T>(type: string, replyType: string): Promise<T> =>
    new Promise<T>((res, rej) => {
      if (!child.connected) {
        rej(new Error('server process has no IPC channel (exited?)'));
        return;
      }
      const queue = waiters.get(replyType) ?? [];
      waiters.set(replyType, queue);
      const timer = setTimeout(() => rej(new Error(`server did not answer ${type} within 30 s`)), 30_000);
      queue.push((m) => {
        clearTimeout(timer);
        res(m as T);
      });
      child.send({ type });
    });

  let stopping: ReturnType<ServerProcess['stop']> | undefined;
  const stats = () => request<ProbeStats>('bench:stats', 'bench:stats');
  return {
    pid: child.pid!,
    url,
    async mark() {
      await request('bench:mark', 'bench:marked');
    },
    stats,
    async gc() {
      await request('bench:gc', 'bench:gc-done');
    },
    async heapSnapshot() {
      const dir = options.heapSnapshotDir;
      if (!dir) return undefined;
      const before = new Set(await readdir(dir));
      child.kill('SIGUSR2');
      // The snapshot is written synchronously on the server's main thread: once
      // the file exists, the next answered request proves the write finished.
      for (let i = 0; i < 600; i++) {
        await stats();
        const fresh = (await readdir(dir)).find((f) => f.endsWith('.heapsnapshot') && !before.has(f));
        if (fresh) {
          await stats();
          return join(dir, fresh);
        }
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error('heap snapshot did not appear within 30 s');
    },
    stop() {
      stopping ??= (async () => {
        // Closing the IPC channel first lets the server's own SIGTERM handling
        // end the process, which is what writes the CPU profile.
        if (child.connected) child.disconnect();
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        const result = await exited;
        clearTimeout(timer);
        const artifacts: string[] = [];
        if (options.cpuProfileDir) {
          for (const f of await readdir(options.cpuProfileDir)) {
            if (f.endsWith('.cpuprofile')) artifacts.push(join(options.cpuProfileDir, f));
          }
        }
        return { ...result, artifacts };
      })();
      return stopping;
    },
  };
}

/** Seconds from process.cpuUsage-style microseconds, as milliseconds of user+system time. */
export function cpuMs(cpu: { user: number; system: number }): number {
  return (cpu.user + cpu.system) / 1000;
}

/**
 * Fill the server figures from the probe's `stats` for a window of
 * `windowMs` in which `completed` messages completed. When the server's own
 * window (from the mark to the stats request) differs from the generator's by
 * more than 10 % (an overloaded server reads the mark late), CPU per message
 * is left null and a note says why.
 */
export function fillServerFigures(
  figures: Figures,
  stats: ProbeStats,
  completed: number,
  windowMs: number,
): string[] {
  figures.server_cpu_ms = cpuMs(stats.cpu);
  figures.server_rss_mb = stats.rssBytes / 2 ** 20;
  figures.server_eld_p50_ms = stats.eld.p50;
  figures.server_eld_p99_ms = stats.eld.p99;
  figures.server_eld_max_ms = stats.eld.max;
  if (Math.abs(stats.sinceMarkMs - windowMs) > 0.1 * windowMs) {
    figures.server_cpu_us_per_msg = null;
    return [
      `server window ${Math.round(stats.sinceMarkMs)} ms vs generator window ${Math.round(windowMs)} ms: server CPU per message not computed`,
    ];
  }
  figures.server_cpu_us_per_msg = completed > 0 ? (cpuMs(stats.cpu) * 1000) / completed : null;
  return [];
}
