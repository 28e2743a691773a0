/**
 * @module
 * Codecs of the test-hooks profile (spec/test-hooks.md): the clock, storage
 * dump and log messages of proto/deftalk/v1/test_hooks.proto.
 */
import { decodeMessage, requireField } from './codec.ts';
import { deftalk } from './generated/deftalk.js';

/** A protobufjs 64-bit value: a number, or a Long when the `long` package is present. */
type Int64 = number | { toNumber(): number };

function toNumber(v: Int64 | null | undefined): number {
  if (v === null || v === undefined) return 0;
  const n = typeof v === 'number' ? v : v.toNumber();
  return n;
}

/** The relay clock as the clock hooks report it (spec/test-hooks.md §Clock). */
export interface ClockState {
  /** Relay clock, ms since the Unix epoch. */
  readonly nowMs: number;
  /** Relay clock minus system clock, ms. */
  readonly offsetMs: number;
}

/** Encode a {@link ClockState}. */
export function encodeClockState(s: ClockState): Uint8Array {
  return deftalk.v1.ClockState.encode({ nowMs: s.nowMs, offsetMs: s.offsetMs }).finish();
}

/** Decode a `deftalk.v1.ClockState`. */
export function decodeClockState(bytes: Uint8Array): ClockState {
  const m = decodeMessage('deftalk.v1.ClockState', (b) => deftalk.v1.ClockState.decode(b), bytes);
  return { nowMs: toNumber(m.nowMs as Int64), offsetMs: toNumber(m.offsetMs as Int64) };
}

/** Encode the body of `POST /test-hooks/v1/clock/advance`. */
export function encodeClockAdvance(byMs: number): Uint8Array {
  return deftalk.v1.ClockAdvance.encode({ byMs }).finish();
}

/** Decode the body of `POST /test-hooks/v1/clock/advance`: milliseconds, a safe integer. */
export function decodeClockAdvance(bytes: Uint8Array): number {
  const m = decodeMessage('deftalk.v1.ClockAdvance', (b) => deftalk.v1.ClockAdvance.decode(b), bytes);
  const ms = toNumber(m.byMs as Int64);
  requireField(Number.isSafeInteger(ms) && ms >= 0, 'by_ms');
  return ms;
}

/** Encode the body of `POST /test-hooks/v1/clock/set`. */
export function encodeClockSet(nowMs: number): Uint8Array {
  return deftalk.v1.ClockSet.encode({ nowMs }).finish();
}

/** Decode the body of `POST /test-hooks/v1/clock/set`: ms since the epoch, a safe integer. */
export function decodeClockSet(bytes: Uint8Array): number {
  const m = decodeMessage('deftalk.v1.ClockSet', (b) => deftalk.v1.ClockSet.decode(b), bytes);
  const ms = toNumber(m.nowMs as Int64);
  requireField(Number.isSafeInteger(ms) && ms > 0, 'now_ms');
  return ms;
}

/** One file of a storage dump (spec/test-hooks.md §Storage). */
export interface StorageFile {
  /** Path relative to the storage directory, `/`-separated. */
  readonly name: string;
  readonly content: Uint8Array;
}

/** Encode a `deftalk.v1.StorageDump`. */
export function encodeStorageDump(files: readonly StorageFile[]): Uint8Array {
  return deftalk.v1.StorageDump.encode({
    files: files.map((f) => ({ name: f.name, content: f.content })),
  }).finish();
}

/** Decode a `deftalk.v1.StorageDump`. */
export function decodeStorageDump(bytes: Uint8Array): StorageFile[] {
  const m = decodeMessage('deftalk.v1.StorageDump', (b) => deftalk.v1.StorageDump.decode(b), bytes);
  return (m.files ?? []).map((f) => ({ name: f.name ?? '', content: f.content ?? new Uint8Array(0) }));
}

/** Encode a `deftalk.v1.LogLines`. */
export function encodeLogLines(lines: readonly string[]): Uint8Array {
  return deftalk.v1.LogLines.encode({ lines: [...lines] }).finish();
}

/** Decode a `deftalk.v1.LogLines`. */
export function decodeLogLines(bytes: Uint8Array): string[] {
  const m = decodeMessage('deftalk.v1.LogLines', (b) => deftalk.v1.LogLines.decode(b), bytes);
  return [...(m.lines ?? [])];
}
