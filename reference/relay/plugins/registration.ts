/**
 * @module
 * Registration by phone number (spec/registration.md): `POST
 * /v1/registration/code` sends a six-digit code through the configured
 * gateway; `POST /v1/registration` checks it, honours the registration lock,
 * and creates the account with its primary device. Phone numbers, codes and
 * PINs never reach storage or logs: the number becomes a keyed phone tag,
 * the code a keyed hash, the PIN a salted scrypt hash.
 */
import { randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { scryptAsync } from '@noble/hashes/scrypt.js';
import type { FastifyInstance } from 'fastify';
import { parsePhoneNumberWithError } from 'libphonenumber-js';
import { DefTalkError } from '../../errors/index.ts';
import { deviceListPayload } from '../../wire/account.ts';
import { type AccountId, PRIMARY_DEVICE_ID } from '../../wire/ids.ts';
import {
  decodeRegistrationRequest,
  decodeTestHookCodeRequest,
  decodeVerificationCodeRequest,
  encodeRegistrationResult,
  encodeTestHookCode,
  encodeVerificationCodeSent,
  type TestHookCode,
} from '../../wire/registration.ts';
import { isValidEd25519PublicKey, verifyEd25519 } from '../ed25519.ts';
import type { IdentityContext } from '../identityContext.ts';
import { DevSmsGateway } from '../sms/dev.ts';
import { codeHash, phoneTag } from '../storage/identifierKey.ts';
import type { OperationRegistry } from './operations.ts';

/**
 * The E.164 form of `text`, or INVALID_PHONE_NUMBER (spec/registration.md
 * §Phone numbers, REQ-REG-001): libphonenumber must parse it as a valid
 * number and its E.164 rendering must equal the input exactly.
 */
export function parseE164(text: string): string {
  try {
    const p = parsePhoneNumberWithError(text);
    if (p.isValid() && p.number === text) return p.number;
  } catch {
    // A parse error is an invalid number like any other.
  }
  throw new DefTalkError('INVALID_PHONE_NUMBER');
}

/** Salt length of a PIN hash (spec/registration.md §Registration lock). */
const PIN_SALT_BYTES = 16;
/** Output length of a PIN hash. */
const PIN_HASH_BYTES = 32;

/**
 * `LockHash = u8(log2N) || salt (16) || scrypt(PIN as UTF-8 NFKC, salt, N, r = 8, p = 1, 32)`
 * (spec/registration.md §Registration lock). The cost travels with the hash
 * so that raising N later does not invalidate existing locks.
 */
export async function hashPin(pin: string, log2N: number): Promise<Uint8Array> {
  const salt = randomBytes(PIN_SALT_BYTES);
  const hash = await scryptAsync(pin.normalize('NFKC'), salt, {
    N: 2 ** log2N,
    r: 8,
    p: 1,
    dkLen: PIN_HASH_BYTES,
  });
  const out = new Uint8Array(1 + PIN_SALT_BYTES + PIN_HASH_BYTES);
  out[0] = log2N;
  out.set(salt, 1);
  out.set(hash, 1 + PIN_SALT_BYTES);
  return out;
}

/** Check `pin` against a {@link hashPin} output in constant time. */
export async function pinMatches(pin: string, stored: Uint8Array): Promise<boolean> {
  if (stored.length !== 1 + PIN_SALT_BYTES + PIN_HASH_BYTES) return false;
  const log2N = stored[0]!;
  const salt = stored.subarray(1, 1 + PIN_SALT_BYTES);
  const hash = await scryptAsync(pin.normalize('NFKC'), salt, {
    N: 2 ** log2N,
    r: 8,
    p: 1,
    dkLen: PIN_HASH_BYTES,
  });
  return timingSafeEqual(hash, stored.subarray(1 + PIN_SALT_BYTES));
}

/**
 * Check `code` against the pending code of `tag` (spec/registration.md
 * §Registering, steps 4-5): VERIFICATION_CODE_EXPIRED when none is pending,
 * VERIFICATION_CODE_INVALID counting the attempt, and
 * VERIFICATION_ATTEMPTS_EXHAUSTED erasing the code at the last one. The code
 * stays pending when right: the caller erases it with its own change (a new
 * account, or a change of number, spec/lifecycle.md §Change of number).
 */
export async function checkVerificationCode(
  ctx: Pick<IdentityContext, 'verification' | 'identifierKey' | 'limits'>,
  tag: Buffer,
  code: string,
  now: number,
): Promise<void> {
  const pending = await ctx.verification.get(tag);
  if (!pending || pending.codeHash === null || pending.expiresAt <= now) {
    if (pending && pending.expiresAt <= now) await ctx.verification.delete(tag);
    throw new DefTalkError('VERIFICATION_CODE_EXPIRED');
  }
  if (!timingSafeEqual(pending.codeHash, codeHash(ctx.identifierKey, tag, code))) {
    const exhausted = pending.attempts + 1 >= ctx.limits.codeAttempts;
    await ctx.verification.recordFailure(tag, exhausted);
    if (exhausted) throw new DefTalkError('VERIFICATION_ATTEMPTS_EXHAUSTED');
    throw new DefTalkError('VERIFICATION_CODE_INVALID', {
      attemptsLeft: ctx.limits.codeAttempts - pending.attempts - 1,
    });
  }
}

/** Options of {@link registrationPlugin}. */
export interface RegistrationOptions {
  operations: OperationRegistry;
  identity: IdentityContext;
  /** Serve the verification-code test hooks (spec/test-hooks.md §Verification codes). */
  testHooks: boolean;
  /** Called once a number's account exists, e.g. to index it for discovery (spec/discovery.md §Discovery index). */
  onRegistered?: (accountId: AccountId, e164: string) => Promise<void>;
  /** Erases every concern's data of an account the registration replaces (spec/lifecycle.md §Erasure). */
  onReplaced?: (accountId: AccountId) => Promise<void>;
}

/** Fastify plugin: the registration operations and, with test hooks, the code hooks. */
export async function registrationPlugin(_app: FastifyInstance, opts: RegistrationOptions): Promise<void> {
  const { operations, identity: ctx } = opts;
  const { limits } = ctx;

  operations.add({
    name: 'registration.code',
    method: 'POST',
    path: '/v1/registration/code',
    auth: 'none',
    decodeBody: decodeVerificationCodeRequest,
    encodeBody: encodeVerificationCodeSent,
    // spec/registration.md §Requesting a code, steps 1-6.
    handle: async ({ body }) => {
      const number = parseE164(body);
      const sms = ctx.sms;
      if (!sms) throw new DefTalkError('REGISTRATION_UNAVAILABLE');
      const tag = phoneTag(ctx.identifierKey, number);
      const now = ctx.clock.now();
      const pending = await ctx.verification.get(tag);
      if (pending && pending.expiresAt > now && pending.sentAt + limits.codeResendMs > now) {
        throw new DefTalkError('VERIFICATION_RESEND_TOO_SOON', {
          retryAfterMs: pending.sentAt + limits.codeResendMs - now,
        });
      }
      const code = randomInt(0, 1_000_000).toString().padStart(6, '0');
      await ctx.verification.put(tag, codeHash(ctx.identifierKey, tag, code), now, now + limits.codeTtlMs);
      try {
        await sms.sendVerificationCode(number, code);
      } catch (e) {
        await ctx.verification.delete(tag);
        throw new DefTalkError('REGISTRATION_UNAVAILABLE', undefined, { cause: e });
      }
      return { expiresInMs: limits.codeTtlMs, resendAfterMs: limits.codeResendMs };
    },
  });

  operations.add({
    name: 'registration.register',
    method: 'POST',
    path: '/v1/registration',
    auth: 'none',
    decodeBody: decodeRegistrationRequest,
    encodeBody: encodeRegistrationResult,
    // spec/registration.md §Registering, steps 1-10.
    handle: async ({ body }) => {
      const number = parseE164(body.phoneNumber);
      if (!ctx.sms) throw new DefTalkError('REGISTRATION_UNAVAILABLE');
      if (!isValidEd25519PublicKey(body.identityKey))
        throw new DefTalkError('INVALID_KEY', { field: 'identity_key' });
      if (!isValidEd25519PublicKey(body.deviceKey))
        throw new DefTalkError('INVALID_KEY', { field: 'device_key' });
      const signed = body.deviceList;
      if (!verifyEd25519(body.identityKey, deviceListPayload(signed.bytes), signed.signature)) {
        throw new DefTalkError('DEVICE_LIST_SIGNATURE_INVALID');
      }
      const entries = signed.list.devices;
      if (
        entries.length !== 1 ||
        entries[0]!.deviceId !== PRIMARY_DEVICE_ID ||
        !Buffer.from(entries[0]!.deviceKey).equals(body.deviceKey)
      ) {
        throw new DefTalkError('DEVICE_LIST_INVALID');
      }

      const tag = phoneTag(ctx.identifierKey, number);
      const now = ctx.clock.now();
      await checkVerificationCode(ctx, tag, body.verificationCode, now);

      // The code is right. A locked number needs its PIN; the code stays
      // pending so the same code can be sent again with the PIN.
      const existing = await ctx.accounts.byPhoneTag(tag);
      if (existing?.lockHash) {
        if (existing.lockBlockedUntil > now) {
          throw new DefTalkError('REGISTRATION_LOCK_ATTEMPTS_EXHAUSTED', {
            retryAfterMs: existing.lockBlockedUntil - now,
          });
        }
        if (body.registrationLockPin === '') throw new DefTalkError('REGISTRATION_LOCKED');
        if (!(await pinMatches(body.registrationLockPin, existing.lockHash))) {
          const blocked = existing.lockFailures + 1 >= limits.pinAttempts;
          await ctx.accounts.recordLockFailure(existing.accountId, blocked ? now + limits.pinLockoutMs : 0);
          if (blocked) {
            throw new DefTalkError('REGISTRATION_LOCK_ATTEMPTS_EXHAUSTED', {
              retryAfterMs: limits.pinLockoutMs,
            });
          }
          throw new DefTalkError('REGISTRATION_LOCK_PIN_INVALID', {
            attemptsLeft: limits.pinAttempts - existing.lockFailures - 1,
          });
        }
      }

      const accountId = randomBytes(16).toString('hex') as AccountId;
      if (existing) await opts.onReplaced?.(existing.accountId);
      await ctx.accounts.register(
        tag,
        {
          accountId,
          identityKey: body.identityKey,
          list: {
            deviceList: signed.bytes,
            signature: signed.signature,
            version: signed.list.version,
            maxDeviceId: PRIMARY_DEVICE_ID,
          },
          createdAt: now,
        },
        { deviceId: PRIMARY_DEVICE_ID, deviceKey: body.deviceKey },
      );
      if (existing) closeAll(ctx, existing.accountId, existing.maxDeviceId);
      await opts.onRegistered?.(accountId, number);
      return { accountId, deviceId: PRIMARY_DEVICE_ID };
    },
  });

  if (!opts.testHooks) return;
  const dev = ctx.sms instanceof DevSmsGateway ? ctx.sms : undefined;
  const hookJson = (c: TestHookCode) => ({
    phoneNumber: c.phoneNumber,
    verificationCode: c.verificationCode,
  });
  operations.add({
    name: 'hooks.registration.code',
    method: 'POST',
    path: '/test-hooks/v1/registration/code',
    auth: 'none',
    decodeBody: decodeTestHookCodeRequest,
    encodeBody: encodeTestHookCode,
    jsonBody: hookJson,
    handle: async ({ body }) => {
      const code = dev?.codeFor(body);
      if (!code) throw new DefTalkError('NOT_FOUND');
      return { phoneNumber: body, verificationCode: code };
    },
  });
  operations.add({
    name: 'hooks.registration.lastCode',
    method: 'GET',
    path: '/test-hooks/v1/registration/last-code',
    auth: 'none',
    encodeBody: encodeTestHookCode,
    jsonBody: hookJson,
    handle: async () => {
      const last = dev?.last;
      if (!last) throw new DefTalkError('NOT_FOUND');
      return { phoneNumber: last.phoneNumber, verificationCode: last.code };
    },
  });
}

/** Close the WebSocket of every device id up to `maxDeviceId` of a replaced account (REQ-ACCT-009). */
function closeAll(ctx: IdentityContext, accountId: AccountId, maxDeviceId: number): void {
  if (!ctx.connections) return;
  for (let d = 1; d <= maxDeviceId; d++) {
    ctx.connections.connectionOf({ accountId, deviceId: d })?.close(1008, 'device removed');
  }
}
