/**
 * @module
 * Relay-mode cases for accounts and devices (spec/accounts.md): the signed
 * device list, linking, the device cap, removal by the primary, and the
 * provisioning mailbox.
 */
import WebSocket from 'ws';
import {
  type DeviceEntry,
  decodeAccountDevices,
  decodeDeviceAddress,
  decodeLinkToken,
  decodeProvisioningAddress,
  decodeProvisioningEnvelope,
  encodeLinkDeviceRequest,
  encodeProvisioningEnvelope,
  encodeRegistrationLockRequest,
  encodeUpdateDeviceListRequest,
} from '../../../reference/wire/account.ts';
import type { DeviceId } from '../../../reference/wire/ids.ts';
import { type ConformanceCase, check } from '../../case.ts';
import {
  caseClient,
  expectError,
  expectOk,
  linkDevice,
  type RelayClient,
  randomSeed,
  registerAccount,
  requestToken,
  signDeviceList,
  signingKey,
  type TestAccount,
} from '../../lib/relayClient.ts';

/** The device cap of spec/accounts.md §Device cap. */
const MAX_DEVICES = 6;

async function linkToken(client: RelayClient, a: TestAccount): Promise<string> {
  return decodeLinkToken(
    await client.ok('link token', 'POST', '/v1/devices/link-token', { token: a.primary.token }),
  ).linkToken;
}

/** Try to link a device with an arbitrary list; returns the answer. */
async function tryLink(
  client: RelayClient,
  a: TestAccount,
  random: () => number,
  make: (key: Uint8Array) => { version: number; devices: DeviceEntry[] },
  opts: { token?: string; signer?: ReturnType<typeof signingKey> } = {},
) {
  const key = signingKey(randomSeed(random));
  const list = make(key.publicKey);
  return client.request('POST', '/v1/devices/link', {
    body: encodeLinkDeviceRequest({
      accountId: a.accountId,
      linkToken: opts.token ?? (await linkToken(client, a)),
      deviceKey: key.publicKey,
      deviceList: signDeviceList(opts.signer ?? a.identity, list),
    }),
  });
}

function updateList(
  client: RelayClient,
  token: string,
  signed: { bytes: Uint8Array; signature: Uint8Array },
) {
  return client.request('PUT', '/v1/devices', { token, body: encodeUpdateDeviceListRequest(signed) });
}

