/**
 * @module
 * `deftalk-relay`: runs the reference relay until SIGTERM or SIGINT, then
 * shuts down cleanly (README §Quick start).
 */
import { parseRelayArgs, RELAY_USAGE } from './config.ts';
import { inventoryCommand } from './lifecycle/inventoryCommand.ts';
import { startRelay } from './server.ts';
import { migrateCommand } from './storage/postgres/command.ts';

/** Entry point of `deftalk-relay`; resolves with the exit code once the relay has stopped. */
export async function main(argv: string[]): Promise<number> {
  if (argv[0] === 'migrate') return migrateCommand(argv.slice(1));
  if (argv[0] === 'inventory') return inventoryCommand(argv.slice(1));
  let parsed: ReturnType<typeof parseRelayArgs>;
  try {
    parsed = parseRelayArgs(argv);
  } catch (e) {
    process.stderr.write(`deftalk-relay: ${(e as Error).message}\n\n${RELAY_USAGE}`);
    return 2;
  }
  if (parsed.help) {
    process.stdout.write(RELAY_USAGE);
    return 0;
  }
  // Listen for the stop signals before starting, so that a SIGTERM that
  // arrives during start-up still ends in a clean shutdown.
  const stopped = new Promise<NodeJS.Signals>((resolve) => {
    process.once('SIGTERM', resolve);
    process.once('SIGINT', resolve);
  });
  let relay: Awaited<ReturnType<typeof startRelay>>;
  try {
    relay = await startRelay(parsed.config);
  } catch (e) {
    // A configuration the relay refuses (e.g. test hooks off loopback) is a
    // usage error; a port already taken is an environment error.
    const err = e as NodeJS.ErrnoException;
    if (err instanceof RangeError) {
      process.stderr.write(`deftalk-relay: ${err.message}\n`);
      return 2;
    }
    if (err.code === 'EADDRINUSE' || err.code === 'EACCES') {
      process.stderr.write(
        `deftalk-relay: cannot listen on ${parsed.config.host}:${parsed.config.port} (${err.code})\n`,
      );
      return 1;
    }
    throw e;
  }
  // The URL goes to stderr for the person or script that started the relay;
  // stdout carries only JSON log lines, which never hold an address.
  process.stderr.write(`deftalk-relay listening on ${relay.url} (data: ${parsed.config.dataDir})\n`);
  const signal = await stopped;
  relay.app.log.info({ signal }, 'shutting down');
  await relay.close();
  process.stderr.write('deftalk-relay stopped\n');
  return 0;
}
