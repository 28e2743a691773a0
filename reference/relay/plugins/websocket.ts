/**
 * @module
 * The device WebSocket (spec/transport.md §WebSocket). One connection per
 * device at `/v1/websocket`; every binary message is one `deftalk.v1.Frame`.
 * Requests are answered by the same operations as HTTP (plugins/operations.ts);
 * the relay sends its own requests (pushes) with {@link Connection.request}.
 * Text messages and undecodable frames close the connection with the codes of
 * {@link CloseCode}; keepalive is WebSocket ping/pong.
 *
 * Authentication hook: the option `authenticateUpgrade(request)` (default:
 * the registry's authenticator, anonymous until spec/identity.md installs
 * one) runs before the upgrade. It returns the device the connection acts
 * for, `undefined` for an anonymous connection, or a DefTalkError
 * (UNAUTHENTICATED), which is answered as an HTTP error instead of upgrading.
 * A newer connection of the same device replaces the older one, which is
 * closed with {@link CloseCode.REPLACED}; newer means the upgrade request
 * arrived later ({@link WebSocketHub.ticket}), not that its authentication
 * completed later.
 */
import websocket from '@fastify/websocket';
import type { FastifyBaseLogger, FastifyInstance, FastifyRequest } from 'fastify';
import type { RawData, WebSocket } from 'ws';
import { DefTalkError, isDefTalkError } from '../../errors/index.ts';
import { decodeFrame, encodeFrame, type Frame, peekRequestId } from '../../wire/index.ts';
import { sendError } from './errors.ts';
import {
  type AuthenticatedDevice,
  deviceKey,
  errorResult,
  type OperationConnection,
  type OperationRegistry,
  type OperationResult,
} from './operations.ts';

/** Path of the device WebSocket (spec/transport.md §WebSocket). */
export const WEBSOCKET_PATH = '/v1/websocket';

/** Close codes the relay sends (spec/transport.md §Close codes). */
export const CloseCode = {
  /** The relay is shutting down. */
  GOING_AWAY: 1001,
  /** A text message arrived; DefTalk frames are binary. */
  UNSUPPORTED_DATA: 1003,
  /** A binary message that is not a Frame, or a frame error that cannot be answered by id. */
  INVALID_FRAME: 1007,
  /** A message larger than the frame limit. */
  MESSAGE_TOO_BIG: 1009,
  /** A newer connection of the same device took this one's place. */
  REPLACED: 4001,
} as const;

/** Raised by {@link Connection.request} when the peer does not answer in time. */
export class RequestTimeout extends Error {
  constructor() {
    super('the peer did not answer the request in time');
    this.name = 'RequestTimeout';
  }
}

/** Raised by {@link Connection.request} when the connection closes before the answer. */
export class ConnectionClosed extends Error {
  constructor() {
    super('the connection closed before the answer');
    this.name = 'ConnectionClosed';
  }
}

let nextConnectionId = 1;

/** A request sent to the device, waiting for its response until `deadline` (epoch ms). */
interface PendingRequest {
  resolve(r: OperationResult): void;
  reject(e: Error): void;
  deadline: number;
}

/** One device WebSocket (spec/transport.md §WebSocket). */
export class Connection implements OperationConnection {
  readonly id = nextConnectionId++;
  readonly device: AuthenticatedDevice | undefined;
  readonly #socket: WebSocket;
  /**
   * Requests awaiting the device's response, in the order they were sent.
   * One timer per connection watches their deadlines (armed for the
   * earliest), instead of a timer per request: a drain sends up to a
   * window of pushes at once, and a timer each was a measurable share of
   * the relay's time per envelope (bench/RESULTS.md, fourth round).
   */
  readonly #pending = new Map<number, PendingRequest>();
  #timer: ReturnType<typeof setTimeout> | undefined;
  #timerAt = Number.POSITIVE_INFINITY;
  /** Ids of the peer's requests being answered now. */
  readonly inFlight = new Set<number>();
  #nextRequestId = 1;
  /** Set by a pong, cleared by each keepalive ping. */
  alive = true;

  /**
   * The order in which the connection opened among all connections of the
   * service ({@link WebSocketHub.ticket}); undefined when none could be had.
   */
  readonly ticket: number | undefined;

