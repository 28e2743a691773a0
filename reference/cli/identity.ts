/**
 * @module
 * The identity subcommands of `deftalk` (spec/client.md): `register`,
 * `verify`, `link-device`, `devices`, `safety-number` and `whoami`, one
 * {@link Command} each, added to the command table of main.ts. Human text by
 * default, one JSON object per result with `--json`. The passphrase comes
 * from `DEFTALK_PASSPHRASE` or a prompt without echo on a terminal; no
 * secret and no full phone number is ever printed (REQ-CLIENT-007).
 */
import { homedir } from 'node:os';
import { join } from 'node:path';
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { DefTalkClient, maskPhoneNumber } from '../client/client.ts';
import { DEFAULT_KDF, KeyStore, MAX_LOG2N, MIN_LOG2N } from '../client/keyStore.ts';
import { RelayError, RelayUnreachable } from '../client/relayConnection.ts';
import { DefTalkError } from '../errors/index.ts';
import type { DeviceId } from '../wire/ids.ts';
import type { Command } from './main.ts';

/** Where the key store lives without `--store`: `$DEFTALK_STORE`, else `~/.deftalk`. */
export function defaultStoreDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.DEFTALK_STORE || join(homedir(), '.deftalk');
}

const COMMON_USAGE = `Common options:
  --store DIR   key store directory (env DEFTALK_STORE; default ~/.deftalk)
  --json        print one JSON object instead of text (errors too)
  -h, --help    show this text

The key store passphrase is read from DEFTALK_PASSPHRASE, or asked for
without echo when standard input is a terminal.
`;

const COMMON_OPTIONS = {
  store: { type: 'string' },
  json: { type: 'boolean', default: false },
} as const;

/** Output of one run: text or JSON, on stdout; errors as text on stderr or JSON on stdout. */
class Out {
  constructor(readonly json: boolean) {}
  result(text: string, data: Record<string, unknown>): void {
    process.stdout.write(this.json ? `${JSON.stringify(data)}\n` : `${text}\n`);
  }
  /** Report a failure without user data: the registered name and description only. */
  fail(e: unknown): number {
    return reportFailure(e, this.json);
  }
}

/**
 * Report a failure of a `deftalk` command without user data: the registered
 * error name and description only, as JSON with `--json`; returns the exit
 * status (2 for usage errors, 1 otherwise).
 */
export function reportFailure(e: unknown, json: boolean): number {
  let code = 0;
  let name = 'INTERNAL';
  let message = 'unexpected failure';
  if (e instanceof DefTalkError) {
    ({ code, message } = e);
    name = e.errorName;
  } else if (e instanceof RelayUnreachable) {
    name = 'RELAY_UNREACHABLE';
    message = 'the relay cannot be reached';
  } else if (e instanceof RelayError) {
    name = e.errorName;
    message = `the relay answered ${e.status}`;
  } else if (e instanceof UsageError) {
    name = 'USAGE';
    message = e.message;
  }
  if (json) process.stdout.write(`${JSON.stringify({ error: { code, name, message } })}\n`);
  else process.stderr.write(`deftalk: ${message} (${name})\n`);
  return e instanceof UsageError ? 2 : 1;
}

/** A command-line mistake: reported as USAGE, exit status 2. */
export class UsageError extends Error {}

function kdfFromEnv(): typeof DEFAULT_KDF {
  const text = process.env.DEFTALK_SCRYPT_LOG2N;
  if (text === undefined) return DEFAULT_KDF;
  const n = Number(text);
  if (!Number.isInteger(n) || n < MIN_LOG2N || n > MAX_LOG2N) {
    throw new UsageError(`DEFTALK_SCRYPT_LOG2N must be an integer ${MIN_LOG2N}..${MAX_LOG2N}`);
  }
  return { ...DEFAULT_KDF, log2N: n };
}

