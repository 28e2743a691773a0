/**
 * @module
 * Scenario `reconnect-storm` (issue 8 item 1f): many devices reconnecting
 * and authenticating at once, as after a network outage or a relay
 * restart. N accounts are registered and connected; one envelope is queued
 * for each of them while they are offline; then all N at the same instant
 * ask for a challenge, sign it, exchange it for a token (spec/auth.md),
 * open their WebSocket with that token, and receive and acknowledge their
 * envelope.
 *
 * The "rate" of a step is N, the number of devices; `achieved_rate` is N
 * over the time from the start of the storm until the last device had its
 * envelope, latencies are per device from the start of the storm to its
 * socket being open (`connect_*` counters) and to its envelope arriving
 * (the latency figures). Invariants: every device reconnected, every
 * envelope delivered exactly once, queues empty, no ciphertext left.
 */
import { performance } from 'node:perf_hooks';
import * as hdr from 'hdr-histogram-js';
import { readStamp, writeStamp } from '../load/open-loop.ts';
import {
  counterAtLeast,
  countersEqual,
  emptyFigures,
  type RunOptions,
  type RunResult,
  type Scenario,
} from '../scenario.ts';
import { cpuMs } from '../server-process.ts';
import { deliveryInvariants, relayInvariantCounters } from './full-cycle.ts';
import { BenchSocket, registerDevices, signIn, startBenchRelay, sumCounts } from './full-cycle-relay.ts';

const PAYLOAD_BYTES = 200;
const BATCH = 256;

