/**
 * Pipelined group sends keep their order (spec/groups.md §Fan-out,
 * REQ-GROUPS-012), through the relay case groups/pipelined-sends-in-order
 * against two relays: the plain in-process one, and one whose group store
 * answers each read after a timer of varying length, as a store across a
 * network does, so that the membership reads of a later send finish before
 * those of an earlier one. Without the per-sender ordering of the fan-out a
 * later send reaches the delivery queues first and is refused with
 * SEQUENCE_GAP (the case fails); with it every send is accepted in order.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import t from 'tap';
import { GROUPS_RELAY_CASES } from '../conformance/cases/relay/groups.ts';
import { RelayClient } from '../conformance/lib/relayClient.ts';
import { startRelay } from '../reference/relay/server.ts';
import { type GroupStore, SqliteGroupStore } from '../reference/relay/storage/groups.ts';
import { runCase, seeded, startTestRelay } from './identity-helpers.ts';

const CASE = GROUPS_RELAY_CASES.find((c) => c.id === 'groups/pipelined-sends-in-order')!;

/** A group store whose reads resolve after 0-4 ms, in an order that differs from the calls' order. */
function jittered(inner: GroupStore): GroupStore {
  const random = seeded(7);
  const delayed = new Set(['get', 'fanout']);
  return new Proxy(inner, {
    get: (target, prop) => {
      const value: unknown = Reflect.get(target, prop, target);
      if (typeof value !== 'function') return value;
      if (!delayed.has(String(prop))) return value.bind(target);
      return async (...args: unknown[]) => {
        const answer = await (value as (...a: unknown[]) => Promise<unknown>).apply(target, args);
        await new Promise((r) => setTimeout(r, Math.floor(random() * 5)));
        return answer;
      };
    },
  });
}

t.test('pipelined group sends on the plain relay', async (t) => {
  const r = await startTestRelay(t, { logLevel: 'silent' });
  await runCase(r, CASE);
  t.pass('every pipelined send was accepted and pushed in sequence order');
});

t.test('pipelined group sends when the group reads finish out of order', async (t) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'deftalk-groups-pipelined-'));
  const relay = await startRelay(
    { host: '127.0.0.1', port: 0, dataDir, testHooks: true, logLevel: 'silent', pinScryptLog2N: 10 },
    new Writable({ write: (_c, _e, cb) => cb() }),
    { stores: { groups: (db) => jittered(new SqliteGroupStore(db)) } },
  );
  t.teardown(async () => {
    await relay.close();
    rmSync(dataDir, { recursive: true, force: true });
  });
  await runCase(
    {
      relay,
      dataDir,
      client: new RelayClient(relay.url),
      logText: () => '',
      files: () => new Map(readdirSync(dataDir).map((f) => [f, readFileSync(join(dataDir, f))])),
    },
    CASE,
  );
  t.pass('every pipelined send was accepted and pushed in sequence order');
});
