/**
 * @module
 * Client-mode cases for groups (spec/groups.md §Rotation, §Message
 * encoding). Each case starts its own reference relay in-process and plays
 * two other members with the reference library; the client under test is
 * the driver. The harness reads the peers' message stores (their own
 * directories, their own passphrase) for the sender keys they hold, and
 * reaches the relay's delivery store to play a relay that delivers what an
 * honest one would refuse.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Writable } from 'node:stream';
import { ed25519 } from '@noble/curves/ed25519.js';
import { DefTalkClient } from '../../../reference/client/client.ts';
import type { LocalGroup } from '../../../reference/client/groups/groupState.ts';
import {
  decryptGroupMessage,
  encryptGroupMessage,
  SENDER_KEY_MESSAGE_KIND,
  type SenderKeyState,
} from '../../../reference/client/groups/senderKey.ts';
import { MessageStore } from '../../../reference/client/messaging/messageStore.ts';
import { Messenger } from '../../../reference/client/messaging/messenger.ts';
import { type Relay, startRelay } from '../../../reference/relay/server.ts';
import { SqliteDeliveryStore } from '../../../reference/relay/storage/deliverySqlite.ts';
import type { AcceptItem, DeliveryStore } from '../../../reference/relay/storage/queue.ts';
import { encodeContent } from '../../../reference/wire/content.ts';
import { decodeSenderState, SEQUENCE_PATH } from '../../../reference/wire/delivery.ts';
import { decodeEnvelope, encodeEnvelope } from '../../../reference/wire/envelope.ts';
import type { GroupId } from '../../../reference/wire/group.ts';
import type { AccountId, DeviceId } from '../../../reference/wire/ids.ts';
import { type CaseContext, type ConformanceCase, check, type DriverLink } from '../../case.ts';
import { RelayClient, randomPhoneNumber } from '../../lib/relayClient.ts';

const CAPABILITY = 'client.groups';
const PASS = 'conformance pass phrase';
const FAST = { kdf: { log2N: 10, r: 8, p: 1 } };
const TIMEOUT_MS = 45_000;

/** A member the harness plays with the reference library. */
interface Member {
  client: DefTalkClient;
  m: Messenger;
  dir: string;
  accountId: AccountId;
  deviceId: DeviceId;
}

interface Scene {
  relay: Relay;
  /** The relay's delivery store, to queue what an honest relay would not. */
  delivery: DeliveryStore;
  /** Every send the relay accepted, in order. */
  accepted: AcceptItem[];
  driver: DriverLink;
  client: { accountId: AccountId; deviceId: DeviceId };
  b: Member;
  c: Member;
}

interface Listed {
  envelopeId: string;
  direction: string;
  peer: string;
  text: string;
  group?: string;
}

