/**
 * @module
 * Profiles and photos (spec/profiles.md): the owner replaces its name, about
 * text and photo with `PUT /v1/profile`; a viewer reads a profile with
 * `POST /v1/profile/view` when the visibility rule allows it (privacy
 * policy clause 6.1): the viewer is the owner, presents a valid contact
 * credential for the owner (spec/discovery.md §Contact credential), or
 * shares a group with them (reference/relay/visibility.ts). Every other
 * request is refused with a typed error. Photos are checked by their first
 * bytes and limited in size; a replaced value is erased at once.
 */
import type { FastifyInstance } from 'fastify';
import { DefTalkError, type ErrorName } from '../../errors/index.ts';
import type { AccountId } from '../../wire/ids.ts';
import {
  decodeProfileUpdate,
  decodeProfileViewRequest,
  encodeProfile,
  type OwnerRequest,
  type ProfileUpdate,
} from '../../wire/profile.ts';
import type { ContactCredentials } from '../contactCredential.ts';
import type { ProfileChange, ProfileStore } from '../storage/profiles.ts';
import type { SharedGroups } from '../visibility.ts';
import type { OperationRegistry } from './operations.ts';

/** Limits of spec/profiles.md §Limits. */
export const PROFILE_LIMITS = {
  /** Largest name, in UTF-8 bytes. */
  nameBytes: 128,
  /** Largest about text, in UTF-8 bytes. */
  aboutBytes: 512,
  /** Largest photo, in bytes (512 KiB). */
  photoBytes: 512 * 1024,
} as const;

/**
 * The media type of `image` from its first bytes (spec/profiles.md §Photo
 * types), or `undefined` when it is none of the allowed formats:
 * JPEG (FF D8 FF, ISO/IEC 10918-1 SOI marker then a marker), PNG (the 8-byte
 * signature of RFC 2083 §3.1), WebP ("RIFF", a size, "WEBP"; RFC 9649 §2).
 */
export function sniffPhotoType(image: Uint8Array): string | undefined {
  const b = image;
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'image/jpeg';
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (b.length >= 8 && png.every((x, i) => b[i] === x)) return 'image/png';
  const ascii = (from: number, to: number) => Buffer.from(b.subarray(from, to)).toString('latin1');
  if (b.length >= 12 && ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'image/webp';
  return undefined;
}

// C0 controls except tab and newline, DEL and the C1 block.
// biome-ignore lint/suspicious/noControlCharactersInRegex: the controls are what it rejects
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

function checkText(text: string, maxBytes: number, field: string, multiline: boolean): string {
  const bad =
    Buffer.byteLength(text, 'utf8') > maxBytes ||
    CONTROLS.test(text) ||
    (!multiline && /[\t\n]/.test(text)) ||
    text.includes('\ufffd');
  if (bad) throw new DefTalkError('PROFILE_TEXT_INVALID', { field });
  return text;
}

/**
 * Validate an update (spec/profiles.md §Updating, steps 2-4) into the change
 * the store applies; nothing is changed when any field is refused.
 */
export function validateProfileUpdate(u: ProfileUpdate): ProfileChange {
  const change: { -readonly [K in keyof ProfileChange]: ProfileChange[K] } = {};
  if (u.name !== undefined) change.name = checkText(u.name, PROFILE_LIMITS.nameBytes, 'name', false);
  if (u.about !== undefined) change.about = checkText(u.about, PROFILE_LIMITS.aboutBytes, 'about', true);
  if (u.photo !== undefined) {
    if (u.photo.length === 0) change.photo = null;
    else {
      if (u.photo.length > PROFILE_LIMITS.photoBytes) throw new DefTalkError('PROFILE_PHOTO_TOO_LARGE');
      const mediaType = sniffPhotoType(u.photo);
      if (!mediaType) throw new DefTalkError('PROFILE_PHOTO_TYPE_UNSUPPORTED');
      change.photo = { bytes: u.photo, mediaType };
    }
  }
  return change;
}

/**
 * The visibility rule of privacy policy clause 6.1, shared by profiles and
 * presence (spec/profiles.md §Visibility rule).
 */
export class VisibilityRule {
  readonly #credentials: ContactCredentials;
  #groups: SharedGroups;

  constructor(credentials: ContactCredentials, groups: SharedGroups) {
    this.#credentials = credentials;
    this.#groups = groups;
  }

  /** Replace the groups answer (server.ts wires the groups concern's once it exists). */
  set groups(groups: SharedGroups) {
    this.#groups = groups;
  }

  /**
   * Resolve when `viewer` may see `owner`'s profile or presence; otherwise
   * throw CONTACT_CREDENTIAL_INVALID (a credential was presented and failed
   * and no group is shared) or `refusal` (no credential, no group).
   */
  async check(viewer: AccountId, request: OwnerRequest, refusal: ErrorName): Promise<void> {
    const { owner, contactCredential } = request;
    if (viewer === owner) return;
    let credentialError: unknown;
    if (contactCredential.length > 0) {
      try {
        await this.#credentials.verify(viewer, owner, contactCredential);
        return;
      } catch (e) {
        credentialError = e;
      }
    }
    if (await this.#groups.sharesGroup(viewer, owner)) return;
    if (credentialError) throw credentialError;
    throw new DefTalkError(refusal);
  }
}

/** Options of {@link profilesPlugin}. */
export interface ProfilesOptions {
  operations: OperationRegistry;
  store: ProfileStore;
  rule: VisibilityRule;
}

/** Fastify plugin: `PUT /v1/profile`, `POST /v1/profile/view` (spec/profiles.md). */
export async function profilesPlugin(_app: FastifyInstance, opts: ProfilesOptions): Promise<void> {
  const { operations, store, rule } = opts;
  operations.add({
    name: 'profile.update',
    method: 'PUT',
    path: '/v1/profile',
    auth: 'device',
    decodeBody: decodeProfileUpdate,
    handle: async ({ device, body }) => {
      await store.update(device!.accountId as AccountId, validateProfileUpdate(body));
    },
  });
  operations.add({
    name: 'profile.view',
    method: 'POST',
    path: '/v1/profile/view',
    auth: 'device',
    maxBodyBytes: 4096,
    decodeBody: decodeProfileViewRequest,
    encodeBody: encodeProfile,
    handle: async ({ device, body }) => {
      await rule.check(device!.accountId as AccountId, body, 'PROFILE_NOT_VISIBLE');
      return { owner: body.owner, ...(await store.profile(body.owner)) };
    },
  });
}
