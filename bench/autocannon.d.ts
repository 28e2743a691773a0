/**
 * @module
 * The part of autocannon 8's API the HTTP scenarios use (the package ships no
 * types). Field names follow autocannon's README §API.
 */
declare module 'autocannon' {
  import type { EventEmitter } from 'node:events';

  interface AutocannonOptions {
    /** Several URLs: connection i loads URL i modulo their number. */
    url: string | string[];
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
    /** Requests cycled through by every connection; `setupRequest` may rewrite each before it is sent. */
    requests?: Array<{
      method?: string;
      path?: string;
      body?: string | Buffer;
      headers?: Record<string, string>;
      /** `context` is per connection; return the request to send. */
      setupRequest?: (
        request: Record<string, unknown>,
        context: Record<string, unknown>,
      ) => Record<string, unknown> | undefined;
    }>;
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
