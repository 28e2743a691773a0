/**
 * `deftalk group` end to end (spec/groups.md): three CLI users and a relay
 * process; a group message every member reads with `deftalk receive`, a
 * removal, and a message after it that the removed member never reads.
 */
import { join } from 'node:path';
import t from 'tap';
import { deftalk, dir, json, registerUser, startRelay, userEnv } from './cli-helpers.ts';

interface Line {
  type: string;
  body?: string;
  group?: string;
}

async function received(user: { store: string; env: NodeJS.ProcessEnv }, idle = 800): Promise<Line[]> {
  const r = await deftalk(['receive', '--idle', String(idle), '--store', user.store, '--json'], user.env);
  if (r.code !== 0) throw new Error(`receive exited ${r.code}: ${r.stderr}`);
  return r.stdout
    .trim()
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as Line);
}

t.test('three CLI users: a removed member cannot read new group messages', async (t) => {
  const { url } = await startRelay();
  const user = (name: string) => ({ store: join(dir, `group-${name}`), env: userEnv(`${name} passphrase`) });
  const alice = user('alice');
  const bob = user('bob');
  const carol = user('carol');
  await registerUser(t, url, alice.store, '+4915122240001', alice.env);
  const b = await registerUser(t, url, bob.store, '+4915122240002', bob.env);
  const c = await registerUser(t, url, carol.store, '+4915122240003', carol.env);

  const g = await json<{ groupId: string; members: { accountId: string; role: string }[] }>(
    t,
    ['group', 'create', b.accountId, c.accountId, '--store', alice.store],
    alice.env,
  );
  t.equal(g.members.length, 3, 'a group of three');
  const sent = await json<{ copies: number }>(
    t,
    ['group', 'send', g.groupId, 'hello', 'group', '--store', alice.store],
    alice.env,
  );
  t.equal(sent.copies, 2, 'one copy per other member device');
  for (const u of [bob, carol]) {
    const lines = await received(u);
    t.ok(
      lines.some((l) => l.type === 'message' && l.body === 'hello group' && l.group === g.groupId),
      'a member reads the group message',
    );
  }

  await json(t, ['group', 'remove', g.groupId, c.accountId, '--store', alice.store], alice.env);
  await json(t, ['group', 'send', g.groupId, 'after', 'removal', '--store', alice.store], alice.env);
  const bobLines = await received(bob);
  t.ok(
    bobLines.some((l) => l.body === 'after removal'),
    'a remaining member reads the message sent after the removal',
  );
  const carolLines = await received(carol);
  t.notOk(
    carolLines.some((l) => l.body === 'after removal'),
    'the removed member does not read it',
  );
  const send = await deftalk(['group', 'send', g.groupId, 'hi', '--store', carol.store, '--json'], carol.env);
  t.not(send.code, 0, 'the removed member cannot send');
  t.match(send.stdout + send.stderr, 'GROUP_NOT_MEMBER', 'refused as a non-member');
});
