/**
 * @module
 * The client's side of contact discovery (spec/discovery.md): normalize the
 * numbers of an address book to E.164, blind each with RFC 9497's OPRF
 * (ristretto255-SHA512), have the relay evaluate them, finalize each to its
 * PRF output and look the outputs up. The blinds never leave this module;
 * the relay sees only blinded elements and outputs, never a number.
 *
 * @example
 * ```ts
 * const found = await discoverContacts(relay, ['+49 151 12345678', '0151 2345678'], { defaultCountry: 'DE' });
 * for (const m of found) console.log(m.e164, m.accountId);
 * ```
 */
import { ristretto255_oprf } from '@noble/curves/ed25519.js';
import { type CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js';
import {
  DISCOVERY_MAX_BATCH,
  type DiscoveryMatch,
  decodeDiscoveryEvaluateResponse,
  decodeDiscoveryLookupResponse,
  encodeDiscoveryEvaluateRequest,
  encodeDiscoveryLookupRequest,
} from '../wire/discovery.ts';
import type { AccountId } from '../wire/ids.ts';
import type { RelayConnection } from './relayConnection.ts';

const oprf = ristretto255_oprf.oprf;

/**
 * The E.164 form of an address-book entry (spec/discovery.md §Inputs), or
 * `undefined` when libphonenumber does not take it for a valid number.
 * National forms need `defaultCountry`.
 */
export function normalizeNumber(text: string, defaultCountry?: CountryCode): string | undefined {
  const p = parsePhoneNumberFromString(text, defaultCountry);
  return p?.isValid() ? p.number : undefined;
}

/** A blinded number: the element to send and the blind to keep (RFC 9497 §3.3.1 Blind). */
export interface BlindedNumber {
  readonly e164: string;
  readonly blind: Uint8Array;
  readonly blinded: Uint8Array;
}

/** Blind an E.164 number; the OPRF input is its ASCII text (spec/discovery.md §Inputs). */
export function blindNumber(e164: string): BlindedNumber {
  const { blind, blinded } = oprf.blind(new Uint8Array(Buffer.from(e164, 'ascii')));
  return { e164, blind, blinded };
}

/** The PRF output of a blinded number from the relay's evaluated element (RFC 9497 §3.3.1 Finalize). */
export function finalizeNumber(b: BlindedNumber, evaluated: Uint8Array): Uint8Array {
  return oprf.finalize(new Uint8Array(Buffer.from(b.e164, 'ascii')), b.blind, evaluated);
}

/** Have the relay evaluate blinded elements (spec/discovery.md §Evaluation); at most 100 per call. */
export async function evaluateBlinded(
  relay: RelayConnection,
  blinded: readonly Uint8Array[],
): Promise<Uint8Array[]> {
  const body = encodeDiscoveryEvaluateRequest(blinded);
  const evaluated = decodeDiscoveryEvaluateResponse(
    await relay.call('POST', '/v1/discovery/evaluate', { auth: true, body }),
  );
  if (evaluated.length !== blinded.length)
    throw new Error('discovery: the relay evaluated a different count');
  return evaluated;
}

/** The accounts of the outputs that have one, by index (spec/discovery.md §Lookup); at most 100 per call. */
export async function lookupOutputs(
  relay: RelayConnection,
  outputs: readonly Uint8Array[],
): Promise<Map<number, AccountId>> {
  const found = new Map<number, AccountId>();
  for (const [i, m] of await lookupMatches(relay, outputs)) found.set(i, m.accountId);
  return found;
}

/**
 * The matches of the outputs that have one, by index, each with its contact
 * credential (spec/discovery.md §Lookup, §Contact credential); at most 100 per call.
 */
export async function lookupMatches(
  relay: RelayConnection,
  outputs: readonly Uint8Array[],
): Promise<Map<number, DiscoveryMatch>> {
  const body = encodeDiscoveryLookupRequest(outputs);
  const matches = decodeDiscoveryLookupResponse(
    await relay.call('POST', '/v1/discovery/lookup', { auth: true, body }),
  );
  const found = new Map<number, DiscoveryMatch>();
  for (const m of matches) if (m.index < outputs.length) found.set(m.index, m);
  return found;
}

/** A number of the address book that belongs to an account. */
export interface DiscoveredContact {
  readonly e164: string;
  readonly accountId: AccountId;
  /** Proof for the profile and presence rules, valid 7 days (spec/discovery.md §Contact credential). */
  readonly contactCredential: Uint8Array;
}

/**
 * Discover which entries of an address book have accounts
 * (spec/discovery.md §Client procedure): normalize, deduplicate, then per
 * batch of 100 blind, evaluate, finalize and look up. Entries that are not
 * valid numbers are skipped. Each call spends the account's daily budgets,
 * so a client SHOULD pass only numbers it has not asked about before.
 */
export async function discoverContacts(
  relay: RelayConnection,
  entries: readonly string[],
  opts: { defaultCountry?: CountryCode } = {},
): Promise<DiscoveredContact[]> {
  const numbers = [
    ...new Set(entries.map((e) => normalizeNumber(e, opts.defaultCountry)).filter((n) => n !== undefined)),
  ];
  const found: DiscoveredContact[] = [];
  for (let i = 0; i < numbers.length; i += DISCOVERY_MAX_BATCH) {
    const batch = numbers.slice(i, i + DISCOVERY_MAX_BATCH).map(blindNumber);
    const evaluated = await evaluateBlinded(
      relay,
      batch.map((b) => b.blinded),
    );
    const outputs = batch.map((b, j) => finalizeNumber(b, evaluated[j]!));
    const matches = await lookupMatches(relay, outputs);
    for (const [j, m] of matches) {
      found.push({ e164: batch[j]!.e164, accountId: m.accountId, contactCredential: m.contactCredential });
    }
  }
  return found;
}
