/**
 * @module
 * The conformance case contract (spec/conformance.md). A case names the
 * requirement IDs it covers, the mode it runs in and, optionally, the
 * capability it needs; the runner derives its level from those requirements
 * and turns what `run` does into one outcome.
 */

/** How the harness reaches the implementation under test. */
export type Mode = 'vectors' | 'relay' | 'client';

/**
 * The four outcomes of spec/conformance.md §Outcomes. NON_STRICT is a failed
 * case whose requirements are all SHOULD or MAY; UNSUPPORTED is a case whose
 * capability the implementation declared absent.
 */
export type Outcome = 'PASS' | 'FAIL' | 'NON_STRICT' | 'UNSUPPORTED';

/** A client driver: one request, one answer (spec/driver.md). */
export interface DriverLink {
  /** Send `op` with `params`; resolves with the result or rejects with a {@link DriverError}. */
  call<T = unknown>(op: string, params?: Record<string, unknown>): Promise<T>;
  /** What the driver declared in its `hello` answer. */
  readonly hello: { protocol: string; implementation: string; capabilities: readonly string[] };
}

/** An error answer from a driver, with the registered error name it carried. */
export class DriverError extends Error {
  constructor(
    readonly errorName: string,
    readonly code: number,
    message: string,
  ) {
    super(message);
    this.name = 'DriverError';
  }
}

/** What a running case may use. */
export interface CaseContext {
  readonly mode: Mode;
  /** Relay mode: the base URL of the relay under test (http: or https:). */
  readonly relayUrl: URL | undefined;
  /** Client mode, and vectors mode with `--driver`: the driver of the implementation under test. */
  readonly driver: DriverLink | undefined;
  /** Capabilities the implementation declared. */
  readonly capabilities: ReadonlySet<string>;
  /** Seeded randomness for this case (the seed is recorded in the report). */
  random(): number;
  /** Scale a timeout by `--timeout-factor`. */
  timeout(ms: number): number;
  /** Append a line to the case's evidence transcript. */
  log(line: string): void;
  /** Aborted when the case times out. */
  readonly signal: AbortSignal;
  /**
   * Client mode: kill the driver process (its whole process group) with
   * `signal` (default SIGKILL), wait for it to end, start the same driver
   * command again and perform `hello` (spec/conformance.md §Restarting the
   * driver). Resolves with the new link, which `driver` also returns from
   * then on; the old link answers nothing more. Absent when the run has no
   * driver process.
   */
  restartDriver?(opts?: { signal?: NodeJS.Signals }): Promise<DriverLink>;
  /**
   * Relay mode, when the harness started the relay itself (`--relay-command`):
   * kill the relay's process group with `signal` (default SIGKILL), start the
   * same command on the same port and data directory and wait until it
   * answers (spec/conformance.md §Restarting the relay). `relayUrl` stays
   * valid. Absent when the relay was given by `--url`.
   */
  restartRelay?(opts?: { signal?: NodeJS.Signals }): Promise<void>;
}

/** One conformance case. */
export interface ConformanceCase {
  /** Stable identifier, `area/short-name`, e.g. `transport/healthz`. */
  readonly id: string;
  /** One line saying what is checked. */
  readonly title: string;
  readonly mode: Mode;
  /** The requirement IDs this case covers; at least one. */
  readonly requirements: readonly string[];
  /** A capability the implementation must declare; without it the outcome is UNSUPPORTED. */
  readonly capability?: string;
  /** Milliseconds before the case is aborted, before `--timeout-factor`; default 10 000. */
  readonly timeoutMs?: number;
  /** Throws (any error) to fail; returns to pass; throws {@link Unsupported} when the implementation says it lacks the feature. */
  run(ctx: CaseContext): Promise<void>;
}

/** Thrown by a case when the implementation answered that it lacks the capability. */
export class Unsupported extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'Unsupported';
  }
}

/** A failed check inside a case; `expected` and `actual` land in the report. */
export class CheckFailed extends Error {
  constructor(
    message: string,
    readonly expected?: unknown,
    readonly actual?: unknown,
  ) {
    super(message);
    this.name = 'CheckFailed';
  }
}

/** Fail the case unless `cond` holds. */
export function check(cond: unknown, message: string, expected?: unknown, actual?: unknown): asserts cond {
  if (!cond) throw new CheckFailed(message, expected, actual);
}

/** Fail the case unless `actual` equals `expected` (strict equality). */
export function checkEqual<T>(actual: T, expected: T, message: string): void {
  if (actual !== expected) throw new CheckFailed(message, expected, actual);
}
