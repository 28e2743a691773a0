/**
 * @module
 * Shared by the profile and presence cases: discover an account's number
 * through the relay (spec/discovery.md) to get the contact credential of the
 * match, and small request helpers for the profile operations.
 */
import { ristretto255_oprf } from '@noble/curves/ed25519.js';
import {
  decodeDiscoveryEvaluateResponse,
  decodeDiscoveryLookupResponse,
  encodeDiscoveryEvaluateRequest,
  encodeDiscoveryLookupRequest,
} from '../../../reference/wire/discovery.ts';
import type { AccountId } from '../../../reference/wire/ids.ts';
import {
  encodeProfileUpdate,
  encodeProfileViewRequest,
  type ProfileUpdate,
} from '../../../reference/wire/profile.ts';
import { type CaseContext, check } from '../../case.ts';
import { type Answer, expectOk, type RelayClient, type TestAccount } from '../../lib/relayClient.ts';

const oprf = ristretto255_oprf.oprf;

/** Discover `owner`'s number as `viewer`; the contact credential of the match. */
export async function discoverCredential(
  ctx: CaseContext,
  client: RelayClient,
  viewer: TestAccount,
  owner: TestAccount,
): Promise<Uint8Array> {
  const input = new Uint8Array(Buffer.from(owner.phoneNumber, 'ascii'));
  const { blind, blinded } = oprf.blind(input);
  const evaluated = decodeDiscoveryEvaluateResponse(
    expectOk(
      ctx,
      await client.request('POST', '/v1/discovery/evaluate', {
        token: viewer.primary.token,
        body: encodeDiscoveryEvaluateRequest([blinded]),
      }),
      'evaluate the owner number',
    ),
  );
  const output = oprf.finalize(input, blind, evaluated[0]!);
  const matches = decodeDiscoveryLookupResponse(
    expectOk(
      ctx,
      await client.request('POST', '/v1/discovery/lookup', {
        token: viewer.primary.token,
        body: encodeDiscoveryLookupRequest([output]),
      }),
      'look up the owner output',
    ),
  );
  check(matches.length === 1 && matches[0]!.accountId === owner.accountId, 'the number matches its owner');
  const credential = matches[0]!.contactCredential;
  check(credential.length > 0, 'the match carries a contact credential', '> 0 bytes', credential.length);
  return credential;
}

/** `PUT /v1/profile` as `who`. */
export function putProfile(client: RelayClient, who: TestAccount, update: ProfileUpdate): Promise<Answer> {
  return client.request('PUT', '/v1/profile', {
    token: who.primary.token,
    body: encodeProfileUpdate(update),
  });
}

/** `POST /v1/profile/view` as `viewer` for `owner`, with `credential` (default none). */
export function viewProfile(
  client: RelayClient,
  viewer: TestAccount,
  owner: AccountId,
  credential: Uint8Array = new Uint8Array(0),
): Promise<Answer> {
  return client.request('POST', '/v1/profile/view', {
    token: viewer.primary.token,
    body: encodeProfileViewRequest({ owner, contactCredential: credential }),
  });
}

/** A JPEG-signed byte string of `n` bytes, random after the signature (the relay sniffs, never decodes). */
export function fakeJpeg(random: () => number, n: number): Uint8Array {
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = Math.floor(random() * 256);
  out.set([0xff, 0xd8, 0xff, 0xe0], 0);
  return out;
}

/** A random word of `n` lowercase letters, for markers the storage scan looks for. */
export function marker(random: () => number, n = 24): string {
  let s = '';
  for (let i = 0; i < n; i++) s += String.fromCharCode(97 + Math.floor(random() * 26));
  return s;
}
