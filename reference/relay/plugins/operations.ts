/**
 * @module
 * The operation registry (spec/transport.md §Operations). An operation is
 * declared once, with its method, path, body codecs and handler, and answers
 * both as an HTTP endpoint and as a WebSocket request of the same method and
 * path. Plugins receive the registry in their options and add operations:
 *
 * ```ts
 * opts.operations.add({
 *   name: 'keys.upload',
 *   method: 'PUT',
 *   path: '/v1/keys',
 *   auth: 'device',
 *   decodeBody: decodeKeyUpload,          // from reference/wire
 *   handle: async ({ body, device }) => { store(device, body); },
 * });
 * ```
 *
 * Authentication is pluggable (the identity chapter installs it with
 * {@link OperationRegistry.useAuthenticator}); until then every request is
 * anonymous and `auth: 'device'` operations answer UNAUTHENTICATED.
 */
import type { FastifyBaseLogger, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DefTalkError, isDefTalkError } from '../../errors/index.ts';
import { encodeError as encodeErrorBody, PROTOBUF, PROTOCOL_VERSION } from '../../wire/index.ts';
import { sendError } from './errors.ts';

/**
 * The device a request or a WebSocket connection is authenticated as
 * (spec/identity.md). `accountId` is the account id in the identity
 * chapter's text form; the pair is the key of the one-WebSocket-per-device
 * rule (spec/transport.md §WebSocket).
 */
export interface AuthenticatedDevice {
  readonly accountId: string;
  readonly deviceId: number;
}

/** The stable key of a device, `accountId/deviceId`. */
export function deviceKey(device: AuthenticatedDevice): string {
  return `${device.accountId}/${device.deviceId}`;
}

/** HTTP methods an operation may use. */
export type OperationMethod = 'GET' | 'PUT' | 'POST' | 'DELETE';

/** The connection a WebSocket request arrived on, as operations see it. */
export interface OperationConnection {
  /** Process-unique id of the connection, for logs; carries no client data. */
  readonly id: number;
  /** The device the connection authenticated as at upgrade, if any. */
  readonly device: AuthenticatedDevice | undefined;
}

/** What a handler receives. */
export interface OperationRequest<Req> {
  /** Path parameters of the operation's `:name` segments, URL-decoded. */
  readonly params: Readonly<Record<string, string>>;
  /** Query string parameters. */
  readonly query: URLSearchParams;
  /** The decoded body; `undefined` when the operation declares no `decodeBody`. */
  readonly body: Req;
  /** The authenticated device; always set when `auth` is `'device'`. */
  readonly device: AuthenticatedDevice | undefined;
  readonly transport: 'http' | 'websocket';
  /** The WebSocket connection, when the request came over one. */
  readonly connection: OperationConnection | undefined;
  readonly log: FastifyBaseLogger;
}

/** One operation (spec/transport.md §Operations). */
export interface Operation<Req = undefined, Res = undefined> {
  /** Dotted name for logs, e.g. `info.get`. */
  readonly name: string;
  readonly method: OperationMethod;
  /** Path template with `:name` parameters, e.g. `/v1/devices/:deviceId`. */
  readonly path: string;
  /** `none`: anonymous; `optional`: device when presented; `device`: UNAUTHENTICATED without one. */
  readonly auth: 'none' | 'optional' | 'device';
  /** Decoder of the protobuf request body (reference/wire); absent when the operation takes no body. */
  readonly decodeBody?: (bytes: Uint8Array) => Req;
  /** Encoder of the protobuf response body; absent: the success answer has no body. */
  readonly encodeBody?: (value: Res) => Uint8Array;
  /**
   * JSON representation of the response, offered to HTTP clients whose
   * Accept header does not name `application/x-protobuf`. Only the endpoints
   * spec/transport.md §Representations lists may declare one.
   */
  readonly jsonBody?: (value: Res) => unknown;
  /** Status of a successful answer; default 200 with a body, 204 without. */
  readonly successStatus?: number;
  /** Largest body accepted; default the relay's limit. */
  readonly maxBodyBytes?: number;
  handle(request: OperationRequest<Req>): Promise<Res>;
}

/**
 * Resolves the device of a request (spec/identity.md §Authentication).
 * Returns `undefined` when the request presents no credentials; throws (or
 * returns) a DefTalkError such as UNAUTHENTICATED when it presents bad ones.
 */
