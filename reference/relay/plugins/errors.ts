/**
 * @module
 * Error answers (spec/errors.md §Error body). Every failure becomes a
 * registered error, encoded as a protobuf `deftalk.v1.Error` when the client
 * accepts `application/x-protobuf` and as JSON otherwise. Unknown routes
 * answer NOT_FOUND; anything unexpected answers INTERNAL without detail.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DefTalkError } from '../../errors/index.ts';
import { encodeError, PROTOBUF } from '../../wire/index.ts';

/** Map a fastify or library error onto the registry. */
function toDefTalkError(err: FastifyError | Error): DefTalkError {
  if (err instanceof DefTalkError) return err;
  const code = (err as FastifyError).code;
  const status = (err as FastifyError).statusCode;
  if (code === 'FST_ERR_CTP_BODY_TOO_LARGE' || status === 413) return new DefTalkError('PAYLOAD_TOO_LARGE');
  if (code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' || status === 415)
    return new DefTalkError('UNSUPPORTED_MEDIA_TYPE');
  if (status === 400) return new DefTalkError('MALFORMED_REQUEST');
  return new DefTalkError('INTERNAL');
}

/** Send `err` in the representation the client asked for. */
export function sendError(request: FastifyRequest, reply: FastifyReply, err: DefTalkError): FastifyReply {
  reply.code(err.status);
  if (err.retryable && err.details?.retryAfterMs !== undefined) {
    reply.header('retry-after', Math.ceil(Number(err.details.retryAfterMs) / 1000));
  }
  if ((request.headers.accept ?? '').includes(PROTOBUF)) {
    return reply.type(PROTOBUF).send(encodeError(err));
  }
  return reply.type('application/json').send(err.toJSON());
}

/** Fastify plugin: install the error and not-found handlers. */
export async function errorsPlugin(app: FastifyInstance): Promise<void> {
  app.setErrorHandler((err, request, reply) => {
    const e = toDefTalkError(err as Error);
    if (e.errorName === 'INTERNAL') request.log.error({ err }, 'unexpected error');
    return sendError(request, reply, e);
  });
  app.setNotFoundHandler((request, reply) => sendError(request, reply, new DefTalkError('NOT_FOUND')));
}

// The handlers must apply to every route of the relay, not only to routes
// declared inside this plugin: fastify's skip-override marker (what
// fastify-plugin sets) keeps the plugin in the root context.
Object.assign(errorsPlugin, { [Symbol.for('skip-override')]: true });
