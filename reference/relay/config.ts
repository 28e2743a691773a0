/**
 * @module
 * Relay configuration from command-line flags and environment
 * (README §Quick start). Flags win over environment variables.
 */
import { parseArgs } from 'node:util';

/** Everything the relay process is told at start. */
export interface RelayConfig {
  /** Interface to bind; loopback unless told otherwise. */
  host: string;
  /** TCP port; 0 picks a free one. */
  port: number;
  /** Directory of the embedded SQLite storage. */
  dataDir: string;
  /** Serve the test-hooks profile (spec/test-hooks.md); loopback only, off by default. */
  testHooks: boolean;
  /** pino level. */
  logLevel: string;
  /**
   * Enable the development verification-code gateway (spec/registration.md
   * §Gateways): codes are appended to `dev-sms.log` in the data directory
   * instead of being sent. Off by default; `testHooks` also enables it, in
   * memory only.
   */
  devSms?: boolean;
  /** log2 of the scrypt cost N for registration lock PINs (spec/registration.md §Registration lock); default 15. */
  pinScryptLog2N?: number;
}

/** Usage text of `deftalk-relay --help`. */
export const RELAY_USAGE = `Usage: deftalk-relay [options]

Runs the DefTalk reference relay: HTTP and one WebSocket per device, with
embedded SQLite storage.

Options:
  --host HOST        interface to bind (env HOST; default 127.0.0.1)
  --port PORT        TCP port, 0 for any free port (env PORT; default 8080)
  --data DIR         storage directory (env DATA_DIR; default ./data)
  --test-hooks       serve the conformance test-hooks profile (loopback only;
                     never in production)
  --log-level LEVEL  fatal|error|warn|info|debug|trace|silent (env LOG_LEVEL;
                     default info)
  --dev-sms          do not send verification codes: append them to
                     DIR/dev-sms.log (development only)
  --pin-scrypt-log2n N  scrypt cost of registration lock PINs, 10..20
                     (default 15)
  -h, --help         show this text

Logs are JSON lines (pino) on stdout and never contain IP addresses.
`;

/** Parse argv and env into a config; `help: true` when usage was asked for. */
export function parseRelayArgs(
  argv: string[],
  env: NodeJS.ProcessEnv = process.env,
): { help: true } | { help: false; config: RelayConfig } {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      host: { type: 'string' },
      port: { type: 'string' },
      data: { type: 'string' },
      'test-hooks': { type: 'boolean', default: false },
      'log-level': { type: 'string' },
      'dev-sms': { type: 'boolean', default: false },
      'pin-scrypt-log2n': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return { help: true };
  const portText = values.port ?? env.PORT ?? '8080';
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new RangeError(`--port: not a TCP port: ${portText}`);
  return {
    help: false,
    config: {
      host: values.host ?? env.HOST ?? '127.0.0.1',
      port,
      dataDir: values.data ?? env.DATA_DIR ?? './data',
      testHooks: values['test-hooks'] === true,
      logLevel: values['log-level'] ?? env.LOG_LEVEL ?? 'info',
      devSms: values['dev-sms'] === true,
      pinScryptLog2N: parseLog2N(values['pin-scrypt-log2n']),
    },
  };
}

/** `--pin-scrypt-log2n`: an integer 10..20, or undefined for the default. */
function parseLog2N(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 10 || n > 20) {
    throw new RangeError(`--pin-scrypt-log2n: not an integer 10..20: ${text}`);
  }
  return n;
}
