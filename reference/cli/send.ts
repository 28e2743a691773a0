/**
 * @module
 * `deftalk send` and `deftalk receive` (spec/delivery.md; spec/client.md
 * §Client obligations for delivery): send one text, or drain what the relay
 * holds for this device, print it and exit. Human text by default, one JSON
 * object per line with `--json`. Contacts are printed by account id; no
 * secret and no full phone number is ever printed (REQ-CLIENT-007).
 */
import { parseArgs } from 'node:util';
import { DefTalkClient } from '../client/client.ts';
import { DEFAULT_KDF, KeyStore, MAX_LOG2N, MIN_LOG2N } from '../client/keyStore.ts';
import { Messenger, type MessengerEvent } from '../client/messaging/index.ts';
import { DefTalkError } from '../errors/index.ts';
import { parseAccountId } from '../wire/ids.ts';
import { defaultStoreDir, readPassphrase, reportFailure, UsageError } from './identity.ts';
import type { Command } from './main.ts';

/** Open client and messenger of the key store in `store`. */
export async function openMessenger(
  store: string,
  opts: { deliveredReceipts?: boolean } = {},
): Promise<{ client: DefTalkClient; messenger: Messenger }> {
  if (!(await KeyStore.exists(store))) throw new DefTalkError('KEYSTORE_NOT_FOUND');
  const passphrase = await readPassphrase();
  const client = await DefTalkClient.open(store, passphrase);
  const text = process.env.DEFTALK_SCRYPT_LOG2N;
  const log2N = text === undefined ? DEFAULT_KDF.log2N : Number(text);
  if (!Number.isInteger(log2N) || log2N < MIN_LOG2N || log2N > MAX_LOG2N)
    throw new UsageError(`DEFTALK_SCRYPT_LOG2N must be an integer ${MIN_LOG2N}..${MAX_LOG2N}`);
  const messenger = await Messenger.open(client, store, passphrase, {
    kdf: { ...DEFAULT_KDF, log2N },
    ...opts,
  });
  return { client, messenger };
}

/** Report a failure with the registered name only, never user data; the exit status. */
export function fail(e: unknown, json: boolean): number {
  return reportFailure(e, json);
}

/** Resolve a contact: an account id, or a phone number recorded (now, with `--account`, or before). */
export async function resolveContact(
  client: DefTalkClient,
  contact: string,
  account: string | undefined,
): Promise<ReturnType<typeof parseAccountId>> {
  if (account !== undefined && contact.startsWith('+'))
    await client.addContact(contact, parseAccountId(account));
  return client.resolvePeer(contact);
}

/** One line for a messenger event, or undefined when it is not shown. */
export function describe(e: MessengerEvent): { text: string; json: Record<string, unknown> } | undefined {
  switch (e.type) {
    case 'message': {
      const m = e.message;
      const to = m.group !== undefined ? `group ${m.group}` : m.peer;
      const who =
        m.direction === 'in'
          ? `${m.peer}${m.group !== undefined ? ` in group ${m.group}` : ''}`
          : `me (device ${m.senderDevice}) → ${to}`;
      return {
        text: `[${new Date(m.sentAtMs).toISOString()}] ${who}: ${m.body}`,
        json: { type: 'message', ...m },
      };
    }
    case 'receipt':
      return {
        text: `${e.receipt === 'read' ? '✓✓ read' : '✓ delivered'}: ${e.ids.join(', ')}`,
        json: { type: 'receipt', receipt: e.receipt, from: e.from, ids: e.ids },
      };
    case 'typing':
      return {
        text: `${e.from} ${e.started ? 'is typing…' : 'stopped typing'}`,
        json: { type: 'typing', from: e.from, started: e.started },
      };
    case 'location': {
      const l = e.location;
      const live = l.live ? ` (live until ${new Date(l.live.endsAtMs).toISOString()})` : '';
      return {
        text: `${l.from} is at ${l.position.latitude}, ${l.position.longitude}${live}`,
        json: { type: 'location', from: l.from, ...l.position, ...(l.live ?? {}) },
      };
    }
    case 'location-stop':
      return {
        text: `${e.from} stopped sharing their location`,
        json: { type: 'location-stop', from: e.from, shareId: e.shareId },
      };
    case 'undecryptable':
      return {
        text: `a message could not be decrypted (${e.id})`,
        json: { type: 'undecryptable', id: e.id },
      };
    default:
      return undefined;
  }
}

