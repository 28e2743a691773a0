/**
 * @module
 * `deftalk driver`: the reference client's conformance driver
 * (spec/driver.md). It reads one JSON request per line on stdin and writes
 * one JSON answer per line on stdout; stderr carries its logs. Operations
 * live in one table, {@link DRIVER_OPS}, so a later chapter's operation
 * (`register`, `send`, ...) is one entry.
 */
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { VectorGroup, VectorTest } from '../../conformance/vectors/area.ts';
import { VECTOR_AREAS } from '../../conformance/vectors/areas.ts';
import { DefTalkError } from '../errors/index.ts';
import { advertisingDriverOps } from './driverAdvertising.ts';
import { groupsDriverOps } from './driverGroups.ts';
import { identityDriverOps } from './driverIdentity.ts';
import { lifecycleDriverOps } from './driverLifecycle.ts';
import { locationDriverOps } from './driverLocation.ts';
import { DriverDevice, messagesDriverOps } from './driverMessages.ts';
import { profilesDriverOps } from './driverProfiles.ts';
import { syncDriverOps } from './driverSync.ts';

/** The protocol version this driver speaks (spec/driver.md §Versioning). */
export const DRIVER_PROTOCOL = 'deftalk-driver/1';

/** Name and version the driver reports in `hello`. */
export const DRIVER_IMPLEMENTATION = 'deftalk-reference-client/0.1.0';

/** What an operation may use besides its parameters. */
export interface DriverOpContext {
  /** A line for stderr (spec/driver.md §Framing: stderr is free for logs). */
  log(line: string): void;
}

/** One entry of the operation table (spec/driver.md §Operations). */
export interface DriverOp {
  /** The capability this operation provides, listed in `hello`; absent for the core operations. */
  readonly capability?: string;
  /** Carry out the operation; throw a {@link DefTalkError} to answer with its registered error. */
  run(params: Record<string, unknown>, ctx: DriverOpContext): unknown;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * `vectors.<area>` for every registered vector area
 * (conformance/vectors/README.md §The generic driver operation): params
 * `{group, test}`, answered with the verdict of the area's in-process check.
 */
function vectorOps(): [string, DriverOp][] {
  return VECTOR_AREAS.map((area) => [
    `vectors.${area.area}`,
    {
      capability: `vectors.${area.area}`,
      async run(params) {
        const { group, test } = params;
        if (!isObject(group) || !isObject(test) || !Number.isSafeInteger(test.tcId)) {
          throw new DefTalkError('DRIVER_BAD_PARAMS', { op: `vectors.${area.area}` });
        }
        const outcome = await area.check(
          { ...group, tests: [] } as unknown as VectorGroup,
          test as unknown as VectorTest,
          undefined,
        );
        return outcome.detail === undefined ? { result: outcome.result } : outcome;
      },
    },
  ]);
}

/**
 * The operation table. `hello` and `shutdown` are the core of spec/driver.md
 * §Core operations; `shutdown` is handled by the loop itself, which must stop
 * reading after answering it.
 */
export const DRIVER_OPS: ReadonlyMap<string, DriverOp> = new Map<string, DriverOp>([
  [
    'hello',
    {
      run: () => ({
        protocol: DRIVER_PROTOCOL,
        implementation: DRIVER_IMPLEMENTATION,
        capabilities: [...DRIVER_OPS.values()].flatMap((op) => (op.capability ? [op.capability] : [])),
      }),
    },
  ],
  ['shutdown', { run: () => ({}) }],
  ...vectorOps(),
  ...identityDriverOps(),
  ...((device) => [
    ...messagesDriverOps(device),
    ...syncDriverOps(device),
    ...locationDriverOps(device),
    ...profilesDriverOps(device),
    ...groupsDriverOps(device),
    ...lifecycleDriverOps(device),
    ...advertisingDriverOps(device),
  ])(new DriverDevice()),
]);

type Answer = { id: number | null; result: unknown } | { id: number | null; error: Record<string, unknown> };

function errorAnswer(id: number | null, error: DefTalkError): Answer {
  const { code, name, message, details } = error.toJSON();
  return { id, error: details ? { code, name, message, details } : { code, name, message } };
}

/**
 * Serve the driver protocol on `input`/`output` until `shutdown` or the end
 * of `input`; resolves with the exit status (0). `ops` defaults to
 * {@link DRIVER_OPS}.
 */
export async function runDriver(
  input: Readable,
  output: Writable,
  errput: Writable,
  ops: ReadonlyMap<string, DriverOp> = DRIVER_OPS,
): Promise<number> {
  const ctx: DriverOpContext = { log: (line) => errput.write(`deftalk driver: ${line}\n`) };
  const inFlight = new Set<Promise<void>>();
  let outputBroken = false;
  output.on('error', () => {
    // The harness went away; nothing can be answered any more.
    outputBroken = true;
  });
  const send = (answer: Answer) =>
    new Promise<void>((resolve) => {
      if (outputBroken) return resolve();
      output.write(`${JSON.stringify(answer)}\n`, () => resolve());
    });

  /** Check the envelope (spec/driver.md §Requests); either an answer to send now or an operation to run. */
  const classify = (
    line: string,
  ): { answer: Answer } | { id: number; name: string; op: DriverOp; params: Record<string, unknown> } => {
    let request: unknown;
    try {
      request = JSON.parse(line);
    } catch {
      return { answer: errorAnswer(null, new DefTalkError('DRIVER_MALFORMED_REQUEST')) };
    }
    // Echo the id whenever it can be read, even if the rest of the request is
    // malformed, so the harness can match the answer (REQ-DRIVER-004).
    const id = isObject(request) && Number.isSafeInteger(request.id) ? (request.id as number) : null;
    if (!isObject(request) || id === null || typeof request.op !== 'string') {
      return { answer: errorAnswer(id, new DefTalkError('DRIVER_MALFORMED_REQUEST')) };
    }
    const op = ops.get(request.op);
    if (!op) return { answer: errorAnswer(id, new DefTalkError('DRIVER_UNKNOWN_OPERATION')) };
    const params = request.params ?? {};
    if (!isObject(params)) return { answer: errorAnswer(id, new DefTalkError('DRIVER_BAD_PARAMS')) };
    return { id, name: request.op, op, params };
  };

  const execute = async (id: number, name: string, op: DriverOp, params: Record<string, unknown>) => {
    try {
      const result = await op.run(params, ctx);
      await send({ id, result: result ?? {} });
    } catch (e) {
      if (e instanceof DefTalkError) {
        await send(errorAnswer(id, e));
      } else {
        ctx.log(`op ${name} failed: ${(e as Error)?.message ?? String(e)}`);
        await send(errorAnswer(id, new DefTalkError('DRIVER_OPERATION_FAILED')));
      }
    }
  };

  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) {
    if (line.trim() === '') continue;
    const request = classify(line);
    if ('answer' in request) {
      await send(request.answer);
      continue;
    }
    if (request.name === 'shutdown') {
      // Every earlier request is answered before the shutdown answer, and
      // nothing after it is read (spec/driver.md §shutdown).
      await Promise.all(inFlight);
      await execute(request.id, request.name, request.op, request.params);
      break;
    }
    // Operations run concurrently; answers carry their ids (REQ-DRIVER-002).
    const running: Promise<void> = execute(request.id, request.name, request.op, request.params).then(() => {
      inFlight.delete(running);
    });
    inFlight.add(running);
  }
  lines.close();
  await Promise.all(inFlight);
  input.destroy();
  return 0;
}
