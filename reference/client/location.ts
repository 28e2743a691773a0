/**
 * @module
 * Location sharing (spec/location.md, policy clauses 2.2 and 6.3): a
 * one-off location and a live location for a chosen duration, end-to-end
 * encrypted like any content and always sent in the transient class, so the
 * relay pushes them to connected devices and never stores them. A live
 * share ends by itself: {@link LocationSharing} refuses updates after the
 * end and sends the stop message at the end; {@link LocationInbox} discards
 * updates that arrive after the end the share stated, or after its stop.
 *
 * @example
 * ```ts
 * const sharing = new LocationSharing(messenger);
 * await sharing.shareOnce(bob, { latitude: 52.52, longitude: 13.405 });
 * const live = await sharing.startLive(bob, here, 15 * 60_000);
 * await sharing.update(live.shareId, there);
 * await sharing.stop(live.shareId);
 * ```
 */
import { DefTalkError } from '../errors/index.ts';
import { checkPosition, type LocationContent, type Position } from '../wire/content.ts';
import type { AccountId, DeviceId } from '../wire/ids.ts';
import type { Messenger } from './messaging/messenger.ts';
import { type RandomSource, systemRandom } from './session/keys.ts';

/** Shortest and longest live share (spec/location.md §Live location). */
export const LIVE_MIN_MS = 1_000;
export const LIVE_MAX_MS = 8 * 60 * 60_000;

/** A position as the user gives it; accuracy in metres is optional. */
export interface PositionInput {
  readonly latitude: number;
  readonly longitude: number;
  readonly accuracyM?: number;
}

/** A location shown to the user: a one-off one or an update of a live share. */
export interface ReceivedLocation {
  readonly from: AccountId;
  readonly device: DeviceId;
  readonly position: Position;
  /** Set for a live share's update. */
  readonly live?: { readonly shareId: string; readonly endsAtMs: number };
}

/** What the inbox makes of one location content. */
export type LocationEvent =
  | { readonly type: 'location'; readonly location: ReceivedLocation }
  | { readonly type: 'location-stop'; readonly from: AccountId; readonly shareId: string };

interface Share {
  readonly peer: AccountId;
  readonly endsAtMs: number;
  timer: NodeJS.Timeout | undefined;
}

/** The sending side of location sharing for one device. Never stores a location. */
export class LocationSharing {
  readonly #messenger: Messenger;
  readonly #now: () => number;
  readonly #random: RandomSource;
  readonly #shares = new Map<string, Share>();

  constructor(messenger: Messenger, opts: { now?: () => number; random?: RandomSource } = {}) {
    this.#messenger = messenger;
    this.#now = opts.now ?? Date.now;
    this.#random = opts.random ?? systemRandom;
  }

