/**
 * @module
 * Generates the session test vectors conformance/vectors/{kdf,handshake,
 * ratchet,fingerprint}.json (conformance/vectors/README.md) deterministically:
 * every secret is SHA-256 or SHA-512 of a fixed label, every random draw is
 * given in the vector, so a run always writes the same bytes. `--check`
 * compares instead of writing and fails when a file is stale.
 */
import { readFileSync } from 'node:fs';
import { ed25519 } from '@noble/curves/ed25519.js';
import { sha256, sha512 } from '@noble/hashes/sha2.js';
import { fill, hex, queuedRandom, type TestType } from '../conformance/vectors/_sessionVectors.ts';
import type { VectorFile, VectorGroup, VectorTest } from '../conformance/vectors/area.ts';
import { FINGERPRINT_TYPES } from '../conformance/vectors/fingerprint.ts';
import { type BundleJson, bundleFromJson, HANDSHAKE_TYPES } from '../conformance/vectors/handshake.ts';
import { KDF_TYPES } from '../conformance/vectors/kdf.ts';
import {
  type Actor,
  RATCHET_TYPES,
  type StepJson,
  transcriptParties,
} from '../conformance/vectors/ratchet.ts';
import {
  DhKeyPair,
  IdentityKeyPair,
  KemKeyPair,
  kemPrekeyPayload,
  MAX_SKIP,
  MemoryIdentityStore,
  MemoryPreKeyStore,
  MemorySessionStore,
  SessionCipher,
  signedPrekeyPayload,
} from '../reference/client/session/index.ts';
import { report, writeOrCheck } from './lib/generated.ts';

const enc = (s: string) => new TextEncoder().encode(s);
/** 32 bytes of a label: SHA-256("deftalk-vectors/" || label). */
const s32 = (label: string) => sha256(enc(`deftalk-vectors/${label}`));
/** 64 bytes of a label: SHA-512("deftalk-vectors/" || label). */
const s64 = (label: string) => sha512(enc(`deftalk-vectors/${label}`));
const text = (s: string) => hex(enc(s));
const flip = (h: string, byte: number, bit = 1) => {
  const b = Buffer.from(h, 'hex');
  b[byte]! ^= bit;
  return b.toString('hex');
};

const VERSION = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;

// ---- fixed test parties -------------------------------------------------

const alice = IdentityKeyPair.fromSeed(s32('alice identity'));
const bob = IdentityKeyPair.fromSeed(s32('bob identity'));
const carol = IdentityKeyPair.fromSeed(s32('carol identity'));
const bobSpk = DhKeyPair.fromSecret(s32('bob signed prekey 1'));
const bobKem = KemKeyPair.fromSeed(s64('bob kem prekey 7'));
const bobOpk = (id: number) => DhKeyPair.fromSecret(s32(`bob one-time prekey ${id}`));
const SPK_ID = 1;
const KEM_ID = 7;

/** An Ed25519 identity encoding of small order (the neutral element, y = 1). */
const SMALL_ORDER_ED = `01${'00'.repeat(31)}`;
/** X25519 u-coordinates whose agreement is all zero (RFC 7748 §6.1 low-order points and non-canonical forms). */
const LOW_ORDER_X = [
  ['zero', '00'.repeat(32)],
  ['one (order 1)', `01${'00'.repeat(31)}`],
  ['order 8, first', 'e0eb7a7c3b41b8ae1656e3faf19fc46ada098deb9c32b1fd866205165f49b800'],
  ['order 8, second', '5f9c95bca3508c24b1d0b1559c83ef5b04445cc4581c8e86d8224eddd09f1157'],
  ['p - 1 (order 2)', `ec${'ff'.repeat(30)}7f`],
  ['p (non-canonical zero)', `ed${'ff'.repeat(30)}7f`],
  ['p + 1 (non-canonical one)', `ee${'ff'.repeat(30)}7f`],
] as const;

function bundleJson(
  opts: { opkId?: number; spkId?: number; kemId?: number; identity?: IdentityKeyPair } = {},
): BundleJson {
  const id = opts.identity ?? bob;
  const spkId = opts.spkId ?? SPK_ID;
  const kemId = opts.kemId ?? KEM_ID;
  const b: BundleJson = {
    identityKey: hex(id.publicKey.bytes),
    signedPreKeyId: spkId,
    signedPreKey: hex(bobSpk.publicKey.bytes),
    signedPreKeySignature: hex(id.sign(signedPrekeyPayload(bobSpk.publicKey, spkId))),
    kemPreKeyId: kemId,
    kemPreKey: hex(bobKem.publicKey.bytes),
    kemPreKeySignature: hex(id.sign(kemPrekeyPayload(bobKem.publicKey, kemId))),
  };
  if (opts.opkId !== undefined) {
    b.oneTimePreKeyId = opts.opkId;
    b.oneTimePreKey = hex(bobOpk(opts.opkId).publicKey.bytes);
  }
  return b;
}

// ---- building files -----------------------------------------------------

interface Draft {
  comment: string;
  result: VectorTest['result'];
  flags: string[];
  requirements?: string[];
  [k: string]: unknown;
}

