/**
 * Independent recomputation: a selection of the session vectors is
 * recomputed here with direct calls to the noble primitives, following only
 * the steps of spec/session.md and spec/fingerprint.md, never through
 * reference/client. It proves that the text is enough to reproduce the
 * vectors byte for byte.
 */
import { readFileSync } from 'node:fs';
import { chacha20poly1305 } from '@noble/ciphers/chacha.js';
import { ed25519, x25519 } from '@noble/curves/ed25519.js';
import { hkdf } from '@noble/hashes/hkdf.js';
import { hmac } from '@noble/hashes/hmac.js';
import { sha256, sha512 } from '@noble/hashes/sha2.js';
import { ml_kem768 } from '@noble/post-quantum/ml-kem.js';
import t from 'tap';

type Json = Record<string, unknown>;
interface File {
  testGroups: { type: string; tests: Json[] }[];
}
const load = (area: string) => JSON.parse(readFileSync(`conformance/vectors/${area}.json`, 'utf8')) as File;
const tests = (f: File, type: string) => f.testGroups.find((g) => g.type === type)!.tests;
const byId = (f: File, id: number) => f.testGroups.flatMap((g) => g.tests).find((x) => x['tcId'] === id)!;
const h = (s: unknown) => Uint8Array.from(Buffer.from(String(s), 'hex'));
const hx = (b: Uint8Array) => Buffer.from(b).toString('hex');
const ascii = (s: string) => Uint8Array.from(Buffer.from(s, 'ascii'));
const cat = (...p: Uint8Array[]) => Uint8Array.from(Buffer.concat(p));
const u32 = (n: number) => Uint8Array.from([n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255]);

// spec/session.md §Labels and constants, typed from the table (hex column).
const PQXDH_INFO = h('44656654616c6b2d76315f5832353531395f5348412d3235365f4d4c2d4b454d2d373638');
const RATCHET_INFO = h('44656654616c6b2d76312072617463686574');
const MESSAGE_KEYS_INFO = h('44656654616c6b2d7631206d657373616765206b657973');
const F = new Uint8Array(32).fill(0xff);
const ZERO32 = new Uint8Array(32);

const kdfRk = (rk: Uint8Array, dh: Uint8Array) => {
  const okm = hkdf(sha256, dh, rk, RATCHET_INFO, 64);
  return [okm.slice(0, 32), okm.slice(32)] as const;
};
const kdfCk = (ck: Uint8Array) =>
  [hmac(sha256, ck, Uint8Array.of(1)), hmac(sha256, ck, Uint8Array.of(2))] as const;
const aead = (mk: Uint8Array, aad: Uint8Array) => {
  const okm = hkdf(sha256, mk, ZERO32, MESSAGE_KEYS_INFO, 44);
  return chacha20poly1305(okm.slice(0, 32), okm.slice(32, 44), aad);
};

t.test('kdf.json: PQXDH KDF, KDF_RK, KDF_CK and message encryption from the spec', async (tt) => {
  const f = load('kdf');
  for (const v of tests(f, 'PqxdhKdf')) {
    const km = cat(F, ...(v['dh'] as string[]).map(h), h(v['kemSharedSecret']));
    tt.equal(hx(hkdf(sha256, km, ZERO32, PQXDH_INFO, 32)), v['sharedKey'], `tcId ${v['tcId']}`);
  }
  for (const v of tests(f, 'RootKdf')) {
    const [rk, ck] = kdfRk(h(v['rootKey']), h(v['dhOutput']));
    tt.same([hx(rk), hx(ck)], [v['nextRootKey'], v['chainKey']], `tcId ${v['tcId']}`);
  }
  for (const v of tests(f, 'ChainKdf')) {
    const [mk, ck] = kdfCk(h(v['chainKey']));
    tt.same([hx(mk), hx(ck)], [v['messageKey'], v['nextChainKey']], `tcId ${v['tcId']}`);
  }
  for (const v of tests(f, 'MessageEncryption')) {
    const ct = aead(h(v['messageKey']), cat(h(v['associatedData']), h(v['header']))).encrypt(
      h(v['plaintext']),
    );
    tt.equal(hx(ct), v['ciphertext'], `tcId ${v['tcId']}`);
  }
  for (const v of tests(f, 'IdentityConversion')) {
    const seed = h(v['identitySeed']);
    const mont = ed25519.utils.toMontgomery(ed25519.getPublicKey(seed));
    tt.equal(hx(mont), v['montgomeryPublic']);
    const x = sha512(seed).slice(0, 32); // EdToX_sec: first 32 bytes of SHA-512(seed); X25519 clamps
    tt.equal(hx(x25519.getSharedSecret(x, h(v['peerPublic']))), v['sharedSecret'], `tcId ${v['tcId']}`);
  }
  for (const v of tests(f, 'PrekeySignature')) {
    const label = v['keyType'] === 'x25519' ? 'DefTalk-v1 signed prekey' : 'DefTalk-v1 signed kem prekey';
    const payload = cat(ascii(label), Uint8Array.of(0), h(v['publicKey']), u32(v['keyId'] as number));
    let ok = false;
    try {
      ok =
        h(v['signature']).length === 64 &&
        ed25519.verify(h(v['signature']), payload, h(v['identityKey']), { zip215: false });
    } catch {
      ok = false;
    }
    tt.equal(ok, v['result'] === 'valid', `tcId ${v['tcId']}: ${v['comment']}`);
    if (v['result'] === 'valid') tt.equal(hx(payload), v['payload']);
  }
});

