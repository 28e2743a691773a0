/**
 * @module
 * The reference driver (`deftalk driver`, spec/driver.md) served in process
 * over streams, and the command lines of `deftalk` and
 * `deftalk-conformance` run as processes.
 */
import { execFile } from 'node:child_process';
import { PassThrough } from 'node:stream';
import { promisify } from 'node:util';
import t from 'tap';
import { VECTOR_AREAS } from '../conformance/vectors/areas.ts';
import { DRIVER_OPS, type DriverOp, runDriver } from '../reference/cli/driver.ts';
import { DefTalkError } from '../reference/errors/index.ts';

const run = promisify(execFile);

/** Serve `lines` to a driver and collect its answers until it returns. */
async function serve(lines: string[], ops?: ReadonlyMap<string, DriverOp>, end = true) {
  const input = new PassThrough();
  const output = new PassThrough();
  const errput = new PassThrough();
  let out = '';
  let err = '';
  output.on('data', (d) => {
    out += d;
  });
  errput.on('data', (d) => {
    err += d;
  });
  const done = runDriver(input, output, errput, ops);
  for (const l of lines) input.write(`${l}\n`);
  if (end) input.end();
  const status = await done;
  return {
    status,
    answers: out
      .trim()
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l)),
    err,
    inputDestroyed: input.destroyed,
  };
}

t.test('hello, errors, and shutdown stop reading', async (t) => {
  const { status, answers, inputDestroyed } = await serve(
    [
      '{"id":1,"op":"hello","params":{"protocol":"deftalk-driver/1"}}',
      'not json',
      '{"id":3}',
      '{"id":4,"op":"no.such.op"}',
      '{"id":5,"op":"hello","params":[]}',
      '{"id":6,"op":"shutdown"}',
      '{"id":7,"op":"hello"}',
    ],
    undefined,
    false,
  );
  t.equal(status, 0);
  t.ok(inputDestroyed, 'stdin is released so the process can exit');
  t.same(answers[0], {
    id: 1,
    result: {
      protocol: 'deftalk-driver/1',
      implementation: 'deftalk-reference-client/0.1.0',
      capabilities: [...DRIVER_OPS.values()].flatMap((op) => (op.capability ? [op.capability] : [])),
    },
  });
  for (const a of VECTOR_AREAS) {
    t.ok(answers[0].result.capabilities.includes(`vectors.${a.area}`), `hello declares vectors.${a.area}`);
  }
  t.same(
    answers.slice(1).map((a) => [a.id, a.error?.code ?? null, a.error?.name ?? null]),
    [
      [null, 1902, 'DRIVER_MALFORMED_REQUEST'],
      [3, 1902, 'DRIVER_MALFORMED_REQUEST'],
      [4, 1900, 'DRIVER_UNKNOWN_OPERATION'],
      [5, 1901, 'DRIVER_BAD_PARAMS'],
      [6, null, null],
    ],
    'nothing after shutdown is answered',
  );
  t.same(answers.at(-1), { id: 6, result: {} });
});

t.test(
  'operations run concurrently, shutdown waits for them, failures map to registered errors',
  async (t) => {
    let release: () => void = () => {};
    const gate = new Promise<void>((r) => {
      release = r;
    });
    const ops = new Map<string, DriverOp>([
      ...DRIVER_OPS,
      ['test.slow', { run: () => gate.then(() => ({ slow: true })) }],
      ['test.fast', { run: () => ({ fast: true }) }],
      ['test.typed', { run: () => Promise.reject(new DefTalkError('DECRYPTION_FAILED')) }],
      ['test.bug', { run: () => Promise.reject(new Error('secret-free bug')) }],
    ]);
    const input = new PassThrough();
    const output = new PassThrough();
    const errput = new PassThrough();
    const answers: { id: number; result?: unknown; error?: { name: string } }[] = [];
    let buffer = '';
    let stderr = '';
    errput.on('data', (d) => {
      stderr += d;
    });
    const waiters: [number, () => void][] = [];
    output.on('data', (d) => {
      buffer += d;
      const lines = buffer.split('\n');
      buffer = lines.pop()!;
      for (const l of lines) {
        answers.push(JSON.parse(l));
        for (const [n, w] of waiters) if (answers.length >= n) w();
      }
    });
    const count = (n: number) => new Promise<void>((r) => (answers.length >= n ? r() : waiters.push([n, r])));
    const done = runDriver(input, output, errput, ops);
    input.write(
      '{"id":1,"op":"test.slow"}\n{"id":2,"op":"test.fast"}\n{"id":3,"op":"test.typed"}\n{"id":4,"op":"test.bug"}\n',
    );
    await count(3);
    t.same(
      answers.map((a) => a.id).sort(),
      [2, 3, 4],
      'later requests are answered while an earlier one is still running',
    );
    input.write('{"id":5,"op":"shutdown"}\n');
    release();
    t.equal(await done, 0);
    t.same(
      answers.map((a) => a.id),
      [2, 3, 4, 1, 5],
      'the slow answer comes before the shutdown answer',
    );
    t.equal(answers.find((a) => a.id === 3)!.error!.name, 'DECRYPTION_FAILED');
    t.equal(answers.find((a) => a.id === 4)!.error!.name, 'DRIVER_OPERATION_FAILED');
    t.match(stderr, /op test\.bug failed: secret-free bug/, 'the cause goes to stderr, not to the answer');
  },
);

t.test('end of input ends the driver with status 0', async (t) => {
  const { status, answers } = await serve(['{"id":1,"op":"hello"}']);
  t.equal(status, 0);
  t.equal(answers.length, 1);
});

t.test('vectors.<area> operations exist for every registered area and check their params', async (t) => {
  for (const area of VECTOR_AREAS) {
    const op = DRIVER_OPS.get(`vectors.${area.area}`);
    t.ok(op, `vectors.${area.area} is in the table`);
    t.equal(op!.capability, `vectors.${area.area}`);
    const { answers } = await serve([`{"id":1,"op":"vectors.${area.area}","params":{"group":{}}}`]);
    t.equal(answers[0].error?.name, 'DRIVER_BAD_PARAMS', 'a missing test is a bad param');
  }
});

t.test('deftalk --help and deftalk driver --help', async (t) => {
  const help = await run(process.execPath, ['bin/deftalk.js', '--help']);
  t.match(help.stdout, /Usage: deftalk <command>/);
  t.match(help.stdout, /\n {2}driver {2,}serve the conformance driver protocol/);
  const driverHelp = await run(process.execPath, ['bin/deftalk.js', 'driver', '--help']);
  t.match(driverHelp.stdout, /deftalk-driver\/1/);
  await t.rejects(run(process.execPath, ['bin/deftalk.js', 'frobnicate']), { code: 2 });
});
