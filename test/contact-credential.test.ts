/**
 * Contact credentials and durable discovery budgets (spec/discovery.md
 * §Contact credential, §Limits): a credential is checked field by field,
 * revoked by the owner's number epoch, never stored; budgets survive a
 * relay restart; nothing of a query or a credential is in storage or logs.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ristretto255_oprf } from '@noble/curves/ed25519.js';
import t from 'tap';
import { discoverCredential, viewProfile } from '../conformance/cases/relay/_contacts.ts';
import { RelayClient, registerAccount, requestToken } from '../conformance/lib/relayClient.ts';
import { isDefTalkError } from '../reference/errors/index.ts';
import { RelayClock } from '../reference/relay/clock.ts';
import { CONTACT_CREDENTIAL_TTL_MS, ContactCredentials } from '../reference/relay/contactCredential.ts';
import { startRelay } from '../reference/relay/server.ts';
import { encodeDiscoveryEvaluateRequest } from '../reference/wire/discovery.ts';
import type { AccountId } from '../reference/wire/ids.ts';
import { seeded, startTestRelay } from './identity-helpers.ts';

const A = 'aa'.repeat(16) as AccountId;
const B = 'bb'.repeat(16) as AccountId;
const C = 'cc'.repeat(16) as AccountId;

function service(exists = new Set([A, B, C])) {
  const epochs = new Map<AccountId, number>();
  const clock = new RelayClock();
  const creds = new ContactCredentials(
    new Uint8Array(32).fill(7),
    {
      numberEpoch: async (a) => epochs.get(a) ?? 0,
      bumpNumberEpoch: async (a) => {
        epochs.set(a, (epochs.get(a) ?? 0) + 1);
        return epochs.get(a)!;
      },
    },
    async (a) => exists.has(a),
    clock,
  );
  return { creds, clock, exists };
}

async function refused(
  t: { ok(c: unknown, m: string): void; fail(m: string): void },
  p: Promise<unknown>,
  what: string,
) {
  await p.then(
    () => t.fail(`${what}: accepted`),
    (e: unknown) =>
      t.ok(isDefTalkError(e, 'CONTACT_CREDENTIAL_INVALID'), `${what}: CONTACT_CREDENTIAL_INVALID`),
  );
}

t.test(
  'a credential passes for its viewer and owner only, until expiry, epoch change or deletion',
  async (t) => {
    const { creds, clock, exists } = service();
    const c = await creds.issue(A, B);
    await creds.verify(A, B, c);
    t.pass('the viewer presents it for the owner');
    await refused(t, creds.verify(C, B, c), 'another viewer');
    await refused(t, creds.verify(A, C, c), 'another owner');
    const other = new ContactCredentials(
      new Uint8Array(32).fill(8),
      { numberEpoch: async () => 0, bumpNumberEpoch: async () => 1 },
      async () => true,
      clock,
    );
    await refused(t, other.verify(A, B, c), 'a relay with another key');
    for (let i = 0; i < c.length; i += 7) {
      const bad = Uint8Array.from(c);
      bad[i]! ^= 0x40;
      await refused(t, creds.verify(A, B, bad), `byte ${i} altered`);
    }
    // The relay clock runs with the wall clock: a minute of margin each side.
    clock.advance(CONTACT_CREDENTIAL_TTL_MS - 60_000);
    await creds.verify(A, B, c);
    clock.advance(60_000);
    await refused(t, creds.verify(A, B, c), 'at expiry');
    const d = await creds.issue(A, B);
    await creds.revoke(B);
    await refused(t, creds.verify(A, B, d), 'after the owner number change');
    const e = await creds.issue(A, B);
    await creds.verify(A, B, e);
    exists.delete(B);
    await refused(t, creds.verify(A, B, e), 'after the owner was deleted');
  },
);

t.test('discovery budgets survive a relay restart (REQ-DISCOVERY-004)', async (t) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'deftalk-budget-'));
  t.teardown(() => rmSync(dataDir, { recursive: true, force: true }));
  const config = {
    host: '127.0.0.1',
    port: 0,
    dataDir,
    testHooks: true,
    logLevel: 'silent',
    pinScryptLog2N: 10,
  } as const;
  let relay = await startRelay({ ...config } as never);
  let client = new RelayClient(relay.url);
  const random = seeded(11);
  const alice = await registerAccount(client, random);
  const element = ristretto255_oprf.oprf.blind(new Uint8Array([1, 2, 3])).blinded;
  const batch = Array.from({ length: 100 }, () => element);
  const evaluate = () =>
    client.request('POST', '/v1/discovery/evaluate', {
      token: alice.primary.token,
      body: encodeDiscoveryEvaluateRequest(batch),
    });
  for (let i = 0; i < 5; i++) t.equal((await evaluate()).status, 200, `batch ${i + 1} of 5`);
  t.equal((await evaluate()).error?.name, 'RATE_LIMITED', 'the sixth batch is over budget');
  await relay.close();
  relay = await startRelay({ ...config } as never);
  t.teardown(() => relay.close());
  client = new RelayClient(relay.url);
  alice.primary.token = await requestToken(
    client,
    alice.accountId,
    alice.primary.deviceId,
    alice.primary.key,
  );
  t.equal((await evaluate()).error?.name, 'RATE_LIMITED', 'still over budget after a restart');
});

t.test('no credential, blinded element or output stays in storage or logs', async (t) => {
  const r = await startTestRelay(t);
  const random = seeded(13);
  const bob = await registerAccount(r.client, random);
  const alice = await registerAccount(r.client, random);
  const ctx = { log: () => {}, random } as never;
  const credential = await discoverCredential(ctx, r.client, alice, bob);
  t.equal(
    (await viewProfile(r.client, alice, bob.accountId, credential)).status,
    200,
    'the credential works',
  );
  const mac = Buffer.from(credential.subarray(credential.length - 32));
  for (const [name, content] of r.files()) {
    t.equal(content.indexOf(mac), -1, `${name} holds no credential MAC`);
    t.equal(content.indexOf(Buffer.from(credential)), -1, `${name} holds no credential`);
  }
  const logs = r.logText();
  for (const form of ['hex', 'base64'] as const) {
    t.notOk(logs.includes(Buffer.from(credential).toString(form)), `logs hold no credential (${form})`);
  }
});
