/**
 * @module
 * Messaging for one device (spec/delivery.md; spec/client.md §Client
 * obligations for delivery): the outbox that encrypts a message once per
 * recipient device and once per own other device (a sync transcript),
 * numbers it, writes it to the message store before sending it and resends
 * it unchanged after a lost answer; the inbox that decrypts each pushed
 * envelope, stores it and only then acknowledges it, showing a redelivered
 * envelope once; delivered and read receipts as ordinary encrypted sends;
 * typing indicators in the transient class. All state changes run one at a
 * time, so the session state and the message store never interleave.
 *
 * @example
 * ```ts
 * const m = await Messenger.open(client, dir, passphrase);
 * m.onEvent((e) => e.type === 'message' && console.log(e.message.body));
 * await m.connect();
 * await m.sendText(bobAccountId, 'hi');
 * ```
 */
import { DefTalkError } from '../../errors/index.ts';
import {
  type Content,
  type DirectContent,
  decodeContent,
  encodeContent,
  isLocationContent,
  LOCATION_KINDS,
  type ReceiptType,
} from '../../wire/content.ts';
import {
  type DeliveryAddress,
  decodeSendBatchResult,
  encodeSendBatch,
  PUSH_REQUEST,
  SEND_PATH,
  type Send,
  type SendResult,
} from '../../wire/delivery.ts';
import { decodeEnvelope, type Envelope, type EnvelopeId, envelopeIdKey } from '../../wire/envelope.ts';
import type { GroupChange, GroupId, GroupState } from '../../wire/group.ts';
import { isGroupContent } from '../../wire/groupContent.ts';
import { type AccountId, type DeviceId, parseAccountId, parseDeviceId } from '../../wire/ids.ts';
import type { DefTalkClient } from '../client.ts';
import { type GroupEvent, GroupMessaging } from '../groups/groupMessaging.ts';
import { SENDER_KEY_MESSAGE_KIND } from '../groups/senderKey.ts';
import type { KdfParams } from '../keyStore.ts';
import { type LocationEvent, LocationInbox } from '../location.ts';
import { type RelaySocket, RelayUnreachable } from '../relayConnection.ts';
import { MessageStore, type OutboxEntry, type OutgoingStatus, type StoredMessage } from './messageStore.ts';

const b64 = (b: Uint8Array): string => Buffer.from(b).toString('base64');
const unb64 = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'base64'));

/** Rounds of correcting a refused batch (device lists, sequence) before giving up for now. */
export const MAX_SEND_ROUNDS = 4;

/** What the application is told. */
export type MessengerEvent =
  | { readonly type: 'message'; readonly message: StoredMessage }
  | {
      readonly type: 'receipt';
      readonly receipt: ReceiptType;
      readonly from: AccountId;
      readonly ids: readonly string[];
    }
  | {
      readonly type: 'typing';
      readonly from: AccountId;
      readonly device: DeviceId;
      readonly started: boolean;
    }
  | { readonly type: 'undecryptable'; readonly id: string }
  | { readonly type: 'acked'; readonly id: string }
  | LocationEvent;

/**
 * Content kinds the messenger never sends in the stored class: a stored
 * send of one fails with LOCATION_NOT_TRANSIENT before anything is
 * encrypted (spec/location.md §Delivery class, REQ-LOCATION-001).
 */
export const TRANSIENT_ONLY_KINDS: Set<string> = new Set(LOCATION_KINDS);

/** Options of {@link Messenger.open}. */
export interface MessengerOptions {
  /** scrypt parameters for a new message store (as for the key store). */
  kdf?: KdfParams;
  /** Send a delivered receipt for every text received; default true. */
  deliveredReceipts?: boolean;
  now?: () => number;
}

const STATUS_RANK: Record<OutgoingStatus, number> = {
  failed: -1,
  pending: 0,
  sent: 1,
  delivered: 2,
  read: 3,
};

function addressOf(key: string): DeliveryAddress {
  const dot = key.indexOf('.');
  return { accountId: parseAccountId(key.slice(0, dot)), deviceId: parseDeviceId(key.slice(dot + 1)) };
}

