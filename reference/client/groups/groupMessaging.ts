/**
 * @module
 * Group messaging for one device (spec/groups.md): membership changes with
 * the `GroupUpdate` notice to every member, the own sender key created on
 * demand, distributed inside the pairwise sessions to every current member
 * device before it is used, and rotated after a member is gone
 * (REQ-GROUPS-023) or a device it reached was unlinked (REQ-GROUPS-024);
 * group sends numbered in the device's one sequence space; received sender keys and group messages accepted only from
 * current members (REQ-GROUPS-022). The {@link Messenger} owns the store
 * and the outbox and runs all of this under its one lock.
 */
import { DefTalkError, isDefTalkError } from '../../errors/index.ts';
import { type DirectContent, decodeContent, encodeContent } from '../../wire/content.ts';
import type { EnvelopeId } from '../../wire/envelope.ts';
import type { GroupId, GroupState } from '../../wire/group.ts';
import type { GroupContent } from '../../wire/groupContent.ts';
import type { AccountId, DeviceId } from '../../wire/ids.ts';
import type { DefTalkClient } from '../client.ts';
import type { StoredMessage } from '../messaging/messageStore.ts';
import { RelayUnreachable } from '../relayConnection.ts';
import { applyGroupState, forgetGroup, isMember, type LocalGroup, type LocalGroups } from './groupState.ts';
import {
  createSenderKey,
  decryptGroupMessage,
  encryptGroupMessage,
  parseSenderKeyMessage,
} from './senderKey.ts';

/** Rounds of a group send refused for a stale version or a sequence gap before giving up. */
export const MAX_GROUP_SEND_ROUNDS = 4;

const unhex = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'hex'));

/** What the messenger lends to group messaging. */
export interface GroupHost {
  readonly client: DefTalkClient;
  /** The message store document: groups, the next sequence number, the messages. */
  readonly data: { groups?: LocalGroups; nextSequence: number; messages: StoredMessage[] };
  /** Encrypt `content` for every device of `peer` (and sync copies) into the outbox, saved. */
  enqueue(peer: AccountId, content: DirectContent): Promise<unknown>;
  /** Send the outbox; throws when the relay cannot be reached. */
  flush(): Promise<void>;
  /** Sends left in the outbox. */
  outboxLength(): number;
  save(): Promise<void>;
  /** Read an account's current device ids from the relay (and remember them). */
  devicesOf(account: AccountId): Promise<number[]>;
  now(): number;
  /** The envelope id key of this device's send `sequence`. */
  idOf(sequence: number): string;
}

/** An event group messaging asks the messenger to emit. */
export type GroupEvent =
  | { readonly type: 'message'; readonly message: StoredMessage }
  | { readonly type: 'undecryptable'; readonly id: string };

/** Group messaging over a {@link GroupHost}. */
export class GroupMessaging {
  readonly #host: GroupHost;

  constructor(host: GroupHost) {
    this.#host = host;
  }

