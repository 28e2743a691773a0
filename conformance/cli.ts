/**
 * @module
 * `deftalk-conformance`: the command line of the conformance harness
 * (spec/conformance.md §Running). Three modes: `vectors` (the test vectors,
 * against the reference in process or through a driver), `relay` (a relay
 * over HTTP and WebSocket) and `client` (a client through its driver,
 * spec/driver.md). Exit status 0 when no MUST case failed, 1 when one did
 * (with `--strict`, also when a case was NON_STRICT), 2 on bad usage, an
 * unreachable target or a defect of the suite itself.
 */
import { parseArgs } from 'node:util';
import type { ConformanceCase, Mode } from './case.ts';
import { ALL_CASES } from './cases/index.ts';
import { type ExpectationFile, ExpectationsInvalid, loadExpectations } from './runner/expectations.ts';
import { MatrixInputInvalid, writeMatrix } from './runner/matrix.ts';
import { SUITE_VERSION } from './runner/report.ts';
import { runConformance, TargetUnavailable } from './runner/run.ts';
import type { RunTarget } from './runner/target.ts';
import { SuiteDefect, vectorCapability, vectorCases } from './runner/vectors.ts';
import { VECTOR_AREAS } from './vectors/areas.ts';

const COMMON_OPTIONS = `Common options:
  --report-dir DIR        where report.json, report.tap, report.junit.xml and
                          report.html go (default ./reports/<mode>)
  --strict                exit non-zero also when a SHOULD or MAY case fails
                          (NON_STRICT), not only on a MUST failure
  --filter PATTERN        run only cases whose id contains PATTERN, or matches
                          it as a glob when it has * or ?; several patterns
                          separated by commas
  --seed N                seed of the cases' randomness (0..4294967295);
                          recorded in the report, drawn fresh when absent
  --timeout-factor F      multiply every timeout by F (> 0) on slow machines
  --expectations FILE     known failures of the implementation (JSON, schema
                          conformance/expectations.schema.json): a listed case
                          that fails is EXPECTED_FAILURE; one that passes, an
                          expired entry or an unknown case fails the run
  -h, --help              show help`;

/** Usage text of the tool. */
export const USAGE = `Usage: deftalk-conformance <mode> [options]

Checks a DefTalk implementation against the specification and writes a
report grouped by requirement (spec/conformance.md).

Modes:
  vectors [--driver CMD]  the test vectors (conformance/vectors/), against the
                          reference implementation in process, or against your
                          implementation through its driver command
  relay --url URL         a relay, black box over HTTP and WebSocket
  relay --relay-command CMD
                          a relay the harness starts itself (and may restart)
  client --driver CMD     a client, through a driver command speaking the
                          driver protocol (spec/driver.md) on stdin/stdout
  matrix R.json... --out FILE
                          several report.json files side by side in one page

${COMMON_OPTIONS}

Exit status: 0 when no MUST case failed; 1 when one did (with --strict, also
when a case was NON_STRICT); 2 on bad usage, an unreachable target or a
defect of the suite. The last line printed is
  conformance: N passed, N failed, N non-strict, N unsupported

Run 'deftalk-conformance <mode> --help' for the options of one mode, and
'deftalk-conformance --version' for the suite version every report records.
`;

const MATRIX_USAGE = `Usage: deftalk-conformance matrix REPORT.json [REPORT.json...] --out FILE

Writes one static HTML page comparing the given report.json files side by
side: rows are requirements and cases, columns are the reports (for example
implementations, or versions of one). Rows whose outcomes differ are marked.
Each cell links to the case in the report.html next to its report.json.
`;