/** One device's messaging on top of its {@link DefTalkClient}. Never printed. */
export class Messenger {
  readonly #client: DefTalkClient;
  readonly #store: MessageStore;
  readonly #opts: MessengerOptions;
  readonly #listeners = new Set<(e: MessengerEvent) => void>();
  #lock: Promise<unknown> = Promise.resolve();
  #socket: RelaySocket | undefined;
  /** A {@link connect} still under way: {@link disconnect} aborts it and waits for it to settle. */
  #connecting: { readonly abort: AbortController; readonly done: Promise<void> } | undefined;
  readonly #pendingReceipts = new Map<AccountId, EnvelopeId[]>();
  #receiptsScheduled = false;
  readonly #locations: LocationInbox;
  readonly #groups: GroupMessaging;

  private constructor(client: DefTalkClient, store: MessageStore, opts: MessengerOptions) {
    this.#client = client;
    this.#store = store;
    this.#opts = opts;
    this.#locations = new LocationInbox(() => this.#now);
    this.#groups = new GroupMessaging({
      client,
      data: store.data,
      enqueue: (peer, content) => this.#enqueue(peer, content),
      flush: () => this.#flush(),
      outboxLength: () => this.#store.data.outbox.length,
      save: () => this.#store.save(),
      devicesOf: async (account) => {
        await this.#refreshDevices(account);
        return this.#store.data.devices[account] ?? [];
      },
      now: () => this.#now,
      idOf: (sequence) => this.#idOf(sequence),
    });
  }

  // ---- Groups (spec/groups.md; reference/client/groups/groupMessaging.ts) ----

  /** The groups this device knows, as last read from the relay. */
  get groups(): ReturnType<GroupMessaging['list']> {
    return this.#groups.list();
  }

  /** Create a group with `members`; their devices are told. */
  createGroup(members: readonly AccountId[]): Promise<GroupState> {
    return this.#exclusive(() => this.#groups.create(members));
  }

  /** Change a group's membership as its admin; members old and new are told, and a removal rotates the own key. */
  changeGroup(id: GroupId, change: Partial<Omit<GroupChange, 'version'>>): Promise<GroupState> {
    return this.#exclusive(() =>
      this.#groups.change(id, {
        add: [...(change.add ?? [])],
        remove: [...(change.remove ?? [])],
        promote: [...(change.promote ?? [])],
        demote: [...(change.demote ?? [])],
      }),
    );
  }

  /** Leave a group; its members are told. */
  leaveGroup(id: GroupId): Promise<void> {
    return this.#exclusive(() => this.#groups.leave(id));
  }

  /** Read a group from the relay into this device's view (rotating the own key when a member is gone). */
  refreshGroup(id: GroupId): Promise<void> {
    return this.#exclusive(async () => {
      await this.#groups.refresh(id);
      await this.#store.save();
    });
  }

  /** Send a text to a group under the own sender key (spec/groups.md §Fan-out). */
  sendGroupText(id: GroupId, body: string): Promise<{ id: string; sequence: number; copies: number }> {
    return this.#exclusive(() => this.#groups.sendText(id, body));
  }

  /** Open (or create) the message store next to the client's key store in `dir`. */
  static async open(
    client: DefTalkClient,
    dir: string,
    passphrase: string,
    opts: MessengerOptions = {},
  ): Promise<Messenger> {
    return new Messenger(client, await MessageStore.open(dir, passphrase, opts.kdf), opts);
  }

  get #now(): number {
    return (this.#opts.now ?? Date.now)();
  }

  /** Every message the application saw, oldest first (a copy). */
  get messages(): StoredMessage[] {
    return this.#store.data.messages.map((m) => ({ ...m }));
  }

  /** Sends written but not yet accepted by the relay. */
  get pendingSends(): number {
    return this.#store.data.outbox.length;
  }

  /** Listen to events; returns the function that stops listening. */
  onEvent(listener: (e: MessengerEvent) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #emit(e: MessengerEvent): void {
    for (const l of this.#listeners) l(e);
  }

  /** Run `fn` after every earlier state change has finished. */
  #exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.#lock.then(fn, fn);
    this.#lock = run.catch(() => undefined);
    return run;
  }

  // ---- Sending (spec/delivery.md §Sends, §Device sets, §Envelope ids) ----

  /**
   * Send a text to `peer`: written to the outbox with its sequence number
   * before anything goes to the relay; resolves with its envelope id and
   * whether the relay accepted it yet (a send the relay could not be asked
   * about stays in the outbox and goes out with the next {@link flush}).
   */
  sendText(peer: AccountId, body: string): Promise<{ id: string; sequence: number; status: OutgoingStatus }> {
    return this.#exclusive(async () => {
      const entry = await this.#enqueue(peer, { kind: 'text', body, sentAtMs: this.#now });
      await this.#flushQuietly();
      const id = this.#idOf(entry.sequence);
      const m = this.#store.data.messages.find((x) => x.id === id);
      return { id, sequence: entry.sequence, status: m?.status ?? 'sent' };
    });
  }

  /**
   * Send a read receipt to `peer` for every message of theirs not yet marked
   * read (policy clause 6.2); resolves with how many it covered.
   */
  markRead(peer: AccountId): Promise<number> {
    return this.#exclusive(async () => {
      const unread = this.#store.data.messages.filter(
        (m) => m.direction === 'in' && m.peer === peer && !m.read,
      );
      if (unread.length === 0) return 0;
      for (const m of unread) m.read = true;
      await this.#enqueue(peer, {
        kind: 'receipt',
        type: 'read',
        envelopes: unread.map((m) => idFromKey(m.id)),
      });
      await this.#flushQuietly();
      return unread.length;
    });
  }

  /**
   * Tell `peer`'s devices (and the own other devices) that the user started
   * or stopped typing, in the transient class (spec/delivery.md §Transient
   * envelopes): nothing is stored; resolves with how many devices got it.
   */
  sendTyping(peer: AccountId, started: boolean): Promise<{ deliveredTo: number }> {
    return this.sendTransient(peer, { kind: 'typing', started });
  }

  /**
   * Send `content` to `peer`'s devices (and the own other devices) in the
   * transient class: pushed to connected devices only, never stored by the
   * relay nor kept in the outbox; resolves with how many devices got it
   * and how many of them are `peer`'s (the rest are this account's own).
   */
  sendTransient(
    peer: AccountId,
    content: DirectContent,
  ): Promise<{ deliveredTo: number; peerDevices: number }> {
    return this.#exclusive(async () => {
      for (let round = 0; round < MAX_SEND_ROUNDS; round++) {
        await this.#ensureDevices(peer);
        const entry = this.#draft(peer, this.#store.data.nextSequence, content);
        await this.#seal(entry);
        if (Object.keys(entry.copies).length === 0) return { deliveredTo: 0, peerDevices: 0 };
        const [r] = await this.#post([{ ...this.#toSend(entry), transient: true }]);
        if (r?.kind === 'transient')
          return {
            deliveredTo: r.deliveredTo.length,
            peerDevices: r.deliveredTo.filter((d) => d.accountId === peer).length,
          };
        if (r?.kind === 'refused' && r.error.errorName === 'DEVICE_MISMATCH') {
          await this.#refreshFor(peer);
          continue;
        }
        throw r?.kind === 'refused' ? r.error : new DefTalkError('INTERNAL');
      }
      return { deliveredTo: 0, peerDevices: 0 };
    });
  }

  /** Send whatever the outbox holds (after a restart or a lost answer); resolves with what is left. */
  flush(): Promise<number> {
    return this.#exclusive(async () => {
      await this.#flush();
      return this.#store.data.outbox.length;
    });
  }

  #idOf(sequence: number): string {
    const me = this.#client.address;
    return envelopeIdKey({ senderAccount: me.accountId, senderDevice: me.deviceId, sequence });
  }

  #draft(peer: AccountId, sequence: number, content: DirectContent): OutboxEntry {
    return {
      sequence,
      destination: peer,
      content: b64(encodeContent(content)),
      sync: b64(encodeContent({ kind: 'sync', recipient: peer, content })),
      copies: {},
    };
  }

  /**
   * Send `content` in the stored class (queued by the relay for offline
   * devices) or, with `transient`, as {@link sendTransient}; a location in
   * the stored class fails with LOCATION_NOT_TRANSIENT.
   */
  sendContent(
    peer: AccountId,
    content: DirectContent,
    opts: { transient: boolean },
  ): Promise<{ deliveredTo: number } | { id: string; sequence: number }> {
    if (opts.transient) return this.sendTransient(peer, content);
    return this.#exclusive(async () => {
      const entry = await this.#enqueue(peer, content);
      await this.#flushQuietly();
      return { id: this.#idOf(entry.sequence), sequence: entry.sequence };
    });
  }

  /** Encrypt, number and store a send; the store is on disk before this resolves. */
  async #enqueue(peer: AccountId, content: DirectContent): Promise<OutboxEntry> {
    if (TRANSIENT_ONLY_KINDS.has(content.kind)) throw new DefTalkError('LOCATION_NOT_TRANSIENT');
    await this.#ensureDevices(peer);
    const data = this.#store.data;
    const entry = this.#draft(peer, data.nextSequence, content);
    await this.#seal(entry);
    data.nextSequence = entry.sequence + 1;
    if (Object.keys(entry.copies).length > 0) data.outbox.push(entry);
    if (content.kind === 'text') {
      const me = this.#client.address;
      data.messages.push({
        id: this.#idOf(entry.sequence),
        direction: 'out',
        peer,
        senderDevice: me.deviceId,
        body: content.body,
        sentAtMs: content.sentAtMs,
        storedAtMs: this.#now,
        status: Object.keys(entry.copies).length > 0 ? 'pending' : 'sent',
      });
    }
    // REQ-CLIENT (delivery): the sequence number is durable before the send leaves.
    await this.#store.save();
    return entry;
  }

  async #ensureDevices(peer: AccountId): Promise<void> {
    const me = this.#client.address.accountId;
    if (!this.#store.data.devices[peer]) await this.#refreshDevices(peer);
    if (!this.#store.data.devices[me]) await this.#refreshDevices(me);
  }

  async #refreshDevices(account: AccountId): Promise<void> {
    const me = this.#client.address.accountId;
    const ids =
      account === me
        ? (await this.#client.devices()).map((d) => d.deviceId)
        : (await this.#client.peerIdentity(account)).devices;
    this.#store.data.devices[account] = [...ids];
  }

  async #refreshFor(peer: AccountId): Promise<void> {
    await this.#refreshDevices(peer);
    const me = this.#client.address.accountId;
    if (peer !== me) await this.#refreshDevices(me);
  }

  /** The copies of a send: the content for each device of the destination, the sync transcript for each own other device. */
  async #seal(entry: OutboxEntry): Promise<void> {
    const me = this.#client.address;
    const dest = parseAccountId(entry.destination);
    const copies: Record<string, string> = {};
    for (const d of this.#store.data.devices[dest] ?? []) {
      if (dest === me.accountId && d === me.deviceId) continue;
      copies[`${dest}.${d}`] = b64(await this.#encryptFor(dest, d as DeviceId, unb64(entry.content)));
    }
    if (dest !== me.accountId) {
      for (const d of this.#store.data.devices[me.accountId] ?? []) {
        if (d === me.deviceId) continue;
        copies[`${me.accountId}.${d}`] = b64(
          await this.#encryptFor(me.accountId, d as DeviceId, unb64(entry.sync)),
        );
      }
    }
    entry.copies = copies;
  }

  async #encryptFor(account: AccountId, device: DeviceId, plaintext: Uint8Array): Promise<Uint8Array> {
    try {
      return await this.#client.encrypt(account, device, plaintext);
    } catch (e) {
      if (!(e instanceof DefTalkError) || e.errorName !== 'NO_SESSION') throw e;
      // No session yet: one from a fetched bundle (spec/session.md §Sending the initial message).
      await this.#client.initiateSession(account, device);
      return this.#client.encrypt(account, device, plaintext);
    }
  }

  #toSend(e: OutboxEntry): Send {
    return {
      sequence: e.sequence,
      destination: parseAccountId(e.destination),
      transient: false,
      copies: Object.entries(e.copies).map(([k, v]) => ({ device: addressOf(k), ciphertext: unb64(v) })),
    };
  }

  async #post(sends: Send[]): Promise<SendResult[]> {
    return decodeSendBatchResult(
      await this.#client.relay.call('POST', SEND_PATH, { auth: true, body: encodeSendBatch(sends) }),
    );
  }

  /** {@link flush} that leaves the outbox for later when the relay cannot be reached. */
  async #flushQuietly(): Promise<void> {
    try {
      await this.#flush();
    } catch (e) {
      if (!(e instanceof RelayUnreachable)) throw e;
    }
  }

  /**
   * Send the outbox in sequence order as one batch; accepted (or duplicate)
   * sends leave it, a DEVICE_MISMATCH refreshes the device lists and
   * re-encrypts that send under the same number, a SEQUENCE_GAP below the
   * outbox renumbers it, and the later sends of a refused one are sent again
   * (go-back-N, spec/delivery.md §Envelope ids).
   */
  async #flush(): Promise<void> {
    const data = this.#store.data;
    for (let round = 0; round < MAX_SEND_ROUNDS && data.outbox.length > 0; round++) {
      const results = await this.#post(data.outbox.map((e) => this.#toSend(e)));
      const done = new Set<number>();
      for (const r of results) {
        const entry = data.outbox.find((e) => e.sequence === r.sequence);
        if (!entry) continue;
        if (r.kind !== 'refused') {
          done.add(r.sequence);
          this.#advance(this.#idOf(r.sequence), 'sent');
          continue;
        }
        const name = r.error.errorName;
        if (name === 'DEVICE_MISMATCH') {
          await this.#refreshFor(parseAccountId(entry.destination));
          await this.#seal(entry);
        } else if (name === 'SEQUENCE_GAP') {
          const expected = r.expectedSequence ?? 0;
          if (expected >= 1 && expected < data.outbox[0]!.sequence) this.#renumber(expected);
        } else if (!r.error.retryable) {
          // Refused for good (an unknown recipient): it will never be accepted.
          done.add(r.sequence);
          this.#advance(this.#idOf(r.sequence), 'failed');
        }
      }
      data.outbox = data.outbox.filter((e) => !done.has(e.sequence));
      await this.#store.save();
    }
  }

  /** The relay expects a lower number than the outbox holds (it lost state): number the outbox from `first`. */
  #renumber(first: number): void {
    const data = this.#store.data;
    data.outbox.forEach((e, i) => {
      const old = this.#idOf(e.sequence);
      e.sequence = first + i;
      const m = data.messages.find((x) => x.id === old);
      if (m) m.id = this.#idOf(e.sequence);
    });
    data.nextSequence = first + data.outbox.length;
  }

  #advance(id: string, status: OutgoingStatus): boolean {
    const m = this.#store.data.messages.find((x) => x.id === id && x.direction === 'out');
    if (!m || STATUS_RANK[status] <= STATUS_RANK[(m.status as OutgoingStatus) ?? 'pending']) return false;
    m.status = status;
    return true;
  }

  // ---- Receiving (spec/delivery.md §Push, §Redelivery) ----

  /**
   * Open the device WebSocket and receive pushes until {@link disconnect};
   * the outbox is flushed first, and a socket already open is replaced. A
   * {@link disconnect} (or a newer connect) while this is still under way
   * cancels it: a socket that opens meanwhile is closed at once and this
   * resolves with none open, so nothing is left holding the process.
   */
  connect(): Promise<void> {
    this.#connecting?.abort.abort();
    const abort = new AbortController();
    const done = this.#open(abort.signal).finally(() => {
      if (this.#connecting?.abort === abort) this.#connecting = undefined;
    });
    this.#connecting = { abort, done };
    return done;
  }

  async #open(signal: AbortSignal): Promise<void> {
    try {
      await this.flush().catch((e) => {
        if (!(e instanceof RelayUnreachable)) throw e;
      });
      const socket = await this.#client.relay.openSocket({
        signal,
        onRequest: async (req) => {
          if (req.method !== PUSH_REQUEST.method || req.path !== PUSH_REQUEST.path) return { status: 404 };
          let envelope: Envelope;
          try {
            envelope = decodeEnvelope(req.body);
          } catch {
            return { status: 400 };
          }
          return { status: await this.#exclusive(() => this.#receive(envelope)) };
        },
      });
      // Opened in the same turn as the abort: the socket is ours to close.
      if (signal.aborted) {
        await socket.close();
        return;
      }
      const old = this.#socket;
      this.#socket = socket;
      await old?.close();
    } catch (e) {
      if (!signal.aborted) throw e;
    }
  }

  /** Resolves with the close code once the socket closed (at once when none is open). */
  get closed(): Promise<number> {
    return this.#socket?.closed ?? Promise.resolve(1000);
  }

  /**
   * Close the socket, or cancel a {@link connect} still under way; resolves
   * once no socket is open nor about to open. Pushes in flight stay
   * unacknowledged at the relay and come again.
   */
  async disconnect(): Promise<void> {
    const pending = this.#connecting;
    this.#connecting = undefined;
    pending?.abort.abort();
    await pending?.done.catch(() => undefined);
    const s = this.#socket;
    this.#socket = undefined;
    if (s) await s.close();
    await this.#exclusive(async () => undefined);
  }

  /**
   * Process one pushed envelope and answer its status: 204 once it is
   * processed and stored (or was already), which acknowledges it.
   */
  async #receive(envelope: Envelope): Promise<number> {
    const id = envelopeIdKey(envelope.id);
    if (!envelope.transient && this.#store.processed(id)) {
      this.#emit({ type: 'acked', id });
      return 204;
    }
    const sender = envelope.id.senderAccount;
    if (!envelope.transient && envelope.ciphertext[0] === SENDER_KEY_MESSAGE_KIND) {
      // A group message (spec/groups.md §Message encoding): opened with the sender's sender key, not a session.
      return this.#persistThenAck(id, await this.#groups.receive(envelope.id, id, envelope.ciphertext));
    }
    let content: Content | undefined;
    try {
      content = decodeContent(
        this.#client.decryptDeferred(sender, envelope.id.senderDevice, envelope.ciphertext),
      );
    } catch {
      content = undefined;
    }
    if (envelope.transient) {
      // Never stored (spec/delivery.md §Transient envelopes): shown if it is a typing indicator, then gone.
      if (content?.kind === 'typing')
        this.#emit({
          type: 'typing',
          from: sender,
          device: envelope.id.senderDevice,
          started: content.started,
        });
      // A location is shown once and not kept; the inbox drops live updates past their end (REQ-LOCATION-004).
      if (content && isLocationContent(content)) {
        const shown = this.#locations.receive(sender, envelope.id.senderDevice, content);
        if (shown) this.#emit(shown);
      }
      await this.#client.save();
      return 204;
    }
    const events: readonly MessengerEvent[] = !content
      ? [{ type: 'undecryptable', id }]
      : isGroupContent(content)
        ? await this.#groups.applyContent(envelope.id, content)
        : this.#apply(envelope, id, content);
    return this.#persistThenAck(id, events);
  }

  /** Mark processed, persist the store and then the session state, emit, and answer the ack status. */
  async #persistThenAck(id: string, events: readonly (MessengerEvent | GroupEvent)[]): Promise<number> {
    this.#store.markProcessed(id);
    // Persist, then the session state, then acknowledge (REQ-CLIENT delivery: no ack before persist).
    await this.#store.save();
    await this.#client.save();
    for (const e of events) this.#emit(e);
    this.#emit({ type: 'acked', id });
    return 204;
  }

  /** Apply decrypted content to the message store; returns the events to emit once it is saved. */
  #apply(envelope: Envelope, id: string, content: Content): MessengerEvent[] {
    const me = this.#client.address.accountId;
    const sender = envelope.id.senderAccount;
    const data = this.#store.data;
    if (content.kind === 'sync') {
      // Only the own account's devices may tell this device what it sent.
      if (sender !== me) return [];
      const inner = content.content;
      if (inner.kind === 'text') {
        const message: StoredMessage = {
          id,
          direction: 'out',
          peer: content.recipient,
          senderDevice: envelope.id.senderDevice,
          body: inner.body,
          sentAtMs: inner.sentAtMs,
          storedAtMs: this.#now,
          status: 'sent',
        };
        data.messages.push(message);
        return [{ type: 'message', message }];
      }
      if (inner.kind === 'receipt' && inner.type === 'read') {
        for (const ref of inner.envelopes) {
          const m = data.messages.find((x) => x.id === envelopeIdKey(ref) && x.direction === 'in');
          if (m) m.read = true;
        }
      }
      return [];
    }
    if (content.kind === 'text') {
      const message: StoredMessage = {
        id,
        direction: 'in',
        peer: sender,
        senderDevice: envelope.id.senderDevice,
        body: content.body,
        sentAtMs: content.sentAtMs,
        storedAtMs: this.#now,
        read: false,
      };
      data.messages.push(message);
      if (this.#opts.deliveredReceipts !== false && sender !== me) this.#queueReceipt(sender, envelope.id);
      return [{ type: 'message', message }];
    }
    if (content.kind === 'receipt') {
      const ids: string[] = [];
      for (const ref of content.envelopes) {
        const key = envelopeIdKey(ref);
        if (ref.senderAccount === me && this.#advance(key, content.type)) ids.push(key);
      }
      return ids.length > 0 ? [{ type: 'receipt', receipt: content.type, from: sender, ids }] : [];
    }
    if (content.kind === 'typing')
      return [{ type: 'typing', from: sender, device: envelope.id.senderDevice, started: content.started }];
    // A location in a stored envelope is not shown: locations only ever travel transient (spec/location.md).
    return [];
  }

  /** Gather delivered receipts per sender and send them after the current pushes, one send per sender. */
  #queueReceipt(sender: AccountId, id: EnvelopeId): void {
    const list = this.#pendingReceipts.get(sender) ?? [];
    list.push(id);
    this.#pendingReceipts.set(sender, list);
    if (this.#receiptsScheduled) return;
    this.#receiptsScheduled = true;
    setImmediate(() => {
      this.#receiptsScheduled = false;
      void this.sendPendingReceipts().catch(() => {
        // The receipts wait in memory for the next call; a lost delivered receipt only leaves a ✓ unset.
      });
    });
  }

  /** Send the delivered receipts gathered so far. */
  sendPendingReceipts(): Promise<void> {
    return this.#exclusive(async () => {
      const batch = [...this.#pendingReceipts];
      this.#pendingReceipts.clear();
      for (const [sender, envelopes] of batch) {
        await this.#enqueue(sender, { kind: 'receipt', type: 'delivered', envelopes });
      }
      if (batch.length > 0) await this.#flushQuietly();
    });
  }

  /** Wait for queued work (receipts, sends) to finish, then forget the message store key. */
  async close(): Promise<void> {
    await this.disconnect();
    await this.sendPendingReceipts().catch(() => undefined);
    this.#store.close();
  }

  toJSON(): string {
    return '[REDACTED]';
  }
}

/** The envelope id of an id key `account/device/sequence`. */
export function idFromKey(key: string): EnvelopeId {
  const [a, d, s] = key.split('/');
  return {
    senderAccount: parseAccountId(a ?? ''),
    senderDevice: parseDeviceId(d ?? ''),
    sequence: Number(s),
  };
}
