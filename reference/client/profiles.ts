/**
 * @module
 * The client's side of profiles (spec/profiles.md): set this account's
 * name, about text and photo, and read another account's profile with the
 * contact credential discovery gave for it (spec/discovery.md §Contact
 * credential). The relay decides who may see a profile; a refusal arrives
 * as PROFILE_NOT_VISIBLE or CONTACT_CREDENTIAL_INVALID.
 *
 * @example
 * ```ts
 * await setProfile(relay, { name: 'Alice', photo: readFileSync('me.jpg') });
 * const bob = await viewProfile(relay, bobId, credential);
 * ```
 */
import type { AccountId } from '../wire/ids.ts';
import {
  decodeProfile,
  encodeProfileUpdate,
  encodeProfileViewRequest,
  type Profile,
  type ProfileUpdate,
} from '../wire/profile.ts';
import type { RelayConnection } from './relayConnection.ts';

export type { Profile, ProfileUpdate } from '../wire/profile.ts';

/** Replace the fields present in `update` (spec/profiles.md §Updating). */
export async function setProfile(relay: RelayConnection, update: ProfileUpdate): Promise<void> {
  await relay.call('PUT', '/v1/profile', { auth: true, body: encodeProfileUpdate(update) });
}

/** The profile of `owner` (spec/profiles.md §Viewing); `credential` may be empty for one's own or a group member's. */
export async function viewProfile(
  relay: RelayConnection,
  owner: AccountId,
  credential: Uint8Array = new Uint8Array(0),
): Promise<Profile> {
  const body = encodeProfileViewRequest({ owner, contactCredential: credential });
  return decodeProfile(await relay.call('POST', '/v1/profile/view', { auth: true, body }));
}
