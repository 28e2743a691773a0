/**
 * @module
 * Relay-mode cases for the test-hooks profile (spec/test-hooks.md), and the
 * privacy case that needs it: no client address in the relay's logs or
 * storage (REQ-PRIV-001, spec/overview.md), checked by byte-scanning the
 * storage dump and the log lines after real traffic.
 */

import { decodeRelayInfo, PROTOBUF } from '../../../reference/wire/index.ts';
import {
  decodeClockState,
  decodeLogLines,
  decodeStorageDump,
  encodeClockAdvance,
  encodeClockSet,
  type StorageFile,
} from '../../../reference/wire/testHooks.ts';
import { type CaseContext, type ConformanceCase, check } from '../../case.ts';
import { expectError, http, SocketProbe } from './_wireClient.ts';

const HOOKS = '/test-hooks/v1';

async function storageDump(ctx: CaseContext): Promise<StorageFile[]> {
  const a = await http(ctx, 'GET', `${HOOKS}/storage`, { accept: PROTOBUF });
  check(a.status === 200, 'storage dump answers 200', 200, a.status);
  return decodeStorageDump(a.body);
}

async function logLines(ctx: CaseContext): Promise<string[]> {
  const a = await http(ctx, 'GET', `${HOOKS}/logs`, { accept: PROTOBUF });
  check(a.status === 200, 'log lines answer 200', 200, a.status);
  return decodeLogLines(a.body);
}

