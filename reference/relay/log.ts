/**
 * @module
 * Relay logging (spec/overview.md §What the relay may learn). pino JSON lines
 * whose request and response serializers keep only the method, the path and
 * the status: no IP address, port, host header, query string or body ever
 * reaches a log line (REQ-PRIV-001, policy clause 3.1).
 */
import type { FastifyLoggerOptions } from 'fastify';
import type { LoggerOptions } from 'pino';

interface LoggedRequest {
  method: string;
  id: string;
  routeOptions?: { url?: string };
}

/** pino options for the relay's fastify instance. */
export function relayLoggerOptions(level: string): FastifyLoggerOptions & LoggerOptions {
  return {
    level,
    base: { service: 'deftalk-relay' },
    // Never log the machine's hostname or pid-derived data beyond pino's base.
    serializers: {
      // Only the route template is logged: a concrete path or query string may
      // carry identifiers of users.
      req(req: LoggedRequest) {
        return { id: req.id, method: req.method, route: req.routeOptions?.url ?? '(no route)' };
      },
      res(res: { statusCode: number }) {
        return { statusCode: res.statusCode };
      },
      // A DefTalkError's message is the registry's text; any other error's
      // message may quote input, so only its type and stack frames are kept.
      err(err: Error & { code?: unknown; errorName?: unknown }) {
        const frames = (err.stack ?? '').split('\n').filter((l) => l.trimStart().startsWith('at '));
        if (err.name === 'DefTalkError') {
          return {
            type: err.name,
            message: err.message,
            stack: '',
            code: err.code,
            errorName: err.errorName,
          };
        }
        return {
          type: err.name,
          message: '(omitted: may quote input)',
          stack: frames.join('\n'),
          code: typeof err.code === 'string' ? err.code : undefined,
        };
      },
    },
  };
}

/**
 * The last log lines of the relay, kept in memory for the test-hooks profile
 * (spec/test-hooks.md §Logs) so a conformance harness can check that no log
 * line carries what REQ-PRIV-001 forbids. Only created with `--test-hooks`.
 */
export class LogRing {
  readonly #lines: string[] = [];
  readonly #capacity: number;

  constructor(capacity = 2000) {
    this.#capacity = capacity;
  }

  /** Record one serialized log line (trailing newline removed). */
  push(line: string): void {
    this.#lines.push(line.endsWith('\n') ? line.slice(0, -1) : line);
    if (this.#lines.length > this.#capacity) this.#lines.splice(0, this.#lines.length - this.#capacity);
  }

  /** The kept lines, oldest first. */
  lines(): string[] {
    return [...this.#lines];
  }

  /** A pino destination that writes to `dest` and records every line here. */
  tee(dest: { write(chunk: string): unknown }): { write(chunk: string): void } {
    return {
      write: (chunk: string) => {
        for (const line of chunk.split('\n')) if (line) this.push(line);
        dest.write(chunk);
      },
    };
  }
}
