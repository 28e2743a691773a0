/**
 * @module
 * Accounts and devices (spec/accounts.md): the caller's own account, the
 * registration lock, the signed device list, linking a new device through a
 * link token and a provisioning mailbox, and removing devices. Every change
 * of the device list is a new list signed by the account identity key that
 * the relay verifies (signature, version, cap, and the change it describes)
 * before storing its bytes exactly as received.
 */
import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { DefTalkError } from '../../errors/index.ts';
import {
  decodeDeviceList,
  decodeLinkDeviceRequest,
  decodeProvisioningEnvelope,
  decodeRegistrationLockRequest,
  decodeUpdateDeviceListRequest,
  deviceListPayload,
  encodeAccountDevices,
  encodeAccountInfo,
  encodeDeviceAddress,
  encodeLinkToken,
  encodeProvisioningAddress,
  encodeProvisioningEnvelope,
  PROVISIONING_ID_BYTES,
  type ProvisioningEnvelope,
  type SignedDeviceList,
} from '../../wire/account.ts';
import {
  type AccountId,
  type DeviceId,
  MAX_DEVICE_ID,
  PRIMARY_DEVICE_ID,
  parseAccountId,
} from '../../wire/ids.ts';
import { isValidEd25519PublicKey, verifyEd25519 } from '../ed25519.ts';
import type { ErasureRegistry } from '../erasure.ts';
import type { IdentityContext } from '../identityContext.ts';
import type { AccountRecord } from '../storage/accounts.ts';
import { newToken, secretDigest } from './auth.ts';
import type { AuthenticatedDevice, OperationRegistry } from './operations.ts';
import { hashPin } from './registration.ts';

/** Close code sent to the WebSocket of a removed device (RFC 6455 §7.4.1: policy violation). */
export const DEVICE_REMOVED_CLOSE_CODE = 1008;

/**
 * Common checks of a proposed device list (spec/accounts.md §Device list
 * verification, steps 1-3): signature under the identity key, size within
 * the cap, version above the stored one.
 */
export function verifyDeviceList(account: AccountRecord, signed: SignedDeviceList, maxDevices: number): void {
  if (!verifyEd25519(account.identityKey, deviceListPayload(signed.bytes), signed.signature)) {
    throw new DefTalkError('DEVICE_LIST_SIGNATURE_INVALID');
  }
  if (signed.list.devices.length > maxDevices) throw new DefTalkError('DEVICE_LIMIT_REACHED', { maxDevices });
  if (signed.list.version <= account.deviceListVersion) throw new DefTalkError('DEVICE_LIST_VERSION_STALE');
}

const keyHex = (k: Uint8Array): string => Buffer.from(k).toString('hex');

/** Options of {@link accountsPlugin}. */
export interface AccountsOptions {
  operations: OperationRegistry;
  identity: IdentityContext;
  /** Erases what every concern keeps for a removed device, its queue first (spec/lifecycle.md §Erasure). */
  erasure?: ErasureRegistry;
}

