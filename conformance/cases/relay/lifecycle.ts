/**
 * @module
 * Relay-mode cases for the account lifecycle (spec/lifecycle.md): the
 * published policy and consent, change of number, deletion with a byte scan
 * of every storage file, the queue of a removed device, uninstall feedback
 * of the development push gateway, the inactivity purge on the relay clock,
 * and the data inventory. All need the test hooks.
 */

import { createHash } from 'node:crypto';
import { ristretto255_oprf } from '@noble/curves/ed25519.js';
import {
  encodeRegistrationLockRequest,
  encodeUpdateDeviceListRequest,
} from '../../../reference/wire/account.ts';
import type { DeliveryAddress } from '../../../reference/wire/delivery.ts';
import {
  decodeDiscoveryEvaluateResponse,
  decodeDiscoveryLookupResponse,
  encodeDiscoveryEvaluateRequest,
  encodeDiscoveryLookupRequest,
} from '../../../reference/wire/discovery.ts';
import type { AccountId } from '../../../reference/wire/ids.ts';
import {
  decodeConsentState,
  decodePolicyInfo,
  decodeTestHookInventory,
  encodeChangeNumberRequest,
  encodeConsentRequest,
  encodePushTokenRegistration,
  encodeTestHookInventoryRequest,
  encodeTestHookPushUnregistered,
  type PolicyInfo,
} from '../../../reference/wire/lifecycle.ts';
import { decodeRegistrationResult } from '../../../reference/wire/registration.ts';
import { type CaseContext, type ConformanceCase, check, checkEqual } from '../../case.ts';
import {
  caseClient,
  expectError,
  expectOk,
  linkDevice,
  makePreKeys,
  type RelayClient,
  randomPhoneNumber,
  randomSeed,
  registerAccount,
  registrationBody,
  requestCode,
  requestToken,
  signDeviceList,
  signingKey,
  type TestAccount,
  type TestDevice,
  uploadPreKeys,
} from '../../lib/relayClient.ts';
import { flushDelivery, postSends, randomBytesFrom, sendTo } from './deliveryPeer.ts';

const oprf = ristretto255_oprf.oprf;
const DAY_MS = 86_400_000;

async function policyOf(ctx: CaseContext, client: RelayClient): Promise<PolicyInfo> {
  return decodePolicyInfo(expectOk(ctx, await client.request('GET', '/v1/policy'), 'GET /v1/policy'));
}

/** The accounts a discovery lookup of `numbers` by `who` matches, by number (undefined: no match). */
async function discover(
  ctx: CaseContext,
  client: RelayClient,
  who: TestAccount,
  numbers: readonly string[],
): Promise<(AccountId | undefined)[]> {
  const inputs = numbers.map((n) => new Uint8Array(Buffer.from(n, 'ascii')));
  const blinds = inputs.map((i) => oprf.blind(i));
  const evaluated = decodeDiscoveryEvaluateResponse(
    expectOk(
      ctx,
      await client.request('POST', '/v1/discovery/evaluate', {
        token: who.primary.token,
        body: encodeDiscoveryEvaluateRequest(blinds.map((b) => b.blinded)),
      }),
      'discovery evaluate',
    ),
  );
  const outputs = inputs.map((i, k) => oprf.finalize(i, blinds[k]!.blind, evaluated[k]!));
  const matches = decodeDiscoveryLookupResponse(
    expectOk(
      ctx,
      await client.request('POST', '/v1/discovery/lookup', {
        token: who.primary.token,
        body: encodeDiscoveryLookupRequest(outputs),
      }),
      'discovery lookup',
    ),
  );
  return numbers.map((_, k) => matches.find((m) => m.index === k)?.accountId);
}

/** `GET /v1/accounts/me` as `device`: the status only. */
async function meStatus(client: RelayClient, device: TestDevice): Promise<number> {
  return (await client.request('GET', '/v1/accounts/me', { token: device.token })).status;
}

