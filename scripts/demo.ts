/**
 * @module
 * `npm run demo` (issue 4, item 11): store-and-forward that erases on
 * receipt, shown end to end on one machine. It starts a relay in this
 * process (loopback, port 0, a temporary data directory, the test hooks
 * of spec/test-hooks.md on), registers Alice with two devices and Bob with
 * one through the reference client library, and walks through an exchange
 * while Bob is offline: what the relay holds at each step (per-device queue
 * depths and ciphertext sizes read from a copy of its storage files, as an
 * attacker who copied the disk would), the receipts ✓ and ✓✓, and at the end
 * a byte scan of every storage file for every ciphertext the relay ever
 * carried. Exits 1 if any of them is still there.
 *
 * The relay only ever sees the recipient device, sizes and timing; the demo
 * prints phone numbers masked, as the CLI does (spec/client.md §Output).
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Writable } from 'node:stream';
import Database from 'better-sqlite3';
import { RelayClient } from '../conformance/lib/relayClient.ts';
import { DefTalkClient, maskPhoneNumber } from '../reference/client/index.ts';
import { Messenger, type MessengerEvent } from '../reference/client/messaging/index.ts';
import { type Relay, startRelay } from '../reference/relay/server.ts';
import { decodeEnvelope } from '../reference/wire/envelope.ts';
import type { StorageFile } from '../reference/wire/testHooks.ts';

/**
 * Demo-only key store cost: scrypt with N = 2^12 instead of the default, so
 * the demo's five stores open in well under a second. Never use in real life.
 */
const DEMO_KDF = { kdf: { log2N: 12, r: 8, p: 1 } };
const PASS = 'demo pass phrase';
const ALICE_PHONE = '+4915123456701';
const BOB_PHONE = '+4915123456702';

const out = (line = ''): void => {
  process.stdout.write(`${line}\n`);
};
let stepNo = 0;
const step = (title: string, why: string): void => {
  stepNo++;
  out();
  out(`${stepNo}. ${title}`);
  for (const l of why.split('\n')) out(`   ${l}`);
};
const note = (line: string): void => out(`   · ${line}`);

/** A sent message as a chat shows it: ✓ delivered, ✓✓ read. */
const shown = (m: { body: string; status?: string }): string =>
  `"${m.body}" ${m.status === 'read' ? '✓✓ read' : m.status === 'delivered' ? '✓ delivered' : (m.status ?? '')}`;

/** One device of a demo user. */
interface Device {
  readonly label: string;
  readonly client: DefTalkClient;
  readonly m: Messenger;
  readonly events: MessengerEvent[];
}

/** Every ciphertext the relay carried to a device or held in a queue, by hex, so each counts once. */
const carried = new Map<string, Uint8Array>();
const remember = (c: Uint8Array): void => {
  if (c.length > 0) carried.set(Buffer.from(c).toString('hex'), c);
};

function waitFor(d: Device, pred: (e: MessengerEvent) => boolean): Promise<MessengerEvent> {
  const seen = d.events.find(pred);
  if (seen) return Promise.resolve(seen);
  return new Promise((resolve) => {
    const off = d.m.onEvent((e) => {
      if (pred(e)) {
        off();
        resolve(e);
      }
    });
  });
}

/** Open the messenger of `client` and record, on the peer side, every envelope pushed to it. */
async function device(label: string, client: DefTalkClient, dir: string): Promise<Device> {
  const m = await Messenger.open(client, dir, PASS, DEMO_KDF);
  const events: MessengerEvent[] = [];
  m.onEvent((e) => events.push(e));
  const conn = client.relay;
  const open = conn.openSocket.bind(conn);
  conn.openSocket = (opts = {}) =>
    open({
      ...opts,
      onRequest: async (req) => {
        try {
          remember(decodeEnvelope(req.body).ciphertext);
        } catch {
          // Not an envelope push: nothing to remember; the messenger answers it.
        }
        return opts.onRequest ? opts.onRequest(req) : { status: 404 };
      },
    });
  return { label, client, m, events };
}

interface QueueRow {
  account: Buffer;
  device: number;
  n: number;
  bytes: number;
}

/**
 * What the relay's storage holds, read from the storage dump the way an
 * attacker with a copy of the disk would: the dumped files are written to a
 * scratch directory and opened with SQLite. Every queued envelope's
 * ciphertext is remembered for the final scan.
 */
