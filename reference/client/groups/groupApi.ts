/**
 * @module
 * The group operations of spec/groups.md §Operations as the client calls
 * them over its authenticated {@link RelayConnection}; every answer is
 * decoded into a validated {@link GroupState}, every refusal is the
 * relay's registered DefTalkError.
 */
import {
  decodeGroupList,
  decodeGroupSendResult,
  decodeGroupState,
  encodeGroupChange,
  encodeGroupCreate,
  encodeGroupSend,
  GROUPS_PATH,
  type GroupChange,
  type GroupId,
  type GroupSend,
  type GroupSendResult,
  type GroupState,
  groupChangesPath,
  groupLeavePath,
  groupMessagesPath,
  groupPath,
} from '../../wire/group.ts';
import type { AccountId } from '../../wire/ids.ts';
import type { RelayConnection } from '../relayConnection.ts';

/** The relay's group operations for one signed-in device. */
export class GroupApi {
  readonly #relay: RelayConnection;

  constructor(relay: RelayConnection) {
    this.#relay = relay;
  }

  /** Create a group with the calling account as admin and `members` as members. */
  async create(members: readonly AccountId[]): Promise<GroupState> {
    return decodeGroupState(
      await this.#relay.call('POST', GROUPS_PATH, { auth: true, body: encodeGroupCreate(members) }),
    );
  }

  /** The groups the account is a member of. */
  async list(): Promise<GroupState[]> {
    return decodeGroupList(await this.#relay.call('GET', GROUPS_PATH, { auth: true }));
  }

  /** One group's state (GROUP_NOT_MEMBER for a non-member). */
  async get(id: GroupId): Promise<GroupState> {
    return decodeGroupState(await this.#relay.call('GET', groupPath(id), { auth: true }));
  }

  /** Apply a membership change (admins only); the new state. */
  async change(id: GroupId, change: Partial<GroupChange> & { version: number }): Promise<GroupState> {
    const body = encodeGroupChange({ add: [], remove: [], promote: [], demote: [], ...change });
    return decodeGroupState(await this.#relay.call('POST', groupChangesPath(id), { auth: true, body }));
  }

  /** Leave the group. */
  async leave(id: GroupId): Promise<void> {
    await this.#relay.call('POST', groupLeavePath(id), { auth: true });
  }

  /** One group send (spec/groups.md §Fan-out). */
  async send(id: GroupId, send: GroupSend): Promise<GroupSendResult> {
    return decodeGroupSendResult(
      await this.#relay.call('POST', groupMessagesPath(id), { auth: true, body: encodeGroupSend(send) }),
    );
  }
}