export interface Authenticator {
  /** An HTTP request, from its headers. */
  request(request: FastifyRequest): Promise<AuthenticatedDevice | DefTalkError | undefined>;
  /** A WebSocket upgrade request, from its headers or query. */
  upgrade(request: FastifyRequest): Promise<AuthenticatedDevice | DefTalkError | undefined>;
}

const ANONYMOUS: Authenticator = {
  request: async () => undefined,
  upgrade: async () => undefined,
};

/** The outcome of an operation in the shape both transports send. */
export interface OperationResult {
  status: number;
  /** Protobuf body (an Error body when status ≥ 400). */
  body: Uint8Array;
}

/** An operation whose path matched a request path; `m` only when the path has parameters. */
interface Match {
  readonly c: Compiled;
  readonly m: RegExpExecArray | undefined;
}

interface Compiled {
  readonly op: Operation<unknown, unknown>;
  readonly pattern: RegExp;
  readonly names: readonly string[];
}

const EMPTY = new Uint8Array(0);

/**
 * Every operation of the relay, answering HTTP (through fastify routes it
 * registers on the root instance) and WebSocket requests (through
 * {@link dispatch}).
 */
export class OperationRegistry {
  readonly #app: FastifyInstance;
  readonly #ops: Compiled[] = [];
  /**
   * For a request path that only parameterless operations match, those
   * operations in declaration order: the WebSocket path of every send looked
   * them up with one regular expression per declared operation. Only such
   * paths are kept, so the map is bounded by the declarations.
   */
  readonly #staticMatches = new Map<string, readonly Match[]>();
  readonly #maxBodyBytes: number;
  #auth: Authenticator = ANONYMOUS;

  constructor(app: FastifyInstance, maxBodyBytes: number) {
    this.#app = app;
    this.#maxBodyBytes = maxBodyBytes;
    // Any path no operation matched: NOT_FOUND, or UNSUPPORTED_VERSION under
    // a major version this relay does not speak (spec/transport.md §Versioning).
    app.all('/:version/*', (request, reply) => sendError(request, reply, unmatched(request.url)));
  }

  /** The authenticator in force (anonymous until the identity plugin installs one). */
  get authenticator(): Authenticator {
    return this.#auth;
  }

  /** Install the authenticator of spec/identity.md; called once by the identity plugin. */
  useAuthenticator(auth: Authenticator): void {
    this.#auth = auth;
  }

