/**
 * @module
 * Driver operations of contact discovery, profiles and presence
 * (spec/driver.md §Profile operations; spec/discovery.md, profiles.md,
 * presence.md), acting as the device `messages.open` opened. Contact
 * credentials live in the device's key store, so a restarted driver still
 * holds them.
 */
import type { CountryCode } from 'libphonenumber-js';
import { DefTalkError } from '../errors/index.ts';
import type { DriverOp } from './driver.ts';
import type { DriverDevice } from './driverMessages.ts';

/** Capability of the discovery, profile and presence operations. */
export const PROFILES_CAPABILITY = 'client.profiles';

function bad(op: string, field: string): DefTalkError {
  return new DefTalkError('DRIVER_BAD_PARAMS', { op, field });
}

function optionalText(op: string, params: Record<string, unknown>, field: string): string | undefined {
  const v = params[field];
  if (v === undefined) return undefined;
  if (typeof v !== 'string') throw bad(op, field);
  return v;
}

function base64(op: string, field: string, v: unknown): Uint8Array {
  if (typeof v !== 'string' || !/^[A-Za-z0-9+/]*={0,2}$/.test(v)) throw bad(op, field);
  return new Uint8Array(Buffer.from(v, 'base64'));
}

/** The operations with capability {@link PROFILES_CAPABILITY}, on the shared driver device. */
export function profilesDriverOps(device: DriverDevice): [string, DriverOp][] {
  const op = (run: DriverOp['run']): DriverOp => ({ capability: PROFILES_CAPABILITY, run });
  return [
    [
      'contacts.sync',
      op(async (params) => {
        const entries = params.entries;
        if (!Array.isArray(entries) || !entries.every((e) => typeof e === 'string'))
          throw bad('contacts.sync', 'entries');
        const country = optionalText('contacts.sync', params, 'defaultCountry');
        const found = await device
          .needClient()
          .syncContacts(entries as string[], { defaultCountry: country as CountryCode | undefined });
        return { found: found.map((c) => ({ phoneNumber: c.e164, accountId: c.accountId })) };
      }),
    ],
    [
      'profile.set',
      op(async (params) => {
        const name = optionalText('profile.set', params, 'name');
        const about = optionalText('profile.set', params, 'about');
        const photo = params.photo === undefined ? undefined : base64('profile.set', 'photo', params.photo);
        await device.needClient().setProfile({
          ...(name === undefined ? {} : { name }),
          ...(about === undefined ? {} : { about }),
          ...(photo === undefined ? {} : { photo }),
        });
        return {};
      }),
    ],
    [
      'profile.show',
      op(async (params) => {
        const p = await device.needClient().profile(optionalText('profile.show', params, 'owner'));
        return {
          accountId: p.owner,
          name: p.name,
          about: p.about,
          photo: Buffer.from(p.photo).toString('base64'),
          photoMediaType: p.photoMediaType,
        };
      }),
    ],
    [
      'presence.setting',
      op(async (params) => {
        const v = optionalText('presence.setting', params, 'visibility');
        if (v !== undefined && v !== 'contacts' && v !== 'nobody')
          throw bad('presence.setting', 'visibility');
        const client = device.needClient();
        if (v !== undefined) await client.setPresenceVisibility(v);
        return { visibility: await client.presenceVisibility() };
      }),
    ],
    [
      'presence.show',
      op(async (params) => {
        const owner = optionalText('presence.show', params, 'owner');
        if (owner === undefined) throw bad('presence.show', 'owner');
        const s = await device.needClient().presence(owner);
        return { accountId: s.owner, online: s.online, lastSeenMs: s.lastSeenMs };
      }),
    ],
  ];
}
