/**
 * @module
 * The contract between the vectors runner and one area of test vectors
 * (conformance/vectors/README.md). A vector file is Wycheproof-style JSON; an
 * area knows how to check one of its tests against the reference
 * implementation in process, or against an implementation under test through
 * the driver operation `vectors.<area>` (spec/driver.md).
 */
import type { DriverLink } from '../case.ts';

/** Expected verdict of a vector: `acceptable` passes either way. */
export type VectorResult = 'valid' | 'invalid' | 'acceptable';

/** One test of a vector file. Area-specific inputs and outputs sit beside the common fields. */
export interface VectorTest {
  tcId: number;
  comment: string;
  result: VectorResult;
  flags: string[];
  /** Requirement IDs this test covers, beyond the file's own. */
  requirements?: string[];
  [field: string]: unknown;
}

/** A group of tests sharing parameters. */
export interface VectorGroup {
  type: string;
  tests: VectorTest[];
  [parameter: string]: unknown;
}

/** A whole vector file. */
export interface VectorFile {
  /** Area name; the file is `conformance/vectors/<area>.json`. */
  area: string;
  /** Relative path of the JSON Schema the file follows. */
  schema: string;
  /** Suite version that produced the file. */
  generatorVersion: string;
  header: string[];
  /** Explanation of every flag used by the tests. */
  notes: Record<string, string>;
  /** Requirement IDs covered by every test of the file. */
  requirements: string[];
  numberOfTests: number;
  testGroups: VectorGroup[];
}

/** What one check found. `result` is the verdict the implementation reached. */
export interface VectorOutcome {
  result: 'valid' | 'invalid';
  /** Why it differed or what it computed; never secret material of a real user (vectors use test keys). */
  detail?: string;
}

/** One area of vectors. */
export interface VectorArea {
  readonly area: string;
  /**
   * Check `test` of `group`. With `driver` undefined, check the reference
   * implementation in process; otherwise ask the driver (operation
   * `vectors.<area>`) and compare its answer with the vector's outputs.
   */
  check(group: VectorGroup, test: VectorTest, driver: DriverLink | undefined): Promise<VectorOutcome>;
}
