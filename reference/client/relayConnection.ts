/**
 * @module
 * A device's connection to its relay (spec/transport.md §HTTP, §WebSocket;
 * spec/auth.md): protobuf bodies through the reference/wire codecs, a bearer
 * token obtained by signing the relay's challenge with the device key and
 * renewed before it expires or when the relay says it is no longer valid,
 * and the device WebSocket carrying the same operations as frames plus the
 * relay's own requests (the delivery chapter's pushes plug in through
 * {@link RelaySocketOptions.onRequest}).
 *
 * @example
 * ```ts
 * const relay = new RelayConnection('http://127.0.0.1:8080');
 * relay.signIn({ accountId, deviceId, sign: (p) => deviceKey.sign(p) });
 * const me = decodeAccountInfo(await relay.call('GET', '/v1/accounts/me', { auth: true }));
 * ```
 */
import WebSocket from 'ws';
import { DefTalkError } from '../errors/index.ts';
import { authPayload, decodeAuthChallenge, decodeAuthToken, encodeTokenRequest } from '../wire/auth.ts';
import type { AccountId, DeviceId } from '../wire/ids.ts';
import {
  decodeError as decodeErrorBody,
  decodeFrame,
  encodeFrame,
  errorFromBody,
  PROTOBUF,
} from '../wire/index.ts';

/** Renew a token this long before the relay said it expires, so a request never races the expiry. */
export const TOKEN_RENEW_MARGIN_MS = 60_000;

/** What signs a device in: its address and a signer holding the device key (spec/auth.md §Token request). */
export interface DeviceCredentials {
  readonly accountId: AccountId;
  readonly deviceId: DeviceId;
  /** Ed25519 signature by the device key over `payload`. */
  sign(payload: Uint8Array): Uint8Array;
}

/** The relay answered with a status and a body this client cannot map to a registered error. */
export class RelayError extends Error {
  constructor(
    readonly status: number,
    readonly errorName: string,
  ) {
    super(`the relay answered ${status} ${errorName}`);
    this.name = 'RelayError';
  }
}

/** The relay could not be reached at all. */
export class RelayUnreachable extends Error {
  constructor(options?: { cause?: unknown }) {
    super('the relay cannot be reached', options);
    this.name = 'RelayUnreachable';
  }
}

function toError(status: number, body: Uint8Array, contentType: string): Error {
  if (contentType.startsWith(PROTOBUF) && body.length > 0) {
    try {
      const e = decodeErrorBody(body);
      return errorFromBody(e) ?? new RelayError(status, e.name || String(e.code));
    } catch {
      // Fall through: an undecodable error body is reported by status alone.
    }
  }
  return new RelayError(status, '(no error body)');
}

/** Options of a call. */
export interface CallOptions {
  body?: Uint8Array;
  /** Present the device's bearer token (spec/auth.md §Presenting a token). */
  auth?: boolean;
}

/** HTTP and WebSocket access to one relay for one device. */
export class RelayConnection {
  readonly base: URL;
  #credentials: DeviceCredentials | undefined;
  #token: { value: string; renewAt: number } | undefined;
  #pendingToken: Promise<string> | undefined;
  readonly #now: () => number;

  constructor(base: URL | string, opts: { now?: () => number } = {}) {
    this.base = new URL(base);
    this.#now = opts.now ?? Date.now;
  }

  /** Use `c` for authenticated calls from now on; forgets any earlier token. */
  signIn(c: DeviceCredentials): void {
    this.#credentials = c;
    this.#token = undefined;
  }

