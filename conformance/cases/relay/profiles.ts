/**
 * @module
 * Relay-mode cases for profiles and photos (spec/profiles.md) and for the
 * contact credential they rest on (spec/discovery.md §Contact credential):
 * the allowed viewer sees the profile and photo, everyone else is refused
 * with a typed error; uploads are checked by type and size; a replaced
 * value leaves no byte in storage.
 */
import { encodeChangeNumberRequest } from '../../../reference/wire/lifecycle.ts';
import { decodeProfile } from '../../../reference/wire/profile.ts';
import { type ConformanceCase, check } from '../../case.ts';
import {
  caseClient,
  expectError,
  expectOk,
  randomPhoneNumber,
  registerAccount,
  requestCode,
  requestToken,
} from '../../lib/relayClient.ts';
import { discoverCredential, fakeJpeg, marker, putProfile, viewProfile } from './_contacts.ts';
import { createGroup, GroupApi } from './groups.ts';

/** Lifetime of a contact credential (spec/discovery.md §Contact credential). */
const CREDENTIAL_TTL_MS = 7 * 24 * 3600_000;
/** Largest photo (spec/profiles.md §Limits). */
const PHOTO_BYTES = 512 * 1024;

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');

/** Profile cases. */
export const PROFILES_RELAY_CASES: readonly ConformanceCase[] = [
  {
    id: 'profiles/contact-sees-photo',
    title:
      'A viewer with a contact credential sees the profile and photo; a stranger and a forger are refused',
    mode: 'relay',
    capability: 'test-hooks',
    requirements: ['REQ-DISCOVERY-006', 'REQ-PROFILES-001', 'REQ-PROFILES-002'],
    async run(ctx) {
      const client = caseClient(ctx);
      const bob = await registerAccount(client, ctx.random);
      const alice = await registerAccount(client, ctx.random);
      const carol = await registerAccount(client, ctx.random);
      const photo = fakeJpeg(ctx.random, 4096);
      const name = `Bob ${marker(ctx.random, 8)}`;
      expectOk(ctx, await putProfile(client, bob, { name, about: 'hi', photo }), 'Bob sets his profile');
      const own = decodeProfile(
        expectOk(ctx, await viewProfile(client, bob, bob.accountId), 'Bob views his own'),
      );
      check(own.name === name && hex(own.photo) === hex(photo), 'the owner sees his own profile');

      const credential = await discoverCredential(ctx, client, alice, bob);
      const seen = decodeProfile(
        expectOk(
          ctx,
          await viewProfile(client, alice, bob.accountId, credential),
          'Alice views with credential',
        ),
      );
      check(seen.owner === bob.accountId, 'the profile names its owner');
      check(seen.name === name && seen.about === 'hi', 'the contact sees the name and about text');
      check(hex(seen.photo) === hex(photo), 'the contact sees the photo, byte for byte');
      check(
        seen.photoMediaType === 'image/jpeg',
        'the photo is typed image/jpeg',
        'image/jpeg',
        seen.photoMediaType,
      );

      expectError(
        ctx,
        await viewProfile(client, carol, bob.accountId),
        'PROFILE_NOT_VISIBLE',
        'a stranger views',
      );
      expectError(
        ctx,
        await viewProfile(client, alice, bob.accountId),
        'PROFILE_NOT_VISIBLE',
        'the contact views without presenting the credential',
      );
      expectError(
        ctx,
        await viewProfile(client, carol, bob.accountId, credential),
        'CONTACT_CREDENTIAL_INVALID',
        "a stranger presents the contact's credential",
      );
      expectError(
        ctx,
        await viewProfile(client, alice, carol.accountId, credential),
        'CONTACT_CREDENTIAL_INVALID',
        'the credential presented for another owner',
      );
      const forged = Uint8Array.from(credential);
      forged[forged.length - 1]! ^= 1;
      expectError(
        ctx,
        await viewProfile(client, alice, bob.accountId, forged),
        'CONTACT_CREDENTIAL_INVALID',
        'a credential with one bit flipped',
      );
      expectError(
        ctx,
        await viewProfile(client, alice, bob.accountId, new Uint8Array([1, 2, 3])),
        'CONTACT_CREDENTIAL_INVALID',
        'three bytes of garbage as a credential',
      );
      const anon = await client.request('POST', '/v1/profile/view', { body: new Uint8Array(0) });
      expectError(ctx, anon, 'UNAUTHENTICATED', 'a view without a token');
    },
  },
  {
    id: 'profiles/credential-lifetime',
    title:
      'A contact credential expires after 7 days and dies with a number change, a re-registration or a deletion',
    mode: 'relay',
    capability: 'test-hooks',
    requirements: ['REQ-DISCOVERY-007'],
    async run(ctx) {
      const client = caseClient(ctx);
      const bob = await registerAccount(client, ctx.random);
      const alice = await registerAccount(client, ctx.random);
      expectOk(ctx, await putProfile(client, bob, { name: 'Bob' }), 'Bob sets a name');
      const credential = await discoverCredential(ctx, client, alice, bob);
      expectOk(
        ctx,
        await viewProfile(client, alice, bob.accountId, credential),
        'view with a fresh credential',
      );
      await client.advanceClock(CREDENTIAL_TTL_MS - 60_000);
      // Bearer tokens live an hour (spec/auth.md): Alice signs in again after the week.
      alice.primary.token = await requestToken(
        client,
        alice.accountId,
        alice.primary.deviceId,
        alice.primary.key,
      );
      expectOk(
        ctx,
        await viewProfile(client, alice, bob.accountId, credential),
        'view a minute before expiry',
      );
      await client.advanceClock(60_000);
      expectError(
        ctx,
        await viewProfile(client, alice, bob.accountId, credential),
        'CONTACT_CREDENTIAL_INVALID',
        'view at expiry',
      );
      const fresh = await discoverCredential(ctx, client, alice, bob);
      expectOk(ctx, await viewProfile(client, alice, bob.accountId, fresh), 'view with a renewed credential');
      // Bob changes his number (lifecycle.md §Change of number): credentials for the old one die.
      bob.primary.token = await requestToken(client, bob.accountId, bob.primary.deviceId, bob.primary.key);
      const newNumber = randomPhoneNumber(ctx.random);
      const code = await requestCode(client, newNumber);
      expectOk(
        ctx,
        await client.request('PUT', '/v1/accounts/me/number', {
          token: bob.primary.token,
          body: encodeChangeNumberRequest({ phoneNumber: newNumber, verificationCode: code }),
        }),
        'Bob changes his number',
      );
      expectError(
        ctx,
        await viewProfile(client, alice, bob.accountId, fresh),
        'CONTACT_CREDENTIAL_INVALID',
        'a credential issued before the number change',
      );
      const afterChange = await discoverCredential(ctx, client, alice, { ...bob, phoneNumber: newNumber });
      expectOk(
        ctx,
        await viewProfile(client, alice, bob.accountId, afterChange),
        'a match of the new number',
      );
      // The number registers anew: the old account is gone, and with it every credential for it.
      const bob2 = await registerAccount(client, ctx.random, { phoneNumber: newNumber });
      expectError(
        ctx,
        await viewProfile(client, alice, bob.accountId, afterChange),
        'CONTACT_CREDENTIAL_INVALID',
        'the credential of a replaced account',
      );
      const next = await discoverCredential(ctx, client, alice, bob2);
      expectOk(
        ctx,
        await viewProfile(client, alice, bob2.accountId, next),
        'the new account, by a new match',
      );
      // The account is deleted (lifecycle.md §Deletion): its credentials die with it.
      expectOk(
        ctx,
        await client.request('DELETE', '/v1/accounts/me', { token: bob2.primary.token }),
        'the new account deletes itself',
      );
      expectError(
        ctx,
        await viewProfile(client, alice, bob2.accountId, next),
        'CONTACT_CREDENTIAL_INVALID',
        'the credential of a deleted account',
      );
    },
  },
  {
    id: 'profiles/group-member-sees-photo',
    title: 'A group member sees the photo without a credential until removed from the group',
    mode: 'relay',
    capability: 'test-hooks',
    requirements: ['REQ-PROFILES-002'],
    async run(ctx) {
      const client = caseClient(ctx);
      const alice = await registerAccount(client, ctx.random);
      const dave = await registerAccount(client, ctx.random);
      const photo = fakeJpeg(ctx.random, 2048);
      expectOk(ctx, await putProfile(client, alice, { photo }), 'Alice sets a photo');
      expectError(
        ctx,
        await viewProfile(client, dave, alice.accountId),
        'PROFILE_NOT_VISIBLE',
        'before a group',
      );
      const api = new GroupApi(client, alice.primary);
      const g = await createGroup(ctx, api, [dave]);
      const seen = decodeProfile(
        expectOk(ctx, await viewProfile(client, dave, alice.accountId), 'a member views without credential'),
      );
      check(hex(seen.photo) === hex(photo), 'the member sees the photo');
      expectOk(
        ctx,
        await api.change(g.groupId, { version: g.version, remove: [dave.accountId] }),
        'remove Dave',
      );
      expectError(
        ctx,
        await viewProfile(client, dave, alice.accountId),
        'PROFILE_NOT_VISIBLE',
        'after removal',
      );
    },
  },
  {
    id: 'profiles/upload-limits',
    title: 'JPEG, PNG and WebP photos are accepted; other types, oversized photos and bad text are refused',
    mode: 'relay',
    capability: 'test-hooks',
    requirements: ['REQ-PROFILES-003', 'REQ-PROFILES-004'],
    async run(ctx) {
      const client = caseClient(ctx);
      const bob = await registerAccount(client, ctx.random);
      const png = Uint8Array.from([
        0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82,
      ]);
      const webp = new Uint8Array(
        Buffer.concat([Buffer.from('RIFF'), Buffer.from([4, 0, 0, 0]), Buffer.from('WEBPVP8 ')]),
      );
      for (const [type, bytes] of [
        ['image/png', png],
        ['image/webp', webp],
        ['image/jpeg', fakeJpeg(ctx.random, PHOTO_BYTES)],
      ] as const) {
        expectOk(ctx, await putProfile(client, bob, { photo: bytes }), `upload a ${type} photo`);
        const p = decodeProfile(expectOk(ctx, await viewProfile(client, bob, bob.accountId), 'view own'));
        check(p.photoMediaType === type, `the photo is typed ${type}`, type, p.photoMediaType);
      }
      const refused: [string, Uint8Array][] = [
        ['a GIF', new Uint8Array(Buffer.from('GIF89a\u0001\u0000\u0001\u0000'))],
        ['a text file', new Uint8Array(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))],
        ['a RIFF that is not WebP', new Uint8Array(Buffer.from('RIFF\u0004\u0000\u0000\u0000WAVEfmt '))],
        ['two bytes of a JPEG', Uint8Array.from([0xff, 0xd8])],
      ];
      for (const [what, bytes] of refused) {
        expectError(
          ctx,
          await putProfile(client, bob, { photo: bytes }),
          'PROFILE_PHOTO_TYPE_UNSUPPORTED',
          what,
        );
      }
      expectError(
        ctx,
        await putProfile(client, bob, { photo: fakeJpeg(ctx.random, PHOTO_BYTES + 1) }),
        'PROFILE_PHOTO_TOO_LARGE',
        'a JPEG one byte over the limit',
      );
      const still = decodeProfile(expectOk(ctx, await viewProfile(client, bob, bob.accountId), 'view own'));
      check(still.photoMediaType === 'image/jpeg', 'a refused upload changed nothing');
      expectError(
        ctx,
        await putProfile(client, bob, { name: 'x'.repeat(129) }),
        'PROFILE_TEXT_INVALID',
        '129-byte name',
      );
      expectError(
        ctx,
        await putProfile(client, bob, { name: 'a\nb' }),
        'PROFILE_TEXT_INVALID',
        'name with a newline',
      );
      expectError(
        ctx,
        await putProfile(client, bob, { about: 'y'.repeat(513) }),
        'PROFILE_TEXT_INVALID',
        '513-byte about',
      );
      expectOk(
        ctx,
        await putProfile(client, bob, { name: 'x'.repeat(128), about: 'two\nlines' }),
        'limits exactly',
      );
    },
  },
  {
    id: 'profiles/replaced-erased',
    title: 'A changed name, about text and photo leave no byte of the old ones in storage',
    mode: 'relay',
    capability: 'test-hooks',
    requirements: ['REQ-PROFILES-005'],
    async run(ctx) {
      const client = caseClient(ctx);
      const bob = await registerAccount(client, ctx.random);
      const old = {
        name: marker(ctx.random),
        about: marker(ctx.random, 200),
        photo: fakeJpeg(ctx.random, 40_000),
      };
      expectOk(ctx, await putProfile(client, bob, old), 'set the first profile');
      const photoTail = Buffer.from(old.photo.subarray(old.photo.length - 64)).toString('latin1');
      const photoHead = Buffer.from(old.photo.subarray(4, 68)).toString('latin1');
      let files = await client.storageDump();
      const present = (text: string) =>
        files.some((f) => Buffer.from(f.content).includes(Buffer.from(text, 'latin1')));
      check(
        present(old.name) && present(photoTail),
        'the stored profile is visible to the scan (the scan works)',
      );
      const next = {
        name: marker(ctx.random),
        about: marker(ctx.random, 200),
        photo: fakeJpeg(ctx.random, 30_000),
      };
      expectOk(ctx, await putProfile(client, bob, next), 'replace name, about and photo');
      files = await client.storageDump();
      const left = [
        ['old name', old.name],
        ['old about text', old.about],
        ['old photo (start)', photoHead],
        ['old photo (end)', photoTail],
      ].filter(([, text]) => present(text!));
      ctx.log(`scanned ${files.length} storage files`);
      check(
        left.length === 0,
        'nothing of the replaced profile remains',
        'none',
        left.map(([l]) => l).join(', '),
      );
      const nextTail = Buffer.from(next.photo.subarray(next.photo.length - 64)).toString('latin1');
      expectOk(
        ctx,
        await putProfile(client, bob, { photo: new Uint8Array(0), name: '' }),
        'remove photo, clear name',
      );
      files = await client.storageDump();
      check(!present(nextTail), 'a removed photo leaves no byte');
      check(!present(next.name), 'a cleared name leaves no byte');
      const p = decodeProfile(expectOk(ctx, await viewProfile(client, bob, bob.accountId), 'view own'));
      check(p.photo.length === 0 && p.name === '' && p.about === next.about, 'the profile shows the change');
    },
  },
];