/** The `reconnect-storm` scenario. */
export const reconnectStorm: Scenario = {
  name: 'reconnect-storm',
  description:
    'N devices, each with one envelope queued, reconnect at once: challenge, signature, token, WebSocket, push, ack',
  durability: 'as full-cycle (one queued envelope per device)',
  kneeByLatency: false,
  // Registration of N accounts (and, for the storm, queueing) before the load.
  setupTimeMs: (n) => 100 * n,
  variants: [
    { name: '', parameters: { payloadBytes: PAYLOAD_BYTES }, rates: [500, 1000, 2000], quickRates: [50] },
  ],
  invariants: [
    ...deliveryInvariants(),
    counterAtLeast('reconnected', 1, 'some devices reconnected'),
    countersEqual('reconnected', 'devices', 'every device reconnected'),
  ],
  async run(options: RunOptions): Promise<RunResult> {
    const n = options.targetRate;
    const relay = await startBenchRelay(options);
    const artifacts: string[] = [];
    const hist = () =>
      hdr.build({
        lowestDiscernibleValue: 1,
        highestTrackableValue: 600_000_000,
        numberOfSignificantValueDigits: 3,
        useWebAssembly: false,
      });
    const connectHist = hist();
    const deliverHist = hist();
    const sockets: BenchSocket[] = [];
    try {
      const [sender, ...devices] = await registerDevices(relay.client, n + 1, options.progress);
      // Every device online once (its first connection), then offline.
      for (let i = 0; i < n; i += 200) {
        const batch = devices.slice(i, i + 200).map((d) => new BenchSocket(relay.wsUrl, d));
        await Promise.all(batch.map((s) => s.opened));
        await Promise.all(batch.map((s) => s.close()));
      }
      // One envelope queued for each, through the send path.
      const out = new BenchSocket(relay.wsUrl, sender!);
      await out.opened;
      for (let i = 0; i < n; i += BATCH) {
        const sends = devices.slice(i, i + BATCH).map((d, k) => {
          const ciphertext = Buffer.alloc(PAYLOAD_BYTES, 0x5a);
          writeStamp(ciphertext, i + k, i + k, 0);
          return {
            sequence: i + k + 1,
            destination: d.accountId,
            copies: [{ device: { accountId: d.accountId, deviceId: d.deviceId }, ciphertext }],
            transient: false,
          };
        });
        out.send(sends);
        while (out.counts.pending > 4 * BATCH) await new Promise((r) => setTimeout(r, 2));
      }
      while (out.counts.pending > 0) await new Promise((r) => setTimeout(r, 2));
      await out.close();
      await relay.client.ok('delivery flush', 'POST', '/test-hooks/v1/delivery/flush');
      options.progress(`  ${n} devices registered, ${out.counts.accepted} envelopes queued; storm`);

      // The storm: every device at once.
      const seen = new Uint8Array(n);
      const c = { unique: 0, duplicates: 0, corrupt: 0, misrouted: 0, reconnected: 0, failed: 0 };
      let allDelivered: () => void = () => {};
      const delivered = new Promise<void>((r) => (allDelivered = r));
      await relay.server.mark();
      const t0 = performance.now();
      const storm = devices.map(async (d, i) => {
        try {
          const token = await signIn(relay.client, d);
          const s = new BenchSocket(relay.wsUrl, { ...d, token }, (ct) => {
            const stamp = readStamp(ct);
            if (!stamp || ct.byteLength !== PAYLOAD_BYTES || stamp.seq >= n) {
              c.corrupt++;
              return;
            }
            if (stamp.pair !== i) c.misrouted++;
            if (seen[stamp.seq]) {
              c.duplicates++;
              return;
            }
            seen[stamp.seq] = 1;
            deliverHist.recordValue(Math.max(1, Math.round((performance.now() - t0) * 1000)));
            if (++c.unique === n) allDelivered();
          });
          sockets.push(s);
          await s.opened;
          connectHist.recordValue(Math.max(1, Math.round((performance.now() - t0) * 1000)));
          c.reconnected++;
        } catch {
          c.failed++;
        }
      });
      await Promise.all(storm);
      const connectedMs = performance.now() - t0;
      await Promise.race([
        delivered,
        new Promise((r) => setTimeout(r, 60_000)),
        new Promise((_, rej) =>
          options.signal.addEventListener('abort', () => rej(new Error('run aborted'))),
        ),
      ]);
      const stormMs = performance.now() - t0;
      const stats = await relay.server.stats();
      const snap = await relay.server.heapSnapshot();
      if (snap) artifacts.push(snap);
      const relayCounters = await relayInvariantCounters(relay.client);
      options.progress(
        `  ${c.reconnected}/${n} reconnected in ${(connectedMs / 1000).toFixed(2)} s, all envelopes in ${(stormMs / 1000).toFixed(2)} s`,
      );
      const figures = emptyFigures();
      figures.target_rate = n;
      figures.achieved_rate = (c.unique * 1000) / stormMs;
      figures.sent_rate = (c.reconnected * 1000) / connectedMs;
      figures.latency_p50_ms = deliverHist.getValueAtPercentile(50) / 1000;
      figures.latency_p99_ms = deliverHist.getValueAtPercentile(99) / 1000;
      figures.latency_p999_ms = deliverHist.getValueAtPercentile(99.9) / 1000;
      figures.latency_max_ms = deliverHist.maxValue / 1000;
      figures.server_cpu_ms = cpuMs(stats.cpu);
      figures.server_cpu_us_per_msg = (cpuMs(stats.cpu) * 1000) / n;
      figures.server_rss_mb = stats.rssBytes / 2 ** 20;
      figures.server_eld_p50_ms = stats.eld.p50;
      figures.server_eld_p99_ms = stats.eld.p99;
      figures.server_eld_max_ms = stats.eld.max;
      const sends = sumCounts([out]);
      return {
        figures,
        counters: {
          devices: n,
          reconnected: c.reconnected,
          reconnect_failures: c.failed,
          sent: n,
          accepted: sends.accepted,
          refused: sends.refused,
          send_errors: sends.errors + sends.pending,
          unique_delivered: c.unique,
          duplicates: c.duplicates,
          misrouted: c.misrouted,
          corrupt: c.corrupt,
          storm_ms: Math.round(stormMs),
          connect_p50_us: connectHist.getValueAtPercentile(50),
          connect_p99_us: connectHist.getValueAtPercentile(99),
          connect_max_us: connectHist.maxValue,
          ...relayCounters,
        },
        notes: [
          'target_rate is the number of devices; achieved_rate is envelopes delivered per second of the storm; sent_rate is reconnections per second; latencies from the start of the storm to each envelope (connect latencies in the counters, µs); server CPU per message is per device',
        ],
        artifacts,
      };
    } finally {
      await Promise.all(sockets.map((s) => s.close()));
      connectHist.destroy();
      deliverHist.destroy();
      const stopped = await relay.server.stop();
      artifacts.push(...stopped.artifacts);
    }
  },
};