  constructor(socket: WebSocket, device: AuthenticatedDevice | undefined, ticket?: number) {
    this.#socket = socket;
    this.device = device;
    this.ticket = ticket;
  }

  /** True while frames can be sent. */
  get open(): boolean {
    return this.#socket.readyState === this.#socket.OPEN;
  }

  /**
   * Send a request to the device and resolve with its response
   * (spec/transport.md §Requests and responses). Rejects with
   * {@link RequestTimeout} or {@link ConnectionClosed}.
   */
  request(
    req: { method: string; path: string; body: Uint8Array },
    timeoutMs = 30_000,
  ): Promise<OperationResult> {
    if (!this.open) return Promise.reject(new ConnectionClosed());
    const id = this.#nextRequestId;
    this.#nextRequestId = this.#nextRequestId >= 0xffffffff ? 1 : this.#nextRequestId + 1;
    const deadline = Date.now() + timeoutMs;
    return new Promise<OperationResult>((resolve, reject) => {
      this.#pending.set(id, { resolve, reject, deadline });
      if (deadline < this.#timerAt) this.#arm(deadline);
      this.send({ kind: 'request', id, ...req });
    });
  }

  /** Arm the connection's one request timer for `at` (epoch ms), replacing a later one. */
  #arm(at: number): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timerAt = at;
    this.#timer = setTimeout(() => this.#expire(), Math.max(0, at - Date.now()));
  }

