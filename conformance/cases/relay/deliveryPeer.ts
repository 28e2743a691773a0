/**
 * @module
 * Harness actors for delivery (spec/delivery.md), built on the identity
 * client of conformance/lib/relayClient.ts: sending batches over HTTP or the
 * device WebSocket, a device socket that receives pushes and acknowledges
 * them (or holds its acks back, to test redelivery), the delivery flush
 * hook, and byte scans of the relay's storage files. Used by the relay-mode
 * cases and by test/delivery*.test.ts.
 */
import WebSocket from 'ws';
import {
  type DeliveryAddress,
  decodeSendBatchResult,
  encodeSendBatch,
  PUSH_REQUEST,
  SEND_PATH,
  type Send,
  type SendResult,
} from '../../../reference/wire/delivery.ts';
import { decodeEnvelope, type Envelope, envelopeIdKey } from '../../../reference/wire/envelope.ts';
import type { AccountId, DeviceId } from '../../../reference/wire/ids.ts';
import { decodeFrame, encodeFrame, type RequestFrame } from '../../../reference/wire/index.ts';
import { recordSocket } from '../../lib/evidence.ts';
import type { RelayClient, TestAccount, TestDevice } from '../../lib/relayClient.ts';

/** The address of a harness device. */
export function addressOf(account: TestAccount, device: TestDevice): DeliveryAddress {
  return { accountId: account.accountId, deviceId: device.deviceId };
}

/** `n` random bytes from the case's seeded source, long enough to be unique in a byte scan. */
export function randomBytesFrom(random: () => number, n = 48): Uint8Array {
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = Math.floor(random() * 256);
  return out;
}

/**
 * A send with one copy per listed device, each with its own random
 * ciphertext; returns the send and the ciphertexts by device key.
 */
export function sendTo(
  destination: AccountId,
  devices: readonly DeliveryAddress[],
  sequence: number,
  random: () => number,
  opts: { transient?: boolean; size?: number } = {},
): { send: Send; ciphertexts: Map<string, Uint8Array> } {
  const ciphertexts = new Map<string, Uint8Array>();
  const copies = devices.map((device) => {
    const ciphertext = randomBytesFrom(random, opts.size ?? 48);
    ciphertexts.set(`${device.accountId}/${device.deviceId}`, ciphertext);
    return { device, ciphertext };
  });
  return { send: { sequence, destination, copies, transient: opts.transient === true }, ciphertexts };
}

/** POST a send batch over HTTP; the per-send results, or the error answer's name. */
export async function postSends(
  client: RelayClient,
  device: TestDevice,
  sends: readonly Send[],
): Promise<{ status: number; results: SendResult[]; error: string | undefined }> {
  const a = await client.request('POST', SEND_PATH, { token: device.token, body: encodeSendBatch(sends) });
  if (a.status >= 400) return { status: a.status, results: [], error: a.error?.name ?? String(a.status) };
  return { status: a.status, results: decodeSendBatchResult(a.body), error: undefined };
}

/** Wait until every storage cycle begun so far, with an expiry sweep, has completed (spec/test-hooks.md §Delivery). */
export async function flushDelivery(client: RelayClient): Promise<void> {
  await client.ok('delivery flush', 'POST', '/test-hooks/v1/delivery/flush');
}

/** Storage files (name) that contain `needle`, read through the storage-dump hook. */
export async function filesContaining(client: RelayClient, needle: Uint8Array): Promise<string[]> {
  const files = await client.storageDump();
  const n = Buffer.from(needle);
  return files.filter((f) => Buffer.from(f.content).indexOf(n) >= 0).map((f) => f.name);
}

/** A push received by a {@link DeviceSocket}, with a way to answer it. */
export interface ReceivedPush {
  readonly envelope: Envelope;
  /** Send the acknowledgement (204) unless already answered. */
  ack(): void;
}

/**
 * A device's WebSocket as the harness drives it: receives pushes, acks them
 * at once when `autoAck` (the default) or holds them for the case to ack,
 * and sends requests of its own.
 */
export class DeviceSocket {
  readonly #ws: WebSocket;
  readonly #pushes: ReceivedPush[] = [];
  readonly #waiters: (() => void)[] = [];
  readonly #pending = new Map<number, (r: { status: number; body: Uint8Array }) => void>();
  #nextId = 1;
  autoAck: boolean;
  readonly opened: Promise<void>;
  readonly closed: Promise<number>;