async function withGroupScene(ctx: CaseContext, body: (s: Scene) => Promise<void>): Promise<void> {
  check(ctx.driver, 'client mode needs a driver');
  const dirs: string[] = [];
  const newDir = async (prefix: string) => {
    const d = await mkdtemp(join(tmpdir(), `deftalk-case-groups-${prefix}-`));
    dirs.push(d);
    return d;
  };
  const accepted: AcceptItem[] = [];
  let delivery: DeliveryStore | undefined;
  const members: Member[] = [];
  let relay: Relay | undefined;
  try {
    relay = await startRelay(
      {
        host: '127.0.0.1',
        port: 0,
        dataDir: await newDir('relay'),
        testHooks: true,
        logLevel: 'silent',
        pinScryptLog2N: 10,
      },
      new Writable({ write: (_c, _e, cb) => cb() }),
      {
        stores: {
          delivery: (db, clock, opts) => {
            const inner = new SqliteDeliveryStore(db, clock, opts);
            delivery = inner;
            return new Proxy(inner, {
              get: (target, prop) => {
                if (prop === 'accept')
                  return async (items: readonly AcceptItem[]) => {
                    accepted.push(...items);
                    return target.accept(items);
                  };
                const value: unknown = Reflect.get(target, prop, target);
                return typeof value === 'function' ? value.bind(target) : value;
              },
            });
          },
        },
      },
    );
    const hooks = new RelayClient(relay.url, ctx.signal);
    const driver = ctx.driver;
    const phone = randomPhoneNumber(ctx.random);
    await driver.call('messages.open', {
      relay: relay.url,
      store: join(await newDir('client'), 'store'),
      passphrase: PASS,
    });
    await driver.call('messages.register', { phoneNumber: phone });
    const client = await driver.call<{ accountId: AccountId; deviceId: DeviceId }>('messages.verify', {
      code: await hooks.verificationCode(phone),
    });
    check(typeof client?.accountId === 'string', 'messages.verify answers the account id');
    await driver.call('messages.connect');
    for (let i = 0; i < 2; i++) {
      const dir = join(await newDir(`peer${i}`), 'store');
      const c = await DefTalkClient.create(dir, PASS, relay.url, FAST);
      const p = randomPhoneNumber(ctx.random);
      await c.requestCode(p);
      await c.verify(await hooks.verificationCode(p));
      const m = await Messenger.open(c, dir, PASS, FAST);
      await m.connect();
      members.push({ client: c, m, dir, accountId: c.address.accountId, deviceId: c.address.deviceId });
    }
    await body({
      relay,
      delivery: delivery!,
      accepted,
      driver,
      client,
      b: members[0]!,
      c: members[1]!,
    });
  } finally {
    for (const p of members) await p.m.close().catch(() => undefined);
    await relay?.close().catch(() => undefined);
    for (const d of dirs) await rm(d, { recursive: true, force: true });
  }
}

function randomText(ctx: CaseContext, label: string): string {
  return `${label} ${Math.floor(ctx.random() * 2 ** 48).toString(36)}`;
}

async function listed(driver: DriverLink): Promise<Listed[]> {
  const r = await driver.call<{ messages: Listed[] }>('messages.list');
  check(Array.isArray(r?.messages), 'messages.list answers a messages array', 'array', r);
  return r.messages;
}

