/**
 * @module
 * Relay-mode cases for groups (spec/groups.md): who may see a group, who may
 * change it, and the fan-out of one group ciphertext to every other current
 * member device, exactly once, and to no removed member. The harness plays
 * every member with its own registered accounts and device WebSockets; the
 * ciphertexts are random bytes, since the relay never opens them.
 */
import { envelopeIdKey } from '../../../reference/wire/envelope.ts';
import {
  decodeGroupList,
  decodeGroupSendResult,
  decodeGroupState,
  encodeGroupChange,
  encodeGroupCreate,
  encodeGroupSend,
  type GroupChange,
  type GroupId,
  type GroupSendResult,
  type GroupState,
} from '../../../reference/wire/group.ts';
import type { AccountId } from '../../../reference/wire/ids.ts';
import { type CaseContext, type ConformanceCase, check, checkEqual } from '../../case.ts';
import {
  type Answer,
  caseClient,
  expectError,
  expectOk,
  linkDevice,
  type RelayClient,
  registerAccount,
  type TestAccount,
  type TestDevice,
} from '../../lib/relayClient.ts';
import {
  addressOf,
  DeviceSocket,
  filesContaining,
  flushDelivery,
  postSends,
  randomBytesFrom,
  sendTo,
} from './deliveryPeer.ts';

const TIMEOUT_MS = 30_000;
/** Group sends one device pipelines on its socket in groups/pipelined-sends-in-order. */
const PIPELINED_SENDS = 120;
/** Requests the sender keeps in flight on its socket (spec/transport.md allows 32). */
const PIPELINE_WINDOW = 24;

/** The group operations of spec/groups.md §Operations, as one harness device calls them. */
export class GroupApi {
  constructor(
    readonly client: RelayClient,
    readonly device: TestDevice,
  ) {}

  create(members: readonly AccountId[]): Promise<Answer> {
    return this.client.request('POST', '/v1/groups', {
      token: this.device.token,
      body: encodeGroupCreate(members),
    });
  }

  get(id: GroupId | string): Promise<Answer> {
    return this.client.request('GET', `/v1/groups/${id}`, { token: this.device.token });
  }

  list(): Promise<Answer> {
    return this.client.request('GET', '/v1/groups', { token: this.device.token });
  }

  change(id: GroupId, change: Partial<GroupChange> & { version: number }): Promise<Answer> {
    return this.client.request('POST', `/v1/groups/${id}/changes`, {
      token: this.device.token,
      body: encodeGroupChange({ add: [], remove: [], promote: [], demote: [], ...change }),
    });
  }

  leave(id: GroupId): Promise<Answer> {
    return this.client.request('POST', `/v1/groups/${id}/leave`, { token: this.device.token });
  }

  send(id: GroupId, sequence: number, version: number, ciphertext: Uint8Array): Promise<Answer> {
    return this.client.request('POST', `/v1/groups/${id}/messages`, {
      token: this.device.token,
      body: encodeGroupSend({ sequence, version, ciphertext }),
    });
  }
}

/** Create a group as `admin` with `members`; the state the relay answered. */
export async function createGroup(
  ctx: CaseContext,
  api: GroupApi,
  members: readonly TestAccount[],
): Promise<GroupState> {
  return decodeGroupState(
    expectOk(
      ctx,
      await api.create(members.map((m) => m.accountId)),
      `create a group with ${members.length} other members`,
    ),
  );
}

async function stateSeenBy(ctx: CaseContext, api: GroupApi, id: GroupId, what: string): Promise<GroupState> {
  return decodeGroupState(expectOk(ctx, await api.get(id), what));
}

function roles(s: GroupState): string[] {
  return s.members.map((m) => `${m.accountId}:${m.role}`);
}

async function sendOk(
  ctx: CaseContext,
  api: GroupApi,
  id: GroupId,
  sequence: number,
  version: number,
  ciphertext: Uint8Array,
): Promise<GroupSendResult> {
  return decodeGroupSendResult(
    expectOk(ctx, await api.send(id, sequence, version, ciphertext), `group send ${sequence}`),
  );
}

