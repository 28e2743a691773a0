/**
 * @module
 * Scenario `http-send` (issue 8 item 1b): the relay's HTTP send path under
 * autocannon, then the drain of the queues it filled. 100 connections, each
 * one sender account posting `POST /v1/messages` with one envelope per
 * request (its own contiguous sequence numbers, spec/delivery.md §Envelope
 * ids) to one of 20 recipient devices that are offline while it runs; then
 * the recipients connect and every queued envelope is pushed, acknowledged
 * and erased.
 *
 * autocannon hands `onResponse` the body as text, which a protobuf result
 * does not survive, so refusals are counted from the relay's side: after
 * the run each sender's last accepted sequence number (`GET
 * /v1/messages/sequence`) is read; a refused send leaves a gap that every
 * later send of that sender is refused for, so `accepted` (their sum) falls
 * below the 2xx responses whenever any send was refused.
 */
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import * as hdr from 'hdr-histogram-js';
import {
  decodeSenderState,
  encodeSendBatch,
  SEND_PATH,
  SEQUENCE_PATH,
} from '../../reference/wire/delivery.ts';
import { PROTOBUF } from '../../reference/wire/index.ts';
import { readStamp, writeStamp } from '../load/open-loop.ts';
import {
  counterAtLeast,
  counterIsZero,
  countersEqual,
  emptyFigures,
  type Invariant,
  type RunOptions,
  type RunResult,
  type Scenario,
} from '../scenario.ts';
import { fillServerFigures } from '../server-process.ts';
import { AUTOCANNON_NOTE, HTTP_CONNECTIONS } from './_http.ts';
import { relayInvariantCounters } from './full-cycle.ts';
import { type BenchDevice, BenchSocket, registerDevices, startBenchRelay } from './full-cycle-relay.ts';

/** Offline recipient devices the senders share. */
const RECIPIENTS = 20;

/** Envelopes accepted, by sender, as the relay reports them. */
async function acceptedBySender(base: string, senders: readonly BenchDevice[]): Promise<number[]> {
  return Promise.all(
    senders.map(async (s) => {
      const res = await fetch(new URL(SEQUENCE_PATH, base), {
        headers: { authorization: `Bearer ${s.token}` },
      });
      if (!res.ok) throw new Error(`sequence answered ${res.status}`);
      return decodeSenderState(new Uint8Array(await res.arrayBuffer()));
    }),
  );
}

const invariants: Invariant[] = [
  counterAtLeast('responses_2xx', 1, 'the run sent some envelopes'),
  counterIsZero('non2xx', 'every send request was answered 2xx'),
  counterIsZero('errors', 'no connection error'),
  counterIsZero('timeouts', 'no request timed out'),
  {
    id: 'accepted-covers-responses',
    description: 'every send answered 2xx was accepted (no refusal, no sequence gap), none beyond those sent',
    check(r) {
      const { accepted, responses_2xx: ok, sent } = r.counters;
      if (accepted === undefined || ok === undefined || sent === undefined) return 'counters missing';
      if (accepted < ok) return `accepted ${accepted} < 2xx responses ${ok}: some sends were refused`;
      if (accepted > sent) return `accepted ${accepted} > sent ${sent}`;
      return undefined;
    },
  },
  countersEqual('relay_stored', 'accepted', 'the relay stored every envelope it accepted, once'),
  countersEqual('unique_delivered', 'accepted', 'every accepted envelope was delivered in the drain'),
  counterIsZero('duplicates', 'no envelope was delivered twice'),
  counterIsZero('misrouted', 'every envelope reached the device it was sent to'),
  counterIsZero('corrupt', 'every delivered ciphertext arrived intact'),
  countersEqual('relay_erased', 'relay_stored', 'the relay erased every envelope it stored'),
  counterIsZero('queued_after_acks', 'every queue was empty after the acks'),
  counterIsZero('ciphertext_in_storage', 'no ciphertext byte pattern was left in any storage file'),
];

