/**
 * @module
 * The wire layer (spec/transport.md). Generated protobuf types stay inside
 * this folder; the rest of the code base speaks domain objects through the
 * codecs exported here.
 */
import type { DefTalkError } from '../errors/index.ts';
import { deftalk } from './generated/deftalk.js';

/** Media type of every protobuf request and response body (spec/transport.md §HTTP). */
export const PROTOBUF = 'application/x-protobuf';

/** The protocol major version this implementation speaks (spec/transport.md §Versioning). */
export const PROTOCOL_VERSION = 1;

/** Encode a {@link DefTalkError} as a `deftalk.v1.Error` body. */
export function encodeError(err: DefTalkError): Uint8Array {
  const details: Record<string, string> = {};
  for (const [k, v] of Object.entries(err.details ?? {})) details[k] = Array.isArray(v) ? v.join(',') : String(v);
  return deftalk.v1.Error.encode({
    code: err.code,
    name: err.errorName,
    message: err.message,
    retryable: err.retryable,
    retryAfterMs: Number(err.details?.retryAfterMs ?? 0),
    details,
  }).finish();
}

/** Encode what `GET /v1/info` answers. */
export function encodeRelayInfo(info: {
  versions: number[];
  capabilities: string[];
  implementation: string;
  maxBodyBytes: number;
}): Uint8Array {
  return deftalk.v1.RelayInfo.encode(info).finish();
}
