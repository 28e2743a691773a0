/**
 * @module
 * One zoo client as a driver command (spec/conformance.md §The bug zoo): the
 * reference driver loop (reference/cli/driver.ts `runDriver`) serving the
 * operation table a client member decorated, or the reference table itself.
 *
 *     node --import tsx conformance/zoo/drive.ts <reference|member name|member.ts>
 */
import { DRIVER_OPS, runDriver } from '../../reference/cli/driver.ts';
import { loadMember } from './load.ts';

async function main(argv: string[]): Promise<number> {
  const [spec] = argv;
  if (!spec) throw new Error('usage: drive.ts <reference|member>');
  if (spec === 'reference') return runDriver(process.stdin, process.stdout, process.stderr);
  const member = await loadMember(spec);
  if (member.kind !== 'client') throw new Error(`${spec} is not a client member`);
  const status = await runDriver(process.stdin, process.stdout, process.stderr, member.ops(DRIVER_OPS));
  return member.exitStatus?.(status) ?? status;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`zoo driver failed: ${(e as Error).stack ?? String(e)}\n`);
    process.exitCode = 1;
  },
);
