/**
 * @module
 * The privacy policy the relay publishes (spec/lifecycle.md §Policy,
 * §Consent): its version, its text (spec/privacy-policy.txt unless the
 * operator names another file) and the uses the relay makes of what it
 * holds, each with an id, a flag saying whether an account may decline it,
 * and the version that introduced or last changed it. A client compares
 * the uses' versions with the version the account accepted to show what
 * changed, and declines the optional ones its user does not want.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { PolicyInfo, PolicyUse } from '../../wire/lifecycle.ts';

/** The version of the policy text and uses below; raise it with every change of either. */
export const POLICY_VERSION = 1;

/** The policy text shipped with the reference relay. */
export const DEFAULT_POLICY_FILE = new URL('../../../spec/privacy-policy.txt', import.meta.url);

/** Ids of the optional uses the reference relay honours (spec/lifecycle.md §Uses). */
export const USE_DISCOVERY = 'discovery';
/** Counting the account in aggregate audience figures (policy clause 12.1). */
export const USE_AUDIENCE_STATISTICS = 'audience-statistics';

/** Every use the reference relay makes of account data (spec/lifecycle.md §Uses). */
export const POLICY_USES: readonly PolicyUse[] = [
  {
    id: 'identification',
    description: 'Your phone number, kept only as a keyed hash, identifies your account (clause 1.2).',
    optional: false,
    sinceVersion: 1,
  },
  {
    id: 'delivery',
    description:
      'Encrypted messages wait on the relay until your devices receive them, then are erased (clause 9.2).',
    optional: false,
    sinceVersion: 1,
  },
  {
    id: USE_DISCOVERY,
    description:
      'People who have your number in their address book can find your account through private contact discovery (clause 1.1).',
    optional: true,
    sinceVersion: 1,
  },
  {
    id: USE_AUDIENCE_STATISTICS,
    description:
      'Your account is counted, never singled out, in aggregate audience figures shown to advertisers (clause 12.1).',
    optional: true,
    sinceVersion: 1,
  },
];

/** The policy as the relay publishes it, without the per-relay settings. */
export interface Policy {
  readonly version: number;
  readonly text: string;
  readonly textSha256: Uint8Array;
  readonly uses: readonly PolicyUse[];
}

/** Load the policy text from `file` (default: the shipped spec/privacy-policy.txt). */
export function loadPolicy(
  file: string | URL = DEFAULT_POLICY_FILE,
  version = POLICY_VERSION,
  uses = POLICY_USES,
): Policy {
  const text = readFileSync(file, 'utf8');
  return { version, text, textSha256: createHash('sha256').update(text, 'utf8').digest(), uses };
}

/** The optional uses of `policy`, by id. */
export function optionalUses(policy: Policy): Set<string> {
  return new Set(policy.uses.filter((u) => u.optional).map((u) => u.id));
}

/** The `PolicyInfo` answer of GET /v1/policy. */
export function policyInfo(
  policy: Policy,
  inactivityDays: number,
  pushGateways: readonly string[],
): PolicyInfo {
  return { ...policy, inactivityDays, pushGateways };
}