t.test('handshake.json PqxdhInitiate: DH1..DH4, ML-KEM, SK, AD and the prefix from the spec', async (tt) => {
  const f = load('handshake');
  for (const v of tests(f, 'PqxdhInitiate').filter((x) => x['result'] === 'valid')) {
    const b = v['bundle'] as Json;
    const seedA = h(v['initiatorIdentitySeed']);
    const ikA = ed25519.getPublicKey(seedA);
    const ek = h(v['ephemeralSecret']);
    const spk = h(b['signedPreKey']);
    const dh = [
      x25519.getSharedSecret(sha512(seedA).slice(0, 32), spk),
      x25519.getSharedSecret(ek, ed25519.utils.toMontgomery(h(b['identityKey']))),
      x25519.getSharedSecret(ek, spk),
    ];
    if (b['oneTimePreKey'] !== undefined) dh.push(x25519.getSharedSecret(ek, h(b['oneTimePreKey'])));
    tt.same(dh.map(hx), v['dh'], `tcId ${v['tcId']} agreements`);
    const { cipherText, sharedSecret } = ml_kem768.encapsulate(h(b['kemPreKey']), h(v['kemRandomness']));
    tt.equal(hx(cipherText), v['kemCiphertext']);
    tt.equal(hx(hkdf(sha256, cat(F, ...dh, sharedSecret), ZERO32, PQXDH_INFO, 32)), v['sharedKey']);
    tt.equal(hx(cat(ikA, h(b['identityKey']))), v['associatedData']);
    const hasOpk = b['oneTimePreKeyId'] !== undefined;
    const prefix = cat(
      Uint8Array.of(2),
      ikA,
      x25519.getPublicKey(ek),
      u32(b['signedPreKeyId'] as number),
      u32(b['kemPreKeyId'] as number),
      Uint8Array.of(hasOpk ? 1 : 0),
      u32(hasOpk ? (b['oneTimePreKeyId'] as number) : 0),
      cipherText,
    );
    tt.equal(prefix.length, 1166);
    tt.equal(hx(prefix), v['preKeyPrefix'], `tcId ${v['tcId']} prefix`);
  }
});

t.test(
  'handshake.json PqxdhRespond tcId 10: the responder side and the first message from the spec',
  async (tt) => {
    const f = load('handshake');
    const v = byId(f, 10);
    tt.equal(v['comment'], 'PreKeyMessage with one-time prekey 100');
    const msg = h((v['deliveries'] as Json[])[0]!['message']);
    // §PreKeyMessage encoding offsets.
    const ikA = msg.slice(1, 33);
    const ekA = msg.slice(33, 65);
    tt.equal(msg[73], 1, 'opk present');
    const opkId = Buffer.from(msg.slice(74, 78)).readUInt32BE(0);
    const ct = msg.slice(78, 1166);
    const message = msg.slice(1166);
    const spkSecret = h((v['signedPreKeys'] as Json[])[0]!['secret']);
    const opkSecret = h((v['oneTimePreKeys'] as Json[]).find((k) => k['id'] === opkId)!['secret']);
    const seedB = h(v['responderIdentitySeed']);
    const { secretKey } = ml_kem768.keygen(h((v['kemPreKeys'] as Json[])[0]!['seed']));
    const dh = [
      x25519.getSharedSecret(spkSecret, ed25519.utils.toMontgomery(ikA)),
      x25519.getSharedSecret(sha512(seedB).slice(0, 32), ekA),
      x25519.getSharedSecret(spkSecret, ekA),
      x25519.getSharedSecret(opkSecret, ekA),
    ];
    const sk = hkdf(sha256, cat(F, ...dh, ml_kem768.decapsulate(ct, secretKey)), ZERO32, PQXDH_INFO, 32);
    const ad = cat(ikA, ed25519.getPublicKey(seedB));
    // §Initialization (responder) and §Receiving a message, steps 5-8, for N = 0.
    const header = message.slice(0, 41);
    tt.equal(header[0], 1);
    const [, ckr] = kdfRk(sk, x25519.getSharedSecret(spkSecret, header.slice(1, 33)));
    const [mk] = kdfCk(ckr);
    const pt = aead(mk, cat(ad, header)).decrypt(message.slice(41));
    tt.equal(hx(pt), v['plaintext']);
    tt.equal(Buffer.from(pt).toString(), 'hello bob');
  },
);