/** Read a passphrase: the environment, else a no-echo prompt on a terminal. */
export async function readPassphrase(prompt = 'Key store passphrase: '): Promise<string> {
  const env = process.env.DEFTALK_PASSPHRASE;
  if (env !== undefined && env !== '') return env;
  const stdin = process.stdin;
  if (!stdin.isTTY) throw new UsageError('no passphrase: set DEFTALK_PASSPHRASE or run on a terminal');
  process.stderr.write(prompt);
  stdin.setRawMode(true);
  stdin.resume();
  let text = '';
  try {
    for await (const chunk of stdin as AsyncIterable<Buffer>) {
      for (const ch of chunk.toString('utf8')) {
        if (ch === '\r' || ch === '\n') return text;
        if (ch === '\u0003') throw new UsageError('cancelled');
        if (ch === '\u007f' || ch === '\b') text = text.slice(0, -1);
        else text += ch;
      }
    }
    return text;
  } finally {
    stdin.setRawMode(false);
    stdin.pause();
    process.stderr.write('\n');
  }
}

async function openClient(store: string): Promise<DefTalkClient> {
  if (!(await KeyStore.exists(store))) throw new DefTalkError('KEYSTORE_NOT_FOUND');
  return DefTalkClient.open(store, await readPassphrase());
}

/** Open the store if there is one, else create it for `relay`. */
async function openOrCreate(store: string, relay: string | undefined): Promise<DefTalkClient> {
  if (await KeyStore.exists(store)) return DefTalkClient.open(store, await readPassphrase());
  if (!relay) throw new UsageError('--relay URL is required for a new key store');
  try {
    new URL(relay);
  } catch {
    throw new UsageError('--relay must be a URL such as http://127.0.0.1:8080');
  }
  return DefTalkClient.create(store, await readPassphrase('New key store passphrase: '), relay, {
    kdf: kdfFromEnv(),
  });
}

/** Run `body` with parsed options; maps every failure to a message and an exit status. */
async function run(
  argv: string[],
  options: NonNullable<ParseArgsConfig['options']>,
  body: (values: Record<string, unknown>, positionals: string[], out: Out) => Promise<void>,
  allowPositionals = false,
): Promise<number> {
  const out = new Out(argv.includes('--json'));
  try {
    let parsed: { values: Record<string, unknown>; positionals: string[] };
    try {
      parsed = parseArgs({
        args: argv,
        options: { ...COMMON_OPTIONS, ...options },
        allowPositionals,
        strict: true,
      });
    } catch (e) {
      throw new UsageError((e as Error).message);
    }
    await body(parsed.values, parsed.positionals, out);
    return 0;
  } catch (e) {
    return out.fail(e);
  }
}

function storeOf(values: Record<string, unknown>): string {
  return (values.store as string | undefined) ?? defaultStoreDir();
}

/** Print a QR code when a terminal QR package is installed; the text is always printed. */
async function printQr(text: string): Promise<void> {
  const name = 'qrcode-terminal';
  try {
    const mod = (await import(name)) as {
      default?: { generate(t: string, o: { small: boolean }, cb: (s: string) => void): void };
    };
    mod.default?.generate(text, { small: true }, (s) => process.stdout.write(`${s}\n`));
  } catch {
    // No QR package installed: the link text below is what the primary needs.
  }
}

const register: Command = {
  summary: 'register a phone number: ask the relay to send a verification code',
  usage: `Usage: deftalk register --relay URL --phone +E164 [--store DIR] [--json]

Creates the key store (or reuses an unfinished one), generates the account
identity key and this device's key, and asks the relay to send a six-digit
verification code to the number. Finish with 'deftalk verify --code NNNNNN'.

${COMMON_USAGE}`,
  run: (argv) =>
    run(argv, { relay: { type: 'string' }, phone: { type: 'string' } }, async (v, _p, out) => {
      if (typeof v.phone !== 'string') throw new UsageError('--phone +E164 is required');
      const client = await openOrCreate(storeOf(v), v.relay as string | undefined);
      const sent = await client.requestCode(v.phone);
      const masked = maskPhoneNumber(v.phone);
      out.result(
        `Verification code sent to ${masked}; it is valid for ${Math.round(sent.expiresInMs / 60000)} minutes.\nNext: deftalk verify --code NNNNNN`,
        { codeSent: true, expiresInMs: sent.expiresInMs, resendAfterMs: sent.resendAfterMs },
      );
    }),
};

