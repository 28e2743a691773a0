/**
 * @module
 * The harness side of the driver protocol (spec/driver.md): start the
 * implementer's driver command through the shell, frame newline-delimited
 * JSON over its stdin and stdout, match answers to requests by id, time out
 * single calls, copy stderr into the case's evidence, shut down cleanly and
 * turn a crash into a clear error for the case that was running.
 */
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { DriverError, type DriverLink } from '../case.ts';
import { currentRecorder, type EvidenceRecorder } from '../lib/evidence.ts';

/** The protocol version this harness speaks (spec/driver.md §Versioning). */
export const DRIVER_PROTOCOL = 'deftalk-driver/1';

/** Default time a single call may take, before `--timeout-factor` (spec/driver.md §Timing). */
export const CALL_TIMEOUT_MS = 10_000;

/** Longest evidence line kept; longer lines are cut, since bytes travel as base64 and can be large. */
const EVIDENCE_LINE_MAX = 1_000;
/** Stderr lines copied into evidence per driver process; the rest are counted, not kept. */
const STDERR_LINES_MAX = 200;
/** Longest stdout line accepted (spec/driver.md §Framing); a longer one is a protocol violation. */
const LINE_MAX_BYTES = 64 * 1024 * 1024;

/** The answer to one request, as received (spec/driver.md §Answers). */
export interface DriverAnswer {
  id: number | null;
  result?: unknown;
  error?: { code: number; name: string; message: string; [extra: string]: unknown };
}

/** How the driver process ended. */
export interface DriverExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** The driver exited (or could not start) while the harness still needed it. */
export class DriverCrashed extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DriverCrashed';
  }
}

/** What {@link DriverProcess.start} needs. */
export interface DriverStartOptions {
  /** Shell command line that starts the driver, e.g. `node bin/deftalk.js driver`. */
  command: string;
  /** Scales a timeout by `--timeout-factor`. */
  timeout(ms: number): number;
  /** Receives evidence lines: requests, answers, stderr, exit. */
  log(line: string): void;
  /** Aborts pending calls, e.g. when the case times out. */
  signal?: AbortSignal;
  /** Per-call timeout before scaling; default {@link CALL_TIMEOUT_MS}. */
  callTimeoutMs?: number;
}

interface Pending {
  op: string;
  resolve(answer: DriverAnswer): void;
  reject(error: Error): void;
  timer: NodeJS.Timeout;
}

interface RawWaiter {
  id: number | null;
  resolve(answer: DriverAnswer): void;
  reject(error: Error): void;
}

function clip(line: string): string {
  return line.length > EVIDENCE_LINE_MAX
    ? `${line.slice(0, EVIDENCE_LINE_MAX)}… (${line.length - EVIDENCE_LINE_MAX} more characters)`
    : line;
}

/**
 * Check the shape of an answer line (spec/driver.md §Answers); returns a
 * description of what is wrong, or undefined.
 */
export function answerShapeProblem(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return 'answer is not a JSON object';
  const a = value as Record<string, unknown>;
  if (!('id' in a) || !(a.id === null || Number.isSafeInteger(a.id)))
    return 'answer has no integer or null id';
  const hasResult = 'result' in a;
  const hasError = 'error' in a;
  if (hasResult === hasError) return 'answer must carry exactly one of result and error';
  if (hasError) {
    const e = a.error as Record<string, unknown> | null;
    if (typeof e !== 'object' || e === null) return 'error is not an object';
    if (!Number.isSafeInteger(e.code)) return 'error.code is not an integer';
    if (typeof e.name !== 'string') return 'error.name is not a string';
    if (typeof e.message !== 'string') return 'error.message is not a string';
  }
  return undefined;
}

/**
 * One running driver process. Implements the {@link DriverLink} that cases
 * use, plus raw access for the cases that test the protocol itself
 * (conformance/cases/client/driver.ts).
 */
export class DriverProcess implements DriverLink {
  /** What the driver said in its `hello` answer. */
  hello: { protocol: string; implementation: string; capabilities: readonly string[] } = {
    protocol: '',
    implementation: '',
    capabilities: [],
  };
  /** Protocol violations seen on stdout (spec/driver.md §Framing); the runner fails the case when any occurred. */
  readonly violations: string[] = [];
  /** Resolves once the process has exited and its stdio is closed. */
  readonly exited: Promise<DriverExit>;

