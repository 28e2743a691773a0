/**
 * @module
 * The proxy's record of every action (spec/conformance.md §Fault injection):
 * one entry per WebSocket message and per HTTP exchange, which a case adds
 * to its evidence. Entries carry sizes and actions, never frame content.
 */
import { EventEmitter } from 'node:events';
import { type FaultKind, LOSSY } from './faults.ts';

/** One recorded action. */
export interface FrameLogEntry {
  /** The link label (the `x-fault-link` header, or `ws#N` in upgrade order); `http` for HTTP exchanges. */
  readonly link: string;
  /** `up` client to relay, `down` relay to client. */
  readonly dir: 'up' | 'down' | 'http';
  /** Ordinal of the message within its link and direction, from 0. */
  readonly index: number;
  readonly action: FaultKind | 'open' | 'close' | 'request';
  readonly bytes: number;
  /** The action's parameter, or for HTTP the method, path and status. */
  readonly detail?: string;
}

/** The frame log of one proxy. Emits `loss` with the link label whenever a lossy action is recorded. */
export class FrameLog extends EventEmitter<{ loss: [string]; entry: [FrameLogEntry] }> {
  readonly entries: FrameLogEntry[] = [];

  /** Record `entry`. */
  record(entry: FrameLogEntry): void {
    this.entries.push(entry);
    this.emit('entry', entry);
    if (LOSSY.has(entry.action as FaultKind)) this.emit('loss', entry.link);
  }

  /** One text line per entry, in the order they happened. */
  lines(): string[] {
    return this.entries.map(format);
  }

  /**
   * The WebSocket entries sorted by link, direction and index: equal for two
   * runs with the same seed and the same frames per link, whatever the timing.
   */
  canonical(): string[] {
    return this.entries
      .filter((e) => e.dir !== 'http')
      .slice()
      .sort((a, b) =>
        a.link === b.link
          ? a.dir === b.dir
            ? a.index - b.index
            : a.dir < b.dir
              ? -1
              : 1
          : a.link < b.link
            ? -1
            : 1,
      )
      .map(format);
  }

  /** How many entries of each action were recorded. */
  counts(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const e of this.entries) out[e.action] = (out[e.action] ?? 0) + 1;
    return out;
  }
}

function format(e: FrameLogEntry): string {
  return `${e.link} ${e.dir} #${e.index} ${e.action} ${e.bytes}B${e.detail === undefined ? '' : ` ${e.detail}`}`;
}
