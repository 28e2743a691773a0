/**
 * @module
 * Scenario `group-fanout` (issue 8 item 1d): one sender, one 100-member
 * group (spec/groups.md): every group send (`POST
 * /v1/groups/:id/messages` over the sender's WebSocket) is one 200-byte
 * ciphertext the relay stores and pushes once per other member device (99
 * copies), each acknowledged and erased. Open-loop sends at the step's rate
 * (sends per second), latency from the intended send time to each copy's
 * arrival.
 *
 * The sender keeps one group send in flight: the operation has no batch
 * form, and the relay does not order one sender's pipelined group sends
 * before they reach the store (messages.send does), so a second one in
 * flight could overtake the first and be refused SEQUENCE_GAP. Sends due
 * while one is in flight wait in the generator, and their wait counts in
 * the latency (no coordinated omission).
 *
 * Counters are in copies: `sent` = sends × 99, `accepted` = the copies the
 * relay reported, so the delivery invariants of `full-cycle` apply as they
 * are. `achieved_rate` is copies delivered in the window / 99 per second
 * (sends fully delivered); copies per second are in the notes.
 */
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import * as hdr from 'hdr-histogram-js';
import {
  decodeGroupSendResult,
  decodeGroupState,
  encodeGroupCreate,
  encodeGroupSend,
  GROUPS_PATH,
  groupMessagesPath,
} from '../../reference/wire/group.ts';
import { readStamp, writeStamp } from '../load/open-loop.ts';
import { emptyFigures, type RunOptions, type RunResult, type Scenario } from '../scenario.ts';
import { fillServerFigures } from '../server-process.ts';
import { deliveryInvariants, relayInvariantCounters } from './full-cycle.ts';
import { BenchSocket, registerDevices, startBenchRelay } from './full-cycle-relay.ts';

/** Members of the group, the sender included. */
const GROUP_SIZE = 100;
const PAYLOAD_BYTES = 200;