  #position(p: PositionInput): Position {
    return checkPosition({
      latitude: p.latitude,
      longitude: p.longitude,
      accuracyM: p.accuracyM ?? 0,
      sentAtMs: this.#now(),
    });
  }

  /**
   * REQ-LOCATION-001: every location goes out transient; resolves with how
   * many of `peer`'s devices were connected to get it (0: it is lost).
   */
  async #send(peer: AccountId, content: LocationContent): Promise<{ deliveredTo: number }> {
    return { deliveredTo: (await this.#messenger.sendTransient(peer, content)).peerDevices };
  }

  /** Share the position once (spec/location.md §One-off location). */
  shareOnce(peer: AccountId, position: PositionInput): Promise<{ deliveredTo: number }> {
    return this.#send(peer, { kind: 'location', position: this.#position(position) });
  }

  /**
   * Start a live share that lasts `durationMs` (1 s to 8 h): the first
   * update goes out now, and at the end the share stops by itself and
   * sends its stop message (REQ-LOCATION-003).
   */
  async startLive(
    peer: AccountId,
    position: PositionInput,
    durationMs: number,
  ): Promise<{ shareId: string; endsAtMs: number; deliveredTo: number }> {
    if (!Number.isSafeInteger(durationMs) || durationMs < LIVE_MIN_MS || durationMs > LIVE_MAX_MS)
      throw new DefTalkError('LOCATION_INVALID');
    const first = this.#position(position);
    const shareId = Buffer.from(this.#random(16)).toString('hex');
    const endsAtMs = first.sentAtMs + durationMs;
    const share: Share = { peer, endsAtMs, timer: undefined };
    this.#shares.set(shareId, share);
    share.timer = setTimeout(() => {
      void this.stop(shareId).catch(() => {
        // The stop could not be sent (relay unreachable): receivers discard updates after the end anyway.
      });
    }, durationMs);
    share.timer.unref();
    const { deliveredTo } = await this.#send(peer, {
      kind: 'live-location',
      shareId,
      endsAtMs,
      position: first,
    });
    return { shareId, endsAtMs, deliveredTo };
  }

  /** Send a new position of a live share; LOCATION_SHARE_ENDED once it ended or was stopped. */
  async update(shareId: string, position: PositionInput): Promise<{ deliveredTo: number }> {
    const share = this.#shares.get(shareId);
    if (!share) throw new DefTalkError('LOCATION_SHARE_ENDED');
    const p = this.#position(position);
    if (p.sentAtMs >= share.endsAtMs) {
      // The end passed before the timer ran: stop now, send nothing more.
      await this.stop(shareId);
      throw new DefTalkError('LOCATION_SHARE_ENDED');
    }
    return this.#send(share.peer, { kind: 'live-location', shareId, endsAtMs: share.endsAtMs, position: p });
  }

  /** Stop a live share and send its stop message (spec/location.md §Stopping); LOCATION_SHARE_ENDED if not active. */
  async stop(shareId: string): Promise<{ deliveredTo: number }> {
    const share = this.#shares.get(shareId);
    if (!share) throw new DefTalkError('LOCATION_SHARE_ENDED');
    this.#shares.delete(shareId);
    clearTimeout(share.timer);
    return this.#send(share.peer, { kind: 'live-location-stop', shareId });
  }

  /** The live shares still running. */
  get active(): { shareId: string; peer: AccountId; endsAtMs: number }[] {
    return [...this.#shares].map(([shareId, s]) => ({ shareId, peer: s.peer, endsAtMs: s.endsAtMs }));
  }

  /** Stop every live share (each sends its stop message). */
  async close(): Promise<void> {
    for (const id of [...this.#shares.keys()]) await this.stop(id).catch(() => undefined);
  }
}

/** How many live shares the inbox remembers; the oldest are forgotten first. */
const MAX_REMEMBERED = 1024;

/**
 * The receiving side: turns location content from transient envelopes into
 * what the user is shown, discarding a live update that arrives after its
 * share's stated end or stop, or that states another end than the share's
 * first update did (REQ-LOCATION-004). Holds share ids and ends in memory
 * only; no position is kept.
 */
export class LocationInbox {
  readonly #now: () => number;
  readonly #shares = new Map<string, { endsAtMs: number; stopped: boolean }>();

  constructor(now: () => number = Date.now) {
    this.#now = now;
  }

  /** The event to show for `content` from `from`'s device `device`, or `undefined` when it is discarded. */
  receive(from: AccountId, device: DeviceId, content: LocationContent): LocationEvent | undefined {
    if (content.kind === 'location')
      return { type: 'location', location: { from, device, position: content.position } };
    const key = `${from}/${content.shareId}`;
    const known = this.#shares.get(key);
    if (content.kind === 'live-location-stop') {
      this.#remember(key, { endsAtMs: known?.endsAtMs ?? this.#now(), stopped: true });
      return { type: 'location-stop', from, shareId: content.shareId };
    }
    if (known && (known.stopped || known.endsAtMs !== content.endsAtMs)) return undefined;
    if (this.#now() >= content.endsAtMs) return undefined;
    if (!known) this.#remember(key, { endsAtMs: content.endsAtMs, stopped: false });
    return {
      type: 'location',
      location: {
        from,
        device,
        position: content.position,
        live: { shareId: content.shareId, endsAtMs: content.endsAtMs },
      },
    };
  }

  #remember(key: string, v: { endsAtMs: number; stopped: boolean }): void {
    this.#shares.delete(key);
    this.#shares.set(key, v);
    if (this.#shares.size > MAX_REMEMBERED) this.#shares.delete(this.#shares.keys().next().value!);
  }
}
