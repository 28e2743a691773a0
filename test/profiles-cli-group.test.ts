/**
 * A group member sees the photo through the CLI (spec/profiles.md
 * §Visibility rule, clause 6.1 second bullet): not before the group, yes
 * while in it, not after removal, all with real relay and CLI processes.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { deftalk, dir, json, registerUser, startRelay, userEnv } from './cli-helpers.ts';

t.test('a group member sees the photo until removed', async (t) => {
  const { url } = await startRelay();
  const alice = { store: join(dir, 'alice'), env: userEnv('alice pass') };
  const dave = { store: join(dir, 'dave'), env: userEnv('dave pass') };
  const a = await registerUser(t, url, alice.store, '+4915122250001', alice.env);
  const d = await registerUser(t, url, dave.store, '+4915122250002', dave.env);
  const photo = join(dir, 'a.webp');
  writeFileSync(
    photo,
    Buffer.concat([Buffer.from('RIFF'), Buffer.alloc(4), Buffer.from('WEBPVP8 '), Buffer.alloc(64, 3)]),
  );
  await json(t, ['profile', 'set', '--photo', photo, '--store', alice.store], alice.env);
  const show = () => deftalk(['profile', 'show', a.accountId, '--store', dave.store, '--json'], dave.env);

  t.match((await show()).stdout, /PROFILE_NOT_VISIBLE/, 'a stranger is refused');
  const g = await json<{ groupId: string }>(
    t,
    ['group', 'create', d.accountId, '--store', alice.store],
    alice.env,
  );
  const seen = JSON.parse((await show()).stdout) as { photo: { mediaType: string } | null };
  t.equal(seen.photo?.mediaType, 'image/webp', 'a group member sees the photo');
  await json(t, ['group', 'remove', g.groupId, d.accountId, '--store', alice.store], alice.env);
  t.match((await show()).stdout, /PROFILE_NOT_VISIBLE/, 'a removed member is refused again');
});
