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
  /** Days without authenticated activity before the purge erases an account (spec/lifecycle.md §Inactivity); default 365. */
  inactivityDays?: number;
  /** Shared storage, `postgres://…` (spec/deployment.md); absent: the SQLite file in `dataDir`. */
  store?: string;
  /** Bus between relay nodes, `redis://…[?prefix=P]` (spec/deployment.md §Routing); absent: in-process. */
  bus?: string;
  /**
   * Take the client address from the last `X-Forwarded-For` entry, as set by
   * one reverse proxy in front of the relay (spec/website.md §Client address).
   * Off by default: the address is the TCP peer's.
   */
  trustProxy?: boolean;
  /**
   * File holding the operator API token (spec/operator.md §Credential); the
   * relay keeps only its digest. Absent: no operator API at all.
   */
  operatorTokenFile?: string;
  /**
   * sendmail-compatible program the feedback replies go out through
   * (spec/website.md §Mail); absent: no mail transport, so no feedback form,
   * unless the test hooks supply the in-memory sink.
   */
  sendmail?: string;
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
  --inactivity-days N  erase accounts without authenticated activity for
                     N days (env DEFTALK_INACTIVITY_DAYS; default 365)
  --trust-proxy      take the client address from the last X-Forwarded-For
                     entry (one reverse proxy in front; used only to choose
                     the website's language, never kept)
  --operator-token-file FILE  enable the operator API with the token in FILE
                     (env DEFTALK_OPERATOR_TOKEN_FILE)
  --sendmail PATH    sendmail-compatible program for feedback replies
                     (env DEFTALK_SENDMAIL)
  --store URL        shared storage of a multi-node relay, postgres://...
                     (env DEFTALK_STORE; default: SQLite in DIR)
  --bus URL          bus between relay nodes, redis://...[?prefix=P]
                     (env DEFTALK_BUS; default: in-process, one node)
  -h, --help         show this text

deftalk-relay migrate --store URL  brings the PostgreSQL schema up to date
and exits (a node also does it when it starts).

deftalk-relay inventory --data DIR --phone +NUMBER  prints what the relay
holds for the number as JSON (spec/lifecycle.md §Data inventory).

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
      'inactivity-days': { type: 'string' },
      store: { type: 'string' },
      bus: { type: 'string' },
      'trust-proxy': { type: 'boolean', default: false },
      'operator-token-file': { type: 'string' },
      sendmail: { type: 'string' },
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
      inactivityDays: parseDays(values['inactivity-days'] ?? (env.DEFTALK_INACTIVITY_DAYS || undefined)),
      store: values.store ?? (env.DEFTALK_STORE || undefined),
      bus: values.bus ?? (env.DEFTALK_BUS || undefined),
      trustProxy: values['trust-proxy'] === true,
      operatorTokenFile: values['operator-token-file'] ?? (env.DEFTALK_OPERATOR_TOKEN_FILE || undefined),
      sendmail: values.sendmail ?? (env.DEFTALK_SENDMAIL || undefined),
    },
  };
}

/** `--inactivity-days`: an integer 1..36500, or undefined for the default. */
function parseDays(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1 || n > 36_500) {
    throw new RangeError(`--inactivity-days: not an integer 1..36500: ${text}`);
  }
  return n;
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