t.test('ratchet.json tcId 1: the first messages of a transcript from the spec', async (tt) => {
  const f = load('ratchet');
  const v = byId(f, 1);
  const steps = v['steps'] as Json[];
  const sk = h(v['sharedKey']);
  const ad = h(v['associatedData']);
  const bobSecret = h(v['responderRatchetSecret']);
  // Initiator initialization: DHs from the first draw, (RK, CKs) = KDF_RK(SK, DH(DHs, SPK_B)).
  const aliceDhs = h((v['initiatorRandom'] as string[])[0]);
  let [, cks] = kdfRk(sk, x25519.getSharedSecret(aliceDhs, x25519.getPublicKey(bobSecret)));
  for (let n = 0; n < 2; n++) {
    const step = steps[2 * n]!;
    tt.same([step['actor'], step['op']], ['initiator', 'encrypt']);
    const [mk, next] = kdfCk(cks);
    cks = next;
    const header = cat(Uint8Array.of(1), x25519.getPublicKey(aliceDhs), u32(0), u32(n));
    const ct = aead(mk, cat(ad, header)).encrypt(h(step['plaintext']));
    tt.equal(hx(cat(header, ct)), step['message'], `message ${n} byte for byte`);
  }
  // Responder: RK = SK, DHs = SPK; the first message triggers the DH ratchet step.
  const first = h(steps[0]!['message']);
  const [rk1, ckr] = kdfRk(sk, x25519.getSharedSecret(bobSecret, first.slice(1, 33)));
  const [mk0] = kdfCk(ckr);
  tt.equal(hx(aead(mk0, cat(ad, first.slice(0, 41))).decrypt(first.slice(41))), steps[1]!['plaintext']);
  // The responder's reply (step 4) uses its new ratchet key from its first draw.
  const bobNew = h((v['responderRandom'] as string[])[0]);
  const [, cksB] = kdfRk(rk1, x25519.getSharedSecret(bobNew, first.slice(1, 33)));
  const [mkB] = kdfCk(cksB);
  const replyStep = steps[4]!;
  tt.same([replyStep['actor'], replyStep['op']], ['responder', 'encrypt']);
  const header = cat(Uint8Array.of(1), x25519.getPublicKey(bobNew), u32(0), u32(0));
  tt.equal(
    hx(cat(header, aead(mkB, cat(ad, header)).encrypt(h(replyStep['plaintext'])))),
    replyStep['message'],
  );
});

t.test('fingerprint.json SafetyNumber: iterated SHA-512, digits and QR payload from the spec', async (tt) => {
  const f = load('fingerprint');
  const fp = (key: Uint8Array, id: Uint8Array) => {
    let x = cat(Uint8Array.of(0, 1), key, Uint8Array.of(id.length >> 8, id.length & 255), id);
    for (let i = 0; i < 5200; i++) x = sha512(cat(x, key));
    return x;
  };
  const digits = (x: Uint8Array) =>
    Array.from({ length: 6 }, (_, j) =>
      (BigInt(`0x${hx(x.slice(5 * j, 5 * j + 5))}`) % 100000n).toString().padStart(5, '0'),
    ).join('');
  for (const v of tests(f, 'SafetyNumber').slice(0, 2)) {
    const l = fp(h(v['localIdentityKey']), h(v['localStableId']));
    const r = fp(h(v['remoteIdentityKey']), h(v['remoteStableId']));
    tt.equal(hx(l), v['localFingerprint']);
    const [a, b] = [digits(l), digits(r)].sort();
    tt.equal(a! + b!, v['digits']);
    tt.equal((a! + b!).match(/.{5}/g)!.join(' '), v['display']);
    const [x, y] = [hx(l.slice(0, 32)), hx(r.slice(0, 32))].sort();
    tt.equal(`01${x}${y}`, v['scannable'], `tcId ${v['tcId']}`);
  }
});
