/**
 * The auth relay-mode conformance cases (spec/auth.md) against a real
 * relay on loopback with a temporary SQLite directory.
 */
import t from 'tap';
import { AUTH_RELAY_CASES } from '../conformance/cases/relay/auth.ts';
import { runCase, startTestRelay } from './identity-helpers.ts';

for (const c of AUTH_RELAY_CASES) {
  t.test(`case ${c.id}`, async (t) => {
    const r = await startTestRelay(t);
    const evidence = await runCase(r, c);
    t.ok(evidence.length > 0, 'the case recorded evidence');
  });
}