/** Poll the driver until it shows `text` (the client acks before the harness can see it otherwise). */
async function driverShows(ctx: CaseContext, driver: DriverLink, text: string): Promise<void> {
  while (!(await listed(driver)).some((m) => m.text === text)) {
    if (ctx.signal.aborted) throw new Error(`aborted while waiting for the client to show "${text}"`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Resolve once the member's messenger showed `text`. */
function memberShows(ctx: CaseContext, p: Member, text: string): Promise<void> {
  if (p.m.messages.some((m) => m.body === text)) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const off = p.m.onEvent((e) => {
      if (e.type === 'message' && e.message.body === text) {
        off();
        resolve();
      }
    });
    ctx.signal.addEventListener('abort', () => reject(new Error(`aborted while waiting for "${text}"`)), {
      once: true,
    });
  });
}

/** The group view a member's client saved: its own key and the keys it received. */
async function storedGroup(p: Member, id: GroupId): Promise<LocalGroup | undefined> {
  const store = await MessageStore.open(p.dir, PASS);
  try {
    return store.data.groups?.[id];
  } finally {
    store.close();
  }
}

/** The next sequence number of a member's device at the relay. */
async function nextSequence(p: Member): Promise<number> {
  return decodeSenderState(await p.client.relay.call('GET', SEQUENCE_PATH, { auth: true })) + 1;
}

const text = (body: string, at = 0) => encodeContent({ kind: 'text', body, sentAtMs: at });

/** The client-mode group cases. */
export const GROUPS_CLIENT_CASES: readonly ConformanceCase[] = [
  {
    id: 'client-groups/removed-member-reads-nothing-after',
    title: 'after the client removes a member, nothing it sends opens under any key the removed member holds',
    mode: 'client',
    requirements: ['REQ-GROUPS-023'],
    capability: CAPABILITY,
    timeoutMs: TIMEOUT_MS,
    run: (ctx) =>
      withGroupScene(ctx, async (s) => {
        const g = await s.driver.call<{ groupId: GroupId }>('groups.create', {
          members: [s.b.accountId, s.c.accountId],
        });
        const before = randomText(ctx, 'before');
        await s.driver.call('groups.send', { group: g.groupId, text: before });
        await memberShows(ctx, s.b, before);
        await memberShows(ctx, s.c, before);
        const held = await storedGroup(s.c, g.groupId);
        const clientKey = held?.keys[`${s.client.accountId}.${s.client.deviceId}`];
        check(clientKey, "the member to be removed holds the client's sender key (the scene works)");
        ctx.log(`removed member holds chain ${clientKey.chainId} at iteration ${clientKey.iteration}`);
        await s.driver.call('groups.change', { group: g.groupId, remove: [s.c.accountId] });
        const from = s.accepted.length;
        const after = randomText(ctx, 'after');
        await s.driver.call('groups.send', { group: g.groupId, text: after });
        await memberShows(ctx, s.b, after);
        const sent = s.accepted
          .slice(from)
          .filter((i) => i.sender.accountId === s.client.accountId && i.copies.length > 0)
          .map((i) => decodeEnvelope(i.copies[0]!.envelope).ciphertext)
          .filter((ct) => ct[0] === SENDER_KEY_MESSAGE_KIND);
        check(sent.length > 0, 'the relay accepted a group message from the client after the removal');
        for (const ct of sent) {
          let opened: string | undefined;
          try {
            const r = decryptGroupMessage(
              clientKey,
              g.groupId,
              { accountId: s.client.accountId, deviceId: s.client.deviceId },
              ct,
            );
            opened = Buffer.from(r.plaintext).toString('hex');
          } catch {
            opened = undefined;
          }
          check(
            opened === undefined,
            'a group message sent after the removal does not open under the key the removed member holds',
            'GROUP_MESSAGE_INVALID',
            'decrypted',
          );
        }
      }),
  },
  {
    id: 'client-groups/removed-device-reads-nothing-after',
    title:
      'after a member unlinks one of its devices, nothing the client sends opens under any key that device holds',
    mode: 'client',
    requirements: ['REQ-GROUPS-024'],
    capability: CAPABILITY,
    timeoutMs: TIMEOUT_MS,
    run: (ctx) =>
      withGroupScene(ctx, async (s) => {
        // The member b links a second device, which will be unlinked while b stays a member.
        const dir = join(await mkdtemp(join(tmpdir(), 'deftalk-case-groups-linked-')), 'store');
        try {
          const linkedClient = await DefTalkClient.create(dir, PASS, s.relay.url, FAST);
          const { text: link } = await linkedClient.startLink();
          const done = linkedClient.finishLink({ pollMs: 20 });
          await s.b.client.approveLink(link);
          await done;
          const m = await Messenger.open(linkedClient, dir, PASS, FAST);
          const b2: Member = {
            client: linkedClient,
            m,
            dir,
            accountId: linkedClient.address.accountId,
            deviceId: linkedClient.address.deviceId,
          };
          check(b2.accountId === s.b.accountId, 'the linked device joined the member account');
          try {
            await m.connect();
            const g = await s.driver.call<{ groupId: GroupId }>('groups.create', {
              members: [s.b.accountId, s.c.accountId],
            });
            const before = randomText(ctx, 'before');
            await s.driver.call('groups.send', { group: g.groupId, text: before });
            await memberShows(ctx, b2, before);
            await memberShows(ctx, s.b, before);
            await m.close();
            const held = await storedGroup(b2, g.groupId);
            const clientKey = held?.keys[`${s.client.accountId}.${s.client.deviceId}`];
            check(clientKey, "the device to be unlinked holds the client's sender key (the scene works)");
            await s.b.client.removeDevices([b2.deviceId]);
            const from = s.accepted.length;
            const after = randomText(ctx, 'after');
            await s.driver.call('groups.send', { group: g.groupId, text: after });
            await memberShows(ctx, s.b, after);
            await memberShows(ctx, s.c, after);
            const sent = s.accepted
              .slice(from)
              .filter((i) => i.sender.accountId === s.client.accountId && i.copies.length > 0)
              .map((i) => decodeEnvelope(i.copies[0]!.envelope).ciphertext)
              .filter((ct) => ct[0] === SENDER_KEY_MESSAGE_KIND);
            check(sent.length > 0, 'the relay accepted a group message from the client after the unlinking');
            for (const ct of sent) {
              let opened = false;
              try {
                decryptGroupMessage(
                  clientKey,
                  g.groupId,
                  { accountId: s.client.accountId, deviceId: s.client.deviceId },
                  ct,
                );
                opened = true;
              } catch {
                opened = false;
              }
              check(
                !opened,
                'a group message sent after the unlinking does not open under the key the removed device holds',
                'GROUP_MESSAGE_INVALID',
                'decrypted',
              );
            }
          } finally {
            await m.close().catch(() => undefined);
          }
        } finally {
          await rm(dirname(dir), { recursive: true, force: true });
        }
      }),
  },
  {
    id: 'client-groups/rejects-forged-and-removed-sender',
    title:
      'the client shows no group message with a bad signature, nor one from a member it knows was removed',
    mode: 'client',
    requirements: ['REQ-GROUPS-021', 'REQ-GROUPS-022'],
    capability: CAPABILITY,
    timeoutMs: TIMEOUT_MS,
    run: (ctx) =>
      withGroupScene(ctx, async (s) => {
        const g = await s.driver.call<{ groupId: GroupId }>('groups.create', {
          members: [s.b.accountId, s.c.accountId],
        });
        const valid = randomText(ctx, 'valid');
        await s.b.m.sendGroupText(g.groupId, valid);
        await driverShows(ctx, s.driver, valid);
        const own = (await storedGroup(s.b, g.groupId))?.own;
        check(own?.signingSeed, "the member's own sender key is in its store (the scene works)");
        const me = { accountId: s.b.accountId, deviceId: s.b.deviceId };
        const version = (await s.b.client.groups.get(g.groupId)).version;
        // A forgery: the right chain, signed with another key.
        const forgedText = randomText(ctx, 'forged');
        const forged = encryptGroupMessage(
          {
            ...own,
            signingSeed: Buffer.from(ed25519.utils.randomSecretKey()).toString('hex'),
          } as SenderKeyState,
          g.groupId,
          me,
          text(forgedText),
        );
        let seq = await nextSequence(s.b);
        await s.b.client.groups.send(g.groupId, { sequence: seq++, version, ciphertext: forged.message });
        const control = randomText(ctx, 'control');
        // The honest key one iteration on (the forgery used one): the member's own signing seed again.
        const honest = encryptGroupMessage(
          { ...forged.next, signingSeed: own.signingSeed },
          g.groupId,
          me,
          text(control),
        );
        await s.b.client.groups.send(g.groupId, { sequence: seq++, version, ciphertext: honest.message });
        await driverShows(ctx, s.driver, control);
        check(
          !(await listed(s.driver)).some((m) => m.text === forgedText),
          'the message whose signature does not verify is not shown',
        );
        // The client removes the member; a relay that still delivers the member's (validly signed) message.
        await s.driver.call('groups.change', { group: g.groupId, remove: [s.b.accountId] });
        const lateText = randomText(ctx, 'from removed');
        const late = encryptGroupMessage(honest.next, g.groupId, me, text(lateText));
        const [outcome] = await s.delivery.accept([
          {
            sender: me,
            sequence: seq,
            expiresAt: s.relay.clock.now() + 60_000,
            copies: [
              {
                device: s.client,
                envelope: encodeEnvelope({
                  id: { senderAccount: me.accountId, senderDevice: me.deviceId, sequence: seq },
                  destination: s.client.accountId,
                  acceptedAtMs: s.relay.clock.now(),
                  transient: false,
                  ciphertext: late.message,
                }),
              },
            ],
          },
        ]);
        check(
          outcome?.kind === 'stored',
          "the harness queued the removed member's message",
          'stored',
          outcome?.kind,
        );
        // Reconnect so the client drains its queue; a later message from a current member follows it.
        await s.driver.call('messages.disconnect');
        await s.driver.call('messages.connect');
        const control2 = randomText(ctx, 'control after removal');
        await s.c.m.sendGroupText(g.groupId, control2);
        await driverShows(ctx, s.driver, control2);
        check(
          !(await listed(s.driver)).some((m) => m.text === lateText),
          'the message from the removed member is not shown',
        );
      }),
  },
];
