/**
 * The accounts relay-mode conformance cases (spec/accounts.md) against a real
 * relay on loopback with a temporary SQLite directory.
 */
import t from 'tap';
import { ACCOUNTS_RELAY_CASES } from '../conformance/cases/relay/accounts.ts';
import { runCase, startTestRelay } from './identity-helpers.ts';

for (const c of ACCOUNTS_RELAY_CASES) {
  t.test(`case ${c.id}`, async (t) => {
    const r = await startTestRelay(t);
    const evidence = await runCase(r, c);
    t.ok(evidence.length > 0, 'the case recorded evidence');
  });
}