function readQueues(files: StorageFile[], scratch: string): QueueRow[] {
  rmSync(scratch, { recursive: true, force: true });
  mkdirSync(scratch, { recursive: true });
  for (const f of files) {
    const path = join(scratch, f.name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, f.content);
  }
  const dbFile = files.map((f) => f.name).find((n) => n.endsWith('.db') || n.endsWith('.sqlite'));
  if (!dbFile) return [];
  const copy = join(scratch, dbFile);
  // A second copy so that opening it (which may replay the WAL) never touches the first.
  copyFileSync(copy, `${copy}.open`);
  for (const ext of ['-wal', '-shm'])
    if (files.some((f) => f.name === `${dbFile}${ext}`)) copyFileSync(`${copy}${ext}`, `${copy}.open${ext}`);
  const db = new Database(`${copy}.open`);
  try {
    for (const r of db.prepare('SELECT envelope FROM delivery_envelopes').all() as { envelope: Buffer }[])
      remember(decodeEnvelope(new Uint8Array(r.envelope)).ciphertext);
    return db
      .prepare(
        `SELECT d.account_id AS account, d.device_id AS device, COUNT(e.position) AS n,
                COALESCE(SUM(LENGTH(e.envelope)), 0) AS bytes
           FROM delivery_devices d LEFT JOIN delivery_envelopes e ON e.queue = d.queue
          GROUP BY d.queue ORDER BY d.queue`,
      )
      .all() as QueueRow[];
  } finally {
    db.close();
  }
}

