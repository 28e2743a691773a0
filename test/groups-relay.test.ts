/**
 * Groups on the relay (spec/groups.md): the relay-mode cases against a real
 * relay on loopback with a temporary SQLite directory, the groups eraser
 * (every group the erased account was in goes on without it) and the
 * SharedGroups seam the profile and presence rules read.
 */
import t from 'tap';
import { GROUPS_RELAY_CASES } from '../conformance/cases/relay/groups.ts';
import { registerAccount } from '../conformance/lib/relayClient.ts';
import { decodeGroupState, encodeGroupCreate } from '../reference/wire/group.ts';
import { runCase, seeded, startTestRelay } from './identity-helpers.ts';

for (const c of GROUPS_RELAY_CASES) {
  t.test(`case ${c.id}`, async (t) => {
    const r = await startTestRelay(t);
    const evidence = await runCase(r, c);
    t.ok(evidence.length > 0, 'the case recorded evidence');
  });
}

t.test('erasing an account removes it from every group; sharesGroup follows membership', async (t) => {
  const r = await startTestRelay(t);
  const random = seeded(11);
  const a = await registerAccount(r.client, random);
  const b = await registerAccount(r.client, random);
  const c = await registerAccount(r.client, random);
  const create = async (token: string, members: string[]) =>
    decodeGroupState(
      await r.client.ok('create', 'POST', '/v1/groups', {
        token,
        body: encodeGroupCreate(members as never),
      }),
    );
  const g1 = await create(a.primary.token, [b.accountId]);
  const g2 = await create(b.primary.token, [a.accountId, c.accountId]);
  t.equal(await r.relay.groups.sharesGroup(a.accountId, b.accountId), true, 'a and b share a group');
  t.equal(await r.relay.groups.sharesGroup(a.accountId, c.accountId), true, 'a and c share g2');
  t.ok(r.relay.erasure.concerns().includes('groups'), 'the groups concern registered its eraser');
  await r.relay.erasure.eraseAccount(a.accountId);
  t.equal(
    await r.relay.groups.sharesGroup(a.accountId, b.accountId),
    false,
    'a shares nothing after erasure',
  );
  t.equal(await r.relay.groups.sharesGroup(b.accountId, c.accountId), true, 'b and c still share g2');
  const after1 = await r.client.request('GET', `/v1/groups/${g1.groupId}`, { token: b.primary.token });
  const s1 = decodeGroupState(after1.body);
  t.same(
    s1.members.map((m) => [m.accountId, m.role]),
    [[b.accountId, 'admin']],
    'g1 goes on with b, now its admin',
  );
  t.equal(s1.version, 2, 'the erasure is a change (version + 1)');
  const s2 = decodeGroupState(
    (await r.client.request('GET', `/v1/groups/${g2.groupId}`, { token: c.primary.token })).body,
  );
  t.same(
    s2.members.map((m) => m.accountId),
    [b.accountId, c.accountId],
    'g2 lost only a',
  );
  const rows = r.relay.db
    .prepare('SELECT count(*) AS n FROM group_members WHERE account_id = ?')
    .get(Buffer.from(a.accountId, 'hex')) as { n: number };
  t.equal(rows.n, 0, 'no member row of the erased account remains');
});
