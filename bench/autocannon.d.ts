/**
 * @module
 * The part of autocannon 8's API the HTTP scenarios use (the package ships no
 * types). Field names follow autocannon's README §API.
 */
declare module 'autocannon' {
  import type { EventEmitter } from 'node:events';

  interface AutocannonOptions {
    url: string;
    method?: string;
    body?: string | Buffer;
    headers?: Record<string, string>;
    connections?: number;
    pipelining?: number;
    duration?: number;
    /** Requests per second over all connections; enables autocannon's rate limiting. */
    overallRate?: number;
    expectBody?: string;
    timeout?: number;
  }

  interface LatencyResult {
    p50: number;
    p99: number;
    p99_9: number;
    max: number;
  }

  interface AutocannonResult {
    duration: number;
    errors: number;
    timeouts: number;
    mismatches: number;
    non2xx: number;
    resets: number;
    '2xx': number;
    latency: LatencyResult;
    requests: { total: number; sent: number };
  }

  interface Instance extends EventEmitter, PromiseLike<AutocannonResult> {
    stop(): void;
  }

  function autocannon(options: AutocannonOptions): Instance;
  export default autocannon;
}
