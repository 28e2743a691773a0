/**
 * @module
 * Client-mode cases of contact discovery, profiles and presence
 * (spec/discovery.md, profiles.md, presence.md): the client under test finds
 * a harness account in its address book, keeps the contact credential of the
 * match and presents it, so it sees that account's profile, photo and
 * presence; an account it never discovered stays refused; and once it hides
 * its own presence it sees no one's. Each case runs on the scene of
 * conformance/cases/client/delivery.ts.
 */
import { type ConformanceCase, check, DriverError, type DriverLink } from '../../case.ts';
import { withScene } from './delivery.ts';

const CAPABILITY = 'client.profiles';
const TIMEOUT_MS = 30_000;

interface ShownProfile {
  accountId: string;
  name: string;
  photo: string;
  photoMediaType: string;
}

/** The registered error name a driver call fails with, or `no error`. */
async function refusal(driver: DriverLink, op: string, params: Record<string, unknown>): Promise<string> {
  return driver.call(op, params).then(
    () => 'no error',
    (e: unknown) => (e instanceof DriverError ? e.errorName : String(e)),
  );
}

/** The client-mode profile and presence cases. */
export const CLIENT_PROFILES_CASES: readonly ConformanceCase[] = [
  {
    id: 'client-profiles/contact-sees-photo',
    title:
      'the client discovers a contact, presents its credential and sees the photo; a stranger stays refused',
    mode: 'client',
    requirements: ['REQ-DISCOVERY-006', 'REQ-PROFILES-002'],
    capability: CAPABILITY,
    timeoutMs: TIMEOUT_MS,
    run: (ctx) =>
      withScene(ctx, async (s) => {
        const driver = ctx.driver!;
        const photo = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(300, 9)]);
        await s.peer.client.setProfile({ name: 'Peer', photo: new Uint8Array(photo) });
        const before = await refusal(driver, 'profile.show', { owner: s.peer.accountId });
        check(
          before === 'PROFILE_NOT_VISIBLE',
          'before discovery the peer is a stranger',
          'PROFILE_NOT_VISIBLE',
          before,
        );
        const number = s.peer.client.phoneNumber!;
        const found = await driver.call<{ found: { phoneNumber: string; accountId: string }[] }>(
          'contacts.sync',
          {
            entries: [number, '+15550000000'],
          },
        );
        check(
          found.found.length === 1 && found.found[0]!.accountId === s.peer.accountId,
          'contacts.sync finds the registered number',
          s.peer.accountId,
          found.found,
        );
        const shown = await driver.call<ShownProfile>('profile.show', { owner: number });
        check(shown.name === 'Peer', 'the client shows the contact name', 'Peer', shown.name);
        check(shown.photo === photo.toString('base64'), 'the client shows the contact photo byte for byte');
        check(
          shown.photoMediaType === 'image/jpeg',
          'the photo is a JPEG',
          'image/jpeg',
          shown.photoMediaType,
        );
      }),
  },
  {
    id: 'client-profiles/presence-reciprocal',
    title: 'the client sees a discovered contact presence, and none once it hides its own',
    mode: 'client',
    requirements: ['REQ-PRESENCE-002', 'REQ-PRESENCE-005'],
    capability: CAPABILITY,
    timeoutMs: TIMEOUT_MS,
    run: (ctx) =>
      withScene(ctx, async (s) => {
        const driver = ctx.driver!;
        const stranger = await refusal(driver, 'presence.show', { owner: s.peer.accountId });
        check(
          stranger === 'PRESENCE_NOT_VISIBLE',
          'an undiscovered account is refused',
          'PRESENCE_NOT_VISIBLE',
          stranger,
        );
        await driver.call('contacts.sync', { entries: [s.peer.client.phoneNumber!] });
        const seen = await driver.call<{ accountId: string; online: boolean }>('presence.show', {
          owner: s.peer.accountId,
        });
        check(seen.accountId === s.peer.accountId, 'the client sees the contact presence');
        const set = await driver.call<{ visibility: string }>('presence.setting', { visibility: 'nobody' });
        check(set.visibility === 'nobody', 'the setting reads nobody', 'nobody', set.visibility);
        const hidden = await refusal(driver, 'presence.show', { owner: s.peer.accountId });
        check(
          hidden === 'PRESENCE_HIDDEN_BY_VIEWER',
          'who hides theirs sees no one else',
          'PRESENCE_HIDDEN_BY_VIEWER',
          hidden,
        );
      }),
  },
];
