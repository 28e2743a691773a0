/**
 * @module
 * Scenario `fastify-hello` (issue 8 item 2b): fastify's hello-world POST in
 * its own process under autocannon at a fixed rate. The framework floor the
 * relay's HTTP endpoints are compared with.
 */
import { join } from 'node:path';
import { counterAtLeast, counterIsZero, type Scenario } from '../scenario.ts';
import { startServerProcess } from '../server-process.ts';
import { HTTP_CONNECTIONS, runHttp } from './_http.ts';

/** Rates offered to both HTTP scenarios, so their steps line up for the ratios. */
export const HTTP_RATES = [2500, 5000, 10_000, 20_000, 40_000, 60_000, 80_000] as const;

/** Invariants of every HTTP scenario. */
export const HTTP_INVARIANTS = [
  counterAtLeast('responses_2xx', 1, 'the run completed some requests'),
  counterIsZero('errors', 'no connection error'),
  counterIsZero('timeouts', 'no request timed out'),
  counterIsZero('non2xx', 'every response was 2xx'),
  counterIsZero('mismatches', 'every response carried the expected body'),
] as const;

/** The `fastify-hello` baseline. */
export const fastifyHello: Scenario = {
  name: 'fastify-hello',
  description: `fastify hello-world POST /hello (JSON) under autocannon, ${HTTP_CONNECTIONS} connections, fixed rate`,
  durability: 'none: stateless',
  variants: [
    {
      name: '',
      parameters: { method: 'POST', connections: HTTP_CONNECTIONS, generator: 'autocannon' },
      rates: HTTP_RATES,
      quickRates: [500],
    },
  ],
  invariants: HTTP_INVARIANTS,
  async run(options) {
    const server = await startServerProcess({
      script: join(import.meta.dirname, '..', 'servers', 'fastify-hello.ts'),
      args: [],
      ready: { stream: 'stdout', pattern: /^listening (http:\/\/\S+)$/ },
      cpuProfileDir: options.cpuProfileDir,
      heapSnapshotDir: options.heapSnapshotDir,
    });
    try {
      const r = await runHttp(
        server,
        {
          path: '/hello',
          method: 'POST',
          body: '{"hello":"bench"}',
          headers: { 'content-type': 'application/json' },
          expectBody: '{"hello":"world"}',
        },
        options,
      );
      const stopped = await server.stop();
      return { ...r, artifacts: [...(r.artifacts ?? []), ...stopped.artifacts] };
    } finally {
      await server.stop();
    }
  },
};
