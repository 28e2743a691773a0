/**
 * @module
 * The peer a client-mode case plays in-process with the reference library
 * (spec/client.md §Driver operations): an identity, prekeys in memory, a
 * session cipher, and the conversions between the driver's base64 JSON and
 * the library's types. This is the seed of the later adversarial peer: it
 * can also hand out a bundle with any field altered.
 */
import {
  DhKeyPair,
  DhPublicKey,
  IdentityKey,
  IdentityKeyPair,
  KemKeyPair,
  KemPublicKey,
  type RandomSource,
} from '../../../reference/client/session/keys.ts';
import type { PreKeyBundle } from '../../../reference/client/session/pqxdh.ts';
import { SessionCipher } from '../../../reference/client/session/sessionCipher.ts';
import { kemPrekeyPayload, signedPrekeyPayload } from '../../../reference/client/session/signedPrekey.ts';
import {
  MemoryIdentityStore,
  MemoryPreKeyStore,
  MemorySessionStore,
} from '../../../reference/client/session/stores.ts';
import { type CaseContext, check } from '../../case.ts';

/** Base64 of bytes, as the driver protocol carries them. */
export const b64 = (b: Uint8Array): string => Buffer.from(b).toString('base64');
/** Bytes of a base64 string from the driver. */
export const unb64 = (s: unknown): Uint8Array => {
  check(typeof s === 'string', 'the driver answered a base64 string', 'string', typeof s);
  return new Uint8Array(Buffer.from(s, 'base64'));
};

/** Seeded randomness for the peer's keys, from the case's generator. */
export function caseRandom(ctx: CaseContext): RandomSource {
  return (n) => {
    const out = new Uint8Array(n);
    for (let i = 0; i < n; i++) out[i] = Math.floor(ctx.random() * 256);
    return out;
  };
}

/** A random account id (32 hex digits). */
export function randomAccountId(ctx: CaseContext): string {
  return Buffer.from(caseRandom(ctx)(16)).toString('hex');
}

/** The bundle as the driver's `session.initiate` takes it. */
export interface DriverBundle {
  identityKey: string;
  signedPreKey: { keyId: number; publicKey: string; signature: string };
  kemPreKey: { keyId: number; publicKey: string; signature: string; lastResort: boolean };
  oneTimePreKey?: { keyId: number; publicKey: string };
}

/** A peer played by the case. */
export class CasePeer {
  readonly identity: IdentityKeyPair;
  readonly prekeys = new MemoryPreKeyStore();
  readonly cipher: SessionCipher;
  readonly accountId: string;
  readonly #random: RandomSource;
  #nextId = 1;

  constructor(ctx: CaseContext) {
    this.#random = caseRandom(ctx);
    this.identity = IdentityKeyPair.generate(this.#random);
    this.accountId = randomAccountId(ctx);
    this.cipher = new SessionCipher({
      identities: new MemoryIdentityStore(this.identity),
      prekeys: this.prekeys,
      sessions: new MemorySessionStore(),
      random: this.#random,
    });
  }

  /** A fresh bundle: a signed prekey, a one-time ML-KEM prekey and, unless `noOneTime`, a one-time X25519 prekey. */
  bundle(opts: { noOneTime?: boolean } = {}): DriverBundle {
    const id = this.#nextId++;
    const spk = DhKeyPair.generate(this.#random);
    const kem = KemKeyPair.generate(this.#random);
    this.prekeys.signed.set(id, spk);
    this.prekeys.kem.set(id, { keyPair: kem, oneTime: true });
    const out: DriverBundle = {
      identityKey: b64(this.identity.publicKey.bytes),
      signedPreKey: {
        keyId: id,
        publicKey: b64(spk.publicKey.bytes),
        signature: b64(this.identity.sign(signedPrekeyPayload(spk.publicKey, id))),
      },
      kemPreKey: {
        keyId: id,
        publicKey: b64(kem.publicKey.bytes),
        signature: b64(this.identity.sign(kemPrekeyPayload(kem.publicKey, id))),
        lastResort: false,
      },
    };
    if (!opts.noOneTime) {
      const opk = DhKeyPair.generate(this.#random);
      this.prekeys.oneTime.set(id, opk);
      out.oneTimePreKey = { keyId: id, publicKey: b64(opk.publicKey.bytes) };
    }
    return out;
  }
}

/** The driver's `keys.generate` answer as a session-layer bundle for the case's peer to initiate with. */
export function bundleFromDriver(
  identityKey: Uint8Array,
  keys: {
    signedPreKey: { keyId: number; publicKey: string; signature: string };
    oneTimePreKeys: { keyId: number; publicKey: string }[];
    kemPreKeys: { keyId: number; publicKey: string; signature: string; lastResort: boolean }[];
  },
  oneTimeIndex: number | undefined,
  kemIndex = 0,
): PreKeyBundle {
  const kem = keys.kemPreKeys[kemIndex]!;
  const opk = oneTimeIndex === undefined ? undefined : keys.oneTimePreKeys[oneTimeIndex];
  return {
    identityKey: IdentityKey.fromBytes(identityKey),
    signedPreKeyId: keys.signedPreKey.keyId,
    signedPreKey: DhPublicKey.fromBytes(unb64(keys.signedPreKey.publicKey)),
    signedPreKeySignature: unb64(keys.signedPreKey.signature),
    kemPreKeyId: kem.keyId,
    kemPreKey: KemPublicKey.fromBytes(unb64(kem.publicKey)),
    kemPreKeySignature: unb64(kem.signature),
    oneTimePreKeyId: opk?.keyId,
    oneTimePreKey: opk ? DhPublicKey.fromBytes(unb64(opk.publicKey)) : undefined,
  };
}
