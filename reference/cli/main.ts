/**
 * @module
 * `deftalk`: the reference client's command line. Subcommands live in one
 * table, {@link COMMANDS}; later chapters add `register`, `verify`, `send`
 * and the rest as one entry each. `deftalk driver` serves the conformance
 * driver protocol (spec/driver.md).
 */
import { ADS_COMMAND } from './advertising.ts';
import { CHAT_COMMAND } from './chat.ts';
import { DRIVER_PROTOCOL, runDriver } from './driver.ts';
import { GROUP_COMMAND } from './group.ts';
import { IDENTITY_COMMANDS } from './identity.ts';
import { LIFECYCLE_COMMANDS } from './lifecycle.ts';
import { LOCATION_COMMAND } from './location.ts';
import { PROFILE_COMMANDS } from './profile.ts';
import { MESSAGING_COMMANDS } from './send.ts';
import { SYNC_COMMAND } from './sync.ts';

/** One subcommand of `deftalk`. */
export interface Command {
  /** One line for `deftalk --help`. */
  readonly summary: string;
  /** Usage text for `deftalk <command> --help`. */
  readonly usage: string;
  /** Run with the arguments after the command name; resolves with the exit status. */
  run(argv: string[]): Promise<number>;
}

/** Every subcommand, by name. */
export const COMMANDS: ReadonlyMap<string, Command> = new Map<string, Command>([
  [
    'driver',
    {
      summary: 'serve the conformance driver protocol on stdin/stdout (spec/driver.md)',
      usage: `Usage: deftalk driver

Serves the DefTalk conformance driver protocol (${DRIVER_PROTOCOL},
spec/driver.md): one JSON request per line on stdin, one JSON answer per
line on stdout, logs on stderr. Ends after answering "shutdown" or at the end
of stdin. Used by:
  deftalk-conformance client --driver "node bin/deftalk.js driver"
  deftalk-conformance vectors --driver "node bin/deftalk.js driver"
`,
      run: () => runDriver(process.stdin, process.stdout, process.stderr),
    },
  ],
  ...IDENTITY_COMMANDS,
  ...LIFECYCLE_COMMANDS,
  ...MESSAGING_COMMANDS,
  ...PROFILE_COMMANDS,
  ADS_COMMAND,
  CHAT_COMMAND,
  GROUP_COMMAND,
  LOCATION_COMMAND,
  SYNC_COMMAND,
]);

/** Usage text of `deftalk --help`, listing {@link COMMANDS}. */
export function usage(): string {
  const width = Math.max(...[...COMMANDS.keys()].map((k) => k.length));
  const lines = [...COMMANDS].map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`);
  return `Usage: deftalk <command> [options]

The DefTalk reference client.

Commands:
${lines.join('\n')}

Run 'deftalk <command> --help' for the options of one command.
`;
}

/** Entry point of `deftalk`; resolves with the exit status. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '-h' || name === '--help' || name === 'help') {
    process.stdout.write(usage());
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS.get(name);
  if (!command) {
    process.stderr.write(`deftalk: unknown command: ${name}\n\n${usage()}`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(command.usage);
    return 0;
  }
  return command.run(rest);
}
