/**
 * @module
 * The wire layer (spec/transport.md). Generated protobuf types stay inside
 * this folder; the rest of the code base speaks domain objects through the
 * codecs exported here. Every decoder applies the critical-field rule
 * (spec/transport.md §Unknown fields) before anything else.
 */
import { DefTalkError, type ErrorDetails, errorInfo } from '../errors/index.ts';
import { decodeMessage, requireField } from './codec.ts';
import { deftalk } from './generated/deftalk.js';

export { decodeMessage, requireField } from './codec.ts';
export { CRITICAL_MAX, CRITICAL_MIN } from './critical.ts';
export {
  decodeFrame,
  encodeFrame,
  FRAME_VERSION,
  type Frame,
  peekFrameVersion,
  peekRequestId,
  type RequestFrame,
  type ResponseFrame,
} from './frame.ts';

/** Media type of every protobuf request and response body (spec/transport.md §HTTP). */
export const PROTOBUF = 'application/x-protobuf';

/** The protocol major version this implementation speaks (spec/transport.md §Versioning). */
export const PROTOCOL_VERSION = 1;

/** Encode a {@link DefTalkError} as a `deftalk.v1.Error` body (spec/errors.md §Error body). */
export function encodeError(err: DefTalkError): Uint8Array {
  const details: Record<string, string> = {};
  for (const [k, v] of Object.entries(err.details ?? {}))
    details[k] = Array.isArray(v) ? v.join(',') : String(v);
  return deftalk.v1.Error.encode({
    code: err.code,
    name: err.errorName,
    message: err.message,
    retryable: err.retryable,
    retryAfterMs: Number(err.details?.retryAfterMs ?? 0),
    details,
  }).finish();
}

/** An error body as received (spec/errors.md §Error body); `registered` is false for a code this build does not know. */
export interface ErrorBody {
  readonly code: number;
  readonly name: string;
  readonly message: string;
  readonly retryable: boolean;
  readonly retryAfterMs: number;
  readonly details: Readonly<Record<string, string>>;
  readonly registered: boolean;
}

/** Decode a `deftalk.v1.Error` body (spec/errors.md §Error body). */
export function decodeError(bytes: Uint8Array): ErrorBody {
  const m = decodeMessage('deftalk.v1.Error', (b) => deftalk.v1.Error.decode(b), bytes);
  requireField(m.code, 'code');
  return {
    code: m.code,
    name: m.name ?? '',
    message: m.message ?? '',
    retryable: m.retryable === true,
    retryAfterMs: m.retryAfterMs ?? 0,
    details: { ...(m.details ?? {}) },
    registered: errorInfo(m.code)?.name === m.name,
  };
}

/** Turn a decoded error body back into a {@link DefTalkError} when its code is registered. */
export function errorFromBody(body: ErrorBody): DefTalkError | undefined {
  const info = errorInfo(body.code);
  if (!info) return undefined;
  return new DefTalkError(info.name, body.details as ErrorDetails);
}

/** What a relay says of itself at `GET /v1/info` (spec/transport.md §Discovery). */
export interface RelayInfo {
  /** Protocol major versions, ascending. */
  readonly versions: readonly number[];
  /** Registered capability names (spec/transport.md §Capabilities). */
  readonly capabilities: readonly string[];
  readonly implementation: string;
  readonly maxBodyBytes: number;
}

/** Encode what `GET /v1/info` answers. */
export function encodeRelayInfo(info: RelayInfo): Uint8Array {
  return deftalk.v1.RelayInfo.encode({
    versions: [...info.versions],
    capabilities: [...info.capabilities],
    implementation: info.implementation,
    maxBodyBytes: info.maxBodyBytes,
  }).finish();
}

/** Decode a `deftalk.v1.RelayInfo` body. */
export function decodeRelayInfo(bytes: Uint8Array): RelayInfo {
  const m = decodeMessage('deftalk.v1.RelayInfo', (b) => deftalk.v1.RelayInfo.decode(b), bytes);
  return {
    versions: [...(m.versions ?? [])],
    capabilities: [...(m.capabilities ?? [])],
    implementation: m.implementation ?? '',
    maxBodyBytes: m.maxBodyBytes ?? 0,
  };
}
