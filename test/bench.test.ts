/**
 * @module
 * deftalk-bench (bench/README.md): the quick mode runs real scenarios in real
 * server processes over loopback, writes results that validate against
 * bench/results.schema.json, a summary and a chart, and fails when a run
 * breaks an invariant. No speed is asserted anywhere.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import { join, resolve } from 'node:path';
import Ajv2020Module from 'ajv/dist/2020.js';
import t from 'tap';
import { main } from '../bench/cli.ts';
import type { Results } from '../bench/results.ts';
import { createWsForwarderScenario } from '../bench/scenarios/ws-forwarder.ts';

const ROOT = resolve(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin', 'deftalk-bench.js');

function runBin(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((res, rej) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.once('error', rej);
    child.once('close', (code) => res({ code, stdout, stderr }));
  });
}

async function validator() {
  const schema = JSON.parse(await readFile(join(ROOT, 'bench', 'results.schema.json'), 'utf8'));
  const ajv = new Ajv2020Module.default({ allErrors: true, strict: true, allowUnionTypes: true });
  return ajv.compile(schema);
}

const QUICK = ['--quick', '--duration', '0.5', '--warmup', '0.2'];

t.test(
  '--quick over ws-forwarder and relay-healthz writes valid results, a summary and a chart',
  async (t) => {
    const out = await mkdtemp(join(os.tmpdir(), 'deftalk-bench-test-'));
    t.teardown(() => rm(out, { recursive: true, force: true }));
    const r = await runBin([
      ...QUICK,
      '--scenario',
      'ws-forwarder/200B',
      '--scenario',
      'relay-healthz',
      '--out',
      out,
    ]);
    t.equal(r.code, 0, `exit 0\n${r.stderr}`);
    t.match(
      r.stderr,
      /\[ws-forwarder\/200B\] rate \d+\/s run 1\/1: ok achieved \d+\/s .*p99 [\d.]+ ms/,
      'progress names scenario, rate, achieved and p99',
    );

    const results = JSON.parse(await readFile(join(out, 'results.json'), 'utf8')) as Results;
    const validate = await validator();
    t.ok(validate(results), `results.json validates: ${JSON.stringify(validate.errors)}`);
    t.equal(results.ok, true);
    t.ok(
      results.machine.cores >= 1 && results.machine.cpuModel.length > 0 && results.machine.memoryBytes > 0,
      'machine block',
    );
    t.equal(results.node.version, process.version);
    t.same(
      results.series.map((s) => [s.id, s.status]),
      [
        ['ws-forwarder/200B', 'ok'],
        ['relay-healthz/autocannon', 'ok'],
        ['relay-healthz/open-loop', 'ok'],
      ],
    );
    const fwd = results.series[0]!.steps[0]!.runs[0]!;
    t.ok(fwd.counters.sent! > 0, 'frames were sent');
    t.equal(fwd.counters.unique_delivered, fwd.counters.sent, 'every frame delivered');
    t.equal(fwd.counters.duplicates, 0);
    t.equal(
      fwd.counters.server_frames_out,
      fwd.counters.sent,
      'the forwarder forwarded exactly what was sent',
    );
    t.type(fwd.figures?.latency_p99_ms, 'number');
    t.type(fwd.figures?.server_cpu_ms, 'number');
    t.type(fwd.figures?.server_eld_p99_ms, 'number');
    for (const s of results.series.slice(1)) {
      const relay = s.steps[0]!.runs[0]!;
      t.ok(relay.counters.responses_2xx! > 0, `${s.id}: relay answered /healthz`);
      t.equal(relay.counters.mismatches, 0, `${s.id}: expected body`);
      t.equal(relay.counters.errors, 0, `${s.id}: no errors`);
    }
    const openLoop = results.series[2]!.steps[0]!.runs[0]!;
    t.equal(
      openLoop.counters.unique_delivered,
      openLoop.counters.sent,
      'open-loop HTTP: every request answered',
    );
    t.same(
      results.ratios.map((x) => [x.name, x.value]),
      [
        ['relay-healthz/autocannon / fastify-hello', null],
        ['relay-healthz/open-loop / fastify-hello', null],
      ],
      'the ratio to the baseline is listed even when the baseline was not selected',
    );

    const summary = await readFile(join(out, 'summary.md'), 'utf8');
    t.match(summary, /^# deftalk-bench results/);
    t.match(summary, /Machine: \d+ cores/);
    t.match(summary, /## ws-forwarder\/200B/);
    t.match(summary, /## relay-healthz\/open-loop/);

    const svg = (await readFile(join(out, 'chart.svg'), 'utf8')).trim();
    t.ok(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"'), 'chart starts with <svg>');
    t.ok(svg.endsWith('</svg>'), 'chart ends with </svg>');
    t.match(
      svg,
      /<title>Latency against achieved rate: deftalk-bench /,
      'the chart is named for screen readers',
    );
    t.equal((svg.match(/<svg\b/g) ?? []).length, 1);
    t.equal((svg.match(/<polyline\b/g) ?? []).length, 6, 'a p50 and a p99 line per series');
    t.match(svg, /<text\b[^>]*>ws-forwarder\/200B<\/text>/);
    // XML-ish: every element that opens is closed or self-closed.
    for (const tag of ['g', 'text', 'circle', 'title', 'tspan']) {
      const opens = (svg.match(new RegExp(`<${tag}(?:\\s[^>]*[^/])?>`, 'g')) ?? []).length;
      const closes = (svg.match(new RegExp(`</${tag}>`, 'g')) ?? []).length;
      t.equal(opens, closes, `<${tag}> balanced`);
    }
    t.notMatch(svg, /NaN|undefined/, 'no NaN or undefined coordinates');
  },
);

t.test('a run that loses a frame fails the bench, whatever its speed', async (t) => {
  const out = await mkdtemp(join(os.tmpdir(), 'deftalk-bench-test-'));
  t.teardown(() => rm(out, { recursive: true, force: true }));
  const lossy = createWsForwarderScenario('drop-one');
  const code = await main([...QUICK, '--scenario', `${lossy.name}/200B`, '--out', out], [lossy]);
  t.equal(code, 1, 'exit status 1');
  const results = JSON.parse(await readFile(join(out, 'results.json'), 'utf8')) as Results;
  t.ok((await validator())(results), 'a failed run still writes valid results');
  t.equal(results.ok, false);
  t.equal(results.series[0]!.status, 'failed');
  const run = results.series[0]!.steps[0]!.runs[0]!;
  t.equal(run.status, 'failed');
  t.equal(run.counters.lost, 1, 'exactly the dropped frame is missing');
  const broken = run.violations.map((v) => v.invariant);
  t.ok(broken.includes('unique_delivered-equals-sent'), `delivery invariant broken: ${broken}`);
  t.ok(broken.includes('server_frames_out-equals-server_frames_in'), 'forwarder invariant broken');
  t.match(await readFile(join(out, 'summary.md'), 'utf8'), /\*\*Failed runs:\*\*/);
});

