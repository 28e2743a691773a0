/**
 * @module
 * Client-mode case of advertising (spec/advertising.md §Opt-in): the client
 * under test (the driver) registers on the scene of
 * conformance/cases/client/delivery.ts and must not be opted in to
 * advertising until its user asks through `ads.set`; a notice the operator
 * sends meanwhile reaches it not; opting out takes effect on the relay at
 * once.
 */
import { type ConformanceCase, check, checkEqual } from '../../case.ts';
import { withScene } from './delivery.ts';

const CAPABILITY = 'client.ads';

interface AdsAnswer {
  optedIn: boolean;
  country: string;
  language: string;
}

/** The client-mode advertising cases. */
export const CLIENT_ADS_CASES: readonly ConformanceCase[] = [
  {
    id: 'client-ads/off-until-asked',
    title: 'A client is not opted in to advertising until its user asks, and opts out when asked',
    mode: 'client',
    requirements: ['REQ-ADS-009'],
    capability: CAPABILITY,
    timeoutMs: 30_000,
    run: (ctx) =>
      withScene(ctx, async (s) => {
        const driver = ctx.driver!;
        const db = s.relay.relay.db;
        const row = () =>
          db
            .prepare(
              `SELECT country, language FROM ads_subscriptions WHERE lower(hex(account_id)) = lower(?)`,
            )
            .get(s.client.accountId) as { country: string; language: string } | undefined;
        check(row() === undefined, 'the relay holds an opt-in the user never gave', 'none', row());
        const token = (
          (await (await fetch(new URL('/test-hooks/v1/operator/token', s.relay.relay.url))).json()) as {
            token: string;
          }
        ).token;
        const sent = await fetch(new URL('/operator/v1/ads/send', s.relay.relay.url), {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify({ text: 'an advertising notice nobody asked for' }),
        });
        checkEqual(sent.status, 200, 'the operator sent a notice');
        const before = await driver.call<{ notices: unknown[] }>('ads.notices');
        checkEqual(before.notices.length, 0, 'the client, never asked, has no notice');
        const on = await driver.call<AdsAnswer>('ads.set', { on: true, language: 'de' });
        check(on.optedIn, 'ads.set on answers opted in');
        const stored = row();
        check(
          stored?.language === 'de',
          'the relay holds the opt-in with the language asked for',
          'de',
          stored,
        );
        check(/^[A-Z]{2}$/.test(stored.country), 'the opt-in names a region', 'XX', stored.country);
        ctx.log(`opted in when asked: ${stored.country}/${stored.language}`);
        const off = await driver.call<AdsAnswer>('ads.set', { on: false });
        check(!off.optedIn, 'ads.set off answers opted out');
        check(
          row() === undefined,
          'the relay still holds the opt-in after the user turned it off',
          'none',
          row(),
        );
      }),
  },
];