  private readonly child: ChildProcessWithoutNullStreams;
  private readonly opts: DriverStartOptions;
  private readonly pending = new Map<number, Pending>();
  private readonly rawWaiters: RawWaiter[] = [];
  private readonly rawExpected = new Map<string, number>();
  private readonly timedOut = new Set<number>();
  private nextId = 1;
  private exit: DriverExit | undefined;
  private stdoutBuffer = '';
  private stderrBuffer = '';
  private stderrLines = 0;
  private readonly stderrTail: string[] = [];
  private shutdownAnswered = false;
  private inputEnded = false;
  private closing: Promise<DriverExit & { clean: boolean }> | undefined;
  /** The frame log of the case that started this driver (spec/conformance.md §Evidence). */
  private readonly recorder: EvidenceRecorder | undefined = currentRecorder();

  private constructor(opts: DriverStartOptions) {
    this.opts = opts;
    // detached: the driver gets its own process group, so a shell wrapper and
    // everything it started can be stopped together if the driver hangs.
    this.child = spawn(opts.command, { shell: true, detached: true, stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stdin.on('error', () => {
      // EPIPE when the driver died first; the exit handler reports that.
    });
    this.child.stdout.setEncoding('utf8');
    this.child.stderr.setEncoding('utf8');
    this.child.stdout.on('data', (chunk: string) => this.onStdout(chunk));
    this.child.stderr.on('data', (chunk: string) => this.onStderr(chunk));
    this.exited = new Promise<DriverExit>((resolve) => {
      this.child.on('error', (e) => {
        this.opts.log(`driver could not be started: ${e.message}`);
      });
      this.child.on('close', (code, signal) => {
        this.flushStderr();
        this.exit = { code, signal };
        this.opts.log(`driver exited (code ${code ?? 'none'}, signal ${signal ?? 'none'})`);
        const why = this.crashMessage();
        for (const [id, p] of this.pending) {
          clearTimeout(p.timer);
          p.reject(new DriverCrashed(`${why} while op '${p.op}' was pending`));
          this.pending.delete(id);
        }
        for (const w of this.rawWaiters.splice(0)) w.reject(new DriverCrashed(why));
        resolve(this.exit);
      });
    });
    opts.signal?.addEventListener('abort', () => this.abortAll(), { once: true });
  }

  /**
   * Start the driver and perform `hello` (spec/driver.md §hello). Rejects
   * with {@link DriverCrashed} when the process dies first, or with an error
   * naming the problem when the `hello` answer is malformed.
   */
  static async start(opts: DriverStartOptions): Promise<DriverProcess> {
    const driver = new DriverProcess(opts);
    try {
      const hello = await driver.call<Record<string, unknown>>('hello', { protocol: DRIVER_PROTOCOL });
      if (typeof hello !== 'object' || hello === null)
        throw new Error('driver hello answer is not an object');
      if (hello.protocol !== DRIVER_PROTOCOL) {
        throw new Error(
          `driver speaks protocol ${JSON.stringify(hello.protocol)}; this harness speaks ${DRIVER_PROTOCOL}`,
        );
      }
      if (typeof hello.implementation !== 'string' || hello.implementation === '') {
        throw new Error('driver hello answer lacks a non-empty implementation string');
      }
      const caps = hello.capabilities;
      if (!Array.isArray(caps) || caps.some((c) => typeof c !== 'string')) {
        throw new Error('driver hello answer lacks a capabilities array of strings');
      }
      driver.hello = { protocol: hello.protocol, implementation: hello.implementation, capabilities: caps };
      return driver;
    } catch (e) {
      await driver.kill();
      throw e;
    }
  }

  /** Send `op` and await its result (spec/driver.md §Requests). */
  call<T = unknown>(op: string, params: Record<string, unknown> = {}): Promise<T> {
    if (this.exit) return Promise.reject(new DriverCrashed(`${this.crashMessage()}; op '${op}' not sent`));
    if (this.opts.signal?.aborted) return Promise.reject(this.abortError());
    const id = this.nextId++;
    const ms = this.opts.timeout(this.opts.callTimeoutMs ?? CALL_TIMEOUT_MS);
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        this.timedOut.add(id);
        reject(new Error(`driver did not answer op '${op}' (id ${id}) within ${ms} ms`));
      }, ms);
      this.pending.set(id, {
        op,
        timer,
        reject,
        resolve: (answer) => {
          if (answer.error) {
            const e = answer.error;
            reject(
              new DriverError(
                e.name,
                e.code,
                `driver answered ${e.name} (${e.code}) to '${op}': ${e.message}`,
              ),
            );
          } else {
            resolve(answer.result as T);
          }
        },
      });
      this.write(JSON.stringify({ id, op, params }));
    });
  }

  /**
   * Write `line` as it is (for cases testing malformed input) and expect an
   * answer carrying `expectId` (null when the request has no readable id).
   * Resolves with the first such answer; rejects on exit or abort.
   */
  exchangeRaw(line: string, expectId: number | null): Promise<DriverAnswer> {
    const key = String(expectId);
    this.rawExpected.set(key, (this.rawExpected.get(key) ?? 0) + 1);
    const answer = this.awaitRaw(expectId);
    this.write(line);
    return answer;
  }

  /** End the driver: `shutdown`, close stdin, wait; signal the process group if it lingers. Idempotent. */
  close(): Promise<DriverExit & { clean: boolean }> {
    this.closing ??= (async () => {
      if (!this.exit) {
        try {
          await this.call('shutdown');
          this.shutdownAnswered = true;
        } catch (e) {
          this.opts.log(`driver shutdown failed: ${(e as Error).message}`);
        }
        this.child.stdin.end();
        if (!(await this.waitExit(this.opts.timeout(5_000)))) {
          this.opts.log('driver did not exit after shutdown; sending SIGTERM to its process group');
          await this.kill();
        }
      }
      const exit = await this.exited;
      // A shell wrapper can exit while what it started lingers (dash does not
      // exec a quoted command); end whatever is left of the process group.
      this.signalGroup('SIGKILL', false);
      return { ...exit, clean: (this.shutdownAnswered || this.inputEnded) && exit.code === 0 };
    })();
    return this.closing;
  }

  /** Close the driver's stdin without `shutdown` (spec/driver.md §Lifecycle: end of input ends the driver). */
  endInput(): void {
    this.inputEnded = true;
    this.child.stdin.end();
  }

  /**
   * Wait up to `ms` (already scaled) for the process to exit; resolves with
   * how it ended, or undefined when it is still running.
   */
  async exitWithin(ms: number): Promise<DriverExit | undefined> {
    return (await this.waitExit(ms)) ? this.exited : undefined;
  }

  /** Whether `shutdown` was answered before the process ended (set by {@link close} and by cases that send it). */
  markShutdownAnswered(): void {
    this.shutdownAnswered = true;
  }

  /**
   * Kill the driver's process group with `signal` at once, without
   * `shutdown`, and resolve once it has exited (spec/conformance.md
   * §Restarting the driver). Pending calls reject with {@link DriverCrashed}.
   */
  async killWith(signal: NodeJS.Signals = 'SIGKILL'): Promise<DriverExit> {
    if (!this.exit) {
      this.opts.log(`driver killed with ${signal} by the case`);
      this.signalGroup(signal, false);
      if (signal !== 'SIGKILL' && !(await this.waitExit(this.opts.timeout(5_000)))) {
        this.signalGroup('SIGKILL');
      }
    }
    const exit = await this.exited;
    this.signalGroup('SIGKILL', false);
    return exit;
  }

  /** SIGTERM to the process group, SIGKILL 2 seconds later if it has not exited, then SIGKILL to any leftovers. */
  private async kill(): Promise<void> {
    if (!this.exit) {
      this.signalGroup('SIGTERM');
      if (!(await this.waitExit(2_000))) this.signalGroup('SIGKILL');
      await this.exited;
    }
    this.signalGroup('SIGKILL', false);
  }

  /** Signal the driver's process group; `log` false for the silent sweep after exit. */
  private signalGroup(signal: NodeJS.Signals, log = true): void {
    const pid = this.child.pid;
    if (pid === undefined) return;
    try {
      process.kill(-pid, signal);
      if (log && signal === 'SIGKILL') this.opts.log('driver process group killed with SIGKILL');
    } catch {
      // ESRCH: the group is already gone.
    }
  }

  private async waitExit(ms: number): Promise<boolean> {
    if (this.exit) return true;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), ms);
    });
    const done = await Promise.race([this.exited.then(() => true as const), timeout]);
    clearTimeout(timer);
    return done;
  }

  /** Record one driver line in the frame log, whole and as JSON when it parses. */
  private record(dir: 'out' | 'in', line: string): void {
    if (!this.recorder) return;
    if (line.length > 65_536) {
      this.recorder.frame({ channel: 'driver', dir, what: 'long line, cut' }, Buffer.from(line, 'utf8'));
      return;
    }
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      this.recorder.frame({ channel: 'driver', dir, what: 'not JSON' }, Buffer.from(line, 'utf8'));
      return;
    }
    this.recorder.frame({ channel: 'driver', dir, json });
  }

  private write(line: string): void {
    this.record('out', line);
    this.opts.log(`driver> ${clip(line)}`);
    this.child.stdin.write(`${line}\n`);
  }

  private awaitRaw(id: number | null): Promise<DriverAnswer> {
    if (this.exit) return Promise.reject(new DriverCrashed(this.crashMessage()));
    return new Promise((resolve, reject) => this.rawWaiters.push({ id, resolve, reject }));
  }

  private onStdout(chunk: string): void {
    this.stdoutBuffer += chunk;
    if (this.stdoutBuffer.length > LINE_MAX_BYTES && !this.stdoutBuffer.includes('\n')) {
      this.violations.push(`stdout line longer than ${LINE_MAX_BYTES} bytes`);
      this.stdoutBuffer = '';
      return;
    }
    let nl = this.stdoutBuffer.indexOf('\n');
    while (nl >= 0) {
      const line = this.stdoutBuffer.slice(0, nl).replace(/\r$/, '');
      this.stdoutBuffer = this.stdoutBuffer.slice(nl + 1);
      if (line.trim() !== '') this.onLine(line);
      nl = this.stdoutBuffer.indexOf('\n');
    }
  }

  private onLine(line: string): void {
    this.record('in', line);
    this.opts.log(`driver< ${clip(line)}`);
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      this.violations.push(`stdout line is not JSON: ${clip(line).slice(0, 120)}`);
      return;
    }
    const problem = answerShapeProblem(value);
    const answer = value as DriverAnswer;
    const id = typeof (value as { id?: unknown })?.id === 'number' ? (value as { id: number }).id : null;
    if (id !== null) {
      const p = this.pending.get(id);
      if (p) {
        this.pending.delete(id);
        clearTimeout(p.timer);
        if (problem) {
          this.violations.push(`${problem} (id ${id})`);
          p.reject(new Error(`driver sent a malformed answer to '${p.op}': ${problem}`));
        } else {
          p.resolve(answer);
        }
        return;
      }
      if (this.timedOut.delete(id)) return;
    }
    if (problem) {
      this.violations.push(problem);
      return;
    }
    const key = String(answer.id);
    const expected = this.rawExpected.get(key) ?? 0;
    if (expected === 0) {
      this.violations.push(`answer with id ${key} matches no request`);
      return;
    }
    this.rawExpected.set(key, expected - 1);
    const i = this.rawWaiters.findIndex((w) => w.id === answer.id);
    if (i >= 0) this.rawWaiters.splice(i, 1)[0]!.resolve(answer);
  }

  private onStderr(chunk: string): void {
    this.stderrBuffer += chunk;
    let nl = this.stderrBuffer.indexOf('\n');
    while (nl >= 0) {
      this.stderrLine(this.stderrBuffer.slice(0, nl).replace(/\r$/, ''));
      this.stderrBuffer = this.stderrBuffer.slice(nl + 1);
      nl = this.stderrBuffer.indexOf('\n');
    }
  }

  private flushStderr(): void {
    if (this.stderrBuffer !== '') this.stderrLine(this.stderrBuffer);
    this.stderrBuffer = '';
    if (this.stderrLines > STDERR_LINES_MAX) {
      this.opts.log(`driver stderr: (${this.stderrLines - STDERR_LINES_MAX} more lines not kept)`);
    }
  }

  private stderrLine(line: string): void {
    this.stderrLines++;
    this.stderrTail.push(clip(line));
    if (this.stderrTail.length > 5) this.stderrTail.shift();
    if (this.stderrLines <= STDERR_LINES_MAX) this.opts.log(`driver stderr: ${clip(line)}`);
  }

  private crashMessage(): string {
    const how = this.exit
      ? `driver exited (code ${this.exit.code ?? 'none'}, signal ${this.exit.signal ?? 'none'})`
      : 'driver is gone';
    const tail = this.stderrTail.length ? `; last stderr: ${this.stderrTail.join(' | ')}` : '';
    return `${how}${tail}`;
  }

  private abortError(): Error {
    const reason = this.opts.signal?.reason;
    return reason instanceof Error ? reason : new Error('case aborted');
  }

  private abortAll(): void {
    const e = this.abortError();
    for (const [id, p] of this.pending) {
      clearTimeout(p.timer);
      p.reject(e);
      this.pending.delete(id);
    }
    for (const w of this.rawWaiters.splice(0)) w.reject(e);
  }
}

/**
 * The raw side of a case's driver, for cases that test the protocol itself;
 * undefined when the link is not a {@link DriverProcess}.
 */
export function rawDriver(link: DriverLink | undefined): DriverProcess | undefined {
  return link instanceof DriverProcess ? link : undefined;
}
