/**
 * @module
 * `deftalk-relay`: runs the reference relay until SIGTERM or SIGINT, then
 * shuts down cleanly (README §Quick start).
 */
import { parseRelayArgs, RELAY_USAGE } from './config.ts';
import { startRelay } from './server.ts';

/** Entry point of `deftalk-relay`; resolves with the exit code once the relay has stopped. */
export async function main(argv: string[]): Promise<number> {
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
  const relay = await startRelay(parsed.config);
  // The URL goes to stderr for the person or script that started the relay;
  // stdout carries only JSON log lines, which never hold an address.
  process.stderr.write(`deftalk-relay listening on ${relay.url} (data: ${parsed.config.dataDir})\n`);
  const signal = await new Promise<NodeJS.Signals>((resolve) => {
    process.once('SIGTERM', resolve);
    process.once('SIGINT', resolve);
  });
  relay.app.log.info({ signal }, 'shutting down');
  await relay.close();
  process.stderr.write('deftalk-relay stopped\n');
  return 0;
}
