/**
 * @module
 * The key directory (spec/keys.md). A device uploads its signed prekey,
 * one-time X25519 prekeys and ML-KEM-768 prekeys in batches; the relay checks
 * every signature against the account identity key before storing anything.
 * A bundle fetch hands out each one-time key at most once and is rate
 * limited per requesting account. Upload and status answers carry the
 * low-supply signal.
 */
import type { FastifyInstance } from 'fastify';
import { DefTalkError } from '../../errors/index.ts';
import { type AccountId, type DeviceId, parseAccountId, parseDeviceId } from '../../wire/ids.ts';
import {
  decodePreKeyUpload,
  encodePreKeyBundle,
  encodePreKeyStatus,
  kemPreKeyPayload,
  type PreKeyStatus,
  signedPreKeyPayload,
} from '../../wire/keys.ts';
import { verifyEd25519 } from '../ed25519.ts';
import type { IdentityContext } from '../identityContext.ts';
import type { AuthenticatedDevice, OperationRegistry } from './operations.ts';

/** ML-KEM's modulus q (FIPS 203 §2.4). */
const Q = 3329;

/**
 * FIPS 203 §7.2 encapsulation key check for ML-KEM-768: the first 1152 bytes
 * are twelve-bit coefficients, each of which must be below q (the modulus
 * check `ByteEncode12(ByteDecode12(ek)) = ek`).
 */
export function isValidMlKem768PublicKey(ek: Uint8Array): boolean {
  if (ek.length !== 1184) return false;
  for (let i = 0; i < 1152; i += 3) {
    const b0 = ek[i]!;
    const b1 = ek[i + 1]!;
    const b2 = ek[i + 2]!;
    if ((b0 | ((b1 & 0x0f) << 8)) >= Q || ((b1 >> 4) | (b2 << 4)) >= Q) return false;
  }
  return true;
}

/** Options of {@link keysPlugin}. */
export interface KeysOptions {
  operations: OperationRegistry;
  identity: IdentityContext;
}

/** Fastify plugin: prekey upload, supply status and bundle fetch. */
export async function keysPlugin(_app: FastifyInstance, opts: KeysOptions): Promise<void> {
  const { operations, identity: ctx } = opts;
  const { limits } = ctx;

  async function status(device: AuthenticatedDevice): Promise<PreKeyStatus> {
    const c = await ctx.keys.counts(device.accountId as AccountId, device.deviceId as DeviceId);
    return {
      oneTimePreKeys: c.oneTime,
      kemPreKeys: c.kem,
      signedPreKey: c.signedPreKey,
      lastResortKemPreKey: c.lastResort,
      lowSupply: c.oneTime < limits.lowSupplyThreshold || c.kem < limits.lowSupplyThreshold,
    };
  }

  operations.add({
    name: 'keys.upload',
    method: 'PUT',
    path: '/v1/keys',
    auth: 'device',
    decodeBody: decodePreKeyUpload,
    encodeBody: encodePreKeyStatus,
    // spec/keys.md §Upload, steps 1-6.
    handle: async ({ device, body }) => {
      const d = device!;
      const account = await ctx.accounts.get(d.accountId as AccountId);
      if (!account) throw new DefTalkError('UNAUTHENTICATED');
      const ik = account.identityKey;
      const spk = body.signedPreKey;
      if (spk && !verifyEd25519(ik, signedPreKeyPayload(spk.publicKey, spk.keyId), spk.signature)) {
        throw new DefTalkError('BAD_SIGNATURE', { field: 'signed_prekey' });
      }
      for (const k of body.kemPreKeys) {
        if (!isValidMlKem768PublicKey(k.publicKey))
          throw new DefTalkError('INVALID_KEY', { field: 'kem_prekeys' });
        if (!verifyEd25519(ik, kemPreKeyPayload(k.publicKey, k.keyId), k.signature)) {
          throw new DefTalkError('BAD_SIGNATURE', { field: 'kem_prekeys', keyId: k.keyId });
        }
      }
      const refused = await ctx.keys.upload(
        account.accountId,
        d.deviceId as DeviceId,
        { signedPreKey: spk, oneTime: body.oneTimePreKeys, kem: body.kemPreKeys },
        limits.maxStoredPreKeys,
      );
      if (refused) throw new DefTalkError(refused);
      return status(d);
    },
  });

  operations.add({
    name: 'keys.status',
    method: 'GET',
    path: '/v1/keys/status',
    auth: 'device',
    encodeBody: encodePreKeyStatus,
    handle: async ({ device }) => status(device!),
  });

  operations.add({
    name: 'keys.bundle',
    method: 'GET',
    path: '/v1/keys/:accountId/:deviceId',
    auth: 'device',
    encodeBody: encodePreKeyBundle,
    // spec/keys.md §Bundles, steps 1-5.
    handle: async ({ device, params }) => {
      const accountId = parseAccountId(params.accountId ?? '');
      const deviceId = parseDeviceId(params.deviceId ?? '');
      const limited = await ctx.bundleLimiter.take(device!.accountId, ctx.clock.now());
      if (!limited.ok) throw new DefTalkError('RATE_LIMITED', { retryAfterMs: limited.retryAfterMs });
      const account = await ctx.accounts.get(accountId);
      if (!account) throw new DefTalkError('ACCOUNT_NOT_FOUND');
      if (!(await ctx.accounts.device(accountId, deviceId))) throw new DefTalkError('DEVICE_NOT_FOUND');
      const keys = await ctx.keys.takeBundle(accountId, deviceId);
      if (!keys) throw new DefTalkError('PREKEYS_UNAVAILABLE');
      return { accountId, deviceId, identityKey: account.identityKey, ...keys };
    },
  });
}