/** The byte patterns an address leaves: its text forms, and for IPv4 its 4 raw bytes and the IPv4-mapped IPv6 form. */
export function addressPatterns(address: string): { label: string; bytes: Buffer }[] {
  const out = [{ label: `text ${address}`, bytes: Buffer.from(address, 'latin1') }];
  const v4 = /^(?:::ffff:)?(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/i.exec(address);
  if (v4) {
    const octets = v4.slice(1, 5).map(Number);
    const dotted = octets.join('.');
    out.push({ label: `text ${dotted}`, bytes: Buffer.from(dotted, 'latin1') });
    out.push({ label: `text ::ffff:${dotted}`, bytes: Buffer.from(`::ffff:${dotted}`, 'latin1') });
    out.push({ label: `raw 4 bytes of ${dotted}`, bytes: Buffer.from(octets) });
    out.push({
      label: `raw IPv4-mapped bytes of ${dotted}`,
      bytes: Buffer.from([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, ...octets]),
    });
    // UTF-16 text, as some storage engines keep strings.
    out.push({ label: `UTF-16 text ${dotted}`, bytes: Buffer.from(dotted, 'utf16le') });
  }
  return out;
}

/** The test-hooks cases. */
export const HOOKS_RELAY_CASES: readonly ConformanceCase[] = [
  {
    id: 'hooks/capability-matches-routes',
    title: 'The test-hooks routes answer exactly when /v1/info lists the capability',
    mode: 'relay',
    requirements: ['REQ-HOOKS-001'],
    async run(ctx) {
      const info = decodeRelayInfo((await http(ctx, 'GET', '/v1/info', { accept: PROTOBUF })).body);
      const listed = info.capabilities.includes('test-hooks');
      ctx.log(`capability listed: ${listed}`);
      for (const path of [`${HOOKS}/clock`, `${HOOKS}/storage`, `${HOOKS}/logs`]) {
        const a = await http(ctx, 'GET', path, { accept: PROTOBUF });
        ctx.log(`GET ${path} -> ${a.status}`);
        if (listed) check(a.status === 200, `${path} answers 200`, 200, a.status);
        else expectError(ctx, a, 'NOT_FOUND', 404);
      }
    },
  },
  {
    id: 'hooks/clock',
    title: 'The clock hooks advance and set the relay clock exactly',
    mode: 'relay',
    capability: 'test-hooks',
    requirements: ['REQ-HOOKS-002'],
    async run(ctx) {
      const get = async () =>
        decodeClockState((await http(ctx, 'GET', `${HOOKS}/clock`, { accept: PROTOBUF })).body);
      const post = async (path: string, body: Uint8Array) => {
        const a = await http(ctx, 'POST', `${HOOKS}/${path}`, {
          accept: PROTOBUF,
          contentType: PROTOBUF,
          body,
        });
        check(a.status === 200, `${path} answers 200`, 200, a.status);
        return decodeClockState(a.body);
      };
      const before = await get();
      const day = 86_400_000;
      const advanced = await post('clock/advance', encodeClockAdvance(day));
      ctx.log(`offset ${before.offsetMs} -> ${advanced.offsetMs}`);
      check(
        advanced.offsetMs - before.offsetMs === day,
        'offset grew by exactly by_ms',
        day,
        advanced.offsetMs,
      );
      check(
        advanced.nowMs >= before.nowMs + day,
        'now moved forward by at least by_ms',
        before.nowMs + day,
        advanced.nowMs,
      );
      const target = Date.UTC(2040, 0, 1);
      const set = await post('clock/set', encodeClockSet(target));
      check(set.nowMs >= target && set.nowMs < target + 60_000, 'now reads the set time', target, set.nowMs);
      // Put the clock back so later cases see the present.
      const back = await post('clock/set', encodeClockSet(Date.now()));
      check(Math.abs(back.offsetMs) < 60_000, 'clock set back near the system clock', 0, back.offsetMs);
    },
  },
  {
    id: 'hooks/storage-dump',
    title: 'The storage dump lists the relay files with their content, as protobuf and as JSON',
    mode: 'relay',
    capability: 'test-hooks',
    requirements: ['REQ-HOOKS-003', 'REQ-HOOKS-006'],
    async run(ctx) {
      const files = await storageDump(ctx);
      ctx.log(`files: ${files.map((f) => `${f.name} (${f.content.length} B)`).join(', ')}`);
      check(files.length > 0, 'at least one storage file', '> 0', files.length);
      check(
        files.some((f) => f.content.length > 0),
        'at least one file has content',
        '> 0 bytes',
        0,
      );
      const j = await http(ctx, 'GET', `${HOOKS}/storage`, { accept: 'application/json' });
      check(j.contentType.startsWith('application/json'), 'JSON representation', 'json', j.contentType);
      const json = JSON.parse(j.body.toString('utf8')) as {
        files: { name: string; contentBase64: string }[];
      };
      const names = json.files.map((f) => f.name).sort();
      check(
        JSON.stringify(names) === JSON.stringify(files.map((f) => f.name).sort()),
        'JSON lists the same files',
        files.map((f) => f.name),
        names,
      );
      check(
        json.files.every((f) => typeof f.contentBase64 === 'string'),
        'contents as base64',
        'string',
        typeof json.files[0]?.contentBase64,
      );
    },
  },
  {
    id: 'hooks/logs',
    title: 'The log hook returns recent log lines, as protobuf and as JSON',
    mode: 'relay',
    capability: 'test-hooks',
    requirements: ['REQ-HOOKS-005', 'REQ-HOOKS-006'],
    async run(ctx) {
      await http(ctx, 'GET', '/v1/info');
      const lines = await logLines(ctx);
      ctx.log(`${lines.length} log lines`);
      check(
        lines.every((l) => !l.includes('\n')),
        'each entry is one line',
        'no newline',
        'newline found',
      );
      const j = await http(ctx, 'GET', `${HOOKS}/logs`, { accept: 'application/json' });
      const json = JSON.parse(j.body.toString('utf8')) as { lines: unknown };
      check(Array.isArray(json.lines), 'JSON has a lines array', 'array', typeof json.lines);
      check((json.lines as unknown[]).length >= lines.length, 'JSON lines at least as many', lines.length, 0);
    },
  },
  {
    id: 'privacy/no-client-address',
    title: 'After HTTP and WebSocket traffic, no storage file and no log line holds the client address',
    mode: 'relay',
    capability: 'test-hooks',
    requirements: ['REQ-PRIV-001'],
    timeoutMs: 20_000,
    async run(ctx) {
      const addresses = new Set<string>();
      const note = (a: string | undefined) => {
        if (a) addresses.add(a);
      };
      // Against a relay on IPv4 loopback, speak from a seeded address of
      // 127.0.0.0/8 rather than 127.0.0.1: the 4 raw bytes 7f 00 00 01 also
      // occur in SQLite's own structures, which would make the raw-byte scan
      // below report an address the relay never stored.
      const from = await distinctiveLoopback(ctx);
      if (from) ctx.log(`speaking from ${from}`);
      // Traffic through the success and error paths of both transports.
      note((await http(ctx, 'GET', '/healthz', { localAddress: from })).localAddress);
      note((await http(ctx, 'GET', '/v1/info', { accept: PROTOBUF, localAddress: from })).localAddress);
      note((await http(ctx, 'GET', '/v1/no-such-endpoint', { localAddress: from })).localAddress);
      note(
        (await http(ctx, 'POST', `${HOOKS}/clock/advance`, { contentType: 'text/plain', localAddress: from }))
          .localAddress,
      );
      const s = new SocketProbe(ctx, '/v1/websocket', from);
      await s.opened;
      note(s.localAddress);
      await s.call(1, 'GET', '/v1/info');
      await s.call(2, 'GET', '/v1/no-such-endpoint');
      s.send('text');
      await s.closed;
      check(addresses.size > 0, 'the harness learned its own address', '> 0', 0);
      const patterns = [...addresses].flatMap(addressPatterns);
      ctx.log(`scanning for: ${patterns.map((p) => p.label).join('; ')}`);
      const files = await storageDump(ctx);
      for (const f of files) {
        for (const p of patterns) {
          const at = Buffer.from(f.content).indexOf(p.bytes);
          check(
            at < 0,
            `storage file ${f.name} holds the client address (${p.label}) at offset ${at}`,
            -1,
            at,
          );
        }
      }
      const lines = await logLines(ctx);
      const log = Buffer.from(lines.join('\n'), 'utf8');
      for (const p of patterns.filter((x) => x.label.startsWith('text'))) {
        const at = log.indexOf(p.bytes);
        check(at < 0, `a log line holds the client address (${p.label})`, -1, at);
      }
      ctx.log(`scanned ${files.length} storage files and ${lines.length} log lines: clean`);
    },
  },
];

/**
 * A seeded address of 127.0.0.0/8 with no 0, 1 or 255 byte, when the relay
 * under test listens on IPv4 loopback and this machine lets a socket bind to
 * it (Linux routes all of 127.0.0.0/8 to the loopback interface); otherwise
 * `undefined`, and the harness speaks from its default address.
 */
async function distinctiveLoopback(ctx: CaseContext): Promise<string | undefined> {
  const host = ctx.relayUrl?.hostname ?? '';
  if (!/^127\.\d+\.\d+\.\d+$/.test(host)) return undefined;
  const byte = () => 2 + Math.floor(ctx.random() * 252);
  const candidate = `127.${byte()}.${byte()}.${byte()}`;
  const { createServer } = await import('node:net');
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(undefined));
    probe.listen(0, candidate, () => probe.close(() => resolve(candidate)));
  });
}
