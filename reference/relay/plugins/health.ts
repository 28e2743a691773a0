/**
 * @module
 * Liveness and discovery endpoints (spec/transport.md §Discovery).
 * `GET /healthz` answers 200 while the relay accepts work, NOT_READY while
 * it shuts down and STORAGE_UNAVAILABLE once its delivery storage has failed
 * (REQ-TRANSPORT-001); `GET /v1/info` names the protocol versions
 * and capabilities (REQ-TRANSPORT-002) and, being an operation, answers over
 * the WebSocket too.
 */
import type { FastifyInstance } from 'fastify';
import { DefTalkError } from '../../errors/index.ts';
import { encodeRelayInfo, PROTOCOL_VERSION, type RelayInfo } from '../../wire/index.ts';
import { sendError } from './errors.ts';
import type { OperationRegistry } from './operations.ts';

/** What the health plugin needs from the relay. */
export interface HealthOptions {
  operations: OperationRegistry;
  /** False once shutdown has begun. */
  isReady(): boolean;
  /** Why the relay cannot store envelopes now (its delivery storage failed), or undefined. */
  storageFailure?(): Error | undefined;
  capabilities: string[];
  implementation: string;
  maxBodyBytes: number;
}

/** Fastify plugin: `/healthz` and `/v1/info`. */
export async function healthPlugin(app: FastifyInstance, opts: HealthOptions): Promise<void> {
  app.get('/healthz', async (request, reply) => {
    if (!opts.isReady()) return sendError(request, reply, new DefTalkError('NOT_READY'));
    // A relay whose delivery storage failed accepts no send: the load balancer must stop sending it work.
    if (opts.storageFailure?.()) return sendError(request, reply, new DefTalkError('STORAGE_UNAVAILABLE'));
    return reply.type('application/json').send({ status: 'ok' });
  });
  opts.operations.add<undefined, RelayInfo>({
    name: 'info.get',
    method: 'GET',
    path: '/v1/info',
    auth: 'none',
    encodeBody: encodeRelayInfo,
    jsonBody: (info) => info,
    handle: async () => ({
      versions: [PROTOCOL_VERSION],
      capabilities: opts.capabilities,
      implementation: opts.implementation,
      maxBodyBytes: opts.maxBodyBytes,
    }),
  });
}
