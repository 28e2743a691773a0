/**
 * @module
 * Prekeys from the client's side (spec/keys.md; spec/session.md §Signed
 * prekey payloads; spec/client.md §Prekeys): generating a signed prekey,
 * one-time X25519 prekeys and ML-KEM-768 prekeys (one-time and one
 * last-resort), each public key signed over its payload with its id; keeping
 * the private halves in the key store; uploading them; topping the supply up
 * when the relay says it is low; and turning a fetched bundle into the
 * session layer's verified-on-use bundle.
 */
import { DefTalkError } from '../errors/index.ts';
import {
  decodePreKeyStatus,
  encodePreKeyUpload,
  type KemPreKey,
  type OneTimePreKey,
  type PreKeyStatus,
  type SignedPreKey,
  type PreKeyBundle as WireBundle,
} from '../wire/keys.ts';
import type { ClientState } from './clientState.ts';
import type { RelayConnection } from './relayConnection.ts';
import {
  DhKeyPair,
  DhPublicKey,
  IdentityKey,
  KemKeyPair,
  KemPublicKey,
  type RandomSource,
  systemRandom,
} from './session/keys.ts';
import type { PreKeyBundle } from './session/pqxdh.ts';
import { kemPrekeyPayload, signedPrekeyPayload } from './session/signedPrekey.ts';

/** One-time X25519 and one-time ML-KEM prekeys uploaded at registration and at each top-up. */
export const PREKEY_BATCH = 50;
/** Most keys of one kind in one upload (spec/keys.md §Upload). */
export const MAX_UPLOAD_BATCH = 100;

/** What to generate. */
export interface PreKeyPlan {
  signed?: boolean;
  oneTime?: number;
  kem?: number;
  lastResort?: boolean;
}

/** Public prekey material for an upload (the private halves went into the state). */
export interface PreKeyUploadMaterial {
  signedPreKey?: SignedPreKey;
  oneTimePreKeys: OneTimePreKey[];
  kemPreKeys: KemPreKey[];
}

/**
 * Generate prekeys, record their private halves in `state` and return the
 * signed public material (spec/session.md §Signed prekey payloads: every
 * signature covers the key and its id).
 */
export function generatePreKeys(
  state: ClientState,
  plan: PreKeyPlan,
  random: RandomSource = systemRandom,
): PreKeyUploadMaterial {
  const identity = state.localIdentity;
  const out: PreKeyUploadMaterial = { oneTimePreKeys: [], kemPreKeys: [] };
  if (plan.signed) {
    const key = DhKeyPair.generate(random);
    const keyId = state.addSignedPreKey(key);
    out.signedPreKey = {
      keyId,
      publicKey: key.publicKey.bytes,
      signature: identity.sign(signedPrekeyPayload(key.publicKey, keyId)),
    };
  }
  for (let i = 0; i < Math.min(plan.oneTime ?? 0, MAX_UPLOAD_BATCH); i++) {
    const key = DhKeyPair.generate(random);
    out.oneTimePreKeys.push({ keyId: state.addOneTimePreKey(key), publicKey: key.publicKey.bytes });
  }
  const kemCount = Math.min(plan.kem ?? 0, MAX_UPLOAD_BATCH - (plan.lastResort ? 1 : 0));
  for (let i = 0; i < kemCount + (plan.lastResort ? 1 : 0); i++) {
    const lastResort = i === kemCount;
    const key = KemKeyPair.generate(random);
    const keyId = state.addKemPreKey(key, !lastResort);
    out.kemPreKeys.push({
      keyId,
      publicKey: key.publicKey.bytes,
      signature: identity.sign(kemPrekeyPayload(key.publicKey, keyId)),
      lastResort,
    });
  }
  return out;
}

/** Upload prekey material (PUT /v1/keys); resolves with the supply the relay reports. */
export async function uploadPreKeys(
  relay: RelayConnection,
  material: PreKeyUploadMaterial,
): Promise<PreKeyStatus> {
  return decodePreKeyStatus(
    await relay.call('PUT', '/v1/keys', { auth: true, body: encodePreKeyUpload(material) }),
  );
}

/** The supply the relay holds for this device (GET /v1/keys/status). */
export async function preKeyStatus(relay: RelayConnection): Promise<PreKeyStatus> {
  return decodePreKeyStatus(await relay.call('GET', '/v1/keys/status', { auth: true }));
}

/**
 * Top the supply up when the relay says it is low (spec/keys.md §Supply,
 * REQ-CLIENT-006): a batch of whichever kind is short, and a signed prekey
 * and last-resort key if the relay holds none. Resolves with the new status,
 * or the given one when nothing was needed.
 */
export async function replenishPreKeys(
  relay: RelayConnection,
  state: ClientState,
  status: PreKeyStatus,
  random: RandomSource = systemRandom,
): Promise<PreKeyStatus> {
  const plan: PreKeyPlan = {
    signed: !status.signedPreKey,
    lastResort: !status.lastResortKemPreKey,
    oneTime:
      status.lowSupply && status.oneTimePreKeys < PREKEY_BATCH ? PREKEY_BATCH - status.oneTimePreKeys : 0,
    kem: status.lowSupply && status.kemPreKeys < PREKEY_BATCH ? PREKEY_BATCH - status.kemPreKeys : 0,
  };
  if (!plan.signed && !plan.lastResort && !plan.oneTime && !plan.kem) return status;
  return uploadPreKeys(relay, generatePreKeys(state, plan, random));
}

/**
 * A fetched bundle as the session layer takes it. Keys are decoded and
 * validated here (`INVALID_KEY`); the signatures are verified by
 * `SessionCipher.initiate` before any key is used (REQ-SESSION-001).
 */
export function sessionBundle(b: WireBundle): PreKeyBundle {
  try {
    return {
      identityKey: IdentityKey.fromBytes(b.identityKey),
      signedPreKeyId: b.signedPreKey.keyId,
      signedPreKey: DhPublicKey.fromBytes(b.signedPreKey.publicKey),
      signedPreKeySignature: b.signedPreKey.signature,
      kemPreKeyId: b.kemPreKey.keyId,
      kemPreKey: KemPublicKey.fromBytes(b.kemPreKey.publicKey),
      kemPreKeySignature: b.kemPreKey.signature,
      oneTimePreKeyId: b.oneTimePreKey?.keyId,
      oneTimePreKey: b.oneTimePreKey ? DhPublicKey.fromBytes(b.oneTimePreKey.publicKey) : undefined,
    };
  } catch (e) {
    if (e instanceof DefTalkError) throw e;
    throw new DefTalkError('INVALID_KEY', undefined, { cause: e });
  }
}