const verify: Command = {
  summary: 'finish registration with the verification code (and an optional registration lock PIN)',
  usage: `Usage: deftalk verify --code NNNNNN [--pin PIN] [--store DIR] [--json]

Registers the number with the code the relay sent, signs this device in and
uploads its prekeys. With --pin, the PIN proves an existing registration
lock and keeps the number locked with it.

${COMMON_USAGE}`,
  run: (argv) =>
    run(argv, { code: { type: 'string' }, pin: { type: 'string' } }, async (v, _p, out) => {
      if (typeof v.code !== 'string' || !/^[0-9]{6}$/.test(v.code))
        throw new UsageError('--code takes six digits');
      const client = await openClient(storeOf(v));
      const a = await client.verify(v.code, v.pin === undefined ? {} : { pin: v.pin as string });
      out.result(`Registered: account ${a.accountId}, device ${a.deviceId}.`, {
        accountId: a.accountId,
        deviceId: a.deviceId,
        identityKey: Buffer.from(client.identityKey.bytes).toString('hex'),
      });
    }),
};

const linkDevice: Command = {
  summary: 'link this device to an account (new device), or approve a link (primary: --approve)',
  usage: `Usage: deftalk link-device --relay URL [--store DIR] [--json]
       deftalk link-device --approve LINK [--store DIR] [--json]

On the new device: creates a key store, shows a provisioning link (and a QR
code when a terminal QR package is installed) and waits until the primary
approves it, then joins the account and uploads prekeys.

On the primary device: --approve LINK sends the new device the account
identity, encrypted to the key in the link (spec/accounts.md §Linking).

${COMMON_USAGE}`,
  run: (argv) =>
    run(argv, { relay: { type: 'string' }, approve: { type: 'string' } }, async (v, _p, out) => {
      const store = storeOf(v);
      if (typeof v.approve === 'string') {
        const client = await openClient(store);
        await client.approveLink(v.approve);
        out.result('Approved: the new device is joining your account.', { approved: true });
        return;
      }
      const client = await openOrCreate(store, v.relay as string | undefined);
      const { text, expiresInMs } = await client.startLink();
      if (out.json) {
        process.stdout.write(`${JSON.stringify({ link: text, expiresInMs })}\n`);
      } else {
        await printQr(text);
        process.stdout.write(
          `On your primary device, run:\n  deftalk link-device --approve '${text}'\nWaiting for approval (${Math.round(expiresInMs / 60000)} minutes)...\n`,
        );
      }
      const a = await client.finishLink();
      out.result(`Linked: account ${a.accountId}, device ${a.deviceId}.`, {
        accountId: a.accountId,
        deviceId: a.deviceId,
      });
    }),
};

const devices: Command = {
  summary: "list this account's devices, or remove some (primary: --remove ID)",
  usage: `Usage: deftalk devices [--remove ID]... [--store DIR] [--json]

Lists the devices of the signed device list, verified under the account
identity key. On the primary device, --remove ID (repeatable) publishes a
new list without those devices; the relay locks them out at once.

${COMMON_USAGE}`,
  run: (argv) =>
    run(argv, { remove: { type: 'string', multiple: true } }, async (v, _p, out) => {
      const client = await openClient(storeOf(v));
      const remove = ((v.remove as string[] | undefined) ?? []).map((s) => {
        if (!/^[1-9][0-9]{0,9}$/.test(s)) throw new UsageError('--remove takes a device id');
        return Number(s) as DeviceId;
      });
      const list = remove.length > 0 ? await client.removeDevices(remove) : await client.devices();
      const text = list
        .map(
          (d) =>
            `  device ${d.deviceId}${d.current ? ' (this device)' : ''}  added ${new Date(d.addedAtMs).toISOString()}  key ${d.deviceKey.slice(0, 16)}…`,
        )
        .join('\n');
      out.result(`Devices of account ${client.address.accountId}:\n${text}`, {
        accountId: client.address.accountId,
        devices: list,
      });
    }),
};

