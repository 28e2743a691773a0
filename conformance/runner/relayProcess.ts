/**
 * @module
 * A relay the harness starts itself (spec/conformance.md §Restarting the
 * relay): `--relay-command` names a shell command with `{port}` and `{data}`
 * placeholders; the harness chooses a free loopback port and a fresh data
 * directory once per run, starts the command, waits until `GET /v1/info`
 * answers, and can kill the relay's process group with a signal and start
 * the same command again on the same port and data directory, so a case can
 * check what survives a crash. The relay's standard input is a pipe the
 * harness holds open for the life of the relay and never writes to: it
 * reaches end of file when the harness is gone, so a relay started by a
 * harness that was killed itself can stop instead of lingering (the zoo's
 * relays do, conformance/zoo/serve.ts).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, mkdtempSync, readdirSync, readFileSync, rmSync, type WriteStream } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { TargetUnavailable } from './target.ts';

/** How long a start may take before the run gives up, before `--timeout-factor`. */
export const RELAY_START_TIMEOUT_MS = 60_000;
/** How long a relay may take to exit after SIGTERM before it gets SIGKILL. */
const TERM_GRACE_MS = 5_000;
/** Interval of the readiness probe: a started process has no event that says "listening" in general. */
const PROBE_INTERVAL_MS = 25;

/** The relay command did not start a relay that answers: an unreachable target that never ran (exit status 2). */
export class RelayStartFailed extends TargetUnavailable {
  constructor(message: string) {
    super(message);
    this.name = 'RelayStartFailed';
  }
}

/**
 * Whether any live process is left in process group `pgid`. `kill(-pgid, 0)`
 * also succeeds for a zombie nobody has reaped yet (a relay orphaned by its
 * shell); where /proc exists, such members do not count.
 */
export function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return true;
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue; // gone meanwhile
    }
    // proc(5): "pid (comm) state ppid pgrp ..."; comm may hold spaces and parentheses.
    const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(pgrp) === pgid && state !== 'Z' && state !== 'X') return true;
  }
  return false;
}

/** A free TCP port on 127.0.0.1 (bound and released; the relay binds it next). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Substitute `{port}` and `{data}` in a relay command line. */
export function relayCommandLine(template: string, port: number, dataDir: string): string {
  return template.replaceAll('{port}', String(port)).replaceAll('{data}', dataDir);
}

/** Options of {@link RelayProcess.start}. */
export interface RelayProcessOptions {
  /** Shell command with `{port}` and `{data}` placeholders. */
  command: string;
  /** Scales timeouts by `--timeout-factor`. */
  timeout(ms: number): number;
  /** Where the relay's stdout and stderr go (a new file per run, appended across restarts); default discarded. */
  logFile?: string;
  /** Data directory; default a fresh temporary directory, removed by {@link RelayProcess.close}. */
  dataDir?: string;
  /** Port; default a free one. */
  port?: number;
}

/** A relay process the harness controls. */
export class RelayProcess {
  readonly url: URL;
  readonly port: number;
  readonly dataDir: string;
  /** How many times the relay was started (1 after {@link start}). */
  starts = 0;
  readonly #opts: RelayProcessOptions;
  readonly #log: WriteStream | undefined;
  /** True when the data directory is the harness's own temporary one. */
  readonly #ownData: boolean;
  #child: ChildProcess | undefined;
  #exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }> | undefined;

  private constructor(opts: RelayProcessOptions, port: number, dataDir: string) {
    this.#opts = opts;
    this.port = port;
    this.dataDir = dataDir;
    this.#ownData = opts.dataDir === undefined;
    this.url = new URL(`http://127.0.0.1:${port}/`);
    // One stream for the whole run: restarts append, an earlier run's log is replaced.
    this.#log = opts.logFile ? createWriteStream(opts.logFile, { flags: 'w' }) : undefined;
  }

  /** Start the relay and wait until it answers `GET /v1/info`; throws {@link TargetUnavailable}. */
  static async start(opts: RelayProcessOptions): Promise<RelayProcess> {
    const port = opts.port ?? (await freePort());
    const dataDir = opts.dataDir ?? mkdtempSync(join(tmpdir(), 'deftalk-conformance-relay-'));
    const relay = new RelayProcess(opts, port, dataDir);
    try {
      await relay.#launch();
    } catch (e) {
      await relay.close();
      throw e;
    }
    return relay;
  }

