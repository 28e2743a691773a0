/**
 * @module
 * The fault-injection proxy (spec/conformance.md §Fault injection): an HTTP
 * server on 127.0.0.1 that passes HTTP requests through to the relay
 * unchanged and joins each WebSocket upgrade to a WebSocket of its own to the
 * relay through a {@link Link}, which applies the seeded fault plan to every
 * message and records it in the {@link FrameLog}.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import WebSocket, { WebSocketServer } from 'ws';
import { type FaultPlan, NO_FAULTS } from './faults.ts';
import { FrameLog } from './frameLog.ts';
import { Link } from './link.ts';

/** The request header a harness client may set to name its link in the log and in the seed derivation; not forwarded. */
export const LINK_HEADER = 'x-fault-link';

/** Headers not passed to the relay on an upgrade: the proxy's own WebSocket sets its handshake headers. */
const HANDSHAKE_HEADERS = new Set([
  'host',
  'connection',
  'upgrade',
  'sec-websocket-key',
  'sec-websocket-version',
  'sec-websocket-extensions',
  LINK_HEADER,
]);

/** Options of {@link startFaultProxy}. */
export interface FaultProxyOptions {
  /** The relay's base URL (http:). */
  readonly target: URL | string;
  /** Seed of every fault decision. */
  readonly seed: number;
  /** The plan for a link, by label; default no faults. Read again for every frame, so {@link FaultProxy.setPlan} applies at once. */
  readonly plan?: (label: string) => FaultPlan;
}

/** A running proxy. */
export interface FaultProxy {
  /** The proxy's base URL: use it where the relay URL would go. */
  readonly url: URL;
  readonly log: FrameLog;
  /** Replace the plan for every link, including open ones. */
  setPlan(plan: (label: string) => FaultPlan): void;
  /** Cut every open link now (a connection loss on all of them). */
  cutAll(): void;
  /** Cut every link and stop listening. */
  close(): Promise<void>;
}

/** Start a proxy to `opts.target` on 127.0.0.1 and a free port. */
export async function startFaultProxy(opts: FaultProxyOptions): Promise<FaultProxy> {
  const target = new URL(opts.target);
  const log = new FrameLog();
  let plan = opts.plan ?? (() => NO_FAULTS);
  const links = new Set<Link>();
  let upgrades = 0;
  let exchanges = 0;
  const wss = new WebSocketServer({ noServer: true, maxPayload: 8 * 1024 * 1024 });

  const server = http.createServer((req, res) => {
    const index = exchanges++;
    const upstream = http.request(
      { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers },
      (answer) => {
        log.record({
          link: 'http',
          dir: 'http',
          index,
          action: 'request',
          bytes: Number(answer.headers['content-length'] ?? 0),
          detail: `${req.method} ${(req.url ?? '').split('?')[0]} ${answer.statusCode}`,
        });
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });

  server.on('upgrade', (req: http.IncomingMessage, socket: Duplex, head: Buffer) => {
    const named = req.headers[LINK_HEADER];
    const label = typeof named === 'string' && named ? named : `ws#${upgrades}`;
    upgrades++;
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers))
      if (!HANDSHAKE_HEADERS.has(k) && typeof v === 'string') headers[k] = v;
    const url = new URL(req.url ?? '/', target);
    url.protocol = target.protocol === 'https:' ? 'wss:' : 'ws:';
    const relay = new WebSocket(url, { headers, maxPayload: 8 * 1024 * 1024 });
    const early: { data: Buffer; binary: boolean }[] = [];
    const buffer = (data: Buffer, binary: boolean) => early.push({ data, binary });
    relay.on('message', buffer);
    relay.on('error', () => socket.destroy());
    relay.on('unexpected-response', (_r, answer) => {
      // The relay refused the upgrade: give the client the same status, then close.
      socket.end(
        `HTTP/1.1 ${answer.statusCode} ${answer.statusMessage ?? ''}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`,
      );
      answer.resume();
    });
    relay.once('open', () => {
      wss.handleUpgrade(req, socket, head, (client) => {
        relay.off('message', buffer);
        const link = new Link(label, opts.seed, client, relay, early, () => plan(label), log);
        links.add(link);
        client.once('close', () => links.delete(link));
      });
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: new URL(`http://127.0.0.1:${port}/`),
    log,
    setPlan(next) {
      plan = next;
    },
    cutAll() {
      for (const link of links) link.cut('cut by harness');
    },
    async close() {
      for (const link of links) link.cut();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
