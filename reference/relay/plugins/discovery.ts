/**
 * @module
 * Contact discovery (spec/discovery.md): an oblivious PRF per RFC 9497
 * (ristretto255-SHA512, OPRF mode) under a relay key. A device sends
 * blinded elements and receives them evaluated; it finalizes them to PRF
 * outputs and asks which belong to accounts. The relay computed the output
 * of each account's number at registration ({@link DiscoveryService.record}).
 * Per-account daily budgets bound evaluations and lookups; nothing of a
 * query is stored or logged (REQ-DISCOVERY-005).
 */
import { ristretto255_oprf } from '@noble/curves/ed25519.js';
import type { FastifyInstance } from 'fastify';
import { DefTalkError } from '../../errors/index.ts';
import {
  DISCOVERY_MAX_BATCH,
  type DiscoveryMatch,
  decodeDiscoveryEvaluateRequest,
  decodeDiscoveryLookupRequest,
  encodeDiscoveryEvaluateResponse,
  encodeDiscoveryLookupResponse,
} from '../../wire/discovery.ts';
import type { AccountId } from '../../wire/ids.ts';
import type { Clock } from '../clock.ts';
import type { DiscoveryStore } from '../storage/discovery.ts';
import type { OperationRegistry } from './operations.ts';

/** Budgets of spec/discovery.md §Limits. */
export const DISCOVERY_LIMITS = {
  /** Elements one account may have evaluated per window (REQ-DISCOVERY-004). */
  evaluationsPerWindow: 500,
  /** Outputs one account may look up per window (REQ-DISCOVERY-004). */
  lookupsPerWindow: 500,
  /** The window: 24 hours of relay time from the account's first use in it. */
  windowMs: 24 * 60 * 60_000,
} as const;

const oprf = ristretto255_oprf.oprf;

/** The OPRF input of a number: its E.164 text in ASCII (spec/discovery.md §Inputs). */
export function discoveryInput(e164: string): Uint8Array {
  return new Uint8Array(Buffer.from(e164, 'ascii'));
}

interface Budget {
  windowStart: number;
  evaluations: number;
  lookups: number;
}

/**
 * The relay's side of discovery: the key, the index and the budgets.
 * Budgets live in memory and hold counts only; a restart refills them.
 */
export class DiscoveryService {
  readonly #store: DiscoveryStore;
  readonly #secretKey: Uint8Array;
  readonly #clock: Clock;
  readonly #budgets = new Map<string, Budget>();

  constructor(store: DiscoveryStore, secretKey: Uint8Array, clock: Clock) {
    this.#store = store;
    this.#secretKey = secretKey;
    this.#clock = clock;
  }

  /**
   * Record the PRF output of a newly registered account's number
   * (spec/discovery.md §Discovery index); called by registration once the
   * account exists. The number itself is not kept.
   */
  async record(accountId: AccountId, e164: string): Promise<void> {
    // RFC 9497 §3.3.1 Evaluate, run as the three protocol steps with a
    // fresh blind: the typed API of @noble/curves exposes only these, and
    // Finalize removes the blind, so the output is the same PRF value.
    const input = discoveryInput(e164);
    const { blind, blinded } = oprf.blind(input);
    await this.#store.put(
      accountId,
      oprf.finalize(input, blind, oprf.blindEvaluate(this.#secretKey, blinded)),
    );
  }

  /** BlindEvaluate every element (spec/discovery.md §Evaluation, steps 1-4). */
  evaluate(accountId: string, blinded: readonly Uint8Array[]): Uint8Array[] {
    const budget = this.#budget(
      accountId,
      'evaluations',
      blinded.length,
      DISCOVERY_LIMITS.evaluationsPerWindow,
    );
    const evaluated = blinded.map((b) => {
      try {
        return oprf.blindEvaluate(this.#secretKey, b);
      } catch {
        // Non-canonical encoding or the identity (RFC 9497 §3.3.1: DeserializeElement fails).
        throw new DefTalkError('DISCOVERY_ELEMENT_INVALID');
      }
    });
    // A refused batch costs nothing: the budget is taken only once every element evaluated.
    budget.evaluations += blinded.length;
    return evaluated;
  }

  /** The accounts of the outputs that have one (spec/discovery.md §Lookup, steps 1-3). */
  async lookup(accountId: string, outputs: readonly Uint8Array[]): Promise<DiscoveryMatch[]> {
    this.#budget(accountId, 'lookups', outputs.length, DISCOVERY_LIMITS.lookupsPerWindow).lookups +=
      outputs.length;
    const found = await this.#store.find(outputs);
    const matches: DiscoveryMatch[] = [];
    found.forEach((a, index) => {
      if (a) matches.push({ index, accountId: a });
    });
    return matches;
  }

  /** The account's budget in the current window; RATE_LIMITED unless `n` more of `kind` fit. */
  #budget(accountId: string, kind: 'evaluations' | 'lookups', n: number, limit: number): Budget {
    const now = this.#clock.now();
    let b = this.#budgets.get(accountId);
    if (!b || now - b.windowStart >= DISCOVERY_LIMITS.windowMs) {
      b = { windowStart: now, evaluations: 0, lookups: 0 };
      this.#budgets.set(accountId, b);
    }
    if (b[kind] + n > limit) {
      throw new DefTalkError('RATE_LIMITED', {
        retryAfterMs: b.windowStart + DISCOVERY_LIMITS.windowMs - now,
      });
    }
    return b;
  }
}

/** Options of {@link discoveryPlugin}. */
export interface DiscoveryOptions {
  operations: OperationRegistry;
  service: DiscoveryService;
}

/** Fastify plugin: `POST /v1/discovery/evaluate` and `POST /v1/discovery/lookup` (spec/discovery.md). */
export async function discoveryPlugin(_app: FastifyInstance, opts: DiscoveryOptions): Promise<void> {
  const { operations, service } = opts;
  // Bodies are small: a batch of 100 outputs is 6.6 KiB.
  const maxBodyBytes = DISCOVERY_MAX_BATCH * 80;
  operations.add({
    name: 'discovery.evaluate',
    method: 'POST',
    path: '/v1/discovery/evaluate',
    auth: 'device',
    maxBodyBytes,
    decodeBody: decodeDiscoveryEvaluateRequest,
    encodeBody: encodeDiscoveryEvaluateResponse,
    handle: async ({ device, body }) => service.evaluate(device!.accountId, body),
  });
  operations.add({
    name: 'discovery.lookup',
    method: 'POST',
    path: '/v1/discovery/lookup',
    auth: 'device',
    maxBodyBytes,
    decodeBody: decodeDiscoveryLookupRequest,
    encodeBody: encodeDiscoveryLookupResponse,
    handle: async ({ device, body }) => service.lookup(device!.accountId, body),
  });
}
