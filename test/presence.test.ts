/**
 * Presence (spec/presence.md): the relay-mode cases against a real relay on
 * loopback, and the stored last-seen value read back from the database:
 * one row per account, a whole minute, erased when the account hides.
 */
import t from 'tap';
import type { CaseContext } from '../conformance/case.ts';
import { PRESENCE_RELAY_CASES, PresenceSocket } from '../conformance/cases/relay/presence.ts';
import { registerAccount } from '../conformance/lib/relayClient.ts';
import { encodePresenceSettings } from '../reference/wire/presence.ts';
import { runCase, seeded, startTestRelay } from './identity-helpers.ts';

for (const c of PRESENCE_RELAY_CASES) {
  t.test(`case ${c.id}`, async (t) => {
    const r = await startTestRelay(t);
    await runCase(r, c);
    t.pass('the case passed');
  });
}

t.test(
  'the relay stores one whole-minute last-seen value per account and nothing while hidden',
  async (t) => {
    const r = await startTestRelay(t);
    const random = seeded(5);
    const bob = await registerAccount(r.client, random);
    const controller = new AbortController();
    t.teardown(() => controller.abort());
    const ctx = { relayUrl: new URL(r.relay.url), signal: controller.signal } as CaseContext;
    const rows = () =>
      r.relay.db.prepare('SELECT hidden, last_seen_ms FROM presence').all() as {
        hidden: number;
        last_seen_ms: number;
      }[];
    for (let i = 0; i < 3; i++) {
      await r.client.advanceClock(61_234);
      const s = new PresenceSocket(ctx, bob.primary);
      await s.opened;
      await s.request('GET', '/v1/presence/settings');
      await s.close();
    }
    // The disconnection is recorded after the close; wait for the row (an event, not a fixed sleep).
    while (rows().length === 0 || rows()[0]!.last_seen_ms === 0)
      await new Promise((res) => setImmediate(res));
    const now = r.relay.clock.now();
    t.equal(rows().length, 1, 'one row for the account, not one per event');
    t.equal(rows()[0]!.last_seen_ms % 60_000, 0, 'the value is a whole minute');
    t.ok(now - rows()[0]!.last_seen_ms < 120_000, 'the value is the last disconnection');
    const put = await r.client.request('PUT', '/v1/presence/settings', {
      token: bob.primary.token,
      body: encodePresenceSettings('nobody'),
    });
    t.equal(put.status, 204);
    t.same(rows(), [{ hidden: 1, last_seen_ms: 0 }], 'hiding erases the last-seen time');
    const s = new PresenceSocket(ctx, bob.primary);
    await s.opened;
    await s.request('GET', '/v1/presence/settings');
    await s.close();
    await new Promise((res) => setTimeout(res, 50));
    t.same(rows(), [{ hidden: 1, last_seen_ms: 0 }], 'no last seen is recorded while hidden');
  },
);
