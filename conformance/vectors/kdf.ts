/**
 * @module
 * The `kdf` vector area (conformance/vectors/README.md §kdf.json): the key
 * derivations and primitive compositions of spec/session.md one at a time:
 * identity key conversion, X25519 agreement checks, prekey signature
 * payloads, the PQXDH KDF, KDF_RK, KDF_CK and message encryption.
 */
import { chacha20poly1305 } from '@noble/ciphers/chacha.js';
import {
  ChainKey,
  DhKeyPair,
  DhPublicKey,
  IdentityKey,
  IdentityKeyPair,
  KemPublicKey,
  kemPrekeyPayload,
  MessageKey,
  pqxdhKdf,
  RootKey,
  signedPrekeyPayload,
  verifyKemPrekey,
  verifySignedPrekey,
  x25519Agree,
} from '../../reference/client/session/index.ts';
import { askDriver } from '../runner/vectors.ts';
import { checkWith, hex, type TestType, unhex } from './_sessionVectors.ts';
import type { VectorArea, VectorGroup, VectorTest } from './area.ts';

/** The test types of kdf.json. */
export const KDF_TYPES: Readonly<Record<string, TestType>> = {
  IdentityConversion: {
    outputs: ['identityKey', 'montgomeryPublic', 'peerPublic', 'sharedSecret'],
    compute(_g, t) {
      const id = IdentityKeyPair.fromSeed(unhex(t['identitySeed']));
      const peer = DhKeyPair.fromSecret(unhex(t['peerSecret']));
      const sharedSecret = id.agree(peer.publicKey.bytes);
      // Both directions must agree: X25519(EdToX_sec(seed), peer) == X25519(peer, EdToX_pub(IK)).
      if (hex(peer.agree(id.publicKey.toX25519())) !== hex(sharedSecret))
        throw new Error('conversion mismatch');
      return {
        identityKey: hex(id.publicKey.bytes),
        montgomeryPublic: hex(id.publicKey.toX25519()),
        peerPublic: hex(peer.publicKey.bytes),
        sharedSecret: hex(sharedSecret),
      };
    },
  },
  X25519Agreement: {
    outputs: ['sharedSecret'],
    compute(_g, t) {
      return { sharedSecret: hex(x25519Agree(unhex(t['secret']), unhex(t['peerPublic']))) };
    },
  },
  PrekeySignature: {
    outputs: ['payload'],
    compute(_g, t) {
      const identity = IdentityKey.fromBytes(unhex(t['identityKey']));
      const id = t['keyId'] as number;
      const sig = unhex(t['signature']);
      if (t['keyType'] === 'x25519') {
        const key = DhPublicKey.fromBytes(unhex(t['publicKey']));
        verifySignedPrekey(identity, key, id, sig);
        return { payload: hex(signedPrekeyPayload(key, id)) };
      }
      const key = KemPublicKey.fromBytes(unhex(t['publicKey']));
      verifyKemPrekey(identity, key, id, sig);
      return { payload: hex(kemPrekeyPayload(key, id)) };
    },
  },
  PqxdhKdf: {
    outputs: ['sharedKey'],
    compute(_g, t) {
      const dh = (t['dh'] as string[]).map((d) => unhex(d));
      return { sharedKey: hex(pqxdhKdf(dh, unhex(t['kemSharedSecret']))) };
    },
  },
  RootKdf: {
    outputs: ['nextRootKey', 'chainKey'],
    compute(_g, t) {
      const { rootKey, chainKey } = new RootKey(unhex(t['rootKey'])).advance(unhex(t['dhOutput']));
      return { nextRootKey: hex(rootKey.expose()), chainKey: hex(chainKey.expose()) };
    },
  },
  ChainKdf: {
    outputs: ['messageKey', 'nextChainKey'],
    compute(_g, t) {
      const ck = new ChainKey(unhex(t['chainKey']), 0);
      return { messageKey: hex(ck.messageKey().expose()), nextChainKey: hex(ck.next().expose()) };
    },
  },
  MessageEncryption: {
    outputs: ['aeadKey', 'nonce', 'ciphertext'],
    compute(_g, t) {
      const mk = new MessageKey(unhex(t['messageKey']), 0);
      const { key, nonce } = mk.aeadParams();
      const ciphertext = mk.encrypt(unhex(t['plaintext']), unhex(t['associatedData']), unhex(t['header']));
      // Cross-check the composition against the bare AEAD (RFC 8439 §2.8).
      const aad = Uint8Array.from([...unhex(t['associatedData']), ...unhex(t['header'])]);
      if (hex(chacha20poly1305(key, nonce, aad).encrypt(unhex(t['plaintext']))) !== hex(ciphertext)) {
        throw new Error('AEAD composition mismatch');
      }
      return { aeadKey: hex(key), nonce: hex(nonce), ciphertext: hex(ciphertext) };
    },
  },
  MessageDecryption: {
    outputs: ['plaintext'],
    compute(_g, t) {
      const mk = new MessageKey(unhex(t['messageKey']), 0);
      const pt = mk.decrypt(unhex(t['ciphertext']), unhex(t['associatedData']), unhex(t['header']));
      return { plaintext: hex(pt) };
    },
  },
};

/** The `kdf` area. */
export const kdfVectors: VectorArea = {
  area: 'kdf',
  check: async (group: VectorGroup, test: VectorTest, driver) =>
    driver ? askDriver(driver, 'kdf', group, test) : checkWith(KDF_TYPES, group, test),
};
