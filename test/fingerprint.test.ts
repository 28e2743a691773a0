/**
 * Safety numbers (spec/fingerprint.md): both sides agree, the QR comparison
 * is order-independent, an identity-key change shows as a different number
 * and a mismatching code, malformed payloads are refused.
 */
import t from 'tap';
import {
  compareScanned,
  FINGERPRINT_ITERATIONS,
  fingerprint,
  safetyNumber,
} from '../reference/client/fingerprint.ts';
import { IdentityKeyPair } from '../reference/client/session/index.ts';
import { isDefTalkError } from '../reference/errors/index.ts';

const seed = (n: number) => new Uint8Array(32).fill(n);
const acct = (n: number) => new Uint8Array(16).fill(n);
const alice = { identityKey: IdentityKeyPair.fromSeed(seed(1)).publicKey, stableId: acct(0xa1) };
const bob = { identityKey: IdentityKeyPair.fromSeed(seed(2)).publicKey, stableId: acct(0xb2) };
const mallory = { identityKey: IdentityKeyPair.fromSeed(seed(3)).publicKey, stableId: acct(0xa1) };

t.test('both users compute the same safety number and QR payload', async (tt) => {
  const ab = safetyNumber(alice, bob);
  const ba = safetyNumber(bob, alice);
  tt.equal(ab.digits, ba.digits);
  tt.match(ab.digits, /^\d{60}$/);
  tt.equal(ab.display.split(' ').length, 12);
  tt.ok(ab.display.split(' ').every((g) => /^\d{5}$/.test(g)));
  tt.same(ab.scannable, ba.scannable);
  tt.equal(ab.scannable.length, 65);
  tt.equal(FINGERPRINT_ITERATIONS, 5200);
  tt.equal(fingerprint(alice).length, 64);
});

t.test('the fingerprint binds the stable identifier and the key', async (tt) => {
  const other = { ...alice, stableId: acct(0xc3) };
  tt.not(Buffer.from(fingerprint(alice)).toString('hex'), Buffer.from(fingerprint(other)).toString('hex'));
  tt.not(safetyNumber(alice, bob).digits, safetyNumber(mallory, bob).digits, 'a new key changes the number');
});

t.test('scanned comparison is order-independent and detects a changed identity', async (tt) => {
  const mine = safetyNumber(bob, alice);
  const theirs = safetyNumber(alice, bob).scannable;
  tt.ok(compareScanned(mine, theirs));
  const swapped = Uint8Array.from([1, ...theirs.slice(33), ...theirs.slice(1, 33)]);
  tt.ok(compareScanned(mine, swapped), 'other order still matches');
  tt.notOk(compareScanned(mine, safetyNumber(mallory, bob).scannable), 'identity change: no match');
  const twice = Uint8Array.from([1, ...mine.local.slice(0, 32), ...mine.local.slice(0, 32)]);
  tt.notOk(compareScanned(mine, twice), 'our own half twice does not match');
});

t.test('malformed payloads are refused with INVALID_FINGERPRINT', async (tt) => {
  const mine = safetyNumber(bob, alice);
  for (const bad of [
    mine.scannable.slice(0, 64),
    Uint8Array.from([2, ...mine.scannable.slice(1)]),
    new Uint8Array(0),
  ]) {
    try {
      compareScanned(mine, bad);
      tt.fail('accepted');
    } catch (e) {
      tt.ok(isDefTalkError(e, 'INVALID_FINGERPRINT'));
    }
  }
});