const MODE_USAGE: Record<Mode, string> = {
  vectors: `Usage: deftalk-conformance vectors [--driver "COMMAND"] [options]

Runs every vector file of conformance/vectors/ as one case (vectors/<area>).
Without --driver the reference implementation is checked in process; with
--driver, the harness starts COMMAND through the shell and asks it through
the driver operation vectors.<area> (spec/driver.md). An area the driver
does not declare as capability vectors.<area> is UNSUPPORTED.

Options:
  --driver "COMMAND"      driver command line, e.g. "node bin/deftalk.js driver"

${COMMON_OPTIONS}
`,
  relay: `Usage: deftalk-conformance relay --url URL [options]

Runs the relay cases against the relay at URL (http: or https:), black box
over HTTP and WebSocket. The relay's GET /v1/info capabilities decide which
optional cases run; cases needing the test-hooks profile are UNSUPPORTED
against a relay that does not offer it (the reference relay offers it with
--test-hooks, on loopback only).

Options:
  --url URL               base URL of the relay under test
  --relay-command "CMD"   instead of --url: the harness starts the relay itself
                          with CMD, a shell command in which {port} and {data}
                          are replaced by a free loopback port and a fresh data
                          directory, and stops it at the end; cases that kill
                          and restart the relay (restart/*) run only then.
                          Its output goes to relay.log in the report directory.
                          Example: "deftalk-relay --port {port} --data {data} --test-hooks"

${COMMON_OPTIONS}
`,
  client: `Usage: deftalk-conformance client --driver "COMMAND" [options]

Runs the client cases against a client implementation through its driver:
COMMAND is started through the shell, once per case, and spoken to in
newline-delimited JSON on stdin/stdout (spec/driver.md). Its hello answer's
capabilities decide which optional cases run; its stderr is kept as evidence.

Options:
  --driver "COMMAND"      driver command line, e.g. "node bin/deftalk.js driver"

${COMMON_OPTIONS}
`,
};

class UsageError extends Error {}

interface Parsed {
  mode: Mode;
  relayCommand?: string;
  expectations?: string;
  help: boolean;
  url?: string;
  driver?: string;
  reportDir?: string;
  strict: boolean;
  filter?: string;
  seed?: number;
  timeoutFactor?: number;
}