t.test('a duplicated frame fails the bench', async (t) => {
  const out = await mkdtemp(join(os.tmpdir(), 'deftalk-bench-test-'));
  t.teardown(() => rm(out, { recursive: true, force: true }));
  const dup = createWsForwarderScenario('duplicate-one');
  const code = await main([...QUICK, '--scenario', `${dup.name}/200B`, '--out', out], [dup]);
  t.equal(code, 1);
  const results = JSON.parse(await readFile(join(out, 'results.json'), 'utf8')) as Results;
  const run = results.series[0]!.steps[0]!.runs[0]!;
  t.equal(run.counters.duplicates, 1);
  t.ok(run.violations.some((v) => v.invariant === 'duplicates-zero'));
});

t.test('nats-jetstream runs or is skipped with its reason recorded', async (t) => {
  const out = await mkdtemp(join(os.tmpdir(), 'deftalk-bench-test-'));
  t.teardown(() => rm(out, { recursive: true, force: true }));
  const r = await runBin([...QUICK, '--scenario', 'nats-jetstream', '--out', out]);
  t.equal(r.code, 0, r.stderr);
  const results = JSON.parse(await readFile(join(out, 'results.json'), 'utf8')) as Results;
  const s = results.series[0]!;
  t.equal(s.id, 'nats-jetstream/200B');
  if (s.status === 'skipped') t.match(s.skipped, /nats client package not installed|nats-server|JetStream/);
  else t.equal(s.status, 'ok');
});

t.test('usage: --help, --list, unknown scenario, bad number', async (t) => {
  const help = await runBin(['--help']);
  t.equal(help.code, 0);
  t.match(help.stdout, /--quick/);
  const list = await runBin(['--list']);
  t.equal(list.code, 0);
  for (const id of [
    'ws-forwarder/200B',
    'ws-forwarder/4KiB',
    'fastify-hello/autocannon',
    'fastify-hello/open-loop',
    'relay-healthz/autocannon',
    'relay-healthz/open-loop',
    'nats-jetstream/200B',
  ]) {
    t.match(list.stdout, new RegExp(`^  ${id.replace('/', '\\/')}: rates`, 'm'), id);
  }
  const unknown = await runBin(['--scenario', 'no-such-thing']);
  t.equal(unknown.code, 2);
  t.match(unknown.stderr, /unknown scenario no-such-thing/);
  const bad = await runBin(['--repeat', '0']);
  t.equal(bad.code, 2);
  t.match(bad.stderr, /--repeat/);
});
