/**
 * @module
 * Groups (spec/groups.md): creating a group, membership changes by admins,
 * leaving, the member list for members only, and the group send that the
 * relay fans out to every other current member device through the delivery
 * queues (reference/relay/storage/queue.ts) and the delivery push path. The
 * relay never sees a sender key: a group send is one opaque ciphertext.
 */
import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { DefTalkError } from '../../errors/index.ts';
import { MAX_CIPHERTEXT_BYTES } from '../../wire/delivery.ts';
import { encodeEnvelope } from '../../wire/envelope.ts';
import {
  decodeGroupChange,
  decodeGroupCreate,
  decodeGroupSend,
  encodeGroupList,
  encodeGroupSendResult,
  encodeGroupState,
  GROUPS_PATH,
  type GroupId,
  type GroupSend,
  type GroupSendResult,
  type GroupState,
  groupIdFromBytes,
  MAX_GROUP_MEMBERS,
  parseGroupId,
} from '../../wire/group.ts';
import type { AccountId, DeviceId } from '../../wire/ids.ts';
import type { Clock } from '../clock.ts';
import type { DeviceDirectory } from '../delivery/directory.ts';
import type { ErasureRegistry } from '../erasure.ts';
import { memberOf } from '../groups/rules.ts';
import type { GroupStore } from '../storage/groups.ts';
import type { DeliveryStore, QueueCopy, QueueDevice } from '../storage/queue.ts';
import { type AuthenticatedDevice, deviceKey, type OperationRegistry } from './operations.ts';

/** Hands stored envelopes to the push streams of connected devices (filled by the delivery plugin). */
export interface PushOffer {
  offer?(device: QueueDevice, position: number, envelope: Uint8Array): void;
}

/** Options of {@link groupsPlugin}. */
export interface GroupsOptions {
  operations: OperationRegistry;
  clock: Clock;
  store: GroupStore;
  /** The delivery queues the fan-out writes to (spec/delivery.md §Storage). */
  delivery: DeliveryStore;
  directory: DeviceDirectory;
  erasure: ErasureRegistry;
  pushes: PushOffer;
  /** Lifetime of an undelivered copy (spec/delivery.md §Limits). */
  ttlMs: number;
}

const accountOf = (d: AuthenticatedDevice | undefined): AccountId => d!.accountId as AccountId;

