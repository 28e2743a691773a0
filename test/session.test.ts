/**
 * Unit tests of the session layer (spec/session.md): PQXDH + Double Ratchet
 * round trips through the SessionCipher API, out-of-order delivery, the
 * skipped-key bound, replay rejection, prekey reuse, session reset, trusted
 * identities, state serialization and redaction of secrets.
 */
import { inspect } from 'node:util';
import { sha256 } from '@noble/hashes/sha2.js';
import t from 'tap';
import {
  DhKeyPair,
  IdentityKeyPair,
  KemKeyPair,
  kemPrekeyPayload,
  MAX_SKIP,
  MemoryIdentityStore,
  MemoryPreKeyStore,
  MemorySessionStore,
  type PreKeyBundle,
  type RandomSource,
  SessionCipher,
  SessionState,
  signedPrekeyPayload,
} from '../reference/client/session/index.ts';
import { isDefTalkError } from '../reference/errors/index.ts';

const enc = (s: string) => new TextEncoder().encode(s);
const dec = (b: Uint8Array) => new TextDecoder().decode(b);

/** A seeded RandomSource: SHA-256 in counter mode over a label, so runs repeat exactly. */
function seeded(label: string): RandomSource {
  let counter = 0;
  return (n) => {
    const out = new Uint8Array(n);
    for (let o = 0; o < n; o += 32) {
      out.set(sha256(enc(`${label}:${counter++}`)).subarray(0, Math.min(32, n - o)), o);
    }
    return out;
  };
}

/** A tap test, as the callback of `t.test` receives it. */
type Asserts = Pick<typeof t, 'ok' | 'fail'>;

interface Party {
  name: string;
  identity: IdentityKeyPair;
  prekeys: MemoryPreKeyStore;
  identities: MemoryIdentityStore;
  sessions: MemorySessionStore;
  cipher: SessionCipher;
  bundle(opts?: { opkId?: number }): PreKeyBundle;
}

function party(name: string): Party {
  const random = seeded(name);
  const identity = IdentityKeyPair.generate(random);
  const prekeys = new MemoryPreKeyStore();
  const spk = DhKeyPair.generate(random);
  const kem = KemKeyPair.generate(random);
  prekeys.signed.set(1, spk);
  prekeys.kem.set(2, { keyPair: kem, oneTime: false });
  for (let i = 10; i < 14; i++) prekeys.oneTime.set(i, DhKeyPair.generate(random));
  const identities = new MemoryIdentityStore(identity);
  const sessions = new MemorySessionStore();
  const cipher = new SessionCipher({ identities, prekeys, sessions, random });
  return {
    name,
    identity,
    prekeys,
    identities,
    sessions,
    cipher,
    bundle(opts = {}) {
      const opk = opts.opkId === undefined ? undefined : prekeys.oneTime.get(opts.opkId);
      return {
        identityKey: identity.publicKey,
        signedPreKeyId: 1,
        signedPreKey: spk.publicKey,
        signedPreKeySignature: identity.sign(signedPrekeyPayload(spk.publicKey, 1)),
        kemPreKeyId: 2,
        kemPreKey: kem.publicKey,
        kemPreKeySignature: identity.sign(kemPrekeyPayload(kem.publicKey, 2)),
        oneTimePreKeyId: opts.opkId,
        oneTimePreKey: opk?.publicKey,
      };
    },
  };
}

function rejects(tt: Asserts, fn: () => unknown, name: string, msg: string): void {
  try {
    fn();
    tt.fail(`${msg}: expected ${name}`);
  } catch (e) {
    tt.ok(isDefTalkError(e, name as never), `${msg}: ${isDefTalkError(e) ? e.errorName : String(e)}`);
  }
}

