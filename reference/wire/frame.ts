/**
 * @module
 * WebSocket frames (spec/transport.md §WebSocket). Every binary WebSocket
 * message is one encoded `deftalk.v1.Frame` carrying either a request or the
 * response to a request the other side sent. This module turns bytes into
 * validated domain objects and back; the generated classes stay inside it.
 */
import { DefTalkError } from '../errors/index.ts';
import { decodeMessage, requireField } from './codec.ts';
import { deftalk } from './generated/deftalk.js';

/** The Frame.version this implementation speaks (spec/transport.md §Versioning). */
export const FRAME_VERSION = 1;

/** A request sent over the WebSocket; either side may send one (spec/transport.md §Requests and responses). */
export interface RequestFrame {
  readonly kind: 'request';
  /** Chosen by the sender, 1 or more, unique among its pending requests on the connection. */
  readonly id: number;
  /** HTTP method of the operation, e.g. `GET`. */
  readonly method: string;
  /** Path of the operation, starting with `/`, e.g. `/v1/info`; may carry a query string. */
  readonly path: string;
  /** Protobuf body of the operation, empty when it takes none. */
  readonly body: Uint8Array;
}

/** The answer to a {@link RequestFrame} the other side sent. */
export interface ResponseFrame {
  readonly kind: 'response';
  /** The id of the request answered. */
  readonly id: number;
  /** HTTP status of the outcome; a `deftalk.v1.Error` body when 400 or above. */
  readonly status: number;
  readonly body: Uint8Array;
}

/** A decoded frame. */
export type Frame = RequestFrame | ResponseFrame;

const METHOD = /^[A-Z]{1,16}$/;
const EMPTY = new Uint8Array(0);

/**
 * Decode one binary WebSocket message (spec/transport.md §Frame decoding).
 * Verification order: the version first (UNSUPPORTED_VERSION), then the
 * critical-field rule at every level (UNKNOWN_CRITICAL_FIELD), then the
 * structure (MALFORMED_REQUEST).
 * @example const frame = decodeFrame(bytes); if (frame.kind === 'request') route(frame);
 */
export function decodeFrame(bytes: Uint8Array): Frame {
  const version = peekFrameVersion(bytes);
  if (version !== FRAME_VERSION)
    throw new DefTalkError('UNSUPPORTED_VERSION', { supported: [FRAME_VERSION] });
  const m = decodeMessage('deftalk.v1.Frame', (b) => deftalk.v1.Frame.decode(b), bytes);
  if (m.body === 'request' && m.request) {
    const r = m.request;
    requireField(r.id, 'request.id');
    requireField(typeof r.method === 'string' && METHOD.test(r.method), 'request.method');
    requireField(
      typeof r.path === 'string' && r.path.startsWith('/') && r.path.length <= 2048,
      'request.path',
    );
    return { kind: 'request', id: r.id, method: r.method, path: r.path, body: r.body ?? EMPTY };
  }
  if (m.body === 'response' && m.response) {
    const r = m.response;
    requireField(r.id, 'response.id');
    requireField(typeof r.status === 'number' && r.status >= 100 && r.status <= 599, 'response.status');
    return { kind: 'response', id: r.id, status: r.status, body: r.body ?? EMPTY };
  }
  throw new DefTalkError('MALFORMED_REQUEST', { field: 'body' });
}

/**
 * Encode a frame as `deftalk.v1.Frame` with version {@link FRAME_VERSION}.
 * @example socket.send(encodeFrame({ kind: 'response', id: 7, status: 200, body }));
 */
export function encodeFrame(frame: Frame): Uint8Array {
  if (frame.kind === 'request') {
    const { id, method, path, body } = frame;
    return deftalk.v1.Frame.encode({ version: FRAME_VERSION, request: { id, method, path, body } }).finish();
  }
  const { id, status, body } = frame;
  return deftalk.v1.Frame.encode({ version: FRAME_VERSION, response: { id, status, body } }).finish();
}

/**
 * The version a frame claims, read from field 1 without decoding the rest, so
 * that a frame of a later major version, whose other fields may mean
 * something else, is answered UNSUPPORTED_VERSION rather than misread.
 * Absent reads as 0. Throws MALFORMED_REQUEST if the bytes are not protobuf.
 */
export function peekFrameVersion(bytes: Uint8Array): number {
  let version = 0;
  walk(bytes, 0, bytes.length, (field, wireType, value) => {
    if (field === 1 && wireType === 0) version = value;
  });
  return version;
}

/**
 * The id of the request a frame carries, read leniently from the raw bytes
 * (Frame field 2, Request field 1, which keep their numbers in every version,
 * spec/transport.md §Versioning), so that a rejected request can still be
 * answered with its id. `undefined` when the bytes carry no readable request id.
 */
export function peekRequestId(bytes: Uint8Array): number | undefined {
  let id: number | undefined;
  try {
    walk(bytes, 0, bytes.length, (field, wireType, _length, start, end) => {
      if (field !== 2 || wireType !== 2) return;
      walk(bytes, start, end, (f, wt, v) => {
        if (f === 1 && wt === 0 && v > 0) id = v;
      });
    });
  } catch {
    return id;
  }
  return id;
}

/**
 * Visit the top-level fields of a message. For varints `value` is the value
 * (exact up to 2^53); for length-delimited fields it is the length and
 * `start`/`end` bound the payload.
 */
function walk(
  buf: Uint8Array,
  start: number,
  end: number,
  visit: (field: number, wireType: number, value: number, start: number, end: number) => void,
): void {
  let pos = start;
  const readVarint = (): number => {
    let value = 0;
    let mul = 1;
    for (let i = 0; i < 10; i++) {
      if (pos >= end) throw new DefTalkError('MALFORMED_REQUEST');
      const b = buf[pos++]!;
      if (i < 8) value += (b & 0x7f) * mul;
      mul *= 128;
      if ((b & 0x80) === 0) return value;
    }
    throw new DefTalkError('MALFORMED_REQUEST');
  };
  while (pos < end) {
    const tag = readVarint();
    const field = Math.floor(tag / 8);
    const wireType = tag % 8;
    if (field === 0) throw new DefTalkError('MALFORMED_REQUEST');
    let value = 0;
    let s = pos;
    if (wireType === 0) value = readVarint();
    else if (wireType === 1) pos += 8;
    else if (wireType === 5) pos += 4;
    else if (wireType === 2) {
      value = readVarint();
      s = pos;
      pos += value;
    } else throw new DefTalkError('MALFORMED_REQUEST');
    if (pos > end) throw new DefTalkError('MALFORMED_REQUEST');
    visit(field, wireType, value, s, pos);
  }
}