  constructor(base: URL, device: TestDevice, opts: { autoAck?: boolean; signal?: AbortSignal } = {}) {
    this.autoAck = opts.autoAck ?? true;
    const url = new URL('/v1/websocket', base);
    url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
    this.#ws = recordSocket(
      new WebSocket(url, { headers: { authorization: `Bearer ${device.token}` } }),
      `device ${device.deviceId}`,
    );
    this.opened = new Promise((resolve, reject) => {
      this.#ws.once('open', () => resolve());
      this.#ws.once('error', reject);
    });
    this.closed = new Promise((resolve) => {
      this.#ws.once('close', (code) => {
        resolve(code);
        for (const w of this.#waiters.splice(0)) w();
      });
    });
    // A socket that fails before opening (the relay is down) is a normal outcome for callers that await `closed`.
    this.opened.catch(() => undefined);
    this.#ws.on('error', () => {});
    this.#ws.on('message', (data: Buffer) => this.#onMessage(data));
    opts.signal?.addEventListener('abort', () => this.#ws.terminate(), { once: true });
  }

  #onMessage(data: Buffer): void {
    const frame = decodeFrame(data);
    if (frame.kind === 'response') {
      this.#pending.get(frame.id)?.(frame);
      this.#pending.delete(frame.id);
      return;
    }
    this.#onRequest(frame);
  }

  #onRequest(frame: RequestFrame): void {
    if (frame.method !== PUSH_REQUEST.method || frame.path !== PUSH_REQUEST.path) {
      this.#ws.send(encodeFrame({ kind: 'response', id: frame.id, status: 404, body: new Uint8Array(0) }));
      return;
    }
    let answered = false;
    const push: ReceivedPush = {
      envelope: decodeEnvelope(frame.body),
      ack: () => {
        if (answered || this.#ws.readyState !== WebSocket.OPEN) return;
        answered = true;
        this.#ws.send(encodeFrame({ kind: 'response', id: frame.id, status: 204, body: new Uint8Array(0) }));
      },
    };
    this.#pushes.push(push);
    if (this.autoAck) push.ack();
    for (const w of this.#waiters.splice(0)) w();
  }

  /** Every push received so far, in arrival order. */
  get pushes(): readonly ReceivedPush[] {
    return this.#pushes;
  }

  /** Resolve once at least `n` pushes have arrived; rejects if the socket closes first. */
  async waitForPushes(n: number): Promise<readonly ReceivedPush[]> {
    while (this.#pushes.length < n) {
      if (this.#ws.readyState === WebSocket.CLOSED)
        throw new Error(`socket closed after ${this.#pushes.length} of ${n} pushes`);
      await new Promise<void>((resolve) => this.#waiters.push(resolve));
    }
    return this.#pushes;
  }

  /** Send a request over the socket and resolve with the response. */
  request(method: string, path: string, body: Uint8Array): Promise<{ status: number; body: Uint8Array }> {
    const id = this.#nextId++;
    return new Promise((resolve) => {
      this.#pending.set(id, resolve);
      this.#ws.send(encodeFrame({ kind: 'request', id, method, path, body }));
    });
  }

  /** Send a batch over the socket (spec/delivery.md §Sends). */
  async send(sends: readonly Send[]): Promise<SendResult[]> {
    const r = await this.request('POST', SEND_PATH, encodeSendBatch(sends));
    if (r.status >= 400) throw new Error(`send over WebSocket answered ${r.status}`);
    return decodeSendBatchResult(r.body);
  }

  /** Close the socket cleanly and wait for the close. */
  async close(): Promise<void> {
    this.#ws.close(1000);
    await this.closed;
  }

  /** Drop the TCP connection without a closing handshake (unacked pushes stay queued at the relay). */
  async terminate(): Promise<void> {
    this.#ws.terminate();
    await this.closed;
  }
}

/** The envelope ids of `pushes`, for dedup and ordering checks. */
export function envelopeKeys(pushes: readonly ReceivedPush[]): string[] {
  return pushes.map((p) => envelopeIdKey(p.envelope.id));
}

/** The device address helper for a device id of an account. */
export function deviceAt(accountId: AccountId, deviceId: number): DeliveryAddress {
  return { accountId, deviceId: deviceId as DeviceId };
}
