/**
 * @module
 * Client-mode cases of location sharing (spec/location.md): the client
 * under test sends every location in the transient class and nothing of it
 * reaches the relay's storage or logs; a live share ends by itself at the
 * end it stated and sends its stop; a received live update after its
 * share's end or stop is not shown, nor is a location that came stored
 * from a faulty sender. Each case runs on the scene of
 * conformance/cases/client/delivery.ts (its own relay in-process, the
 * driver's account and a peer played with the reference library), with
 * the relay's send operation watched so the case sees every send the
 * client makes.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { RelayParts } from '../../../reference/relay/server.ts';
import { encodeContent, type LocationContent } from '../../../reference/wire/content.ts';
import {
  decodeSendBatchResult,
  decodeSenderState,
  encodeSendBatch,
  SEND_PATH,
  SEQUENCE_PATH,
  type Send,
} from '../../../reference/wire/delivery.ts';
import type { DeviceId } from '../../../reference/wire/ids.ts';
import { type CaseContext, type ConformanceCase, check, DriverError, type DriverLink } from '../../case.ts';
import { wrapOperation } from '../../zoo/relays/_decorate.ts';
import { filesContaining, flushDelivery } from '../relay/deliveryPeer.ts';
import { type StoreEvent, waitEvent, withScene } from './delivery.ts';

const CAPABILITY = 'client.location';
const TIMEOUT_MS = 30_000;

/** One send the relay received, with the account that sent it and when. */
interface SeenSend {
  account: string;
  transient: boolean;
  ciphertexts: Uint8Array[];
  atMs: number;
}

/** A relay hook that records every send batch before the relay handles it. */
function sendRecorder(): { sends: SeenSend[]; decorate: RelayParts['decorate'] } {
  const sends: SeenSend[] = [];
  return {
    sends,
    decorate: (_app, operations) =>
      wrapOperation(operations, 'messages.send', (op) => ({
        ...op,
        handle: (req) => {
          for (const s of req.body as Send[]) {
            sends.push({
              account: req.device?.accountId ?? '',
              transient: s.transient,
              ciphertexts: s.copies.map((c) => c.ciphertext),
              atMs: Date.now(),
            });
          }
          return op.handle(req);
        },
      })),
  };
}

interface ListedLocation {
  from: string;
  latitude: number;
  longitude: number;
  shareId?: string;
  endsAtMs?: number;
}

function driverError(e: unknown): string {
  return e instanceof DriverError ? e.errorName : String(e);
}

/** A latitude the case can recognise. */
function latitude(ctx: CaseContext): number {
  return Math.round((ctx.random() * 160 - 80) * 1e6) / 1e6;
}