t.test('round trip with one-time prekey, both directions, several ratchet steps', async (tt) => {
  const a = party('alice');
  const b = party('bob');
  a.cipher.initiate('bob', b.bundle({ opkId: 10 }));
  const m1 = a.cipher.encrypt('bob', enc('hello'));
  tt.equal(m1[0], 0x02, 'first message is a PreKeyMessage');
  tt.equal(dec(b.cipher.decrypt('alice', m1)), 'hello');
  tt.notOk(b.prekeys.oneTime.has(10), 'one-time prekey deleted after use');
  const m2 = a.cipher.encrypt('bob', enc('still prekey'));
  tt.equal(m2[0], 0x02, 'messages before the reply still carry the prefix');
  tt.equal(dec(b.cipher.decrypt('alice', m2)), 'still prekey');
  for (let round = 0; round < 3; round++) {
    const r = b.cipher.encrypt('alice', enc(`reply ${round}`));
    tt.equal(r[0], 0x01);
    tt.equal(dec(a.cipher.decrypt('bob', r)), `reply ${round}`);
    const s = a.cipher.encrypt('bob', enc(`again ${round}`));
    tt.equal(s[0], 0x01, 'after a reply, plain Messages');
    tt.equal(dec(b.cipher.decrypt('alice', s)), `again ${round}`);
  }
});

t.test('out-of-order delivery within the window, across a ratchet step', async (tt) => {
  const a = party('alice');
  const b = party('bob');
  a.cipher.initiate('bob', b.bundle());
  const first = a.cipher.encrypt('bob', enc('0'));
  tt.equal(dec(b.cipher.decrypt('alice', first)), '0');
  tt.equal(dec(a.cipher.decrypt('bob', b.cipher.encrypt('alice', enc('r')))), 'r');
  const batch1 = [1, 2, 3].map((i) => a.cipher.encrypt('bob', enc(`a${i}`)));
  tt.equal(dec(a.cipher.decrypt('bob', b.cipher.encrypt('alice', enc('r2')))), 'r2');
  const batch2 = [4, 5].map((i) => a.cipher.encrypt('bob', enc(`a${i}`)));
  // Deliver the new chain first, then the old chain backwards.
  tt.equal(dec(b.cipher.decrypt('alice', batch2[1]!)), 'a5');
  tt.equal(dec(b.cipher.decrypt('alice', batch1[2]!)), 'a3');
  tt.equal(dec(b.cipher.decrypt('alice', batch2[0]!)), 'a4');
  tt.equal(dec(b.cipher.decrypt('alice', batch1[0]!)), 'a1');
  tt.equal(dec(b.cipher.decrypt('alice', batch1[1]!)), 'a2');
  rejects(
    tt,
    () => b.cipher.decrypt('alice', batch1[1]!),
    'DUPLICATE_MESSAGE',
    'replay of a skipped-key message',
  );
  rejects(
    tt,
    () => b.cipher.decrypt('alice', batch2[1]!),
    'DUPLICATE_MESSAGE',
    'replay in the current chain',
  );
});

t.test(
  'skipped-key bound: MAX_SKIP passes, MAX_SKIP + 1 fails and leaves the state unchanged',
  async (tt) => {
    const a = party('alice');
    const b = party('bob');
    a.cipher.initiate('bob', b.bundle());
    tt.equal(dec(b.cipher.decrypt('alice', a.cipher.encrypt('bob', enc('0')))), '0');
    tt.equal(dec(a.cipher.decrypt('bob', b.cipher.encrypt('alice', enc('r')))), 'r');
    const msgs: Uint8Array[] = [];
    for (let i = 0; i < MAX_SKIP + 2; i++) msgs.push(a.cipher.encrypt('bob', enc(`m${i}`)));
    const before = b.sessions.get('alice');
    rejects(tt, () => b.cipher.decrypt('alice', msgs[MAX_SKIP + 1]!), 'TOO_MANY_SKIPPED', 'skip 1001');
    tt.same(b.sessions.get('alice'), before, 'state unchanged after refusal');
    tt.equal(dec(b.cipher.decrypt('alice', msgs[MAX_SKIP]!)), `m${MAX_SKIP}`, 'skip exactly MAX_SKIP');
    tt.equal(dec(b.cipher.decrypt('alice', msgs[0]!)), 'm0', 'skipped key used');
  },
);