  /** The command line as started, placeholders filled in. */
  get commandLine(): string {
    return relayCommandLine(this.#opts.command, this.port, this.dataDir);
  }

  async #launch(): Promise<number> {
    const t0 = performance.now();
    this.starts++;
    // detached: its own process group, so a shell wrapper and the relay die together.
    // stdin: a pipe held open and never written, closed when this process is gone.
    const child = spawn(this.commandLine, { shell: true, detached: true, stdio: ['pipe', 'pipe', 'pipe'] });
    child.stdin?.on('error', () => undefined);
    this.#child = child;
    child.stdout?.on('data', (c: Buffer) => this.#log?.write(c));
    child.stderr?.on('data', (c: Buffer) => this.#log?.write(c));
    this.#exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
    const deadline = t0 + this.#opts.timeout(RELAY_START_TIMEOUT_MS);
    let early: { code: number | null; signal: NodeJS.Signals | null } | undefined;
    void this.#exited.then((e) => {
      early = e;
    });
    while (performance.now() < deadline) {
      if (early) {
        throw new RelayStartFailed(
          `the relay command exited before it answered (code ${early.code}, signal ${early.signal})`,
        );
      }
      try {
        const res = await fetch(new URL('/v1/info', this.url), { signal: AbortSignal.timeout(1_000) });
        await res.arrayBuffer();
        if (res.status === 200) return Math.round(performance.now() - t0);
      } catch {
        // Not listening yet.
      }
      await new Promise((r) => setTimeout(r, PROBE_INTERVAL_MS));
    }
    this.#signal('SIGKILL');
    throw new RelayStartFailed(
      `the relay did not answer GET /v1/info within ${this.#opts.timeout(RELAY_START_TIMEOUT_MS)} ms`,
    );
  }

  #signal(signal: NodeJS.Signals): void {
    const pid = this.#child?.pid;
    if (pid === undefined) return;
    try {
      process.kill(-pid, signal);
    } catch {
      // ESRCH: already gone.
    }
  }

  /**
   * Kill the relay's process group with `signal` (SIGTERM escalates to
   * SIGKILL after a grace period), wait for it to exit, start the same
   * command on the same port and data directory and wait until it answers.
   * Returns how it exited and how long the new start took.
   */
  async restart(signal: NodeJS.Signals = 'SIGKILL'): Promise<{ exit: string; readyMs: number }> {
    const exit = await this.stop(signal);
    const readyMs = await this.#launch();
    return { exit, readyMs };
  }

  /**
   * Stop the relay with `signal` and wait; returns how it exited. Idempotent.
   * The command's own process may be a shell that dies of the signal at once
   * while the relay it started is still shutting down, so the whole process
   * group gets the grace period before SIGKILL, not only the command.
   */
  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<string> {
    const exited = this.#exited;
    const pid = this.#child?.pid;
    if (!exited || pid === undefined) return 'not running';
    const deadline = performance.now() + this.#opts.timeout(TERM_GRACE_MS);
    this.#signal(signal);
    let timer: NodeJS.Timeout | undefined;
    const grace = new Promise<undefined>((resolve) => {
      timer = setTimeout(() => resolve(undefined), this.#opts.timeout(TERM_GRACE_MS));
    });
    const e = await Promise.race([exited, grace]);
    clearTimeout(timer);
    // No event says a process group is empty: probe it for what is left of the grace.
    while (e && groupAlive(pid) && performance.now() < deadline) {
      await new Promise((r) => setTimeout(r, PROBE_INTERVAL_MS));
    }
    const killed = groupAlive(pid);
    if (killed) this.#signal('SIGKILL');
    const end = e ?? (await exited);
    this.#child?.stdin?.destroy();
    this.#exited = undefined;
    this.#child = undefined;
    return `code ${end.code ?? 'none'}, signal ${end.signal ?? 'none'}${killed ? `; the group was killed with SIGKILL` : ''}`;
  }

  /** Stop the relay, close its log and remove the data directory when the harness made it. */
  async close(): Promise<void> {
    await this.stop('SIGTERM');
    await new Promise<void>((resolve) => (this.#log ? this.#log.end(resolve) : resolve()));
    if (this.#ownData) rmSync(this.dataDir, { recursive: true, force: true });
  }
}
