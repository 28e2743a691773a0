/**
 * @module
 * Client-mode cases of the session chapter (spec/session.md): the client
 * under test, through its driver, establishes sessions with a peer the case
 * plays in-process with the reference library (./_peer.ts), and must refuse
 * a bundle with a bad signature, a changed identity key, a reused one-time
 * prekey, a replayed or tampered message, each with its registered error and
 * without losing the session.
 */
import {
  type CaseContext,
  CheckFailed,
  type ConformanceCase,
  check,
  checkEqual,
  DriverError,
} from '../../case.ts';
import { b64, bundleFromDriver, CasePeer, type DriverBundle, unb64 } from './_peer.ts';

/** Capability of the session operations (spec/client.md §Driver operations). */
const CAP = 'client.session';
const utf8 = (s: string) => new TextEncoder().encode(s);

function driver(ctx: CaseContext) {
  check(ctx.driver, 'client mode needs a driver');
  return ctx.driver;
}

/** Call `op` and require the registered error `name`; logs the outcome. */
export async function expectDriverError(
  ctx: CaseContext,
  op: string,
  params: Record<string, unknown>,
  name: string,
  what: string,
): Promise<void> {
  try {
    await driver(ctx).call(op, params);
  } catch (e) {
    if (!(e instanceof DriverError)) throw e;
    ctx.log(`${what}: ${op} -> ${e.errorName}`);
    checkEqual(e.errorName, name, `${what}: error name`);
    return;
  }
  ctx.log(`${what}: ${op} -> ok`);
  throw new CheckFailed(`${what}: ${op} succeeded`, name, 'success');
}

/** Create the driver's identity; answers its public identity key. */
export async function createIdentity(
  ctx: CaseContext,
  params: Record<string, unknown> = {},
): Promise<{ identityKey: Uint8Array; accountId: string }> {
  const r = await driver(ctx).call<{ identityKey: string; accountId: string }>('identity.create', params);
  return { identityKey: unb64(r.identityKey), accountId: r.accountId };
}

/** The driver initiates with a peer's bundle under `name` and encrypts `text`; answers the ciphertext. */
async function driverSends(ctx: CaseContext, name: string, bundle: DriverBundle, text: string) {
  await driver(ctx).call('session.initiate', { peer: name, bundle });
  const { ciphertext } = await driver(ctx).call<{ ciphertext: string }>('session.encrypt', {
    peer: name,
    plaintext: b64(utf8(text)),
  });
  return unb64(ciphertext);
}

function flip(bytes: Uint8Array, at: number): Uint8Array {
  const out = bytes.slice();
  out[at]! ^= 0x01;
  return out;
}

type DriverKeys = Parameters<typeof bundleFromDriver>[1];