/** Fastify plugin: the group operations of spec/groups.md §Operations and the groups eraser. */
export async function groupsPlugin(_app: FastifyInstance, opts: GroupsOptions): Promise<void> {
  const { operations, store, delivery, directory, clock } = opts;

  async function existing(accounts: readonly AccountId[]): Promise<Set<AccountId>> {
    const out = new Set<AccountId>();
    for (const a of accounts) if (await directory.devicesOf(a)) out.add(a);
    return out;
  }

  /** The group as `account` may see it: GROUP_NOT_MEMBER for a non-member and for a group that does not exist. */
  async function visible(groupId: GroupId, account: AccountId): Promise<GroupState> {
    const state = await store.get(groupId);
    if (!state || !memberOf(state, account)) throw new DefTalkError('GROUP_NOT_MEMBER');
    return state;
  }

  operations.add({
    name: 'groups.create',
    method: 'POST',
    path: GROUPS_PATH,
    auth: 'device',
    decodeBody: decodeGroupCreate,
    encodeBody: encodeGroupState,
    handle: async ({ body, device }) => {
      const creator = accountOf(device);
      const all = [creator, ...body];
      if (new Set(all).size !== all.length) throw new DefTalkError('GROUP_CHANGE_INVALID');
      if (all.length > MAX_GROUP_MEMBERS) throw new DefTalkError('GROUP_TOO_LARGE');
      const found = await existing(body);
      if (found.size !== body.length) throw new DefTalkError('GROUP_CHANGE_INVALID');
      return store.create(groupIdFromBytes(randomBytes(16)), creator, body);
    },
  });

  operations.add({
    name: 'groups.list',
    method: 'GET',
    path: GROUPS_PATH,
    auth: 'device',
    encodeBody: encodeGroupList,
    handle: async ({ device }) => store.groupsOf(accountOf(device)),
  });

  operations.add({
    name: 'groups.get',
    method: 'GET',
    path: `${GROUPS_PATH}/:groupId`,
    auth: 'device',
    encodeBody: encodeGroupState,
    handle: async ({ params, device }) => visible(parseGroupId(params.groupId!), accountOf(device)),
  });

  operations.add({
    name: 'groups.change',
    method: 'POST',
    path: `${GROUPS_PATH}/:groupId/changes`,
    auth: 'device',
    decodeBody: decodeGroupChange,
    encodeBody: encodeGroupState,
    handle: async ({ params, body, device }) => {
      const groupId = parseGroupId(params.groupId!);
      const { after } = await store.change(groupId, accountOf(device), body, await existing(body.add));
      // A change that removed every member deletes the group: the actor removed itself last.
      return after ?? { groupId, version: body.version + 1, members: [] };
    },
  });

  operations.add({
    name: 'groups.leave',
    method: 'POST',
    path: `${GROUPS_PATH}/:groupId/leave`,
    auth: 'device',
    handle: async ({ params, device }) => {
      await store.leave(parseGroupId(params.groupId!), accountOf(device));
    },
  });

  /**
   * Per sender device, the submission of its latest group send to the
   * delivery store (REQ-GROUPS-012): a send waits for its predecessor's
   * submission before its own, so pipelined sends reach
   * {@link DeliveryStore.accept} in the order they arrived, whatever their
   * membership and device reads cost. Only the submissions are ordered.
   */
  const submissions = new Map<string, Promise<void>>();

  async function orderedGroupSend(
    groupId: GroupId,
    sender: AuthenticatedDevice,
    send: GroupSend,
  ): Promise<GroupSendResult> {
    const k = deviceKey(sender);
    const previous = submissions.get(k);
    let submitted!: () => void;
    const mine = new Promise<void>((r) => (submitted = r));
    submissions.set(k, mine);
    try {
      return await groupSend(groupId, sender, send, previous, submitted);
    } finally {
      submitted();
      if (submissions.get(k) === mine) submissions.delete(k);
    }
  }

  /** spec/groups.md §Fan-out, steps 1-6; the accept waits for `previous` and then calls `submitted`. */
  async function groupSend(
    groupId: GroupId,
    sender: AuthenticatedDevice,
    send: GroupSend,
    previous: Promise<void> | undefined,
    submitted: () => void,
  ): Promise<GroupSendResult> {
    const from: QueueDevice = {
      accountId: sender.accountId as AccountId,
      deviceId: sender.deviceId as DeviceId,
    };
    const state = await visible(groupId, from.accountId);
    if (send.version !== state.version) {
      throw new DefTalkError('GROUP_VERSION_STALE', { version: state.version });
    }
    if (send.ciphertext.length > MAX_CIPHERTEXT_BYTES) throw new DefTalkError('ENVELOPE_TOO_LARGE');
    const now = clock.now();
    const copies: QueueCopy[] = [];
    for (const account of await store.fanout(groupId)) {
      const devices = await directory.devicesOf(account);
      for (const d of [...(devices?.current ?? [])].sort((a, b) => a - b)) {
        if (account === from.accountId && d === from.deviceId) continue;
        copies.push({
          device: { accountId: account, deviceId: d },
          envelope: encodeEnvelope({
            id: { senderAccount: from.accountId, senderDevice: from.deviceId, sequence: send.sequence },
            destination: account,
            acceptedAtMs: now,
            transient: false,
            ciphertext: send.ciphertext,
          }),
        });
      }
    }
    if (previous) await previous;
    const accepted = delivery.accept([
      { sender: from, sequence: send.sequence, copies, expiresAt: now + opts.ttlMs },
    ]);
    submitted();
    const [outcome] = await accepted;
    switch (outcome?.kind) {
      case 'stored':
        for (const [i, c] of copies.entries())
          opts.pushes.offer?.(c.device, outcome.positions[i]!, c.envelope);
        return { sequence: send.sequence, duplicate: false, copies: copies.length };
      case 'duplicate':
        return { sequence: send.sequence, duplicate: true, copies: 0 };
      case 'gap':
        throw new DefTalkError('SEQUENCE_GAP', { expected: outcome.expected });
      case 'full':
        throw new DefTalkError('QUEUE_FULL', { devices: outcome.devices.length });
      default:
        throw new DefTalkError('INTERNAL');
    }
  }

  operations.add({
    name: 'groups.send',
    method: 'POST',
    path: `${GROUPS_PATH}/:groupId/messages`,
    auth: 'device',
    decodeBody: decodeGroupSend,
    encodeBody: encodeGroupSendResult,
    handle: async ({ params, body, device }) =>
      orderedGroupSend(parseGroupId(params.groupId!), device!, body),
  });

  // spec/groups.md §Erasure: an erased account leaves every group, as if it had left.
  opts.erasure.add({
    concern: 'groups',
    eraseAccount: async (account) => {
      await store.removeAccount(account);
    },
  });
}
