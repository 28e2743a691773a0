/**
 * @module
 * The advertising conformance cases (conformance/cases/relay/advertising.ts)
 * against the reference relay, which must pass all of them, and against the
 * four advertising members of the bug zoo, each of which some case citing
 * the requirement it breaks must fail.
 */
import t from 'tap';
import { ALL_CASES } from '../conformance/cases/index.ts';
import { ADVERTISING_RELAY_CASES } from '../conformance/cases/relay/advertising.ts';
import type { ZooRelay } from '../conformance/zoo/member.ts';
import { ZOO_RELAYS } from '../conformance/zoo/members.ts';
import { relayCaseContext, withTestRelay } from './relay-case-helpers.ts';

t.test('the advertising cases are registered and cite their chapters', async (t) => {
  for (const c of ADVERTISING_RELAY_CASES) {
    t.ok(ALL_CASES.includes(c), `${c.id} is in ALL_CASES`);
    t.ok(
      c.requirements.every((r) => /^REQ-(ADS|OPERATOR)-\d{3}$/.test(r)),
      `${c.id} cites its chapters`,
    );
  }
});

t.test('every advertising case passes against the reference relay', async (t) => {
  await withTestRelay({}, async (url) => {
    for (const c of ADVERTISING_RELAY_CASES) {
      const evidence: string[] = [];
      try {
        await c.run(relayCaseContext(url, 11, evidence));
        t.pass(c.id);
      } catch (e) {
        t.fail(`${c.id}: ${(e as Error).message}\n${evidence.slice(-5).join('\n')}`);
      }
    }
  });
});

/** Each member with the case expected to kill it (the cheapest one citing what it breaks). */
const MEMBERS: readonly [string, string][] = [
  ['ads-to-everyone', 'ads/off-by-default'],
  ['ads-opt-out-keeps-row', 'ads/off-by-default'],
  ['ads-unsubscribe-on-get', 'ads/unsubscribe-link'],
  ['audience-small-cells', 'ads/audience-opted-in-only'],
];

for (const [name, caseId] of MEMBERS) {
  t.test(`the zoo member ${name} fails ${caseId}`, async (t) => {
    const member = ZOO_RELAYS.find((m) => m.name === name) as ZooRelay;
    t.ok(member, 'listed in the zoo');
    const c = ADVERTISING_RELAY_CASES.find((x) => x.id === caseId)!;
    t.ok(
      c.requirements.some((r) => member.breaks.includes(r)),
      'the case cites a requirement the member breaks',
    );
    await withTestRelay(member.parts(), async (url) => {
      const failure = await c.run(relayCaseContext(url, 11)).then(
        () => undefined,
        (e: Error) => e.message,
      );
      t.ok(failure, `killed: ${failure}`);
    });
  });
}
