/**
 * @module
 * Client-mode cases for the driver protocol itself (spec/driver.md): the
 * driver says hello in protocol version 1, echoes ids, answers unknown
 * operations, malformed lines and bad params with their registered errors
 * and keeps working, and exits after `shutdown` and at the end of its input.
 * They speak raw lines through {@link rawDriver}, since the ordinary
 * `DriverLink.call` can only send well-formed requests.
 */
import {
  type CaseContext,
  CheckFailed,
  type ConformanceCase,
  check,
  checkEqual,
  DriverError,
} from '../../case.ts';
import { type DriverAnswer, type DriverProcess, rawDriver } from '../../runner/driver.ts';

/** The driver protocol version of spec/driver.md §Versioning. */
const PROTOCOL = 'deftalk-driver/1';

/** Registered codes of spec/errors.json that these cases expect. */
const CODES = {
  DRIVER_UNKNOWN_OPERATION: 1900,
  DRIVER_BAD_PARAMS: 1901,
  DRIVER_MALFORMED_REQUEST: 1902,
} as const;

function raw(ctx: CaseContext): DriverProcess {
  const driver = rawDriver(ctx.driver);
  if (!driver)
    throw new CheckFailed('client mode without a driver process: these cases need the raw driver link');
  return driver;
}

/** An id the harness's own counter will not reach in one case. */
function freshId(ctx: CaseContext): number {
  return 1_000_000 + Math.floor(ctx.random() * 1_000_000_000);
}

/** Check that `answer` is the error `name` with its registered code. */
function checkErrorAnswer(answer: DriverAnswer, name: keyof typeof CODES, what: string): void {
  check(answer.error !== undefined, `${what}: expected an error answer`, { error: { name } }, answer);
  checkEqual(answer.error!.name, name, `${what}: error name`);
  checkEqual(answer.error!.code, CODES[name], `${what}: error code`);
}

/** Check a hello result's shape (REQ-DRIVER-001). */
function checkHello(result: unknown, what: string): void {
  check(
    typeof result === 'object' && result !== null,
    `${what}: hello result is not an object`,
    'object',
    result,
  );
  const r = result as Record<string, unknown>;
  checkEqual(r.protocol, PROTOCOL, `${what}: hello protocol`);
  check(
    typeof r.implementation === 'string' && r.implementation.length > 0,
    `${what}: hello implementation must be a non-empty string`,
    'non-empty string',
    r.implementation,
  );
  check(
    Array.isArray(r.capabilities) && r.capabilities.every((c) => typeof c === 'string'),
    `${what}: hello capabilities must be an array of strings`,
    'string[]',
    r.capabilities,
  );
}

/** Prove the driver still works after a bad request. */
async function stillAnswers(ctx: CaseContext, after: string): Promise<void> {
  try {
    checkHello(await ctx.driver!.call('hello', { protocol: PROTOCOL }), `hello after ${after}`);
  } catch (e) {
    if (e instanceof CheckFailed) throw e;
    throw new CheckFailed(`the driver stopped answering after ${after}: ${(e as Error).message}`);
  }
}

/** Wait for the driver to exit within the scaled `ms`, and check status 0. */
async function checkExits(ctx: CaseContext, driver: DriverProcess, ms: number, after: string): Promise<void> {
  const exit = await driver.exitWithin(ctx.timeout(ms));
  check(
    exit !== undefined,
    `the driver did not exit within ${ctx.timeout(ms)} ms after ${after}`,
    'exit',
    'running',
  );
  ctx.log(`driver exited with code ${exit.code}, signal ${exit.signal}`);
  check(exit.code === 0, `the driver exited with a non-zero status after ${after}`, { code: 0 }, exit);
}