function parse(argv: string[]): Parsed | 'help' | 'version' {
  const [mode, ...rest] = argv;
  if (mode === undefined || mode === '-h' || mode === '--help' || mode === 'help') return 'help';
  if (mode === '--version' || mode === '-V' || mode === 'version') return 'version';
  if (mode !== 'vectors' && mode !== 'relay' && mode !== 'client')
    throw new UsageError(`unknown mode: ${mode}`);
  let values: ReturnType<typeof parseArgs>['values'];
  try {
    ({ values } = parseArgs({
      args: rest,
      strict: true,
      allowPositionals: false,
      options: {
        url: { type: 'string' },
        'relay-command': { type: 'string' },
        driver: { type: 'string' },
        'report-dir': { type: 'string' },
        strict: { type: 'boolean', default: false },
        filter: { type: 'string' },
        seed: { type: 'string' },
        'timeout-factor': { type: 'string' },
        expectations: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const parsed: Parsed = { mode, help: values.help === true, strict: values.strict === true };
  if (parsed.help) return parsed;
  const str = (k: string) => (typeof values[k] === 'string' ? (values[k] as string) : undefined);
  if (str('relay-command') !== undefined) {
    if (mode !== 'relay') throw new UsageError('--relay-command is for relay mode only');
    if (str('url') !== undefined) throw new UsageError('give --url or --relay-command, not both');
    if (!str('relay-command')!.includes('{port}'))
      throw new UsageError('--relay-command must contain {port} (and usually {data})');
    parsed.relayCommand = str('relay-command')!;
  } else if (mode === 'relay') {
    const url = str('url');
    if (!url) throw new UsageError('relay mode needs --url URL or --relay-command CMD');
    let u: URL;
    try {
      u = new URL(url);
    } catch {
      throw new UsageError(`--url: not a URL: ${url}`);
    }
    if (u.protocol !== 'http:' && u.protocol !== 'https:')
      throw new UsageError('--url must be http: or https:');
    parsed.url = url;
  } else if (str('url') !== undefined) {
    throw new UsageError(`--url is for relay mode only`);
  }
  if (mode === 'client' && !str('driver')) throw new UsageError('client mode needs --driver "COMMAND"');
  if (mode === 'relay' && str('driver') !== undefined)
    throw new UsageError('--driver is not used in relay mode');
  if (str('driver') !== undefined) parsed.driver = str('driver')!;
  if (str('report-dir') !== undefined) parsed.reportDir = str('report-dir')!;
  if (str('filter') !== undefined) parsed.filter = str('filter')!;
  if (str('expectations') !== undefined) parsed.expectations = str('expectations')!;
  const seed = str('seed');
  if (seed !== undefined) {
    const n = Number(seed);
    if (!/^\d+$/.test(seed) || !Number.isSafeInteger(n) || n > 0xffff_ffff) {
      throw new UsageError(`--seed: not an integer in 0..4294967295: ${seed}`);
    }
    parsed.seed = n;
  }
  const factor = str('timeout-factor');
  if (factor !== undefined) {
    const f = Number(factor);
    if (!Number.isFinite(f) || f <= 0)
      throw new UsageError(`--timeout-factor: not a positive number: ${factor}`);
    parsed.timeoutFactor = f;
  }
  return parsed;
}

/** `deftalk-conformance matrix REPORT... --out FILE` (spec/conformance.md §Matrix). */
function matrix(argv: string[]): number {
  let values: { out?: string | undefined; help?: boolean | undefined };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: true,
      options: { out: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    }));
  } catch (e) {
    process.stderr.write(`deftalk-conformance: ${(e as Error).message}\n\n${MATRIX_USAGE}`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(MATRIX_USAGE);
    return 0;
  }
  if (!values.out || positionals.length === 0) {
    process.stderr.write(`deftalk-conformance: matrix needs report files and --out FILE\n\n${MATRIX_USAGE}`);
    return 2;
  }
  try {
    writeMatrix(positionals, values.out);
  } catch (e) {
    if (!(e instanceof MatrixInputInvalid)) throw e;
    process.stderr.write(`deftalk-conformance: ${e.message}\n`);
    return 2;
  }
  process.stdout.write(`matrix of ${positionals.length} reports written to ${values.out}\n`);
  return 0;
}

/** Entry point of `deftalk-conformance`; resolves with the exit status. */
export async function main(argv: string[]): Promise<number> {
  if (argv[0] === 'matrix') return matrix(argv.slice(1));
  let parsed: Parsed | 'help' | 'version';
  try {
    parsed = parse(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`deftalk-conformance: ${e.message}\n\n${USAGE}`);
    return 2;
  }
  if (parsed === 'help') {
    process.stdout.write(USAGE);
    return 0;
  }
  if (parsed === 'version') {
    process.stdout.write(`deftalk-conformance ${SUITE_VERSION}\n`);
    return 0;
  }
  if (parsed.help) {
    process.stdout.write(MODE_USAGE[parsed.mode]);
    return 0;
  }
  try {
    let cases: readonly ConformanceCase[] = ALL_CASES;
    let target: RunTarget;
    if (parsed.relayCommand) target = { kind: 'relay-process', command: parsed.relayCommand };
    else if (parsed.mode === 'relay') target = { kind: 'relay', url: new URL(parsed.url!) };
    else if (parsed.driver) target = { kind: 'driver', command: parsed.driver };
    else {
      target = {
        kind: 'reference',
        implementation: `deftalk-reference/${SUITE_VERSION} (in-process)`,
        capabilities: VECTOR_AREAS.map((a) => vectorCapability(a.area)),
      };
    }
    if (parsed.mode === 'vectors') cases = [...ALL_CASES, ...vectorCases(VECTOR_AREAS)];
    let expectations: ExpectationFile | undefined;
    let knownCaseIds: Set<string> | undefined;
    if (parsed.expectations !== undefined) {
      expectations = loadExpectations(parsed.expectations);
      // Every case of every mode is known; vector cases need the vector files, which relay runs otherwise skip.
      knownCaseIds = new Set([...ALL_CASES, ...vectorCases(VECTOR_AREAS)].map((c) => c.id));
    }
    const { exitStatus } = await runConformance({
      mode: parsed.mode,
      cases,
      target,
      reportDir: parsed.reportDir ?? `reports/${parsed.mode}`,
      strict: parsed.strict,
      ...(parsed.filter !== undefined ? { filter: parsed.filter } : {}),
      ...(parsed.seed !== undefined ? { seed: parsed.seed } : {}),
      ...(parsed.timeoutFactor !== undefined ? { timeoutFactor: parsed.timeoutFactor } : {}),
      ...(expectations ? { expectations, knownCaseIds } : {}),
    });
    return exitStatus;
  } catch (e) {
    if (e instanceof TargetUnavailable || e instanceof SuiteDefect || e instanceof ExpectationsInvalid) {
      process.stderr.write(`deftalk-conformance: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}