/** Cases of this module. */
export const SESSION_CLIENT_CASES: readonly ConformanceCase[] = [
  {
    id: 'client-session/bad-prekey-signature',
    title: 'The client refuses a bundle whose signed prekey or ML-KEM prekey signature does not verify',
    mode: 'client',
    capability: CAP,
    requirements: ['REQ-SESSION-001', 'REQ-SESSION-004'],
    async run(ctx) {
      await createIdentity(ctx);
      const peer = new CasePeer(ctx);
      const good = peer.bundle();
      const badSpk = {
        ...good,
        signedPreKey: { ...good.signedPreKey, signature: b64(flip(unb64(good.signedPreKey.signature), 5)) },
      };
      await expectDriverError(
        ctx,
        'session.initiate',
        { peer: 'p', bundle: badSpk },
        'BAD_SIGNATURE',
        'signed prekey signature altered',
      );
      // A signature over the same key with another id is a signature over other bytes.
      const otherId = { ...good, signedPreKey: { ...good.signedPreKey, keyId: good.signedPreKey.keyId + 1 } };
      await expectDriverError(
        ctx,
        'session.initiate',
        { peer: 'p', bundle: otherId },
        'BAD_SIGNATURE',
        'signed prekey id changed',
      );
      const badKem = {
        ...good,
        kemPreKey: { ...good.kemPreKey, signature: b64(flip(unb64(good.kemPreKey.signature), 9)) },
      };
      await expectDriverError(
        ctx,
        'session.initiate',
        { peer: 'p', bundle: badKem },
        'BAD_SIGNATURE',
        'ML-KEM prekey signature altered',
      );
      await expectDriverError(
        ctx,
        'session.encrypt',
        { peer: 'p', plaintext: b64(utf8('x')) },
        'NO_SESSION',
        'no session was kept',
      );
      const wire = await driverSends(ctx, 'p', good, 'after the refusals');
      checkEqual(
        new TextDecoder().decode(peer.cipher.decrypt('driver', wire)),
        'after the refusals',
        'the good bundle works',
      );
    },
  },
  {
    id: 'client-session/handshake-both-ways',
    title: 'A session the client initiates decrypts at the reference peer, and the peer answers through it',
    mode: 'client',
    capability: CAP,
    requirements: ['REQ-SESSION-002', 'REQ-SESSION-006', 'REQ-SESSION-012'],
    async run(ctx) {
      await createIdentity(ctx);
      const peer = new CasePeer(ctx);
      const first = await driverSends(ctx, 'p', peer.bundle(), 'one');
      checkEqual(first[0], 0x02, 'the first message is a PreKeyMessage');
      const { ciphertext } = await driver(ctx).call<{ ciphertext: string }>('session.encrypt', {
        peer: 'p',
        plaintext: b64(utf8('two')),
      });
      const second = unb64(ciphertext);
      checkEqual(second[0], 0x02, 'until the peer answers, every message is a PreKeyMessage');
      checkEqual(new TextDecoder().decode(peer.cipher.decrypt('driver', first)), 'one', 'first message');
      checkEqual(new TextDecoder().decode(peer.cipher.decrypt('driver', second)), 'two', 'second message');
      const reply = peer.cipher.encrypt('driver', utf8('three'));
      const got = await driver(ctx).call<{ plaintext: string }>('session.decrypt', {
        peer: 'p',
        ciphertext: b64(reply),
      });
      checkEqual(new TextDecoder().decode(unb64(got.plaintext)), 'three', 'the peer reply decrypts');
      const after = await driver(ctx).call<{ ciphertext: string }>('session.encrypt', {
        peer: 'p',
        plaintext: b64(utf8('four')),
      });
      checkEqual(unb64(after.ciphertext)[0], 0x01, 'after the answer, plain Messages');
      checkEqual(
        new TextDecoder().decode(peer.cipher.decrypt('driver', unb64(after.ciphertext))),
        'four',
        'fourth message',
      );
    },
  },
  {
    id: 'client-session/one-time-prekey-once',
    title:
      'The client accepts a PreKeyMessage naming one of its one-time prekeys once, then refuses it as reused',
    mode: 'client',
    capability: CAP,
    requirements: ['REQ-SESSION-008'],
    async run(ctx) {
      const me = await createIdentity(ctx);
      const keys = await driver(ctx).call<DriverKeys>('keys.generate', { oneTime: 2, kem: 2 });
      check(
        keys.oneTimePreKeys.length === 2,
        'two one-time prekeys were generated',
        2,
        keys.oneTimePreKeys.length,
      );
      const a = new CasePeer(ctx);
      a.cipher.initiate('driver', bundleFromDriver(me.identityKey, keys, 0, 0));
      const m1 = a.cipher.encrypt('driver', utf8('first use'));
      const got = await driver(ctx).call<{ plaintext: string }>('session.decrypt', {
        peer: 'a',
        ciphertext: b64(m1),
      });
      checkEqual(
        new TextDecoder().decode(unb64(got.plaintext)),
        'first use',
        'first use of the one-time prekey',
      );
      // Another initiator presents the same one-time prekey (and a still unused ML-KEM prekey).
      const b = new CasePeer(ctx);
      b.cipher.initiate('driver', bundleFromDriver(me.identityKey, keys, 0, 1));
      await expectDriverError(
        ctx,
        'session.decrypt',
        { peer: 'b', ciphertext: b64(b.cipher.encrypt('driver', utf8('again'))) },
        'PREKEY_REUSED',
        'second use',
      );
      // A prekey id the client never issued.
      const c = new CasePeer(ctx);
      const forged = { ...keys, oneTimePreKeys: [{ ...keys.oneTimePreKeys[1]!, keyId: 0x7fff0000 }] };
      c.cipher.initiate('driver', bundleFromDriver(me.identityKey, forged, 0, 1));
      await expectDriverError(
        ctx,
        'session.decrypt',
        { peer: 'c', ciphertext: b64(c.cipher.encrypt('driver', utf8('?'))) },
        'UNKNOWN_PREKEY',
        'unissued id',
      );
    },
  },
  {
    id: 'client-session/replay-and-tamper',
    title: 'The client refuses a replayed and a tampered message and keeps the session usable',
    mode: 'client',
    capability: CAP,
    requirements: ['REQ-SESSION-011', 'REQ-SESSION-013', 'REQ-SESSION-017'],
    async run(ctx) {
      const me = await createIdentity(ctx);
      const keys = await driver(ctx).call<DriverKeys>('keys.generate', { oneTime: 1, kem: 1 });
      const peer = new CasePeer(ctx);
      peer.cipher.initiate('driver', bundleFromDriver(me.identityKey, keys, 0, 0));
      const m1 = peer.cipher.encrypt('driver', utf8('one'));
      const m2 = peer.cipher.encrypt('driver', utf8('two'));
      const dec = (m: Uint8Array) =>
        driver(ctx).call<{ plaintext: string }>('session.decrypt', { peer: 'p', ciphertext: b64(m) });
      checkEqual(new TextDecoder().decode(unb64((await dec(m1)).plaintext)), 'one', 'first message');
      await expectDriverError(
        ctx,
        'session.decrypt',
        { peer: 'p', ciphertext: b64(m1) },
        'DUPLICATE_MESSAGE',
        'replayed PreKeyMessage',
      );
      await expectDriverError(
        ctx,
        'session.decrypt',
        { peer: 'p', ciphertext: b64(flip(m2, m2.length - 3)) },
        'DECRYPTION_FAILED',
        'tampered ciphertext',
      );
      checkEqual(
        new TextDecoder().decode(unb64((await dec(m2)).plaintext)),
        'two',
        'the genuine message still decrypts',
      );
      const reply = await driver(ctx).call<{ ciphertext: string }>('session.encrypt', {
        peer: 'p',
        plaintext: b64(utf8('r')),
      });
      peer.cipher.decrypt('driver', unb64(reply.ciphertext));
      const m3 = peer.cipher.encrypt('driver', utf8('three'));
      checkEqual(m3[0], 0x01, 'the peer now sends plain Messages');
      checkEqual(new TextDecoder().decode(unb64((await dec(m3)).plaintext)), 'three', 'third message');
      await expectDriverError(
        ctx,
        'session.decrypt',
        { peer: 'p', ciphertext: b64(m3) },
        'DUPLICATE_MESSAGE',
        'replayed Message',
      );
    },
  },
  {
    id: 'client-session/identity-key-changed',
    title: 'A changed identity key is refused as IDENTITY_KEY_CHANGED and only an explicit trust replaces it',
    mode: 'client',
    capability: CAP,
    requirements: ['REQ-SESSION-015'],
    async run(ctx) {
      const me = await createIdentity(ctx);
      const first = new CasePeer(ctx);
      await driverSends(ctx, 'bob', first.bundle(), 'hello');
      const trusted = await driver(ctx).call<{ identityKey: string | null }>('identity.trusted', {
        peer: 'bob',
      });
      checkEqual(trusted.identityKey, b64(first.identity.publicKey.bytes), 'first use recorded the key');
      // "bob" now presents another identity key (a new install, or an attacker).
      const changed = new CasePeer(ctx);
      const changedBundle = changed.bundle();
      await expectDriverError(
        ctx,
        'session.initiate',
        { peer: 'bob', bundle: changedBundle },
        'IDENTITY_KEY_CHANGED',
        'bundle with another identity',
      );
      // The same through a PreKeyMessage that "bob" sends with the new key.
      const keys = await driver(ctx).call<DriverKeys>('keys.generate', { oneTime: 1, kem: 1 });
      changed.cipher.initiate('driver', bundleFromDriver(me.identityKey, keys, 0, 0));
      const pkm = changed.cipher.encrypt('driver', utf8('it is me'));
      await expectDriverError(
        ctx,
        'session.decrypt',
        { peer: 'bob', ciphertext: b64(pkm) },
        'IDENTITY_KEY_CHANGED',
        'PreKeyMessage with another identity',
      );
      const still = await driver(ctx).call<{ identityKey: string | null }>('identity.trusted', {
        peer: 'bob',
      });
      checkEqual(still.identityKey, b64(first.identity.publicKey.bytes), 'the recorded key was not replaced');
      // The user's explicit decision, and only it, replaces the key.
      await driver(ctx).call('identity.trust', {
        peer: 'bob',
        identityKey: b64(changed.identity.publicKey.bytes),
      });
      const got = await driver(ctx).call<{ plaintext: string }>('session.decrypt', {
        peer: 'bob',
        ciphertext: b64(pkm),
      });
      checkEqual(
        new TextDecoder().decode(unb64(got.plaintext)),
        'it is me',
        'accepted after the explicit trust',
      );
    },
  },
];