  /** Declare an operation: it answers HTTP at once and WebSocket requests through {@link dispatch}. */
  add<Req, Res>(op: Operation<Req, Res>): void {
    const names: string[] = [];
    const source = op.path
      .split('/')
      .map((seg) => {
        if (!seg.startsWith(':')) return seg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        names.push(seg.slice(1));
        return '([^/]+)';
      })
      .join('/');
    const compiled: Compiled = {
      op: op as unknown as Operation<unknown, unknown>,
      pattern: new RegExp(`^${source}$`),
      names,
    };
    if (this.#ops.some((c) => c.op.method === op.method && c.op.path === op.path)) {
      throw new Error(`operation ${op.method} ${op.path} declared twice`);
    }
    this.#ops.push(compiled);
    this.#staticMatches.clear();
    this.#app.route({
      method: op.method,
      url: op.path,
      bodyLimit: op.maxBodyBytes ?? this.#maxBodyBytes,
      handler: (request, reply) => this.#http(compiled, request, reply),
    });
  }

  /** Names of the declared operations, `METHOD path`, in declaration order. */
  list(): string[] {
    return this.#ops.map((c) => `${c.op.method} ${c.op.path}`);
  }

  /**
   * Answer a request that arrived over a WebSocket (spec/transport.md
   * §Requests and responses). Never throws: failures become error results.
   */
  async dispatch(
    req: { method: string; path: string; body: Uint8Array },
    connection: OperationConnection,
    log: FastifyBaseLogger,
  ): Promise<OperationResult> {
    const q = req.path.indexOf('?');
    const pathname = q < 0 ? req.path : req.path.slice(0, q);
    const query = new URLSearchParams(q < 0 ? '' : req.path.slice(q + 1));
    const candidates = this.#matching(pathname);
    for (const { c, m } of candidates) {
      if (c.op.method !== req.method) continue;
      try {
        const params = m ? paramsOf(c, m) : {};
        const device = connection.device;
        if (c.op.auth === 'device' && !device) throw new DefTalkError('UNAUTHENTICATED');
        if (req.body.length > (c.op.maxBodyBytes ?? this.#maxBodyBytes))
          throw new DefTalkError('PAYLOAD_TOO_LARGE');
        const body = c.op.decodeBody ? c.op.decodeBody(req.body) : undefined;
        const value = await c.op.handle({
          params,
          query,
          body,
          device,
          transport: 'websocket',
          connection,
          log,
        });
        return {
          status: successStatus(c.op),
          body: c.op.encodeBody ? c.op.encodeBody(value) : EMPTY,
        };
      } catch (e) {
        return errorResult(toError(e, log));
      }
    }
    return errorResult(candidates.length > 0 ? new DefTalkError('METHOD_NOT_ALLOWED') : unmatched(pathname));
  }

  /** The operations whose path matches `pathname`, in declaration order, with the match when it has parameters. */
  #matching(pathname: string): readonly Match[] {
    const cached = this.#staticMatches.get(pathname);
    if (cached) return cached;
    const found: Match[] = [];
    for (const c of this.#ops) {
      const m = c.pattern.exec(pathname);
      if (m) found.push({ c, m: c.names.length > 0 ? m : undefined });
    }
    if (found.length > 0 && found.every((f) => f.m === undefined)) this.#staticMatches.set(pathname, found);
    return found;
  }

  async #http(c: Compiled, request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
    const op = c.op;
    try {
      let device: AuthenticatedDevice | undefined;
      if (op.auth !== 'none') {
        const found = await this.#auth.request(request);
        if (found instanceof DefTalkError) throw found;
        device = found;
      }
      if (op.auth === 'device' && !device) throw new DefTalkError('UNAUTHENTICATED');
      let body: unknown;
      if (op.decodeBody) {
        const type = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
        if (type !== PROTOBUF || !Buffer.isBuffer(request.body))
          throw new DefTalkError('UNSUPPORTED_MEDIA_TYPE');
        body = op.decodeBody(request.body);
      }
      const url = request.url;
      const q = url.indexOf('?');
      const value = await op.handle({
        params: request.params as Record<string, string>,
        query: new URLSearchParams(q < 0 ? '' : url.slice(q + 1)),
        body,
        device,
        transport: 'http',
        connection: undefined,
        log: request.log,
      });
      reply.code(successStatus(op));
      if (!op.encodeBody) return reply.send();
      if (op.jsonBody && !acceptsProtobuf(request))
        return reply.type('application/json').send(op.jsonBody(value));
      return reply.type(PROTOBUF).send(Buffer.from(op.encodeBody(value)));
    } catch (e) {
      return sendError(request, reply, toError(e, request.log));
    }
  }
}

/** True when the request's Accept header names `application/x-protobuf` (spec/transport.md §Representations). */
export function acceptsProtobuf(request: FastifyRequest): boolean {
  return (request.headers.accept ?? '').includes(PROTOBUF);
}

/** The error for a path no operation serves (spec/transport.md §Versioning). */
function unmatched(path: string): DefTalkError {
  const major = /^\/v(\d+)(\/|\?|$)/.exec(path)?.[1];
  if (major !== undefined && Number(major) !== PROTOCOL_VERSION) {
    return new DefTalkError('UNSUPPORTED_VERSION', { supported: [PROTOCOL_VERSION] });
  }
  return new DefTalkError('NOT_FOUND');
}

function paramsOf(c: Compiled, m: RegExpExecArray): Record<string, string> {
  const params: Record<string, string> = {};
  c.names.forEach((name, i) => {
    try {
      params[name] = decodeURIComponent(m[i + 1]!);
    } catch {
      throw new DefTalkError('MALFORMED_REQUEST', { field: 'path' });
    }
  });
  return params;
}

function successStatus(op: Operation<unknown, unknown>): number {
  return op.successStatus ?? (op.encodeBody ? 200 : 204);
}

function toError(e: unknown, log: FastifyBaseLogger): DefTalkError {
  if (isDefTalkError(e)) return e;
  log.error({ err: e }, 'unexpected error in operation');
  return new DefTalkError('INTERNAL');
}

/** The result of a failed operation: the error's status and a `deftalk.v1.Error` body. */
export function errorResult(err: DefTalkError): OperationResult {
  return { status: err.status, body: encodeErrorBody(err) };
}
