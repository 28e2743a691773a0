/**
 * @module
 * A small black-box client for relay-mode cases (spec/transport.md): HTTP
 * with either representation, and a WebSocket that records every message,
 * the close code and the local address it connected from. Frames are built
 * with protobufjs' Writer so cases can send encodings the reference codecs
 * would refuse to produce (unknown fields, wrong versions, garbage).
 */
import { request as httpRequest } from 'node:http';
import protobuf from 'protobufjs/minimal.js';
import WebSocket from 'ws';
import {
  decodeError,
  decodeFrame,
  type ErrorBody,
  encodeFrame,
  PROTOBUF,
  type ResponseFrame,
} from '../../../reference/wire/index.ts';
import { type CaseContext, CheckFailed, check } from '../../case.ts';
import { recordSocket } from '../../lib/evidence.ts';

/** An HTTP answer with its body bytes and the local address the request left from. */
export interface HttpAnswer {
  status: number;
  contentType: string;
  body: Buffer;
  localAddress: string | undefined;
}

/** Send one HTTP request to the relay under test. */
export function http(
  ctx: CaseContext,
  method: string,
  path: string,
  opts: { accept?: string; contentType?: string; body?: Uint8Array; localAddress?: string } = {},
): Promise<HttpAnswer> {
  const base = ctx.relayUrl;
  check(base, 'relay mode needs the relay URL');
  const url = new URL(path, base);
  return new Promise((resolve, reject) => {
    const headers: Record<string, string | number> = {};
    if (opts.accept) headers.accept = opts.accept;
    if (opts.contentType) headers['content-type'] = opts.contentType;
    if (opts.body) headers['content-length'] = opts.body.length;
    const local = opts.localAddress ? { localAddress: opts.localAddress } : {};
    const req = httpRequest(url, { method, headers, signal: ctx.signal, agent: false, ...local }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          contentType: String(res.headers['content-type'] ?? ''),
          body: Buffer.concat(chunks),
          localAddress: req.socket?.localAddress,
        }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(opts.body ? Buffer.from(opts.body) : undefined);
  });
}

/** Parse an error answer in whichever representation it came, and check its name and status. */
export function expectError(ctx: CaseContext, a: HttpAnswer, name: string, status: number): ErrorBody {
  let body: ErrorBody;
  if (a.contentType.startsWith(PROTOBUF)) {
    body = decodeError(a.body);
  } else {
    check(
      a.contentType.startsWith('application/json'),
      'error body is JSON or protobuf',
      'json',
      a.contentType,
    );
    const j = JSON.parse(a.body.toString('utf8')) as Partial<ErrorBody>;
    body = {
      code: Number(j.code),
      name: String(j.name),
      message: String(j.message ?? ''),
      retryable: j.retryable === true,
      retryAfterMs: 0,
      details: {},
      registered: true,
    };
  }
  ctx.log(`-> ${a.status} ${body.name} (${body.code})`);
  check(body.name === name, `error name is ${name}`, name, body.name);
  check(a.status === status, `status is ${status}`, status, a.status);
  return body;
}

/** A WebSocket to the relay that queues every message and records how it closed. */
export class SocketProbe {
  readonly #ws: WebSocket;
  readonly #queue: Buffer[] = [];
  readonly #waiters: ((m: Buffer | undefined) => void)[] = [];
  readonly closed: Promise<{ code: number }>;
  readonly opened: Promise<void>;
  localAddress: string | undefined;

  constructor(ctx: CaseContext, path = '/v1/websocket', localAddress?: string) {
    const base = ctx.relayUrl;
    check(base, 'relay mode needs the relay URL');
    const url = new URL(path, base);
    url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
    this.#ws = recordSocket(new WebSocket(url, localAddress ? { localAddress } : {}), `probe ${path}`);
    this.opened = new Promise((resolve, reject) => {
      this.#ws.once('open', () => {
        this.localAddress = (
          this.#ws as unknown as { _socket?: { localAddress?: string } }
        )._socket?.localAddress;
        resolve();
      });
      this.#ws.once('error', reject);
    });
    this.closed = new Promise((resolve) => {
      this.#ws.once('close', (code) => {
        resolve({ code });
        for (const w of this.#waiters.splice(0)) w(undefined);
      });
    });
    this.#ws.on('error', () => {});
    this.#ws.on('message', (data: Buffer) => {
      const w = this.#waiters.shift();
      if (w) w(data);
      else this.#queue.push(data);
    });
    ctx.signal.addEventListener('abort', () => this.#ws.terminate(), { once: true });
  }

  /** Send raw bytes as one binary message, or a string as a text message. */
  send(data: Uint8Array | string): void {
    this.#ws.send(data, { binary: typeof data !== 'string' });
  }

  /** Send a ping and resolve with the pong's data. */
  ping(data: Buffer): Promise<Buffer> {
    return new Promise((resolve) => {
      this.#ws.once('pong', resolve);
      this.#ws.ping(data);
    });
  }

  /** The next message; fails the case when the socket closes first. */
  async next(): Promise<Buffer> {
    const queued = this.#queue.shift();
    if (queued) return queued;
    if (this.#ws.readyState >= WebSocket.CLOSING) throw new CheckFailed('the relay closed the WebSocket');
    const m = await new Promise<Buffer | undefined>((resolve) => this.#waiters.push(resolve));
    if (!m) throw new CheckFailed('the relay closed the WebSocket before answering');
    return m;
  }

  /** The next message, decoded as a response frame. */
  async nextResponse(): Promise<ResponseFrame> {
    const frame = decodeFrame(await this.next());
    check(frame.kind === 'response', 'the relay answered with a Response frame', 'response', frame.kind);
    return frame;
  }

  /** Send a well-formed request frame and return its response. */
  async call(id: number, method: string, path: string, body = new Uint8Array(0)): Promise<ResponseFrame> {
    this.send(encodeFrame({ kind: 'request', id, method, path, body }));
    return this.nextResponse();
  }

  close(): void {
    this.#ws.close(1000);
  }
}

/** Check that a WebSocket response carries the named error. */
export function expectFrameError(ctx: CaseContext, r: ResponseFrame, id: number, name: string): void {
  check(r.id === id, 'the response carries the request id', id, r.id);
  const e = decodeError(r.body);
  ctx.log(`frame ${id} -> ${r.status} ${e.name}`);
  check(e.name === name, `error name is ${name}`, name, e.name);
  check(r.status === 400 || r.status === 404 || r.status >= 400, 'error status', '>= 400', r.status);
}

/**
 * Raw frame builder: `extraFrame`/`extraRequest` add varint fields with the
 * given numbers to the Frame and to its Request, for unknown-field cases.
 */
export function rawRequestFrame(opts: {
  version?: number;
  id: number;
  method: string;
  path: string;
  extraFrame?: number[];
  extraRequest?: number[];
}): Uint8Array {
  const req = protobuf.Writer.create();
  req.uint32(8).uint32(opts.id);
  req.uint32(18).string(opts.method);
  req.uint32(26).string(opts.path);
  for (const f of opts.extraRequest ?? []) req.uint32(f * 8).uint32(1);
  const frame = protobuf.Writer.create();
  if (opts.version !== 0) frame.uint32(8).uint32(opts.version ?? 1);
  frame.uint32(18).bytes(req.finish());
  for (const f of opts.extraFrame ?? []) frame.uint32(f * 8).uint32(1);
  return frame.finish();
}
