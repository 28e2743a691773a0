/**
 * @module
 * Client-mode cases of encrypted device sync (spec/sync.md): the client
 * under test is the account's primary (the driver); the harness links a
 * second device to it with the reference library, which restores from the
 * record the client wrote, writes its own changes, and replays a record
 * under a newer version. Each case runs on the scene of
 * conformance/cases/client/delivery.ts: its own relay in-process and a
 * registered driver account.
 */
import { join } from 'node:path';
import { DefTalkClient } from '../../../reference/client/client.ts';
import { decodeSyncRecord, encodeSyncWrite, SYNC_PATH } from '../../../reference/wire/sync.ts';
import { type CaseContext, type ConformanceCase, check, DriverError, type DriverLink } from '../../case.ts';
import { randomPhoneNumber } from '../../lib/relayClient.ts';
import { filesContaining } from '../relay/deliveryPeer.ts';
import { type Scene, withScene } from './delivery.ts';

const CAPABILITY = 'client.sync';
const PASS = 'conformance pass phrase';
const FAST = { kdf: { log2N: 10, r: 8, p: 1 } };
const TIMEOUT_MS = 30_000;

interface DriverStatus {
  hasKey: boolean;
  version: number;
  contacts: Record<string, string>;
}

/** Link a harness device to the driver's account; it restores from the sync record as it joins. */
async function linkHarnessDevice(s: Scene, driver: DriverLink): Promise<DefTalkClient> {
  const dir = join(await s.newDir('linked'), 'store');
  const linked = await DefTalkClient.create(dir, PASS, s.relay.relay.url, FAST);
  const { text: link } = await linked.startLink();
  const done = linked.finishLink({ pollMs: 20 });
  await driver.call('messages.approveLink', { link });
  await done;
  check(linked.address.accountId === s.client.accountId, 'the harness device joined the client account');
  return linked;
}

async function addContact(driver: DriverLink, phoneNumber: string, accountId: string): Promise<void> {
  await driver.call('sync.addContact', { phoneNumber, accountId });
}

/** A number nobody registered, so the relay holds nothing derived from it. */
function freshNumber(ctx: CaseContext): string {
  return randomPhoneNumber(ctx.random);
}

/** The client-mode sync cases. */
export const CLIENT_SYNC_CASES: readonly ConformanceCase[] = [
  {
    id: 'client-sync/link-restores',
    title: "a device linked to the client's account restores its contacts; the relay holds none in plaintext",
    mode: 'client',
    requirements: ['REQ-SYNC-006', 'REQ-SYNC-003'],
    capability: CAPABILITY,
    timeoutMs: TIMEOUT_MS,
    run: (ctx) =>
      withScene(ctx, async (s) => {
        const driver = ctx.driver!;
        const number = freshNumber(ctx);
        await addContact(driver, number, s.peer.accountId);
        const pushed = await driver.call<{ version: number }>('sync.push');
        check(pushed.version >= 1, 'the client wrote the sync record', '≥ 1', pushed.version);
        const files = await filesContaining(s.relay.hooks, new TextEncoder().encode(number));
        check(files.length === 0, "the contact's number is in no storage file of the relay", [], files);
        const logged = (await s.relay.hooks.logLines()).filter((l) => l.includes(number));
        check(logged.length === 0, "the contact's number is in no log line", 0, logged.length);
        const linked = await linkHarnessDevice(s, driver);
        try {
          check(linked.syncStatus.hasKey, 'the provisioning payload carried the sync key');
          check(
            linked.contacts[number] === s.peer.accountId,
            'the linked device restored the contact from the record',
            s.peer.accountId,
            linked.contacts[number],
          );
        } finally {
          linked.close();
        }
      }),
  },
  {
    id: 'client-sync/rollback-refused',
    title: 'a record replayed under a newer version is refused with SYNC_RECORD_INVALID and changes nothing',
    mode: 'client',
    requirements: ['REQ-SYNC-003'],
    capability: CAPABILITY,
    timeoutMs: TIMEOUT_MS,
    run: (ctx) =>
      withScene(ctx, async (s) => {
        const driver = ctx.driver!;
        const first = freshNumber(ctx);
        await addContact(driver, first, s.peer.accountId);
        await driver.call('sync.push');
        const linked = await linkHarnessDevice(s, driver);
        try {
          // The harness device writes a new contact (v2), then replays v1's ciphertext as v3.
          const v1 = decodeSyncRecord(await linked.relay.call('GET', SYNC_PATH, { auth: true }));
          const second = freshNumber(ctx);
          await linked.addContact(second, s.peer.accountId);
          const mine = await linked.syncPush();
          check(mine.version === v1.version + 1, 'the harness device wrote the next version');
          await linked.relay.call('PUT', SYNC_PATH, {
            auth: true,
            body: encodeSyncWrite({ expectedVersion: mine.version, ciphertext: v1.ciphertext }),
          });
          const refusal = await driver.call('sync.pull').then(
            () => 'no error',
            (e: unknown) => (e instanceof DriverError ? e.errorName : String(e)),
          );
          check(
            refusal === 'SYNC_RECORD_INVALID',
            'the client refuses a record sealed for another version',
            'SYNC_RECORD_INVALID',
            refusal,
          );
          const status = await driver.call<DriverStatus>('sync.status');
          check(status.contacts[first] === s.peer.accountId, 'the client kept its contact');
        } finally {
          linked.close();
        }
      }),
  },
  {
    id: 'client-sync/merge-on-conflict',
    title:
      'two devices change contacts at once: the client merges on a version conflict and keeps both changes',
    mode: 'client',
    requirements: ['REQ-SYNC-007'],
    capability: CAPABILITY,
    timeoutMs: TIMEOUT_MS,
    run: (ctx) =>
      withScene(ctx, async (s) => {
        const driver = ctx.driver!;
        const [a, b, c] = [freshNumber(ctx), freshNumber(ctx), freshNumber(ctx)];
        await addContact(driver, a, s.peer.accountId);
        await driver.call('sync.push');
        const linked = await linkHarnessDevice(s, driver);
        try {
          // Both devices are at the same version; each adds a contact; the harness device writes first.
          await addContact(driver, b, s.peer.accountId);
          await linked.addContact(c, s.peer.accountId);
          const theirs = await linked.syncPush();
          ctx.log(`the harness device wrote version ${theirs.version}`);
          const mine = await driver.call<{ version: number; written: boolean }>('sync.push');
          check(
            mine.written && mine.version > theirs.version,
            'the client wrote after merging',
            '> ' + theirs.version,
            mine,
          );
          await linked.syncPull();
          for (const [n, who] of [
            [a, 'the first contact'],
            [b, "the client's new contact"],
            [c, "the other device's new contact"],
          ] as const) {
            check(
              linked.contacts[n] === s.peer.accountId,
              `the record holds ${who}`,
              s.peer.accountId,
              linked.contacts[n],
            );
          }
          const status = await driver.call<DriverStatus>('sync.status');
          check(status.contacts[c] === s.peer.accountId, "the client took the other device's contact");
        } finally {
          linked.close();
        }
      }),
  },
];
