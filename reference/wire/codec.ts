/**
 * @module
 * The decoding discipline every DefTalk codec follows (spec/transport.md
 * §Unknown fields): check the critical-field rule over the raw bytes, then run
 * the generated decoder, and turn any failure into a registered error. Codecs
 * of other chapters (reference/wire/*.ts) build on {@link decodeMessage} so
 * that no decoder can forget the rule.
 */
import { DefTalkError, isDefTalkError } from '../errors/index.ts';
import { assertNoUnknownCritical } from './critical.ts';

/**
 * Decode `bytes` as the message `typeName` (fully qualified, e.g.
 * `deftalk.v1.Frame`) with `decode`, a generated protobufjs decoder.
 * Throws UNKNOWN_CRITICAL_FIELD or MALFORMED_REQUEST.
 * @example const info = decodeMessage('deftalk.v1.RelayInfo', (b) => deftalk.v1.RelayInfo.decode(b), bytes);
 */
export function decodeMessage<T>(typeName: string, decode: (bytes: Uint8Array) => T, bytes: Uint8Array): T {
  assertNoUnknownCritical(bytes, typeName);
  try {
    return decode(bytes);
  } catch (e) {
    if (isDefTalkError(e)) throw e;
    throw new DefTalkError('MALFORMED_REQUEST', undefined, { cause: e });
  }
}

/** Fail with MALFORMED_REQUEST unless `cond` holds; `field` names the offending field (never its value). */
export function requireField(cond: unknown, field: string): asserts cond {
  if (!cond) throw new DefTalkError('MALFORMED_REQUEST', { field });
}
