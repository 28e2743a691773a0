/**
 * @module
 * Relay-mode cases for registration by phone number (spec/registration.md).
 * Codes are read and the clock is moved only through the test-hooks
 * profile, so every case here needs the `test-hooks` capability.
 */

import { encodeRegistrationLockRequest } from '../../../reference/wire/account.ts';
import { PRIMARY_DEVICE_ID } from '../../../reference/wire/ids.ts';
import {
  encodeRegistrationRequest,
  encodeVerificationCodeRequest,
} from '../../../reference/wire/registration.ts';
import { type CaseContext, type ConformanceCase, check } from '../../case.ts';
import {
  caseClient,
  expectError,
  expectOk,
  findSecrets,
  type RelayClient,
  randomPhoneNumber,
  randomSeed,
  registerAccount,
  registrationBody,
  requestCode,
  signDeviceList,
  signingKey,
} from '../../lib/relayClient.ts';

/** Longest code lifetime the spec allows (REQ-REG-005). */
const MAX_CODE_TTL_MS = 10 * 60_000;
/** Most wrong codes the spec allows before erasure (REQ-REG-006). */
const MAX_CODE_ATTEMPTS = 5;
/** Most wrong PINs the spec allows before a lockout (REQ-REG-011). */
const MAX_PIN_ATTEMPTS = 5;

function codeRequest(client: RelayClient, phoneNumber: string) {
  return client.request('POST', '/v1/registration/code', {
    body: encodeVerificationCodeRequest(phoneNumber),
  });
}

function register(client: RelayClient, body: Uint8Array) {
  return client.request('POST', '/v1/registration', { body });
}

/** A registration body for a fresh identity and device. */
function freshBody(ctx: CaseContext, phoneNumber: string, code: string, pin?: string): Uint8Array {
  return registrationBody(
    phoneNumber,
    code,
    signingKey(randomSeed(ctx.random)),
    signingKey(randomSeed(ctx.random)),
    {
      pin,
    },
  );
}

/** A six-digit code different from `code`. */
function otherCode(code: string): string {
  return ((Number(code) + 1) % 1_000_000).toString().padStart(6, '0');
}

