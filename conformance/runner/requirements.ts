/**
 * @module
 * The requirement index as the runner sees it (spec/conformance.md §Levels).
 * A case's level is the strongest level among the requirements it cites; an
 * ID missing from `spec/requirements.json` counts as MUST, so a typo in a
 * case can never soften its failures into NON_STRICT.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Level of one requirement; UNKNOWN marks an ID the index does not hold. */
export type RequirementLevel = 'MUST' | 'SHOULD' | 'MAY' | 'RETIRED' | 'UNKNOWN';

/** One requirement as recorded in reports (spec/conformance.md §report.json). */
export interface RequirementInfo {
  readonly id: string;
  readonly level: RequirementLevel;
  readonly text: string;
  readonly chapter?: string;
  readonly section?: string;
}

/** Requirement lookup by ID. */
export type RequirementIndex = ReadonlyMap<string, RequirementInfo>;

/** Default location of the generated index, relative to this module. */
export const REQUIREMENTS_PATH = fileURLToPath(new URL('../../spec/requirements.json', import.meta.url));

/**
 * Read `spec/requirements.json`. A missing file yields an empty index (every
 * cited ID then counts as UNKNOWN, i.e. as strict as MUST).
 */
export function loadRequirements(path = REQUIREMENTS_PATH): RequirementIndex {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return new Map();
  }
  const { requirements } = JSON.parse(text) as { requirements: RequirementInfo[] };
  return new Map(requirements.map((r) => [r.id, r]));
}

/** Look up `id`; an ID not in the index is UNKNOWN with an explanatory text. */
export function describeRequirement(index: RequirementIndex, id: string): RequirementInfo {
  return index.get(id) ?? { id, level: 'UNKNOWN', text: 'not in spec/requirements.json' };
}

const STRENGTH: Record<RequirementLevel, number> = { RETIRED: 0, MAY: 1, SHOULD: 2, MUST: 3, UNKNOWN: 3 };

/**
 * Whether a failure of a case citing `levels` is a MUST failure
 * (spec/conformance.md §Outcomes): true when any cited requirement is MUST
 * or unknown to the index.
 */
export function isStrictLevel(levels: readonly RequirementLevel[]): boolean {
  return levels.some((l) => STRENGTH[l] >= STRENGTH.MUST);
}

/** The strongest of `levels`; `MAY` for an empty list. Unknown IDs count as MUST. */
export function strongestLevel(levels: readonly RequirementLevel[]): 'MUST' | 'SHOULD' | 'MAY' {
  const top = Math.max(STRENGTH.MAY, ...levels.map((l) => STRENGTH[l]));
  return top >= STRENGTH.MUST ? 'MUST' : top === STRENGTH.SHOULD ? 'SHOULD' : 'MAY';
}
