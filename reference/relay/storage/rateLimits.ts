/**
 * @module
 * Rate limits (spec/keys.md §Rate limits): token buckets keyed by an opaque
 * string, read against the relay clock. {@link TokenBuckets} keeps them in
 * memory; a restart refills them, which errs towards the client and never
 * towards a leak. The nodes of a cluster share theirs through the bus
 * (bus/redis.ts, spec/deployment.md §Rate limits), behind the same interface.
 */

/** The answer of {@link RateLimiter.take}. */
export type RateLimitResult = { ok: true } | { ok: false; retryAfterMs: number };

/** A rate limiter. */
export interface RateLimiter {
  /** Take one token for `key` at `now`; `retryAfterMs` is set when none was left. */
  take(key: string, now: number): Promise<RateLimitResult>;
}

/** A token bucket per key: `capacity` tokens, refilled continuously at `capacity` per `windowMs`. */
export class TokenBuckets implements RateLimiter {
  readonly #buckets = new Map<string, { tokens: number; at: number }>();
  readonly #capacity: number;
  readonly #perMs: number;
  readonly #maxKeys: number;

  constructor(capacity: number, windowMs: number, maxKeys = 100_000) {
    if (!(capacity >= 1) || !(windowMs > 0))
      throw new RangeError('TokenBuckets: capacity >= 1 and windowMs > 0');
    this.#capacity = capacity;
    this.#perMs = capacity / windowMs;
    this.#maxKeys = maxKeys;
  }

  async take(key: string, now: number): Promise<RateLimitResult> {
    let b = this.#buckets.get(key);
    if (!b) {
      // Full buckets carry no information; when the map is large, forget them.
      if (this.#buckets.size >= this.#maxKeys) this.#prune(now);
      b = { tokens: this.#capacity, at: now };
      this.#buckets.set(key, b);
    }
    b.tokens = Math.min(this.#capacity, b.tokens + Math.max(0, now - b.at) * this.#perMs);
    b.at = now;
    if (b.tokens >= 1) {
      b.tokens -= 1;
      return { ok: true };
    }
    return { ok: false, retryAfterMs: Math.ceil((1 - b.tokens) / this.#perMs) };
  }

  #prune(now: number): void {
    for (const [k, b] of this.#buckets) {
      if (b.tokens + (now - b.at) * this.#perMs >= this.#capacity) this.#buckets.delete(k);
    }
  }
}