  async #http(method: string, path: string, body: Uint8Array | undefined, token?: string) {
    const headers: Record<string, string> = { accept: PROTOBUF };
    if (body) headers['content-type'] = PROTOBUF;
    if (token) headers.authorization = `Bearer ${token}`;
    let res: Response;
    try {
      res = await fetch(new URL(path, this.base), {
        method,
        headers,
        body: body ? Buffer.from(body) : undefined,
      });
    } catch (cause) {
      throw new RelayUnreachable({ cause });
    }
    return {
      status: res.status,
      body: new Uint8Array(await res.arrayBuffer()),
      contentType: res.headers.get('content-type') ?? '',
    };
  }

  /**
   * A valid bearer token: the cached one, or a new one from a signed
   * challenge (spec/auth.md §Challenge, §Token request). Concurrent callers
   * share one acquisition.
   */
  async token(): Promise<string> {
    if (this.#token && this.#now() < this.#token.renewAt) return this.#token.value;
    this.#pendingToken ??= this.#acquire().finally(() => {
      this.#pendingToken = undefined;
    });
    return this.#pendingToken;
  }

  async #acquire(): Promise<string> {
    const c = this.#credentials;
    if (!c) throw new DefTalkError('NOT_REGISTERED');
    const challenge = decodeAuthChallenge(await this.call('POST', '/v1/auth/challenge'));
    const signature = c.sign(authPayload(challenge.nonce, c.accountId, c.deviceId));
    const t = decodeAuthToken(
      await this.call('POST', '/v1/auth/token', {
        body: encodeTokenRequest({
          accountId: c.accountId,
          deviceId: c.deviceId,
          nonce: challenge.nonce,
          signature,
        }),
      }),
    );
    this.#token = {
      value: t.token,
      renewAt: this.#now() + Math.max(0, t.expiresInMs - TOKEN_RENEW_MARGIN_MS),
    };
    return t.token;
  }

  /**
   * One operation over HTTP; resolves with the response body, rejects with
   * the registered {@link DefTalkError} the relay answered (or
   * {@link RelayError}). With `auth`, an UNAUTHENTICATED answer drops the
   * token and retries once with a fresh one (expired or revoked token).
   */
  async call(method: string, path: string, opts: CallOptions = {}): Promise<Uint8Array> {
    for (let attempt = 0; ; attempt++) {
      const token = opts.auth ? await this.token() : undefined;
      const r = await this.#http(method, path, opts.body, token);
      if (r.status < 400) return r.body;
      const err = toError(r.status, r.body, r.contentType);
      if (opts.auth && attempt === 0 && err instanceof DefTalkError && err.errorName === 'UNAUTHENTICATED') {
        this.#token = undefined;
        continue;
      }
      throw err;
    }
  }

  /**
   * Open the device WebSocket, authenticated with the bearer token (spec/transport.md §WebSocket).
   * A socket that does not open (refused upgrade, network error, `signal` aborted) is torn down
   * before this rejects, so nothing of it keeps the process alive; an abort after the socket
   * opened is the caller's to handle (it owns the socket by then).
   */
  async openSocket(opts: RelaySocketOptions & { signal?: AbortSignal } = {}): Promise<RelaySocket> {
    const { signal } = opts;
    signal?.throwIfAborted();
    const token = await this.token();
    signal?.throwIfAborted();
    const url = new URL('/v1/websocket', this.base);
    url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
    const ws = new WebSocket(url, { headers: { authorization: `Bearer ${token}` } });
    ws.binaryType = 'nodebuffer';
    // Listen before the upgrade completes: the relay may push in the same
    // packet as its 101 answer, and ws drops messages nobody listens to yet.
    const socket = new RelaySocket(ws, opts);
    let onAbort: (() => void) | undefined;
    try {
      await new Promise<void>((resolve, reject) => {
        ws.once('open', () => resolve());
        ws.once('error', (e) => reject(new RelayUnreachable({ cause: e })));
        ws.once('unexpected-response', (_req, res) =>
          reject(new RelayError(res.statusCode ?? 0, 'upgrade refused')),
        );
        onAbort = () => reject(signal?.reason);
        signal?.addEventListener('abort', onAbort, { once: true });
      });
    } catch (e) {
      // With an 'unexpected-response' listener ws leaves the refused request open, and an
      // aborted handshake is still connecting: either would hold the event loop.
      ws.terminate();
      throw e;
    } finally {
      if (onAbort) signal?.removeEventListener('abort', onAbort);
    }
    return socket;
  }
}

/** Handling of the relay's own requests on the WebSocket. */
export interface RelaySocketOptions {
  /**
   * Answer a request the relay sent (spec/transport.md §Requests and
   * responses); without a handler the client answers 404 NOT_FOUND.
   */
  onRequest?: (req: {
    method: string;
    path: string;
    body: Uint8Array;
  }) => Promise<{ status: number; body?: Uint8Array }>;
}

/** An open device WebSocket: operations as request frames, with the relay's requests routed to a handler. */
export class RelaySocket {
  readonly #ws: WebSocket;
  readonly #pending = new Map<
    number,
    { resolve: (r: { status: number; body: Uint8Array }) => void; reject: (e: Error) => void }
  >();
  #nextId = 1;
  /** Resolves with the close code when the connection ends. */
  readonly closed: Promise<number>;

  constructor(ws: WebSocket, opts: RelaySocketOptions) {
    this.#ws = ws;
    // ws follows every 'error' with 'close', which is what ends this socket; without a
    // listener an error after the handshake would be thrown as an uncaught exception.
    ws.on('error', () => undefined);
    this.closed = new Promise((resolve) => {
      ws.on('close', (code) => {
        for (const p of this.#pending.values()) p.reject(new RelayUnreachable());
        this.#pending.clear();
        resolve(code);
      });
    });
    ws.on('message', (data: Buffer) => {
      let frame: ReturnType<typeof decodeFrame>;
      try {
        frame = decodeFrame(new Uint8Array(data));
      } catch {
        ws.close(1007);
        return;
      }
      if (frame.kind === 'response') {
        const p = this.#pending.get(frame.id);
        this.#pending.delete(frame.id);
        p?.resolve({ status: frame.status, body: frame.body });
        return;
      }
      const handler =
        opts.onRequest ?? (async (): Promise<{ status: number; body?: Uint8Array }> => ({ status: 404 }));
      void handler(frame).then(
        (r) =>
          this.#send(
            encodeFrame({
              kind: 'response',
              id: frame.id,
              status: r.status,
              body: r.body ?? new Uint8Array(0),
            }),
          ),
        () =>
          this.#send(encodeFrame({ kind: 'response', id: frame.id, status: 500, body: new Uint8Array(0) })),
      );
    });
  }

  #send(bytes: Uint8Array): void {
    if (this.#ws.readyState === WebSocket.OPEN) this.#ws.send(bytes);
  }

  /** One operation as a request frame; same results and errors as {@link RelayConnection.call}. */
  async call(method: string, path: string, body: Uint8Array = new Uint8Array(0)): Promise<Uint8Array> {
    const id = this.#nextId++;
    const r = await new Promise<{ status: number; body: Uint8Array }>((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      this.#send(encodeFrame({ kind: 'request', id, method, path, body }));
    });
    if (r.status < 400) return r.body;
    throw toError(r.status, r.body, PROTOBUF);
  }

  /** Close the connection normally. */
  async close(): Promise<number> {
    this.#ws.close(1000);
    return this.closed;
  }
}
