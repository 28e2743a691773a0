/**
 * @module
 * Client-mode cases of spec/client.md §Client obligations for delivery.
 * Each case starts its own reference relay in-process (loopback, port 0,
 * test hooks, a temporary data directory) as the honest relay, and plays
 * the peer account with the reference client library; the client under
 * test is the driver, whose state lives in a store directory the case
 * names (spec/driver.md §Delivery operations), so the case can kill it with
 * SIGKILL and start it again on the same store (spec/conformance.md
 * §Restarting the driver). The relay's delivery store is wrapped so the
 * case sees, as events, every send the relay accepts and every
 * acknowledgement it acts on (an erase); one case also drops the first
 * acknowledgement, as a lost answer would.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { DefTalkClient } from '../../../reference/client/client.ts';
import { idFromKey, Messenger, type MessengerEvent } from '../../../reference/client/messaging/messenger.ts';
import { type Relay, type RelayParts, startRelay } from '../../../reference/relay/server.ts';
import { SqliteDeliveryStore } from '../../../reference/relay/storage/deliverySqlite.ts';
import type { AcceptItem, DeliveryStore, QueueDevice } from '../../../reference/relay/storage/queue.ts';
import { encodeContent } from '../../../reference/wire/content.ts';
import type { AccountId } from '../../../reference/wire/ids.ts';
import { type CaseContext, type ConformanceCase, check, type DriverLink, Unsupported } from '../../case.ts';
import { RelayClient, randomPhoneNumber } from '../../lib/relayClient.ts';
import { filesContaining, flushDelivery } from '../relay/deliveryPeer.ts';

const CAPABILITY = 'client.messages';
const PASS = 'conformance pass phrase';
/** The lowest scrypt cost the reference client accepts, for the harness's own stores. */
const FAST = { kdf: { log2N: 10, r: 8, p: 1 } };
const TIMEOUT_MS = 30_000;

/** One message as `messages.list` answers it (spec/driver.md §Delivery operations). */
interface ListedMessage {
  envelopeId: string;
  direction: 'in' | 'out';
  peer: string;
  text: string;
}

/** What the wrapped delivery store reports to the case. */
export interface StoreEvent {
  kind: 'accept' | 'erase';
  /** accept: the sender; erase: the device whose queue it is. */
  device: QueueDevice;
  items?: readonly AcceptItem[];
}

/** The relay the case started, with its store observed. */
export class ObservedRelay {
  readonly events: StoreEvent[] = [];
  readonly #waiters = new Set<() => void>();
  /** Devices (`account.device`) whose next acknowledgement is dropped, as if lost on the way. */
  readonly dropNextAck = new Set<string>();
  relay!: Relay;
  hooks!: RelayClient;
  dataDir!: string;

