/**
 * @module
 * Driver operations of groups (spec/driver.md §Group operations,
 * spec/groups.md): the device opened with `messages.open` creates, changes
 * and leaves groups, sends to them and lists its view of them. Group
 * messages it was shown appear in `messages.list` with their `group`.
 */
import { DefTalkError } from '../errors/index.ts';
import { type GroupId, type GroupState, parseGroupId } from '../wire/group.ts';
import { type AccountId, parseAccountId } from '../wire/ids.ts';
import type { DriverOp } from './driver.ts';
import type { DriverDevice } from './driverMessages.ts';

/** Capability of the group operations. */
export const GROUPS_CAPABILITY = 'client.groups';

function bad(op: string, field: string): DefTalkError {
  return new DefTalkError('DRIVER_BAD_PARAMS', { op, field });
}

function group(op: string, params: Record<string, unknown>): GroupId {
  try {
    return parseGroupId(String(params.group ?? ''));
  } catch {
    throw bad(op, 'group');
  }
}

function accounts(op: string, params: Record<string, unknown>, field: string): AccountId[] {
  const v = params[field];
  if (v === undefined) return [];
  if (!Array.isArray(v) || v.length > 256) throw bad(op, field);
  try {
    return v.map((a) => parseAccountId(String(a)));
  } catch {
    throw bad(op, field);
  }
}

const stateOf = (s: GroupState) => ({ groupId: s.groupId, version: s.version, members: s.members });

/** The group operations, each with capability {@link GROUPS_CAPABILITY}. */
export function groupsDriverOps(device: DriverDevice): [string, DriverOp][] {
  const op = (run: DriverOp['run']): DriverOp => ({ capability: GROUPS_CAPABILITY, run });
  return [
    [
      'groups.create',
      op(async (params) =>
        stateOf(await device.need().messenger.createGroup(accounts('groups.create', params, 'members'))),
      ),
    ],
    [
      'groups.change',
      op(async (params) => {
        const id = group('groups.change', params);
        const change = {
          add: accounts('groups.change', params, 'add'),
          remove: accounts('groups.change', params, 'remove'),
          promote: accounts('groups.change', params, 'promote'),
          demote: accounts('groups.change', params, 'demote'),
        };
        return stateOf(await device.need().messenger.changeGroup(id, change));
      }),
    ],
    [
      'groups.leave',
      op(async (params) => {
        await device.need().messenger.leaveGroup(group('groups.leave', params));
        return {};
      }),
    ],
    [
      'groups.send',
      op(async (params) => {
        const id = group('groups.send', params);
        const text = params.text;
        if (typeof text !== 'string' || text.length === 0 || text.length > 4096)
          throw bad('groups.send', 'text');
        const r = await device.need().messenger.sendGroupText(id, text);
        return { envelopeId: r.id, copies: r.copies };
      }),
    ],
    ['groups.list', op(async () => ({ groups: device.need().messenger.groups }))],
  ];
}
