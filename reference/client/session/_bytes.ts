/**
 * @module
 * Internal byte helpers for the session modules: big-endian integers, ASCII
 * labels, hex for test output, and the redaction hooks every secret-holding
 * class installs (spec/session.md §Secrets). Not part of the public surface.
 */
import { equalBytes } from '@noble/ciphers/utils.js';
import { DefTalkError, type ErrorName } from '../../errors/index.ts';

/** Node's custom-inspect hook; a secret's `[INSPECT]` prints no key material. */
export const INSPECT = Symbol.for('nodejs.util.inspect.custom');

/** What a redacted secret shows when printed or serialized to JSON. */
export const REDACTED = '[REDACTED]';

/** Encode an ASCII label (spec/session.md gives each label with its hex). */
export function ascii(label: string): Uint8Array {
  const out = new Uint8Array(label.length);
  for (let i = 0; i < label.length; i++) {
    const c = label.charCodeAt(i);
    if (c > 0x7f) throw new TypeError('label must be ASCII');
    out[i] = c;
  }
  return out;
}

/** `u32(x)`: the 4-byte big-endian encoding of spec/session.md §Notation. */
export function u32(x: number): Uint8Array {
  if (!Number.isInteger(x) || x < 0 || x > 0xffffffff) throw new RangeError('u32 out of range');
  const out = new Uint8Array(4);
  new DataView(out.buffer).setUint32(0, x, false);
  return out;
}

/** Read a big-endian u32 at `offset`. */
export function readU32(bytes: Uint8Array, offset: number): number {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(offset, false);
}

/** Concatenate byte strings (`||`). */
export function concat(...parts: Uint8Array[]): Uint8Array {
  let n = 0;
  for (const p of parts) n += p.length;
  const out = new Uint8Array(n);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

/** Constant-time equality of two byte strings (noble `equalBytes`). */
export function ctEqual(a: Uint8Array, b: Uint8Array): boolean {
  return equalBytes(a, b);
}

/** True when every byte is zero, without an early exit. */
export function isAllZero(bytes: Uint8Array): boolean {
  let acc = 0;
  for (const b of bytes) acc |= b;
  return acc === 0;
}

/** Lower-case hex, used for map keys of public values and for vectors. */
export function toHex(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex');
}

/** Check that `bytes` is a Uint8Array of exactly `length` bytes, else throw the registered `error`. */
export function expectLength(bytes: unknown, length: number, error: ErrorName): asserts bytes is Uint8Array {
  if (!(bytes instanceof Uint8Array) || bytes.length !== length) throw new DefTalkError(error);
}

/** Copy a view so stored state never aliases a caller's buffer. */
export function copy(bytes: Uint8Array): Uint8Array {
  return Uint8Array.from(bytes);
}
