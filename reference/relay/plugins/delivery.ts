/**
 * @module
 * Delivery (spec/delivery.md): the send operation over HTTP and WebSocket,
 * the push stream of every connected device, the expiry sweeper and the
 * delivery test hook. Storage is reached only through {@link DeliveryStore};
 * device lists only through {@link DeviceDirectory}.
 */
import type { FastifyInstance } from 'fastify';
import { DefTalkError } from '../../errors/index.ts';
import {
  type DeliveryAddress,
  decodeSendBatch,
  encodeSendBatchResult,
  encodeSenderState,
  SEND_PATH,
  SEQUENCE_PATH,
  type Send,
  type SendResult,
} from '../../wire/delivery.ts';
import { encodeEnvelope } from '../../wire/envelope.ts';
import type { AccountId, DeviceId } from '../../wire/ids.ts';
import type { RemoteTransients } from '../bus/cluster.ts';
import type { Clock } from '../clock.ts';
import type { DeviceDirectory } from '../delivery/directory.ts';
import { checkDeviceSet, DirectorySnapshot } from '../delivery/fanout.ts';
import { PushStream } from '../delivery/push.ts';
import type { AcceptItem, DeliveryStore, QueueDevice } from '../storage/queue.ts';
import type { AuthenticatedDevice, OperationRegistry } from './operations.ts';
import { TEST_HOOKS_PREFIX } from './testHooks.ts';
import type { Connection, WebSocketHub } from './websocket.ts';

/** Delivery limits and lifetimes (spec/delivery.md §Limits). */
export interface DeliveryLimits {
  /** Lifetime of an undelivered envelope; default 30 days. */
  readonly ttlMs: number;
  /** Envelopes one device queue holds at most. */
  readonly queueQuota: number;
  /** Unanswered pushes per connection at most. */
  readonly pushWindow: number;
  /** Envelope bytes of the unanswered pushes of one connection at most (one push always fits). */
  readonly pushWindowBytes: number;
  /** Real-time interval of the expiry sweep. */
  readonly sweepIntervalMs: number;
}

/** The reference relay's defaults (spec/delivery.md §Limits). */
export const DEFAULT_DELIVERY_LIMITS: DeliveryLimits = {
  ttlMs: 30 * 24 * 3600_000,
  queueQuota: 10_000,
  pushWindow: 1024,
  pushWindowBytes: 1024 * 1024,
  sweepIntervalMs: 60_000,
};

/**
 * Limits from the environment (`DEFTALK_QUEUE_TTL_MS`, `DEFTALK_QUEUE_QUOTA`,
 * `DEFTALK_PUSH_WINDOW`, `DEFTALK_PUSH_WINDOW_BYTES`, `DEFTALK_SWEEP_INTERVAL_MS`), defaults otherwise.
 */
export function deliveryLimitsFromEnv(env: NodeJS.ProcessEnv = process.env): DeliveryLimits {
  const num = (name: string, fallback: number): number => {
    const text = env[name];
    if (text === undefined || text === '') return fallback;
    const n = Number(text);
    if (!Number.isSafeInteger(n) || n < 1) throw new RangeError(`${name}: not a positive integer: ${text}`);
    return n;
  };
  return {
    ttlMs: num('DEFTALK_QUEUE_TTL_MS', DEFAULT_DELIVERY_LIMITS.ttlMs),
    queueQuota: num('DEFTALK_QUEUE_QUOTA', DEFAULT_DELIVERY_LIMITS.queueQuota),
    pushWindow: num('DEFTALK_PUSH_WINDOW', DEFAULT_DELIVERY_LIMITS.pushWindow),
    pushWindowBytes: num('DEFTALK_PUSH_WINDOW_BYTES', DEFAULT_DELIVERY_LIMITS.pushWindowBytes),
    sweepIntervalMs: num('DEFTALK_SWEEP_INTERVAL_MS', DEFAULT_DELIVERY_LIMITS.sweepIntervalMs),
  };
}

/** Options of {@link deliveryPlugin}. */
export interface DeliveryOptions {
  operations: OperationRegistry;
  hub: WebSocketHub;
  clock: Clock;
  store: DeliveryStore;
  directory: DeviceDirectory;
  limits?: DeliveryLimits;
  /** Serve `POST /test-hooks/v1/delivery/flush` (spec/test-hooks.md §Delivery). */
  testHooks?: boolean;
  /** Filled with the push entry point for envelopes another concern stored (the groups fan-out). */
  pushes?: { offer?(device: QueueDevice, position: number, envelope: Uint8Array): void };
  /** True when other relay nodes write the same store (spec/deployment.md §Routing). */
  sharedStore?: boolean;
  /** Transient envelopes to and from devices on other relay nodes (spec/deployment.md §Transient envelopes). */
  remote?: RemoteTransients;
}

