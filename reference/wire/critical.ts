/**
 * @module
 * The critical-field rule (spec/transport.md §Unknown fields). Field numbers
 * 1000-1999 are critical in every DefTalk message: a decoder that meets one
 * it does not know rejects the whole message with UNKNOWN_CRITICAL_FIELD
 * (REQ-TRANSPORT-010); unknown fields outside that range are skipped
 * (REQ-TRANSPORT-011).
 *
 * protobufjs decoders drop unknown fields silently, so this module walks the
 * raw bytes once, at every nesting level of known message fields, before the
 * generated decoder runs. The walk also rejects what protobufjs would misread:
 * a known field sent with the wrong wire type, a truncated field, a group,
 * field number 0. Length-delimited fields that are not messages are skipped in
 * O(1), so the cost is proportional to the number of fields, not to the size
 * of ciphertext blobs.
 */
import { DefTalkError } from '../errors/index.ts';
import { MESSAGE_FIELDS } from './generated/schema.ts';

/** First critical field number (spec/transport.md §Unknown fields). */
export const CRITICAL_MIN = 1000;
/** Last critical field number (spec/transport.md §Unknown fields). */
export const CRITICAL_MAX = 1999;

/** Deepest message nesting the scan follows; deeper input is MALFORMED_REQUEST. */
const MAX_DEPTH = 32;

/** A message's known fields, linked directly to nested message schemas. */
interface MessageSchema {
  readonly name: string;
  /** field number → allowed wire-type bit mask and nested schema. */
  readonly fields: Map<number, { readonly wireMask: number; nested: MessageSchema | null }>;
}

const SCHEMAS = new Map<string, MessageSchema>();
for (const [name, rows] of Object.entries(MESSAGE_FIELDS)) {
  const fields = new Map<number, { wireMask: number; nested: MessageSchema | null }>();
  for (const [id, wts] of rows)
    fields.set(id, { wireMask: wts.reduce((m, wt) => m | (1 << wt), 0), nested: null });
  SCHEMAS.set(name, { name, fields });
}
for (const [name, rows] of Object.entries(MESSAGE_FIELDS)) {
  const schema = SCHEMAS.get(name)!;
  for (const [id, , nested] of rows)
    if (nested !== null) schema.fields.get(id)!.nested = SCHEMAS.get(nested)!;
}

/** The schema of a fully qualified message name, e.g. `deftalk.v1.Frame`. */
function schemaOf(typeName: string): MessageSchema {
  const schema = SCHEMAS.get(typeName);
  if (!schema) throw new TypeError(`unknown message type ${typeName}`);
  return schema;
}

/**
 * Check `bytes` as an encoding of `typeName` under the critical-field rule.
 * Throws UNKNOWN_CRITICAL_FIELD (details: `field`, `message`) or
 * MALFORMED_REQUEST; returns normally when the generated decoder may run.
 * @example assertNoUnknownCritical(bytes, 'deftalk.v1.Frame');
 */
export function assertNoUnknownCritical(bytes: Uint8Array, typeName: string): void {
  scan(bytes, 0, bytes.length, schemaOf(typeName), 0);
}

function malformed(): DefTalkError {
  return new DefTalkError('MALFORMED_REQUEST');
}

/** Read a varint of at most 64 bits starting at `pos`; returns [low 32 bits as unsigned number, next pos]. */
function varint(buf: Uint8Array, pos: number, end: number): number {
  // Only the position after the varint matters to the scan, except for tags
  // and lengths, which are read with readLength below.
  for (let i = 0; i < 10; i++) {
    if (pos >= end) throw malformed();
    if ((buf[pos++]! & 0x80) === 0) return pos;
  }
  throw malformed();
}

/** Read a varint used as a tag or length (< 2^32) and return its value; advances `cursor.pos`. */
function readLength(buf: Uint8Array, cursor: { pos: number }, end: number): number {
  let value = 0;
  let mul = 1;
  for (let i = 0; i < 5; i++) {
    if (cursor.pos >= end) throw malformed();
    const b = buf[cursor.pos++]!;
    value += (b & 0x7f) * mul;
    if ((b & 0x80) === 0) return value;
    mul *= 128;
  }
  throw malformed();
}

function scan(buf: Uint8Array, start: number, end: number, schema: MessageSchema, depth: number): void {
  if (depth > MAX_DEPTH) throw malformed();
  const cursor = { pos: start };
  while (cursor.pos < end) {
    const tag = readLength(buf, cursor, end);
    const field = Math.floor(tag / 8);
    const wireType = tag & 7;
    if (field === 0) throw malformed();
    const known = schema.fields.get(field);
    if (known === undefined) {
      if (field >= CRITICAL_MIN && field <= CRITICAL_MAX) {
        throw new DefTalkError('UNKNOWN_CRITICAL_FIELD', { field, message: schema.name });
      }
    } else if ((known.wireMask & (1 << wireType)) === 0) {
      throw malformed();
    }
    switch (wireType) {
      case 0:
        cursor.pos = varint(buf, cursor.pos, end);
        break;
      case 1:
        cursor.pos += 8;
        break;
      case 5:
        cursor.pos += 4;
        break;
      case 2: {
        const len = readLength(buf, cursor, end);
        const next = cursor.pos + len;
        if (next > end) throw malformed();
        if (known?.nested) scan(buf, cursor.pos, next, known.nested, depth + 1);
        cursor.pos = next;
        break;
      }
      default:
        // Groups (3, 4) are not used by proto3 DefTalk messages; 6 and 7 do not exist.
        throw malformed();
    }
    if (cursor.pos > end) throw malformed();
  }
}