const COMMON = `Common options:
  --store DIR   key store directory (env DEFTALK_STORE; default ~/.deftalk)
  --json        print JSON lines instead of text (errors too)
  -h, --help    show this text

The key store passphrase is read from DEFTALK_PASSPHRASE, or asked for
without echo when standard input is a terminal.
`;

const send: Command = {
  summary: 'send a text to a contact (end-to-end encrypted, to all their devices and yours)',
  usage: `Usage: deftalk send <account-id | +E164> <text> [--account ID] [--store DIR] [--json]

Encrypts the text once per device of the contact and once per other device
of your own account, and hands it to the relay. A contact given by phone
number needs its account id once (--account ID), which is then remembered.
Prints the message's envelope id. A send the relay did not confirm stays in
the outbox and goes out with the next send or receive.

${COMMON}`,
  async run(argv) {
    const json = argv.includes('--json');
    try {
      let parsed: ReturnType<typeof parseArgs>;
      try {
        parsed = parseArgs({
          args: argv,
          options: { store: { type: 'string' }, json: { type: 'boolean' }, account: { type: 'string' } },
          allowPositionals: true,
        });
      } catch (e) {
        throw new UsageError((e as Error).message);
      }
      const [contact, ...words] = parsed.positionals;
      if (!contact || words.length === 0) throw new UsageError('give a contact and a text');
      const store = (parsed.values.store as string | undefined) ?? defaultStoreDir();
      const { client, messenger } = await openMessenger(store);
      const peer = await resolveContact(client, contact, parsed.values.account as string | undefined);
      const r = await messenger.sendText(peer, words.join(' '));
      await messenger.close();
      process.stdout.write(
        json
          ? `${JSON.stringify({ id: r.id, sequence: r.sequence, status: r.status, to: peer })}\n`
          : `${r.status === 'pending' ? 'queued (relay unreachable)' : 'sent'}: ${r.id} → ${peer}\n`,
      );
      return 0;
    } catch (e) {
      return fail(e, json);
    }
  },
};

const receive: Command = {
  summary: 'receive what the relay holds for this device, print it, and exit',
  usage: `Usage: deftalk receive [--count N] [--idle MS] [--read] [--store DIR] [--json]

Connects to the relay, stores and acknowledges every message it pushes,
prints each one, sends delivered receipts, and exits after N new messages
(--count) or when nothing arrived for MS milliseconds once connected
(--idle, default 2000). With --read, read receipts are sent for what was shown.

${COMMON}`,
  async run(argv) {
    const json = argv.includes('--json');
    try {
      let parsed: ReturnType<typeof parseArgs>;
      try {
        parsed = parseArgs({
          args: argv,
          options: {
            store: { type: 'string' },
            json: { type: 'boolean' },
            count: { type: 'string' },
            idle: { type: 'string' },
            read: { type: 'boolean' },
          },
        });
      } catch (e) {
        throw new UsageError((e as Error).message);
      }
      const count = parsed.values.count === undefined ? undefined : Number(parsed.values.count);
      const idle = Number(parsed.values.idle ?? 2000);
      if ((count !== undefined && !(Number.isInteger(count) && count > 0)) || !(idle > 0))
        throw new UsageError('--count and --idle take positive numbers');
      const store = (parsed.values.store as string | undefined) ?? defaultStoreDir();
      const { messenger } = await openMessenger(store);
      let seen = 0;
      const peers = new Set<string>();
      await new Promise<void>((resolve, reject) => {
        let timer: NodeJS.Timeout | undefined;
        let finished = false;
        const finish = (): void => {
          finished = true;
          clearTimeout(timer);
          resolve();
        };
        // Idle time counts while connected: a slow connect is not a quiet relay.
        const rearm = (): void => {
          clearTimeout(timer);
          if (!finished) timer = setTimeout(finish, idle);
        };
        messenger.onEvent((e) => {
          const line = describe(e);
          if (line) process.stdout.write(json ? `${JSON.stringify(line.json)}\n` : `${line.text}\n`);
          if (e.type === 'message') {
            if (e.message.direction === 'in') peers.add(e.message.peer);
            seen++;
            if (count !== undefined && seen >= count) return finish();
          }
          rearm();
        });
        messenger.connect().then(rearm, reject);
      });
      await messenger.disconnect();
      if (parsed.values.read) for (const p of peers) await messenger.markRead(parseAccountId(p));
      await messenger.close();
      return 0;
    } catch (e) {
      return fail(e, json);
    }
  },
};

/** The messaging subcommands, for the table of main.ts. */
export const MESSAGING_COMMANDS: readonly [string, Command][] = [
  ['send', send],
  ['receive', receive],
];
