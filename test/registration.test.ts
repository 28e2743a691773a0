/**
 * Registration by phone number (spec/registration.md) against a real relay:
 * every registration conformance case, the gateway rules, and byte scans of
 * the storage files and the log output for numbers, codes and PINs.
 */
import t from 'tap';
import { REGISTRATION_RELAY_CASES } from '../conformance/cases/relay/registration.ts';
import {
  randomPhoneNumber,
  registerAccount,
  registrationBody,
  requestCode,
  signingKey,
} from '../conformance/lib/relayClient.ts';
import { encodeRegistrationLockRequest } from '../reference/wire/account.ts';
import { encodeVerificationCodeRequest } from '../reference/wire/registration.ts';
import { runCase, seeded, startTestRelay } from './identity-helpers.ts';

for (const c of REGISTRATION_RELAY_CASES) {
  t.test(`case ${c.id}`, async (t) => {
    const r = await startTestRelay(t);
    const evidence = await runCase(r, c);
    t.ok(evidence.length > 0, 'the case recorded evidence');
  });
}

t.test('without a gateway, registration answers REGISTRATION_UNAVAILABLE and sends nothing', async (t) => {
  const r = await startTestRelay(t, { testHooks: false });
  const a = await r.client.request('POST', '/v1/registration/code', {
    body: encodeVerificationCodeRequest('+4915123456789'),
  });
  t.equal(a.status, 503);
  t.equal(a.error?.name, 'REGISTRATION_UNAVAILABLE');
  const reg = await r.client.request('POST', '/v1/registration', {
    body: registrationBody(
      '+4915123456789',
      '123456',
      signingKey(new Uint8Array(32).fill(1)),
      signingKey(new Uint8Array(32).fill(2)),
    ),
  });
  t.equal(reg.error?.name, 'REGISTRATION_UNAVAILABLE');
  t.notOk(r.files().has('dev-sms.log'), 'no development file appears');
});

t.test('--dev-sms appends codes to dev-sms.log in the data directory', async (t) => {
  const r = await startTestRelay(t, { testHooks: false, devSms: true });
  const phone = '+4915199887766';
  const a = await r.client.request('POST', '/v1/registration/code', {
    body: encodeVerificationCodeRequest(phone),
  });
  t.equal(a.status, 200);
  const line = r.files().get('dev-sms.log')?.toString('utf8') ?? '';
  t.match(line, new RegExp(`^\\${phone} [0-9]{6}\\n$`));
});

t.test('no number, code or PIN reaches the storage files or the log output', async (t) => {
  const r = await startTestRelay(t);
  const random = seeded(7);
  const pin = 'scan-me-pin-5150';
  const owner = await registerAccount(r.client, random);
  await r.client.ok('lock', 'PUT', '/v1/accounts/me/registration-lock', {
    token: owner.primary.token,
    body: encodeRegistrationLockRequest(pin),
  });
  await r.client.advanceClock(61_000);
  const code = await requestCode(r.client, owner.phoneNumber);
  const wrongCode = ((Number(code) + 1) % 1_000_000).toString().padStart(6, '0');
  const id = signingKey(new Uint8Array(32).fill(3));
  const dev = signingKey(new Uint8Array(32).fill(4));
  await r.client.request('POST', '/v1/registration', {
    body: registrationBody(owner.phoneNumber, wrongCode, id, dev),
  });
  await r.client.request('POST', '/v1/registration', {
    body: registrationBody(owner.phoneNumber, code, id, dev, { pin: 'wrong-pin-2222' }),
  });
  const other = randomPhoneNumber(random);
  await r.client.request('POST', '/v1/registration/code', { body: encodeVerificationCodeRequest(other) });
  // Checkpoint so the main file, not only the WAL, holds the rows.
  r.relay.db.pragma('wal_checkpoint(PASSIVE)');
  const needles = [
    owner.phoneNumber,
    owner.phoneNumber.slice(1),
    other,
    other.slice(1),
    pin,
    'wrong-pin-2222',
    owner.primary.token,
  ];
  for (const [name, content] of r.files()) {
    for (const n of needles) t.equal(content.indexOf(Buffer.from(n)), -1, `${name} does not hold a secret`);
    t.equal(
      content.indexOf(Buffer.from(owner.primary.token, 'base64url')),
      -1,
      `${name} does not hold token bytes`,
    );
  }
  const logs = r.logText();
  t.ok(logs.length > 0, 'the relay logged');
  for (const n of [...needles, code])
    t.notOk(
      new RegExp(`(?<!\\d)\\${n.startsWith('+') ? n : n.replace(/[-]/g, '\\-')}(?!\\d)`).test(logs),
      'no secret in the logs',
    );
});

t.test('a malformed registration body changes nothing', async (t) => {
  const r = await startTestRelay(t);
  const count = () =>
    (
      r.relay.db
        .prepare('SELECT (SELECT count(*) FROM accounts) + (SELECT count(*) FROM verification_codes) AS n')
        .get() as { n: number }
    ).n;
  const before = count();
  for (const body of [
    new Uint8Array([0xff]),
    new Uint8Array([0x0a, 0x05, 0x2b]),
    new Uint8Array([0x12, 0x01]),
  ]) {
    const a = await r.client.request('POST', '/v1/registration', { body });
    t.equal(a.error?.name, 'MALFORMED_REQUEST');
    const b = await r.client.request('POST', '/v1/registration/code', { body });
    t.equal(b.error?.name, 'MALFORMED_REQUEST');
  }
  t.equal(count(), before, 'no row was written');
});