/** The cases of spec/driver.md, run in client mode. */
export const DRIVER_CASES: readonly ConformanceCase[] = [
  {
    id: 'driver/hello',
    title: 'hello is answered with protocol deftalk-driver/1, an implementation name and capabilities',
    mode: 'client',
    requirements: ['REQ-DRIVER-001', 'REQ-DRIVER-006'],
    async run(ctx) {
      const driver = raw(ctx);
      // The runner's own hello already succeeded; ask again with a raw line
      // and check the answer by the letter of the spec.
      const id = freshId(ctx);
      const answer = await driver.exchangeRaw(
        JSON.stringify({ id, op: 'hello', params: { protocol: PROTOCOL } }),
        id,
      );
      check('result' in answer, 'hello was answered with an error', 'result', answer);
      checkHello(answer.result, 'hello');
      // REQ-DRIVER-006: nothing but answer lines on stdout so far.
      check(
        driver.violations.length === 0,
        'the driver wrote something other than answers to stdout',
        [],
        [...driver.violations],
      );
    },
  },
  {
    id: 'driver/ids-echoed',
    title: 'every answer carries its request id, also for requests sent before earlier ones are answered',
    mode: 'client',
    requirements: ['REQ-DRIVER-002'],
    async run(ctx) {
      const driver = raw(ctx);
      // 0 and a value above 2^32 catch drivers that treat ids as truthy or 32-bit.
      const ids = [freshId(ctx), 0, 2 ** 32 + Math.floor(ctx.random() * 1_000_000)];
      const answers = await Promise.all(
        ids.map((id) =>
          driver.exchangeRaw(JSON.stringify({ id, op: 'hello', params: { protocol: PROTOCOL } }), id),
        ),
      );
      answers.forEach((a, i) => {
        checkEqual(a.id, ids[i], 'answer id');
        checkHello(a.result, `hello with id ${ids[i]}`);
      });
      check(
        driver.violations.length === 0,
        'the driver sent answers that match no request',
        [],
        [...driver.violations],
      );
    },
  },
  {
    id: 'driver/unknown-operation',
    title: 'an unknown operation is answered with DRIVER_UNKNOWN_OPERATION and the driver keeps working',
    mode: 'client',
    requirements: ['REQ-DRIVER-003'],
    async run(ctx) {
      const op = `conformance.no-such-operation-${Math.floor(ctx.random() * 0xffffffff).toString(16)}`;
      try {
        await ctx.driver!.call(op, {});
      } catch (e) {
        if (!(e instanceof DriverError)) throw e;
        checkEqual(e.errorName, 'DRIVER_UNKNOWN_OPERATION', `error name answered to ${op}`);
        checkEqual(e.code, CODES.DRIVER_UNKNOWN_OPERATION, `error code answered to ${op}`);
        await stillAnswers(ctx, 'an unknown operation');
        return;
      }
      throw new CheckFailed(
        `the driver answered the unknown operation ${op} with a result`,
        'error',
        'result',
      );
    },
  },
  {
    id: 'driver/malformed-request',
    title: 'malformed request lines are answered with DRIVER_MALFORMED_REQUEST and the driver keeps working',
    mode: 'client',
    requirements: ['REQ-DRIVER-004'],
    async run(ctx) {
      const driver = raw(ctx);
      const id = freshId(ctx);
      const lines: [string, number | null, string][] = [
        ['this is not JSON {', null, 'a line that is not JSON'],
        ['[1,2,3]', null, 'a JSON array'],
        [JSON.stringify({ id: 'seven', op: 'hello' }), null, 'a string id'],
        [JSON.stringify({ id, params: {} }), id, 'a request without op'],
        [JSON.stringify({ id: id + 1, op: 42 }), id + 1, 'a numeric op'],
      ];
      // One at a time: answers with a null id cannot be told apart otherwise.
      for (const [line, expectId, what] of lines) {
        const answer = await driver.exchangeRaw(line, expectId);
        checkEqual(answer.id, expectId, `answer id for ${what}`);
        checkErrorAnswer(answer, 'DRIVER_MALFORMED_REQUEST', what);
      }
      await stillAnswers(ctx, 'malformed lines');
    },
  },
  {
    id: 'driver/bad-params',
    title: 'params that are not an object are answered with DRIVER_BAD_PARAMS',
    mode: 'client',
    requirements: ['REQ-DRIVER-005'],
    async run(ctx) {
      const driver = raw(ctx);
      const id = freshId(ctx);
      const cases: [unknown, string][] = [
        [5, 'a number'],
        [['protocol'], 'an array'],
        ['deftalk-driver/1', 'a string'],
      ];
      for (const [i, [params, what]] of cases.entries()) {
        const answer = await driver.exchangeRaw(JSON.stringify({ id: id + i, op: 'hello', params }), id + i);
        checkErrorAnswer(answer, 'DRIVER_BAD_PARAMS', `hello with params ${what}`);
      }
      await stillAnswers(ctx, 'bad params');
    },
  },
  {
    id: 'driver/shutdown',
    title: 'shutdown is answered after earlier requests, then the driver exits with status 0',
    mode: 'client',
    requirements: ['REQ-DRIVER-007'],
    // Room for the driver's start plus the five seconds it has to exit.
    timeoutMs: 20_000,
    async run(ctx) {
      const driver = raw(ctx);
      const id = freshId(ctx);
      const order: string[] = [];
      const earlier = driver
        .exchangeRaw(JSON.stringify({ id, op: 'hello', params: { protocol: PROTOCOL } }), id)
        .then((a) => {
          order.push('hello');
          return a;
        });
      const result = await ctx.driver!.call('shutdown', {});
      order.push('shutdown');
      driver.markShutdownAnswered();
      check(
        typeof result === 'object' && result !== null && !Array.isArray(result),
        'shutdown result is not an object',
        {},
        result,
      );
      checkHello((await earlier).result, 'hello sent just before shutdown');
      checkEqual(order.join(','), 'hello,shutdown', 'answer order: earlier requests before shutdown');
      await checkExits(ctx, driver, 5_000, 'shutdown');
    },
  },
  {
    id: 'driver/end-of-input',
    title: 'the driver exits with status 0 when its standard input ends',
    mode: 'client',
    requirements: ['REQ-DRIVER-008'],
    // Room for the driver's start plus the five seconds it has to exit.
    timeoutMs: 20_000,
    async run(ctx) {
      const driver = raw(ctx);
      driver.endInput();
      await checkExits(ctx, driver, 5_000, 'the end of its input');
    },
  },
];
