/**
 * @module
 * The website, feedback and operator conformance cases
 * (conformance/cases/relay/website.ts) against the reference relay, which
 * must pass all of them, and against the three website members of the bug
 * zoo, each of which some case citing the requirement it breaks must fail.
 */
import t from 'tap';
import type { ConformanceCase } from '../conformance/case.ts';
import { ALL_CASES } from '../conformance/cases/index.ts';
import { WEBSITE_RELAY_CASES } from '../conformance/cases/relay/website.ts';
import type { ZooRelay } from '../conformance/zoo/member.ts';
import { ZOO_RELAYS } from '../conformance/zoo/members.ts';
import { relayCaseContext, withTestRelay } from './relay-case-helpers.ts';

t.test('the website cases are registered and cite WEB and OPERATOR requirements', async (t) => {
  for (const c of WEBSITE_RELAY_CASES) {
    t.ok(ALL_CASES.includes(c), `${c.id} is in ALL_CASES`);
    t.ok(
      c.requirements.every((r) => /^REQ-(WEB|OPERATOR)-\d{3}$/.test(r)),
      `${c.id} cites its chapters`,
    );
  }
});

t.test('every website case passes against the reference relay', async (t) => {
  await withTestRelay(
    {},
    async (url) => {
      for (const c of WEBSITE_RELAY_CASES) {
        const evidence: string[] = [];
        try {
          await c.run(relayCaseContext(url, 7, evidence));
          t.pass(c.id);
        } catch (e) {
          t.fail(`${c.id}: ${(e as Error).message}\n${evidence.slice(-5).join('\n')}`);
        }
      }
    },
    'info',
  );
});

t.test('the reference relay carries a translated privacy page in every language but English', async (t) => {
  const c = WEBSITE_RELAY_CASES.find((x) => x.id === 'website/privacy-translations')!;
  await withTestRelay({}, async (url) => {
    const evidence: string[] = [];
    await c.run(relayCaseContext(url, 7, evidence));
    t.ok(evidence.includes('3 of 3 languages carry a translation'), evidence.join('\n'));
  });
});

const WEBSITE_MEMBERS = ['website-visitor-ip-logged', 'language-cookie', 'feedback-wal-kept'];

for (const name of WEBSITE_MEMBERS) {
  t.test(`the zoo member ${name} fails a case citing what it breaks`, async (t) => {
    const member = ZOO_RELAYS.find((m) => m.name === name) as ZooRelay;
    t.ok(member, 'listed in the zoo');
    const cases = WEBSITE_RELAY_CASES.filter((c: ConformanceCase) =>
      c.requirements.some((r) => member.breaks.includes(r)),
    );
    t.ok(cases.length > 0, 'some website case cites the broken requirement');
    await withTestRelay(
      member.parts(),
      async (url) => {
        const failures: string[] = [];
        for (const c of cases) {
          try {
            await c.run(relayCaseContext(url, 7));
          } catch (e) {
            failures.push(`${c.id}: ${(e as Error).message}`);
          }
        }
        t.ok(failures.length > 0, `killed: ${failures.join('; ')}`);
      },
      'info',
    );
  });
}