/** The `http-send` scenario. */
export const httpSend: Scenario = {
  name: 'http-send',
  description: `POST /v1/messages under autocannon (${HTTP_CONNECTIONS} connections, one sender account each, one 200-byte envelope per request) to ${RECIPIENTS} offline devices, then the drain of their queues`,
  durability:
    'machine-crash-safe: answered after the group commit (WAL, synchronous=FULL); erasure with a TRUNCATE checkpoint at most 100 ms later (at once for a flush)',
  baseline: 'fastify-hello',
  setupTimeMs: () => 100 * (HTTP_CONNECTIONS + RECIPIENTS),
  variants: [
    {
      name: 'autocannon',
      parameters: {
        payloadBytes: 200,
        connections: HTTP_CONNECTIONS,
        recipients: RECIPIENTS,
        sendsPerRequest: 1,
      },
      rates: [1000, 2000, 4000, 8000, 12_000],
      quickRates: [300],
    },
  ],
  invariants,
  async run(options: RunOptions): Promise<RunResult> {
    const payloadBytes = Number(options.variant.parameters.payloadBytes);
    const connections = Number(options.variant.parameters.connections);
    const relay = await startBenchRelay(options, { DEFTALK_QUEUE_QUOTA: '1000000' });
    const artifacts: string[] = [];
    const histogram = hdr.build({
      lowestDiscernibleValue: 1,
      highestTrackableValue: 600_000_000,
      numberOfSignificantValueDigits: 3,
      useWebAssembly: false,
    });
    try {
      const devices = await registerDevices(relay.client, connections + RECIPIENTS, options.progress);
      const senders = devices.slice(0, connections);
      const recipients = devices.slice(connections);
      const sequences = new Array<number>(connections).fill(0);
      const template = Buffer.alloc(payloadBytes, 0x5a);
      // One URL per connection (autocannon gives connection i the URL i): the query names the
      // connection's sender, which setupRequest reads back. autocannon's per-connection
      // `context` cannot carry it: with one request in the list it is reset before every request.
      const urls = senders.map((_, i) => `${new URL(SEND_PATH, relay.server.url)}?sender=${i}`);

      // One run of warm-up plus window; only the window's responses are measured.
      const windowStart = performance.now() + options.warmupMs;
      const windowEnd = windowStart + options.durationMs;
      let ok = 0;
      let okInWindow = 0;
      let end: Awaited<ReturnType<typeof relay.server.stats>> | undefined;
      const marks = [
        setTimeout(() => void relay.server.mark(), options.warmupMs),
        setTimeout(
          () =>
            void relay.server.stats().then((s) => {
              end = s;
            }),
          options.warmupMs + options.durationMs,
        ),
      ];
      const instance = autocannon({
        url: urls,
        method: 'POST',
        connections,
        overallRate: options.targetRate,
        duration: (options.warmupMs + options.durationMs) / 1000,
        timeout: 10,
        requests: [
          {
            setupRequest(request: Record<string, unknown>) {
              const i = Number(/[?&]sender=(\d+)/.exec(String(request.path))?.[1]);
              const sender = senders[i]!;
              const recipient = recipients[i % RECIPIENTS]!;
              const sequence = ++sequences[i]!;
              const ciphertext = Buffer.from(template);
              writeStamp(ciphertext, i, sequence, 0);
              request.body = Buffer.from(
                encodeSendBatch([
                  {
                    sequence,
                    destination: recipient.accountId,
                    copies: [
                      {
                        device: { accountId: recipient.accountId, deviceId: recipient.deviceId },
                        ciphertext,
                      },
                    ],
                    transient: false,
                  },
                ]),
              );
              request.headers = {
                'content-type': PROTOBUF,
                authorization: `Bearer ${sender.token}`,
              };
              return request;
            },
          },
        ],
      });
      instance.on('response', (_c: unknown, status: number, _b: number, responseTime: number) => {
        if (status < 200 || status > 299) return;
        ok++;
        const now = performance.now();
        if (now >= windowStart && now < windowEnd) {
          okInWindow++;
          histogram.recordValue(Math.max(1, Math.round(responseTime * 1000)));
        }
      });
      const onAbort = () => instance.stop();
      options.signal.addEventListener('abort', onAbort, { once: true });
      const result = await instance;
      options.signal.removeEventListener('abort', onAbort);
      for (const m of marks) clearTimeout(m);
      end ??= await relay.server.stats();
      // Every accept submitted has committed once the flush returns.
      await relay.client.ok('delivery flush', 'POST', '/test-hooks/v1/delivery/flush');
      const acceptedBy = await acceptedBySender(relay.server.url, senders);
      const accepted = acceptedBy.reduce((a, b) => a + b, 0);
      const sent = sequences.reduce((a, b) => a + b, 0);
      options.progress(`  sent ${sent}, 2xx ${ok}, accepted ${accepted}; draining ${RECIPIENTS} queues`);

      // Drain: every recipient connects; each envelope is identified by (sender, sequence).
      const seen = acceptedBy.map((n) => new Uint8Array(n + 1));
      const c = { unique: 0, duplicates: 0, corrupt: 0, misrouted: 0 };
      let allDelivered: () => void = () => {};
      const delivered = new Promise<void>((r) => (allDelivered = r));
      if (accepted === 0) allDelivered();
      const t0 = performance.now();
      const inboxes = recipients.map(
        (r, k) =>
          new BenchSocket(relay.wsUrl, r, (ct) => {
            const s = readStamp(ct);
            if (!s || ct.byteLength !== payloadBytes || s.pair >= connections) {
              c.corrupt++;
              return;
            }
            if (s.pair % RECIPIENTS !== k) c.misrouted++;
            const mark = seen[s.pair]!;
            if (s.seq >= mark.length) {
              // Delivered but not counted as accepted: counted against exactly-once.
              c.duplicates++;
              return;
            }
            if (mark[s.seq]) {
              c.duplicates++;
              return;
            }
            mark[s.seq] = 1;
            if (++c.unique === accepted) allDelivered();
          }),
      );
      await Promise.race([
        delivered,
        new Promise((r) => setTimeout(r, 60_000)),
        new Promise((_, rej) =>
          options.signal.addEventListener('abort', () => rej(new Error('run aborted'))),
        ),
      ]);
      const relayCounters = await relayInvariantCounters(relay.client);
      const drainMs = performance.now() - t0;
      await Promise.all(inboxes.map((s) => s.close()));
      options.progress(`  drained ${c.unique} of ${accepted} in ${(drainMs / 1000).toFixed(2)} s`);

      const figures = emptyFigures();
      const windowS = options.durationMs / 1000;
      figures.target_rate = options.targetRate;
      figures.achieved_rate = okInWindow / windowS;
      figures.sent_rate = result.requests.sent / ((options.warmupMs + options.durationMs) / 1000);
      figures.latency_p50_ms = histogram.getValueAtPercentile(50) / 1000;
      figures.latency_p99_ms = histogram.getValueAtPercentile(99) / 1000;
      figures.latency_p999_ms = histogram.getValueAtPercentile(99.9) / 1000;
      figures.latency_max_ms = histogram.maxValue / 1000;
      const notes = [AUTOCANNON_NOTE, ...fillServerFigures(figures, end, okInWindow, options.durationMs)];
      notes.push(
        `drain of the ${accepted} queued envelopes (${RECIPIENTS} devices connecting at once): ${Math.round(drainMs)} ms, ${Math.round((accepted * 1000) / drainMs)} envelopes/s, in the counters`,
      );
      const snap = await relay.server.heapSnapshot();
      if (snap) artifacts.push(snap);
      return {
        figures,
        counters: {
          sent,
          responses_2xx: ok,
          accepted,
          non2xx: result.non2xx,
          errors: result.errors,
          timeouts: result.timeouts,
          unique_delivered: c.unique,
          duplicates: c.duplicates,
          misrouted: c.misrouted,
          corrupt: c.corrupt,
          drain_ms: Math.round(drainMs),
          drain_rate: Math.round((accepted * 1000) / drainMs),
          ...relayCounters,
        },
        notes,
        artifacts,
      };
    } finally {
      histogram.destroy();
      const stopped = await relay.server.stop();
      artifacts.push(...stopped.artifacts);
    }
  },
};