t.test('tampering and truncation are refused without changing state', async (tt) => {
  const a = party('alice');
  const b = party('bob');
  a.cipher.initiate('bob', b.bundle());
  tt.equal(dec(b.cipher.decrypt('alice', a.cipher.encrypt('bob', enc('0')))), '0');
  const m = a.cipher.encrypt('bob', enc('x'));
  const headerFlip = m.slice();
  headerFlip[40]! ^= 0x01; // N changes: the AEAD AD covers the header
  rejects(tt, () => b.cipher.decrypt('alice', headerFlip), 'DECRYPTION_FAILED', 'tampered header');
  rejects(tt, () => b.cipher.decrypt('alice', m.slice(0, 50)), 'INVALID_SESSION_MESSAGE', 'truncated');
  const kind = m.slice();
  kind[0] = 0x07;
  rejects(tt, () => b.cipher.decrypt('alice', kind), 'INVALID_SESSION_MESSAGE', 'unknown kind');
  tt.equal(dec(b.cipher.decrypt('alice', m)), 'x', 'the genuine message still decrypts');
});

t.test('prekey errors: bad signature, reused and unknown one-time prekeys', async (tt) => {
  const a = party('alice');
  const b = party('bob');
  const bundle = b.bundle({ opkId: 11 });
  const badSig = { ...bundle, signedPreKeySignature: bundle.signedPreKeySignature.slice() };
  badSig.signedPreKeySignature[0]! ^= 1;
  rejects(tt, () => a.cipher.initiate('bob', badSig), 'BAD_SIGNATURE', 'signed prekey signature');
  const badKem = { ...bundle, kemPreKeyId: 3 }; // signature was over id 2
  rejects(tt, () => a.cipher.initiate('bob', badKem), 'BAD_SIGNATURE', 'kem prekey signature binds the id');
  a.cipher.initiate('bob', bundle);
  const m = a.cipher.encrypt('bob', enc('one'));
  tt.equal(dec(b.cipher.decrypt('alice', m)), 'one');
  // A third party replays the bundle use: Carol also names OPK 11.
  const c = party('carol');
  c.cipher.initiate('bob', bundle);
  rejects(
    tt,
    () => b.cipher.decrypt('carol', c.cipher.encrypt('bob', enc('two'))),
    'PREKEY_REUSED',
    'reused OPK',
  );
  const unknown = { ...bundle, oneTimePreKeyId: 99 };
  const d = party('dave');
  d.cipher.initiate('bob', unknown);
  rejects(
    tt,
    () => b.cipher.decrypt('dave', d.cipher.encrypt('bob', enc('3'))),
    'UNKNOWN_PREKEY',
    'unknown OPK',
  );
  rejects(tt, () => b.cipher.decrypt('erin', m.slice(1166)), 'NO_SESSION', 'Message without session');
});

t.test(
  'session reset: a new PreKeyMessage replaces the session; replays of the old one are refused',
  async (tt) => {
    const a = party('alice');
    const b = party('bob');
    a.cipher.initiate('bob', b.bundle());
    const old = a.cipher.encrypt('bob', enc('old'));
    tt.equal(dec(b.cipher.decrypt('alice', old)), 'old');
    a.cipher.initiate('bob', b.bundle({ opkId: 12 }));
    const fresh = a.cipher.encrypt('bob', enc('new'));
    tt.equal(dec(b.cipher.decrypt('alice', fresh)), 'new', 'new session accepted');
    rejects(tt, () => b.cipher.decrypt('alice', old), 'DUPLICATE_MESSAGE', 'replayed old PreKeyMessage');
    rejects(
      tt,
      () => b.cipher.decrypt('alice', fresh),
      'DUPLICATE_MESSAGE',
      'replayed current PreKeyMessage',
    );
    tt.equal(dec(a.cipher.decrypt('bob', b.cipher.encrypt('alice', enc('ok')))), 'ok');
  },
);