  notify(e: StoreEvent): void {
    this.events.push(e);
    for (const w of [...this.#waiters]) w();
  }

  /** Resolve once `pred` holds for the events seen since index `from`. */
  async waitFor(
    ctx: CaseContext,
    from: number,
    pred: (e: StoreEvent) => boolean,
    what: string,
  ): Promise<void> {
    while (!this.events.slice(from).some(pred)) {
      if (ctx.signal.aborted) throw new Error(`aborted while waiting for ${what}`);
      await new Promise<void>((resolve) => {
        const w = () => {
          this.#waiters.delete(w);
          resolve();
        };
        this.#waiters.add(w);
        ctx.signal.addEventListener('abort', w, { once: true });
      });
    }
  }

  wrap(inner: DeliveryStore): DeliveryStore {
    return new Proxy(inner, {
      get: (target, prop) => {
        if (prop === 'accept')
          return async (items: readonly AcceptItem[]) => {
            const out = await target.accept(items);
            for (const i of items) this.notify({ kind: 'accept', device: i.sender, items: [i] });
            return out;
          };
        if (prop === 'erase')
          return async (device: QueueDevice, positions: readonly number[]) => {
            const key = `${device.accountId}.${device.deviceId}`;
            if (this.dropNextAck.delete(key)) {
              this.notify({ kind: 'erase', device });
              return;
            }
            this.notify({ kind: 'erase', device });
            await target.erase(device, positions);
          };
        const value: unknown = Reflect.get(target, prop, target);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  }
}

/** A peer device the harness plays with the reference library. */
export interface Peer {
  client: DefTalkClient;
  m: Messenger;
  events: MessengerEvent[];
  accountId: AccountId;
}

/** Everything a delivery case sets up; `close` undoes it. */
export interface Scene {
  relay: ObservedRelay;
  store: string;
  client: { accountId: AccountId; deviceId: number };
  peer: Peer;
  open(driver: DriverLink): Promise<void>;
  newDir(prefix: string): Promise<string>;
  openPeer(client: DefTalkClient, dir: string): Promise<Peer>;
}

/** The first event of `p` (seen or to come) that `pred` accepts. */
export function waitEvent(
  ctx: CaseContext,
  p: Peer,
  pred: (e: MessengerEvent) => boolean,
  what: string,
): Promise<MessengerEvent> {
  const seen = p.events.find(pred);
  if (seen) return Promise.resolve(seen);
  return new Promise((resolve, reject) => {
    const off = p.m.onEvent((e) => {
      if (pred(e)) {
        off();
        resolve(e);
      }
    });
    ctx.signal.addEventListener('abort', () => reject(new Error(`aborted while waiting for ${what}`)), {
      once: true,
    });
  });
}

const isText = (body: string) => (e: MessengerEvent) => e.type === 'message' && e.message.body === body;

async function list(driver: DriverLink): Promise<ListedMessage[]> {
  const r = await driver.call<{ messages: ListedMessage[] }>('messages.list');
  check(Array.isArray(r?.messages), 'messages.list answers a messages array', 'array', r);
  return r.messages;
}

/** A random text the case can recognise. */
function randomText(ctx: CaseContext, label: string): string {
  return `${label} ${Math.floor(ctx.random() * 2 ** 48).toString(36)}`;
}

/**
 * Start the relay, register the driver's account through the driver and a
 * peer account with the reference library, run `body`, then tear down.
 * `decorate` is passed to the relay as its {@link RelayParts} hook, for
 * cases that watch an operation (the location cases record every send).
 */
export async function withScene(
  ctx: CaseContext,
  body: (s: Scene) => Promise<void>,
  decorate?: RelayParts['decorate'],
): Promise<void> {
  check(ctx.driver, 'client mode needs a driver');
  if (!ctx.restartDriver) throw new Unsupported('the runner cannot restart the driver');
  const dirs: string[] = [];
  const newDir = async (prefix: string) => {
    const d = await mkdtemp(join(tmpdir(), `deftalk-case-${prefix}-`));
    dirs.push(d);
    return d;
  };
  const peers: Peer[] = [];
  const observed = new ObservedRelay();
  observed.dataDir = await newDir('relay');
  try {
    observed.relay = await startRelay(
      {
        host: '127.0.0.1',
        port: 0,
        dataDir: observed.dataDir,
        testHooks: true,
        logLevel: 'silent',
        pinScryptLog2N: 10,
      },
      new Writable({ write: (_c, _e, cb) => cb() }),
      {
        stores: {
          delivery: (db, clock, opts) => observed.wrap(new SqliteDeliveryStore(db, clock, opts)),
        },
        decorate,
      },
    );
    observed.hooks = new RelayClient(observed.relay.url, ctx.signal);
    ctx.log(`relay started at ${observed.relay.url}`);

    const store = join(await newDir('client'), 'store');
    const phone = randomPhoneNumber(ctx.random);
    const driver = ctx.driver;
    await driver.call('messages.open', { relay: observed.relay.url, store, passphrase: PASS });
    await driver.call('messages.register', { phoneNumber: phone });
    const registered = await driver.call<{ accountId: AccountId; deviceId: number }>('messages.verify', {
      code: await observed.hooks.verificationCode(phone),
    });
    check(typeof registered?.accountId === 'string', 'messages.verify answers the account id');

    const openPeer = async (client: DefTalkClient, dir: string): Promise<Peer> => {
      const m = await Messenger.open(client, dir, PASS, FAST);
      const peer: Peer = { client, m, events: [], accountId: client.address.accountId };
      m.onEvent((e) => peer.events.push(e));
      peers.push(peer);
      return peer;
    };
    const peerDir = join(await newDir('peer'), 'store');
    const peerClient = await DefTalkClient.create(peerDir, PASS, observed.relay.url, FAST);
    const peerPhone = randomPhoneNumber(ctx.random);
    await peerClient.requestCode(peerPhone);
    await peerClient.verify(await observed.hooks.verificationCode(peerPhone));
    const peer = await openPeer(peerClient, peerDir);

    await body({
      relay: observed,
      store,
      client: registered,
      peer,
      newDir,
      openPeer,
      open: async (d) => {
        await d.call('messages.open', { relay: observed.relay.url, store, passphrase: PASS });
      },
    });
  } finally {
    for (const p of peers) await p.m.close().catch(() => undefined);
    // The driver may still hold a socket to the relay; the runner closes it after the case.
    await observed.relay?.close().catch(() => undefined);
    for (const d of dirs) await rm(d, { recursive: true, force: true });
  }
}

const isClientQueue = (s: Scene) => (e: StoreEvent) =>
  e.kind === 'erase' && e.device.accountId === s.client.accountId && e.device.deviceId === s.client.deviceId;

/** The client-mode delivery cases. */
export const CLIENT_DELIVERY_CASES: readonly ConformanceCase[] = [
  {
    id: 'client-delivery/ack-after-persist',
    title: 'a client killed with SIGKILL right after acknowledging a message still has it when restarted',
    mode: 'client',
    requirements: ['REQ-CLIENT-008'],
    capability: CAPABILITY,
    timeoutMs: TIMEOUT_MS,
    run: (ctx) =>
      withScene(ctx, async (s) => {
        await ctx.driver!.call('messages.connect');
        const body = randomText(ctx, 'persist me');
        const from = s.relay.events.length;
        const sent = await s.peer.m.sendText(s.client.accountId, body);
        ctx.log(`peer sent ${sent.id}`);
        // The relay acts on the client's acknowledgement: kill the client at once.
        await s.relay.waitFor(ctx, from, isClientQueue(s), 'the client to acknowledge the message');
        ctx.log('the relay received the acknowledgement; killing the driver with SIGKILL');
        const driver = await ctx.restartDriver!({ signal: 'SIGKILL' });
        await s.open(driver);
        const messages = await list(driver);
        const found = messages.filter((m) => m.envelopeId === sent.id);
        check(
          found.length === 1 && found[0]!.text === body && found[0]!.direction === 'in',
          'the acknowledged message is in the restarted client (stored before the ack)',
          { envelopeId: sent.id, text: body },
          messages,
        );
      }),
  },
  {
    id: 'client-delivery/redelivery-shown-once',
    title: 'an envelope redelivered after its acknowledgement was lost is shown once',
    mode: 'client',
    requirements: ['REQ-CLIENT-009'],
    capability: CAPABILITY,
    timeoutMs: TIMEOUT_MS,
    run: (ctx) =>
      withScene(ctx, async (s) => {
        const driver = ctx.driver!;
        s.relay.dropNextAck.add(`${s.client.accountId}.${s.client.deviceId}`);
        await driver.call('messages.connect');
        const body = randomText(ctx, 'once');
        let from = s.relay.events.length;
        const sent = await s.peer.m.sendText(s.client.accountId, body);
        await s.relay.waitFor(ctx, from, isClientQueue(s), 'the first acknowledgement (dropped)');
        ctx.log('first acknowledgement dropped by the relay; reconnecting the client');
        await driver.call('messages.disconnect');
        from = s.relay.events.length;
        await driver.call('messages.connect');
        await s.relay.waitFor(ctx, from, isClientQueue(s), 'the acknowledgement of the redelivery');
        // And across a restart: the redelivered id is still known.
        const restarted = await ctx.restartDriver!({ signal: 'SIGKILL' });
        await s.open(restarted);
        const found = (await list(restarted)).filter((m) => m.envelopeId === sent.id);
        check(found.length === 1, 'the redelivered message is shown exactly once', 1, found.length);
        check(found[0]!.text === body, 'with its text', body, found[0]!.text);
      }),
  },
  {
    id: 'client-delivery/sync-transcript',
    title: "a sent message reaches the sender's own other device as a sync transcript",
    mode: 'client',
    requirements: ['REQ-CLIENT-010'],
    capability: CAPABILITY,
    timeoutMs: TIMEOUT_MS,
    run: (ctx) =>
      withScene(ctx, async (s) => {
        const driver = ctx.driver!;
        const dir = join(await s.newDir('linked'), 'store');
        const linkedClient = await DefTalkClient.create(dir, PASS, s.relay.relay.url, FAST);
        const { text: link } = await linkedClient.startLink();
        const done = linkedClient.finishLink({ pollMs: 20 });
        await driver.call('messages.approveLink', { link });
        await done;
        const linked = await s.openPeer(linkedClient, dir);
        check(linked.accountId === s.client.accountId, 'the harness device joined the client account');
        await linked.m.connect();
        const body = randomText(ctx, 'synced');
        await driver.call('messages.send', { to: s.peer.accountId, text: body });
        const e = await waitEvent(ctx, linked, isText(body), 'the sync transcript');
        check(e.type === 'message' && e.message.direction === 'out', 'the own device sees it as sent');
        check(
          e.type === 'message' && e.message.peer === s.peer.accountId,
          'addressed to the peer',
          s.peer.accountId,
          e.type === 'message' ? e.message.peer : undefined,
        );
      }),
  },
  {
    id: 'client-delivery/receipts-encrypted',
    title:
      'delivered and read receipts are end-to-end encrypted envelopes: no receipt plaintext at the relay',
    mode: 'client',
    requirements: ['REQ-CLIENT-011'],
    capability: CAPABILITY,
    timeoutMs: TIMEOUT_MS,
    run: (ctx) =>
      withScene(ctx, async (s) => {
        const driver = ctx.driver!;
        await driver.call('messages.connect');
        const body = randomText(ctx, 'receipt me');
        const sent = await s.peer.m.sendText(s.client.accountId, body);
        const fromClient = (e: StoreEvent) =>
          e.kind === 'accept' && e.device.accountId === s.client.accountId;
        await s.relay.waitFor(ctx, 0, isClientQueue(s), 'the client to receive the message');
        await driver.call('messages.read', { from: s.peer.accountId });
        await s.relay.waitFor(
          ctx,
          0,
          (e) => s.relay.events.filter(fromClient).length >= 2 && fromClient(e),
          'the delivered and the read receipt to be accepted',
        );
        await flushDelivery(s.relay.hooks);
        const envelopes = [idFromKey(sent.id)];
        for (const type of ['delivered', 'read'] as const) {
          const plain = encodeContent({ kind: 'receipt', type, envelopes });
          const files = await filesContaining(s.relay.hooks, plain);
          check(files.length === 0, `no ${type} receipt plaintext in the relay's storage`, [], files);
          const accepted = s.relay.events
            .filter(fromClient)
            .flatMap((e) => e.items ?? [])
            .flatMap((i) => i.copies)
            .filter((c) => Buffer.from(c.envelope).indexOf(Buffer.from(plain)) >= 0);
          check(
            accepted.length === 0,
            `no ${type} receipt plaintext in what the client sent`,
            0,
            accepted.length,
          );
        }
        await s.peer.m.connect();
        for (const type of ['delivered', 'read'] as const) {
          await waitEvent(
            ctx,
            s.peer,
            (e) => e.type === 'receipt' && e.receipt === type && e.ids.includes(sent.id),
            `the ${type} receipt at the peer`,
          );
        }
      }),
  },
  {
    id: 'client-delivery/typing-transient',
    title: 'typing indicators travel in the transient class: never stored, seen only while connected',
    mode: 'client',
    requirements: ['REQ-CLIENT-012'],
    capability: CAPABILITY,
    timeoutMs: TIMEOUT_MS,
    run: (ctx) =>
      withScene(ctx, async (s) => {
        const driver = ctx.driver!;
        const fromClient = (e: StoreEvent) =>
          e.kind === 'accept' && e.device.accountId === s.client.accountId;
        // Peer offline: the indicator reaches nobody and is not stored.
        let before = s.relay.events.filter(fromClient).length;
        await driver.call('messages.typing', { to: s.peer.accountId });
        check(
          s.relay.events.filter(fromClient).length === before,
          'a typing indicator to an offline peer is not stored',
          before,
          s.relay.events.filter(fromClient).length,
        );
        // A text after it: the peer, once online, gets the text and no typing queued before it.
        const body = randomText(ctx, 'after typing');
        await driver.call('messages.send', { to: s.peer.accountId, text: body });
        await s.peer.m.connect();
        await waitEvent(ctx, s.peer, isText(body), 'the text');
        check(
          !s.peer.events.some((e) => e.type === 'typing'),
          'no typing indicator reached the peer that was offline when it was sent',
        );
        // Peer online: it gets the indicator, and the store still sees none.
        before = s.relay.events.filter(fromClient).length;
        await driver.call('messages.typing', { to: s.peer.accountId });
        await waitEvent(ctx, s.peer, (e) => e.type === 'typing' && e.from === s.client.accountId, 'typing');
        await flushDelivery(s.relay.hooks);
        check(
          s.relay.events.slice(0).filter(fromClient).length === before,
          'a typing indicator to an online peer is not stored either',
          before,
          s.relay.events.filter(fromClient).length,
        );
      }),
  },
];