  get #groups(): LocalGroups {
    this.#host.data.groups ??= {};
    return this.#host.data.groups;
  }

  get #me() {
    return this.#host.client.address;
  }

  /** The device's groups: id, version, members (a copy). */
  list(): { groupId: string; version: number; members: { accountId: string; role: string }[] }[] {
    return Object.entries(this.#groups).map(([groupId, g]) => ({
      groupId,
      version: g.version,
      members: g.members.map((m) => ({ ...m })),
    }));
  }

  /** Read the group from the relay and apply it; a group the account left or lost is forgotten. */
  async refresh(id: GroupId): Promise<LocalGroup | undefined> {
    let state: GroupState;
    try {
      state = await this.#host.client.groups.get(id);
    } catch (e) {
      if (isDefTalkError(e, 'GROUP_NOT_MEMBER')) {
        forgetGroup(this.#groups, id);
        return undefined;
      }
      throw e;
    }
    applyGroupState(this.#groups, state);
    return this.#groups[id];
  }

  /** Tell every device of `accounts` (and the own other devices) that the group is at `version`. */
  async #notify(id: GroupId, version: number, accounts: Iterable<string>): Promise<void> {
    const me = this.#me.accountId;
    const update: DirectContent = { kind: 'group-update', groupId: id, version };
    for (const a of new Set([...accounts, me])) await this.#host.enqueue(a as AccountId, update);
    await this.#flushQuietly();
  }

  async #flushQuietly(): Promise<void> {
    try {
      await this.#host.flush();
    } catch (e) {
      if (!(e instanceof RelayUnreachable)) throw e;
    }
  }

  /** Create a group with `members`; every member's devices are told (spec/groups.md §Leaving, last paragraph). */
  async create(members: readonly AccountId[]): Promise<GroupState> {
    const state = await this.#host.client.groups.create(members);
    applyGroupState(this.#groups, state);
    await this.#host.save();
    await this.#notify(state.groupId, state.version, members);
    return state;
  }

  /** Apply a membership change as an admin, at the version the relay holds; members old and new are told. */
  async change(
    id: GroupId,
    change: { add?: AccountId[]; remove?: AccountId[]; promote?: AccountId[]; demote?: AccountId[] },
  ): Promise<GroupState> {
    for (let round = 0; ; round++) {
      const before =
        (await this.refresh(id)) ??
        (() => {
          throw new DefTalkError('GROUP_NOT_MEMBER');
        })();
      const beforeMembers = before.members.map((m) => m.accountId);
      let state: GroupState;
      try {
        state = await this.#host.client.groups.change(id, { version: before.version, ...change });
      } catch (e) {
        if (isDefTalkError(e, 'GROUP_VERSION_STALE') && round < MAX_GROUP_SEND_ROUNDS) continue;
        throw e;
      }
      applyGroupState(this.#groups, state);
      if (!state.members.some((m) => m.accountId === this.#me.accountId)) forgetGroup(this.#groups, id);
      await this.#host.save();
      await this.#notify(id, state.version, [...beforeMembers, ...state.members.map((m) => m.accountId)]);
      return state;
    }
  }

  /** Leave the group; the remaining members are told. */
  async leave(id: GroupId): Promise<void> {
    const before = await this.refresh(id);
    await this.#host.client.groups.leave(id);
    forgetGroup(this.#groups, id);
    await this.#host.save();
    if (before) {
      const others = before.members.map((m) => m.accountId).filter((a) => a !== this.#me.accountId);
      await this.#notify(id, before.version + 1, others);
    }
  }

  /**
   * Make sure every current device of every member (own other devices
   * included) holds the own sender key, creating one when there is none
   * (spec/groups.md §Rotation), and creating a new one when a device the
   * current one reached is no longer a current device of its account
   * (REQ-GROUPS-024); the distributions are sent before this resolves, so
   * they precede the group message in every queue.
   */
  async #distribute(id: GroupId, g: LocalGroup): Promise<void> {
    const me = this.#me;
    // The current devices of every member, read from the relay before every send (spec/groups.md §Rotation).
    const current = new Map<AccountId, string[]>();
    for (const m of g.members) {
      const account = m.accountId as AccountId;
      current.set(
        account,
        (await this.#host.devicesOf(account))
          .filter((d) => !(account === me.accountId && d === me.deviceId))
          .map((d) => `${account}.${d}`),
      );
    }
    const now = new Set([...current.values()].flat());
    const unlinked = (d: string) => current.has(d.slice(0, d.indexOf('.')) as AccountId) && !now.has(d);
    // REQ-GROUPS-024: a device of a member that the own key reached and that was unlinked still holds
    // the key, so rotate (a member that is gone was handled when the state was applied, REQ-GROUPS-023).
    if (g.own && g.distributedTo.some(unlinked)) {
      delete g.own;
      g.distributedTo = [];
      await this.#host.save();
    }
    // Keys received from a removed device are dropped: it can no longer send, and nobody may speak for it.
    for (const k of Object.keys(g.keys)) if (unlinked(k)) delete g.keys[k];
    if (!g.own) {
      g.own = createSenderKey();
      g.distributedTo = [];
    }
    const content: GroupContent = {
      kind: 'sender-key',
      groupId: id,
      chainId: g.own.chainId,
      iteration: g.own.iteration,
      chainKey: unhex(g.own.chainKey),
      signingKey: unhex(g.own.signingKey),
    };
    let sent = false;
    for (const [account, devices] of current) {
      const missing = devices.filter((d) => !g.distributedTo.includes(d));
      if (missing.length === 0) continue;
      await this.#host.enqueue(account, content);
      g.distributedTo.push(...missing);
      sent = true;
    }
    await this.#host.save();
    if (sent) await this.#host.flush();
    if (this.#host.outboxLength() > 0) throw new DefTalkError('STORAGE_UNAVAILABLE');
  }

  /** Send a text to the group (spec/groups.md §Fan-out); resolves with its envelope id and how many copies. */
  async sendText(id: GroupId, body: string): Promise<{ id: string; sequence: number; copies: number }> {
    await this.#host.flush();
    let g = await this.refresh(id);
    const data = this.#host.data;
    for (let round = 0; round < MAX_GROUP_SEND_ROUNDS; round++) {
      if (!g) throw new DefTalkError('GROUP_NOT_MEMBER');
      await this.#distribute(id, g);
      const sentAtMs = this.#host.now();
      const { message, next } = encryptGroupMessage(
        g.own!,
        id,
        this.#me,
        encodeContent({ kind: 'text', body, sentAtMs }),
      );
      g.own = next;
      const sequence = data.nextSequence;
      data.nextSequence = sequence + 1;
      await this.#host.save();
      try {
        const r = await this.#host.client.groups.send(id, {
          sequence,
          version: g.version,
          ciphertext: message,
        });
        const message_: StoredMessage = {
          id: this.#host.idOf(sequence),
          direction: 'out',
          peer: this.#me.accountId,
          group: id,
          senderDevice: this.#me.deviceId,
          body,
          sentAtMs,
          storedAtMs: this.#host.now(),
          status: 'sent',
        };
        data.messages.push(message_);
        await this.#host.save();
        return { id: message_.id, sequence, copies: r.copies };
      } catch (e) {
        if (isDefTalkError(e, 'GROUP_VERSION_STALE')) {
          // Nothing was accepted: the number is free again; read the new state (rotating if someone left).
          data.nextSequence = sequence;
          g = await this.refresh(id);
          continue;
        }
        if (isDefTalkError(e, 'SEQUENCE_GAP')) {
          const expected = Number(e.details?.expected ?? 0);
          if (expected >= 1 && expected < sequence) {
            data.nextSequence = expected;
            continue;
          }
        }
        throw e;
      }
    }
    throw new DefTalkError('GROUP_VERSION_STALE');
  }

  /** Apply group content received in a session (spec/groups.md §Sender keys, REQ-GROUPS-022). */
  async applyContent(from: EnvelopeId, content: GroupContent): Promise<GroupEvent[]> {
    const id = content.groupId;
    if (content.kind === 'group-update') {
      const g = this.#groups[id];
      if (!g || content.version > g.version) await this.refresh(id).catch(() => undefined);
      return [];
    }
    let g = this.#groups[id];
    if (!isMember(g, from.senderAccount)) g = await this.refresh(id).catch(() => undefined);
    // Only a current member (in the view just read) may hand this device a sender key.
    if (!g || !isMember(g, from.senderAccount) || !isMember(g, this.#me.accountId)) return [];
    g.keys[`${from.senderAccount}.${from.senderDevice}`] = {
      chainId: content.chainId,
      iteration: content.iteration,
      chainKey: Buffer.from(content.chainKey).toString('hex'),
      signingKey: Buffer.from(content.signingKey).toString('hex'),
      skipped: {},
    };
    return [];
  }

  /** Open a SenderKeyMessage pushed from `from` (spec/groups.md §Message encoding, steps 1-6). */
  async receive(from: EnvelopeId, id: string, ciphertext: Uint8Array): Promise<GroupEvent[]> {
    const undecryptable: GroupEvent[] = [{ type: 'undecryptable', id }];
    let groupId: GroupId;
    try {
      groupId = parseSenderKeyMessage(ciphertext).groupId;
    } catch {
      return undecryptable;
    }
    const sender = from.senderAccount;
    let g = this.#groups[groupId];
    if (!isMember(g, sender)) g = await this.refresh(groupId).catch(() => undefined);
    if (!g || !isMember(g, sender) || !isMember(g, this.#me.accountId)) return undecryptable;
    const keyName = `${sender}.${from.senderDevice}`;
    const key = g.keys[keyName];
    if (!key) return undecryptable;
    let body: string;
    let sentAtMs: number;
    try {
      const r = decryptGroupMessage(
        key,
        groupId,
        { accountId: sender, deviceId: from.senderDevice as DeviceId },
        ciphertext,
      );
      const content = decodeContent(r.plaintext);
      g.keys[keyName] = r.next;
      if (content.kind !== 'text') return [];
      body = content.body;
      sentAtMs = content.sentAtMs;
    } catch {
      return undecryptable;
    }
    const message: StoredMessage = {
      id,
      direction: sender === this.#me.accountId ? 'out' : 'in',
      peer: sender,
      group: groupId,
      senderDevice: from.senderDevice,
      body,
      sentAtMs,
      storedAtMs: this.#host.now(),
      ...(sender === this.#me.accountId ? { status: 'sent' as const } : { read: false }),
    };
    this.#host.data.messages.push(message);
    return [{ type: 'message', message }];
  }
}
