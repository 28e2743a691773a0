/**
 * The keys relay-mode conformance cases (spec/keys.md) against a real
 * relay on loopback with a temporary SQLite directory.
 */
import t from 'tap';
import { KEYS_RELAY_CASES } from '../conformance/cases/relay/keys.ts';
import { runCase, startTestRelay } from './identity-helpers.ts';

for (const c of KEYS_RELAY_CASES) {
  t.test(`case ${c.id}`, async (t) => {
    const r = await startTestRelay(t);
    const evidence = await runCase(r, c);
    t.ok(evidence.length > 0, 'the case recorded evidence');
  });
}
