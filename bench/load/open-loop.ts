/**
 * @module
 * The open-loop message generator (performance.md §Method), shared by every
 * message-delivery scenario: the `ws-forwarder` and `nats-jetstream`
 * baselines now, the DefTalk full-cycle scenarios later. It offers load at a
 * constant arrival rate whatever the server does, stamps each payload with
 * its INTENDED send time, and records latency from that time into an
 * HdrHistogram, so a stall shows up as latency instead of silently lowering
 * the offered load (coordinated omission). It also checks, per message, that
 * each one sent was delivered exactly once and to the right recipient.
 *
 * What a scenario supplies is a {@link Transport}: how to open sender/recipient
 * pairs, send one payload, and report one delivery.
 */
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import * as hdr from 'hdr-histogram-js';

/** Bytes of the stamp at the start of every payload: magic u32, pair u32, seq u32, intended f64. */
export const STAMP_BYTES = 20;
const MAGIC = 0xdef7a1c0;

/** One sender side of a pair. */
export interface Sender {
  /** Hand one payload to the transport; must not block for the delivery. */
  send(payload: Buffer): void;
}

/** How a scenario connects the generator to the system under test. */
export interface Transport {
  /**
   * Open `pairs` sender/recipient pairs. Every payload delivered to recipient
   * `i` must be reported through `deliver(i, payload)`.
   */
  open(pairs: number, deliver: (pair: number, payload: Uint8Array) => void): Promise<Sender[]>;
  /** Close every connection. */
  close(): Promise<void>;
}

/** How much load to offer. */
export interface OpenLoopOptions {
  /** Arrival rate, messages per second over all pairs. */
  readonly rate: number;
  readonly warmupMs: number;
  readonly durationMs: number;
  /** Payload size in bytes, at least {@link STAMP_BYTES}. */
  readonly payloadBytes: number;
  readonly pairs: number;
  /** Longest wait for outstanding deliveries after the last send; default max(5 s, 2 × duration). */
  readonly drainTimeoutMs?: number;
  /** Stop offering load (and count it) when this many bytes are outstanding: bounds the memory of an overloaded run. */
  readonly maxOutstandingBytes?: number;
  /** Called when the measurement window starts (after the warm-up) and ends. */
  onWindowStart?(): Promise<void> | void;
  onWindowEnd?(): Promise<void> | void;
  progress?(line: string): void;
  readonly signal?: AbortSignal;
}

/** What the generator measured. */
export interface OpenLoopResult {
  /** Deliveries whose arrival fell in the window, per second. */
  achievedRate: number;
  /** Sends made during the window, per second. */
  sentRate: number;
  /** Latency from the intended send time of messages intended in the window, milliseconds. */
  latencyMs: { p50: number; p99: number; p999: number; max: number; count: number };
  generatorCpuMs: number;
  generatorEldP99Ms: number;
  windowMs: number;
  counters: {
    sent: number;
    delivered: number;
    duplicates: number;
    misrouted: number;
    corrupt: number;
    lost: number;
    /** Sends that left more than 10 ms after their intended time: the generator itself fell behind. */
    late_sends: number;
    /** 1 when the outstanding-bytes bound stopped the offered load early. */
    overload_stopped: number;
  };
}

/** Write the stamp of message `seq` for `pair` intended at `intended` (performance.now() ms). */
export function writeStamp(buf: Buffer, pair: number, seq: number, intended: number): void {
  buf.writeUInt32LE(MAGIC, 0);
  buf.writeUInt32LE(pair, 4);
  buf.writeUInt32LE(seq, 8);
  buf.writeDoubleLE(intended, 12);
}

