/**
 * @module
 * `npm run check:trace` (spec/conventions.md §Traceability): fails when a MUST
 * is cited by no conformance case or vector, when a case or vector cites an
 * unknown or retired requirement, when a privacy-policy clause has no valid
 * row in spec/policy-map.md, or when a proto excerpt of the spec is not found
 * in proto/. Prints a summary and the uncited SHOULD/MAY as warnings.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { checkTrace, DEFAULT_PATHS, loadInputs, renderMatrix } from './lib/trace.ts';

const USAGE = `Usage: check-trace [options]

Options:
  --spec DIR        spec directory with requirements.json, privacy-policy.txt,
                    policy-map.md and the chapters (default spec)
  --cases FILE      module exporting ALL_CASES (default conformance/cases/index.ts)
  --vectors DIR     vector files (default conformance/vectors)
  --proto DIR       proto sources (default proto)
  --matrix FILE     also write the requirement-to-citation matrix as markdown
  -h, --help        show this text

Exit status: 0 when every check passes, 1 when one fails, 2 on bad usage or
unreadable input.
`;

/** Run the check; returns the exit status. */
export async function main(argv: string[]): Promise<number> {
  let values: ReturnType<typeof parse>;
  try {
    values = parse(argv);
  } catch (e) {
    console.error(`check-trace: ${(e as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  let inputs: Awaited<ReturnType<typeof loadInputs>>;
  try {
    inputs = await loadInputs({
      spec: values.spec ?? DEFAULT_PATHS.spec,
      cases: values.cases ?? DEFAULT_PATHS.cases,
      vectors: values.vectors ?? DEFAULT_PATHS.vectors,
      proto: values.proto ?? DEFAULT_PATHS.proto,
    });
  } catch (e) {
    console.error(`check-trace: cannot read inputs: ${(e as Error).message}`);
    return 2;
  }
  const result = checkTrace(inputs);
  for (const line of result.summary) console.log(`check-trace: ${line}`);
  for (const w of result.warnings) console.log(`check-trace: warning: ${w}`);
  for (const p of result.problems) console.error(`check-trace: error: ${p}`);
  if (values.matrix) writeFileSync(values.matrix, renderMatrix(inputs.requirements, result.citedBy));
  if (result.problems.length) {
    console.error(`check-trace: FAILED with ${result.problems.length} problem(s)`);
    return 1;
  }
  console.log('check-trace: ok');
  return 0;
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    strict: true,
    allowPositionals: false,
    options: {
      spec: { type: 'string' },
      cases: { type: 'string' },
      vectors: { type: 'string' },
      proto: { type: 'string' },
      matrix: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  }).values;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = await main(process.argv.slice(2));
