/**
 * @module
 * Internal: a load-generator process of the `cluster-scale` scenario
 * (bench/README.md §Cluster scale). One process holds at most what its open
 * file limit allows (20 000 on the bench machine), so the scenario forks
 * several of these. Each opens the authenticated device WebSockets it is
 * given, from its own loopback source address (one source address has
 * 28 232 ephemeral ports, 32768-60999, once a socket is bound to it), keeps
 * them open and idle, and reports over the IPC channel.
 *
 * It announces `{type: 'ready'}` once it listens. Messages from the parent:
 * - `{type: 'open', sockets: [{url, token}], localAddress, concurrency}`:
 *   answered `{type: 'opened', opened, failed, firstError, ms}` once every
 *   socket opened or failed;
 * - `{type: 'status'}`: answered `{type: 'status', open, closed, pushes}`:
 *   sockets open now, sockets that closed while held (none should), pushes
 *   received (none should: these devices are idle);
 * - `{type: 'close'}`: closes every socket and answers `{type: 'closed'}`.
 */
import { performance } from 'node:perf_hooks';
import WebSocket from 'ws';

/** One socket to open: the node's WebSocket URL and the device's bearer token. */
export interface HeldSocket {
  readonly url: string;
  readonly token: string;
}

/** The parent's request to open sockets. */
export interface OpenRequest {
  readonly type: 'open';
  readonly sockets: readonly HeldSocket[];
  readonly localAddress: string;
  readonly concurrency: number;
}

/** The answer to {@link OpenRequest}. */
export interface OpenedReport {
  readonly type: 'opened';
  readonly opened: number;
  readonly failed: number;
  readonly firstError: string | null;
  readonly ms: number;
}

/** The answer to a status request. */
export interface HolderStatus {
  readonly type: 'status';
  readonly open: number;
  readonly closed: number;
  readonly pushes: number;
}

const held: WebSocket[] = [];
let closedWhileHeld = 0;
let pushes = 0;
let closing = false;

function openOne(s: HeldSocket, localAddress: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(s.url, {
      headers: { authorization: `Bearer ${s.token}` },
      perMessageDeflate: false,
      localAddress,
    });
    ws.once('open', () => {
      held.push(ws);
      ws.once('close', () => {
        if (!closing) closedWhileHeld++;
      });
      resolve();
    });
    ws.once('error', reject);
    ws.on('error', () => {});
    // An idle device is pushed nothing; a push would be a routing fault, counted and left unanswered.
    ws.on('message', () => {
      pushes++;
    });
  });
}

async function open(req: OpenRequest): Promise<OpenedReport> {
  const t0 = performance.now();
  let next = 0;
  let opened = 0;
  let failed = 0;
  let firstError: string | null = null;
  const worker = async () => {
    while (next < req.sockets.length) {
      const s = req.sockets[next++]!;
      try {
        await openOne(s, req.localAddress);
        opened++;
      } catch (e) {
        failed++;
        firstError ??= (e as Error).message;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(req.concurrency, req.sockets.length) }, worker));
  return { type: 'opened', opened, failed, firstError, ms: performance.now() - t0 };
}

async function closeAll(): Promise<void> {
  closing = true;
  await Promise.all(
    held.map(
      (ws) =>
        new Promise<void>((resolve) => {
          if (ws.readyState === WebSocket.CLOSED) return resolve();
          ws.once('close', () => resolve());
          ws.close(1000);
          setTimeout(() => ws.terminate(), 5000).unref();
        }),
    ),
  );
}

const send = process.send?.bind(process);
if (send) {
  process.on('message', (m: { type?: string }) => {
    if (m.type === 'open') void open(m as OpenRequest).then((r) => send(r));
    else if (m.type === 'status') {
      const open = held.filter((ws) => ws.readyState === WebSocket.OPEN).length;
      send({ type: 'status', open, closed: closedWhileHeld, pushes } satisfies HolderStatus);
    } else if (m.type === 'close') {
      void closeAll().then(() => send({ type: 'closed' }, () => process.disconnect()));
    }
  });
  // The parent gone (bench aborted): nothing to hold for.
  process.on('disconnect', () => process.exit(0));
  if (process.connected) send({ type: 'ready' });
}
