/**
 * @module
 * Contact discovery on the wire (spec/discovery.md): blinded and evaluated
 * OPRF elements, finalized outputs and the matches the relay answers with.
 * The codecs check sizes only; whether an element is a valid ristretto255
 * encoding is the relay's check (spec/discovery.md §Evaluation, step 3).
 */
import { DefTalkError } from '../errors/index.ts';
import { exactBytes, type Uint64, u64 } from './_bytes.ts';
import { decodeMessage, requireField } from './codec.ts';
import { deftalk } from './generated/deftalk.js';
import { type AccountId, accountIdFromBytes, accountIdToBytes } from './ids.ts';

/** Length of a serialized ristretto255 element (RFC 9496 §4.3.2). */
export const DISCOVERY_ELEMENT_BYTES = 32;

/** Length of an OPRF output of ristretto255-SHA512 (RFC 9497 §4.1: Nh = 64). */
export const DISCOVERY_OUTPUT_BYTES = 64;

/** Most elements or outputs in one request (spec/discovery.md §Limits). */
export const DISCOVERY_MAX_BATCH = 100;

function batch(items: Uint8Array[] | null | undefined, length: number, field: string): Uint8Array[] {
  const list = items ?? [];
  requireField(list.length >= 1 && list.length <= DISCOVERY_MAX_BATCH, field);
  return list.map((b) => exactBytes(b, length, field).slice());
}

/** Encode a `DiscoveryEvaluateRequest` (spec/discovery.md §Evaluation). */
export function encodeDiscoveryEvaluateRequest(blindedElements: readonly Uint8Array[]): Uint8Array {
  return deftalk.v1.DiscoveryEvaluateRequest.encode({ blindedElements: [...blindedElements] }).finish();
}

/** Decode a `DiscoveryEvaluateRequest`: 1 to 100 elements of 32 bytes, else MALFORMED_REQUEST. */
export function decodeDiscoveryEvaluateRequest(bytes: Uint8Array): Uint8Array[] {
  const m = decodeMessage(
    'deftalk.v1.DiscoveryEvaluateRequest',
    (b) => deftalk.v1.DiscoveryEvaluateRequest.decode(b),
    bytes,
  );
  return batch(m.blindedElements, DISCOVERY_ELEMENT_BYTES, 'blinded_elements');
}

/** Encode a `DiscoveryEvaluateResponse` (spec/discovery.md §Evaluation). */
export function encodeDiscoveryEvaluateResponse(evaluatedElements: readonly Uint8Array[]): Uint8Array {
  return deftalk.v1.DiscoveryEvaluateResponse.encode({ evaluatedElements: [...evaluatedElements] }).finish();
}

/** Decode a `DiscoveryEvaluateResponse`; every element must have 32 bytes. */
export function decodeDiscoveryEvaluateResponse(bytes: Uint8Array): Uint8Array[] {
  const m = decodeMessage(
    'deftalk.v1.DiscoveryEvaluateResponse',
    (b) => deftalk.v1.DiscoveryEvaluateResponse.decode(b),
    bytes,
  );
  return (m.evaluatedElements ?? []).map((b) => exactBytes(b, DISCOVERY_ELEMENT_BYTES, 'evaluated_elements'));
}

/** Encode a `DiscoveryLookupRequest` (spec/discovery.md §Lookup). */
export function encodeDiscoveryLookupRequest(outputs: readonly Uint8Array[]): Uint8Array {
  return deftalk.v1.DiscoveryLookupRequest.encode({ outputs: [...outputs] }).finish();
}

/** Decode a `DiscoveryLookupRequest`: 1 to 100 outputs of 64 bytes, else MALFORMED_REQUEST. */
export function decodeDiscoveryLookupRequest(bytes: Uint8Array): Uint8Array[] {
  const m = decodeMessage(
    'deftalk.v1.DiscoveryLookupRequest',
    (b) => deftalk.v1.DiscoveryLookupRequest.decode(b),
    bytes,
  );
  return batch(m.outputs, DISCOVERY_OUTPUT_BYTES, 'outputs');
}

/** One output of a lookup that belongs to an account (spec/discovery.md §Lookup). */
export interface DiscoveryMatch {
  /** Index of the output in the request. */
  readonly index: number;
  readonly accountId: AccountId;
  /**
   * The contact credential for the account (spec/discovery.md §Contact
   * credential), opaque to the client; empty from a relay that issues none.
   */
  readonly contactCredential: Uint8Array;
}

/** The fields of a contact credential (spec/discovery.md §Contact credential). */
export interface ContactCredentialFields {
  readonly viewer: AccountId;
  readonly owner: AccountId;
  /** The owner's number epoch at issue. */
  readonly numberEpoch: number;
  /** Relay time after which the credential is refused. */
  readonly expiresAtMs: number;
}

/** Length of the HMAC-SHA-256 tag of a contact credential. */
export const CONTACT_CREDENTIAL_MAC_BYTES = 32;

/** Encode a `ContactCredential` with its MAC. */
export function encodeContactCredential(fields: ContactCredentialFields, mac: Uint8Array): Uint8Array {
  return deftalk.v1.ContactCredential.encode({
    viewerAccountId: accountIdToBytes(fields.viewer),
    ownerAccountId: accountIdToBytes(fields.owner),
    numberEpoch: fields.numberEpoch,
    expiresAtMs: fields.expiresAtMs,
    mac,
  }).finish();
}

/**
 * Decode a `ContactCredential`: both account ids of 16 bytes and a 32-byte
 * MAC, else CONTACT_CREDENTIAL_INVALID (a credential is opaque to clients,
 * so a broken one is an invalid credential, not a malformed request).
 */
export function decodeContactCredential(bytes: Uint8Array): {
  fields: ContactCredentialFields;
  mac: Uint8Array;
} {
  try {
    const m = decodeMessage(
      'deftalk.v1.ContactCredential',
      (b) => deftalk.v1.ContactCredential.decode(b),
      bytes,
    );
    return {
      fields: {
        viewer: accountIdFromBytes(m.viewerAccountId ?? new Uint8Array(0)),
        owner: accountIdFromBytes(m.ownerAccountId ?? new Uint8Array(0)),
        numberEpoch: m.numberEpoch ?? 0,
        expiresAtMs: u64(m.expiresAtMs as Uint64, 'expires_at_ms'),
      },
      mac: exactBytes(m.mac, CONTACT_CREDENTIAL_MAC_BYTES, 'mac'),
    };
  } catch (e) {
    throw new DefTalkError('CONTACT_CREDENTIAL_INVALID', undefined, { cause: e });
  }
}

/** Encode a `DiscoveryLookupResponse`. */
export function encodeDiscoveryLookupResponse(matches: readonly DiscoveryMatch[]): Uint8Array {
  return deftalk.v1.DiscoveryLookupResponse.encode({
    matches: matches.map((m) => ({
      index: m.index,
      accountId: accountIdToBytes(m.accountId),
      contactCredential: m.contactCredential,
    })),
  }).finish();
}

/** Decode a `DiscoveryLookupResponse`. */
export function decodeDiscoveryLookupResponse(bytes: Uint8Array): DiscoveryMatch[] {
  const m = decodeMessage(
    'deftalk.v1.DiscoveryLookupResponse',
    (b) => deftalk.v1.DiscoveryLookupResponse.decode(b),
    bytes,
  );
  return (m.matches ?? []).map((x) => ({
    index: x.index ?? 0,
    accountId: accountIdFromBytes(x.accountId ?? new Uint8Array(0)),
    contactCredential: x.contactCredential ?? new Uint8Array(0),
  }));
}
