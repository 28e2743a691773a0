/**
 * @module
 * Client-mode cases of safety numbers and device lists (spec/fingerprint.md,
 * spec/client.md §Device lists): the client under test computes the same
 * safety number as the reference peer, and refuses a device list whose
 * signature does not verify under the account identity key.
 */

import { safetyNumber } from '../../../reference/client/fingerprint.ts';
import { IdentityKey } from '../../../reference/client/session/keys.ts';
import { deviceListPayload, encodeDeviceList } from '../../../reference/wire/account.ts';
import type { DeviceId } from '../../../reference/wire/ids.ts';
import { type ConformanceCase, check, checkEqual } from '../../case.ts';
import { b64, CasePeer, caseRandom, randomAccountId } from './_peer.ts';
import { createIdentity, expectDriverError } from './session.ts';

const CAP = 'client.session';

/** Cases of this module. */
export const IDENTITY_CLIENT_CASES: readonly ConformanceCase[] = [
  {
    id: 'client-identity/safety-number',
    title: 'The client derives the same 60 digits and QR payload as its peer does for the pair',
    mode: 'client',
    capability: CAP,
    requirements: ['REQ-FPR-001', 'REQ-FPR-002'],
    async run(ctx) {
      const accountId = randomAccountId(ctx);
      const me = await createIdentity(ctx, { accountId });
      const peer = new CasePeer(ctx);
      const got = await ctx.driver!.call<{ digits: string; display: string; scannable: string }>(
        'safety.number',
        {
          peerAccountId: peer.accountId,
          peerIdentityKey: b64(peer.identity.publicKey.bytes),
        },
      );
      // The peer's side of the same pair, computed by the reference library.
      const theirs = safetyNumber(
        { identityKey: peer.identity.publicKey, stableId: Buffer.from(peer.accountId, 'hex') },
        { identityKey: IdentityKey.fromBytes(me.identityKey), stableId: Buffer.from(accountId, 'hex') },
      );
      ctx.log(`driver: ${got.display}`);
      ctx.log(`peer:   ${theirs.display}`);
      checkEqual(got.digits, theirs.digits, 'both sides see the same 60 digits');
      checkEqual(got.display, theirs.display, '12 groups of 5 digits, single spaces');
      checkEqual(got.scannable, b64(theirs.scannable), 'both sides encode the same QR payload');
    },
  },
  {
    id: 'client-identity/device-list-signature',
    title: 'The client refuses a device list that is not signed by the account identity key',
    mode: 'client',
    capability: CAP,
    requirements: ['REQ-CLIENT-004'],
    async run(ctx) {
      await createIdentity(ctx);
      const owner = new CasePeer(ctx);
      const other = new CasePeer(ctx);
      const random = caseRandom(ctx);
      const bytes = encodeDeviceList({
        version: 3,
        devices: [
          { deviceId: 1 as DeviceId, deviceKey: owner.identity.publicKey.bytes, addedAtMs: 1 },
          { deviceId: 2 as DeviceId, deviceKey: random(32).fill(7, 0, 1), addedAtMs: 2 },
        ],
      });
      const good = owner.identity.sign(deviceListPayload(bytes));
      const ok = await ctx.driver!.call<{ version: number; devices: { deviceId: number }[] }>(
        'devices.verify',
        {
          identityKey: b64(owner.identity.publicKey.bytes),
          deviceList: b64(bytes),
          signature: b64(good),
        },
      );
      checkEqual(ok.version, 3, 'a well-signed list is read');
      check(ok.devices.length === 2, 'with its two devices', 2, ok.devices.length);
      await expectDriverError(
        ctx,
        'devices.verify',
        {
          identityKey: b64(owner.identity.publicKey.bytes),
          deviceList: b64(bytes),
          signature: b64(other.identity.sign(deviceListPayload(bytes))),
        },
        'DEVICE_LIST_SIGNATURE_INVALID',
        'signed by another key',
      );
      const altered = bytes.slice();
      altered[altered.length - 1]! ^= 1;
      await expectDriverError(
        ctx,
        'devices.verify',
        { identityKey: b64(owner.identity.publicKey.bytes), deviceList: b64(altered), signature: b64(good) },
        'DEVICE_LIST_SIGNATURE_INVALID',
        'list altered after signing',
      );
    },
  },
];
