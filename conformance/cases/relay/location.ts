/**
 * @module
 * Relay-mode case of location sharing (spec/location.md §The relay): a
 * live share is a series of transient envelopes. The relay cannot tell them
 * from other transient sends, so the case sends what a live share sends (a
 * first update, updates, a stop) as transient envelopes of location size to
 * a recipient with one device connected and one not, and checks that no
 * byte of any of them reaches a storage file or a log line and that the
 * device that was offline gets none of them when it connects.
 */
import { type DeliveryAddress, SEQUENCE_PATH } from '../../../reference/wire/delivery.ts';
import { type ConformanceCase, check } from '../../case.ts';
import { caseClient, linkDevice, registerAccount } from '../../lib/relayClient.ts';
import { DeviceSocket, filesContaining, flushDelivery, postSends, sendTo } from './deliveryPeer.ts';

/** Ciphertext size of a location update: a Location in a session message, as the reference sends it. */
const LOCATION_CIPHERTEXT_BYTES = 160;

/** The relay-mode location cases. */
export const LOCATION_RELAY_CASES: readonly ConformanceCase[] = [
  {
    id: 'location/transient-never-stored',
    title:
      'the envelopes of a live location share reach the connected device only and no storage file or log line',
    mode: 'relay',
    requirements: ['REQ-LOCATION-002'],
    capability: 'test-hooks',
    timeoutMs: 20_000,
    run: async (ctx) => {
      const client = caseClient(ctx);
      const alice = await registerAccount(client, ctx.random);
      const bob = await registerAccount(client, ctx.random);
      const bobLaptop = await linkDevice(client, bob, ctx.random);
      const online = new DeviceSocket(client.base, bob.primary, { signal: ctx.signal });
      await online.opened;
      const devices: DeliveryAddress[] = bob.devices.map((d) => ({
        accountId: bob.accountId,
        deviceId: d.deviceId,
      }));
      const ciphertexts: Uint8Array[] = [];
      // A first update, four updates and the stop: six transient sends.
      for (let i = 0; i < 6; i++) {
        const s = sendTo(bob.accountId, devices, 1, ctx.random, {
          transient: true,
          size: LOCATION_CIPHERTEXT_BYTES,
        });
        const { results, error } = await postSends(client, alice.primary, [s.send]);
        check(error === undefined, 'the relay accepts the transient send', 'results', error);
        const r = results[0];
        check(r?.kind === 'transient', 'the result is a transient result', 'transient', r?.kind);
        const to = r.deliveredTo.map((d) => d.deviceId);
        check(
          to.length === 1 && to[0] === bob.primary.deviceId,
          'pushed to the connected device only',
          [bob.primary.deviceId],
          to,
        );
        ciphertexts.push(...s.ciphertexts.values());
      }
      const pushed = await online.waitForPushes(6);
      check(
        pushed.every((p) => p.envelope.transient),
        'every push is marked transient',
      );
      await online.close();
      await flushDelivery(client);
      const lines = await client.logLines();
      for (const [i, ct] of ciphertexts.entries()) {
        // 32 bytes from the middle find a whole or a partial copy.
        const probe = ct.subarray(64, 96);
        const files = await filesContaining(client, probe);
        check(files.length === 0, `no byte of location envelope ${i} in any storage file`, [], files);
        const b64 = Buffer.from(probe).toString('base64');
        const hex = Buffer.from(probe).toString('hex');
        const logged = lines.filter((l) => l.includes(b64) || l.includes(hex));
        check(logged.length === 0, `no location envelope ${i} in the log lines`, 0, logged.length);
      }
      // The device that was offline gets none of them when it connects.
      const late = new DeviceSocket(client.base, bobLaptop, { signal: ctx.signal });
      await late.opened;
      await flushDelivery(client);
      await late.request('GET', SEQUENCE_PATH, new Uint8Array(0));
      await late.close();
      check(late.pushes.length === 0, 'the offline device gets nothing later', 0, late.pushes.length);
    },
  },
];
