/**
 * @module
 * The relay clock (spec/test-hooks.md §Clock). Every time-dependent rule of
 * the relay (expiry, rate limits, last-seen, verification-code lifetimes)
 * reads the time from one {@link Clock} that the relay creates at start and
 * hands to each plugin, never from `Date.now()` directly. The test-hooks
 * profile moves this clock forward so a conformance harness can observe
 * expiry without waiting; outside that profile the offset stays zero.
 */

/**
 * A source of wall-clock time in milliseconds since the Unix epoch.
 * @example const expiresAt = clock.now() + 24 * 3600_000;
 */
export interface Clock {
  /** Current time, ms since 1970-01-01T00:00:00Z. */
  now(): number;
}

/**
 * The relay's clock: the system clock plus an offset that only the test-hooks
 * profile changes (spec/test-hooks.md §Clock). The offset never makes the
 * clock run backwards from the caller's point of view unless the hooks set an
 * earlier time on purpose.
 * @example
 * const clock = new RelayClock();
 * clock.advance(60_000); // one minute later for every plugin
 */
export class RelayClock implements Clock {
  #offsetMs = 0;
  readonly #system: () => number;

  /** `system` defaults to `Date.now`; tests may pass another base. */
  constructor(system: () => number = Date.now) {
    this.#system = system;
  }

  /** System time plus the test offset. */
  now(): number {
    return this.#system() + this.#offsetMs;
  }

  /** Milliseconds added to the system clock (0 outside the test-hooks profile). */
  get offsetMs(): number {
    return this.#offsetMs;
  }

  /** Move the clock forward by `ms` (spec/test-hooks.md §Clock). */
  advance(ms: number): void {
    if (!Number.isSafeInteger(ms) || ms < 0)
      throw new RangeError('advance: ms must be a non-negative safe integer');
    this.#offsetMs += ms;
  }

  /** Make {@link now} answer `epochMs` at this instant; time then flows on from there. */
  set(epochMs: number): void {
    if (!Number.isSafeInteger(epochMs) || epochMs < 0) {
      throw new RangeError('set: epochMs must be a non-negative safe integer');
    }
    this.#offsetMs = epochMs - this.#system();
  }

  /** Back to the system clock. */
  reset(): void {
    this.#offsetMs = 0;
  }
}
