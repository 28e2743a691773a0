/**
 * @module
 * Contact discovery (spec/discovery.md): an oblivious PRF per RFC 9497
 * (ristretto255-SHA512, OPRF mode) under a relay key. A device sends
 * blinded elements and receives them evaluated; it finalizes them to PRF
 * outputs and asks which belong to accounts. The relay computed the output
 * of each account's number at registration ({@link DiscoveryService.record}).
 * Each match carries a contact credential (reference/relay/contactCredential.ts).
 * Per-account daily budgets, kept durably, bound evaluations and lookups;
 * nothing of a query is stored or logged (REQ-DISCOVERY-005).
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
import type { DiscoveryBudget, DiscoveryBudgetStore } from '../storage/profiles.ts';
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

/**
 * Budgets kept in memory, for relays built without durable storage (tests,
 * tools). The reference relay keeps them in SQLite
 * (storage/profiles.ts), so a restart does not refill them (REQ-DISCOVERY-004).
 */
export class MemoryDiscoveryBudgets implements DiscoveryBudgetStore {
  readonly #budgets = new Map<AccountId, DiscoveryBudget>();

  async budget(account: AccountId): Promise<DiscoveryBudget | undefined> {
    const b = this.#budgets.get(account);
    return b && { ...b };
  }

  async putBudget(account: AccountId, budget: DiscoveryBudget): Promise<void> {
    this.#budgets.set(account, { ...budget });
  }
}

/** Issues the contact credential of a match (reference/relay/contactCredential.ts). */
export interface CredentialIssuer {
  issue(viewer: AccountId, owner: AccountId): Promise<Uint8Array>;
}

/**
 * The relay's side of discovery: the key, the index, the budgets and the
 * contact credentials issued with matches.
 */
export class DiscoveryService {
  readonly #store: DiscoveryStore;
  readonly #secretKey: Uint8Array;
  readonly #clock: Clock;
  readonly #budgets: DiscoveryBudgetStore;
  readonly #credentials: CredentialIssuer | undefined;

  constructor(
    store: DiscoveryStore,
    secretKey: Uint8Array,
    clock: Clock,
    budgets: DiscoveryBudgetStore = new MemoryDiscoveryBudgets(),
    credentials?: CredentialIssuer,
  ) {
    this.#store = store;
    this.#secretKey = secretKey;
    this.#clock = clock;
    this.#budgets = budgets;
    this.#credentials = credentials;
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

  /** BlindEvaluate every element (spec/discovery.md §Evaluation, steps 1-5). */
  async evaluate(accountId: AccountId, blinded: readonly Uint8Array[]): Promise<Uint8Array[]> {
    const budget = await this.#budget(
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
    await this.#budgets.putBudget(accountId, budget);
    return evaluated;
  }

  /**
   * The accounts of the outputs that have one, each with a contact
   * credential for the asker (spec/discovery.md §Lookup, steps 1-4).
   */
  async lookup(accountId: AccountId, outputs: readonly Uint8Array[]): Promise<DiscoveryMatch[]> {
    const budget = await this.#budget(
      accountId,
      'lookups',
      outputs.length,
      DISCOVERY_LIMITS.lookupsPerWindow,
    );
    budget.lookups += outputs.length;
    await this.#budgets.putBudget(accountId, budget);
    const found = await this.#store.find(outputs);
    const matches: DiscoveryMatch[] = [];
    for (const [index, owner] of found.entries()) {
      if (!owner) continue;
      const contactCredential = this.#credentials
        ? await this.#credentials.issue(accountId, owner)
        : new Uint8Array(0);
      matches.push({ index, accountId: owner, contactCredential });
    }
    return matches;
  }

  /** The account's budget in the current window; RATE_LIMITED unless `n` more of `kind` fit. */
  async #budget(
    accountId: AccountId,
    kind: 'evaluations' | 'lookups',
    n: number,
    limit: number,
  ): Promise<DiscoveryBudget> {
    const now = this.#clock.now();
    let b = await this.#budgets.budget(accountId);
    if (!b || now - b.windowStart >= DISCOVERY_LIMITS.windowMs) {
      b = { windowStart: now, evaluations: 0, lookups: 0 };
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
    handle: async ({ device, body }) => service.evaluate(device!.accountId as AccountId, body),
  });
  operations.add({
    name: 'discovery.lookup',
    method: 'POST',
    path: '/v1/discovery/lookup',
    auth: 'device',
    maxBodyBytes,
    decodeBody: decodeDiscoveryLookupRequest,
    encodeBody: encodeDiscoveryLookupResponse,
    handle: async ({ device, body }) => service.lookup(device!.accountId as AccountId, body),
  });
}