  /** Fail the requests whose deadline has passed; re-arm for the earliest of the rest. */
  #expire(): void {
    this.#timer = undefined;
    this.#timerAt = Number.POSITIVE_INFINITY;
    const now = Date.now();
    let next = Number.POSITIVE_INFINITY;
    for (const [id, p] of this.#pending) {
      if (p.deadline <= now) {
        this.#pending.delete(id);
        p.reject(new RequestTimeout());
      } else if (p.deadline < next) {
        next = p.deadline;
      }
    }
    if (next !== Number.POSITIVE_INFINITY) this.#arm(next);
  }

  /** Send one frame if the socket is still open. */
  send(frame: Frame): void {
    if (this.open) this.#socket.send(encodeFrame(frame), { binary: true });
  }

  /**
   * Run `fn` with the TCP socket corked, so that the frames it sends leave in
   * one write instead of one system call each (a drain pushes many at once).
   */
  corked(fn: () => void): void {
    const raw = (this.#socket as unknown as { _socket?: { cork(): void; uncork(): void } })._socket;
    raw?.cork();
    try {
      fn();
    } finally {
      raw?.uncork();
    }
  }

  /** Close with `code` (spec/transport.md §Close codes). */
  close(code: number, reason: string): void {
    if (
      this.#socket.readyState === this.#socket.OPEN ||
      this.#socket.readyState === this.#socket.CONNECTING
    ) {
      this.#socket.close(code, reason);
    }
  }

  /** Drop the TCP connection without a closing handshake (keepalive failure, shutdown grace over). */
  terminate(): void {
    this.#socket.terminate();
  }

  /** Send a keepalive ping. */
  ping(): void {
    if (this.open) this.#socket.ping();
  }

  /** Deliver a response frame to the pending request it answers; false when none waits for it. */
  settle(frame: { id: number; status: number; body: Uint8Array }): boolean {
    const p = this.#pending.get(frame.id);
    if (!p) return false;
    // The timer stays armed when nothing is pending: it fires at most once
    // more, finds nothing, and is not re-armed (clearing it here would cost a
    // timer per request again on a connection with one push at a time).
    this.#pending.delete(frame.id);
    p.resolve({ status: frame.status, body: frame.body });
    return true;
  }

  /** Fail every pending request; called once the socket has closed. */
  failPending(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#timerAt = Number.POSITIVE_INFINITY;
    const pending = [...this.#pending.values()];
    this.#pending.clear();
    for (const p of pending) p.reject(new ConnectionClosed());
  }
}

/** Told of device connections opening and closing (see {@link WebSocketHub.listen}). */
export interface HubListener {
  /** A device connection opened (after any older one of the device was told to close). */
  attached(conn: Connection): void;
  /** A device connection closed; its pending requests are about to fail. */
  detached(conn: Connection): void;
}

/**
 * The open device connections, shared with the plugins that push to devices
 * (delivery): at most one connection per authenticated device.
 */
export class WebSocketHub {
  readonly #all = new Set<Connection>();
  readonly #byDevice = new Map<string, Connection>();
  readonly #listeners: HubListener[] = [];
  #lastTicket = 0;
  #tickets: () => Promise<number> = async () => ++this.#lastTicket;

  /**
   * Number the connections of the whole service from `source` instead of
   * this process's counter (the cluster bus, spec/deployment.md §A device
   * connected twice).
   */
  useTickets(source: () => Promise<number>): void {
    this.#tickets = source;
  }

  /**
   * A ticket for a connection that is opening, taken as its upgrade request
   * arrives, before authentication: a later ticket means a newer connection
   * (spec/transport.md §WebSocket, one connection per device). Undefined
   * when the source failed; such a connection is ordered by attachment.
   */
  async ticket(): Promise<number | undefined> {
    try {
      return await this.#tickets();
    } catch {
      return undefined;
    }
  }

  /**
   * Be told when a device connection opens and when it closes (delivery
   * starts and stops its push stream with these, spec/delivery.md §Push).
   * Anonymous connections are not reported.
   */
  listen(listener: HubListener): void {
    this.#listeners.push(listener);
  }

  /** The open connection of `device`, if any. */
  connectionOf(device: AuthenticatedDevice): Connection | undefined {
    return this.#byDevice.get(deviceKey(device));
  }

  /** Every open connection. */
  get connections(): ReadonlySet<Connection> {
    return this.#all;
  }

  /**
   * Register a new connection. The newer of two connections of one device
   * stays, by ticket (the order they opened in, whatever order their
   * authentication completed in), by attachment when either has none; the
   * older is closed REPLACED. False when `conn` itself was the older.
   */
  attach(conn: Connection): boolean {
    const key = conn.device && deviceKey(conn.device);
    const old = key === undefined ? undefined : this.#byDevice.get(key);
    if (old?.ticket !== undefined && conn.ticket !== undefined && old.ticket > conn.ticket) {
      conn.close(CloseCode.REPLACED, 'replaced by a newer connection');
      return false;
    }
    this.#all.add(conn);
    if (key === undefined) return true;
    this.#byDevice.set(key, conn);
    old?.close(CloseCode.REPLACED, 'replaced by a newer connection');
    for (const l of this.#listeners) l.attached(conn);
    return true;
  }

  /** Forget a closed connection. */
  detach(conn: Connection): void {
    if (this.#all.has(conn) && conn.device) for (const l of this.#listeners) l.detached(conn);
    this.#all.delete(conn);
    if (conn.device && this.#byDevice.get(deviceKey(conn.device)) === conn) {
      this.#byDevice.delete(deviceKey(conn.device));
    }
  }
}

/** Options of {@link websocketPlugin}. */
export interface WebSocketOptions {
  operations: OperationRegistry;
  hub: WebSocketHub;
  /** Largest binary message accepted; larger ones close the connection with 1009. */
  maxFrameBytes: number;
  /** Interval of keepalive pings; a connection that has not answered the previous ping is dropped. Default 30 s. */
  pingIntervalMs?: number;
  /** Requests of one connection answered at once; more are answered RATE_LIMITED. Default 32. */
  maxInFlight?: number;
  /**
   * Authenticate the upgrade request (see the module comment). Default: the
   * operation registry's authenticator.
   */
  authenticateUpgrade?: (request: FastifyRequest) => Promise<AuthenticatedDevice | DefTalkError | undefined>;
}

/** Fastify plugin: the device WebSocket. */
export async function websocketPlugin(app: FastifyInstance, opts: WebSocketOptions): Promise<void> {
  const { operations, hub } = opts;
  const maxInFlight = opts.maxInFlight ?? 32;
  const authenticate = opts.authenticateUpgrade ?? ((request) => operations.authenticator.upgrade(request));
  const deviceOf = new WeakMap<FastifyRequest, { device: AuthenticatedDevice; ticket: number | undefined }>();

  await app.register(websocket, {
    options: { maxPayload: opts.maxFrameBytes, perMessageDeflate: false },
    preClose(done) {
      // Say goodbye with 1001; peers that do not finish the closing handshake
      // promptly are dropped so shutdown is not held up.
      for (const conn of hub.connections) conn.close(CloseCode.GOING_AWAY, 'relay shutting down');
      const grace = setTimeout(() => {
        for (const conn of hub.connections) conn.terminate();
      }, 1000);
      grace.unref();
      this.websocketServer.close();
      done();
    },
    errorHandler(error, socket, request) {
      request.log.warn({ err: error }, 'websocket error');
      socket.terminate();
    },
  });

  const keepalive = setInterval(() => {
    for (const conn of hub.connections) {
      if (!conn.alive) {
        conn.terminate();
        continue;
      }
      conn.alive = false;
      conn.ping();
    }
  }, opts.pingIntervalMs ?? 30_000);
  keepalive.unref();
  app.addHook('onClose', async () => clearInterval(keepalive));

  app.route({
    method: 'GET',
    url: WEBSOCKET_PATH,
    preValidation: async (request, reply) => {
      if (!request.ws) return;
      // Numbered on arrival, so that a connection whose authentication finishes later does not pass for the newer.
      const ticket = hub.ticket();
      const found = await authenticate(request);
      if (found instanceof DefTalkError) return sendError(request, reply, found);
      if (found) deviceOf.set(request, { device: found, ticket: await ticket });
    },
    // A plain HTTP GET without the upgrade is not a WebSocket request.
    handler: (request, reply) => sendError(request, reply, new DefTalkError('MALFORMED_REQUEST')),
    wsHandler: (socket, request) => {
      const opened = deviceOf.get(request);
      const conn = new Connection(socket, opened?.device, opened?.ticket);
      // A child logger only once the connection sends a request: an idle
      // connection costs no logger object (bench idle-connections).
      let child: FastifyBaseLogger | undefined;
      const log = (): FastifyBaseLogger => (child ??= app.log.child({ connection: conn.id }));
      hub.attach(conn);
      app.log.info({ connection: conn.id }, 'websocket open');
      socket.on('pong', () => {
        conn.alive = true;
      });
      socket.on('message', (data, isBinary) => onMessage(conn, data, isBinary, log));
      socket.on('close', (code) => {
        hub.detach(conn);
        conn.failPending();
        app.log.info({ connection: conn.id, code }, 'websocket closed');
      });
    },
  });

  function onMessage(conn: Connection, data: RawData, isBinary: boolean, log: () => FastifyBaseLogger): void {
    if (!isBinary) {
      conn.close(CloseCode.UNSUPPORTED_DATA, 'text frames are not accepted');
      return;
    }
    // ws hands a Buffer (binaryType nodebuffer); only the other forms are copied.
    const bytes = Buffer.isBuffer(data)
      ? data
      : Array.isArray(data)
        ? Buffer.concat(data)
        : Buffer.from(data as ArrayBuffer);
    let frame: Frame;
    try {
      frame = decodeFrame(bytes);
    } catch (e) {
      const id = peekRequestId(bytes);
      if (id === undefined || !isDefTalkError(e)) {
        conn.close(CloseCode.INVALID_FRAME, 'not a DefTalk frame');
        return;
      }
      const r = errorResult(e);
      conn.send({ kind: 'response', id, status: r.status, body: r.body });
      return;
    }
    if (frame.kind === 'response') {
      if (!conn.settle(frame)) log().debug({ id: frame.id }, 'response to no pending request');
      return;
    }
    const { id } = frame;
    if (conn.inFlight.has(id)) {
      const r = errorResult(new DefTalkError('MALFORMED_REQUEST', { field: 'request.id' }));
      conn.send({ kind: 'response', id, status: r.status, body: r.body });
      return;
    }
    if (conn.inFlight.size >= maxInFlight) {
      const r = errorResult(new DefTalkError('RATE_LIMITED'));
      conn.send({ kind: 'response', id, status: r.status, body: r.body });
      return;
    }
    conn.inFlight.add(id);
    void operations.dispatch(frame, conn, log()).then((r) => {
      conn.inFlight.delete(id);
      conn.send({ kind: 'response', id, status: r.status, body: r.body });
    });
  }
}
