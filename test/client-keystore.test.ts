/**
 * The encrypted key store (spec/client.md §Key store): the format's
 * verification steps, wrong passphrases, tampering in every region,
 * truncation, no secret in the file in any encoding, mode 0600 in a 0700
 * directory, atomic replacement, and redacted printing.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspect } from 'node:util';
import t from 'tap';
import { ClientState, HEADER_LENGTH, KEYSTORE_FILE, KeyStore } from '../reference/client/index.ts';
import { DhKeyPair, IdentityKeyPair } from '../reference/client/session/keys.ts';

const KDF = { log2N: 10, r: 8, p: 1 };
const root = mkdtempSync(join(tmpdir(), 'deftalk-keystore-'));
t.teardown(() => rmSync(root, { recursive: true, force: true }));
let n = 0;
const fresh = () => join(root, `store-${n++}`);

async function errorName(p: Promise<unknown>): Promise<string> {
  return p.then(
    () => 'OPENED',
    (e: { errorName?: string }) => e.errorName ?? String(e),
  );
}

/** A store holding a state with a known identity seed and one prekey secret. */
async function seeded(dir: string) {
  const seed = new Uint8Array(32).map((_, i) => 200 - i);
  const state = ClientState.fresh('http://127.0.0.1:1/');
  state.setIdentity(IdentityKeyPair.fromSeed(seed));
  const prekey = DhKeyPair.fromSecret(new Uint8Array(32).fill(0x5a));
  state.addOneTimePreKey(prekey);
  state.phoneNumber = '+4915133334444';
  const store = await KeyStore.create(dir, 'the passphrase', state.serialize(), KDF);
  return { seed, prekeySecret: prekey.exposeSecret(), store };
}

t.test('round trip, and the header states the KDF parameters', async (t) => {
  const dir = fresh();
  const { store } = await seeded(dir);
  const file = readFileSync(join(dir, KEYSTORE_FILE));
  t.same(
    [...file.subarray(0, 9)],
    [0x44, 0x54, 0x4b, 0x53, 1, 1, 10, 8, 1],
    'magic, version, scrypt, log2N, r, p',
  );
  const again = await KeyStore.open(dir, 'the passphrase');
  t.same(again.plaintext, store.plaintext);
  t.equal(ClientState.parse(again.plaintext).phoneNumber, '+4915133334444');
});

t.test('a wrong passphrase is KEYSTORE_BAD_PASSPHRASE', async (t) => {
  const dir = fresh();
  await seeded(dir);
  for (const wrong of ['the passphras', 'The passphrase', 'the passphrase ', 'x'])
    t.equal(await errorName(KeyStore.open(dir, wrong)), 'KEYSTORE_BAD_PASSPHRASE', `${wrong.length} chars`);
  // NFC: the same text in another normalization form is the same passphrase.
  const d2 = fresh();
  await KeyStore.create(d2, 'caf\u00e9', new Uint8Array([1]), KDF);
  t.equal(await errorName(KeyStore.open(d2, 'cafe\u0301')), 'OPENED', 'NFC-normalized');
});

t.test('every altered byte and every truncation is refused', async (t) => {
  const dir = fresh();
  await seeded(dir);
  const path = join(dir, KEYSTORE_FILE);
  const file = readFileSync(path);
  const outcomes = new Set<string>();
  // Every byte of the header and check value, and a sample of the rest.
  const offsets = [...Array(HEADER_LENGTH + 16 + 24).keys(), file.length - 17, file.length - 1];
  for (const at of offsets) {
    const altered = Buffer.from(file);
    altered[at]! ^= 0x01;
    const got = await errorName(KeyStore.fromBytes(dir, altered, 'the passphrase'));
    outcomes.add(got);
    if (got === 'OPENED') t.fail(`a file altered at ${at} opened`);
  }
  t.same(
    [...outcomes].sort(),
    ['KEYSTORE_BAD_PASSPHRASE', 'KEYSTORE_CORRUPT', 'KEYSTORE_UNSUPPORTED_VERSION'],
    'each refusal is a key store error',
  );
  const body = Buffer.from(file);
  body[file.length - 30]! ^= 0x40;
  t.equal(
    await errorName(KeyStore.fromBytes(dir, body, 'the passphrase')),
    'KEYSTORE_CORRUPT',
    'ciphertext altered',
  );
  for (const len of [0, 3, HEADER_LENGTH, 60, file.length - 1])
    t.equal(
      await errorName(KeyStore.fromBytes(dir, file.subarray(0, len), 'the passphrase')),
      'KEYSTORE_CORRUPT',
      `truncated to ${len}`,
    );
  writeFileSync(path, file.subarray(0, 40));
  t.equal(await errorName(KeyStore.open(dir, 'the passphrase')), 'KEYSTORE_CORRUPT', 'truncated on disk');
  t.equal(await errorName(KeyStore.open(fresh(), 'x')), 'KEYSTORE_NOT_FOUND');
});

t.test('no secret in the file, in any encoding', async (t) => {
  const dir = fresh();
  const { seed, prekeySecret } = await seeded(dir);
  const file = readFileSync(join(dir, KEYSTORE_FILE));
  for (const [label, secret] of [
    ['identity seed', seed],
    ['one-time prekey secret', prekeySecret],
  ] as const) {
    const b = Buffer.from(secret);
    for (const [form, bytes] of [
      ['raw', b],
      ['hex', Buffer.from(b.toString('hex'))],
      ['base64', Buffer.from(b.toString('base64').slice(0, 40))],
    ] as const) {
      t.equal(file.indexOf(bytes), -1, `${label} (${form}) is not in the file`);
    }
  }
  t.equal(file.indexOf(Buffer.from('+4915133334444')), -1, 'nor the phone number');
  t.equal(file.indexOf(Buffer.from('the passphrase')), -1, 'nor the passphrase');
  // The test can fail: the same scan finds the seed in the plaintext it protects.
  const plain = Buffer.from((await KeyStore.open(dir, 'the passphrase')).plaintext);
  t.not(plain.indexOf(Buffer.from(Buffer.from(seed).toString('base64'))), -1, 'the scan finds what is there');
});

t.test('mode 0600 in a 0700 directory, atomic replacement, no leftovers, redacted printing', async (t) => {
  const dir = fresh();
  const { store } = await seeded(dir);
  t.equal(statSync(join(dir, KEYSTORE_FILE)).mode & 0o777, 0o600);
  t.equal(statSync(dir).mode & 0o777, 0o700);
  const before = readFileSync(join(dir, KEYSTORE_FILE));
  await store.save(ClientState.fresh('http://127.0.0.1:2/').serialize());
  const after = readFileSync(join(dir, KEYSTORE_FILE));
  t.not(
    before.subarray(41, 65).toString('hex'),
    after.subarray(41, 65).toString('hex'),
    'a fresh nonce per write',
  );
  t.same(before.subarray(0, 41), after.subarray(0, 41), 'same header and check value');
  t.same(readdirSync(dir), [KEYSTORE_FILE], 'no temporary file is left behind');
  t.equal(statSync(join(dir, KEYSTORE_FILE)).mode & 0o777, 0o600, 'still 0600 after a rewrite');
  t.equal(await errorName(KeyStore.create(dir, 'other', new Uint8Array(1), KDF)), 'KEYSTORE_EXISTS');
  t.equal(inspect(store), 'KeyStore [REDACTED]');
  t.equal(JSON.stringify({ store }), '{"store":"[REDACTED]"}');
  const state = ClientState.parse(store.plaintext);
  t.equal(`${state}`, 'ClientState [REDACTED]');
});
