/**
 * @module
 * Fault plans and the per-frame decision (spec/conformance.md §Fault
 * injection). A plan gives, for each direction of a link, the probability of
 * each fault; {@link decide} turns one draw of the link's seeded stream into
 * one action, drawing its parameters from the same stream, so the same seed
 * and the same frames give the same actions.
 */

/** What the proxy does to one WebSocket message. */
export type FaultKind =
  | 'pass'
  | 'drop'
  | 'delay'
  | 'duplicate'
  | 'reorder'
  | 'truncate'
  | 'corrupt'
  | 'cut'
  | 'blackhole';

/** The faults that lose the frame (or the connection), as seen by the endpoints. */
export const LOSSY: ReadonlySet<FaultKind> = new Set(['drop', 'truncate', 'corrupt', 'cut', 'blackhole']);

/** Per-frame probabilities of each fault in one direction; absent means 0. Their sum must not exceed 1. */
export interface DirectionFaults {
  readonly drop?: number;
  readonly delay?: number;
  readonly duplicate?: number;
  readonly reorder?: number;
  readonly truncate?: number;
  readonly corrupt?: number;
  /** Close both sides of the link without a closing handshake. */
  readonly cut?: number;
  /** Start a window in which this frame and the next `blackholeFrames - 1` frames of this direction are dropped. */
  readonly blackhole?: number;
}

/** The faults of one link: `up` is client to relay, `down` relay to client. */
export interface FaultPlan {
  readonly up?: DirectionFaults;
  readonly down?: DirectionFaults;
  /** Upper bound of a delay in milliseconds (default 20). */
  readonly maxDelayMs?: number;
  /** Length of a blackhole window in frames (default 4). */
  readonly blackholeFrames?: number;
}

/** A plan with no faults: every frame passes. */
export const NO_FAULTS: FaultPlan = {};

/** The order in which a draw is matched against the probabilities; part of the seed contract. */
const ORDER = ['cut', 'blackhole', 'drop', 'truncate', 'corrupt', 'duplicate', 'reorder', 'delay'] as const;

/** One decided action with its parameters. */
export interface FaultAction {
  readonly kind: FaultKind;
  /** delay: milliseconds; truncate: bytes kept; corrupt: byte offset flipped. */
  readonly param?: number;
}

/**
 * The action for a frame of `size` bytes under `faults`: one draw picks the
 * kind, a second (only for delay, truncate and corrupt) its parameter.
 */
export function decide(
  random: () => number,
  faults: DirectionFaults | undefined,
  size: number,
  plan: FaultPlan,
): FaultAction {
  const r = random();
  let acc = 0;
  for (const kind of ORDER) {
    acc += faults?.[kind] ?? 0;
    if (r >= acc) continue;
    if (kind === 'delay') return { kind, param: Math.floor(random() * ((plan.maxDelayMs ?? 20) + 1)) };
    if (kind === 'truncate') return { kind, param: Math.floor(random() * Math.max(size, 1)) };
    if (kind === 'corrupt')
      return size === 0 ? { kind: 'pass' } : { kind, param: Math.floor(random() * size) };
    return { kind };
  }
  return { kind: 'pass' };
}
