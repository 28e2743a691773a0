/**
 * @module
 * The client's side of presence (spec/presence.md): the account's setting
 * (`contacts` or `nobody`, reciprocal), a one-off look at an owner's
 * presence over HTTP, and a watch over the device WebSocket that receives
 * the relay's pushes.
 *
 * @example
 * ```ts
 * await setPresenceVisibility(relay, 'nobody');
 * const s = await presenceOf(relay, bobId, credential); // PRESENCE_HIDDEN_BY_VIEWER now
 * ```
 */
import type { AccountId } from '../wire/ids.ts';
import {
  decodePresenceSettings,
  decodePresenceState,
  encodePresenceSettings,
  encodePresenceSubscribeRequest,
  PRESENCE_PUSH,
  type PresenceState,
  type PresenceVisibility,
} from '../wire/presence.ts';
import type { RelayConnection, RelaySocket } from './relayConnection.ts';

export type { PresenceState, PresenceVisibility } from '../wire/presence.ts';

/** This account's presence setting (spec/presence.md §Visibility). */
export async function presenceVisibility(relay: RelayConnection): Promise<PresenceVisibility> {
  return decodePresenceSettings(await relay.call('GET', '/v1/presence/settings', { auth: true }));
}

/** Set this account's presence setting; `nobody` hides it and hides everyone else's from it. */
export async function setPresenceVisibility(relay: RelayConnection, v: PresenceVisibility): Promise<void> {
  await relay.call('PUT', '/v1/presence/settings', { auth: true, body: encodePresenceSettings(v) });
}

/** The owner's presence now, over HTTP (spec/presence.md §Subscribing; no subscription). */
export async function presenceOf(
  relay: RelayConnection,
  owner: AccountId,
  credential: Uint8Array = new Uint8Array(0),
): Promise<PresenceState> {
  const body = encodePresenceSubscribeRequest({ owner, contactCredential: credential });
  return decodePresenceState(await relay.call('POST', '/v1/presence/subscribe', { auth: true, body }));
}

/** Subscribe over an open device WebSocket; later changes arrive as {@link isPresencePush} requests. */
export async function subscribePresence(
  socket: RelaySocket,
  owner: AccountId,
  credential: Uint8Array = new Uint8Array(0),
): Promise<PresenceState> {
  const body = encodePresenceSubscribeRequest({ owner, contactCredential: credential });
  return decodePresenceState(await socket.call('POST', '/v1/presence/subscribe', body));
}

/** Whether a request the relay sent on the WebSocket is a presence push (spec/presence.md §Events). */
export function isPresencePush(req: { method: string; path: string }): boolean {
  return req.method === PRESENCE_PUSH.method && req.path === PRESENCE_PUSH.path;
}

/** The state a presence push carries. */
export function presencePushState(body: Uint8Array): PresenceState {
  return decodePresenceState(body);
}

/** "online", "last seen 2026-11-28 14:05 UTC" or "unknown", for display. */
export function describePresence(s: PresenceState): string {
  if (s.online) return 'online';
  if (s.lastSeenMs === 0) return 'offline';
  return `last seen ${new Date(s.lastSeenMs).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
