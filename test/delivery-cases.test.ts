/**
 * The delivery relay-mode conformance cases (spec/delivery.md) against the
 * reference relay on loopback with a temporary SQLite directory; the quota
 * case runs with a small quota so it fills quickly.
 */
import t from 'tap';
import { DELIVERY_RELAY_CASES } from '../conformance/cases/relay/delivery.ts';
import { runCase, startTestRelay } from './identity-helpers.ts';

for (const c of DELIVERY_RELAY_CASES) {
  t.test(`case ${c.id}`, async (t) => {
    const saved = process.env.DEFTALK_QUEUE_QUOTA;
    if (c.id === 'delivery/quota') process.env.DEFTALK_QUEUE_QUOTA = '600';
    const r = await startTestRelay(t).finally(() => {
      if (saved === undefined) delete process.env.DEFTALK_QUEUE_QUOTA;
      else process.env.DEFTALK_QUEUE_QUOTA = saved;
    });
    const evidence = await runCase(r, c);
    t.ok(evidence.length > 0, 'the case recorded evidence');
  });
}
