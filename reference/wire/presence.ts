/**
 * @module
 * Presence on the wire (spec/presence.md): the owner's visibility setting,
 * the subscription request and the presence state the relay answers and
 * pushes.
 */
import { type Uint64, u64 } from './_bytes.ts';
import { decodeMessage, requireField } from './codec.ts';
import { deftalk } from './generated/deftalk.js';
import { type AccountId, accountIdFromBytes, accountIdToBytes } from './ids.ts';
import type { OwnerRequest } from './profile.ts';

/** Method and path of the relay's presence push to a subscribed device (spec/presence.md §Events). */
export const PRESENCE_PUSH = { method: 'PUT', path: '/v1/presence/push' } as const;

/** Who may see an account's presence (spec/presence.md §Setting). */
export type PresenceVisibility = 'contacts' | 'nobody';

const VISIBILITY = deftalk.v1.PresenceVisibility;

/** Encode a `PresenceSettings`. */
export function encodePresenceSettings(visibility: PresenceVisibility): Uint8Array {
  return deftalk.v1.PresenceSettings.encode({
    visibility:
      visibility === 'nobody'
        ? VISIBILITY.PRESENCE_VISIBILITY_NOBODY
        : VISIBILITY.PRESENCE_VISIBILITY_CONTACTS,
  }).finish();
}

/** Decode a `PresenceSettings`; MALFORMED_REQUEST unless the visibility is contacts or nobody. */
export function decodePresenceSettings(bytes: Uint8Array): PresenceVisibility {
  const m = decodeMessage('deftalk.v1.PresenceSettings', (b) => deftalk.v1.PresenceSettings.decode(b), bytes);
  const v = m.visibility ?? 0;
  requireField(
    v === VISIBILITY.PRESENCE_VISIBILITY_CONTACTS || v === VISIBILITY.PRESENCE_VISIBILITY_NOBODY,
    'visibility',
  );
  return v === VISIBILITY.PRESENCE_VISIBILITY_NOBODY ? 'nobody' : 'contacts';
}

/** Encode a `PresenceSubscribeRequest` (spec/presence.md §Subscribing). */
export function encodePresenceSubscribeRequest(r: OwnerRequest): Uint8Array {
  return deftalk.v1.PresenceSubscribeRequest.encode({
    ownerAccountId: accountIdToBytes(r.owner),
    contactCredential: r.contactCredential,
  }).finish();
}

/** Decode a `PresenceSubscribeRequest`; MALFORMED_REQUEST without a 16-byte owner. */
export function decodePresenceSubscribeRequest(bytes: Uint8Array): OwnerRequest {
  const m = decodeMessage(
    'deftalk.v1.PresenceSubscribeRequest',
    (b) => deftalk.v1.PresenceSubscribeRequest.decode(b),
    bytes,
  );
  return {
    owner: accountIdFromBytes(m.ownerAccountId ?? new Uint8Array(0), 'owner_account_id'),
    contactCredential: (m.contactCredential ?? new Uint8Array(0)).slice(),
  };
}

/** The presence of one account (spec/presence.md §State). */
export interface PresenceState {
  readonly owner: AccountId;
  readonly online: boolean;
  /** Last time online, ms since the Unix epoch rounded down to the minute; 0 when unknown or online. */
  readonly lastSeenMs: number;
}

/** Encode a `PresenceState`. */
export function encodePresenceState(s: PresenceState): Uint8Array {
  return deftalk.v1.PresenceState.encode({
    ownerAccountId: accountIdToBytes(s.owner),
    online: s.online,
    lastSeenMs: s.lastSeenMs,
  }).finish();
}

/** Decode a `PresenceState`. */
export function decodePresenceState(bytes: Uint8Array): PresenceState {
  const m = decodeMessage('deftalk.v1.PresenceState', (b) => deftalk.v1.PresenceState.decode(b), bytes);
  return {
    owner: accountIdFromBytes(m.ownerAccountId ?? new Uint8Array(0), 'owner_account_id'),
    online: m.online ?? false,
    lastSeenMs: u64(m.lastSeenMs as Uint64, 'last_seen_ms'),
  };
}
