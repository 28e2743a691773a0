/**
 * @module
 * Scenario `relay-healthz` (issue 8 item 2b): the real DefTalk relay
 * (`node bin/deftalk-relay.js`, fresh data directory per run) answering
 * `GET /healthz` under exactly the generator settings of `fastify-hello`.
 * Its ratio to that baseline is what the relay's plugins, hooks and logging
 * cost on the cheapest route.
 */
import { join } from 'node:path';
import type { Scenario } from '../scenario.ts';
import { REPO_ROOT, startServerProcess } from '../server-process.ts';
import { HTTP_CONNECTIONS } from './_http.ts';
import { HTTP_INVARIANTS, httpVariants, runHttpVariant } from './fastify-hello.ts';

/**
 * Log level of the relay under load. `warn` keeps per-request log lines out,
 * as fastify-hello has none; the level is recorded with every figure.
 */
export const RELAY_LOG_LEVEL = 'warn';

/** The `relay-healthz` scenario. */
export const relayHealthz: Scenario = {
  name: 'relay-healthz',
  description: `DefTalk relay GET /healthz, ${HTTP_CONNECTIONS} connections, fixed rate, same generators and settings as fastify-hello`,
  durability: 'none on this route (opens its SQLite store, writes nothing)',
  baseline: 'fastify-hello',
  variants: httpVariants({ method: 'GET', logLevel: RELAY_LOG_LEVEL }),
  invariants: HTTP_INVARIANTS,
  async run(options) {
    const server = await startServerProcess({
      script: join(REPO_ROOT, 'bin', 'deftalk-relay.js'),
      args: ['--port', '0', '--data', join(options.workDir, 'data'), '--log-level', RELAY_LOG_LEVEL],
      ready: { stream: 'stderr', pattern: /^deftalk-relay listening on (http:\/\/\S+)/ },
      cpuProfileDir: options.cpuProfileDir,
      heapSnapshotDir: options.heapSnapshotDir,
    });
    try {
      const r = await runHttpVariant(
        server,
        { path: '/healthz', method: 'GET', expectBody: '{"status":"ok"}' },
        options,
      );
      const stopped = await server.stop();
      return { ...r, artifacts: [...(r.artifacts ?? []), ...stopped.artifacts] };
    } finally {
      await server.stop();
    }
  },
};
