/**
 * @module
 * Driver operations of delivery (spec/driver.md §Operations, spec/client.md
 * §Client obligations for delivery): one device of the reference client,
 * its key store and message store in the store directory the harness names,
 * against a relay URL the harness names. All state lives in that directory,
 * so a driver killed with SIGKILL and started again (spec/conformance.md
 * §Restarting the driver) finds what the first process stored by opening
 * the same directory.
 */
import { DefTalkClient } from '../client/client.ts';
import { KeyStore } from '../client/keyStore.ts';
import { Messenger, type MessengerEvent } from '../client/messaging/messenger.ts';
import { DefTalkError } from '../errors/index.ts';
import { type AccountId, parseAccountId } from '../wire/ids.ts';
import type { DriverOp } from './driver.ts';

/** Capability of the delivery operations. */
export const MESSAGES_CAPABILITY = 'client.messages';

/** scrypt cost of stores the driver creates: the lowest the client accepts, to keep cases fast. */
const DRIVER_KDF = { log2N: 10, r: 8, p: 1 };

function bad(op: string, field: string): DefTalkError {
  return new DefTalkError('DRIVER_BAD_PARAMS', { op, field });
}

function text(op: string, params: Record<string, unknown>, field: string, max = 4096): string {
  const v = params[field];
  if (typeof v !== 'string' || v.length === 0 || v.length > max) throw bad(op, field);
  return v;
}

function account(op: string, params: Record<string, unknown>, field: string): AccountId {
  try {
    return parseAccountId(text(op, params, field, 64));
  } catch {
    throw bad(op, field);
  }
}

/** The device a driver process drives; one per process, shared by the operation modules that act as it. */
export class DriverDevice {
  client: DefTalkClient | undefined;
  messenger: Messenger | undefined;
  readonly typing: { from: string; device: number; started: boolean }[] = [];
  /** Every event the messenger emitted, for operation modules that report what was shown (location.list). */
  readonly events: MessengerEvent[] = [];

  need(): { client: DefTalkClient; messenger: Messenger } {
    if (!this.client || !this.messenger) throw new DefTalkError('NOT_REGISTERED');
    return { client: this.client, messenger: this.messenger };
  }

  needClient(): DefTalkClient {
    if (!this.client) throw new DefTalkError('NOT_REGISTERED');
    return this.client;
  }

  async attach(client: DefTalkClient, dir: string, passphrase: string): Promise<void> {
    this.client = client;
    this.messenger = await Messenger.open(client, dir, passphrase, { kdf: DRIVER_KDF });
    this.messenger.onEvent((e: MessengerEvent) => {
      if (e.type !== 'acked') this.events.push(e);
      if (e.type === 'typing') this.typing.push({ from: e.from, device: e.device, started: e.started });
    });
  }
}

/** The delivery operations, each with capability {@link MESSAGES_CAPABILITY}. */
export function messagesDriverOps(device = new DriverDevice()): [string, DriverOp][] {
  const op = (run: DriverOp['run']): DriverOp => ({ capability: MESSAGES_CAPABILITY, run });
  const address = (c: DefTalkClient) =>
    c.registered ? { accountId: c.address.accountId, deviceId: c.address.deviceId } : {};
  return [
    [
      'messages.open',
      op(async (params) => {
        const store = text('messages.open', params, 'store');
        const passphrase = text('messages.open', params, 'passphrase', 1024);
        if (device.client) throw new DefTalkError('KEYSTORE_EXISTS');
        let client: DefTalkClient;
        if (await KeyStore.exists(store)) {
          client = await DefTalkClient.open(store, passphrase);
        } else {
          const relay = text('messages.open', params, 'relay');
          try {
            new URL(relay);
          } catch {
            throw bad('messages.open', 'relay');
          }
          client = await DefTalkClient.create(store, passphrase, relay, { kdf: DRIVER_KDF });
        }
        await device.attach(client, store, passphrase);
        return { registered: client.registered, ...address(client) };
      }),
    ],
    [
      'messages.register',
      op(async (params) => {
        await device.needClient().requestCode(text('messages.register', params, 'phoneNumber', 32));
        return {};
      }),
    ],
    [
      'messages.verify',
      op(async (params) => {
        const a = await device.needClient().verify(text('messages.verify', params, 'code', 32));
        return { accountId: a.accountId, deviceId: a.deviceId };
      }),
    ],
    [
      'messages.approveLink',
      op(async (params) => {
        await device.need().client.approveLink(text('messages.approveLink', params, 'link', 512));
        return {};
      }),
    ],
    [
      'messages.connect',
      op(async () => {
        await device.need().messenger.connect();
        return {};
      }),
    ],
    [
      'messages.disconnect',
      op(async () => {
        await device.need().messenger.disconnect();
        return {};
      }),
    ],
    [
      'messages.send',
      op(async (params) => {
        const to = account('messages.send', params, 'to');
        const r = await device.need().messenger.sendText(to, text('messages.send', params, 'text'));
        return { envelopeId: r.id, status: r.status };
      }),
    ],
    [
      'messages.list',
      op(() => ({
        messages: device.need().messenger.messages.map((m) => ({
          envelopeId: m.id,
          direction: m.direction,
          peer: m.peer,
          text: m.body,
          ...(m.group !== undefined ? { group: m.group } : {}),
          ...(m.status !== undefined ? { status: m.status } : {}),
          ...(m.read !== undefined ? { read: m.read } : {}),
        })),
        typing: device.typing,
      })),
    ],
    [
      'messages.read',
      op(async (params) => ({
        count: await device.need().messenger.markRead(account('messages.read', params, 'from')),
      })),
    ],
    [
      'messages.typing',
      op(async (params) => {
        const to = account('messages.typing', params, 'to');
        const started = params.started === undefined ? true : params.started;
        if (typeof started !== 'boolean') throw bad('messages.typing', 'started');
        return device.need().messenger.sendTyping(to, started);
      }),
    ],
  ];
}
