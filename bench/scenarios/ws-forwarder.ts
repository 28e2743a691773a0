/**
 * @module
 * Scenario `ws-forwarder` (issue 8 item 2a): many sender/recipient pairs over
 * a bare `ws` server that forwards each binary frame to the pair's recipient,
 * loaded by the open-loop generator that the DefTalk full-cycle scenarios use,
 * with 200-byte and 4 KiB payloads. The ceiling for a Node relay on this
 * machine: a DefTalk delivery path is judged by its ratio to this.
 */
import { join } from 'node:path';
import WebSocket from 'ws';
import { runOpenLoop, type Sender, type Transport } from '../load/open-loop.ts';
import {
  counterAtLeast,
  counterIsZero,
  countersEqual,
  openLoopFigures,
  type RunOptions,
  type RunResult,
  type Scenario,
} from '../scenario.ts';
import { fillServerFigures, startServerProcess } from '../server-process.ts';

/** Sender/recipient pairs (connections = 2 × pairs). */
export const PAIRS = 50;

/** A ws transport: one sender and one recipient connection per pair, to `base` + `/send|recv/<pair>`. */
export function wsTransport(base: string): Transport {
  const sockets: WebSocket[] = [];
  const connect = (path: string) =>
    new Promise<WebSocket>((resolve, reject) => {
      const ws = new WebSocket(base + path, { perMessageDeflate: false });
      sockets.push(ws);
      ws.once('open', () => resolve(ws));
      ws.once('error', reject);
    });
  return {
    async open(pairs, deliver) {
      const senders: Sender[] = [];
      for (let i = 0; i < pairs; i++) {
        const recv = await connect(`/recv/${i}`);
        recv.on('message', (data: Buffer) => deliver(i, data));
        const send = await connect(`/send/${i}`);
        senders.push({ send: (p) => send.send(p, { binary: true }) });
      }
      return senders;
    },
    async close() {
      await Promise.all(
        sockets.map(
          (ws) =>
            new Promise<void>((r) => {
              if (ws.readyState === WebSocket.CLOSED) return r();
              ws.once('close', () => r());
              ws.terminate();
            }),
        ),
      );
    },
  };
}

/** Build the scenario; `fault` makes the forwarder lose or double one frame (for the bench's own tests). */
export function createWsForwarderScenario(fault?: 'drop-one' | 'duplicate-one'): Scenario {
  return {
    name: fault ? `ws-forwarder-fault-${fault}` : 'ws-forwarder',
    description: `bare ws server forwarding binary frames between ${PAIRS} sender/recipient pairs (the Node ceiling)`,
    durability: 'none: frames live only in socket buffers; a crash loses every frame in flight',
    variants: [
      {
        name: '200B',
        parameters: { payloadBytes: 200, pairs: PAIRS },
        rates: [2000, 5000, 10_000, 20_000, 40_000, 80_000, 120_000, 160_000, 200_000],
        quickRates: [2000],
      },
      {
        name: '4KiB',
        parameters: { payloadBytes: 4096, pairs: PAIRS },
        rates: [1000, 2500, 5000, 10_000, 20_000, 40_000, 60_000],
        quickRates: [1000],
      },
    ],
    invariants: [
      counterAtLeast('sent', 1, 'the run offered some load'),
      countersEqual('unique_delivered', 'sent', 'every frame sent was delivered'),
      counterIsZero('duplicates', 'no frame was delivered twice'),
      counterIsZero('misrouted', 'every frame reached the recipient of its own pair'),
      counterIsZero('corrupt', 'every delivered frame arrived intact'),
      countersEqual(
        'server_frames_out',
        'server_frames_in',
        'the forwarder forwarded every frame it received',
      ),
    ],
    async run(options: RunOptions): Promise<RunResult> {
      const payloadBytes = Number(options.variant.parameters.payloadBytes);
      const pairs = Number(options.variant.parameters.pairs);
      const server = await startServerProcess({
        script: join(import.meta.dirname, '..', 'servers', 'ws-forwarder.ts'),
        args: fault ? ['--fault', fault] : [],
        ready: { stream: 'stdout', pattern: /^listening (ws:\/\/\S+)$/ },
        cpuProfileDir: options.cpuProfileDir,
        heapSnapshotDir: options.heapSnapshotDir,
      });
      const artifacts: string[] = [];
      try {
        let end: Awaited<ReturnType<typeof server.stats>> | undefined;
        const r = await runOpenLoop(wsTransport(server.url), {
          rate: options.targetRate,
          warmupMs: options.warmupMs,
          durationMs: options.durationMs,
          payloadBytes,
          pairs,
          progress: options.progress,
          signal: options.signal,
          onWindowStart: () => server.mark(),
          onWindowEnd: async () => {
            end = await server.stats();
            const snap = await server.heapSnapshot();
            if (snap) artifacts.push(snap);
          },
        });
        // Counters after the drain: the forwarder's totals must match the generator's.
        const final = await server.stats();
        const { figures, delivered } = openLoopFigures(r, options.targetRate);
        const notes = end ? fillServerFigures(figures, end, delivered, r.windowMs) : [];
        return {
          figures,
          counters: {
            ...r.counters,
            unique_delivered: r.counters.sent - r.counters.lost,
            server_frames_in: final.counters.frames_in ?? -1,
            server_frames_out: final.counters.frames_out ?? -1,
          },
          notes,
          artifacts,
        };
      } finally {
        const stopped = await server.stop();
        artifacts.push(...stopped.artifacts);
      }
    },
  };
}

/** The `ws-forwarder` baseline. */
export const wsForwarder: Scenario = createWsForwarderScenario();
