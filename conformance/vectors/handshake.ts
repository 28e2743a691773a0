/**
 * @module
 * The `handshake` vector area (conformance/vectors/README.md
 * §handshake.json): the PQXDH handshake of spec/session.md from both sides.
 * `PqxdhInitiate` tests give the initiator's secrets and a prekey bundle and
 * expect every intermediate value; `PqxdhRespond` tests give the responder's
 * private prekeys and a sequence of delivered PreKeyMessages, the last of
 * which decides the verdict.
 */

import {
  DhKeyPair,
  DhPublicKey,
  encodePreKeyPrefix,
  IdentityKey,
  IdentityKeyPair,
  initiatePqxdh,
  KemKeyPair,
  KemPublicKey,
  MemoryIdentityStore,
  MemoryPreKeyStore,
  MemorySessionStore,
  type PreKeyBundle,
  SessionCipher,
} from '../../reference/client/session/index.ts';
import { DefTalkError } from '../../reference/errors/index.ts';
import { CheckFailed } from '../case.ts';
import { askDriver } from '../runner/vectors.ts';
import { checkWith, hex, queuedRandom, type TestType, unhex } from './_sessionVectors.ts';
import type { VectorArea, VectorGroup, VectorTest } from './area.ts';

/** A bundle as it appears in a vector (hex fields). */
export interface BundleJson {
  identityKey: string;
  signedPreKeyId: number;
  signedPreKey: string;
  signedPreKeySignature: string;
  kemPreKeyId: number;
  kemPreKey: string;
  kemPreKeySignature: string;
  oneTimePreKeyId?: number;
  oneTimePreKey?: string;
}

/** Decode a vector bundle into the library's {@link PreKeyBundle}. */
export function bundleFromJson(b: BundleJson): PreKeyBundle {
  return {
    identityKey: IdentityKey.fromBytes(unhex(b.identityKey)),
    signedPreKeyId: b.signedPreKeyId,
    signedPreKey: DhPublicKey.fromBytes(unhex(b.signedPreKey)),
    signedPreKeySignature: unhex(b.signedPreKeySignature),
    kemPreKeyId: b.kemPreKeyId,
    kemPreKey: KemPublicKey.fromBytes(unhex(b.kemPreKey)),
    kemPreKeySignature: unhex(b.kemPreKeySignature),
    oneTimePreKeyId: b.oneTimePreKeyId,
    oneTimePreKey: b.oneTimePreKey === undefined ? undefined : DhPublicKey.fromBytes(unhex(b.oneTimePreKey)),
  };
}

/** One delivery of a `PqxdhRespond` test. */
export interface DeliveryJson {
  peer: string;
  message: string;
  plaintext?: string;
}

/** The test types of handshake.json. */
export const HANDSHAKE_TYPES: Readonly<Record<string, TestType>> = {
  PqxdhInitiate: {
    outputs: ['dh', 'kemCiphertext', 'kemSharedSecret', 'sharedKey', 'associatedData', 'preKeyPrefix'],
    compute(_g, t) {
      const local = IdentityKeyPair.fromSeed(unhex(t['initiatorIdentitySeed']));
      const bundle = bundleFromJson(t['bundle'] as BundleJson);
      if (t['trustedIdentity'] !== undefined) {
        const trusted = IdentityKey.fromBytes(unhex(t['trustedIdentity']));
        if (!trusted.equals(bundle.identityKey)) throw new DefTalkError('IDENTITY_KEY_CHANGED');
      }
      const hs = initiatePqxdh(
        local,
        bundle,
        queuedRandom([unhex(t['ephemeralSecret']), unhex(t['kemRandomness'])]),
      );
      return {
        dh: hs.trace.dh.map(hex),
        kemCiphertext: hex(hs.kemCiphertext),
        kemSharedSecret: hex(hs.trace.kemSharedSecret),
        sharedKey: hex(hs.sharedKey),
        associatedData: hex(hs.associatedData),
        preKeyPrefix: hex(encodePreKeyPrefix(hs.preKey)),
      };
    },
  },
  PqxdhRespond: {
    outputs: ['plaintext'],
    compute(_g, t) {
      const prekeys = new MemoryPreKeyStore();
      for (const k of t['signedPreKeys'] as { id: number; secret: string }[]) {
        prekeys.signed.set(k.id, DhKeyPair.fromSecret(unhex(k.secret)));
      }
      for (const k of t['kemPreKeys'] as { id: number; seed: string; oneTime: boolean }[]) {
        prekeys.kem.set(k.id, { keyPair: KemKeyPair.fromSeed(unhex(k.seed)), oneTime: k.oneTime });
      }
      for (const k of t['oneTimePreKeys'] as { id: number; secret: string }[]) {
        prekeys.oneTime.set(k.id, DhKeyPair.fromSecret(unhex(k.secret)));
      }
      for (const id of (t['consumedOneTimePreKeyIds'] as number[] | undefined) ?? [])
        prekeys.consume(id, false);
      const identities = new MemoryIdentityStore(IdentityKeyPair.fromSeed(unhex(t['responderIdentitySeed'])));
      for (const [peer, key] of Object.entries((t['trustedIdentities'] as Record<string, string>) ?? {})) {
        identities.setTrusted(peer, IdentityKey.fromBytes(unhex(key)));
      }
      const cipher = new SessionCipher({
        identities,
        prekeys,
        sessions: new MemorySessionStore(),
        random: queuedRandom(((t['responderRandom'] as string[]) ?? []).map((r) => unhex(r))),
      });
      const deliveries = t['deliveries'] as DeliveryJson[];
      let last = '';
      deliveries.forEach((d, i) => {
        const pt = hex(cipher.decrypt(d.peer, unhex(d.message)));
        if (i < deliveries.length - 1 && pt !== d.plaintext) {
          throw new CheckFailed(`delivery ${i} decrypted to another plaintext`, d.plaintext, pt);
        }
        last = pt;
      });
      return { plaintext: last };
    },
  },
};

/** The `handshake` area. */
export const handshakeVectors: VectorArea = {
  area: 'handshake',
  check: async (group: VectorGroup, test: VectorTest, driver) =>
    driver ? askDriver(driver, 'handshake', group, test) : checkWith(HANDSHAKE_TYPES, group, test),
};
