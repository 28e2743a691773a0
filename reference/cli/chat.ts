/**
 * @module
 * `deftalk chat <contact>` (spec/delivery.md; spec/client.md §Client
 * obligations for delivery): an interactive conversation with one contact.
 * Typed lines are sent; what the relay pushes is stored, acknowledged and
 * printed with its sender; incoming texts of the contact are marked read
 * once shown (policy clause 6.2), and the receipts that come back are
 * printed against the sent line as ✓ delivered and ✓✓ read. On a terminal a
 * typing indicator goes out in the transient class while a line is being
 * typed. Works line by line on pipes too, so it can be driven by a test.
 * No secret and no full phone number is printed (REQ-CLIENT-007).
 */
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import type { MessengerEvent } from '../client/messaging/index.ts';
import type { AccountId } from '../wire/ids.ts';
import { defaultStoreDir } from './identity.ts';
import type { Command } from './main.ts';
import { fail, openMessenger, resolveContact } from './send.ts';

/** How long one typing indicator stands before another is sent for the same line. */
const TYPING_REPEAT_MS = 5000;

const clock = (ms: number): string => new Date(ms).toISOString().slice(11, 19);

/** Run a chat with `contact`; resolves with the exit status. */
async function chat(argv: string[]): Promise<number> {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: argv,
      options: { store: { type: 'string' }, account: { type: 'string' } },
      allowPositionals: true,
    });
  } catch (e) {
    process.stderr.write(`deftalk chat: ${(e as Error).message}\n`);
    return 2;
  }
  const [contact, ...extra] = parsed.positionals;
  if (!contact || extra.length > 0) {
    process.stderr.write('deftalk chat: give exactly one contact (account id or +E164)\n');
    return 2;
  }
  const store = (parsed.values.store as string | undefined) ?? defaultStoreDir();
  const { client, messenger } = await openMessenger(store);
  const peer: AccountId = await resolveContact(client, contact, parsed.values.account as string | undefined);
  const out = (line: string): void => {
    process.stdout.write(`${line}\n`);
  };
  /** The text of each line sent in this chat, by envelope id, for the receipt lines. */
  const sent = new Map<string, string>();

  const onEvent = (e: MessengerEvent): void => {
    switch (e.type) {
      case 'message': {
        const m = e.message;
        if (m.direction === 'in') {
          out(`[${clock(m.sentAtMs)}] ${m.peer}: ${m.body}`);
          // Shown, so read: the read receipt goes to the sender (and the own other devices).
          if (m.peer === peer)
            messenger.markRead(peer).catch(() => {
              // Unsent read receipts stay unsent; the message is still marked read locally.
            });
        } else {
          out(`[${clock(m.sentAtMs)}] me (device ${m.senderDevice}) → ${m.peer}: ${m.body}`);
          sent.set(m.id, m.body);
        }
        return;
      }
      case 'receipt':
        for (const id of e.ids) {
          const body = sent.get(id);
          const mark = e.receipt === 'read' ? '✓✓ read' : '✓ delivered';
          out(body === undefined ? `${mark}: ${id}` : `${mark}: "${body}" (${id})`);
        }
        return;
      case 'typing':
        if (e.from === peer) out(e.started ? `${e.from} is typing…` : `${e.from} stopped typing`);
        return;
      case 'undecryptable':
        out(`a message could not be decrypted (${e.id})`);
        return;
      default:
        return;
    }
  };
  messenger.onEvent(onEvent);

  try {
    await messenger.connect();
  } catch (e) {
    await messenger.close().catch(() => undefined);
    return fail(e, false);
  }
  out(`chat with ${peer}: type a line and press Enter to send, /quit to leave`);

  const input = process.stdin;
  let typingSince = 0;
  const onKeys = (): void => {
    const now = Date.now();
    if (now - typingSince < TYPING_REPEAT_MS) return;
    typingSince = now;
    // Transient: reaches only the contact's connected devices and is never stored.
    messenger.sendTyping(peer, true).catch(() => undefined);
  };
  // On pipes a whole line arrives at once, so an indicator would say nothing.
  if (input.isTTY) input.on('data', onKeys);

  const rl = createInterface({ input, terminal: false });
  let status = 0;
  const lines = (async () => {
    for await (const raw of rl) {
      const text = raw.trim();
      if (text === '/quit') break;
      if (text === '') continue;
      typingSince = 0;
      try {
        const r = await messenger.sendText(peer, text);
        sent.set(r.id, text);
        out(`me: ${text} (${r.status === 'pending' ? 'queued, relay unreachable' : r.id})`);
      } catch (e) {
        fail(e, false);
      }
    }
  })();
  const dropped = messenger.closed.then(() => 'dropped' as const);
  const ended = await Promise.race([lines.then(() => 'ended' as const), dropped]);
  if (ended === 'dropped') {
    process.stderr.write('deftalk chat: the connection to the relay closed\n');
    status = 1;
  }
  rl.close();
  input.off('data', onKeys);
  input.pause();
  await messenger.close();
  client.close();
  return status;
}

/** The `chat` subcommand, for the table of main.ts. */
export const CHAT_COMMAND: readonly [string, Command] = [
  'chat',
  {
    summary: 'chat with a contact interactively: send typed lines, see replies and ✓/✓✓ receipts',
    usage: `Usage: deftalk chat <account-id | +E164> [--account ID] [--store DIR]

Connects to the relay and stays connected. Every line typed is sent to the
contact (end-to-end encrypted, to all their devices and your own others);
messages pushed to this device are stored, acknowledged and printed with
their sender. Messages from the contact are marked read once printed, and
the receipts for your lines are printed as "✓ delivered" and "✓✓ read".
On a terminal the contact sees that you are typing (never stored by the
relay). Type /quit or end the input (Ctrl-D) to leave.

A contact given by phone number needs its account id once (--account ID).

Options:
  --store DIR   key store directory (env DEFTALK_STORE; default ~/.deftalk)
  -h, --help    show this text

The key store passphrase is read from DEFTALK_PASSPHRASE, or asked for
without echo when standard input is a terminal.
`,
    async run(argv) {
      try {
        return await chat(argv);
      } catch (e) {
        return fail(e, false);
      }
    },
  },
];
