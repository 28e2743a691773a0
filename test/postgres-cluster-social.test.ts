/**
 * Two relay processes on one PostgreSQL database and one Redis key prefix
 * of this run's own (spec/deployment.md §What each engine holds): the
 * groups, sync and advertising rows written through one node are the ones
 * the other reads, and two requests racing on one group version or one sync
 * version through the two nodes succeed exactly once (spec/groups.md
 * §Membership changes, spec/sync.md §Writing). While these concerns were on
 * each node's own SQLite file, the second node knew neither the group, nor
 * the record, nor the opt-in.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import {
  type Answer,
  RelayClient,
  registerAccount,
  type TestAccount,
} from '../conformance/lib/relayClient.ts';
import { ADS_PATH, decodeAdsState, encodeAdsOptIn } from '../reference/wire/advertising.ts';
import {
  decodeGroupState,
  encodeGroupChange,
  encodeGroupCreate,
  GROUPS_PATH,
  groupChangesPath,
  groupPath,
} from '../reference/wire/group.ts';
import type { AccountId } from '../reference/wire/ids.ts';
import { decodeSyncRecord, encodeSyncWrite, SYNC_PATH } from '../reference/wire/sync.ts';
import { startNode, testBus, testDatabase } from './postgres-helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'deftalk-cluster-social-'));
t.teardown(() => rmSync(dir, { recursive: true, force: true }));

const store = await testDatabase(t);
const bus = testBus(t);
const a = await startNode(t, { dataDir: join(dir, 'a'), store, bus });
const b = await startNode(t, { dataDir: join(dir, 'b'), store, bus, keysFrom: a.dataDir });
const [onA, onB] = [new RelayClient(a.url), new RelayClient(b.url)];

let seed = 11;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed / 2 ** 31;
};

const token = (x: TestAccount): string => x.primary.token;
const errorOf = (r: Answer): string => (r.status < 400 ? 'ok' : (r.error?.name ?? String(r.status)));

t.test('a group made on one node is changed once when two nodes race on its version', async (t) => {
  const [admin, m1, m2, m3] = [
    await registerAccount(onA, random),
    await registerAccount(onB, random),
    await registerAccount(onA, random),
    await registerAccount(onB, random),
  ];
  const created = decodeGroupState(
    await onA.ok('create', 'POST', GROUPS_PATH, {
      token: token(admin),
      body: encodeGroupCreate([m1.accountId as AccountId]),
    }),
  );
  const seen = decodeGroupState(await onB.ok('get', 'GET', groupPath(created.groupId), { token: token(m1) }));
  t.same(seen, created, 'the other node reads the group its peer created');
  const add = (who: TestAccount) =>
    encodeGroupChange({
      version: 1,
      add: [who.accountId as AccountId],
      remove: [],
      promote: [],
      demote: [],
    });
  const race = await Promise.all([
    onA.request('POST', groupChangesPath(created.groupId), { token: token(admin), body: add(m2) }),
    onB.request('POST', groupChangesPath(created.groupId), { token: token(admin), body: add(m3) }),
  ]);
  t.same(race.map(errorOf).sort(), ['GROUP_VERSION_STALE', 'ok'], 'one change wins, the other is stale');
  const after = decodeGroupState(
    await onA.ok('get', 'GET', groupPath(created.groupId), { token: token(admin) }),
  );
  t.equal(after.version, 2);
  t.equal(after.members.length, 3, 'one member added, not two');
});

t.test('a sync record written through one node is read and compared through the other', async (t) => {
  const x = await registerAccount(onA, random);
  const first = randomBytes(64);
  await onA.ok('put', 'PUT', SYNC_PATH, {
    token: token(x),
    body: encodeSyncWrite({ expectedVersion: 0, ciphertext: first }),
  });
  const read = decodeSyncRecord(await onB.ok('get', 'GET', SYNC_PATH, { token: token(x) }));
  t.same([read.version, Buffer.from(read.ciphertext)], [1, first], 'the other node reads version 1');
  const race = await Promise.all(
    [onA, onB].map((node) =>
      node.request('PUT', SYNC_PATH, {
        token: token(x),
        body: encodeSyncWrite({ expectedVersion: 1, ciphertext: randomBytes(64) }),
      }),
    ),
  );
  t.same(race.map(errorOf).sort(), ['SYNC_VERSION_CONFLICT', 'ok'], 'the CAS on version 1 succeeds once');
  t.equal(decodeSyncRecord(await onA.ok('get', 'GET', SYNC_PATH, { token: token(x) })).version, 2);
});

t.test('an advertising opt-in made on one node is the state the other answers', async (t) => {
  const x = await registerAccount(onB, random);
  await onB.ok('opt in', 'PUT', ADS_PATH, {
    token: token(x),
    body: encodeAdsOptIn({ country: 'DE', language: 'de' }),
  });
  t.same(decodeAdsState(await onA.ok('state', 'GET', ADS_PATH, { token: token(x) })), {
    optedIn: true,
    country: 'DE',
    language: 'de',
  });
});