/** The client-mode location cases. */
export const CLIENT_LOCATION_CASES: readonly ConformanceCase[] = [
  {
    id: 'client-location/transient-only',
    title: 'one-off and live locations go out transient only; none reaches a storage file or log line',
    mode: 'client',
    requirements: ['REQ-LOCATION-001'],
    capability: CAPABILITY,
    timeoutMs: TIMEOUT_MS,
    run: (ctx) => {
      const rec = sendRecorder();
      return withScene(
        ctx,
        async (s) => {
          const driver = ctx.driver!;
          const to = s.peer.accountId;
          await s.peer.m.connect();
          const lat = latitude(ctx);
          await driver.call('location.share', { to, latitude: lat, longitude: 13.405, accuracyM: 20 });
          const firstSends = rec.sends.filter((x) => x.account === s.client.accountId);
          check(
            firstSends.length > 0 && firstSends.every((x) => x.transient),
            'the one-off location went out as a transient send',
            'transient',
            firstSends.map((x) => (x.transient ? 'transient' : 'stored')),
          );
          await waitEvent(
            ctx,
            s.peer,
            (e) => e.type === 'location' && e.location.position.latitude === lat,
            'the one-off location at the peer',
          );
          const live = await driver.call<{ shareId: string }>('location.live', {
            to,
            latitude: latitude(ctx),
            longitude: 2.35,
            durationMs: 60_000,
          });
          await driver.call('location.update', {
            shareId: live.shareId,
            latitude: latitude(ctx),
            longitude: 2.36,
          });
          await driver.call('location.stop', { shareId: live.shareId });
          await waitEvent(
            ctx,
            s.peer,
            (e) => e.type === 'location-stop' && e.shareId === live.shareId,
            'the stop of the live share at the peer',
          );
          // The peer goes offline: a location to it is lost, not kept for later.
          await s.peer.m.disconnect();
          const offline = await driver.call<{ deliveredTo: number }>('location.share', {
            to,
            latitude: latitude(ctx),
            longitude: 0,
          });
          check(
            offline.deliveredTo === 0,
            'a location to an offline peer reaches no device',
            0,
            offline.deliveredTo,
          );
          await flushDelivery(s.relay.hooks);
          const mine = rec.sends.filter((x) => x.account === s.client.accountId);
          check(mine.length >= 5, 'the relay saw the location sends', '≥ 5', mine.length);
          const stored = mine.filter((x) => !x.transient).length;
          check(stored === 0, 'every location send is transient', 0, stored);
          const accepted = s.relay.events.filter(
            (e: StoreEvent) => e.kind === 'accept' && e.device.accountId === s.client.accountId,
          ).length;
          check(accepted === 0, "nothing of the client's reached the relay's queue store", 0, accepted);
          const lines = await s.relay.hooks.logLines();
          for (const [i, ct] of mine.flatMap((x) => x.ciphertexts).entries()) {
            const probe = ct.subarray(ct.length - 40, ct.length - 8);
            const files = await filesContaining(s.relay.hooks, probe);
            check(files.length === 0, `no byte of location ciphertext ${i} in any storage file`, [], files);
            const b64 = Buffer.from(probe).toString('base64');
            check(!lines.some((l) => l.includes(b64)), `location ciphertext ${i} in no log line`);
          }
        },
        rec.decorate,
      );
    },
  },
  {
    id: 'client-location/live-ends',
    title:
      'a live share states its chosen end, stops by itself there with a stop message, and sends nothing after',
    mode: 'client',
    requirements: ['REQ-LOCATION-003'],
    capability: CAPABILITY,
    timeoutMs: TIMEOUT_MS,
    run: (ctx) => {
      const rec = sendRecorder();
      return withScene(
        ctx,
        async (s) => {
          const driver = ctx.driver!;
          const to = s.peer.accountId;
          await s.peer.m.connect();
          const durationMs = 2_500;
          const before = Date.now();
          const live = await driver.call<{ shareId: string; endsAtMs: number }>('location.live', {
            to,
            latitude: latitude(ctx),
            longitude: 10,
            durationMs,
          });
          const first = await waitEvent(
            ctx,
            s.peer,
            (e) => e.type === 'location' && e.location.live?.shareId === live.shareId,
            'the first update at the peer',
          );
          const end = first.type === 'location' ? (first.location.live?.endsAtMs ?? 0) : 0;
          // The clocks of the case and the client are the same machine's; a second covers scheduling.
          check(
            end >= before + durationMs - 1_000 && end <= Date.now() + durationMs + 1_000,
            'the share states the end the user chose',
            before + durationMs,
            end,
          );
          const stopped = await Promise.race([
            waitEvent(
              ctx,
              s.peer,
              (e) => e.type === 'location-stop' && e.shareId === live.shareId,
              'the stop at the end',
            ).then(() => true),
            sleep(Math.max(0, end - Date.now()) + 4_000, false, { signal: ctx.signal }),
          ]);
          check(stopped, 'the share sent its stop message by itself at its end');
          const stopAt = Date.now();
          check(stopAt >= end - 1_000, 'not long before the stated end', end, stopAt);
          const late = await driver
            .call('location.update', { shareId: live.shareId, latitude: 1, longitude: 1 })
            .then(() => 'sent', driverError);
          check(
            late === 'LOCATION_SHARE_ENDED',
            'an update after the end is refused',
            'LOCATION_SHARE_ENDED',
            late,
          );
          await flushDelivery(s.relay.hooks);
          const after = rec.sends.filter((x) => x.account === s.client.accountId && x.atMs > stopAt).length;
          check(after === 0, 'the client sent nothing after its share ended', 0, after);
        },
        rec.decorate,
      );
    },
  },
  {
    id: 'client-location/discard-after-end',
    title: "a live update after its share's stated end or stop, or moving its end, is not shown",
    mode: 'client',
    requirements: ['REQ-LOCATION-004'],
    capability: CAPABILITY,
    timeoutMs: TIMEOUT_MS,
    run: (ctx) =>
      withScene(ctx, async (s) => {
        const driver = ctx.driver!;
        await driver.call('messages.connect');
        const now = Date.now();
        const pos = (latitude: number) => ({ latitude, longitude: 5, accuracyM: 0, sentAtMs: Date.now() });
        const ids = ['aa', 'bb', 'cc'].map((b) => b.repeat(16));
        const sends: [LocationContent, boolean][] = [
          [{ kind: 'live-location', shareId: ids[0]!, endsAtMs: now - 1_000, position: pos(1) }, false],
          [{ kind: 'live-location', shareId: ids[1]!, endsAtMs: now + 60_000, position: pos(2) }, true],
          [{ kind: 'live-location-stop', shareId: ids[1]! }, false],
          [{ kind: 'live-location', shareId: ids[1]!, endsAtMs: now + 60_000, position: pos(3) }, false],
          [{ kind: 'live-location', shareId: ids[2]!, endsAtMs: now + 60_000, position: pos(4) }, true],
          [{ kind: 'live-location', shareId: ids[2]!, endsAtMs: now + 600_000, position: pos(5) }, false],
          [{ kind: 'location', position: pos(6) }, true],
        ];
        for (const [content] of sends) {
          const r = await s.peer.m.sendTransient(s.client.accountId, content);
          check(r.deliveredTo >= 1, 'the connected client got the envelope', '≥ 1', r.deliveredTo);
        }
        // The one-off location is last: once it is listed, every earlier push was processed.
        let shown: ListedLocation[] = [];
        for (;;) {
          shown = (await driver.call<{ locations: ListedLocation[] }>('location.list')).locations;
          if (shown.some((l) => l.latitude === 6)) break;
          await sleep(50, undefined, { signal: ctx.signal });
        }
        check(
          JSON.stringify(shown.map((l) => l.latitude)) === JSON.stringify([2, 4, 6]),
          'only the updates within their share and the one-off location are shown',
          [2, 4, 6],
          shown.map((l) => l.latitude),
        );
      }),
  },
  {
    id: 'client-location/stored-not-shown',
    title:
      'a location that arrives in a stored envelope (a faulty sender) is not shown; the texts around it are',
    mode: 'client',
    requirements: ['REQ-LOCATION-005'],
    capability: CAPABILITY,
    timeoutMs: TIMEOUT_MS,
    run: (ctx) =>
      withScene(ctx, async (s) => {
        const driver = ctx.driver!;
        await driver.call('messages.connect');
        // An honest text first: it opens the peer's session with the client's device.
        const opener = `opener ${Math.floor(ctx.random() * 2 ** 48).toString(36)}`;
        await s.peer.m.sendText(s.client.accountId, opener);
        await driverShowsText(ctx, driver, opener);
        // The faulty sender: a one-off location and a live update sealed in the session, sent stored.
        const lat = latitude(ctx);
        const position = { latitude: lat, longitude: 7.25, accuracyM: 10, sentAtMs: Date.now() };
        const control = `control ${Math.floor(ctx.random() * 2 ** 48).toString(36)}`;
        const contents = [
          encodeContent({ kind: 'location', position }),
          encodeContent({
            kind: 'live-location',
            shareId: 'dd'.repeat(16),
            endsAtMs: Date.now() + 600_000,
            position: { ...position, latitude: lat / 2 },
          }),
          // Behind them in the client's queue: once it is shown, both were processed.
          encodeContent({ kind: 'text', body: control, sentAtMs: Date.now() }),
        ];
        const peer = s.peer.client;
        let sequence = decodeSenderState(await peer.relay.call('GET', SEQUENCE_PATH, { auth: true })) + 1;
        const sends: Send[] = [];
        for (const plaintext of contents) {
          sends.push({
            sequence: sequence++,
            destination: s.client.accountId,
            transient: false,
            copies: [
              {
                device: { accountId: s.client.accountId, deviceId: s.client.deviceId as DeviceId },
                ciphertext: await peer.encrypt(s.client.accountId, s.client.deviceId as DeviceId, plaintext),
              },
            ],
          });
        }
        const results = decodeSendBatchResult(
          await peer.relay.call('POST', SEND_PATH, { auth: true, body: encodeSendBatch(sends) }),
        );
        check(
          results.every((r) => r.kind === 'accepted'),
          'the relay stored the faulty sends (the scene works)',
          'accepted',
          results.map((r) => r.kind),
        );
        await driverShowsText(ctx, driver, control);
        const shown = (await driver.call<{ locations: ListedLocation[] }>('location.list')).locations;
        check(
          !shown.some((l) => l.latitude === lat || l.latitude === lat / 2),
          'no location from a stored envelope is shown',
          [],
          shown,
        );
      }),
  },
];

/** Poll the driver until it lists the text `body` (the client shows it once it processed the push). */
async function driverShowsText(ctx: CaseContext, driver: DriverLink, body: string): Promise<void> {
  for (;;) {
    const r = await driver.call<{ messages: { text: string }[] }>('messages.list');
    if (r.messages.some((m) => m.text === body)) return;
    await sleep(50, undefined, { signal: ctx.signal });
  }
}
