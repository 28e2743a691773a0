/**
 * The lifecycle relay-mode cases (spec/lifecycle.md) against the reference
 * relay on loopback, each with its own relay and temporary SQLite directory.
 */
import t from 'tap';
import { LIFECYCLE_RELAY_CASES } from '../conformance/cases/relay/lifecycle.ts';
import { runCase, startTestRelay } from './identity-helpers.ts';

for (const c of LIFECYCLE_RELAY_CASES) {
  t.test(`case ${c.id}`, async (t) => {
    const r = await startTestRelay(t);
    const evidence = await runCase(r, c);
    t.ok(evidence.length > 0, 'the case recorded evidence');
  });
}