t.test('identity key change is detected on both sides and needs explicit trust', async (tt) => {
  const a = party('alice');
  const b = party('bob');
  a.cipher.initiate('bob', b.bundle());
  tt.equal(dec(b.cipher.decrypt('alice', a.cipher.encrypt('bob', enc('hi')))), 'hi');
  // Bob reinstalls with a new identity key (a new account key pair under the same account name).
  const b2 = party('bob-reinstalled');
  rejects(tt, () => a.cipher.initiate('bob', b2.bundle()), 'IDENTITY_KEY_CHANGED', 'initiator side');
  tt.ok(a.identities.getTrusted('bob')!.equals(b.identity.publicKey), 'trusted key left unchanged');
  a.cipher.trustIdentity('bob', b2.identity.publicKey);
  a.cipher.initiate('bob', b2.bundle());
  // Alice reinstalls: Bob sees a PreKeyMessage under a new identity from 'alice'.
  const a2 = party('alice-reinstalled');
  a2.cipher.initiate('bob', b.bundle());
  const pk = a2.cipher.encrypt('bob', enc('me again'));
  rejects(tt, () => b.cipher.decrypt('alice', pk), 'IDENTITY_KEY_CHANGED', 'responder side');
  b.cipher.trustIdentity('alice', a2.identity.publicKey);
  tt.equal(dec(b.cipher.decrypt('alice', pk)), 'me again', 'accepted after explicit trust');
});

t.test('state serialization round trip and version check', async (tt) => {
  const a = party('alice');
  const b = party('bob');
  a.cipher.initiate('bob', b.bundle());
  tt.equal(dec(b.cipher.decrypt('alice', a.cipher.encrypt('bob', enc('0')))), '0');
  const skippedMsg = a.cipher.encrypt('bob', enc('skipped'));
  tt.equal(dec(b.cipher.decrypt('alice', a.cipher.encrypt('bob', enc('2')))), '2');
  const bytes = b.sessions.get('alice')!;
  const state = SessionState.deserialize(bytes);
  tt.same(state.serialize(), bytes, 'serialize(deserialize(x)) == x');
  tt.equal(state.skippedKeyCount, 1);
  tt.equal(
    dec(state.decrypt(skippedMsg.slice(1166))),
    'skipped',
    'restored state decrypts a skipped message',
  );
  const v2 = bytes.slice();
  v2[0] = 2;
  rejects(tt, () => SessionState.deserialize(v2), 'INVALID_SESSION_STATE', 'unknown version');
  rejects(
    tt,
    () => SessionState.deserialize(bytes.slice(0, bytes.length - 1)),
    'INVALID_SESSION_STATE',
    'truncated',
  );
});

t.test('secrets never print', async (tt) => {
  const a = party('alice');
  const b = party('bob');
  a.cipher.initiate('bob', b.bundle());
  const state = SessionState.deserialize(a.sessions.get('bob')!);
  const seed = a.identity.exposeSeed();
  const hex = Buffer.from(seed).toString('hex');
  const spk = b.prekeys.signed.get(1)!;
  const spkHex = Buffer.from(spk.exposeSecret()).toString('hex');
  const printed = [
    inspect(a.identity),
    inspect(spk),
    inspect(state),
    inspect({ nested: [a.identity, spk, state] }, { depth: 5 }),
    JSON.stringify({ identity: a.identity, spk, state }),
    String(a.identity),
    `${spk}`,
  ];
  tt.matchSnapshot(printed.join('\n'), 'redacted renderings');
  for (const p of printed) {
    tt.notOk(p.includes(hex), 'identity seed absent');
    tt.notOk(p.includes(spkHex), 'prekey secret absent');
    tt.ok(p.includes('[REDACTED]'));
  }
  tt.match(inspect(a.identity.publicKey), /IdentityKey\([0-9a-f]{64}\)/, 'public keys do print');
});
