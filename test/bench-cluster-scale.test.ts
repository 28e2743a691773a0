/**
 * @module
 * deftalk-bench `cluster-scale` (bench/README.md §Cluster scale, issue 9
 * item 6) scaled down: 1 000 connections on two relay nodes sharing a
 * PostgreSQL database and a Redis prefix of the run's own, idle sockets in
 * two holder processes from two source addresses, ten sender/recipient
 * pairs across the nodes. Checks the result's shape and its invariants, not
 * its speed. Also the provisioning hook it stands on (spec/test-hooks.md
 * §Benchmark accounts, REQ-HOOKS-007), and that a default run leaves the
 * scenario out.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { main, selectScenarios } from '../bench/cli.ts';
import type { Results } from '../bench/results.ts';
import { createClusterScaleScenario } from '../bench/scenarios/cluster-scale.ts';
import { BenchSocket, relayScript } from '../bench/scenarios/full-cycle-relay.ts';
import { SCENARIOS } from '../bench/scenarios/index.ts';
import { startServerProcess } from '../bench/server-process.ts';

const dir = await mkdtemp(join(os.tmpdir(), 'deftalk-bench-cluster-'));
t.teardown(() => rm(dir, { recursive: true, force: true }));

t.test('a default run leaves cluster-scale out; naming it selects it', async (t) => {
  const ids = (names: string[]) => selectScenarios(names, SCENARIOS).map((s) => s.scenario.name);
  t.notOk(ids([]).includes('cluster-scale'), 'not in the default sweep (nor in --quick)');
  t.same(ids(['cluster-scale']), ['cluster-scale']);
});

t.test('REQ-HOOKS-007: the provisioning hook makes accounts whose tokens open device sockets', async (t) => {
  // The relay as the delivery scenarios start it, with a start-up bound for a loaded machine.
  const server = await startServerProcess({
    script: relayScript(),
    args: ['--port', '0', '--data', join(dir, 'hook'), '--test-hooks', '--log-level', 'warn'],
    ready: { stream: 'stderr', pattern: /^deftalk-relay listening on (http:\/\/\S+)/ },
    startTimeoutMs: 120_000,
  });
  const wsUrl = new URL('/v1/websocket', server.url);
  wsUrl.protocol = 'ws:';
  const relay = { server, wsUrl: wsUrl.toString() };
  t.teardown(() => relay.server.stop());
  const post = (body: unknown) =>
    fetch(new URL('/test-hooks/v1/bench/accounts', relay.server.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  for (const count of [0, 1001, 1.5, 'x']) {
    const res = await post({ count });
    t.equal(res.status, 400, `count ${JSON.stringify(count)} refused`);
    t.equal(((await res.json()) as { name: string }).name, 'MALFORMED_REQUEST');
  }
  const res = await post({ count: 3 });
  t.equal(res.status, 200);
  const { devices } = (await res.json()) as {
    devices: { accountId: string; deviceId: number; token: string }[];
  };
  t.equal(devices.length, 3);
  t.equal(new Set(devices.map((d) => d.accountId)).size, 3, 'three distinct accounts');
  t.ok(
    devices.every((d) => d.deviceId === 1 && /^[0-9a-f]{32}$/.test(d.accountId)),
    'primary devices of account ids',
  );
  const socket = new BenchSocket(relay.wsUrl, {
    accountId: devices[0]!.accountId as never,
    deviceId: 1 as never,
    token: devices[0]!.token,
    sign: () => new Uint8Array(0),
  });
  await socket.opened;
  t.pass('the token opens an authenticated device socket');
  await socket.close();
});

t.test('1 000 connections on two nodes: the result shape and every invariant', async (t) => {
  const scenario = createClusterScaleScenario(
    { nodes: 2, pairs: 10, cycleRate: 200, payloadBytes: 200, connectionsPerHolder: 600 },
    { rates: [1000], quickRates: [1000] },
  );
  const out = join(dir, 'out');
  const code = await main(
    ['--scenario', 'cluster-scale', '--quick', '--duration', '1', '--warmup', '0.3', '--out', out],
    [scenario],
  );
  const results = JSON.parse(await readFile(join(out, 'results.json'), 'utf8')) as Results;
  const series = results.series[0]!;
  const run = series.steps[0]?.runs[0];
  t.equal(
    code,
    0,
    `exit status 0 (${run?.error ?? run?.violations.map((v) => v.message).join('; ') ?? series.skipped})`,
  );
  t.equal(series.status, 'ok', 'not skipped: PostgreSQL and Redis are up');
  t.ok(run, 'one run');
  if (!run) return;
  t.same(run.violations, [], 'every invariant kept');
  const c = run.counters;
  t.equal(c.connections, 1000, 'every connection opened');
  t.equal(c.held_after_cycle, 1000, 'all still open after the cycle');
  t.equal(c.nodes, 2);
  t.equal(c.holders, 2, '980 idle sockets over holders of 600');
  t.equal((c.node0_connections ?? 0) + (c.node1_connections ?? 0), 1000, 'spread over both nodes');
  for (const k of [
    'node0_rss_bytes_per_connection',
    'node1_heap_bytes_per_connection',
    'connect_ms',
    'provision_ms',
  ]) {
    t.type(c[k], 'number', `${k} reported`);
  }
  t.ok((c.accepted ?? 0) > 0, 'the cycle sent envelopes across nodes');
  t.equal(c.unique_delivered, c.accepted, 'each delivered');
  t.equal(c.duplicates, 0, 'once');
  t.equal(c.relay_stored, c.accepted, 'stored once over the nodes');
  t.equal(c.relay_erased, c.relay_stored, 'and erased');
  t.equal(c.queued_after_acks, 0, 'queues empty');
  t.equal(c.ciphertext_in_storage, 0);
  t.equal(run.figures?.achieved_rate, 1000, 'achieved_rate is the connections held');
  t.type(run.figures?.latency_p99_ms, 'number', 'cycle latency measured');
});