/** Account and device cases. */
export const ACCOUNTS_RELAY_CASES: readonly ConformanceCase[] = [
  {
    id: 'accounts/device-list-exact',
    title:
      'The relay serves the identity key and the device list byte for byte as signed, before and after a link',
    mode: 'relay',
    capability: 'test-hooks',
    requirements: ['REQ-ACCT-001', 'REQ-ACCT-005'],
    async run(ctx) {
      const client = caseClient(ctx);
      const a = await registerAccount(client, ctx.random);
      const peer = await registerAccount(client, ctx.random);
      await linkDevice(client, a, ctx.random);
      const got = decodeAccountDevices(
        expectOk(
          ctx,
          await client.request('GET', `/v1/accounts/${a.accountId}/devices`, { token: peer.primary.token }),
          'peer reads the list',
        ),
      );
      const expected = signDeviceList(a.identity, a.deviceList);
      check(
        Buffer.from(got.identityKey).equals(a.identity.publicKey),
        'the identity key is the registered one',
      );
      check(
        Buffer.from(got.deviceList.bytes).equals(expected.bytes),
        'the device list bytes are the signed bytes',
      );
      check(
        got.deviceList.list.devices.length === 2,
        'the list has two devices',
        2,
        got.deviceList.list.devices.length,
      );
      const unknown = await client.request('GET', `/v1/accounts/${'0'.repeat(32)}/devices`, {
        token: peer.primary.token,
      });
      expectError(ctx, unknown, 'ACCOUNT_NOT_FOUND', 'unknown account');
    },
  },
  {
    id: 'accounts/bad-signature',
    title: 'A device list not signed by the account identity key is refused and changes nothing',
    mode: 'relay',
    capability: 'test-hooks',
    requirements: ['REQ-ACCT-002'],
    async run(ctx) {
      const client = caseClient(ctx);
      const a = await registerAccount(client, ctx.random);
      const other = signingKey(randomSeed(ctx.random));
      const link = await tryLink(
        client,
        a,
        ctx.random,
        (k) => ({
          version: 2,
          devices: [...a.deviceList.devices, { deviceId: 2 as DeviceId, deviceKey: k, addedAtMs: 0 }],
        }),
        { signer: other },
      );
      expectError(ctx, link, 'DEVICE_LIST_SIGNATURE_INVALID', 'link with a foreign signature');
      const d2 = await linkDevice(client, a, ctx.random);
      const removal = signDeviceList(other, {
        version: a.deviceList.version + 1,
        devices: [a.deviceList.devices[0]!],
      });
      expectError(
        ctx,
        await updateList(client, a.primary.token, removal),
        'DEVICE_LIST_SIGNATURE_INVALID',
        'removal with a foreign signature',
      );
      expectOk(
        ctx,
        await client.request('GET', '/v1/accounts/me', { token: d2.token }),
        'the device is still there',
      );
    },
  },
  {
    id: 'accounts/stale-version',
    title: 'A device list whose version is not above the stored one is refused',
    mode: 'relay',
    capability: 'test-hooks',
    requirements: ['REQ-ACCT-003'],
    async run(ctx) {
      const client = caseClient(ctx);
      const a = await registerAccount(client, ctx.random);
      await linkDevice(client, a, ctx.random);
      const same = signDeviceList(a.identity, {
        version: a.deviceList.version,
        devices: [a.deviceList.devices[0]!],
      });
      expectError(
        ctx,
        await updateList(client, a.primary.token, same),
        'DEVICE_LIST_VERSION_STALE',
        'same version',
      );
      const older = signDeviceList(a.identity, { version: 1, devices: [a.deviceList.devices[0]!] });
      expectError(
        ctx,
        await updateList(client, a.primary.token, older),
        'DEVICE_LIST_VERSION_STALE',
        'older version',
      );
    },
  },
  {
    id: 'accounts/device-cap',
    title: `An account holds at most ${MAX_DEVICES} devices`,
    mode: 'relay',
    capability: 'test-hooks',
    requirements: ['REQ-ACCT-004'],
    async run(ctx) {
      const client = caseClient(ctx);
      const a = await registerAccount(client, ctx.random);
      while (a.devices.length < MAX_DEVICES) await linkDevice(client, a, ctx.random);
      ctx.log(`linked ${a.devices.length} devices`);
      const next = (Math.max(...a.deviceList.devices.map((d) => d.deviceId)) + 1) as DeviceId;
      const over = await tryLink(client, a, ctx.random, (k) => ({
        version: a.deviceList.version + 1,
        devices: [...a.deviceList.devices, { deviceId: next, deviceKey: k, addedAtMs: 0 }],
      }));
      expectError(ctx, over, 'DEVICE_LIMIT_REACHED', `device ${MAX_DEVICES + 1}`);
    },
  },
  {
    id: 'accounts/link-rules',
    title:
      'Linking needs a live single-use link token and a list that adds exactly the new device under a fresh id',
    mode: 'relay',
    capability: 'test-hooks',
    requirements: ['REQ-ACCT-005', 'REQ-ACCT-006'],
    async run(ctx) {
      const client = caseClient(ctx);
      const a = await registerAccount(client, ctx.random);
      const v = () => a.deviceList.version + 1;
      const plus = (id: number) => (k: Uint8Array) => ({
        version: v(),
        devices: [...a.deviceList.devices, { deviceId: id as DeviceId, deviceKey: k, addedAtMs: 0 }],
      });
      const bogus = Buffer.from(randomSeed(ctx.random)).toString('base64url');
      expectError(
        ctx,
        await tryLink(client, a, ctx.random, plus(2), { token: bogus }),
        'LINK_TOKEN_INVALID',
        'unknown link token',
      );
      const used = await linkToken(client, a);
      expectError(
        ctx,
        await tryLink(
          client,
          a,
          ctx.random,
          (k) => ({ version: v(), devices: [{ deviceId: 2 as DeviceId, deviceKey: k, addedAtMs: 0 }] }),
          { token: used },
        ),
        'DEVICE_LIST_INVALID',
        'list drops the primary',
      );
      expectError(
        ctx,
        await tryLink(client, a, ctx.random, plus(3), { token: used }),
        'LINK_TOKEN_INVALID',
        'link token used once already',
      );
      expectError(
        ctx,
        await tryLink(client, a, ctx.random, (k) => ({
          version: v(),
          devices: [
            ...a.deviceList.devices,
            { deviceId: 2 as DeviceId, deviceKey: k, addedAtMs: 0 },
            { deviceId: 3 as DeviceId, deviceKey: randomSeed(ctx.random), addedAtMs: 0 },
          ],
        })),
        'DEVICE_LIST_INVALID',
        'list adds two devices',
      );
      const late = await linkToken(client, a);
      await client.advanceClock(10 * 60_000 + 1000);
      expectError(
        ctx,
        await tryLink(client, a, ctx.random, plus(2), { token: late }),
        'LINK_TOKEN_INVALID',
        'expired link token',
      );
      // Fresh token: the clock moved past the primary's token lifetime only if the harness ran long; re-check sign-in.
      const d2 = await linkDevice(client, a, ctx.random);
      const removal = signDeviceList(a.identity, {
        version: a.deviceList.version + 1,
        devices: [a.deviceList.devices[0]!],
      });
      expectOk(ctx, await updateList(client, a.primary.token, removal), 'remove device 2');
      a.deviceList = { version: a.deviceList.version + 1, devices: [a.deviceList.devices[0]!] };
      expectError(
        ctx,
        await tryLink(client, a, ctx.random, plus(d2.deviceId)),
        'DEVICE_LIST_INVALID',
        'reuse the removed device id',
      );
    },
  },
  {
    id: 'accounts/link-after-removal',
    title:
      'After the highest device id was removed, the link token names the next unused id, a new device links under it, and the removed id stays refused',
    mode: 'relay',
    capability: 'test-hooks',
    requirements: ['REQ-ACCT-011', 'REQ-ACCT-006', 'REQ-ACCT-005'],
    async run(ctx) {
      const client = caseClient(ctx);
      const a = await registerAccount(client, ctx.random);
      const nextId = async (what: string) =>
        decodeLinkToken(
          expectOk(
            ctx,
            await client.request('POST', '/v1/devices/link-token', { token: a.primary.token }),
            what,
          ),
        );
      const first = await nextId('link token of a fresh account');
      check(first.nextDeviceId === 2, 'a fresh account links device 2 next', 2, first.nextDeviceId);
      const d2 = await linkDevice(client, a, ctx.random);
      const primaryEntry = a.deviceList.devices[0]!;
      a.deviceList = { version: a.deviceList.version + 1, devices: [primaryEntry] };
      expectOk(
        ctx,
        await updateList(client, a.primary.token, signDeviceList(a.identity, a.deviceList)),
        'remove device 2',
      );
      // The signed list now names device 1 only; the relay still knows 2 was used.
      const plus = (id: number) => (k: Uint8Array) => ({
        version: a.deviceList.version + 1,
        devices: [...a.deviceList.devices, { deviceId: id as DeviceId, deviceKey: k, addedAtMs: 0 }],
      });
      const reuse = await nextId('link token after the removal');
      check(
        reuse.nextDeviceId === d2.deviceId + 1,
        'the link token names the id after the removed one',
        d2.deviceId + 1,
        reuse.nextDeviceId,
      );
      expectError(
        ctx,
        await tryLink(client, a, ctx.random, plus(d2.deviceId), { token: reuse.linkToken }),
        'DEVICE_LIST_INVALID',
        'a list that reuses the removed device id',
      );
      const fresh = await nextId('link token after the refused reuse');
      check(
        fresh.nextDeviceId === reuse.nextDeviceId,
        'a refused link uses up no id',
        reuse.nextDeviceId,
        fresh.nextDeviceId,
      );
      const key = signingKey(randomSeed(ctx.random));
      const next = plus(fresh.nextDeviceId ?? 0)(key.publicKey);
      const address = decodeDeviceAddress(
        expectOk(
          ctx,
          await client.request('POST', '/v1/devices/link', {
            body: encodeLinkDeviceRequest({
              accountId: a.accountId,
              linkToken: fresh.linkToken,
              deviceKey: key.publicKey,
              deviceList: signDeviceList(a.identity, next),
            }),
          }),
          'link under next_device_id',
        ),
      );
      check(
        address.deviceId === fresh.nextDeviceId,
        'the new device has the named id',
        fresh.nextDeviceId,
        address.deviceId,
      );
      a.deviceList = next;
      const token = await requestToken(client, a.accountId, address.deviceId, key);
      const listed = decodeAccountDevices(
        expectOk(
          ctx,
          await client.request('GET', `/v1/accounts/${a.accountId}/devices`, { token }),
          'the new device reads the list',
        ),
      );
      const ids = listed.deviceList.list.devices.map((d) => d.deviceId).join(',');
      check(
        ids === `1,${address.deviceId}`,
        'the list holds the primary and the new device',
        `1,${address.deviceId}`,
        ids,
      );
      const after = await nextId('link token after the new link');
      check(
        after.nextDeviceId === address.deviceId + 1,
        'the next id moves past the new device',
        address.deviceId + 1,
        after.nextDeviceId,
      );
    },
  },
  {
    id: 'accounts/primary-only',
    title: 'Only the primary device obtains link tokens, sets the registration lock and removes devices',
    mode: 'relay',
    capability: 'test-hooks',
    requirements: ['REQ-ACCT-007'],
    async run(ctx) {
      const client = caseClient(ctx);
      const a = await registerAccount(client, ctx.random);
      const d2 = await linkDevice(client, a, ctx.random);
      expectError(
        ctx,
        await client.request('POST', '/v1/devices/link-token', { token: d2.token }),
        'NOT_PRIMARY_DEVICE',
        'link token from device 2',
      );
      expectError(
        ctx,
        await client.request('PUT', '/v1/accounts/me/registration-lock', {
          token: d2.token,
          body: encodeRegistrationLockRequest('1234-5678'),
        }),
        'NOT_PRIMARY_DEVICE',
        'lock from device 2',
      );
      const removal = signDeviceList(a.identity, {
        version: a.deviceList.version + 1,
        devices: [a.deviceList.devices[0]!],
      });
      expectError(
        ctx,
        await updateList(client, d2.token, removal),
        'NOT_PRIMARY_DEVICE',
        'removal from device 2',
      );
    },
  },
  {
    id: 'accounts/remove-device',
    title:
      'Removing a device revokes its tokens, drops its keys and closes its WebSocket at once; a list keeping every device or dropping the primary is refused',
    mode: 'relay',
    capability: 'test-hooks',
    requirements: ['REQ-ACCT-008', 'REQ-ACCT-009', 'REQ-AUTH-006'],
    async run(ctx) {
      const client = caseClient(ctx);
      const a = await registerAccount(client, ctx.random);
      const d2 = await linkDevice(client, a, ctx.random);
      const v = a.deviceList.version + 1;
      const primaryEntry = a.deviceList.devices[0]!;
      const d2Entry = a.deviceList.devices[1]!;
      expectError(
        ctx,
        await updateList(
          client,
          a.primary.token,
          signDeviceList(a.identity, { version: v, devices: [primaryEntry, d2Entry] }),
        ),
        'DEVICE_LIST_INVALID',
        'list removes nothing',
      );
      expectError(
        ctx,
        await updateList(
          client,
          a.primary.token,
          signDeviceList(a.identity, { version: v, devices: [d2Entry] }),
        ),
        'DEVICE_LIST_INVALID',
        'list drops the primary',
      );
      const url = new URL('/v1/websocket', client.base);
      url.protocol = 'ws:';
      const ws = new WebSocket(url, { headers: { authorization: `Bearer ${d2.token}` } });
      const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)));
      ws.on('error', () => {});
      await new Promise<void>((resolve, reject) => {
        ws.once('open', () => resolve());
        ws.once('unexpected-response', () => reject(new Error('device 2 could not open its WebSocket')));
      });
      expectOk(
        ctx,
        await updateList(
          client,
          a.primary.token,
          signDeviceList(a.identity, { version: v, devices: [primaryEntry] }),
        ),
        'remove device 2',
      );
      const code = await closed;
      ctx.log(`device 2 WebSocket closed with ${code}`);
      expectError(
        ctx,
        await client.request('GET', '/v1/accounts/me', { token: d2.token }),
        'UNAUTHENTICATED',
        'device 2 token',
      );
      const bundle = await client.request('GET', `/v1/keys/${a.accountId}/${d2.deviceId}`, {
        token: a.primary.token,
      });
      expectError(ctx, bundle, 'DEVICE_NOT_FOUND', 'bundle of device 2');
    },
  },
  {
    id: 'accounts/provisioning',
    title: 'A provisioning mailbox delivers the envelope the primary put into it once, then is gone',
    mode: 'relay',
    capability: 'test-hooks',
    requirements: ['REQ-ACCT-010'],
    async run(ctx) {
      const client = caseClient(ctx);
      const a = await registerAccount(client, ctx.random);
      const box = decodeProvisioningAddress(
        expectOk(ctx, await client.request('POST', '/v1/provisioning'), 'open a mailbox'),
      );
      const path = `/v1/provisioning/${box.provisioningId}`;
      const empty = expectOk(ctx, await client.request('GET', path), 'read before the primary wrote');
      check(empty.length === 0, 'an empty mailbox answers an empty body', 0, empty.length);
      const envelope = { ephemeralKey: randomSeed(ctx.random), ciphertext: randomSeed(ctx.random) };
      expectError(
        ctx,
        await client.request('PUT', path, { body: encodeProvisioningEnvelope(envelope) }),
        'UNAUTHENTICATED',
        'write without a token',
      );
      expectOk(
        ctx,
        await client.request('PUT', path, {
          token: a.primary.token,
          body: encodeProvisioningEnvelope(envelope),
        }),
        'the primary writes',
      );
      const got = decodeProvisioningEnvelope(
        expectOk(ctx, await client.request('GET', path), 'the new device reads'),
      );
      check(Buffer.from(got.ciphertext).equals(envelope.ciphertext), 'the ciphertext is delivered unchanged');
      expectError(ctx, await client.request('GET', path), 'NOT_FOUND', 'second read');
    },
  },
];