const deviceKeyOf = (d: { accountId: string; deviceId: number }): string => `${d.accountId}/${d.deviceId}`;

/** Fastify plugin: sends, pushes, acks, expiry. */
export async function deliveryPlugin(app: FastifyInstance, opts: DeliveryOptions): Promise<void> {
  const { operations, hub, clock, store, directory } = opts;
  const limits = opts.limits ?? DEFAULT_DELIVERY_LIMITS;
  /** The push stream of each connected device, by `account/device`. */
  const streams = new Map<string, { conn: Connection; stream: PushStream }>();
  // A store shared with other relay nodes may hold, below a position accepted here, one that a node
  // committed and died before announcing: the stream must then read the queue in order instead of
  // jumping to the offered position. A store of this node alone keeps the direct push.
  const sharedStore = opts.sharedStore ?? false;
  const offer = (device: QueueDevice, position: number, envelope: Uint8Array) => {
    const stream = streams.get(deviceKeyOf(device))?.stream;
    if (sharedStore) stream?.wake();
    else stream?.offer(position, envelope);
  };
  if (opts.pushes) opts.pushes.offer = offer;
  opts.remote?.onTransient(
    (d, envelope) => streams.get(deviceKeyOf(d))?.stream.pushTransient(envelope) ?? false,
  );

  hub.listen({
    attached(conn) {
      const device = conn.device as AuthenticatedDevice;
      const queueDevice = { accountId: device.accountId as AccountId, deviceId: device.deviceId as DeviceId };
      const stream = new PushStream(
        conn,
        queueDevice,
        store,
        limits.pushWindow,
        // The relay's logger, not a child per connection: the stream names its connection when it logs.
        app.log,
        limits.pushWindowBytes,
      );
      const key = deviceKeyOf(device);
      streams.get(key)?.stream.stop();
      streams.set(key, { conn, stream });
      stream.start();
    },
    detached(conn) {
      const key = deviceKeyOf(conn.device as AuthenticatedDevice);
      const entry = streams.get(key);
      if (entry?.conn === conn) {
        entry.stream.stop();
        streams.delete(key);
      }
    },
  });

  // Envelopes another relay node accepted for a device connected here (spec/deployment.md §Routing).
  store.onQueued?.((d) => streams.get(deviceKeyOf(d))?.stream.wake());

  const sweeper = setInterval(() => {
    store.flush().catch((e: unknown) => app.log.warn({ err: e }, 'expiry sweep failed'));
  }, limits.sweepIntervalMs);
  sweeper.unref();
  app.addHook('onClose', async () => {
    clearInterval(sweeper);
    for (const { stream } of streams.values()) stream.stop();
    await store.close();
  });

  /** spec/delivery.md §Acceptance: check every send, push transient ones, accept the rest in one storage call. */
  /**
   * Per sender device, the submission of its latest batch to the store.
   * Batches of one sender reach {@link DeliveryStore.accept} in the order
   * they arrived, whatever their device-set checks cost: a client that
   * pipelines batches on one socket would otherwise see a later, smaller
   * batch overtake an earlier one and be refused with SEQUENCE_GAP
   * (spec/delivery.md §Envelope ids). Only the submissions are ordered; the
   * batches still share storage cycles.
   */
  const submissions = new Map<string, Promise<unknown>>();

  async function sendBatch(sender: AuthenticatedDevice, sends: readonly Send[]): Promise<SendResult[]> {
    const k = deviceKeyOf(sender);
    const previous = submissions.get(k);
    let submitted!: () => void;
    const mine = new Promise<void>((r) => (submitted = r));
    submissions.set(k, mine);
    try {
      return await checkAndAccept(sender, sends, previous, submitted);
    } finally {
      submitted();
      if (submissions.get(k) === mine) submissions.delete(k);
    }
  }

  async function checkAndAccept(
    sender: AuthenticatedDevice,
    sends: readonly Send[],
    previous: Promise<unknown> | undefined,
    submitted: () => void,
  ): Promise<SendResult[]> {
    const from: DeliveryAddress = {
      accountId: sender.accountId as AccountId,
      deviceId: sender.deviceId as DeviceId,
    };
    const snapshot = new DirectorySnapshot(directory);
    const now = clock.now();
    const results: (SendResult | undefined)[] = new Array(sends.length);
    const items: AcceptItem[] = [];
    const itemIndex: number[] = [];
    for (let i = 0; i < sends.length; i++) {
      const send = sends[i]!;
      let mismatch: Awaited<ReturnType<typeof checkDeviceSet>>;
      try {
        mismatch = await checkDeviceSet(snapshot, from, send);
      } catch (e) {
        if (!(e instanceof DefTalkError)) throw e;
        results[i] = { kind: 'refused', sequence: send.sequence, error: e };
        continue;
      }
      if (mismatch) {
        results[i] = {
          kind: 'refused',
          sequence: send.sequence,
          error: new DefTalkError('DEVICE_MISMATCH', {
            missing: mismatch.missing.length,
            extra: mismatch.extra.length,
            stale: mismatch.stale.length,
          }),
          mismatch,
        };
        continue;
      }
      const envelopeOf = (ciphertext: Uint8Array) =>
        encodeEnvelope({
          id: { senderAccount: from.accountId, senderDevice: from.deviceId, sequence: send.sequence },
          destination: send.destination,
          acceptedAtMs: now,
          transient: send.transient,
          ciphertext,
        });
      if (send.transient) {
        // Never stored: pushed to the devices connected now, or dropped (spec/delivery.md §Transient envelopes).
        // A device without a stream here may be connected to another node: that node pushes or drops it.
        const reached = await Promise.all(
          send.copies.map((c) => {
            const entry = streams.get(deviceKeyOf(c.device));
            if (entry) return entry.stream.pushTransient(envelopeOf(c.ciphertext));
            return opts.remote?.forward(c.device, envelopeOf(c.ciphertext)) ?? false;
          }),
        );
        const deliveredTo = send.copies.filter((_, k) => reached[k]).map((c) => c.device);
        results[i] = { kind: 'transient', sequence: send.sequence, deliveredTo };
        continue;
      }
      items.push({
        sender: from,
        sequence: send.sequence,
        copies: send.copies.map((c) => ({ device: c.device, envelope: envelopeOf(c.ciphertext) })),
        expiresAt: now + limits.ttlMs,
      });
      itemIndex.push(i);
    }
    if (previous) await previous;
    const accepted = items.length > 0 ? store.accept(items) : undefined;
    submitted();
    if (accepted) {
      const outcomes = await accepted;
      outcomes.forEach((o, j) => {
        const i = itemIndex[j]!;
        const item = items[j]!;
        const sequence = item.sequence;
        switch (o.kind) {
          case 'stored':
            results[i] = { kind: 'accepted', sequence, duplicate: false };
            // Online devices get it now; the rest when they connect (spec/delivery.md §Push).
            item.copies.forEach((c, k) => {
              offer(c.device, o.positions[k]!, c.envelope);
            });
            break;
          case 'duplicate':
            results[i] = { kind: 'accepted', sequence, duplicate: true };
            // The first attempt may have been committed by a node that died before announcing it.
            if (sharedStore) for (const c of item.copies) streams.get(deviceKeyOf(c.device))?.stream.wake();
            break;
          case 'gap':
            results[i] = {
              kind: 'refused',
              sequence,
              error: new DefTalkError('SEQUENCE_GAP', { expected: o.expected }),
              expectedSequence: o.expected,
            };
            break;
          case 'full':
            results[i] = {
              kind: 'refused',
              sequence,
              error: new DefTalkError('QUEUE_FULL', { devices: o.devices.length }),
            };
            break;
        }
      });
    }
    return results as SendResult[];
  }

  operations.add({
    name: 'messages.send',
    method: 'POST',
    path: SEND_PATH,
    auth: 'device',
    decodeBody: decodeSendBatch,
    encodeBody: encodeSendBatchResult,
    handle: async ({ body, device }) => sendBatch(device!, body),
  });

  operations.add({
    name: 'messages.sequence',
    method: 'GET',
    path: SEQUENCE_PATH,
    auth: 'device',
    encodeBody: encodeSenderState,
    handle: async ({ device }) =>
      store.lastAccepted({
        accountId: device!.accountId as AccountId,
        deviceId: device!.deviceId as DeviceId,
      }),
  });

  if (opts.testHooks) {
    operations.add({
      name: 'hooks.delivery.flush',
      method: 'POST',
      path: `${TEST_HOOKS_PREFIX}/delivery/flush`,
      auth: 'none',
      // spec/test-hooks.md §Delivery: every storage cycle begun before, and one expiry sweep, complete.
      handle: async () => {
        await store.flush();
      },
    });
    // Counts only (no address, no envelope byte), as JSON for the benchmark's
    // invariants (bench/README.md §Delivery scenarios); not part of the
    // conformance profile, so no case relies on it.
    app.get(`${TEST_HOOKS_PREFIX}/delivery/counts`, async () => store.counts());
  }
}
