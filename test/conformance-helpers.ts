/**
 * @module
 * Shared helpers of the conformance-harness tests: the report schema
 * validator, a synthetic requirement index, and a fake driver script whose
 * faults prove the driver cases can fail.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv2020Module from 'ajv/dist/2020.js';
import type { RequirementIndex, RequirementInfo } from '../conformance/runner/requirements.ts';

const schema = JSON.parse(
  readFileSync(new URL('../conformance/report.schema.json', import.meta.url), 'utf8'),
);
// ajv is CommonJS: under NodeNext its default export is the module object.
const ajv = new Ajv2020Module.default({ allErrors: true, strict: true });
// RFC 3339 date-time as Date.prototype.toISOString writes it; ajv-formats is not a dependency.
ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/);
const validate = ajv.compile(schema);

/** Validate a parsed report.json; returns the ajv errors as text, or '' when valid. */
export function schemaErrors(report: unknown): string {
  return validate(report) ? '' : ajv.errorsText(validate.errors);
}

/** Read and parse `dir/report.json`. */
export function readReport(dir: string): Record<string, unknown> & {
  summary: { total: number; passed: number; failed: number; nonStrict: number; unsupported: number };
  cases: {
    id: string;
    outcome: string;
    evidence: string[];
    error?: { message: string; expected?: unknown; actual?: unknown };
  }[];
  exitStatus: number;
  seed: number;
  implementation: { name: string; capabilities: string[] };
} {
  return JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'));
}

/** A requirement index with one MUST, one SHOULD and one MAY. */
export const TEST_REQUIREMENTS: RequirementIndex = new Map<string, RequirementInfo>(
  (
    [
      ['REQ-TEST-001', 'MUST', 'The thing MUST hold.'],
      ['REQ-TEST-002', 'SHOULD', 'The thing SHOULD hold.'],
      ['REQ-TEST-003', 'MAY', 'The thing MAY hold.'],
    ] as const
  ).map(([id, level, text]) => [id, { id, level, text, chapter: 'test', section: 'Test' }]),
);

/**
 * A driver speaking spec/driver.md in plain JavaScript, with one optional
 * fault chosen by its first argument. It also implements the generic
 * `vectors.toy` operation: valid when `a + b === sum`.
 */
export const FAKE_DRIVER = `
import { createInterface } from 'node:readline';
const fault = process.argv[2] ?? 'none';
const send = (o) => process.stdout.write(JSON.stringify(o) + '\\n');
const err = (id, code, name) => send({ id, error: { code, name, message: name } });
let n = 0;
const rl = createInterface({ input: process.stdin });
if (fault === 'no-exit') {
  // Lingers after shutdown and end of input, and ignores SIGTERM, so the
  // harness has to escalate to SIGKILL.
  setInterval(() => {}, 60_000);
  process.on('SIGTERM', () => {});
  process.stderr.write('pid ' + process.pid + '\\n');
}
rl.on('line', (line) => {
  n++;
  let req;
  try { req = JSON.parse(line); } catch {
    if (fault === 'crash-on-malformed') process.exit(3);
    return err(null, 1902, 'DRIVER_MALFORMED_REQUEST');
  }
  const id = req && Number.isSafeInteger(req.id) ? req.id : null;
  if (id === null || typeof req.op !== 'string') return err(id, 1902, 'DRIVER_MALFORMED_REQUEST');
  if (fault === 'stderr-then-crash' && req.op !== 'hello') {
    process.stderr.write('boom: simulated failure\\n');
    process.exit(7);
  }
  const answerId = fault === 'wrong-id' && n > 1 ? id + 1000 : id;
  const params = req.params ?? {};
  if ((typeof params !== 'object' || params === null || Array.isArray(params)) && fault !== 'bad-params-ok') {
    return err(answerId, 1901, 'DRIVER_BAD_PARAMS');
  }
  if (req.op === 'hello') {
    send({ id: answerId, result: { protocol: 'deftalk-driver/1', implementation: 'fake-driver/1 (' + fault + ')', capabilities: ['vectors.toy'] } });
    if (fault === 'noise') process.stdout.write('debug: said hello\\n');
    return;
  }
  if (req.op === 'shutdown') {
    send({ id: answerId, result: {} });
    if (fault !== 'no-exit') { rl.close(); }
    return;
  }
  if (req.op === 'vectors.toy') {
    const t = params.test;
    return send({ id: answerId, result: { result: t.a + t.b === t.sum ? 'valid' : 'invalid' } });
  }
  if (fault === 'unknown-ok') return send({ id: answerId, result: {} });
  return err(answerId, 1900, 'DRIVER_UNKNOWN_OPERATION');
});
rl.on('close', () => { if (fault !== 'no-exit') process.exit(0); });
`;

/** Write {@link FAKE_DRIVER} into `dir`; returns the command line for `fault`. */
export function fakeDriverCommand(dir: string, fault = 'none'): string {
  const path = join(dir, 'fake-driver.mjs');
  writeFileSync(path, FAKE_DRIVER);
  return `${JSON.stringify(process.execPath)} ${JSON.stringify(path)} ${fault}`;
}

/** A writable that collects progress output. */
export function collector(isTTY = false): { write(text: string): boolean; isTTY: boolean; text(): string } {
  let out = '';
  return {
    isTTY,
    write(text: string) {
      out += text;
      return true;
    },
    text: () => out,
  };
}

/**
 * Fresh directories for one test, removed at its end. (`t.testdir()` hands
 * out one directory per test, so two calls would share it.)
 */
export function scratch(t: { teardown(fn: () => void): void }): (files?: Record<string, string>) => string {
  const base = mkdtempSync(join(tmpdir(), 'deftalk-conformance-test-'));
  t.teardown(() => rmSync(base, { recursive: true, force: true }));
  let n = 0;
  return (files = {}) => {
    const dir = join(base, String(n++));
    mkdirSync(dir);
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    return dir;
  };
}
