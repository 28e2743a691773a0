/**
 * @module
 * Driver operations of encrypted device sync (spec/driver.md §Sync
 * operations, spec/sync.md), acting as the device `messages.open` opened.
 */
import { DefTalkError } from '../errors/index.ts';
import { parseAccountId } from '../wire/ids.ts';
import type { DriverOp } from './driver.ts';
import type { DriverDevice } from './driverMessages.ts';

/** Capability of the sync operations. */
export const SYNC_CAPABILITY = 'client.sync';

function bad(op: string, field: string): DefTalkError {
  return new DefTalkError('DRIVER_BAD_PARAMS', { op, field });
}

/** The sync operations, each with capability {@link SYNC_CAPABILITY}, on the shared driver device. */
export function syncDriverOps(device: DriverDevice): [string, DriverOp][] {
  const op = (run: DriverOp['run']): DriverOp => ({ capability: SYNC_CAPABILITY, run });
  const outcome = (o: { version: number; written: boolean; changed: boolean }) => ({
    version: o.version,
    written: o.written,
    changed: o.changed,
  });
  return [
    [
      'sync.addContact',
      op(async (params) => {
        const { phoneNumber, accountId } = params;
        if (typeof phoneNumber !== 'string') throw bad('sync.addContact', 'phoneNumber');
        if (typeof accountId !== 'string') throw bad('sync.addContact', 'accountId');
        let account: ReturnType<typeof parseAccountId>;
        try {
          account = parseAccountId(accountId);
        } catch {
          throw bad('sync.addContact', 'accountId');
        }
        await device.needClient().addContact(phoneNumber, account);
        return {};
      }),
    ],
    ['sync.push', op(async () => outcome(await device.needClient().syncPush()))],
    ['sync.pull', op(async () => outcome(await device.needClient().syncPull()))],
    [
      'sync.status',
      op(() => {
        const c = device.needClient();
        return { ...c.syncStatus, contacts: c.contacts };
      }),
    ],
  ];
}