async function main(): Promise<number> {
  const root = mkdtempSync(join(tmpdir(), 'deftalk-demo-'));
  let relay: Relay | undefined;
  const devices: Device[] = [];
  try {
    out('DefTalk demo: store-and-forward that erases on receipt (spec/delivery.md)');
    out(
      'Demo only: key stores use fast scrypt (N = 2^12) and the relay runs with its test hooks on loopback.',
    );

    step(
      'Start a relay',
      'In this process, on 127.0.0.1 with a fresh SQLite data directory and the test hooks\n' +
        '(storage dump, delivery flush, counts) that let us look at everything it stores.',
    );
    relay = await startRelay(
      {
        host: '127.0.0.1',
        port: 0,
        dataDir: join(root, 'relay'),
        testHooks: true,
        logLevel: 'silent',
        pinScryptLog2N: 10,
      },
      new Writable({ write: (_c, _e, cb) => cb() }),
    );
    const r = relay;
    const hooks = new RelayClient(r.url);
    note(`relay listening on ${r.url}`);

    const names = new Map<string, string>();
    const register = async (label: string, phone: string): Promise<Device> => {
      const dir = join(root, label.replace(/\W+/g, '-'));
      const c = await DefTalkClient.create(dir, PASS, r.url, DEMO_KDF);
      await c.requestCode(phone);
      await c.verify(await hooks.verificationCode(phone));
      const d = await device(label, c, dir);
      devices.push(d);
      return d;
    };

    step(
      'Register Alice and Bob',
      'Each proves a phone number with a code (read here through the test hook instead of SMS).\n' +
        'The relay keeps an account id and public keys; the number itself is only shown masked.',
    );
    const alice = await register('alice-phone', ALICE_PHONE);
    const bob = await register('bob-phone', BOB_PHONE);
    const aliceId = alice.client.address.accountId;
    const bobId = bob.client.address.accountId;
    names.set(aliceId, 'Alice');
    names.set(bobId, 'Bob');
    note(`Alice ${maskPhoneNumber(ALICE_PHONE)} → account ${aliceId.slice(0, 12)}…, device 1`);
    note(`Bob   ${maskPhoneNumber(BOB_PHONE)} → account ${bobId.slice(0, 12)}…, device 1`);

    step(
      "Link Alice's laptop as her second device",
      'The new device shows a link; her phone approves it and signs the new device list.',
    );
    const laptopDir = join(root, 'alice-laptop');
    const lc = await DefTalkClient.create(laptopDir, PASS, r.url, DEMO_KDF);
    const { text } = await lc.startLink();
    const linkDone = lc.finishLink({ pollMs: 20 });
    await alice.client.approveLink(text);
    await linkDone;
    const laptop = await device('alice-laptop', lc, laptopDir);
    devices.push(laptop);
    note(`Alice's devices: ${(await alice.client.devices()).map((d) => d.deviceId).join(', ')}`);

    const who = (account: Buffer, dev: number): string => {
      const id = account.toString('hex');
      return `${names.get(id) ?? `${id.slice(0, 8)}…`} device ${dev}`;
    };
    let snapshot = 0;
    const showStorage = async (): Promise<{ queued: number; bytes: number; files: number }> => {
      await hooks.ok('flush', 'POST', '/test-hooks/v1/delivery/flush');
      const counts = (await (await fetch(new URL('/test-hooks/v1/delivery/counts', r.url))).json()) as {
        queued: number;
        stored: number;
        erased: number;
      };
      const files = await hooks.storageDump();
      const rows = readQueues(files, join(root, `dump-${++snapshot}`));
      let bytes = 0;
      for (const row of rows) {
        bytes += row.bytes;
        note(
          `queue of ${who(row.account, row.device).padEnd(16)} ${row.n} envelope(s), ${row.bytes} bytes stored`,
        );
      }
      note(
        `counts hook: ${counts.queued} queued now, ${counts.stored} stored and ${counts.erased} erased so far; ` +
          `${bytes} bytes of queued envelopes in ${files.length} storage files`,
      );
      return { queued: counts.queued, bytes, files: files.length };
    };

    step(
      'Alice sends Bob two messages while Bob is offline',
      "Her phone encrypts each message once for Bob's device and once for her own laptop\n" +
        '(a sync transcript), and hands the ciphertexts to the relay.',
    );
    for (const body of ['Lunch at noon?', 'I will bring the draft.']) {
      const s = await alice.m.sendText(bobId, body);
      note(`sent "${body}" as ${s.id.split('/').slice(1).join('/')} (${s.status})`);
    }

    step(
      'What the relay holds now',
      'Queued ciphertext per recipient device: the relay sees sizes, times and the recipient device,\n' +
        'never the content (it has no key). Bob and the laptop are offline, so everything waits.',
    );
    const held = await showStorage();
    if (held.queued === 0) throw new Error('expected queued envelopes while Bob is offline');

    step(
      'Bob comes online',
      'The relay pushes his envelopes; his device decrypts each, stores it, then acknowledges it,\n' +
        'and the relay erases it at once. He answers with an (encrypted) ✓ delivered receipt.',
    );
    await bob.m.connect();
    for (const body of ['Lunch at noon?', 'I will bring the draft.']) {
      const e = await waitFor(bob, (x) => x.type === 'message' && x.message.body === body);
      if (e.type === 'message') note(`Bob reads from ${names.get(e.message.peer)}: "${e.message.body}"`);
    }
    await waitFor(bob, (x) => x.type === 'acked' && x.id.endsWith('/1/2'));
    await bob.m.sendPendingReceipts();

    step(
      'What the relay holds for Bob after his acks',
      "After a delivery flush (every erasure done, WAL included): Bob's queue is empty. What waits\n" +
        "now is for Alice's devices: the sync transcripts and Bob's receipts.",
    );
    await showStorage();

    step(
      "Alice's phone and laptop come online",
      'The laptop learns from the sync transcripts what the phone sent; both get ✓ delivered.',
    );
    await alice.m.connect();
    await laptop.m.connect();
    for (const d of [alice, laptop]) {
      await waitFor(d, (e) => e.type === 'receipt' && e.receipt === 'delivered' && e.ids.length > 0);
    }
    for (const m of laptop.m.messages.filter((x) => x.direction === 'out'))
      note(`laptop learned from a sync transcript: sent to ${names.get(m.peer)} "${m.body}"`);
    for (const d of [alice, laptop]) note(`${d.label}: ${d.m.messages.map(shown).join(', ')}`);

    step(
      'Bob reads the messages',
      "His device sends an encrypted read receipt; Alice's devices change ✓ delivered to ✓✓ read.",
    );
    await bob.m.markRead(aliceId);
    for (const d of [alice, laptop]) {
      await waitFor(
        d,
        (e) => e.type === 'receipt' && e.receipt === 'read' && d.m.messages.every((m) => m.status === 'read'),
      );
      note(`${d.label}: ${d.m.messages.map(shown).join(', ')}`);
    }

    step(
      'Bob types a reply: the typing indicator is transient',
      'It is pushed to connected devices only and never written to storage.',
    );
    const typing = await bob.m.sendTyping(aliceId, true);
    note(`typing indicator reached ${typing.deliveredTo} connected device(s) of Alice`);
    for (const d of [alice, laptop]) await waitFor(d, (e) => e.type === 'typing' && e.started);

    for (const d of devices) await d.m.disconnect();

    step('Everyone is done: what the relay holds afterwards', 'Every envelope was acknowledged.');
    const after = await showStorage();

    step(
      'Byte scan',
      'Every storage file (database, WAL, shared memory) is searched for every ciphertext the relay\n' +
        'carried: those pushed to a device and those seen queued in the dumps above.',
    );
    const files = await hooks.storageDump();
    let found = 0;
    for (const c of carried.values()) {
      const needle = Buffer.from(c);
      if (files.some((f) => Buffer.from(f.content).includes(needle))) found++;
    }
    note(`storage files: ${files.map((f) => `${f.name} (${f.content.length} B)`).join(', ')}`);
    out();
    out(
      `relay holds nothing: ${found} of ${carried.size} ciphertexts found in ${files.length} storage files`,
    );
    if (found > 0 || after.queued > 0 || carried.size === 0) {
      out('FAILED: the relay still holds ciphertext it was told to erase');
      return 1;
    }
    return 0;
  } finally {
    for (const d of devices) {
      await d.m.close().catch(() => undefined);
      d.client.close();
    }
    if (relay) await relay.close();
    rmSync(root, { recursive: true, force: true });
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`demo failed: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  },
);