/** Fastify plugin: account, device and provisioning operations. */
export async function accountsPlugin(_app: FastifyInstance, opts: AccountsOptions): Promise<void> {
  const { operations, identity: ctx } = opts;
  const { limits } = ctx;

  async function accountOf(device: AuthenticatedDevice | undefined): Promise<AccountRecord> {
    // Tokens are deleted with their account, so a missing account here is a race with re-registration.
    const account = device && (await ctx.accounts.get(device.accountId as AccountId));
    if (!account) throw new DefTalkError('UNAUTHENTICATED');
    return account;
  }

  function requirePrimary(device: AuthenticatedDevice | undefined): void {
    if (device?.deviceId !== PRIMARY_DEVICE_ID) throw new DefTalkError('NOT_PRIMARY_DEVICE');
  }

  function signedOf(a: AccountRecord): { bytes: Uint8Array; signature: Uint8Array } {
    return { bytes: a.deviceList, signature: a.deviceListSignature };
  }

  operations.add({
    name: 'accounts.me',
    method: 'GET',
    path: '/v1/accounts/me',
    auth: 'device',
    encodeBody: encodeAccountInfo,
    handle: async ({ device }) => {
      const a = await accountOf(device);
      return {
        accountId: a.accountId,
        deviceId: device!.deviceId as DeviceId,
        identityKey: a.identityKey,
        registrationLock: a.lockHash !== null,
        deviceList: signedOf(a),
      };
    },
  });

  operations.add({
    name: 'accounts.lock.set',
    method: 'PUT',
    path: '/v1/accounts/me/registration-lock',
    auth: 'device',
    decodeBody: decodeRegistrationLockRequest,
    // spec/registration.md §Registration lock: only the scrypt hash is stored.
    handle: async ({ device, body }) => {
      const a = await accountOf(device);
      requirePrimary(device);
      await ctx.accounts.setLock(a.accountId, await hashPin(body, limits.pinScryptLog2N));
      return undefined;
    },
  });

  operations.add({
    name: 'accounts.lock.clear',
    method: 'DELETE',
    path: '/v1/accounts/me/registration-lock',
    auth: 'device',
    handle: async ({ device }) => {
      const a = await accountOf(device);
      requirePrimary(device);
      await ctx.accounts.setLock(a.accountId, null);
      return undefined;
    },
  });

  operations.add({
    name: 'accounts.devices',
    method: 'GET',
    path: '/v1/accounts/:accountId/devices',
    auth: 'device',
    encodeBody: encodeAccountDevices,
    // spec/accounts.md §Device list retrieval: the bytes exactly as signed.
    handle: async ({ params }) => {
      const a = await ctx.accounts.get(parseAccountId(params.accountId ?? ''));
      if (!a) throw new DefTalkError('ACCOUNT_NOT_FOUND');
      return { accountId: a.accountId, identityKey: a.identityKey, deviceList: signedOf(a) };
    },
  });

  operations.add({
    name: 'devices.linkToken',
    method: 'POST',
    path: '/v1/devices/link-token',
    auth: 'device',
    encodeBody: encodeLinkToken,
    // spec/accounts.md §Linking step 2: the new device sees only the current
    // list, so the relay, which remembers every id ever used, names the next
    // one (REQ-ACCT-011). It reserves nothing: the signed list still decides.
    handle: async ({ device }) => {
      const a = await accountOf(device);
      requirePrimary(device);
      if (a.maxDeviceId >= MAX_DEVICE_ID) throw new DefTalkError('DEVICE_LIMIT_REACHED');
      const { token, digest } = newToken();
      await ctx.auth.addLinkToken(digest, a.accountId, ctx.clock.now() + limits.linkTtlMs);
      return {
        linkToken: token,
        expiresInMs: limits.linkTtlMs,
        nextDeviceId: (a.maxDeviceId + 1) as DeviceId,
      };
    },
  });

  operations.add({
    name: 'devices.link',
    method: 'POST',
    path: '/v1/devices/link',
    auth: 'none',
    decodeBody: decodeLinkDeviceRequest,
    encodeBody: encodeDeviceAddress,
    // spec/accounts.md §Linking, steps 1-7.
    handle: async ({ body }) => {
      const now = ctx.clock.now();
      if (!(await ctx.auth.takeLinkToken(secretDigest(body.linkToken), body.accountId, now))) {
        throw new DefTalkError('LINK_TOKEN_INVALID');
      }
      if (!isValidEd25519PublicKey(body.deviceKey))
        throw new DefTalkError('INVALID_KEY', { field: 'device_key' });
      const a = await ctx.accounts.get(body.accountId);
      if (!a) throw new DefTalkError('LINK_TOKEN_INVALID');
      verifyDeviceList(a, body.deviceList, limits.maxDevices);
      const current = await ctx.accounts.devices(a.accountId);
      const proposed = body.deviceList.list.devices;
      const added = proposed.filter((d) => !current.some((c) => c.deviceId === d.deviceId));
      const keepsAll = current.every((c) =>
        proposed.some((d) => d.deviceId === c.deviceId && keyHex(d.deviceKey) === keyHex(c.deviceKey)),
      );
      const newDevice = added[0];
      if (
        !keepsAll ||
        added.length !== 1 ||
        !newDevice ||
        newDevice.deviceId <= a.maxDeviceId ||
        keyHex(newDevice.deviceKey) !== keyHex(body.deviceKey)
      ) {
        throw new DefTalkError('DEVICE_LIST_INVALID');
      }
      const ok = await ctx.accounts.changeDevices(
        a.accountId,
        a.deviceListVersion,
        {
          deviceList: body.deviceList.bytes,
          signature: body.deviceList.signature,
          version: body.deviceList.list.version,
          maxDeviceId: newDevice.deviceId,
        },
        [{ deviceId: newDevice.deviceId, deviceKey: newDevice.deviceKey, createdAt: now }],
        [],
      );
      if (!ok) throw new DefTalkError('DEVICE_LIST_VERSION_STALE');
      return { accountId: a.accountId, deviceId: newDevice.deviceId };
    },
  });

  operations.add({
    name: 'devices.update',
    method: 'PUT',
    path: '/v1/devices',
    auth: 'device',
    decodeBody: decodeUpdateDeviceListRequest,
    encodeBody: encodeAccountDevices,
    // spec/accounts.md §Removing devices, steps 1-6.
    handle: async ({ device, body }) => {
      const a = await accountOf(device);
      requirePrimary(device);
      verifyDeviceList(a, body, limits.maxDevices);
      const current = await ctx.accounts.devices(a.accountId);
      const proposed = body.list.devices;
      const subset = proposed.every((d) =>
        current.some((c) => c.deviceId === d.deviceId && keyHex(c.deviceKey) === keyHex(d.deviceKey)),
      );
      const keepsPrimary = proposed.some((d) => d.deviceId === PRIMARY_DEVICE_ID);
      const removed = current
        .filter((c) => !proposed.some((d) => d.deviceId === c.deviceId))
        .map((c) => c.deviceId);
      // A device the relay already removed on uninstall (spec/lifecycle.md §Uninstall) is still in the
      // signed list until the primary publishes one without it: dropping it is a removal too.
      const dropsListed = decodeDeviceList(a.deviceList).devices.some(
        (d) => !proposed.some((p) => p.deviceId === d.deviceId),
      );
      if (!subset || !keepsPrimary || (removed.length === 0 && !dropsListed)) {
        throw new DefTalkError('DEVICE_LIST_INVALID');
      }
      const ok = await ctx.accounts.changeDevices(
        a.accountId,
        a.deviceListVersion,
        {
          deviceList: body.bytes,
          signature: body.signature,
          version: body.list.version,
          maxDeviceId: a.maxDeviceId,
        },
        [],
        removed,
      );
      if (!ok) throw new DefTalkError('DEVICE_LIST_VERSION_STALE');
      // Tokens and prekeys went with the device rows; an open connection goes now (REQ-ACCT-009).
      for (const d of removed) {
        ctx.connections
          ?.connectionOf({ accountId: a.accountId, deviceId: d })
          ?.close(DEVICE_REMOVED_CLOSE_CODE, 'device removed');
      }
      // Its queue and whatever other concerns keep per device go now too (REQ-LIFECYCLE-005).
      for (const d of removed) await opts.erasure?.eraseDevice(a.accountId, d);
      return { accountId: a.accountId, identityKey: a.identityKey, deviceList: body };
    },
  });

  operations.add({
    name: 'provisioning.create',
    method: 'POST',
    path: '/v1/provisioning',
    auth: 'none',
    encodeBody: encodeProvisioningAddress,
    handle: async () => {
      const now = ctx.clock.now();
      const limited = await ctx.anonymousLimiter.take('provisioning', now);
      if (!limited.ok) throw new DefTalkError('RATE_LIMITED', { retryAfterMs: limited.retryAfterMs });
      const id = randomBytes(PROVISIONING_ID_BYTES);
      await ctx.provisioning.create(id, now + limits.linkTtlMs);
      return { provisioningId: id.toString('hex'), expiresInMs: limits.linkTtlMs };
    },
  });

  const mailboxId = (text: string | undefined): Buffer => {
    if (!/^[0-9a-f]{32}$/.test(text ?? ''))
      throw new DefTalkError('MALFORMED_REQUEST', { field: 'provisioning_id' });
    return Buffer.from(text!, 'hex');
  };

  operations.add({
    name: 'provisioning.put',
    method: 'PUT',
    path: '/v1/provisioning/:provisioningId',
    auth: 'device',
    decodeBody: decodeProvisioningEnvelope,
    handle: async ({ device, params, body }) => {
      await accountOf(device);
      requirePrimary(device);
      if (
        !(await ctx.provisioning.put(
          mailboxId(params.provisioningId),
          encodeProvisioningEnvelope(body),
          ctx.clock.now(),
        ))
      ) {
        throw new DefTalkError('NOT_FOUND');
      }
      return undefined;
    },
  });

  operations.add<undefined, ProvisioningEnvelope | undefined>({
    name: 'provisioning.take',
    method: 'GET',
    path: '/v1/provisioning/:provisioningId',
    auth: 'none',
    // An empty envelope means "nothing yet"; the new device asks again.
    encodeBody: (e) => (e ? encodeProvisioningEnvelope(e) : new Uint8Array(0)),
    handle: async ({ params }) => {
      const found = await ctx.provisioning.take(mailboxId(params.provisioningId), ctx.clock.now());
      if (found === undefined) throw new DefTalkError('NOT_FOUND');
      return found === null ? undefined : decodeProvisioningEnvelope(found);
    },
  });
}