/** Registration cases. */
export const REGISTRATION_RELAY_CASES: readonly ConformanceCase[] = [
  {
    id: 'registration/happy-path',
    title: 'A six-digit code registers the number once; the account signs in and the code cannot be reused',
    mode: 'relay',
    capability: 'test-hooks',
    requirements: ['REQ-REG-003', 'REQ-REG-007', 'REQ-REG-009', 'REQ-REG-017'],
    async run(ctx) {
      const client = caseClient(ctx);
      const phone = randomPhoneNumber(ctx.random);
      const code = await requestCode(client, phone);
      check(/^[0-9]{6}$/.test(code), 'the code is six decimal digits', '6 digits', code.length);
      const body = freshBody(ctx, phone, code);
      const first = await register(client, body);
      expectOk(ctx, first, 'register with the code');
      expectError(
        ctx,
        await register(client, body),
        'VERIFICATION_CODE_EXPIRED',
        'register again with the used code',
      );
      const account = await registerAccount(client, ctx.random);
      const me = await client.request('GET', '/v1/accounts/me', { token: account.primary.token });
      expectOk(ctx, me, 'GET /v1/accounts/me with the new token');
      check(
        account.primary.deviceId === PRIMARY_DEVICE_ID,
        'the primary device is device 1',
        1,
        account.primary.deviceId,
      );
    },
  },
  {
    id: 'registration/invalid-number',
    title: 'Numbers that are not valid E.164 are refused with INVALID_PHONE_NUMBER',
    mode: 'relay',
    requirements: ['REQ-REG-001'],
    async run(ctx) {
      const client = caseClient(ctx);
      for (const bad of ['+1234', '4915123456789', '+49 151 23456789', '+4915123456789x', '+00000000000']) {
        expectError(
          ctx,
          await codeRequest(client, bad),
          'INVALID_PHONE_NUMBER',
          `code for ${JSON.stringify(bad)}`,
        );
      }
      const body = freshBody(ctx, '+1234', '123456');
      expectError(ctx, await register(client, body), 'INVALID_PHONE_NUMBER', 'register +1234');
    },
  },
  {
    id: 'registration/malformed',
    title: 'An undecodable registration request answers MALFORMED_REQUEST and sends no code',
    mode: 'relay',
    capability: 'test-hooks',
    requirements: ['REQ-REG-016'],
    async run(ctx) {
      const client = caseClient(ctx);
      const garbage = new Uint8Array([0x0a, 0xff, 0xff, 0xff]);
      expectError(
        ctx,
        await client.request('POST', '/v1/registration/code', { body: garbage }),
        'MALFORMED_REQUEST',
        'garbage code request',
      );
      expectError(
        ctx,
        await client.request('POST', '/v1/registration', { body: garbage }),
        'MALFORMED_REQUEST',
        'garbage registration',
      );
      const phone = randomPhoneNumber(ctx.random);
      const code = await requestCode(client, phone);
      // A registration with a five-digit code is malformed and must not count as an attempt or use the code.
      const short = freshBody(ctx, phone, code.slice(1));
      expectError(ctx, await register(client, short), 'MALFORMED_REQUEST', 'five-digit code');
      expectOk(ctx, await register(client, freshBody(ctx, phone, code)), 'the real code still registers');
    },
  },
  {
    id: 'registration/resend-too-soon',
    title: 'A second code within the resend interval is refused with a retry interval, and accepted after it',
    mode: 'relay',
    capability: 'test-hooks',
    requirements: ['REQ-REG-004'],
    async run(ctx) {
      const client = caseClient(ctx);
      const phone = randomPhoneNumber(ctx.random);
      await requestCode(client, phone);
      const e = expectError(
        ctx,
        await codeRequest(client, phone),
        'VERIFICATION_RESEND_TOO_SOON',
        'second code at once',
      );
      check(e.retryAfterMs > 0, 'the refusal names a retry interval', '> 0', e.retryAfterMs);
      await client.advanceClock(e.retryAfterMs + 1000);
      expectOk(ctx, await codeRequest(client, phone), 'code after the interval');
    },
  },
  {
    id: 'registration/expired-code',
    title: 'A code older than ten minutes of relay time no longer registers',
    mode: 'relay',
    capability: 'test-hooks',
    requirements: ['REQ-REG-005'],
    async run(ctx) {
      const client = caseClient(ctx);
      const phone = randomPhoneNumber(ctx.random);
      const code = await requestCode(client, phone);
      await client.advanceClock(MAX_CODE_TTL_MS + 1000);
      expectError(
        ctx,
        await register(client, freshBody(ctx, phone, code)),
        'VERIFICATION_CODE_EXPIRED',
        'register after 10 min',
      );
    },
  },
  {
    id: 'registration/attempts-exhausted',
    title: 'Wrong codes are counted; the fifth erases the code, after which even the right code fails',
    mode: 'relay',
    capability: 'test-hooks',
    requirements: ['REQ-REG-006'],
    async run(ctx) {
      const client = caseClient(ctx);
      const phone = randomPhoneNumber(ctx.random);
      const code = await requestCode(client, phone);
      const wrong = freshBody(ctx, phone, otherCode(code));
      let exhausted = false;
      for (let i = 1; i <= MAX_CODE_ATTEMPTS && !exhausted; i++) {
        const a = await register(client, wrong);
        if (a.error?.name === 'VERIFICATION_ATTEMPTS_EXHAUSTED') exhausted = true;
        else expectError(ctx, a, 'VERIFICATION_CODE_INVALID', `wrong code #${i}`);
      }
      check(exhausted, `at most ${MAX_CODE_ATTEMPTS} wrong codes exhaust the code`);
      expectError(
        ctx,
        await register(client, freshBody(ctx, phone, code)),
        'VERIFICATION_CODE_EXPIRED',
        'right code after exhaustion',
      );
    },
  },
  {
    id: 'registration/bad-keys-and-list',
    title:
      'Registration refuses an invalid key, a device list not signed by the identity key, and a list that is not the primary alone',
    mode: 'relay',
    capability: 'test-hooks',
    requirements: ['REQ-REG-008'],
    async run(ctx) {
      const client = caseClient(ctx);
      const phone = randomPhoneNumber(ctx.random);
      const code = await requestCode(client, phone);
      const identity = signingKey(randomSeed(ctx.random));
      const device = signingKey(randomSeed(ctx.random));
      const other = signingKey(randomSeed(ctx.random));
      const list = {
        version: 1,
        devices: [{ deviceId: PRIMARY_DEVICE_ID, deviceKey: device.publicKey, addedAtMs: 0 }],
      };
      const base = {
        phoneNumber: phone,
        verificationCode: code,
        identityKey: identity.publicKey,
        deviceKey: device.publicKey,
      };
      // The identity point of order 1 (y = 1) is a valid encoding but a small-order key.
      const smallOrder = new Uint8Array(32);
      smallOrder[0] = 1;
      const tries: [string, Uint8Array, string][] = [
        [
          'small-order identity key',
          encodeRegistrationRequest({
            ...base,
            identityKey: smallOrder,
            deviceList: signDeviceList(identity, list),
          }),
          'INVALID_KEY',
        ],
        [
          'list signed by another key',
          encodeRegistrationRequest({ ...base, deviceList: signDeviceList(other, list) }),
          'DEVICE_LIST_SIGNATURE_INVALID',
        ],
        [
          'list naming device 2',
          encodeRegistrationRequest({
            ...base,
            deviceList: signDeviceList(identity, {
              version: 1,
              devices: [{ ...list.devices[0]!, deviceId: 2 as never }],
            }),
          }),
          'DEVICE_LIST_INVALID',
        ],
        [
          'list with another device key',
          encodeRegistrationRequest({
            ...base,
            deviceList: signDeviceList(identity, {
              version: 1,
              devices: [{ ...list.devices[0]!, deviceKey: other.publicKey }],
            }),
          }),
          'DEVICE_LIST_INVALID',
        ],
      ];
      for (const [what, body, name] of tries) expectError(ctx, await register(client, body), name, what);
      expectOk(
        ctx,
        await register(
          client,
          encodeRegistrationRequest({ ...base, deviceList: signDeviceList(identity, list) }),
        ),
        'the well-formed request',
      );
    },
  },
  {
    id: 'registration/re-register-replaces',
    title: 'Registering a number again replaces the earlier account: its token and account id stop working',
    mode: 'relay',
    capability: 'test-hooks',
    requirements: ['REQ-REG-009'],
    async run(ctx) {
      const client = caseClient(ctx);
      const first = await registerAccount(client, ctx.random);
      const second = await registerAccount(client, ctx.random, { phoneNumber: first.phoneNumber });
      check(second.accountId !== first.accountId, 'the new account has a new id');
      expectError(
        ctx,
        await client.request('GET', '/v1/accounts/me', { token: first.primary.token }),
        'UNAUTHENTICATED',
        'old token',
      );
      const peek = await client.request('GET', `/v1/accounts/${first.accountId}/devices`, {
        token: second.primary.token,
      });
      expectError(ctx, peek, 'ACCOUNT_NOT_FOUND', 'old account id');
    },
  },
  {
    id: 'registration/lock',
    title: 'A locked number needs the PIN: none, a wrong one and the right one',
    mode: 'relay',
    capability: 'test-hooks',
    requirements: ['REQ-REG-010'],
    async run(ctx) {
      const client = caseClient(ctx);
      const owner = await registerAccount(client, ctx.random);
      const pin = 'correct-horse-4711';
      expectOk(
        ctx,
        await client.request('PUT', '/v1/accounts/me/registration-lock', {
          token: owner.primary.token,
          body: encodeRegistrationLockRequest(pin),
        }),
        'set the PIN',
      );
      await client.advanceClock(61_000);
      const code = await requestCode(client, owner.phoneNumber);
      expectError(
        ctx,
        await register(client, freshBody(ctx, owner.phoneNumber, code)),
        'REGISTRATION_LOCKED',
        'no PIN',
      );
      expectError(
        ctx,
        await register(client, freshBody(ctx, owner.phoneNumber, code, 'wrong-pin-0000')),
        'REGISTRATION_LOCK_PIN_INVALID',
        'wrong PIN',
      );
      expectOk(
        ctx,
        await client.request('GET', '/v1/accounts/me', { token: owner.primary.token }),
        'the owner is still signed in',
      );
      expectOk(ctx, await register(client, freshBody(ctx, owner.phoneNumber, code, pin)), 'right PIN');
    },
  },
  {
    id: 'registration/lock-attempts',
    title: 'After five wrong PINs even the right PIN is refused',
    mode: 'relay',
    capability: 'test-hooks',
    requirements: ['REQ-REG-011'],
    timeoutMs: 30_000,
    async run(ctx) {
      const client = caseClient(ctx);
      const owner = await registerAccount(client, ctx.random);
      const pin = 'staple-battery-0815';
      expectOk(
        ctx,
        await client.request('PUT', '/v1/accounts/me/registration-lock', {
          token: owner.primary.token,
          body: encodeRegistrationLockRequest(pin),
        }),
        'set the PIN',
      );
      await client.advanceClock(61_000);
      const code = await requestCode(client, owner.phoneNumber);
      let blocked = false;
      for (let i = 1; i <= MAX_PIN_ATTEMPTS && !blocked; i++) {
        const a = await register(client, freshBody(ctx, owner.phoneNumber, code, `wrong-pin-${i}`));
        if (a.error?.name === 'REGISTRATION_LOCK_ATTEMPTS_EXHAUSTED') blocked = true;
        else expectError(ctx, a, 'REGISTRATION_LOCK_PIN_INVALID', `wrong PIN #${i}`);
      }
      const right = await register(client, freshBody(ctx, owner.phoneNumber, code, pin));
      expectError(ctx, right, 'REGISTRATION_LOCK_ATTEMPTS_EXHAUSTED', 'right PIN after the wrong ones');
    },
  },
  {
    id: 'registration/nothing-in-clear',
    title: 'No phone number, verification code or PIN appears in the relay storage or logs',
    mode: 'relay',
    capability: 'test-hooks',
    requirements: ['REQ-REG-012', 'REQ-REG-013'],
    async run(ctx) {
      const client = caseClient(ctx);
      const pin = 'privacy-pin-9182';
      const owner = await registerAccount(client, ctx.random);
      await client.request('PUT', '/v1/accounts/me/registration-lock', {
        token: owner.primary.token,
        body: encodeRegistrationLockRequest(pin),
      });
      await client.advanceClock(61_000);
      const code = await requestCode(client, owner.phoneNumber);
      // A wrong attempt and a refused PIN make the relay handle both secrets on its error paths too.
      await register(client, freshBody(ctx, owner.phoneNumber, otherCode(code), pin));
      await register(client, freshBody(ctx, owner.phoneNumber, code, 'not-the-pin-1'));
      const files = await client.storageDump();
      const lines = await client.logLines();
      const digits = owner.phoneNumber.slice(1);
      const found = findSecrets(files, lines, [
        { label: 'phone number', text: owner.phoneNumber },
        { label: 'phone number digits', text: digits },
        { label: 'national number', text: digits.slice(2) },
        { label: 'verification code', text: code },
        { label: 'PIN', text: pin },
        { label: 'wrong PIN', text: 'not-the-pin-1' },
      ]);
      ctx.log(`scanned ${files.length} storage files and ${lines.length} log lines`);
      check(found.length === 0, 'no secret in storage or logs', [], found);
    },
  },
];
