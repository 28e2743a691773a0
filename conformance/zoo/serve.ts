/**
 * @module
 * One zoo relay as a relay command (spec/conformance.md §The bug zoo): the
 * reference relay, or the reference with a member's faulty parts, on
 * 127.0.0.1, the given port and data directory, with the test-hooks
 * profile, its JSON logs on stdout. The zoo hands the suite this command as
 * `--relay-command` would (`{port}` and `{data}` filled in by the harness),
 * so the harness can kill it and start it again on the same port and data
 * directory (§Restarting the relay); every start builds the member's parts
 * afresh, so whatever a fault keeps only in memory is gone after a kill, as
 * in a real crash. It stops on SIGTERM, and when its standard input ends:
 * the harness holds that pipe open while it runs, so a zoo relay does not
 * outlive a harness that was killed.
 *
 *     node --import tsx conformance/zoo/serve.ts <reference|member name|member.ts> --port P --data DIR
 */
import { parseArgs } from 'node:util';
import type { RelayParts } from '../../reference/relay/server.ts';
import { startRelay } from '../../reference/relay/server.ts';
import { loadMember } from './load.ts';

async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { port: { type: 'string' }, data: { type: 'string' } },
  });
  const [spec] = positionals;
  const port = Number(values.port);
  if (!spec || !values.data || !Number.isInteger(port) || port <= 0 || port > 65535) {
    throw new Error('usage: serve.ts <reference|member> --port P --data DIR');
  }
  let parts: RelayParts = {};
  if (spec !== 'reference') {
    const member = await loadMember(spec);
    if (member.kind !== 'relay') throw new Error(`${spec} is not a relay member`);
    parts = member.parts();
  }
  const relay = await startRelay(
    { host: '127.0.0.1', port, dataDir: values.data, testHooks: true, logLevel: 'info', pinScryptLog2N: 10 },
    process.stdout,
    parts,
  );
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    relay.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGTERM', stop);
  process.stdin.once('end', stop);
  process.stdin.resume();
}

main(process.argv.slice(2)).catch((e: unknown) => {
  process.stderr.write(`zoo relay failed to start: ${(e as Error).stack ?? String(e)}\n`);
  process.exit(1);
});
