/**
 * @module
 * Relay logging (spec/overview.md §What the relay may learn). pino JSON lines
 * whose request and response serializers keep only the method, the path and
 * the status: no IP address, port, host header, query string or body ever
 * reaches a log line (REQ-PRIV-001, policy clause 3.1).
 */
import type { FastifyServerOptions } from 'fastify';

interface LoggedRequest {
  method: string;
  id: string;
  routeOptions?: { url?: string };
}

/** pino options for the relay's fastify instance. */
export function relayLoggerOptions(level: string): NonNullable<FastifyServerOptions['logger']> {
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
        if (err.name === 'DefTalkError') return { type: err.name, code: err.code, errorName: err.errorName };
        const frames = (err.stack ?? '').split('\n').filter((l) => l.trimStart().startsWith('at '));
        return { type: err.name, code: typeof err.code === 'string' ? err.code : undefined, stack: frames.join('\n') };
      },
    },
  };
}
