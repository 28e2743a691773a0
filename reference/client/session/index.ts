/**
 * @module
 * The public surface of the session layer (spec/session.md): keys, PQXDH,
 * the Double Ratchet session state, the session cipher API and its stores.
 * Explicit named exports only.
 */
export { ChainKey } from './chainKey.ts';
export { decodeHeader, encodeHeader, HEADER_LENGTH, type Header } from './header.ts';
export {
  DhKeyPair,
  DhPublicKey,
  IdentityKey,
  IdentityKeyPair,
  KEY_LENGTHS,
  KemKeyPair,
  KemPublicKey,
  type RandomSource,
  systemRandom,
  x25519Agree,
} from './keys.ts';
export { decodeMessage, type Message, MIN_MESSAGE_LENGTH } from './message.ts';
export { type AeadParams, MESSAGE_KEYS_INFO, MessageKey } from './messageKey.ts';
export {
  associatedData,
  type InitiatorHandshake,
  initiatePqxdh,
  PQXDH_F,
  PQXDH_INFO,
  type PqxdhTrace,
  type PreKeyBundle,
  pqxdhKdf,
  type ResponderHandshake,
  type ResponderPrekeys,
  respondPqxdh,
} from './pqxdh.ts';
export {
  decodePreKeyMessage,
  encodePreKeyPrefix,
  PREKEY_MESSAGE_KIND,
  PREKEY_PREFIX_LENGTH,
  type PreKeyMessage,
} from './preKeyMessage.ts';
export {
  MAX_REPLACED_BASE_KEYS,
  MAX_RETIRED_CHAINS,
  SESSION_STATE_VERSION,
  SessionState,
} from './ratchet.ts';
export { RATCHET_INFO, RootKey } from './rootKey.ts';
export { SessionCipher, type SessionCipherOptions } from './sessionCipher.ts';
export {
  KEM_PREKEY_LABEL,
  kemPrekeyPayload,
  SIGNED_PREKEY_LABEL,
  signedPrekeyPayload,
  verifyKemPrekey,
  verifySignedPrekey,
} from './signedPrekey.ts';
export { MAX_SKIP, MAX_SKIPPED_KEYS, SkippedKeys } from './skippedKeys.ts';
export {
  type IdentityStore,
  type KemPreKeyRecord,
  MemoryIdentityStore,
  MemoryPreKeyStore,
  MemorySessionStore,
  type PreKeyStore,
  type SessionStore,
} from './stores.ts';
