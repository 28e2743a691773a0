/**
 * @module
 * Groups on the wire (spec/groups.md): group ids, roles, the group state the
 * relay answers its members, membership changes and the group send. The
 * decoders check every field and refuse with MALFORMED_REQUEST naming the
 * field; whether a change makes sense for the group is the relay's check
 * (spec/groups.md §Membership changes).
 */
import { DefTalkError } from '../errors/index.ts';
import { u64 } from './_bytes.ts';
import { decodeMessage, requireField } from './codec.ts';
import { deftalk } from './generated/deftalk.js';
import { type AccountId, accountIdFromBytes, accountIdToBytes } from './ids.ts';

declare const groupIdBrand: unique symbol;
/** A group id: 32 lowercase hex digits (16 bytes on the wire), chosen by the relay at creation. */
export type GroupId = string & { readonly [groupIdBrand]: true };

/** Length of a group id on the wire. */
export const GROUP_ID_BYTES = 16;

/** Most members of one group (spec/groups.md §Limits). */
export const MAX_GROUP_MEMBERS = 256;

/** `POST /v1/groups` creates, `GET /v1/groups` lists (spec/groups.md §Operations). */
export const GROUPS_PATH = '/v1/groups';

/** The path of one group's state. */
export const groupPath = (id: GroupId): string => `${GROUPS_PATH}/${id}`;
/** The path of one group's membership changes. */
export const groupChangesPath = (id: GroupId): string => `${GROUPS_PATH}/${id}/changes`;
/** The path the calling account leaves a group at. */
export const groupLeavePath = (id: GroupId): string => `${GROUPS_PATH}/${id}/leave`;
/** The path of one group's sends. */
export const groupMessagesPath = (id: GroupId): string => `${GROUPS_PATH}/${id}/messages`;

const HEX_GROUP_ID = /^[0-9a-f]{32}$/;

/** Parse the text form of a group id (URL paths, the CLI); MALFORMED_REQUEST otherwise. */
export function parseGroupId(text: string, field = 'group_id'): GroupId {
  if (!HEX_GROUP_ID.test(text)) throw new DefTalkError('MALFORMED_REQUEST', { field });
  return text as GroupId;
}

/** The group id carried as 16 bytes; MALFORMED_REQUEST when the length is wrong. */
export function groupIdFromBytes(bytes: Uint8Array | null | undefined, field = 'group_id'): GroupId {
  if (!bytes || bytes.length !== GROUP_ID_BYTES) throw new DefTalkError('MALFORMED_REQUEST', { field });
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex') as GroupId;
}

/** The 16 bytes of a group id. */
export function groupIdToBytes(id: GroupId): Uint8Array {
  return new Uint8Array(Buffer.from(id, 'hex'));
}

/** A member's role (spec/groups.md §Roles). */
export type GroupRole = 'member' | 'admin';

/** One member of a group. */
export interface GroupMember {
  readonly accountId: AccountId;
  readonly role: GroupRole;
}

/** A group as its members see it (spec/groups.md §Group state). */
export interface GroupState {
  readonly groupId: GroupId;
  /** 1 at creation, one more with every change. */
  readonly version: number;
  /** Current members in the order they joined. */
  readonly members: readonly GroupMember[];
}

/** A membership change (spec/groups.md §Membership changes). */
export interface GroupChange {
  /** The version the change was made against. */
  readonly version: number;
  readonly add: readonly AccountId[];
  readonly remove: readonly AccountId[];
  readonly promote: readonly AccountId[];
  readonly demote: readonly AccountId[];
}

/** One group send (spec/groups.md §Fan-out). */
export interface GroupSend {
  readonly sequence: number;
  readonly version: number;
  readonly ciphertext: Uint8Array;
}

/** The answer to an accepted group send. */
export interface GroupSendResult {
  readonly sequence: number;
  readonly duplicate: boolean;
  readonly copies: number;
}

const ROLE_TO_WIRE = {
  member: deftalk.v1.GroupRole.GROUP_ROLE_MEMBER,
  admin: deftalk.v1.GroupRole.GROUP_ROLE_ADMIN,
} as const;

function roleFromWire(r: deftalk.v1.GroupRole | null | undefined, field: string): GroupRole {
  if (r === deftalk.v1.GroupRole.GROUP_ROLE_ADMIN) return 'admin';
  requireField(r === deftalk.v1.GroupRole.GROUP_ROLE_MEMBER, field);
  return 'member';
}

/** Most account ids one list of a request may name: beyond any valid change, so GROUP_TOO_LARGE stays the relay's answer. */
const MAX_LISTED_ACCOUNTS = 4 * MAX_GROUP_MEMBERS;

function accounts(list: Uint8Array[] | null | undefined, field: string): AccountId[] {
  requireField((list ?? []).length <= MAX_LISTED_ACCOUNTS, field);
  return (list ?? []).map((b, i) => accountIdFromBytes(b, `${field}[${i}]`));
}

function stateToWire(s: GroupState): deftalk.v1.IGroupState {
  return {
    groupId: groupIdToBytes(s.groupId),
    version: s.version,
    members: s.members.map((m) => ({ accountId: accountIdToBytes(m.accountId), role: ROLE_TO_WIRE[m.role] })),
  };
}

