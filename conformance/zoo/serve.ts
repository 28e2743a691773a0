/**
 * @module
 * One zoo relay in its own process (spec/conformance.md §The bug zoo): the
 * reference relay, or the reference with a member's faulty parts, on
 * 127.0.0.1 and a free port, with the test-hooks profile, its JSON logs on
 * stdout. It tells its parent the URL over the IPC channel and stops on
 * SIGTERM or when the parent goes away, so a crash or a hang of one faulty
 * relay cannot take the zoo runner with it.
 *
 *     node --import tsx conformance/zoo/serve.ts <reference|member name|member.ts> <data dir>
 */
import type { RelayParts } from '../../reference/relay/server.ts';
import { startRelay } from '../../reference/relay/server.ts';
import { loadMember, type ServeReady } from './load.ts';

async function main(argv: string[]): Promise<void> {
  const [spec, dataDir] = argv;
  if (!spec || !dataDir) throw new Error('usage: serve.ts <reference|member> <data dir>');
  let parts: RelayParts = {};
  if (spec !== 'reference') {
    const member = await loadMember(spec);
    if (member.kind !== 'relay') throw new Error(`${spec} is not a relay member`);
    parts = member.parts();
  }
  const relay = await startRelay(
    { host: '127.0.0.1', port: 0, dataDir, testHooks: true, logLevel: 'info', pinScryptLog2N: 10 },
    process.stdout,
    parts,
  );
  const stop = () => {
    relay.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGTERM', stop);
  process.once('disconnect', stop);
  process.send?.({ url: relay.url } satisfies ServeReady);
}

main(process.argv.slice(2)).catch((e: unknown) => {
  process.stderr.write(`zoo relay failed to start: ${(e as Error).stack ?? String(e)}\n`);
  process.exit(1);
});