/** A request code for `phone` and a change of `account`'s number to it. */
async function changeNumber(client: RelayClient, device: TestDevice, phone: string, code: string) {
  return client.request('PUT', '/v1/accounts/me/number', {
    token: device.token,
    body: encodeChangeNumberRequest({ phoneNumber: phone, verificationCode: code }),
  });
}

/** A registration of `phone` by a stranger's fresh keys, with the code the relay sends now. */
async function registerStranger(ctx: CaseContext, client: RelayClient, phone: string) {
  const code = await requestCode(client, phone);
  const identity = signingKey(randomSeed(() => ctx.random()));
  const device = signingKey(randomSeed(() => ctx.random()));
  return client.request('POST', '/v1/registration', {
    body: registrationBody(phone, code, identity, device),
  });
}

/** Leave one envelope from `sender` queued for every device of `to`; returns the ciphertexts. */
async function queueFor(
  ctx: CaseContext,
  client: RelayClient,
  sender: TestAccount,
  to: TestAccount,
  sequence: number,
): Promise<Map<string, Uint8Array>> {
  const devices: DeliveryAddress[] = to.devices.map((d) => ({
    accountId: to.accountId,
    deviceId: d.deviceId,
  }));
  const s = sendTo(to.accountId, devices, sequence, () => ctx.random(), { size: 64 });
  const r = await postSends(client, sender.primary, [s.send]);
  ctx.log(`send to ${devices.length} devices -> ${r.status} ${r.results[0]?.kind ?? r.error}`);
  check(r.results[0]?.kind === 'accepted', 'the send is accepted', 'accepted', r.results[0]?.kind ?? r.error);
  return s.ciphertexts;
}

/** Names of the storage files holding any of `needles`, with the needle's label. */
async function scan(client: RelayClient, needles: readonly { label: string; bytes: Uint8Array }[]) {
  const files = await client.storageDump();
  const found: string[] = [];
  for (const n of needles) {
    const b = Buffer.from(n.bytes);
    for (const f of files) if (Buffer.from(f.content).indexOf(b) >= 0) found.push(`${n.label} in ${f.name}`);
  }
  return found;
}

async function purge(client: RelayClient): Promise<void> {
  await client.ok('lifecycle purge', 'POST', '/test-hooks/v1/lifecycle/purge');
}

async function inventory(
  client: RelayClient,
  phone: string,
): Promise<{ text: string; doc: Record<string, unknown> }> {
  const text = decodeTestHookInventory(
    await client.ok('inventory', 'POST', '/test-hooks/v1/lifecycle/inventory', {
      body: encodeTestHookInventoryRequest(phone),
    }),
  );
  return { text, doc: JSON.parse(text) as Record<string, unknown> };
}

/** The account's devices as another account sees them: the status only. */
async function devicesStatus(client: RelayClient, viewer: TestDevice, accountId: AccountId): Promise<number> {
  return (await client.request('GET', `/v1/accounts/${accountId}/devices`, { token: viewer.token })).status;
}