const safetyNumberCommand: Command = {
  summary: 'show the safety number of your account and a contact, to compare out of band',
  usage: `Usage: deftalk safety-number <account-id | +E164> [--store DIR] [--json]

Prints the 60-digit safety number of your account and the contact's, as 12
groups of 5 digits, and the QR payload as hex. Both of you see the same
digits; compare them in person or on a call. A contact given by phone number
must be one this device knows; otherwise give the account id. If the
contact's identity key changed, the command refuses (IDENTITY_KEY_CHANGED).

${COMMON_USAGE}`,
  run: (argv) =>
    run(
      argv,
      {},
      async (v, positionals, out) => {
        if (positionals.length !== 1)
          throw new UsageError('give one contact: an account id or a phone number');
        const client = await openClient(storeOf(v));
        const peer = client.resolvePeer(positionals[0]!);
        const sn = await client.safetyNumber(peer);
        const groups = sn.display.split(' ');
        const rows = [0, 4, 8].map((i) => `  ${groups.slice(i, i + 4).join(' ')}`).join('\n');
        const qr = Buffer.from(sn.scannable).toString('hex');
        out.result(`Safety number with ${peer}:\n${rows}\nQR payload: ${qr}`, {
          accountId: peer,
          digits: sn.digits,
          display: sn.display,
          scannable: Buffer.from(sn.scannable).toString('base64'),
        });
      },
      true,
    ),
};

const whoami: Command = {
  summary: 'show this device: account id, device id, identity key',
  usage: `Usage: deftalk whoami [--store DIR] [--json]

Shows the account id (what a contact gives to 'deftalk safety-number'), this
device's id, the public identity key and the number, masked.

${COMMON_USAGE}`,
  run: (argv) =>
    run(argv, {}, async (v, _p, out) => {
      const client = await openClient(storeOf(v));
      const { accountId, deviceId } = client.address;
      const identityKey = Buffer.from(client.identityKey.bytes).toString('hex');
      const phone = client.phoneNumber ? maskPhoneNumber(client.phoneNumber) : undefined;
      out.result(
        `Account ${accountId}, device ${deviceId}${phone ? `, number ${phone}` : ''}\nIdentity key ${identityKey}`,
        { accountId, deviceId, identityKey, relay: client.relayUrl },
      );
    }),
};

/** The identity subcommands, for the table of main.ts. */
export const IDENTITY_COMMANDS: readonly [string, Command][] = [
  ['register', register],
  ['verify', verify],
  ['link-device', linkDevice],
  ['devices', devices],
  ['safety-number', safetyNumberCommand],
  ['whoami', whoami],
];

/** Parsed options of a client command. */
export type CommandValues = Record<string, string | boolean | undefined>;

/**
 * The shape of a client command: parse `argv` (plus `--store` and `--json`), open the key store,
 * run `body`, print its text or JSON; maps failures to an exit status. `store` in the values is the
 * resolved key-store directory.
 */
export async function runWithClient(
  argv: string[],
  options: NonNullable<ParseArgsConfig['options']>,
  body: (
    v: CommandValues,
    positionals: string[],
    client: DefTalkClient,
  ) => Promise<{ text: string; data: object }>,
): Promise<number> {
  const json = argv.includes('--json');
  try {
    let parsed: { values: CommandValues; positionals: string[] };
    try {
      parsed = parseArgs({
        args: argv,
        options: { store: { type: 'string' }, json: { type: 'boolean', default: false }, ...options },
        allowPositionals: true,
        strict: true,
      }) as { values: CommandValues; positionals: string[] };
    } catch (e) {
      throw new UsageError((e as Error).message);
    }
    const store = (parsed.values.store as string | undefined) ?? defaultStoreDir();
    if (!(await KeyStore.exists(store))) throw new DefTalkError('KEYSTORE_NOT_FOUND');
    const client = await DefTalkClient.open(store, await readPassphrase());
    try {
      const out = await body({ ...parsed.values, store }, parsed.positionals, client);
      process.stdout.write(json ? `${JSON.stringify(out.data)}\n` : `${out.text}\n`);
    } finally {
      client.close();
    }
    return 0;
  } catch (e) {
    return reportFailure(e, json);
  }
}
