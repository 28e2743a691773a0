/**
 * @module
 * Client-mode case of the account lifecycle (spec/lifecycle.md §Consent):
 * the client under test (the driver) reads the policy, declines the use
 * `discovery` and allows it again; the harness, which runs the relay in
 * process (the scene of conformance/cases/client/delivery.ts), reads what
 * the relay recorded and whether the account can be found.
 */
import type { AccountId } from '../../../reference/wire/ids.ts';
import { type CaseContext, type ConformanceCase, check, checkEqual } from '../../case.ts';
import { type Scene, withScene } from './delivery.ts';

const CAPABILITY = 'client.lifecycle';

/** What the relay holds of the client's consent and whether its number is in the discovery index. */
function recorded(s: Scene, accountId: AccountId) {
  const db = s.relay.relay.db;
  const id = Buffer.from(accountId, 'hex');
  const row = db
    .prepare('SELECT policy_version, declined_uses FROM lifecycle_accounts WHERE account_id = ?')
    .get(id) as { policy_version: number; declined_uses: string } | undefined;
  const indexed = db.prepare('SELECT 1 FROM discovery_index WHERE account_id = ?').get(id) !== undefined;
  return { version: row?.policy_version ?? 0, declined: row?.declined_uses ?? '', indexed };
}

async function consentRoundTrip(ctx: CaseContext, s: Scene): Promise<void> {
  const driver = ctx.driver!;
  const policy = await driver.call<{ version: number; acceptedVersion: number; changedUses: string[] }>(
    'lifecycle.policy',
  );
  ctx.log(
    `policy ${policy.version}, accepted ${policy.acceptedVersion}, changed ${policy.changedUses.join(',')}`,
  );
  checkEqual(policy.acceptedVersion, 0, 'a fresh account has accepted no version');
  check(
    policy.changedUses.includes('discovery'),
    'every use is new to a fresh account',
    'discovery',
    policy.changedUses,
  );
  check(recorded(s, s.client.accountId).indexed, 'the registered number is in the discovery index');

  await driver.call('lifecycle.consent', { decline: ['discovery'] });
  const declined = recorded(s, s.client.accountId);
  ctx.log(
    `after decline: version ${declined.version}, declined "${declined.declined}", indexed ${declined.indexed}`,
  );
  checkEqual(declined.version, policy.version, 'the client accepted the version the relay publishes');
  checkEqual(declined.declined, 'discovery', 'the relay holds discovery as declined');
  checkEqual(declined.indexed, false, 'the declined use is no longer performed');

  await driver.call('lifecycle.consent', { allow: ['discovery'] });
  const allowed = recorded(s, s.client.accountId);
  ctx.log(`after allow: declined "${allowed.declined}", indexed ${allowed.indexed}`);
  checkEqual(allowed.declined, '', 'nothing is declined any more');
  checkEqual(allowed.indexed, true, 'the client sent its number, so the account can be found again');
  const after = await driver.call<{ acceptedVersion: number; changedUses: string[] }>('lifecycle.policy');
  checkEqual(after.changedUses.length, 0, 'nothing changed since the accepted version');
}

/** The client-mode lifecycle cases. */
export const CLIENT_LIFECYCLE_CASES: readonly ConformanceCase[] = [
  {
    id: 'client-lifecycle/consent-recorded',
    title:
      'the client records the published policy version and a declined use, and sends its number to allow discovery again',
    mode: 'client',
    requirements: ['REQ-LIFECYCLE-017'],
    capability: CAPABILITY,
    timeoutMs: 30_000,
    run: (ctx) => withScene(ctx, (s) => consentRoundTrip(ctx, s)),
  },
];
