/**
 * @module
 * Shared machinery of the session vector areas (kdf, handshake, ratchet,
 * fingerprint; conformance/vectors/README.md): a test type is a function
 * from the test's inputs to its outputs that throws a registered
 * {@link DefTalkError} to reject. The generator (scripts/gen-vectors-session.ts)
 * fills the outputs with it; the checker recomputes and compares.
 */

import type { RandomSource } from '../../reference/client/session/index.ts';
import { isDefTalkError } from '../../reference/errors/index.ts';
import { CheckFailed } from '../case.ts';
import type { VectorGroup, VectorOutcome, VectorTest } from './area.ts';

/** One test type: which fields are outputs, and how to compute them from the inputs. */
export interface TestType {
  /** Output fields compared for a valid test (an invalid test names the `error` instead). */
  readonly outputs: readonly string[];
  compute(group: VectorGroup, test: VectorTest): Record<string, unknown>;
}

/** Lower-case hex of bytes. */
export function hex(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('hex');
}

/** Bytes of a hex field; a missing or malformed field is a suite defect. */
export function unhex(value: unknown, field = 'field'): Uint8Array {
  if (typeof value !== 'string' || !/^([0-9a-f]{2})*$/.test(value))
    throw new Error(`${field} is not lower-case hex`);
  return Uint8Array.from(Buffer.from(value, 'hex'));
}

/** A RandomSource that hands out `values` in order and refuses a draw of another length or past the end. */
export function queuedRandom(values: readonly Uint8Array[]): RandomSource {
  let i = 0;
  return (n) => {
    const v = values[i++];
    if (!v || v.length !== n)
      throw new Error(`random draw ${i - 1} of ${n} bytes not provided by the vector`);
    return Uint8Array.from(v);
  };
}

/**
 * Check one test in process: compute, then compare outputs (valid) or the
 * error name (invalid). A rejection with another error than the vector names
 * is a difference, not a matching verdict.
 */
export function checkWith(
  types: Readonly<Record<string, TestType>>,
  group: VectorGroup,
  test: VectorTest,
): VectorOutcome {
  const type = types[group.type];
  if (!type) throw new CheckFailed(`unknown test group type ${group.type}`);
  let out: Record<string, unknown>;
  try {
    out = type.compute(group, test);
  } catch (e) {
    if (!isDefTalkError(e)) throw e;
    if (test.result === 'invalid' && test['error'] !== undefined && test['error'] !== e.errorName) {
      throw new CheckFailed('rejected with another error', test['error'], e.errorName);
    }
    return { result: 'invalid', detail: e.errorName };
  }
  if (out['verdict'] === 'invalid') return { result: 'invalid', detail: String(out['detail'] ?? '') };
  for (const field of type.outputs) {
    const want = JSON.stringify(test[field]);
    const got = JSON.stringify(out[field]);
    if (test.result === 'valid' && want !== got)
      throw new CheckFailed(`output ${field} differs`, test[field], out[field]);
  }
  return { result: 'valid' };
}

/** Fill a generated test's outputs (or its error) by computing it; used by the generator only. */
export function fill(
  types: Readonly<Record<string, TestType>>,
  group: VectorGroup,
  test: VectorTest,
): VectorTest {
  const type = types[group.type]!;
  try {
    const out = type.compute(group, test);
    if (out['verdict'] === 'invalid') {
      if (test.result !== 'invalid') throw new Error(`tcId ${test.tcId}: expected valid, computed invalid`);
      const { verdict: _v, detail: _d, ...rest } = out;
      return { ...test, ...rest };
    }
    if (test.result === 'invalid')
      throw new Error(`tcId ${test.tcId} (${test.comment}): expected invalid, computed valid`);
    const outputs: Record<string, unknown> = {};
    for (const f of type.outputs) outputs[f] = out[f];
    return { ...test, ...outputs };
  } catch (e) {
    if (!isDefTalkError(e)) throw e;
    if (test.result !== 'invalid')
      throw new Error(`tcId ${test.tcId} (${test.comment}): unexpected ${e.errorName}`);
    if (test['error'] !== e.errorName) {
      throw new Error(
        `tcId ${test.tcId} (${test.comment}): expected ${String(test['error'])}, got ${e.errorName}`,
      );
    }
    return test;
  }
}
