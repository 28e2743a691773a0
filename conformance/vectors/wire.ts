/**
 * @module
 * The `wire` vector area (conformance/vectors/README.md §wire.json): exact
 * `deftalk.v1.Frame` encodings, and the decoding rules of spec/transport.md
 * §Frame decoding and §Unknown fields (critical range, version, structure).
 */

import { isDefTalkError } from '../../reference/errors/index.ts';
import { decodeFrame, encodeFrame, type Frame } from '../../reference/wire/index.ts';
import { CheckFailed } from '../case.ts';
import { askDriver } from '../runner/vectors.ts';
import type { VectorArea, VectorGroup, VectorOutcome, VectorTest } from './area.ts';

/** A frame as the vectors write it: byte fields in lower-case hex. */
export interface FrameJson {
  kind: 'request' | 'response';
  id: number;
  method?: string;
  path?: string;
  status?: number;
  body: string;
}

const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex');

/** Domain frame → its JSON form. */
export function frameToJson(f: Frame): FrameJson {
  return f.kind === 'request'
    ? { kind: 'request', id: f.id, method: f.method, path: f.path, body: hex(f.body) }
    : { kind: 'response', id: f.id, status: f.status, body: hex(f.body) };
}

/** JSON form → domain frame. */
export function frameFromJson(j: FrameJson): Frame {
  const body = Buffer.from(j.body, 'hex');
  return j.kind === 'request'
    ? { kind: 'request', id: j.id, method: j.method ?? '', path: j.path ?? '', body }
    : { kind: 'response', id: j.id, status: j.status ?? 0, body };
}

/**
 * Check one test against the reference codecs. `FrameEncode`: encoding
 * `decoded` gives exactly `frame`, and decoding `frame` gives `decoded`.
 * `FrameDecode`: decoding `frame` gives `decoded` (valid) or is rejected with
 * `error` (invalid); another error, or other fields, is a difference.
 */
export function checkWire(group: VectorGroup, test: VectorTest): VectorOutcome {
  const bytes = Buffer.from(String(test['frame']), 'hex');
  if (group.type === 'FrameEncode') {
    const encoded = hex(encodeFrame(frameFromJson(test['decoded'] as FrameJson)));
    if (encoded !== test['frame']) throw new CheckFailed('encoding differs', test['frame'], encoded);
  } else if (group.type !== 'FrameDecode') {
    throw new CheckFailed(`unknown test group type ${group.type}`);
  }
  let decoded: FrameJson;
  try {
    decoded = frameToJson(decodeFrame(bytes));
  } catch (e) {
    if (!isDefTalkError(e)) throw e;
    if (test['error'] !== undefined && test['error'] !== e.errorName) {
      throw new CheckFailed('rejected with another error', test['error'], e.errorName);
    }
    return { result: 'invalid', detail: e.errorName };
  }
  if (test.result === 'valid' && JSON.stringify(decoded) !== JSON.stringify(test['decoded'])) {
    throw new CheckFailed('decoded frame differs', test['decoded'], decoded);
  }
  return { result: 'valid' };
}

/** The `wire` area. */
export const wireVectors: VectorArea = {
  area: 'wire',
  check: (group, test, driver) =>
    driver ? askDriver(driver, 'wire', group, test) : Promise.resolve(checkWire(group, test)),
};
