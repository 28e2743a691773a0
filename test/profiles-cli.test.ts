/**
 * `deftalk contacts sync`, `deftalk profile` and `deftalk presence` against a
 * real relay process: a contact found through a vCard sees the photo and the
 * presence, a stranger is refused, and a user who hides sees and is seen by
 * no one (spec/profiles.md, spec/presence.md).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { addressBookEntries } from '../reference/cli/profile.ts';
import { deftalk, dir, json, registerUser, startRelay, userEnv } from './cli-helpers.ts';

t.test('addressBookEntries reads vCard TEL values, CSV fields and plain lines', async (t) => {
  const vcf =
    'BEGIN:VCARD\r\nFN:A\r\nTEL;TYPE=cell:+49 151 1111111\r\nitem1.TEL:0151 2222222\r\nEND:VCARD\r\n';
  t.same(addressBookEntries(vcf), ['+49 151 1111111', '0151 2222222']);
  t.same(addressBookEntries('name,phone\n"Ann","+49 151 3333333"\nBob,12\n'), ['+49 151 3333333']);
  t.same(addressBookEntries('+4915144444444\n\n'), ['+4915144444444']);
});

t.test('contacts sync, profile and presence through the CLI', async (t) => {
  const { url } = await startRelay();
  const users = ['alice', 'bob'].map((n) => ({ store: join(dir, n), env: userEnv(`${n} pass`) }));
  const [alice, bob] = users as [(typeof users)[0], (typeof users)[0]];
  const a = await registerUser(t, url, alice.store, '+4915122240001', alice.env);
  await registerUser(t, url, bob.store, '+4915122240002', bob.env);

  const photo = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    Buffer.alloc(200, 7),
  ]);
  const photoFile = join(dir, 'alice.png');
  writeFileSync(photoFile, photo);
  await json(
    t,
    ['profile', 'set', '--name', 'Alice A.', '--photo', photoFile, '--store', alice.store],
    alice.env,
  );

  const stranger = await deftalk(['profile', 'show', a.accountId, '--store', bob.store, '--json'], bob.env);
  t.equal(stranger.code, 1, 'before discovery Bob is a stranger and is refused');
  t.match(stranger.stdout, /PROFILE_NOT_VISIBLE/);
  const strangerPresence = await deftalk(['presence', a.accountId, '--store', bob.store, '--json'], bob.env);
  t.match(strangerPresence.stdout, /PRESENCE_NOT_VISIBLE/, 'the stranger sees no presence');

  const book = join(dir, 'bob.vcf');
  writeFileSync(
    book,
    'BEGIN:VCARD\nVERSION:4.0\nFN:Alice\nTEL:0151 22240001\nEND:VCARD\nBEGIN:VCARD\nTEL:+49 151 99990000\nEND:VCARD\n',
  );
  const synced = await json<{ entries: number; found: { number: string; accountId: string }[] }>(
    t,
    ['contacts', 'sync', book, '--country', 'DE', '--store', bob.store],
    bob.env,
  );
  t.same(
    synced.found,
    [{ number: '+4915122240001', accountId: a.accountId }],
    'Bob finds Alice, not the stranger',
  );

  const out = join(dir, 'seen.png');
  const seen = await json<{ name: string; photo: { mediaType: string; bytes: number } }>(
    t,
    ['profile', 'show', '+4915122240001', '--photo-out', out, '--store', bob.store],
    bob.env,
  );
  t.equal(seen.name, 'Alice A.', 'the contact sees the name');
  t.same(seen.photo, { mediaType: 'image/png', bytes: photo.length });
  t.ok(readFileSync(out).equals(photo), 'the contact gets the photo byte for byte');
  const p = await json<{ online: boolean }>(t, ['presence', '+4915122240001', '--store', bob.store], bob.env);
  t.equal(p.online, false, 'the contact sees the presence (offline)');

  await json(t, ['presence', 'setting', 'nobody', '--store', alice.store], alice.env);
  const hidden = await deftalk(['presence', '+4915122240001', '--store', bob.store, '--json'], bob.env);
  t.match(hidden.stdout, /PRESENCE_NOT_VISIBLE/, 'once Alice hides, Bob sees nothing');
});