async function registered(ctx: CaseContext, client: RelayClient, n: number): Promise<TestAccount[]> {
  const out: TestAccount[] = [];
  for (let i = 0; i < n; i++) out.push(await registerAccount(client, () => ctx.random()));
  return out;
}

/** Open a socket per device and wait until each is attached. */
async function sockets(ctx: CaseContext, devices: readonly TestDevice[]): Promise<DeviceSocket[]> {
  const out = devices.map((d) => new DeviceSocket(ctx.relayUrl!, d, { signal: ctx.signal }));
  await Promise.all(out.map((s) => s.opened));
  return out;
}

/** A direct send from `from` to every device of `to`, as a marker that follows earlier sends in each queue. */
async function marker(
  ctx: CaseContext,
  client: RelayClient,
  from: TestDevice,
  to: TestAccount,
  sequence: number,
): Promise<void> {
  const { send } = sendTo(
    to.accountId,
    to.devices.map((d) => addressOf(to, d)),
    sequence,
    () => ctx.random(),
  );
  const r = await postSends(client, from, [send]);
  check(
    r.results[0]?.kind === 'accepted',
    'the marker send is accepted',
    'accepted',
    r.error ?? r.results[0]?.kind,
  );
}

/** Relay-mode group cases. */
export const GROUPS_RELAY_CASES: readonly ConformanceCase[] = [
  {
    id: 'groups/create-and-visibility',
    title:
      'the creator is the only admin at version 1; members see the member list, others get GROUP_NOT_MEMBER',
    mode: 'relay',
    requirements: ['REQ-GROUPS-001', 'REQ-GROUPS-002'],
    timeoutMs: TIMEOUT_MS,
    async run(ctx) {
      const client = caseClient(ctx);
      const [a, b, c] = await registered(ctx, client, 3);
      const alice = new GroupApi(client, a!.primary);
      const bob = new GroupApi(client, b!.primary);
      const carol = new GroupApi(client, c!.primary);
      const g = await createGroup(ctx, alice, [b!]);
      checkEqual(g.version, 1, 'a new group is at version 1');
      check(
        roles(g).join() === [`${a!.accountId}:admin`, `${b!.accountId}:member`].join(),
        'the creator is admin and the other member a plain member, in join order',
        [`${a!.accountId}:admin`, `${b!.accountId}:member`],
        roles(g),
      );
      const seen = await stateSeenBy(ctx, bob, g.groupId, 'a member reads the group');
      checkEqual(roles(seen).join(), roles(g).join(), 'a member sees the same member list');
      expectError(ctx, await carol.get(g.groupId), 'GROUP_NOT_MEMBER', 'a non-member reads the group');
      expectError(
        ctx,
        await carol.get('00'.repeat(16)),
        'GROUP_NOT_MEMBER',
        'a group that does not exist is refused alike',
      );
      const listed = decodeGroupList(expectOk(ctx, await bob.list(), 'a member lists its groups'));
      check(
        listed.some((x) => x.groupId === g.groupId),
        'the group is in its member list',
      );
      const none = decodeGroupList(expectOk(ctx, await carol.list(), 'a non-member lists its groups'));
      check(!none.some((x) => x.groupId === g.groupId), 'the group is not in a non-member list');
      expectError(
        ctx,
        await client.request('GET', `/v1/groups/${g.groupId}`),
        'UNAUTHENTICATED',
        'an unauthenticated read',
      );
      expectError(
        ctx,
        await alice.create([a!.accountId]),
        'GROUP_CHANGE_INVALID',
        'create naming the creator',
      );
      expectError(
        ctx,
        await alice.create([b!.accountId, b!.accountId]),
        'GROUP_CHANGE_INVALID',
        'create naming a member twice',
      );
      expectError(
        ctx,
        await alice.create(['ab'.repeat(16) as AccountId]),
        'GROUP_CHANGE_INVALID',
        'create naming an account that does not exist',
      );
    },
  },
  {
    id: 'groups/change-admins-only',
    title: 'a membership change is accepted only from an admin, at the current version; each change adds one',
    mode: 'relay',
    requirements: ['REQ-GROUPS-003', 'REQ-GROUPS-004'],
    timeoutMs: TIMEOUT_MS,
    async run(ctx) {
      const client = caseClient(ctx);
      const [a, b, c, d] = await registered(ctx, client, 4);
      const alice = new GroupApi(client, a!.primary);
      const bob = new GroupApi(client, b!.primary);
      const carol = new GroupApi(client, c!.primary);
      const g = await createGroup(ctx, alice, [b!]);
      expectError(
        ctx,
        await bob.change(g.groupId, { version: 1, add: [c!.accountId] }),
        'GROUP_NOT_ADMIN',
        'a plain member adds an account',
      );
      expectError(
        ctx,
        await bob.change(g.groupId, { version: 1, remove: [a!.accountId] }),
        'GROUP_NOT_ADMIN',
        'a plain member removes the admin',
      );
      expectError(
        ctx,
        await carol.change(g.groupId, { version: 1, add: [c!.accountId] }),
        'GROUP_NOT_MEMBER',
        'a non-member adds itself',
      );
      expectError(
        ctx,
        await client.request('POST', `/v1/groups/${g.groupId}/changes`, {
          body: encodeGroupChange({ version: 1, add: [c!.accountId], remove: [], promote: [], demote: [] }),
        }),
        'UNAUTHENTICATED',
        'an unauthenticated change',
      );
      const unchanged = await stateSeenBy(ctx, alice, g.groupId, 'the admin reads the group');
      checkEqual(unchanged.version, 1, 'refused changes changed nothing');
      checkEqual(unchanged.members.length, 2, 'refused changes added nobody');
      const v2 = decodeGroupState(
        expectOk(ctx, await alice.change(g.groupId, { version: 1, add: [c!.accountId] }), 'the admin adds'),
      );
      checkEqual(v2.version, 2, 'an accepted change adds one to the version');
      check(
        v2.members.some((m) => m.accountId === c!.accountId && m.role === 'member'),
        'the added account is a member',
      );
      const stale = expectError(
        ctx,
        await alice.change(g.groupId, { version: 1, add: [d!.accountId] }),
        'GROUP_VERSION_STALE',
        'a change against an old version',
      );
      checkEqual(stale.details.version, '2', 'the refusal names the current version');
      const v3 = decodeGroupState(
        expectOk(ctx, await alice.change(g.groupId, { version: 2, promote: [b!.accountId] }), 'promote'),
      );
      checkEqual(v3.version, 3, 'a promotion is a change');
      const v4 = decodeGroupState(
        expectOk(
          ctx,
          await bob.change(g.groupId, { version: 3, remove: [c!.accountId] }),
          'a new admin removes',
        ),
      );
      checkEqual(v4.version, 4, 'a removal is a change');
      expectError(ctx, await carol.get(g.groupId), 'GROUP_NOT_MEMBER', 'the removed account reads the group');
    },
  },
  {
    id: 'groups/change-invalid',
    title:
      'adding a member, removing a non-member, promoting an admin or an empty change is GROUP_CHANGE_INVALID',
    mode: 'relay',
    requirements: ['REQ-GROUPS-005'],
    timeoutMs: TIMEOUT_MS,
    async run(ctx) {
      const client = caseClient(ctx);
      const [a, b, c] = await registered(ctx, client, 3);
      const alice = new GroupApi(client, a!.primary);
      const g = await createGroup(ctx, alice, [b!]);
      const tries: [string, Partial<GroupChange>][] = [
        ['add a current member', { add: [b!.accountId] }],
        ['remove a non-member', { remove: [c!.accountId] }],
        ['promote an admin', { promote: [a!.accountId] }],
        ['demote a plain member', { demote: [b!.accountId] }],
        ['name no account', {}],
        ['name one account twice', { add: [c!.accountId], promote: [c!.accountId] }],
        ['add an account that does not exist', { add: ['cd'.repeat(16) as AccountId] }],
      ];
      for (const [what, change] of tries) {
        expectError(
          ctx,
          await alice.change(g.groupId, { version: 1, ...change }),
          'GROUP_CHANGE_INVALID',
          what,
        );
      }
      checkEqual((await stateSeenBy(ctx, alice, g.groupId, 'read')).version, 1, 'nothing was changed');
    },
  },
  {
    id: 'groups/leave',
    title: 'a member leaves; when the last admin leaves the longest-standing member becomes admin',
    mode: 'relay',
    requirements: ['REQ-GROUPS-006'],
    timeoutMs: TIMEOUT_MS,
    async run(ctx) {
      const client = caseClient(ctx);
      const [a, b, c] = await registered(ctx, client, 3);
      const alice = new GroupApi(client, a!.primary);
      const bob = new GroupApi(client, b!.primary);
      const carol = new GroupApi(client, c!.primary);
      const g = await createGroup(ctx, alice, [b!, c!]);
      expectOk(ctx, await alice.leave(g.groupId), 'the only admin leaves');
      const after = await stateSeenBy(ctx, bob, g.groupId, 'a remaining member reads');
      checkEqual(after.version, 2, 'leaving is a change');
      checkEqual(
        roles(after).join(),
        [`${b!.accountId}:admin`, `${c!.accountId}:member`].join(),
        'the longest-standing member became admin',
      );
      expectError(ctx, await alice.get(g.groupId), 'GROUP_NOT_MEMBER', 'the member who left reads the group');
      expectError(ctx, await alice.leave(g.groupId), 'GROUP_NOT_MEMBER', 'leaving again');
      expectOk(ctx, await carol.leave(g.groupId), 'a plain member leaves');
      expectOk(ctx, await bob.leave(g.groupId), 'the last member leaves');
      expectError(ctx, await bob.get(g.groupId), 'GROUP_NOT_MEMBER', 'the group is gone');
    },
  },
  {
    id: 'groups/fanout-every-device-once',
    title:
      "one group send reaches every other current member device exactly once, with the sender's envelope id",
    mode: 'relay',
    requirements: ['REQ-GROUPS-007', 'REQ-GROUPS-008'],
    timeoutMs: TIMEOUT_MS,
    async run(ctx) {
      const client = caseClient(ctx);
      const [a, b, c] = await registered(ctx, client, 3);
      const a2 = await linkDevice(client, a!, () => ctx.random());
      const b2 = await linkDevice(client, b!, () => ctx.random());
      const alice = new GroupApi(client, a!.primary);
      const g = await createGroup(ctx, alice, [b!, c!]);
      const receivers = [a2, b!.primary, b2, c!.primary];
      const socks = await sockets(ctx, [a!.primary, ...receivers]);
      const ciphertext = randomBytesFrom(() => ctx.random(), 64);
      const r = await sendOk(ctx, alice, g.groupId, 1, g.version, ciphertext);
      checkEqual(r.copies, receivers.length, 'one copy per other current member device');
      checkEqual(r.duplicate, false, 'a first send is not a duplicate');
      const again = await sendOk(ctx, alice, g.groupId, 1, g.version, ciphertext);
      checkEqual(again.duplicate, true, 'the same sequence number again is a duplicate');
      // A second group send follows in every queue: whoever got the first twice would see it before this one.
      const second = randomBytesFrom(() => ctx.random(), 64);
      await sendOk(ctx, alice, g.groupId, 2, g.version, second);
      for (const [i, s] of socks.slice(1).entries()) {
        const pushes = await s.waitForPushes(2);
        const keys = pushes.map((p) => envelopeIdKey(p.envelope.id));
        check(
          keys.join() === [`${a!.accountId}/1/1`, `${a!.accountId}/1/2`].join(),
          `receiver ${i + 1} got each group send once, in order`,
          [`${a!.accountId}/1/1`, `${a!.accountId}/1/2`],
          keys,
        );
        check(
          Buffer.from(pushes[0]!.envelope.ciphertext).equals(Buffer.from(ciphertext)),
          `receiver ${i + 1} got the ciphertext as sent`,
        );
      }
      // The sender's own device: a direct marker to it must be the first thing it receives.
      await marker(ctx, client, c!.primary, a!, 1);
      const own = await socks[0]!.waitForPushes(1);
      checkEqual(
        envelopeIdKey(own[0]!.envelope.id),
        `${c!.accountId}/${c!.primary.deviceId}/1`,
        'the sending device receives no copy of its own group send',
      );
      await Promise.all(socks.map((s) => s.close()));
    },
  },
  {
    id: 'groups/send-refusals',
    title: 'a group send from a non-member is GROUP_NOT_MEMBER, against an old version GROUP_VERSION_STALE',
    mode: 'relay',
    requirements: ['REQ-GROUPS-007', 'REQ-GROUPS-008'],
    timeoutMs: TIMEOUT_MS,
    async run(ctx) {
      const client = caseClient(ctx);
      const [a, b, c] = await registered(ctx, client, 3);
      const alice = new GroupApi(client, a!.primary);
      const carol = new GroupApi(client, c!.primary);
      const g = await createGroup(ctx, alice, [b!]);
      const ct = randomBytesFrom(() => ctx.random(), 40);
      expectError(ctx, await carol.send(g.groupId, 1, 1, ct), 'GROUP_NOT_MEMBER', 'a non-member sends');
      expectOk(ctx, await alice.change(g.groupId, { version: 1, add: [c!.accountId] }), 'add a member');
      const stale = expectError(
        ctx,
        await alice.send(g.groupId, 1, 1, ct),
        'GROUP_VERSION_STALE',
        'an old version',
      );
      checkEqual(stale.details.version, '2', 'the refusal names the current version');
      const gap = expectError(
        ctx,
        await alice.send(g.groupId, 3, 2, ct),
        'SEQUENCE_GAP',
        'a skipped sequence number',
      );
      checkEqual(gap.details.expected, '1', 'the refusal names the expected sequence number');
      await sendOk(ctx, alice, g.groupId, 1, 2, ct);
      // Group sends and direct sends share one sequence space (spec/delivery.md §Envelope ids).
      const r = await postSends(client, a!.primary, [
        sendTo(b!.accountId, [addressOf(b!, b!.primary)], 2, () => ctx.random()).send,
      ]);
      check(
        r.results[0]?.kind === 'accepted',
        'the next direct send takes the next number',
        'accepted',
        r.results[0]?.kind,
      );
    },
  },
  {
    id: 'groups/pipelined-sends-in-order',
    title:
      'group sends pipelined on one connection are accepted in the order sent and reach every member device in sequence order',
    mode: 'relay',
    requirements: ['REQ-GROUPS-012'],
    timeoutMs: TIMEOUT_MS,
    async run(ctx) {
      const client = caseClient(ctx);
      const [a, b, c] = await registered(ctx, client, 3);
      const b2 = await linkDevice(client, b!, () => ctx.random());
      const alice = new GroupApi(client, a!.primary);
      const g = await createGroup(ctx, alice, [b!, c!]);
      const [sender, ...receivers] = await sockets(ctx, [a!.primary, b!.primary, b2, c!.primary]);
      const n = PIPELINED_SENDS;
      // A window of requests in flight on the one socket (below the 32 of spec/transport.md): each next
      // send is written before the answers to the ones before it have come.
      const answers: { status: number; body: Uint8Array }[] = new Array(n);
      let next = 0;
      const lane = async () => {
        while (next < n) {
          const i = next++;
          answers[i] = await sender!.request(
            'POST',
            `/v1/groups/${g.groupId}/messages`,
            encodeGroupSend({
              sequence: i + 1,
              version: g.version,
              ciphertext: randomBytesFrom(() => ctx.random(), 32),
            }),
          );
        }
      };
      await Promise.all(Array.from({ length: PIPELINE_WINDOW }, lane));
      const refused = answers.map((r, i) => [i + 1, r.status] as const).filter(([, st]) => st !== 200);
      check(refused.length === 0, 'every pipelined group send is accepted', [], refused);
      for (const [i, r] of answers.entries()) {
        const result = decodeGroupSendResult(r.body);
        check(
          result.sequence === i + 1 && !result.duplicate && result.copies === receivers.length,
          `group send ${i + 1} stored one copy per other member device`,
          { sequence: i + 1, duplicate: false, copies: receivers.length },
          result,
        );
      }
      const expected = Array.from({ length: n }, (_, i) => `${a!.accountId}/${a!.primary.deviceId}/${i + 1}`);
      for (const [i, s] of receivers.entries()) {
        const keys = (await s!.waitForPushes(n)).map((p) => envelopeIdKey(p.envelope.id));
        check(
          keys.join() === expected.join(),
          `receiver ${i + 1} got the pipelined group sends in sequence order`,
          expected,
          keys,
        );
      }
      await Promise.all([sender, ...receivers].map((s) => s!.close()));
    },
  },
  {
    id: 'groups/offline-member-queued',
    title:
      'a group send to a member whose devices are all offline is queued for each of them and pushed when each connects',
    mode: 'relay',
    requirements: ['REQ-GROUPS-007', 'REQ-DELIVERY-004', 'REQ-DELIVERY-006'],
    timeoutMs: TIMEOUT_MS,
    async run(ctx) {
      const client = caseClient(ctx);
      const [a, b] = await registered(ctx, client, 2);
      const b2 = await linkDevice(client, b!, () => ctx.random());
      const alice = new GroupApi(client, a!.primary);
      const g = await createGroup(ctx, alice, [b!]);
      // Both of b's devices were online once and are gone: the connection dropped without a goodbye.
      const gone = await sockets(ctx, [b!.primary, b2]);
      await Promise.all(gone.map((s) => s.terminate()));
      const ciphertext = randomBytesFrom(() => ctx.random(), 64);
      const r = await sendOk(ctx, alice, g.groupId, 1, g.version, ciphertext);
      checkEqual(r.copies, 2, 'a copy is stored for each offline device of the member');
      await flushDelivery(client);
      check(
        (await filesContaining(client, ciphertext)).length > 0,
        'the copies wait in the relay storage while the member is offline',
      );
      for (const [name, d] of [
        ['primary', b!.primary],
        ['linked', b2],
      ] as const) {
        const [s] = await sockets(ctx, [d]);
        const first = (await s!.waitForPushes(1))[0]!;
        checkEqual(
          envelopeIdKey(first.envelope.id),
          `${a!.accountId}/${a!.primary.deviceId}/1`,
          `the ${name} device gets the group send when it reconnects`,
        );
        check(
          Buffer.from(first.envelope.ciphertext).equals(Buffer.from(ciphertext)),
          `the ${name} device gets the ciphertext as sent`,
        );
        await s!.close();
      }
    },
  },
  {
    id: 'groups/removed-member-no-fanout',
    title: "after removal or leaving, a member's devices get no copy of any later group send",
    mode: 'relay',
    requirements: ['REQ-GROUPS-007', 'REQ-GROUPS-009'],
    timeoutMs: TIMEOUT_MS,
    async run(ctx) {
      const client = caseClient(ctx);
      const [a, b, c, d] = await registered(ctx, client, 4);
      const alice = new GroupApi(client, a!.primary);
      const dave = new GroupApi(client, d!.primary);
      const g = await createGroup(ctx, alice, [b!, c!, d!]);
      const [sb, sc, sd] = await sockets(ctx, [b!.primary, c!.primary, d!.primary]);
      const v2 = decodeGroupState(
        expectOk(
          ctx,
          await alice.change(g.groupId, { version: 1, remove: [c!.accountId] }),
          'remove a member',
        ),
      );
      expectOk(ctx, await dave.leave(g.groupId), 'a member leaves');
      const v3 = await stateSeenBy(ctx, alice, g.groupId, 'read after the changes');
      checkEqual(v3.version, v2.version + 1, 'leaving is one more change');
      const r = await sendOk(
        ctx,
        alice,
        g.groupId,
        1,
        v3.version,
        randomBytesFrom(() => ctx.random(), 40),
      );
      checkEqual(r.copies, 1, 'only the one remaining member device gets a copy');
      await sb!.waitForPushes(1);
      // Queues are in acceptance order: if a copy had been queued for them, it would arrive before the marker.
      await marker(ctx, client, a!.primary, c!, 2);
      await marker(ctx, client, a!.primary, d!, 3);
      for (const [who, s] of [
        ['removed', sc!],
        ['departed', sd!],
      ] as const) {
        const first = (await s.waitForPushes(1))[0]!;
        check(
          first.envelope.id.sequence !== 1,
          `the ${who} member's first push is the later direct message, not the group send`,
          'not sequence 1',
          envelopeIdKey(first.envelope.id),
        );
      }
      await Promise.all([sb, sc, sd].map((s) => s!.close()));
    },
  },
  {
    id: 'groups/deleted-account-leaves',
    title: 'a deleted account leaves every group: version + 1, a new admin, and no copy of later sends',
    mode: 'relay',
    requirements: ['REQ-GROUPS-011'],
    timeoutMs: TIMEOUT_MS,
    async run(ctx) {
      const client = caseClient(ctx);
      const [a, b, c] = await registered(ctx, client, 3);
      const bob = new GroupApi(client, b!.primary);
      const alice = new GroupApi(client, a!.primary);
      const g = await createGroup(ctx, bob, [a!, c!]);
      const solo = await createGroup(ctx, bob, []);
      expectOk(
        ctx,
        await client.request('DELETE', '/v1/accounts/me', { token: b!.primary.token }),
        'the admin deletes its account',
      );
      const after = await stateSeenBy(ctx, alice, g.groupId, 'a remaining member reads the group');
      checkEqual(after.version, g.version + 1, 'the deletion is one change');
      checkEqual(
        roles(after).join(),
        [`${a!.accountId}:admin`, `${c!.accountId}:member`].join(),
        'the deleted account is gone and the longest-standing member is admin',
      );
      const r = await sendOk(
        ctx,
        alice,
        g.groupId,
        1,
        after.version,
        randomBytesFrom(() => ctx.random(), 40),
      );
      checkEqual(r.copies, 1, 'a later send is queued for the one other remaining device only');
      expectError(
        ctx,
        await alice.get(solo.groupId),
        'GROUP_NOT_MEMBER',
        'a group whose only member was deleted',
      );
    },
  },
  {
    id: 'groups/erased-after-ack',
    title: 'a group copy is erased from every storage file once its device acknowledged it',
    mode: 'relay',
    requirements: ['REQ-GROUPS-010'],
    timeoutMs: TIMEOUT_MS,
    async run(ctx) {
      const client = caseClient(ctx);
      const [a, b] = await registered(ctx, client, 2);
      const alice = new GroupApi(client, a!.primary);
      const g = await createGroup(ctx, alice, [b!]);
      const ciphertext = randomBytesFrom(() => ctx.random(), 64);
      await sendOk(ctx, alice, g.groupId, 1, g.version, ciphertext);
      await flushDelivery(client);
      check(
        (await filesContaining(client, ciphertext)).length > 0,
        'the queued copy is in storage (the scan works)',
      );
      const [sb] = await sockets(ctx, [b!.primary]);
      await sb!.waitForPushes(1);
      // The ack went out on receipt, before the close frame; the flush completes the erasure it caused.
      await sb!.close();
      await flushDelivery(client);
      const left = await filesContaining(client, ciphertext);
      check(left.length === 0, 'no storage file holds the acknowledged group copy', [], left);
    },
  },
];
