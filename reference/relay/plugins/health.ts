/**
 * @module
 * Liveness and discovery endpoints (spec/transport.md §Discovery).
 * `GET /healthz` answers 200 while the relay accepts work and NOT_READY while
 * it shuts down (REQ-TRANSPORT-001); `GET /v1/info` names the protocol versions
 * and capabilities (REQ-TRANSPORT-002).
 */
import type { FastifyInstance } from 'fastify';
import { DefTalkError } from '../../errors/index.ts';
import { encodeRelayInfo, PROTOBUF, PROTOCOL_VERSION } from '../../wire/index.ts';
import { sendError } from './errors.ts';

/** What the health plugin needs from the relay. */
export interface HealthOptions {
  /** False once shutdown has begun. */
  isReady(): boolean;
  capabilities: string[];
  implementation: string;
  maxBodyBytes: number;
}

/** Fastify plugin: `/healthz` and `/v1/info`. */
export async function healthPlugin(app: FastifyInstance, opts: HealthOptions): Promise<void> {
  app.get('/healthz', async (request, reply) => {
    if (!opts.isReady()) return sendError(request, reply, new DefTalkError('NOT_READY'));
    return reply.type('application/json').send({ status: 'ok' });
  });
  app.get('/v1/info', async (request, reply) => {
    const info = {
      versions: [PROTOCOL_VERSION],
      capabilities: opts.capabilities,
      implementation: opts.implementation,
      maxBodyBytes: opts.maxBodyBytes,
    };
    if ((request.headers.accept ?? '').includes(PROTOBUF)) return reply.type(PROTOBUF).send(encodeRelayInfo(info));
    return reply.type('application/json').send(info);
  });
}
