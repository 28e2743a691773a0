/**
 * @module
 * One proxied WebSocket (spec/conformance.md §Fault injection): the proxy
 * terminates the client's WebSocket and opens its own to the relay, and
 * forwards each message in each direction after applying the action its
 * seeded stream decides. Frames stay whole messages; a truncated or
 * corrupted one is sent as a shorter or altered message.
 */
import WebSocket from 'ws';
import { decide, type FaultAction, type FaultPlan } from './faults.ts';
import type { FrameLog } from './frameLog.ts';
import { streamFor } from './random.ts';

/** How long a reordered frame waits for a later frame to overtake it before it is sent anyway. */
const REORDER_FALLBACK_MS = 10;

type Dir = 'up' | 'down';

/** A close code that may be sent in a close frame (RFC 6455 §7.4). */
function sendableCode(code: number): number {
  return code === 1000 ||
    (code >= 3000 && code <= 4999) ||
    (code >= 1001 && code <= 1014 && code !== 1004 && code !== 1005 && code !== 1006)
    ? code
    : 1000;
}

/** A client WebSocket joined to a relay WebSocket through the fault plan. */
export class Link {
  readonly label: string;
  readonly #sockets: Record<Dir, WebSocket>;
  readonly #random: Record<Dir, () => number>;
  readonly #index: Record<Dir, number> = { up: 0, down: 0 };
  readonly #blackhole: Record<Dir, number> = { up: 0, down: 0 };
  readonly #held: Record<Dir, { data: Buffer; binary: boolean; timer: NodeJS.Timeout } | undefined> = {
    up: undefined,
    down: undefined,
  };
  readonly #timers = new Set<NodeJS.Timeout>();
  #closed = false;

  /**
   * Join `client` and `relay`; `early` holds relay messages that arrived
   * before the client side was open (the relay may push right after its 101).
   */
  constructor(
    label: string,
    seed: number,
    client: WebSocket,
    relay: WebSocket,
    early: { data: Buffer; binary: boolean }[],
    readonly plan: () => FaultPlan,
    readonly log: FrameLog,
  ) {
    this.label = label;
    // Sockets by the direction they SEND in: `up` frames go out on the relay socket.
    this.#sockets = { up: relay, down: client };
    this.#random = { up: streamFor(seed, `${label}:up`), down: streamFor(seed, `${label}:down`) };
    log.record({ link: label, dir: 'up', index: -1, action: 'open', bytes: 0 });
    client.on('message', (data: Buffer, binary) => this.#onFrame('up', data, binary));
    relay.on('message', (data: Buffer, binary) => this.#onFrame('down', data, binary));
    for (const m of early) this.#onFrame('down', m.data, m.binary);
    client.on('close', (code) => this.#close('up', code));
    relay.on('close', (code) => this.#close('down', code));
    client.on('error', () => this.cut('client error'));
    relay.on('error', () => this.cut('relay error'));
  }

  #onFrame(dir: Dir, data: Buffer, binary: boolean): void {
    if (this.#closed) return;
    const index = this.#index[dir]++;
    const plan = this.plan();
    const record = (a: FaultAction, detail?: string) =>
      this.log.record({ link: this.label, dir, index, action: a.kind, bytes: data.length, detail });
    if (this.#blackhole[dir] > 0) {
      this.#blackhole[dir]--;
      record({ kind: 'blackhole' }, 'in window');
      return;
    }
    const a = decide(this.#random[dir], plan[dir], data.length, plan);
    switch (a.kind) {
      case 'pass':
        record(a);
        this.#send(dir, data, binary);
        return;
      case 'drop':
        record(a);
        return;
      case 'blackhole':
        this.#blackhole[dir] = (plan.blackholeFrames ?? 4) - 1;
        record(a, 'opens window');
        return;
      case 'cut':
        record(a);
        this.cut();
        return;
      case 'duplicate':
        record(a);
        this.#send(dir, data, binary);
        this.#send(dir, data, binary);
        return;
      case 'truncate':
        record(a, String(a.param));
        this.#send(dir, data.subarray(0, a.param), binary);
        return;
      case 'corrupt': {
        record(a, String(a.param));
        const copy = Buffer.from(data);
        const at = a.param ?? 0;
        copy[at] = (copy[at] ?? 0) ^ 0xff;
        this.#send(dir, copy, binary);
        return;
      }
      case 'delay': {
        record(a, `${a.param}ms`);
        const timer = setTimeout(() => {
          this.#timers.delete(timer);
          this.#send(dir, data, binary);
        }, a.param);
        this.#timers.add(timer);
        return;
      }
      case 'reorder': {
        record(a);
        // Hold the frame until the next one of this direction has gone out; if one is already held, it goes first.
        this.#release(dir);
        const timer = setTimeout(() => this.#release(dir), REORDER_FALLBACK_MS);
        this.#held[dir] = { data, binary, timer };
        return;
      }
    }
  }

  #release(dir: Dir): void {
    const held = this.#held[dir];
    if (!held) return;
    this.#held[dir] = undefined;
    clearTimeout(held.timer);
    this.#rawSend(dir, held.data, held.binary);
  }

  #send(dir: Dir, data: Buffer, binary: boolean): void {
    this.#rawSend(dir, data, binary);
    this.#release(dir);
  }

  #rawSend(dir: Dir, data: Buffer, binary: boolean): void {
    const ws = this.#sockets[dir];
    if (!this.#closed && ws.readyState === WebSocket.OPEN) ws.send(data, { binary });
  }

  /** Close one side's peer after the other side closed, passing the close code on when it may be sent. */
  #close(from: Dir, code: number): void {
    if (this.#closed) return;
    this.#finish();
    this.log.record({
      link: this.label,
      dir: from,
      index: -1,
      action: 'close',
      bytes: 0,
      detail: String(code),
    });
    const other = from === 'up' ? this.#sockets.up : this.#sockets.down;
    if (code === 1006 || code === 1005) other.terminate();
    else other.close(sendableCode(code));
  }

  #finish(): void {
    this.#closed = true;
    for (const t of this.#timers) clearTimeout(t);
    this.#timers.clear();
    for (const dir of ['up', 'down'] as const) {
      const held = this.#held[dir];
      if (held) clearTimeout(held.timer);
      this.#held[dir] = undefined;
    }
  }

  /** Drop both connections without a closing handshake. */
  cut(reason?: string): void {
    if (this.#closed) return;
    this.#finish();
    if (reason)
      this.log.record({ link: this.label, dir: 'up', index: -1, action: 'close', bytes: 0, detail: reason });
    this.#sockets.up.terminate();
    this.#sockets.down.terminate();
  }
}
