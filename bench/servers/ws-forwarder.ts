/**
 * @module
 * The bare `ws` forwarder (issue 8 item 2a): the ceiling for a Node relay on
 * this machine. A recipient connects to `/recv/<pair>`, a sender to
 * `/send/<pair>`; every binary frame from a sender is forwarded unchanged to
 * its pair's recipient. No parsing, no storage, no authentication: whatever a
 * DefTalk relay does on top of this costs the difference.
 *
 * Run as a child process by the `ws-forwarder` scenario; prints
 * `listening ws://127.0.0.1:PORT` on stdout. `--fault drop-one` makes it drop
 * one frame on purpose, so that tests can prove the invariants catch a loss.
 */
import { parseArgs } from 'node:util';
import { type WebSocket, WebSocketServer } from 'ws';
import { COUNTERS } from '../probe.ts';

const { values } = parseArgs({
  options: { fault: { type: 'string' }, 'max-payload': { type: 'string', default: '1048576' } },
});
const fault = values.fault;
if (fault !== undefined && fault !== 'drop-one' && fault !== 'duplicate-one') {
  process.stderr.write(`ws-forwarder: unknown --fault ${fault}\n`);
  process.exit(2);
}

const counters = { frames_in: 0, frames_out: 0, frames_dropped: 0, no_recipient: 0 };
(globalThis as Record<symbol, unknown>)[COUNTERS] = counters;

const recipients = new Map<string, WebSocket>();
const wss = new WebSocketServer({
  host: '127.0.0.1',
  port: 0,
  // Compression would measure zlib, not forwarding; DefTalk payloads are ciphertext anyway.
  perMessageDeflate: false,
  maxPayload: Number(values['max-payload']),
});

wss.on('connection', (ws, req) => {
  const m = /^\/(send|recv)\/([A-Za-z0-9_-]{1,64})$/.exec(req.url ?? '');
  if (!m) {
    ws.close(1008, 'bad path');
    return;
  }
  const [, role, pair] = m as unknown as [string, 'send' | 'recv', string];
  if (role === 'recv') {
    recipients.set(pair, ws);
    ws.on('close', () => {
      if (recipients.get(pair) === ws) recipients.delete(pair);
    });
    return;
  }
  ws.on('message', (data, isBinary) => {
    counters.frames_in++;
    const to = recipients.get(pair);
    if (!to) {
      counters.no_recipient++;
      return;
    }
    // Fault injection for the bench's own tests: the 10th frame is dropped or doubled.
    if (fault !== undefined && counters.frames_in === 10) {
      if (fault === 'drop-one') {
        counters.frames_dropped++;
        return;
      }
      to.send(data, { binary: isBinary });
      counters.frames_out++;
    }
    to.send(data, { binary: isBinary });
    counters.frames_out++;
  });
});

wss.on('listening', () => {
  const addr = wss.address();
  if (addr === null || typeof addr === 'string') throw new Error('expected a TCP address');
  process.stdout.write(`listening ws://127.0.0.1:${addr.port}\n`);
});

process.once('SIGTERM', () => {
  for (const c of wss.clients) c.terminate();
  wss.close(() => process.exit(0));
});
