/**
 * @module
 * Scenario `fastify-hello` (issue 8 item 2b): fastify's hello-world POST in
 * its own process under autocannon at a fixed rate. The framework floor the
 * relay's HTTP endpoints are compared with.
 */
import { join } from 'node:path';
import { counterAtLeast, counterIsZero, type RunOptions, type Scenario } from '../scenario.ts';
import { type ServerProcess, startServerProcess } from '../server-process.ts';
import {
  EVERY_REQUEST_ANSWERED,
  HTTP_CONNECTIONS,
  type HttpRequestSpec,
  runHttp,
  runHttpOpenLoop,
} from './_http.ts';

/** Rates offered to both HTTP scenarios, so their steps line up for the ratios. */
export const HTTP_RATES = [2500, 5000, 10_000, 20_000, 40_000, 60_000, 80_000] as const;

/** Invariants of every HTTP scenario. */
export const HTTP_INVARIANTS = [
  counterAtLeast('responses_2xx', 1, 'the run completed some requests'),
  counterIsZero('errors', 'no connection error'),
  counterIsZero('timeouts', 'no request timed out'),
  counterIsZero('non2xx', 'every response was 2xx'),
  counterIsZero('mismatches', 'every response carried the expected body'),
  EVERY_REQUEST_ANSWERED,
] as const;

/**
 * The two generators of every HTTP scenario: autocannon at a fixed rate (as
 * issue 8 asks) and the bench's open-loop generator (latency from the intended
 * send time). `extra` is recorded with both.
 */
export function httpVariants(extra: Readonly<Record<string, string | number | boolean>>) {
  return (['autocannon', 'open-loop'] as const).map((generator) => ({
    name: generator,
    parameters: { ...extra, connections: HTTP_CONNECTIONS, generator },
    rates: HTTP_RATES,
    quickRates: [500],
  }));
}

/** Run `spec` against `server` with the generator the variant names. */
export function runHttpVariant(server: ServerProcess, spec: HttpRequestSpec, options: RunOptions) {
  return options.variant.parameters.generator === 'open-loop'
    ? runHttpOpenLoop(server, spec, options)
    : runHttp(server, spec, options);
}

/** The `fastify-hello` baseline. */
export const fastifyHello: Scenario = {
  name: 'fastify-hello',
  description: `fastify hello-world POST /hello (JSON), ${HTTP_CONNECTIONS} connections, fixed rate, autocannon or open-loop generator`,
  durability: 'none: stateless',
  variants: httpVariants({ method: 'POST' }),
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
      const r = await runHttpVariant(
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
