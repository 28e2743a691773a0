/**
 * @module
 * Small helpers shared by the identity codecs: byte-length checks with the
 * field name in the error, and the uint64 conversion protobufjs needs.
 */
import { DefTalkError } from '../errors/index.ts';

/** A protobufjs uint64 value: a number, or a Long when the `long` package is present. */
export type Uint64 = number | { toNumber(): number; high: number; low: number; unsigned?: boolean };

/** A uint64 field as a safe integer; MALFORMED_REQUEST above 2^53-1. */
export function u64(value: Uint64 | null | undefined, field: string): number {
  if (value === null || value === undefined) return 0;
  const n = typeof value === 'number' ? value : value.toNumber();
  if (!Number.isSafeInteger(n) || n < 0) throw new DefTalkError('MALFORMED_REQUEST', { field });
  return n;
}

/** `bytes` when it has exactly `length` bytes, else MALFORMED_REQUEST naming `field`. */
export function exactBytes(bytes: Uint8Array | null | undefined, length: number, field: string): Uint8Array {
  if (!bytes || bytes.length !== length) throw new DefTalkError('MALFORMED_REQUEST', { field });
  return bytes;
}

/** Concatenate byte strings. */
export function concatBytes(...parts: Uint8Array[]): Uint8Array {
  let len = 0;
  for (const p of parts) len += p.length;
  const out = new Uint8Array(len);
  let off = 0;
  for (const p of parts) {
    out.set(p, off);
    off += p.length;
  }
  return out;
}

/** `u32(x)`: 4-byte big-endian (spec/session.md §Notation). */
export function u32be(x: number): Uint8Array {
  const out = new Uint8Array(4);
  new DataView(out.buffer).setUint32(0, x >>> 0, false);
  return out;
}

/** The ASCII bytes of a label followed by the 0x00 terminator (spec/accounts.md §Signed payloads). */
export function labelBytes(label: string): Uint8Array {
  return concatBytes(new TextEncoder().encode(label), new Uint8Array([0]));
}