/** Read a stamp; undefined when the payload is not one of ours. */
export function readStamp(p: Uint8Array): { pair: number; seq: number; intended: number } | undefined {
  if (p.byteLength < STAMP_BYTES) return undefined;
  const v = new DataView(p.buffer, p.byteOffset, STAMP_BYTES);
  if (v.getUint32(0, true) !== MAGIC) return undefined;
  return { pair: v.getUint32(4, true), seq: v.getUint32(8, true), intended: v.getFloat64(12, true) };
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Offer load through `transport` as `options` say; the transport must already be open-able. */
export async function runOpenLoop(transport: Transport, options: OpenLoopOptions): Promise<OpenLoopResult> {
  const { rate, warmupMs, durationMs, payloadBytes, pairs } = options;
  if (!(rate > 0)) throw new RangeError('rate must be positive');
  if (payloadBytes < STAMP_BYTES) throw new RangeError(`payloadBytes must be at least ${STAMP_BYTES}`);
  const total = Math.floor((rate * (warmupMs + durationMs)) / 1000);
  const interval = 1000 / rate;
  const template = Buffer.alloc(payloadBytes);
  for (let i = 0; i < payloadBytes; i++) template[i] = (i * 131 + 7) & 0xff;

  // Latencies in microseconds, up to 10 minutes, 3 significant digits.
  const histogram = hdr.build({
    lowestDiscernibleValue: 1,
    highestTrackableValue: 600_000_000,
    numberOfSignificantValueDigits: 3,
    useWebAssembly: false,
  });
  const seen = new Uint8Array(total);
  const counters: OpenLoopResult['counters'] = {
    sent: 0,
    delivered: 0,
    duplicates: 0,
    misrouted: 0,
    corrupt: 0,
    lost: 0,
    late_sends: 0,
    overload_stopped: 0,
  };
  let start = 0;
  let windowStart = Number.POSITIVE_INFINITY;
  let windowEnd = Number.POSITIVE_INFINITY;
  let deliveredInWindow = 0;
  let unique = 0;
  let allDelivered: (() => void) | undefined;

  const deliver = (pair: number, payload: Uint8Array) => {
    const now = performance.now();
    const s = readStamp(payload);
    if (!s || s.seq >= total || payload.byteLength !== payloadBytes) {
      counters.corrupt++;
      return;
    }
    counters.delivered++;
    if (s.pair !== pair) counters.misrouted++;
    if (seen[s.seq] === 1) {
      counters.duplicates++;
      return;
    }
    seen[s.seq] = 1;
    unique++;
    if (now >= windowStart && now < windowEnd) deliveredInWindow++;
    if (s.intended >= windowStart && s.intended < windowEnd) {
      histogram.recordValue(Math.max(1, Math.round((now - s.intended) * 1000)));
    }
    if (unique === counters.sent && allDelivered) allDelivered();
  };

  const senders = await transport.open(pairs, deliver);
  const eld = monitorEventLoopDelay({ resolution: 10 });
  try {
    const maxOutstanding = Math.floor((options.maxOutstandingBytes ?? 512 * 1024 * 1024) / payloadBytes);
    let cpuAtWindowStart = process.cpuUsage();
    let cpuInWindow = { user: 0, system: 0 };
    let sentAtWindowStart = 0;
    let sentAtWindowEnd = 0;
    let windowHooks = Promise.resolve();

    start = performance.now() + 5;
    windowStart = start + warmupMs;
    windowEnd = windowStart + durationMs;
    const windowTimers = [
      setTimeout(
        () => {
          cpuAtWindowStart = process.cpuUsage();
          sentAtWindowStart = counters.sent;
          eld.enable();
          windowHooks = windowHooks.then(() => options.onWindowStart?.());
        },
        Math.max(0, windowStart - performance.now()),
      ),
      setTimeout(
        () => {
          cpuInWindow = process.cpuUsage(cpuAtWindowStart);
          sentAtWindowEnd = counters.sent;
          eld.disable();
          windowHooks = windowHooks.then(() => options.onWindowEnd?.());
        },
        Math.max(0, windowEnd - performance.now()),
      ),
    ];

    await new Promise<void>((resolve, reject) => {
      let lastProgress = start;
      const tick = () => {
        try {
          if (options.signal?.aborted) throw new Error('run aborted');
          const now = performance.now();
          const due = Math.min(total, Math.floor((now - start) / interval) + 1);
          // A bounded batch per turn keeps deliveries flowing even when far behind.
          const until = Math.min(due, counters.sent + 4096);
          while (counters.sent < until) {
            const seq = counters.sent;
            const intended = start + seq * interval;
            if (now - intended > 10) counters.late_sends++;
            const pair = seq % pairs;
            const buf = Buffer.allocUnsafe(payloadBytes);
            template.copy(buf);
            writeStamp(buf, pair, seq, intended);
            senders[pair]!.send(buf);
            counters.sent++;
          }
          if (counters.sent - unique > maxOutstanding) {
            counters.overload_stopped = 1;
            resolve();
            return;
          }
          if (now - lastProgress >= 1000 && options.progress) {
            lastProgress = now;
            const p99 = histogram.totalCount > 0 ? histogram.getValueAtPercentile(99) / 1000 : 0;
            options.progress(
              `  t=${((now - start) / 1000).toFixed(1)}s sent=${counters.sent} delivered=${unique} p99(window so far)=${p99.toFixed(2)}ms`,
            );
          }
          if (counters.sent >= total) {
            resolve();
            return;
          }
          const next = start + counters.sent * interval - performance.now();
          if (next <= 0 || counters.sent < due) setImmediate(tick);
          else setTimeout(tick, Math.max(1, Math.floor(next)));
        } catch (e) {
          reject(e);
        }
      };
      setTimeout(tick, Math.max(0, start - performance.now()));
    });
    if (counters.overload_stopped) {
      for (const t of windowTimers) clearTimeout(t);
      if (windowEnd > performance.now()) {
        // The window ends here: what was sent is all that will be.
        windowEnd = performance.now();
        if (windowStart > windowEnd) windowStart = windowEnd;
        cpuInWindow = process.cpuUsage(cpuAtWindowStart);
        sentAtWindowEnd = counters.sent;
        eld.disable();
        windowHooks = windowHooks.then(() => options.onWindowEnd?.());
      }
    }
    // Wait for the window to close and for every outstanding delivery (bounded).
    while (performance.now() < windowEnd) await sleep(Math.max(1, windowEnd - performance.now()));
    const drainMs = options.drainTimeoutMs ?? Math.max(5000, 2 * durationMs);
    if (unique < counters.sent) {
      await Promise.race([new Promise<void>((r) => (allDelivered = r)), sleep(drainMs)]);
    }
    await windowHooks;
    const windowMs = windowEnd - windowStart;
    counters.lost = counters.sent - unique;
    return {
      achievedRate: windowMs > 0 ? (deliveredInWindow * 1000) / windowMs : 0,
      sentRate: windowMs > 0 ? ((sentAtWindowEnd - sentAtWindowStart) * 1000) / windowMs : 0,
      latencyMs: {
        p50: histogram.getValueAtPercentile(50) / 1000,
        p99: histogram.getValueAtPercentile(99) / 1000,
        p999: histogram.getValueAtPercentile(99.9) / 1000,
        max: histogram.maxValue / 1000,
        count: histogram.totalCount,
      },
      generatorCpuMs: (cpuInWindow.user + cpuInWindow.system) / 1000,
      generatorEldP99Ms: (eld.percentile(99) || 0) / 1e6,
      windowMs,
      counters,
    };
  } finally {
    eld.disable();
    histogram.destroy();
    await transport.close();
  }
}