/** Lifecycle cases; the purge case moves the relay clock by a year and runs last. */
export const LIFECYCLE_RELAY_CASES: readonly ConformanceCase[] = [
  {
    id: 'lifecycle/policy-published',
    title: 'GET /v1/policy answers a version, the text with its SHA-256, and the uses with optional ones',
    mode: 'relay',
    requirements: ['REQ-LIFECYCLE-010'],
    async run(ctx) {
      const p = await policyOf(ctx, caseClient(ctx));
      check(p.version > 0, 'the version is above 0', '> 0', p.version);
      check(p.text.length > 0, 'the text is not empty');
      const digest = createHash('sha256').update(p.text, 'utf8').digest();
      check(digest.equals(Buffer.from(p.textSha256)), 'text_sha256 is the SHA-256 of the text');
      const ids = p.uses.map((u) => u.id);
      check(
        new Set(ids).size === ids.length && ids.every((i) => i !== ''),
        'use ids are unique and set',
        ids,
      );
      check(
        p.uses.some((u) => u.optional),
        'at least one use is optional',
      );
      check(p.inactivityDays > 0, 'inactivity_days is set', '> 0', p.inactivityDays);
    },
  },
  {
    id: 'lifecycle/consent-honoured',
    title:
      'Consent is stored per account; a declined discovery hides the number until allowed again with the number',
    mode: 'relay',
    capability: 'test-hooks',
    requirements: ['REQ-LIFECYCLE-011', 'REQ-LIFECYCLE-012'],
    timeoutMs: 20_000,
    async run(ctx) {
      const client = caseClient(ctx);
      const p = await policyOf(ctx, client);
      const alice = await registerAccount(client, () => ctx.random());
      const bob = await registerAccount(client, () => ctx.random());
      const put = (body: Parameters<typeof encodeConsentRequest>[0]) =>
        client.request('PUT', '/v1/accounts/me/consent', {
          token: alice.primary.token,
          body: encodeConsentRequest(body),
        });
      const fresh = decodeConsentState(
        expectOk(
          ctx,
          await client.request('GET', '/v1/accounts/me/consent', { token: alice.primary.token }),
          'GET consent',
        ),
      );
      checkEqual(fresh.currentVersion, p.version, 'current_version is the published version');
      expectError(
        ctx,
        await put({ acceptedVersion: p.version + 1 }),
        'POLICY_VERSION_NOT_CURRENT',
        'accept a future version',
      );
      expectError(
        ctx,
        await put({ acceptedVersion: p.version, declinedUses: ['no-such-use'] }),
        'POLICY_USE_UNKNOWN',
        'decline an unknown use',
      );
      const mandatory = p.uses.find((u) => !u.optional);
      if (mandatory) {
        expectError(
          ctx,
          await put({ acceptedVersion: p.version, declinedUses: [mandatory.id] }),
          'POLICY_USE_UNKNOWN',
          'decline a use that is not optional',
        );
      }
      const unchanged = decodeConsentState(
        expectOk(
          ctx,
          await client.request('GET', '/v1/accounts/me/consent', { token: alice.primary.token }),
          'GET consent',
        ),
      );
      checkEqual(unchanged.acceptedVersion, fresh.acceptedVersion, 'refused requests stored nothing');
      check(
        (await discover(ctx, client, bob, [alice.phoneNumber]))[0] === alice.accountId,
        'found before declining',
      );

      const declined = decodeConsentState(
        expectOk(
          ctx,
          await put({ acceptedVersion: p.version, declinedUses: ['discovery'] }),
          'decline discovery',
        ),
      );
      checkEqual(declined.acceptedVersion, p.version, 'the accepted version is stored');
      check(
        declined.declinedUses.includes('discovery'),
        'the declined use is stored',
        ['discovery'],
        declined.declinedUses,
      );
      const after = decodeConsentState(
        expectOk(
          ctx,
          await client.request('GET', '/v1/accounts/me/consent', { token: alice.primary.token }),
          'GET consent',
        ),
      );
      check(after.declinedUses.includes('discovery'), 'GET answers the declined use');
      checkEqual(
        (await discover(ctx, client, bob, [alice.phoneNumber]))[0],
        undefined,
        'a declined number is not found',
      );

      expectError(
        ctx,
        await put({ acceptedVersion: p.version, declinedUses: [] }),
        'CONSENT_NUMBER_MISMATCH',
        'allow discovery without the number',
      );
      expectError(
        ctx,
        await put({ acceptedVersion: p.version, declinedUses: [], phoneNumber: bob.phoneNumber }),
        'CONSENT_NUMBER_MISMATCH',
        "allow discovery with another account's number",
      );
      checkEqual((await discover(ctx, client, bob, [alice.phoneNumber]))[0], undefined, 'still not found');
      expectOk(
        ctx,
        await put({ acceptedVersion: p.version, declinedUses: [], phoneNumber: alice.phoneNumber }),
        'allow discovery with the own number',
      );
      checkEqual((await discover(ctx, client, bob, [alice.phoneNumber]))[0], alice.accountId, 'found again');
    },
  },
  {
    id: 'lifecycle/change-number',
    title:
      'A change of number needs the new number’s code from the primary, keeps the account and frees the old number at once',
    mode: 'relay',
    capability: 'test-hooks',
    requirements: ['REQ-LIFECYCLE-001', 'REQ-LIFECYCLE-002', 'REQ-LIFECYCLE-003'],
    timeoutMs: 30_000,
    async run(ctx) {
      const client = caseClient(ctx);
      const random = () => ctx.random();
      const alice = await registerAccount(client, random);
      expectOk(
        ctx,
        await client.request('PUT', '/v1/accounts/me/registration-lock', {
          token: alice.primary.token,
          body: encodeRegistrationLockRequest('4321'),
        }),
        'set registration lock',
      );
      const bob = await registerAccount(client, random);
      const linked = await linkDevice(client, alice, random);
      const oldNumber = alice.phoneNumber;
      let newNumber = randomPhoneNumber(random);
      while (newNumber === oldNumber || newNumber === bob.phoneNumber) newNumber = randomPhoneNumber(random);

      expectError(
        ctx,
        await changeNumber(client, alice.primary, bob.phoneNumber, '000000'),
        'NUMBER_ALREADY_REGISTERED',
        "change to another account's number",
      );
      expectError(
        ctx,
        await changeNumber(client, alice.primary, oldNumber, '000000'),
        'NUMBER_UNCHANGED',
        'change to the own number',
      );
      const code = await requestCode(client, newNumber);
      const wrong = code === '000000' ? '000001' : '000000';
      expectError(
        ctx,
        await changeNumber(client, linked, newNumber, code),
        'NOT_PRIMARY_DEVICE',
        'change from a linked device',
      );
      expectError(
        ctx,
        await changeNumber(client, alice.primary, newNumber, wrong),
        'VERIFICATION_CODE_INVALID',
        'wrong code',
      );
      checkEqual(
        (await discover(ctx, client, bob, [oldNumber]))[0],
        alice.accountId,
        'found by the old number before',
      );
      expectOk(ctx, await changeNumber(client, alice.primary, newNumber, code), 'change with the right code');

      checkEqual(await meStatus(client, alice.primary), 200, "the primary's token still works");
      checkEqual(await meStatus(client, linked), 200, "the linked device's token still works");
      const [byOld, byNew] = await discover(ctx, client, bob, [oldNumber, newNumber]);
      checkEqual(byOld, undefined, 'the old number matches nothing');
      checkEqual(byNew, alice.accountId, 'the new number matches the account');
      expectError(
        ctx,
        await client.request('POST', '/v1/registration', {
          body: registrationBody(
            newNumber,
            code,
            signingKey(randomSeed(random)),
            signingKey(randomSeed(random)),
          ),
        }),
        'VERIFICATION_CODE_EXPIRED',
        'the code of the change, used again',
      );
      const stranger = await registerStranger(ctx, client, oldNumber);
      expectOk(ctx, stranger, 'a stranger registers the old number without a PIN');
      const strangerId = decodeRegistrationResult(stranger.body).accountId;
      check(strangerId !== alice.accountId, 'the old number got a new account');
      checkEqual(
        await meStatus(client, alice.primary),
        200,
        "the stranger's registration did not end the account",
      );
      expectError(
        ctx,
        await registerStranger(ctx, client, newNumber),
        'REGISTRATION_LOCKED',
        'the new number is locked',
      );
    },
  },
  {
    id: 'lifecycle/deletion-erases-everything',
    title: 'Deleting an account erases it from every storage file: ids, keys, push token, queued ciphertext',
    mode: 'relay',
    capability: 'test-hooks',
    requirements: ['REQ-LIFECYCLE-004'],
    timeoutMs: 30_000,
    async run(ctx) {
      const client = caseClient(ctx);
      const random = () => ctx.random();
      const p = await policyOf(ctx, client);
      const alice = await registerAccount(client, random);
      const bob = await registerAccount(client, random);
      const linked = await linkDevice(client, alice, random);
      for (const d of alice.devices) {
        expectOk(
          ctx,
          await uploadPreKeys(
            client,
            d,
            makePreKeys(alice.identity, random, { oneTime: 2, kem: 2, lastResort: true }),
          ),
          'upload prekeys',
        );
      }
      const pushToken = randomBytesFrom(random, 40);
      if (p.pushGateways.length > 0) {
        expectOk(
          ctx,
          await client.request('PUT', '/v1/devices/me/push-token', {
            token: alice.primary.token,
            body: encodePushTokenRegistration({ gateway: p.pushGateways[0]!, token: pushToken }),
          }),
          'register a push token',
        );
      }
      const queued = await queueFor(ctx, client, bob, alice, 1);
      expectError(
        ctx,
        await client.request('DELETE', '/v1/accounts/me', { token: linked.token }),
        'NOT_PRIMARY_DEVICE',
        'delete from a linked device',
      );
      expectOk(
        ctx,
        await client.request('DELETE', '/v1/accounts/me', { token: alice.primary.token }),
        'delete the account',
      );

      for (const d of alice.devices) {
        expectError(
          ctx,
          await client.request('GET', '/v1/accounts/me', { token: d.token }),
          'UNAUTHENTICATED',
          `device ${d.deviceId} token after deletion`,
        );
      }
      expectError(
        ctx,
        await client.request('GET', `/v1/accounts/${alice.accountId}/devices`, { token: bob.primary.token }),
        'ACCOUNT_NOT_FOUND',
        'the account id after deletion',
      );
      checkEqual(
        (await discover(ctx, client, bob, [alice.phoneNumber]))[0],
        undefined,
        'the number matches nothing',
      );
      await flushDelivery(client);
      const idBytes = Buffer.from(alice.accountId, 'hex');
      const needles = [
        { label: 'account id', bytes: idBytes },
        { label: 'account id (hex text)', bytes: Buffer.from(alice.accountId, 'ascii') },
        { label: 'identity key', bytes: alice.identity.publicKey },
        ...alice.devices.map((d) => ({ label: `device ${d.deviceId} key`, bytes: d.key.publicKey })),
        ...[...queued].map(([k, c]) => ({ label: `ciphertext queued for ${k.split('/')[1]}`, bytes: c })),
        ...(p.pushGateways.length > 0 ? [{ label: 'push token', bytes: pushToken }] : []),
      ];
      const found = await scan(client, needles);
      ctx.log(`byte scan after deletion: ${found.length === 0 ? 'nothing found' : found.join('; ')}`);
      check(found.length === 0, 'no storage file holds anything of the deleted account', [], found);
      expectOk(
        ctx,
        await registerStranger(ctx, client, alice.phoneNumber),
        'the number can be registered afresh',
      );
    },
  },
  {
    id: 'lifecycle/removed-device-queue',
    title: 'Removing a device erases the envelopes queued for it at once',
    mode: 'relay',
    capability: 'test-hooks',
    requirements: ['REQ-LIFECYCLE-005'],
    timeoutMs: 20_000,
    async run(ctx) {
      const client = caseClient(ctx);
      const random = () => ctx.random();
      const alice = await registerAccount(client, random);
      const bob = await registerAccount(client, random);
      const linked = await linkDevice(client, alice, random);
      const queued = await queueFor(ctx, client, bob, alice, 1);
      await flushDelivery(client);
      const forLinked = queued.get(`${alice.accountId}/${linked.deviceId}`)!;
      const forPrimary = queued.get(`${alice.accountId}/${alice.primary.deviceId}`)!;
      check(
        (await scan(client, [{ label: 'primary copy', bytes: forPrimary }])).length > 0,
        'the relay stores queued envelopes',
      );
      const next = {
        version: alice.deviceList.version + 1,
        devices: alice.deviceList.devices.filter((d) => d.deviceId !== linked.deviceId),
      };
      expectOk(
        ctx,
        await client.request('PUT', '/v1/devices', {
          token: alice.primary.token,
          body: encodeUpdateDeviceListRequest(signDeviceList(alice.identity, next)),
        }),
        'remove the linked device',
      );
      alice.deviceList = next;
      await flushDelivery(client);
      const found = await scan(client, [{ label: 'copy for the removed device', bytes: forLinked }]);
      ctx.log(`byte scan after removal: ${found.length === 0 ? 'nothing found' : found.join('; ')}`);
      check(found.length === 0, "the removed device's queued ciphertext is in no storage file", [], found);
    },
  },
  {
    id: 'lifecycle/uninstall-feedback',
    title: 'A push token reported unregistered removes its device, and the account with its primary',
    mode: 'relay',
    capability: 'test-hooks',
    requirements: ['REQ-LIFECYCLE-006', 'REQ-LIFECYCLE-007', 'REQ-LIFECYCLE-015'],
    timeoutMs: 20_000,
    async run(ctx) {
      const client = caseClient(ctx);
      const random = () => ctx.random();
      const p = await policyOf(ctx, client);
      check(
        p.pushGateways.includes('dev'),
        'a relay with test hooks offers the gateway dev',
        ['dev'],
        p.pushGateways,
      );
      const alice = await registerAccount(client, random);
      const bob = await registerAccount(client, random);
      const linked = await linkDevice(client, alice, random);
      expectOk(
        ctx,
        await uploadPreKeys(
          client,
          linked,
          makePreKeys(alice.identity, random, { oneTime: 1, kem: 1, lastResort: true }),
        ),
        'linked device uploads prekeys',
      );
      const register = (d: TestDevice, gateway: string, token: Uint8Array) =>
        client.request('PUT', '/v1/devices/me/push-token', {
          token: d.token,
          body: encodePushTokenRegistration({ gateway, token }),
        });
      const tokenPrimary = randomBytesFrom(random, 32);
      const tokenLinked = randomBytesFrom(random, 32);
      expectError(
        ctx,
        await register(linked, 'no-such-gateway', tokenLinked),
        'PUSH_GATEWAY_UNKNOWN',
        'unknown gateway',
      );
      expectOk(ctx, await register(alice.primary, 'dev', tokenPrimary), 'primary registers a push token');
      expectOk(ctx, await register(linked, 'dev', tokenLinked), 'linked device registers a push token');
      const unregistered = (token: Uint8Array) =>
        client.ok('uninstall feedback', 'POST', '/test-hooks/v1/push/unregistered', {
          body: encodeTestHookPushUnregistered({ gateway: 'dev', token }),
        });

      await unregistered(tokenLinked);
      expectError(
        ctx,
        await client.request('GET', '/v1/accounts/me', { token: linked.token }),
        'UNAUTHENTICATED',
        'the uninstalled device',
      );
      expectError(
        ctx,
        await client.request('GET', `/v1/keys/${alice.accountId}/${linked.deviceId}`, {
          token: bob.primary.token,
        }),
        'DEVICE_NOT_FOUND',
        'a bundle of the uninstalled device',
      );
      checkEqual(await meStatus(client, alice.primary), 200, 'the primary keeps working');
      const next = {
        version: alice.deviceList.version + 1,
        devices: alice.deviceList.devices.filter((d) => d.deviceId !== linked.deviceId),
      };
      expectOk(
        ctx,
        await client.request('PUT', '/v1/devices', {
          token: alice.primary.token,
          body: encodeUpdateDeviceListRequest(signDeviceList(alice.identity, next)),
        }),
        'the primary publishes a list without the uninstalled device',
      );

      await unregistered(tokenPrimary);
      expectError(
        ctx,
        await client.request('GET', '/v1/accounts/me', { token: alice.primary.token }),
        'UNAUTHENTICATED',
        'the primary after its uninstall',
      );
      expectError(
        ctx,
        await client.request('GET', `/v1/accounts/${alice.accountId}/devices`, { token: bob.primary.token }),
        'ACCOUNT_NOT_FOUND',
        'the account after its primary was uninstalled',
      );
      checkEqual(await meStatus(client, bob.primary), 200, 'other accounts are untouched');
    },
  },
  {
    id: 'lifecycle/inventory',
    title: 'The data inventory of a number has the documented fields and no content, contact or location',
    mode: 'relay',
    capability: 'test-hooks',
    requirements: ['REQ-LIFECYCLE-013', 'REQ-LIFECYCLE-014', 'REQ-LIFECYCLE-015'],
    timeoutMs: 20_000,
    async run(ctx) {
      const client = caseClient(ctx);
      const random = () => ctx.random();
      const alice = await registerAccount(client, random);
      const bob = await registerAccount(client, random);
      await linkDevice(client, alice, random);
      const queued = await queueFor(ctx, client, bob, alice, 1);
      await discover(ctx, client, alice, [bob.phoneNumber]);
      const { text, doc } = await inventory(client, alice.phoneNumber);
      ctx.log(`inventory: ${text.length} characters`);
      checkEqual(doc.format, 'deftalk-inventory/1', 'format');
      checkEqual(doc.registered, true, 'registered');
      checkEqual(doc.accountId, alice.accountId, 'accountId');
      checkEqual(doc.deviceCount, 2, 'deviceCount');
      const dateShape = /^\d{4}-\d{2}-\d{2}$/;
      check(
        dateShape.test(String(doc.registrationDate)),
        'registrationDate is a day',
        'YYYY-MM-DD',
        doc.registrationDate,
      );
      check(
        dateShape.test(String(doc.lastActivityDate)),
        'lastActivityDate is a day',
        'YYYY-MM-DD',
        doc.lastActivityDate,
      );
      const leaks: string[] = [];
      const lower = text.toLowerCase();
      for (const [k, c] of queued) {
        const b = Buffer.from(c);
        for (const form of [b.toString('hex'), b.toString('base64'), b.subarray(0, 16).toString('hex')]) {
          if (text.includes(form)) leaks.push(`ciphertext queued for ${k.split('/')[1]}`);
        }
      }
      if (lower.includes(bob.accountId)) leaks.push("the sender's account id");
      if (lower.includes(Buffer.from(bob.accountId, 'hex').toString('base64').toLowerCase()))
        leaks.push("the sender's account id (base64)");
      for (const n of [bob.phoneNumber, alice.phoneNumber]) {
        if (text.includes(n) || text.includes(n.slice(1))) leaks.push('a phone number');
      }
      for (const word of ['latitude', 'longitude', 'location', 'ciphertext', 'envelope"', 'contacts']) {
        if (lower.includes(`"${word}`)) leaks.push(`a field named ${word}`);
      }
      check(leaks.length === 0, 'the inventory holds no content, contact, number or location', [], leaks);
      const none = await inventory(client, randomPhoneNumber(random));
      checkEqual(none.doc.registered, false, 'an unregistered number is reported as such');
    },
  },
  {
    id: 'lifecycle/inactivity-purge',
    title:
      'An account inactive for more than inactivity_days on the relay clock is erased; an active one is kept',
    mode: 'relay',
    capability: 'test-hooks',
    requirements: ['REQ-LIFECYCLE-008', 'REQ-LIFECYCLE-015'],
    timeoutMs: 20_000,
    async run(ctx) {
      const client = caseClient(ctx);
      const random = () => ctx.random();
      const days = (await policyOf(ctx, client)).inactivityDays;
      const idle = await registerAccount(client, random);
      const active = await registerAccount(client, random);
      const signIn = async (a: TestAccount) => {
        a.primary.token = await requestToken(client, a.accountId, a.primary.deviceId, a.primary.key);
        checkEqual(await meStatus(client, a.primary), 200, 'the active account authenticates');
      };
      await client.advanceClock((days - 1) * DAY_MS);
      await signIn(active);
      await purge(client);
      checkEqual(
        await devicesStatus(client, active.primary, idle.accountId),
        200,
        `an account idle for ${days - 1} days is kept`,
      );
      await client.advanceClock(2 * DAY_MS);
      await signIn(active);
      await purge(client);
      expectError(
        ctx,
        await client.request('GET', `/v1/accounts/${idle.accountId}/devices`, {
          token: active.primary.token,
        }),
        'ACCOUNT_NOT_FOUND',
        `an account idle for ${days + 1} days`,
      );
      checkEqual(
        await devicesStatus(client, active.primary, active.accountId),
        200,
        'the active account is kept',
      );
    },
  },
];