function makeFile(
  area: string,
  types: Readonly<Record<string, TestType>>,
  header: string[],
  notes: Record<string, string>,
  requirements: string[],
  groups: { type: string; params?: Record<string, unknown>; tests: Draft[] }[],
): string {
  let tcId = 0;
  const testGroups: VectorGroup[] = groups.map((g) => {
    const group: VectorGroup = { type: g.type, ...(g.params ?? {}), tests: [] };
    group.tests = g.tests.map((d) => fill(types, group, { tcId: ++tcId, ...d } as VectorTest));
    return group;
  });
  for (const g of testGroups)
    for (const t of g.tests) for (const f of t.flags) if (!notes[f]) throw new Error(`flag ${f} has no note`);
  const file: VectorFile = {
    area,
    schema: 'vectors.schema.json',
    generatorVersion: VERSION,
    header,
    notes,
    requirements,
    numberOfTests: tcId,
    testGroups,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

// ---- kdf.json -----------------------------------------------------------

function kdfFile(): string {
  const sigTest = (
    comment: string,
    flags: string[],
    result: 'valid' | 'invalid',
    keyType: 'x25519' | 'ml-kem-768',
    keyId: number,
    signature: string,
    signer = bob,
  ): Draft => ({
    comment,
    result,
    flags,
    identityKey: hex(signer.publicKey.bytes),
    keyType,
    keyId,
    publicKey: hex(keyType === 'x25519' ? bobSpk.publicKey.bytes : bobKem.publicKey.bytes),
    signature,
    ...(result === 'invalid' ? { error: 'BAD_SIGNATURE' } : {}),
  });
  const spkSig = hex(bob.sign(signedPrekeyPayload(bobSpk.publicKey, SPK_ID)));
  const kemSig = hex(bob.sign(kemPrekeyPayload(bobKem.publicKey, KEM_ID)));
  // S + L: the same signature with a non-reduced scalar (RFC 8032 §5.1.7 requires S < L).
  const malleated = (() => {
    const sig = Buffer.from(spkSig, 'hex');
    const L = ed25519.Point.Fn.ORDER;
    let s = 0n;
    for (let i = 31; i >= 0; i--) s = (s << 8n) | BigInt(sig[32 + i]!);
    s += L;
    for (let i = 0; i < 32; i++) {
      sig[32 + i] = Number(s & 0xffn);
      s >>= 8n;
    }
    return sig.toString('hex');
  })();
  const noSeparator = hex(
    bob.sign(
      Uint8Array.from([...enc('DefTalk-v1 signed prekey'), ...bobSpk.publicKey.bytes, 0, 0, 0, SPK_ID]),
    ),
  );
  const mk = (label: string) => hex(s32(label));
  const ad = hex(Uint8Array.from([...alice.publicKey.bytes, ...bob.publicKey.bytes]));
  const header = `01${hex(bobSpk.publicKey.bytes)}0000000000000003`;
  const ciphertextFor = (messageKey: string, plaintext: string) =>
    fill(KDF_TYPES, { type: 'MessageEncryption', tests: [] }, {
      tcId: 0,
      comment: '',
      result: 'valid',
      flags: [],
      messageKey,
      associatedData: ad,
      header,
      plaintext,
    } as VectorTest)['ciphertext'] as string;
  const ct = ciphertextFor(mk('message key 1'), text('attack at dawn'));
  return makeFile(
    'kdf',
    KDF_TYPES,
    [
      'Key derivations and compositions of spec/session.md checked one at a time:',
      'identity key conversion (§Notation), X25519 agreement checks (§Diffie-Hellman), prekey signature payloads',
      '(§Signed prekey payloads), the PQXDH KDF (§PQXDH key derivation), KDF_RK, KDF_CK and message encryption.',
      'All byte strings are lower-case hex. Generated by scripts/gen-vectors-session.ts.',
    ],
    {
      Normal: 'An ordinary computation; the outputs must match byte for byte.',
      NoOneTimePrekey: 'The PQXDH key material without DH4 (no one-time prekey was available).',
      LowOrderPoint:
        'The peer X25519 key is a low-order point (or a non-canonical encoding of one); the agreement is all zero and MUST be refused (REQ-SESSION-005).',
      WrongLength: 'A key of the wrong length MUST be refused with INVALID_KEY.',
      ModifiedSignature: 'One bit of the signature was flipped.',
      WrongKeyId: 'The signature is valid for another key id: the id is part of the signed payload.',
      WrongSigner: 'The signature was made by another identity key.',
      MissingSeparator: 'The signature covers the label without its 0x00 separator.',
      SignatureMalleability:
        'The scalar S was replaced by S + L; RFC 8032 §5.1.7 verification refuses S >= L.',
      TruncatedSignature: 'The signature is 63 bytes.',
      ModifiedCiphertext: 'One bit of the AEAD ciphertext or tag was flipped; decryption MUST fail.',
      ModifiedAssociatedData: 'The header (part of the AEAD associated data) was changed.',
      EmptyPlaintext: 'An empty plaintext: the ciphertext is the 16-byte tag alone.',
    },
    ['REQ-SESSION-002'],
    [
      {
        type: 'IdentityConversion',
        tests: ['alice', 'bob', 'carol'].map((n) => ({
          comment: `${n}'s identity key in X25519 form, agreed with a fixed X25519 key`,
          result: 'valid',
          flags: ['Normal'],
          requirements: ['REQ-SESSION-003'],
          identitySeed: hex(s32(`${n} identity`)),
          peerSecret: hex(s32(`${n} conversion peer`)),
        })),
      },
      {
        type: 'X25519Agreement',
        tests: [
          {
            comment: 'ordinary agreement',
            result: 'valid',
            flags: ['Normal'],
            secret: mk('x25519 a'),
            peerPublic: hex(DhKeyPair.fromSecret(s32('x25519 b')).publicKey.bytes),
          },
          ...LOW_ORDER_X.map(([name, u]) => ({
            comment: `peer key ${name}`,
            result: 'invalid' as const,
            flags: ['LowOrderPoint'],
            requirements: ['REQ-SESSION-005'],
            secret: mk('x25519 a'),
            peerPublic: u,
            error: 'INVALID_KEY',
          })),
          {
            comment: 'peer key of 31 bytes',
            result: 'invalid',
            flags: ['WrongLength'],
            requirements: ['REQ-SESSION-005'],
            secret: mk('x25519 a'),
            peerPublic: '09'.repeat(31),
            error: 'INVALID_KEY',
          },
        ],
      },
      {
        type: 'PrekeySignature',
        tests: [
          {
            ...sigTest('signed prekey, valid signature', ['Normal'], 'valid', 'x25519', SPK_ID, spkSig),
            requirements: ['REQ-SESSION-001'],
          },
          {
            ...sigTest('ML-KEM prekey, valid signature', ['Normal'], 'valid', 'ml-kem-768', KEM_ID, kemSig),
            requirements: ['REQ-SESSION-001'],
          },
          {
            ...sigTest(
              'signed prekey, flipped signature bit',
              ['ModifiedSignature'],
              'invalid',
              'x25519',
              SPK_ID,
              flip(spkSig, 5),
            ),
            requirements: ['REQ-SESSION-001'],
          },
          {
            ...sigTest(
              'ML-KEM prekey, flipped signature bit',
              ['ModifiedSignature'],
              'invalid',
              'ml-kem-768',
              KEM_ID,
              flip(kemSig, 40),
            ),
            requirements: ['REQ-SESSION-001'],
          },
          {
            ...sigTest(
              'signed prekey, signature for key id 2 presented with id 1',
              ['WrongKeyId'],
              'invalid',
              'x25519',
              SPK_ID,
              hex(bob.sign(signedPrekeyPayload(bobSpk.publicKey, 2))),
            ),
            requirements: ['REQ-SESSION-001'],
          },
          {
            ...sigTest(
              'ML-KEM prekey, signature for id 8 presented with id 7',
              ['WrongKeyId'],
              'invalid',
              'ml-kem-768',
              KEM_ID,
              hex(bob.sign(kemPrekeyPayload(bobKem.publicKey, 8))),
            ),
            requirements: ['REQ-SESSION-001'],
          },
          {
            ...sigTest(
              'signed prekey signed by another identity',
              ['WrongSigner'],
              'invalid',
              'x25519',
              SPK_ID,
              hex(carol.sign(signedPrekeyPayload(bobSpk.publicKey, SPK_ID))),
            ),
            requirements: ['REQ-SESSION-001'],
          },
          {
            ...sigTest(
              'signature over the payload without the 0x00 separator',
              ['MissingSeparator'],
              'invalid',
              'x25519',
              SPK_ID,
              noSeparator,
            ),
            requirements: ['REQ-SESSION-001'],
          },
          {
            ...sigTest(
              'S + L instead of S',
              ['SignatureMalleability'],
              'invalid',
              'x25519',
              SPK_ID,
              malleated,
            ),
            requirements: ['REQ-SESSION-001'],
          },
          {
            ...sigTest(
              '63-byte signature',
              ['TruncatedSignature'],
              'invalid',
              'x25519',
              SPK_ID,
              spkSig.slice(0, 126),
            ),
            requirements: ['REQ-SESSION-001'],
          },
        ],
      },
      {
        type: 'PqxdhKdf',
        tests: [
          {
            comment: 'four agreements and the KEM secret',
            result: 'valid',
            flags: ['Normal'],
            dh: [1, 2, 3, 4].map((i) => mk(`kdf dh${i}`)),
            kemSharedSecret: mk('kdf ss'),
          },
          {
            comment: 'three agreements and the KEM secret',
            result: 'valid',
            flags: ['NoOneTimePrekey'],
            dh: [1, 2, 3].map((i) => mk(`kdf dh${i}`)),
            kemSharedSecret: mk('kdf ss'),
          },
        ],
      },
      {
        type: 'RootKdf',
        tests: [1, 2].map((i) => ({
          comment: `root key step ${i}`,
          result: 'valid',
          flags: ['Normal'],
          rootKey: mk(`root ${i}`),
          dhOutput: mk(`root dh ${i}`),
        })),
      },
      {
        type: 'ChainKdf',
        tests: [1, 2].map((i) => ({
          comment: `chain key step ${i}`,
          result: 'valid',
          flags: ['Normal'],
          chainKey: mk(`chain ${i}`),
        })),
      },
      {
        type: 'MessageEncryption',
        tests: [
          {
            comment: 'a short plaintext',
            result: 'valid',
            flags: ['Normal'],
            messageKey: mk('message key 1'),
            associatedData: ad,
            header,
            plaintext: text('attack at dawn'),
          },
          {
            comment: 'an empty plaintext',
            result: 'valid',
            flags: ['EmptyPlaintext'],
            messageKey: mk('message key 2'),
            associatedData: ad,
            header,
            plaintext: '',
          },
        ],
      },
      {
        type: 'MessageDecryption',
        tests: [
          {
            comment: 'genuine ciphertext',
            result: 'valid',
            flags: ['Normal'],
            requirements: ['REQ-SESSION-011'],
            messageKey: mk('message key 1'),
            associatedData: ad,
            header,
            ciphertext: ct,
          },
          {
            comment: 'flipped ciphertext bit',
            result: 'invalid',
            flags: ['ModifiedCiphertext'],
            requirements: ['REQ-SESSION-011'],
            messageKey: mk('message key 1'),
            associatedData: ad,
            header,
            ciphertext: flip(ct, 0),
            error: 'DECRYPTION_FAILED',
          },
          {
            comment: 'flipped tag bit',
            result: 'invalid',
            flags: ['ModifiedCiphertext'],
            requirements: ['REQ-SESSION-011'],
            messageKey: mk('message key 1'),
            associatedData: ad,
            header,
            ciphertext: flip(ct, ct.length / 2 - 1),
            error: 'DECRYPTION_FAILED',
          },
          {
            comment: 'header N changed from 3 to 2',
            result: 'invalid',
            flags: ['ModifiedAssociatedData'],
            requirements: ['REQ-SESSION-011'],
            messageKey: mk('message key 1'),
            associatedData: ad,
            header: flip(header, 40),
            ciphertext: ct,
            error: 'DECRYPTION_FAILED',
          },
          {
            comment: 'ciphertext without its last byte',
            result: 'invalid',
            flags: ['ModifiedCiphertext'],
            requirements: ['REQ-SESSION-011'],
            messageKey: mk('message key 1'),
            associatedData: ad,
            header,
            ciphertext: ct.slice(0, -2),
            error: 'DECRYPTION_FAILED',
          },
        ],
      },
    ],
  );
}

// ---- handshake.json -----------------------------------------------------

/** A live initiator whose random draws are fixed labels. */
function initiator(identity: IdentityKeyPair, label: string) {
  const draws = [s32(`${label} ephemeral`), s32(`${label} kem randomness`), s32(`${label} ratchet 0`)];
  const identities = new MemoryIdentityStore(identity);
  const cipher = new SessionCipher({
    identities,
    prekeys: new MemoryPreKeyStore(),
    sessions: new MemorySessionStore(),
    random: queuedRandom([...draws, ...draws.map((_, i) => s32(`${label} reset ${i}`))]),
  });
  return cipher;
}

function handshakeFile(): string {
  const initTest = (
    comment: string,
    flags: string[],
    result: 'valid' | 'invalid',
    bundle: BundleJson,
    extra: Record<string, unknown> = {},
  ): Draft => ({
    comment,
    result,
    flags,
    initiatorIdentitySeed: hex(alice.exposeSeed()),
    ephemeralSecret: hex(s32('alice ephemeral')),
    kemRandomness: hex(s32('alice kem randomness')),
    bundle,
    ...extra,
  });
  const withOpk = bundleJson({ opkId: 100 });
  const lowOrderSpk = (() => {
    const b = bundleJson();
    const u = LOW_ORDER_X[2][1];
    b.signedPreKey = u;
    b.signedPreKeySignature = hex(
      bob.sign(
        Uint8Array.from([...enc('DefTalk-v1 signed prekey'), 0, ...Buffer.from(u, 'hex'), 0, 0, 0, SPK_ID]),
      ),
    );
    return b;
  })();

  // Responder side: messages from live initiators.
  const respondBase = {
    responderIdentitySeed: hex(bob.exposeSeed()),
    signedPreKeys: [{ id: SPK_ID, secret: hex(bobSpk.exposeSecret()) }],
    kemPreKeys: [{ id: KEM_ID, seed: hex(bobKem.exposeSeed()), oneTime: false }],
    oneTimePreKeys: [100, 101].map((id) => ({ id, secret: hex(bobOpk(id).exposeSecret()) })),
    responderRandom: [0, 1, 2, 3].map((i) => hex(s32(`bob ratchet ${i}`))),
  };
  const send = (cipher: SessionCipher, bundle: BundleJson | undefined, texts: string[]) => {
    if (bundle) cipher.initiate('bob', bundleFromJson(bundle));
    return texts.map((t) => ({ plaintext: text(t), message: hex(cipher.encrypt('bob', enc(t))) }));
  };
  const a1 = initiator(alice, 'alice');
  const [m100a, m100b] = send(a1, withOpk, ['hello bob', 'second before any reply']);
  const a2 = initiator(alice, 'alice-noopk');
  const [mNoOpk] = send(a2, bundleJson(), ['no one-time prekey']);
  const c1 = initiator(carol, 'carol');
  const [c100] = send(c1, withOpk, ['carol reuses 100']);
  const a3 = initiator(alice, 'alice-unknown');
  const unknownOpk = bundleJson({ opkId: 555 });
  const [mUnknownOpk] = send(a3, unknownOpk, ['names opk 555']);
  const a4 = initiator(alice, 'alice-reset');
  const [s1] = send(a4, bundleJson({ opkId: 101 }), ['session one']);
  const [s2] = send(a4, bundleJson(), ['session two after reset']);
  const kemOneTime = {
    ...respondBase,
    kemPreKeys: [{ id: KEM_ID, seed: hex(bobKem.exposeSeed()), oneTime: true }],
  };
  const d = (peer: string, m: { plaintext: string; message: string }) => ({ peer, ...m });
  const respond = (
    comment: string,
    flags: string[],
    result: 'valid' | 'invalid',
    deliveries: unknown[],
    extra: Record<string, unknown> = {},
    reqs: string[] = [],
  ): Draft => ({
    comment,
    result,
    flags,
    ...(reqs.length ? { requirements: reqs } : {}),
    ...respondBase,
    deliveries,
    ...extra,
  });
  const ctOffset = 78; // byte offset of CT in a PreKeyMessage
  return makeFile(
    'handshake',
    HANDSHAKE_TYPES,
    [
      'The PQXDH handshake of spec/session.md from both sides.',
      'PqxdhInitiate: the initiator secrets, its two random draws and the bundle give DH1..DH4, the ML-KEM ciphertext and secret, SK, AD and the PreKeyMessage prefix.',
      'PqxdhRespond: the responder private prekeys, its ratchet random draws and a sequence of PreKeyMessages; every delivery but the last must decrypt to its plaintext, the last decides the verdict.',
      'Generated by scripts/gen-vectors-session.ts.',
    ],
    {
      Normal: 'An ordinary handshake.',
      NoOneTimePrekey: 'The bundle has no one-time prekey: three agreements.',
      ModifiedSignature:
        'A prekey signature does not verify; the initiator MUST refuse the bundle (REQ-SESSION-001).',
      LowOrderPoint: 'A signed prekey that is a low-order X25519 point: DH1 is all zero (REQ-SESSION-005).',
      SmallOrderIdentity: 'An identity key of small order (REQ-SESSION-005).',
      WrongLength: 'A key or field of the wrong length.',
      IdentityKeyChanged:
        'The identity key differs from the trusted one: IDENTITY_KEY_CHANGED, never a silent accept (REQ-SESSION-015).',
      TrustedIdentity: 'A trusted identity is recorded and matches.',
      PrekeyReused: 'A one-time prekey (X25519 or ML-KEM) already consumed is named again (REQ-SESSION-008).',
      UnknownPrekey: 'A prekey id the responder never issued (REQ-SESSION-008).',
      TruncatedCiphertext: 'The PreKeyMessage ends inside the ML-KEM ciphertext (REQ-SESSION-007).',
      ModifiedCiphertext:
        'A bit of the ML-KEM ciphertext flipped: implicit rejection gives another secret and the first message fails to authenticate (REQ-SESSION-009).',
      MalformedField: 'A field outside its allowed values (REQ-SESSION-007).',
      RepeatedPrekeyMessage: 'More PreKeyMessages of one session before any reply (REQ-SESSION-012).',
      Replay: 'A PreKeyMessage delivered again (REQ-SESSION-013).',
      SessionReset: 'A new PreKeyMessage from the same peer replaces the session (REQ-SESSION-016).',
    },
    ['REQ-SESSION-004', 'REQ-SESSION-006'],
    [
      {
        type: 'PqxdhInitiate',
        tests: [
          initTest('bundle with a one-time prekey', ['Normal'], 'valid', withOpk),
          initTest('bundle without a one-time prekey', ['NoOneTimePrekey'], 'valid', bundleJson()),
          initTest('trusted identity recorded and equal', ['TrustedIdentity'], 'valid', withOpk, {
            trustedIdentity: hex(bob.publicKey.bytes),
            requirements: ['REQ-SESSION-015'],
          }),
          initTest(
            'signed prekey signature flipped',
            ['ModifiedSignature'],
            'invalid',
            { ...withOpk, signedPreKeySignature: flip(withOpk.signedPreKeySignature, 10) },
            { error: 'BAD_SIGNATURE', requirements: ['REQ-SESSION-001'] },
          ),
          initTest(
            'ML-KEM prekey signature made for another id',
            ['ModifiedSignature'],
            'invalid',
            { ...withOpk, kemPreKeyId: 8 },
            { error: 'BAD_SIGNATURE', requirements: ['REQ-SESSION-001'] },
          ),
          initTest(
            'signed prekey is a low-order point (validly signed)',
            ['LowOrderPoint'],
            'invalid',
            lowOrderSpk,
            { error: 'INVALID_KEY', requirements: ['REQ-SESSION-005'] },
          ),
          initTest(
            'bundle identity key of small order',
            ['SmallOrderIdentity'],
            'invalid',
            { ...withOpk, identityKey: SMALL_ORDER_ED },
            { error: 'INVALID_KEY', requirements: ['REQ-SESSION-005'] },
          ),
          initTest(
            'ML-KEM prekey of 1183 bytes',
            ['WrongLength'],
            'invalid',
            { ...withOpk, kemPreKey: withOpk.kemPreKey.slice(0, -2) },
            { error: 'INVALID_KEY', requirements: ['REQ-SESSION-005'] },
          ),
          initTest(
            'bundle identity differs from the trusted one',
            ['IdentityKeyChanged'],
            'invalid',
            withOpk,
            {
              trustedIdentity: hex(carol.publicKey.bytes),
              error: 'IDENTITY_KEY_CHANGED',
              requirements: ['REQ-SESSION-015'],
            },
          ),
        ],
      },
      {
        type: 'PqxdhRespond',
        tests: [
          respond('PreKeyMessage with one-time prekey 100', ['Normal'], 'valid', [d('alice', m100a!)], {}, [
            'REQ-SESSION-009',
          ]),
          respond(
            'PreKeyMessage without a one-time prekey',
            ['NoOneTimePrekey'],
            'valid',
            [d('alice', mNoOpk!)],
            {},
            ['REQ-SESSION-009'],
          ),
          respond(
            'two PreKeyMessages of one session before a reply',
            ['RepeatedPrekeyMessage'],
            'valid',
            [d('alice', m100a!), d('alice', m100b!)],
            {},
            ['REQ-SESSION-012'],
          ),
          respond(
            'trusted identity recorded and equal',
            ['TrustedIdentity'],
            'valid',
            [d('alice', m100a!)],
            { trustedIdentities: { alice: hex(alice.publicKey.bytes) } },
            ['REQ-SESSION-015'],
          ),
          respond(
            'a new PreKeyMessage from the same peer replaces the session',
            ['SessionReset'],
            'valid',
            [d('alice', s1!), d('alice', s2!)],
            {},
            ['REQ-SESSION-016'],
          ),
          respond(
            'one-time prekey 100 recorded as consumed',
            ['PrekeyReused'],
            'invalid',
            [d('alice', m100a!)],
            {
              oneTimePreKeys: [{ id: 101, secret: hex(bobOpk(101).exposeSecret()) }],
              consumedOneTimePreKeyIds: [100],
              error: 'PREKEY_REUSED',
            },
            ['REQ-SESSION-008'],
          ),
          respond(
            'a second initiator names the one-time prekey the first consumed',
            ['PrekeyReused'],
            'invalid',
            [d('alice', m100a!), d('carol', c100!)],
            { error: 'PREKEY_REUSED' },
            ['REQ-SESSION-008'],
          ),
          respond(
            'a one-time ML-KEM prekey named twice',
            ['PrekeyReused'],
            'invalid',
            [d('alice', mNoOpk!), d('carol', c100!)],
            { ...kemOneTime, error: 'PREKEY_REUSED' },
            ['REQ-SESSION-008'],
          ),
          respond(
            'signed prekey id unknown to the responder',
            ['UnknownPrekey'],
            'invalid',
            [d('alice', m100a!)],
            { signedPreKeys: [], error: 'UNKNOWN_PREKEY' },
            ['REQ-SESSION-008'],
          ),
          respond(
            'ML-KEM prekey id unknown to the responder',
            ['UnknownPrekey'],
            'invalid',
            [d('alice', m100a!)],
            { kemPreKeys: [], error: 'UNKNOWN_PREKEY' },
            ['REQ-SESSION-008'],
          ),
          respond(
            'one-time prekey 555 never issued',
            ['UnknownPrekey'],
            'invalid',
            [d('alice', mUnknownOpk!)],
            { error: 'UNKNOWN_PREKEY' },
            ['REQ-SESSION-008'],
          ),
          respond(
            'PreKeyMessage cut inside the ML-KEM ciphertext',
            ['TruncatedCiphertext'],
            'invalid',
            [{ peer: 'alice', message: m100a!.message.slice(0, 2 * 1100) }],
            { error: 'INVALID_SESSION_MESSAGE' },
            ['REQ-SESSION-007'],
          ),
          respond(
            'ML-KEM ciphertext with one byte removed',
            ['TruncatedCiphertext'],
            'invalid',
            [
              {
                peer: 'alice',
                message:
                  m100a!.message.slice(0, 2 * (ctOffset + 500)) + m100a!.message.slice(2 * (ctOffset + 501)),
              },
            ],
            { error: 'INVALID_SESSION_MESSAGE' },
            ['REQ-SESSION-007'],
          ),
          respond(
            'ML-KEM ciphertext bit flipped',
            ['ModifiedCiphertext'],
            'invalid',
            [{ peer: 'alice', message: flip(m100a!.message, ctOffset + 10) }],
            { error: 'DECRYPTION_FAILED' },
            ['REQ-SESSION-009'],
          ),
          respond(
            'opk_present byte is 2',
            ['MalformedField'],
            'invalid',
            [{ peer: 'alice', message: flip(m100a!.message, 73, 3) }],
            { error: 'INVALID_SESSION_MESSAGE' },
            ['REQ-SESSION-007'],
          ),
          respond(
            'initiator identity key replaced by a small-order point',
            ['SmallOrderIdentity'],
            'invalid',
            [{ peer: 'alice', message: `02${SMALL_ORDER_ED}${m100a!.message.slice(66)}` }],
            { error: 'INVALID_KEY' },
            ['REQ-SESSION-005'],
          ),
          respond(
            'initiator identity differs from the trusted one',
            ['IdentityKeyChanged'],
            'invalid',
            [d('alice', m100a!)],
            { trustedIdentities: { alice: hex(carol.publicKey.bytes) }, error: 'IDENTITY_KEY_CHANGED' },
            ['REQ-SESSION-015'],
          ),
          respond(
            'the same PreKeyMessage delivered twice',
            ['Replay'],
            'invalid',
            [d('alice', mNoOpk!), d('alice', mNoOpk!)],
            { error: 'DUPLICATE_MESSAGE' },
            ['REQ-SESSION-013'],
          ),
          respond(
            "a replaced session's PreKeyMessage delivered again after the reset",
            ['Replay', 'SessionReset'],
            'invalid',
            [d('alice', s1!), d('alice', s2!), d('alice', s1!)],
            { error: 'DUPLICATE_MESSAGE' },
            ['REQ-SESSION-013', 'REQ-SESSION-016'],
          ),
        ],
      },
    ],
  );
}

// ---- ratchet.json -------------------------------------------------------

function ratchetFile(): string {
  // SK and AD of handshake PqxdhInitiate tcId 1 (alice -> bob with one-time prekey 100).
  const init = fill(HANDSHAKE_TYPES, { type: 'PqxdhInitiate', tests: [] }, {
    tcId: 0,
    comment: '',
    result: 'valid',
    flags: [],
    initiatorIdentitySeed: hex(alice.exposeSeed()),
    ephemeralSecret: hex(s32('alice ephemeral')),
    kemRandomness: hex(s32('alice kem randomness')),
    bundle: bundleJson({ opkId: 100 }),
  } as VectorTest);
  const base = (n: number) => ({
    sharedKey: init['sharedKey'] as string,
    associatedData: init['associatedData'] as string,
    responderRatchetSecret: hex(bobSpk.exposeSecret()),
    initiatorRandom: [0, 1, 2, 3].map((i) => hex(s32(`transcript ${n} initiator ${i}`))),
    responderRandom: [0, 1, 2, 3].map((i) => hex(s32(`transcript ${n} responder ${i}`))),
  });
  let n = 0;
  const transcript = (
    comment: string,
    flags: string[],
    reqs: string[],
    script: (io: {
      enc: (a: Actor, t: string) => string;
      dec: (a: Actor, m: string) => void;
      bad: (a: Actor, m: string, error: string) => void;
      adv: (a: Actor, count: number) => void;
    }) => void,
  ): Draft => {
    const inputs = base(++n);
    const { states, random } = transcriptParties(inputs as unknown as VectorTest);
    const steps: StepJson[] = [];
    const plain = new Map<string, string>();
    let invalid = false;
    script({
      enc(a, t) {
        const message = hex(states[a].encrypt(enc(t)));
        steps.push({ actor: a, op: 'encrypt', plaintext: text(t), message });
        plain.set(message, text(t));
        return message;
      },
      dec(a, m) {
        const pt = hex(states[a].decrypt(Buffer.from(m, 'hex'), random[a]));
        if (pt !== plain.get(m)) throw new Error(`${comment}: decrypted to another plaintext`);
        steps.push({ actor: a, op: 'decrypt', message: m, plaintext: pt });
      },
      bad(a, m, error) {
        invalid = true;
        steps.push({ actor: a, op: 'decrypt', message: m, error });
      },
      adv(a, count) {
        for (let i = 0; i < count; i++) states[a].encrypt(new Uint8Array(0));
        steps.push({ actor: a, op: 'advance', count });
      },
    });
    return { comment, result: invalid ? 'invalid' : 'valid', flags, requirements: reqs, ...inputs, steps };
  };
  const I: Actor = 'initiator';
  const R: Actor = 'responder';
  /** A reply round trip so that the initiator's next messages open a new chain. */
  const pingPong = (io: { enc: (a: Actor, t: string) => string; dec: (a: Actor, m: string) => void }) => {
    io.dec(R, io.enc(I, 'first'));
    io.dec(I, io.enc(R, 'reply'));
  };
  return makeFile(
    'ratchet',
    RATCHET_TYPES,
    [
      'Double Ratchet transcripts of spec/session.md between an initiator and a responder.',
      'Both start from SK and AD (those of handshake.json PqxdhInitiate tcId 1); the responder ratchet key pair is its signed prekey.',
      'Each actor draws its X25519 ratchet secrets from its random list in order (the initiator one at initialization, each actor one per DH ratchet step).',
      'Steps: encrypt (must produce message exactly), decrypt (must give plaintext, or be refused with error, leaving the state unchanged), advance (encrypt count empty plaintexts and discard them).',
      'Generated by scripts/gen-vectors-session.ts.',
    ],
    {
      Normal: 'In-order delivery with several DH ratchet steps.',
      EmptyPlaintext: 'A message with an empty plaintext.',
      OutOfOrder:
        'Messages delivered out of order within MAX_SKIP, across a DH ratchet step: all MUST decrypt (REQ-SESSION-010).',
      SkipBoundary: 'Exactly MAX_SKIP = 1000 message keys skipped: MUST decrypt (REQ-SESSION-010).',
      SkipBeyondBound: 'MAX_SKIP + 1 keys would be skipped: TOO_MANY_SKIPPED (REQ-SESSION-010).',
      ForgedPreviousCounter:
        'A header whose PN would skip more than MAX_SKIP keys of the previous chain: refused before any decryption (REQ-SESSION-010).',
      Replay: 'A message delivered again: DUPLICATE_MESSAGE (REQ-SESSION-013).',
      ModifiedHeader:
        'A header bit flipped: the header is AEAD associated data, decryption MUST fail (REQ-SESSION-011).',
      ModifiedCiphertext: 'A ciphertext bit flipped (REQ-SESSION-011).',
      Truncated: 'A message shorter than 57 bytes (REQ-SESSION-007).',
      UnknownKind: 'A first byte that is neither 0x01 nor 0x02 (REQ-SESSION-007).',
      StateUnchanged:
        'After a refused message the genuine one still decrypts: refusal leaves the state unchanged (REQ-SESSION-017).',
    },
    ['REQ-SESSION-010', 'REQ-SESSION-011', 'REQ-SESSION-014'],
    [
      {
        type: 'RatchetTranscript',
        tests: [
          transcript('ping-pong with four DH ratchet steps', ['Normal'], [], (io) => {
            io.dec(R, io.enc(I, 'a0'));
            io.dec(R, io.enc(I, 'a1'));
            io.dec(I, io.enc(R, 'b0'));
            io.dec(I, io.enc(R, 'b1'));
            io.dec(R, io.enc(I, 'a2'));
            io.dec(I, io.enc(R, 'b2'));
            io.dec(R, io.enc(I, ''));
          }),
          transcript('out of order within one chain and across a ratchet step', ['OutOfOrder'], [], (io) => {
            const m = ['m0', 'm1', 'm2'].map((t) => io.enc(I, t));
            io.dec(R, m[2]!);
            io.dec(R, m[0]!);
            io.dec(I, io.enc(R, 'reply'));
            const m3 = io.enc(I, 'm3 new chain');
            io.dec(R, m3);
            io.dec(R, m[1]!);
          }),
          transcript('skip exactly MAX_SKIP keys', ['SkipBoundary'], [], (io) => {
            pingPong(io);
            io.adv(I, MAX_SKIP);
            io.dec(R, io.enc(I, 'after 1000 skipped'));
          }),
          transcript('skip MAX_SKIP + 1 keys', ['SkipBeyondBound'], [], (io) => {
            pingPong(io);
            io.adv(I, MAX_SKIP + 1);
            io.bad(R, io.enc(I, 'after 1001 skipped'), 'TOO_MANY_SKIPPED');
          }),
          transcript(
            'previous-chain length forged beyond MAX_SKIP',
            ['ForgedPreviousCounter', 'StateUnchanged'],
            ['REQ-SESSION-017'],
            (io) => {
              pingPong(io);
              const m = io.enc(I, 'new chain');
              const forged = m.slice(0, 2 * 33) + '00001f40' + m.slice(2 * 37); // PN = 8000
              io.bad(R, forged, 'TOO_MANY_SKIPPED');
              io.dec(R, m);
            },
          ),
          transcript('replay in the current chain', ['Replay'], ['REQ-SESSION-013'], (io) => {
            const m = io.enc(I, 'once');
            io.dec(R, m);
            io.bad(R, m, 'DUPLICATE_MESSAGE');
          }),
          transcript(
            'replay of a message decrypted with a skipped key',
            ['Replay', 'OutOfOrder'],
            ['REQ-SESSION-013'],
            (io) => {
              const m0 = io.enc(I, 'm0');
              const m1 = io.enc(I, 'm1');
              io.dec(R, m1);
              io.dec(R, m0);
              io.bad(R, m0, 'DUPLICATE_MESSAGE');
            },
          ),
          transcript(
            'replay of a message of a chain already ratcheted past',
            ['Replay'],
            ['REQ-SESSION-013'],
            (io) => {
              const m0 = io.enc(I, 'm0');
              io.dec(R, m0);
              io.dec(I, io.enc(R, 'reply'));
              io.dec(R, io.enc(I, 'm1'));
              io.bad(R, m0, 'DUPLICATE_MESSAGE');
            },
          ),
          transcript(
            'header N bit flipped, then the genuine message',
            ['ModifiedHeader', 'StateUnchanged'],
            ['REQ-SESSION-017'],
            (io) => {
              io.dec(R, io.enc(I, 'm0'));
              const m = io.enc(I, 'm1');
              io.bad(R, flip(m, 40, 2), 'DECRYPTION_FAILED'); // N = 1 becomes N = 3
              io.dec(R, m);
            },
          ),
          transcript(
            'header ratchet key bit flipped, then the genuine message',
            ['ModifiedHeader', 'StateUnchanged'],
            ['REQ-SESSION-017'],
            (io) => {
              pingPong(io);
              const m = io.enc(I, 'new chain');
              io.bad(R, flip(m, 5), 'DECRYPTION_FAILED');
              io.dec(R, m);
            },
          ),
          transcript(
            'ciphertext bit flipped',
            ['ModifiedCiphertext', 'StateUnchanged'],
            ['REQ-SESSION-017'],
            (io) => {
              const m = io.enc(I, 'm0');
              io.bad(R, flip(m, 45), 'DECRYPTION_FAILED');
              io.dec(R, m);
            },
          ),
          transcript('message of 56 bytes', ['Truncated'], ['REQ-SESSION-007'], (io) => {
            const m = io.enc(I, '');
            io.bad(R, m.slice(0, 112), 'INVALID_SESSION_MESSAGE');
            io.dec(R, m);
          }),
          transcript('unknown kind byte 0x03', ['UnknownKind'], ['REQ-SESSION-007'], (io) => {
            const m = io.enc(I, 'm0');
            io.bad(R, `03${m.slice(2)}`, 'INVALID_SESSION_MESSAGE');
          }),
        ],
      },
    ],
  );
}

// ---- fingerprint.json ---------------------------------------------------

function fingerprintFile(): string {
  const acct = (name: string) => hex(s32(`${name} account id`).slice(0, 16));
  const party = (id: IdentityKeyPair, name: string) => ({
    identityKey: hex(id.publicKey.bytes),
    stableId: acct(name),
  });
  const pair = (l: ReturnType<typeof party>, r: ReturnType<typeof party>) => ({
    localIdentityKey: l.identityKey,
    localStableId: l.stableId,
    remoteIdentityKey: r.identityKey,
    remoteStableId: r.stableId,
  });
  const A = party(alice, 'alice');
  const B = party(bob, 'bob');
  const C = party(carol, 'carol');
  const fillSn = (l: typeof A, r: typeof A) =>
    fill(FINGERPRINT_TYPES, { type: 'SafetyNumber', tests: [] }, {
      tcId: 0,
      comment: '',
      result: 'valid',
      flags: [],
      ...pair(l, r),
    } as VectorTest)['scannable'] as string;
  const ab = fillSn(A, B);
  const swapped = `01${ab.slice(66)}${ab.slice(2, 66)}`;
  const cb = fillSn(C, B);
  const cmp = (
    comment: string,
    flags: string[],
    result: 'valid' | 'invalid',
    scanned: string,
    extra: Record<string, unknown> = {},
    reqs: string[] = [],
  ): Draft => ({
    comment,
    result,
    flags,
    ...(reqs.length ? { requirements: reqs } : {}),
    ...pair(B, A),
    scanned,
    ...extra,
  });
  return makeFile(
    'fingerprint',
    FINGERPRINT_TYPES,
    [
      'Safety numbers of spec/fingerprint.md: iterated SHA-512 fingerprints (5200 iterations), 60 digits in 12 groups of 5, and the 65-byte QR payload.',
      'Stable identifiers are 16-byte account ids (hex). CompareScanned: bob (local) compares a code scanned from alice; valid means match.',
      'Generated by scripts/gen-vectors-session.ts.',
    ],
    {
      Normal: 'An ordinary safety number.',
      Symmetric:
        'Local and remote swapped: the digits and the QR payload MUST be the same on both sides (REQ-FPR-002).',
      SameKeyOtherAccount:
        'The same identity key under another account id gives another fingerprint (REQ-FPR-001).',
      OrderIndependent:
        'The scanned payload lists the two fingerprints in the other order; it MUST still match (REQ-FPR-003).',
      IdentityKeyChanged:
        'The scanned code was computed with another identity key: it MUST NOT match (REQ-FPR-003).',
      SameHalfTwice: 'Both halves of the scanned payload are the same fingerprint: no match.',
      MalformedPayload: 'A payload of another version or length: INVALID_FINGERPRINT (REQ-FPR-004).',
    },
    ['REQ-FPR-001'],
    [
      {
        type: 'SafetyNumber',
        tests: [
          {
            comment: 'alice and bob',
            result: 'valid',
            flags: ['Normal'],
            requirements: ['REQ-FPR-002'],
            ...pair(A, B),
          },
          {
            comment: 'bob and alice: same digits and payload',
            result: 'valid',
            flags: ['Symmetric'],
            requirements: ['REQ-FPR-002'],
            ...pair(B, A),
          },
          {
            comment: 'carol and bob',
            result: 'valid',
            flags: ['Normal'],
            requirements: ['REQ-FPR-002'],
            ...pair(C, B),
          },
          {
            comment: 'alice key under carol account id',
            result: 'valid',
            flags: ['SameKeyOtherAccount'],
            ...pair({ ...A, stableId: C.stableId }, B),
          },
        ],
      },
      {
        type: 'CompareScanned',
        tests: [
          cmp('alice shows her code to bob', ['Normal'], 'valid', ab, {}, ['REQ-FPR-003']),
          cmp(
            'payload with the fingerprints in the other order',
            ['OrderIndependent'],
            'valid',
            swapped,
            {},
            ['REQ-FPR-003'],
          ),
          cmp('code computed with another identity for alice', ['IdentityKeyChanged'], 'invalid', cb, {}, [
            'REQ-FPR-003',
          ]),
          cmp(
            'both halves are bob',
            ['SameHalfTwice'],
            'invalid',
            `01${[ab.slice(2, 66), ab.slice(66)].sort()[0]!.repeat(2)}`,
            {},
            ['REQ-FPR-003'],
          ),
          cmp(
            'version byte 0x02',
            ['MalformedPayload'],
            'invalid',
            `02${ab.slice(2)}`,
            { error: 'INVALID_FINGERPRINT' },
            ['REQ-FPR-004'],
          ),
          cmp(
            'payload of 64 bytes',
            ['MalformedPayload'],
            'invalid',
            ab.slice(0, 128),
            { error: 'INVALID_FINGERPRINT' },
            ['REQ-FPR-004'],
          ),
        ],
      },
    ],
  );
}

export function main(argv: string[]): number {
  const check = argv.includes('--check');
  const files: [string, () => string][] = [
    ['conformance/vectors/kdf.json', kdfFile],
    ['conformance/vectors/handshake.json', handshakeFile],
    ['conformance/vectors/ratchet.json', ratchetFile],
    ['conformance/vectors/fingerprint.json', fingerprintFile],
  ];
  return report(
    'gen-vectors-session',
    files.map(([p, f]) => writeOrCheck(p, f(), check)),
    check,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = main(process.argv.slice(2));
