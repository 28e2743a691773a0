/**
 * @module
 * The group bodies of Content (spec/groups.md §Sender keys, §Leaving;
 * content.proto fields 20-29): a device's sender key for a group, and the
 * notice that a group's membership changed. Both travel only inside the
 * pairwise sessions; the relay never sees them.
 */
import { exactBytes, u64 } from './_bytes.ts';
import { requireField } from './codec.ts';
import type { deftalk } from './generated/deftalk.js';
import { type GroupId, groupIdFromBytes, groupIdToBytes } from './group.ts';

/** Group content of a session message. */
export type GroupContent =
  | {
      readonly kind: 'sender-key';
      readonly groupId: GroupId;
      readonly chainId: number;
      readonly iteration: number;
      /** 32 bytes. */
      readonly chainKey: Uint8Array;
      /** Ed25519 public key, 32 bytes. */
      readonly signingKey: Uint8Array;
    }
  | { readonly kind: 'group-update'; readonly groupId: GroupId; readonly version: number };

/** Content kinds of this module. */
export const GROUP_CONTENT_KINDS: ReadonlySet<string> = new Set(['sender-key', 'group-update']);

/** True for group content. */
export function isGroupContent(c: { readonly kind: string }): c is GroupContent {
  return GROUP_CONTENT_KINDS.has(c.kind);
}

/** The Content fields of a group body. */
export function groupContentToWire(c: GroupContent): deftalk.v1.IContent {
  if (c.kind === 'group-update') {
    return { groupUpdate: { groupId: groupIdToBytes(c.groupId), version: c.version } };
  }
  return {
    senderKey: {
      groupId: groupIdToBytes(c.groupId),
      chainId: c.chainId,
      iteration: c.iteration,
      chainKey: c.chainKey,
      signingKey: c.signingKey,
    },
  };
}

/** The group body of decoded Content, or undefined when it has none; MALFORMED_REQUEST naming a bad field. */
export function groupContentFromWire(m: deftalk.v1.IContent, field: string): GroupContent | undefined {
  if (m.senderKey) {
    const f = `${field}.sender_key`;
    return {
      kind: 'sender-key',
      groupId: groupIdFromBytes(m.senderKey.groupId, `${f}.group_id`),
      chainId: m.senderKey.chainId ?? 0,
      iteration: m.senderKey.iteration ?? 0,
      chainKey: exactBytes(m.senderKey.chainKey, 32, `${f}.chain_key`).slice(),
      signingKey: exactBytes(m.senderKey.signingKey, 32, `${f}.signing_key`).slice(),
    };
  }
  if (m.groupUpdate) {
    const version = u64(m.groupUpdate.version, `${field}.group_update.version`);
    requireField(version >= 1, `${field}.group_update.version`);
    return {
      kind: 'group-update',
      groupId: groupIdFromBytes(m.groupUpdate.groupId, `${field}.group_update.group_id`),
      version,
    };
  }
  return undefined;
}
