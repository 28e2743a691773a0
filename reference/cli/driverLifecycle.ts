/**
 * @module
 * Driver operations of the account lifecycle (spec/driver.md §Lifecycle
 * operations, spec/lifecycle.md), acting as the device `messages.open`
 * opened: read the policy and the consent, accept, decline or allow uses,
 * change the account's number, delete the account, register a push token.
 */
import {
  changedUses,
  changeNumber,
  deleteAccount,
  fetchConsent,
  fetchPolicy,
  registerPushToken,
  requestNumberChangeCode,
  updateConsent,
} from '../client/lifecycle.ts';
import { DefTalkError } from '../errors/index.ts';
import type { DriverOp } from './driver.ts';
import type { DriverDevice } from './driverMessages.ts';

/** Capability of the lifecycle operations. */
export const LIFECYCLE_CAPABILITY = 'client.lifecycle';

function bad(op: string, field: string): DefTalkError {
  return new DefTalkError('DRIVER_BAD_PARAMS', { op, field });
}

function text(op: string, params: Record<string, unknown>, field: string, max = 64): string {
  const v = params[field];
  if (typeof v !== 'string' || v.length === 0 || v.length > max) throw bad(op, field);
  return v;
}

function useList(op: string, params: Record<string, unknown>, field: string): string[] {
  const v = params[field] ?? [];
  if (
    !Array.isArray(v) ||
    v.length > 32 ||
    !v.every((u) => typeof u === 'string' && /^[a-z0-9-]{1,64}$/.test(u))
  ) {
    throw bad(op, field);
  }
  return v as string[];
}

/** The lifecycle operations, each with capability {@link LIFECYCLE_CAPABILITY}, on the shared driver device. */
export function lifecycleDriverOps(device: DriverDevice): [string, DriverOp][] {
  const op = (run: DriverOp['run']): DriverOp => ({ capability: LIFECYCLE_CAPABILITY, run });
  return [
    [
      'lifecycle.policy',
      op(async () => {
        const client = device.needClient();
        const policy = await fetchPolicy(client.relay);
        const consent = await fetchConsent(client.relay);
        return {
          version: policy.version,
          acceptedVersion: consent.acceptedVersion,
          declinedUses: consent.declinedUses,
          changedUses: changedUses(policy, consent.acceptedVersion).map((u) => u.id),
          optionalUses: policy.uses.filter((u) => u.optional).map((u) => u.id),
        };
      }),
    ],
    [
      'lifecycle.consent',
      op(async (params) => {
        const state = await updateConsent(device.needClient(), {
          decline: useList('lifecycle.consent', params, 'decline'),
          allow: useList('lifecycle.consent', params, 'allow'),
        });
        return { acceptedVersion: state.acceptedVersion, declinedUses: state.declinedUses };
      }),
    ],
    [
      'lifecycle.changeNumber',
      op(async (params) => {
        const client = device.needClient();
        const phoneNumber = text('lifecycle.changeNumber', params, 'phoneNumber', 32);
        if (params.code === undefined) {
          await requestNumberChangeCode(client.relay, phoneNumber);
          return { codeSent: true };
        }
        await changeNumber(client, phoneNumber, text('lifecycle.changeNumber', params, 'code', 6));
        return { changed: true };
      }),
    ],
    [
      'lifecycle.deleteAccount',
      op(async () => {
        await deleteAccount(device.needClient().relay);
        return {};
      }),
    ],
    [
      'lifecycle.pushToken',
      op(async (params) => {
        const token = text('lifecycle.pushToken', params, 'token', 1024);
        if (!/^[A-Za-z0-9+/]+={0,2}$/.test(token)) throw bad('lifecycle.pushToken', 'token');
        await registerPushToken(
          device.needClient().relay,
          text('lifecycle.pushToken', params, 'gateway'),
          new Uint8Array(Buffer.from(token, 'base64')),
        );
        return {};
      }),
    ],
  ];
}