/** The `group-fanout` scenario. */
export const groupFanout: Scenario = {
  name: 'group-fanout',
  description: `one sender, one ${GROUP_SIZE}-member group: each group send stored, pushed, acked and erased once per other member (${GROUP_SIZE - 1} copies)`,
  setupTimeMs: () => 100 * GROUP_SIZE,
  durability: 'as full-cycle: answered after the group commit of all copies',
  variants: [
    {
      name: '200B',
      parameters: { payloadBytes: PAYLOAD_BYTES, members: GROUP_SIZE, sendsInFlight: 1 },
      rates: [20, 50, 100, 200, 400],
      quickRates: [20],
    },
  ],
  invariants: deliveryInvariants(),
  async run(options: RunOptions): Promise<RunResult> {
    const relay = await startBenchRelay(options, { DEFTALK_QUEUE_QUOTA: '1000000' });
    const artifacts: string[] = [];
    const histogram = hdr.build({
      lowestDiscernibleValue: 1,
      highestTrackableValue: 600_000_000,
      numberOfSignificantValueDigits: 3,
      useWebAssembly: false,
    });
    const sockets: BenchSocket[] = [];
    const eld = monitorEventLoopDelay({ resolution: 10 });
    try {
      const [sender, ...members] = await registerDevices(relay.client, GROUP_SIZE, options.progress);
      const copiesPerSend = members.length;
      const group = decodeGroupState(
        await relay.client.ok('group create', 'POST', GROUPS_PATH, {
          body: encodeGroupCreate(members.map((m) => m.accountId)),
          token: sender!.token,
        }),
      );
      const path = groupMessagesPath(group.groupId);
      const rate = options.targetRate;
      const total = Math.floor((rate * (options.warmupMs + options.durationMs)) / 1000);
      const seen = new Uint8Array(total * copiesPerSend);
      const c = { unique: 0, duplicates: 0, corrupt: 0, misrouted: 0 };
      let start = Number.POSITIVE_INFINITY;
      let windowStart = Number.POSITIVE_INFINITY;
      let windowEnd = Number.POSITIVE_INFINITY;
      let inWindow = 0;
      let expected = 0;
      let sending = true;
      let done: () => void = () => {};
      const allDone = new Promise<void>((r) => (done = r));
      for (const [k, m] of members.entries()) {
        const s = new BenchSocket(relay.wsUrl, m, (ct) => {
          const now = performance.now();
          const stamp = readStamp(ct);
          if (!stamp || stamp.seq >= total || ct.byteLength !== PAYLOAD_BYTES) {
            c.corrupt++;
            return;
          }
          const at = stamp.seq * copiesPerSend + k;
          if (seen[at]) {
            c.duplicates++;
            return;
          }
          seen[at] = 1;
          c.unique++;
          if (now >= windowStart && now < windowEnd) inWindow++;
          if (stamp.intended >= windowStart && stamp.intended < windowEnd) {
            histogram.recordValue(Math.max(1, Math.round((now - stamp.intended) * 1000)));
          }
          if (sending === false && c.unique === expected) done();
        });
        sockets.push(s);
      }
      await Promise.all(sockets.map((s) => s.opened));
      const out = new BenchSocket(relay.wsUrl, sender!);
      sockets.push(out);
      await out.opened;

      // Open loop: message k is due at start + k / rate; one request in flight.
      const serviceMs: number[] = [];
      const counts = { sent: 0, accepted: 0, refused: 0, errors: 0, late: 0 };
      let inFlight = false;
      let cpu0 = process.cpuUsage();
      let cpuWindow = { user: 0, system: 0 };
      let end: Awaited<ReturnType<typeof relay.server.stats>> | undefined;
      const pump = () => {
        if (inFlight || counts.sent >= total) return;
        const due = Math.min(total, Math.floor((performance.now() - start) * (rate / 1000)) + 1);
        if (counts.sent >= due) return;
        const seq = counts.sent++;
        const intended = start + (seq * 1000) / rate;
        if (performance.now() - intended > 10) counts.late++;
        const ciphertext = Buffer.alloc(PAYLOAD_BYTES, 0x5a);
        writeStamp(ciphertext, 0, seq, intended);
        inFlight = true;
        const t0 = performance.now();
        void out
          .request('POST', path, encodeGroupSend({ sequence: seq + 1, version: group.version, ciphertext }))
          .then((res) => {
            inFlight = false;
            serviceMs.push(performance.now() - t0);
            if (res.status >= 200 && res.status < 300) {
              const r = decodeGroupSendResult(res.body);
              if (r.duplicate) counts.refused++;
              else counts.accepted += r.copies;
            } else if (res.status >= 400) counts.refused++;
            else counts.errors++;
            pump();
          });
      };
      start = performance.now() + 5;
      windowStart = start + options.warmupMs;
      windowEnd = windowStart + options.durationMs;
      const timers = [
        setTimeout(() => {
          cpu0 = process.cpuUsage();
          eld.enable();
          void relay.server.mark();
        }, windowStart - performance.now()),
        setTimeout(() => {
          cpuWindow = process.cpuUsage(cpu0);
          eld.disable();
          void relay.server.stats().then((s) => {
            end = s;
          });
        }, windowEnd - performance.now()),
      ];
      const ticker = setInterval(pump, Math.max(1, Math.floor(1000 / rate)));
      await new Promise((r) => setTimeout(r, windowEnd - performance.now() + 10));
      while (counts.sent < total || inFlight) {
        if (options.signal.aborted) throw new Error('run aborted');
        await new Promise((r) => setTimeout(r, 5));
      }
      clearInterval(ticker);
      for (const t of timers) clearTimeout(t);
      sending = false;
      expected = counts.accepted;
      if (c.unique >= expected) done();
      await Promise.race([allDone, new Promise((r) => setTimeout(r, 30_000))]);
      end ??= await relay.server.stats();
      const relayCounters = await relayInvariantCounters(relay.client);
      const windowS = options.durationMs / 1000;
      options.progress(
        `  ${counts.sent} group sends, ${counts.accepted} copies accepted, ${c.unique} delivered; ${Math.round(inWindow / windowS)} copies/s in the window`,
      );
      serviceMs.sort((a, b) => a - b);
      const service = (q: number) =>
        Math.round(1000 * (serviceMs[Math.floor(q * (serviceMs.length - 1))] ?? 0));
      const figures = emptyFigures();
      figures.target_rate = rate;
      figures.sent_rate = rate;
      figures.achieved_rate = inWindow / copiesPerSend / windowS;
      figures.latency_p50_ms = histogram.getValueAtPercentile(50) / 1000;
      figures.latency_p99_ms = histogram.getValueAtPercentile(99) / 1000;
      figures.latency_p999_ms = histogram.getValueAtPercentile(99.9) / 1000;
      figures.latency_max_ms = histogram.maxValue / 1000;
      figures.generator_cpu_ms = (cpuWindow.user + cpuWindow.system) / 1000;
      figures.generator_eld_p99_ms = (eld.percentile(99) || 0) / 1e6;
      const notes = fillServerFigures(figures, end, inWindow, options.durationMs);
      notes.push(
        `achieved_rate is group sends fully delivered per second (copies delivered in the window / ${copiesPerSend}); ${Math.round(inWindow / windowS)} copies/s; server CPU per message is per copy; one group send in flight`,
      );
      const snap = await relay.server.heapSnapshot();
      if (snap) artifacts.push(snap);
      return {
        figures,
        counters: {
          group_sends: counts.sent,
          group_members: GROUP_SIZE,
          late_sends: counts.late,
          sent: counts.sent * copiesPerSend,
          accepted: counts.accepted,
          refused: counts.refused,
          send_errors: counts.errors,
          unique_delivered: c.unique,
          duplicates: c.duplicates,
          misrouted: c.misrouted,
          corrupt: c.corrupt,
          copies_per_s: Math.round(inWindow / windowS),
          send_service_p50_us: service(0.5),
          send_service_p99_us: service(0.99),
          ...relayCounters,
        },
        notes,
        artifacts,
      };
    } finally {
      eld.disable();
      histogram.destroy();
      await Promise.all(sockets.map((s) => s.close()));
      const stopped = await relay.server.stop();
      artifacts.push(...stopped.artifacts);
    }
  },
};
