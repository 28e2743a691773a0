/**
 * @module
 * Profiles on the wire (spec/profiles.md): the owner's update, the view
 * request naming an owner and a contact credential, and the profile the
 * relay answers. The codecs check shapes and sizes; the limits on text and
 * the photo's type are the relay's checks (spec/profiles.md §Updating).
 */
import { decodeMessage } from './codec.ts';
import { deftalk } from './generated/deftalk.js';
import { type AccountId, accountIdFromBytes, accountIdToBytes } from './ids.ts';

/** What an update changes; an absent field stays as it is (spec/profiles.md §Updating). */
export interface ProfileUpdate {
  /** The new name; `''` clears it. */
  readonly name?: string;
  /** The new about text; `''` clears it. */
  readonly about?: string;
  /** The new photo's bytes; empty removes the photo. */
  readonly photo?: Uint8Array;
}

/** Encode a `ProfileUpdate`. */
export function encodeProfileUpdate(u: ProfileUpdate): Uint8Array {
  return deftalk.v1.ProfileUpdate.encode({
    name: u.name === undefined ? null : { text: u.name },
    about: u.about === undefined ? null : { text: u.about },
    photo: u.photo === undefined ? null : { image: u.photo },
  }).finish();
}

/** Decode a `ProfileUpdate`; MALFORMED_REQUEST when it is not one. */
export function decodeProfileUpdate(bytes: Uint8Array): ProfileUpdate {
  const m = decodeMessage('deftalk.v1.ProfileUpdate', (b) => deftalk.v1.ProfileUpdate.decode(b), bytes);
  return {
    ...(m.name ? { name: m.name.text ?? '' } : {}),
    ...(m.about ? { about: m.about.text ?? '' } : {}),
    ...(m.photo ? { photo: (m.photo.image ?? new Uint8Array(0)).slice() } : {}),
  };
}

/** A request for the profile (or presence) of `owner`, with the viewer's contact credential if any. */
export interface OwnerRequest {
  readonly owner: AccountId;
  /** Empty when the viewer relies on a shared group or asks about itself. */
  readonly contactCredential: Uint8Array;
}

/** Encode a `ProfileViewRequest` (spec/profiles.md §Viewing). */
export function encodeProfileViewRequest(r: OwnerRequest): Uint8Array {
  return deftalk.v1.ProfileViewRequest.encode({
    ownerAccountId: accountIdToBytes(r.owner),
    contactCredential: r.contactCredential,
  }).finish();
}

/** Decode a `ProfileViewRequest`; MALFORMED_REQUEST without a 16-byte owner. */
export function decodeProfileViewRequest(bytes: Uint8Array): OwnerRequest {
  const m = decodeMessage(
    'deftalk.v1.ProfileViewRequest',
    (b) => deftalk.v1.ProfileViewRequest.decode(b),
    bytes,
  );
  return {
    owner: accountIdFromBytes(m.ownerAccountId ?? new Uint8Array(0), 'owner_account_id'),
    contactCredential: (m.contactCredential ?? new Uint8Array(0)).slice(),
  };
}

/** A profile as the relay answers it (spec/profiles.md §Viewing). */
export interface Profile {
  readonly owner: AccountId;
  readonly name: string;
  readonly about: string;
  /** Empty when there is no photo. */
  readonly photo: Uint8Array;
  /** `image/jpeg`, `image/png` or `image/webp`; `''` without a photo. */
  readonly photoMediaType: string;
}

/** Encode a `Profile`. */
export function encodeProfile(p: Profile): Uint8Array {
  return deftalk.v1.Profile.encode({
    ownerAccountId: accountIdToBytes(p.owner),
    name: p.name,
    about: p.about,
    photo: p.photo,
    photoMediaType: p.photoMediaType,
  }).finish();
}

/** Decode a `Profile`. */
export function decodeProfile(bytes: Uint8Array): Profile {
  const m = decodeMessage('deftalk.v1.Profile', (b) => deftalk.v1.Profile.decode(b), bytes);
  return {
    owner: accountIdFromBytes(m.ownerAccountId ?? new Uint8Array(0), 'owner_account_id'),
    name: m.name ?? '',
    about: m.about ?? '',
    photo: m.photo ?? new Uint8Array(0),
    photoMediaType: m.photoMediaType ?? '',
  };
}
