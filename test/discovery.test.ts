/**
 * Contact discovery (spec/discovery.md): the relay-mode cases against a real
 * relay on loopback with a temporary SQLite directory, and the client
 * library (reference/client/discovery.ts) discovering an address book
 * through that relay, with a byte scan of every file of the data directory
 * and of the whole log for what the query carried.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { ed25519 } from '@noble/curves/ed25519.js';
import t from 'tap';
import { DISCOVERY_RELAY_CASES } from '../conformance/cases/relay/discovery.ts';
import { registerAccount } from '../conformance/lib/relayClient.ts';
import {
  blindNumber,
  discoverContacts,
  evaluateBlinded,
  finalizeNumber,
  normalizeNumber,
} from '../reference/client/discovery.ts';
import { RelayConnection } from '../reference/client/relayConnection.ts';
import { isDefTalkError } from '../reference/errors/index.ts';
import { DISCOVERY_KEY_FILE } from '../reference/relay/storage/discovery.ts';
import { runCase, seeded, startTestRelay } from './identity-helpers.ts';

for (const c of DISCOVERY_RELAY_CASES) {
  t.test(`case ${c.id}`, async (t) => {
    const r = await startTestRelay(t);
    const evidence = await runCase(r, c);
    t.ok(evidence.length > 0, 'the case recorded evidence');
  });
}

t.test('normalizeNumber renders E.164 and drops invalid entries', async (t) => {
  t.equal(normalizeNumber('+49 151 12345678'), '+4915112345678');
  t.equal(normalizeNumber('0151 12345678', 'DE'), '+4915112345678');
  t.equal(normalizeNumber('12345'), undefined);
  t.equal(normalizeNumber('not a number', 'DE'), undefined);
});

t.test('the client library discovers an address book; nothing of it stays with the relay', async (t) => {
  const r = await startTestRelay(t);
  const random = seeded(7);
  const bob = await registerAccount(r.client, random, { phoneNumber: '+4915112345678' });
  const carol = await registerAccount(r.client, random, { phoneNumber: '+4915187654321' });
  const alice = await registerAccount(r.client, random);
  const relay = new RelayConnection(r.relay.url);
  relay.signIn({
    accountId: alice.accountId,
    deviceId: alice.primary.deviceId,
    sign: (p) => ed25519.sign(p, alice.primary.key.seed),
  });
  const book = ['0151 12345678', '+49 151 87654321', '+49 151 11112222', 'garbage', '0151 12345678'];
  const found = await discoverContacts(relay, book, { defaultCountry: 'DE' });
  t.same(
    found.map((f) => [f.e164, f.accountId]).sort(),
    [
      ['+4915112345678', bob.accountId],
      ['+4915187654321', carol.accountId],
    ].sort(),
    'the two registered numbers match their accounts, the stranger and the garbage do not',
  );

  // The same number blinded twice finalizes to one output: the relay's key is fixed.
  const b1 = blindNumber('+4915111112222');
  const b2 = blindNumber('+4915111112222');
  t.not(Buffer.from(b1.blinded).toString('hex'), Buffer.from(b2.blinded).toString('hex'), 'blinds differ');
  const [e1, e2] = await evaluateBlinded(relay, [b1.blinded, b2.blinded]);
  const o1 = finalizeNumber(b1, e1!);
  t.same(o1, finalizeNumber(b2, e2!), 'one number, one output');

  const text = r.logText();
  for (const n of ['+4915111112222', '4915111112222', '+4915112345678', '+4915187654321']) {
    t.notOk(text.includes(n), `log holds no number ${n.slice(0, 6)}…`);
  }
  const needles = [b1.blinded, b2.blinded, e1!, e2!, o1].map((b) => Buffer.from(b));
  for (const [name, content] of r.files()) {
    if (name === DISCOVERY_KEY_FILE) continue;
    for (const n of ['+4915111112222', '+4915112345678', '+4915187654321']) {
      t.equal(content.indexOf(Buffer.from(n)), -1, `${name} holds no number`);
    }
    needles.forEach((n, i) => {
      t.equal(content.indexOf(n), -1, `${name} holds no query bytes (${i})`);
      t.notOk(
        text.includes(n.toString('hex')) || text.includes(n.toString('base64')),
        `log holds no query bytes (${i})`,
      );
    });
  }
  t.equal(statSync(join(r.dataDir, DISCOVERY_KEY_FILE)).mode & 0o777, 0o600, 'the key file is private');
});

t.test('the budget refuses a batch beyond 500 elements and evaluates none of it', async (t) => {
  const r = await startTestRelay(t);
  const alice = await registerAccount(r.client, seeded(3));
  const relay = new RelayConnection(r.relay.url);
  relay.signIn({
    accountId: alice.accountId,
    deviceId: alice.primary.deviceId,
    sign: (p) => ed25519.sign(p, alice.primary.key.seed),
  });
  const el = blindNumber('+4915100000001').blinded;
  const batch = Array.from({ length: 100 }, () => el);
  for (let i = 0; i < 4; i++) await evaluateBlinded(relay, batch);
  await evaluateBlinded(relay, batch.slice(0, 99));
  t.equal(await refusal(evaluateBlinded(relay, [el, el])), 'RATE_LIMITED', 'two more are refused');
  t.equal((await evaluateBlinded(relay, [el])).length, 1, 'the refused batch took nothing: one still fits');
  t.equal(await refusal(evaluateBlinded(relay, [el])), 'RATE_LIMITED', 'element 501 is refused');
});

/** The registered error name a call failed with, or `resolved` when it did not fail. */
async function refusal(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'resolved';
  } catch (e) {
    return isDefTalkError(e) ? e.errorName : String(e);
  }
}