function stateFromWire(m: deftalk.v1.IGroupState, field: string): GroupState {
  const version = u64(m.version, `${field}.version`);
  requireField(version >= 1, `${field}.version`);
  const members = (m.members ?? []).map((x, i) => ({
    accountId: accountIdFromBytes(x.accountId ?? new Uint8Array(0), `${field}.members[${i}].account_id`),
    role: roleFromWire(x.role, `${field}.members[${i}].role`),
  }));
  return { groupId: groupIdFromBytes(m.groupId, `${field}.group_id`), version, members };
}

/** Encode a `GroupState`. */
export function encodeGroupState(s: GroupState): Uint8Array {
  return deftalk.v1.GroupState.encode(stateToWire(s)).finish();
}

/** Decode a `GroupState`: a 16-byte id, a version of at least 1, every member with a valid role. */
export function decodeGroupState(bytes: Uint8Array): GroupState {
  const m = decodeMessage('deftalk.v1.GroupState', (b) => deftalk.v1.GroupState.decode(b), bytes);
  return stateFromWire(m, 'group');
}

/** Encode a `GroupList`. */
export function encodeGroupList(list: readonly GroupState[]): Uint8Array {
  return deftalk.v1.GroupList.encode({ groups: list.map(stateToWire) }).finish();
}

/** Decode a `GroupList`. */
export function decodeGroupList(bytes: Uint8Array): GroupState[] {
  const m = decodeMessage('deftalk.v1.GroupList', (b) => deftalk.v1.GroupList.decode(b), bytes);
  return (m.groups ?? []).map((g, i) => stateFromWire(g, `groups[${i}]`));
}

/** Encode a `GroupCreateRequest`. */
export function encodeGroupCreate(members: readonly AccountId[]): Uint8Array {
  return deftalk.v1.GroupCreateRequest.encode({ members: members.map(accountIdToBytes) }).finish();
}

/** Decode a `GroupCreateRequest`: at most 256 account ids of 16 bytes. */
export function decodeGroupCreate(bytes: Uint8Array): AccountId[] {
  const m = decodeMessage(
    'deftalk.v1.GroupCreateRequest',
    (b) => deftalk.v1.GroupCreateRequest.decode(b),
    bytes,
  );
  return accounts(m.members, 'members');
}

/** Encode a `GroupChangeRequest`. */
export function encodeGroupChange(c: GroupChange): Uint8Array {
  return deftalk.v1.GroupChangeRequest.encode({
    version: c.version,
    add: c.add.map(accountIdToBytes),
    remove: c.remove.map(accountIdToBytes),
    promote: c.promote.map(accountIdToBytes),
    demote: c.demote.map(accountIdToBytes),
  }).finish();
}

/** Decode a `GroupChangeRequest`: a version of at least 1 and account ids of 16 bytes. */
export function decodeGroupChange(bytes: Uint8Array): GroupChange {
  const m = decodeMessage(
    'deftalk.v1.GroupChangeRequest',
    (b) => deftalk.v1.GroupChangeRequest.decode(b),
    bytes,
  );
  const version = u64(m.version, 'version');
  requireField(version >= 1, 'version');
  return {
    version,
    add: accounts(m.add, 'add'),
    remove: accounts(m.remove, 'remove'),
    promote: accounts(m.promote, 'promote'),
    demote: accounts(m.demote, 'demote'),
  };
}

/** Encode a `GroupSend`. */
export function encodeGroupSend(s: GroupSend): Uint8Array {
  return deftalk.v1.GroupSend.encode({
    sequence: s.sequence,
    version: s.version,
    ciphertext: s.ciphertext,
  }).finish();
}

/** Decode a `GroupSend`: a sequence and version of at least 1 and a non-empty ciphertext. */
export function decodeGroupSend(bytes: Uint8Array): GroupSend {
  const m = decodeMessage('deftalk.v1.GroupSend', (b) => deftalk.v1.GroupSend.decode(b), bytes);
  const sequence = u64(m.sequence, 'sequence');
  requireField(sequence >= 1, 'sequence');
  const version = u64(m.version, 'version');
  requireField(version >= 1, 'version');
  const ciphertext = m.ciphertext ?? new Uint8Array(0);
  requireField(ciphertext.length > 0, 'ciphertext');
  return { sequence, version, ciphertext: Uint8Array.prototype.slice.call(ciphertext) };
}

/** Encode a `GroupSendResult`. */
export function encodeGroupSendResult(r: GroupSendResult): Uint8Array {
  return deftalk.v1.GroupSendResult.encode(r).finish();
}

/** Decode a `GroupSendResult`. */
export function decodeGroupSendResult(bytes: Uint8Array): GroupSendResult {
  const m = decodeMessage('deftalk.v1.GroupSendResult', (b) => deftalk.v1.GroupSendResult.decode(b), bytes);
  return { sequence: u64(m.sequence, 'sequence'), duplicate: m.duplicate === true, copies: m.copies ?? 0 };
}
