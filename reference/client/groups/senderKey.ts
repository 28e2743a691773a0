/**
 * @module
 * Sender keys (spec/groups.md §Sender keys, §Message encoding): one chain
 * and one Ed25519 signing key per device and group. The chain steps like the
 * session's KDF_CK, each message key is expanded with HKDF-SHA-256 into a
 * ChaCha20-Poly1305 key and nonce, and every SenderKeyMessage is signed.
 *
 * ```
 * seed_i   = HMAC-SHA-256(CK_i, 0x01)        CK_{i+1} = HMAC-SHA-256(CK_i, 0x02)
 * okm      = HKDF-SHA-256(0^32, seed_i, "DefTalk-v1 sender key message keys", 44)
 * header   = 0x03 || group_id[16] || u32(chain_id) || u32(i)
 * ad       = header || sender_account[16] || u32(sender_device)
 * message  = header || ChaCha20-Poly1305(okm[0..32], okm[32..44], ad, pt)
 *                   || Ed25519(label || ad || ct)
 * ```
 *
 * States are plain JSON-able records (hex strings), so the message store
 * keeps them as they are; every function returns a new state and never
 * changes its argument, so a failed decryption leaves the stored key as it
 * was (spec/groups.md §Message encoding, step 6).
 */
import { chacha20poly1305 } from '@noble/ciphers/chacha.js';
import { ed25519 } from '@noble/curves/ed25519.js';
import { hkdf } from '@noble/hashes/hkdf.js';
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { DefTalkError } from '../../errors/index.ts';
import { type GroupId, groupIdFromBytes, groupIdToBytes } from '../../wire/group.ts';
import { type AccountId, accountIdToBytes, type DeviceId } from '../../wire/ids.ts';
import type { RandomSource } from '../session/keys.ts';
import { systemRandom } from '../session/keys.ts';

/** First byte of a SenderKeyMessage (session messages use 0x01 and 0x02). */
export const SENDER_KEY_MESSAGE_KIND = 0x03;
/** `"DefTalk-v1 sender key message keys"`, the HKDF info of message keys. */
export const SENDER_KEY_INFO = new TextEncoder().encode('DefTalk-v1 sender key message keys');
/** `"DefTalk-v1 sender key message"`, the prefix of every signed payload. */
export const SENDER_KEY_SIGNATURE_LABEL = new TextEncoder().encode('DefTalk-v1 sender key message');
/** Header length: kind, group id, chain id, iteration. */
export const SENDER_KEY_HEADER_LENGTH = 25;
/** Shortest SenderKeyMessage: header, the tag of an empty plaintext, the signature. */
export const MIN_SENDER_KEY_MESSAGE_LENGTH = SENDER_KEY_HEADER_LENGTH + 16 + 64;
/** Iterations a receiver skips at most, and skipped keys it keeps per sender key (spec/groups.md §Limits). */
export const MAX_SENDER_KEY_SKIP = 2000;

const ZERO_SALT = new Uint8Array(32);
const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex');
const unhex = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'hex'));
const u32 = (n: number): Uint8Array => {
  const b = new Uint8Array(4);
  new DataView(b.buffer).setUint32(0, n >>> 0);
  return b;
};
const concat = (...parts: Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
};
const invalid = (cause?: unknown) => new DefTalkError('GROUP_MESSAGE_INVALID', undefined, { cause });

/** A sender key as a receiver holds it (and the sender, with its signing seed). Hex fields. */
export interface SenderKeyState {
  readonly chainId: number;
  /** The iteration whose message key the chain key below yields next. */
  readonly iteration: number;
  readonly chainKey: string;
  /** Ed25519 public key. */
  readonly signingKey: string;
  /** Ed25519 seed: present only in the sender's own key. */
  readonly signingSeed?: string;
  /** Message-key seeds of skipped iterations, by iteration. */
  readonly skipped: Readonly<Record<string, string>>;
}

/** `seed_i = HMAC(CK_i, 0x01)` and `CK_{i+1} = HMAC(CK_i, 0x02)` (spec/groups.md §Sender keys). */
export function chainStep(chainKey: Uint8Array): { seed: Uint8Array; next: Uint8Array } {
  return {
    seed: hmac(sha256, chainKey, Uint8Array.of(0x01)),
    next: hmac(sha256, chainKey, Uint8Array.of(0x02)),
  };
}

/** Hazmat: the AEAD key and nonce of a message-key seed (exported for the vectors). */
export function senderMessageKeys(seed: Uint8Array): { key: Uint8Array; nonce: Uint8Array } {
  const okm = hkdf(sha256, seed, ZERO_SALT, SENDER_KEY_INFO, 44);
  return { key: okm.slice(0, 32), nonce: okm.slice(32, 44) };
}

/** A new own sender key: random chain id, chain key and signing seed (spec/groups.md §Rotation). */
export function createSenderKey(random: RandomSource = systemRandom): SenderKeyState {
  const seed = random(32);
  const chainId = new DataView(random(4).buffer).getUint32(0);
  return {
    chainId,
    iteration: 0,
    chainKey: hex(random(32)),
    signingKey: hex(ed25519.getPublicKey(seed)),
    signingSeed: hex(seed),
    skipped: {},
  };
}

/** The receiver's copy of a key as distributed: no seed, no skipped keys. */
export function distributable(own: SenderKeyState): SenderKeyState {
  return {
    chainId: own.chainId,
    iteration: own.iteration,
    chainKey: own.chainKey,
    signingKey: own.signingKey,
    skipped: {},
  };
}

/** The sender of a group message, as the envelope id names it. */
export interface GroupSender {
  readonly accountId: AccountId;
  readonly deviceId: DeviceId;
}

function header(groupId: GroupId, chainId: number, iteration: number): Uint8Array {
  return concat(
    Uint8Array.of(SENDER_KEY_MESSAGE_KIND),
    groupIdToBytes(groupId),
    u32(chainId),
    u32(iteration),
  );
}

function associatedData(head: Uint8Array, sender: GroupSender): Uint8Array {
  return concat(head, accountIdToBytes(sender.accountId), u32(sender.deviceId));
}

/** The fields of a SenderKeyMessage header; GROUP_MESSAGE_INVALID when it is too short or of another kind. */
export function parseSenderKeyMessage(message: Uint8Array): {
  groupId: GroupId;
  chainId: number;
  iteration: number;
} {
  if (message.length < MIN_SENDER_KEY_MESSAGE_LENGTH || message[0] !== SENDER_KEY_MESSAGE_KIND)
    throw invalid();
  const v = new DataView(message.buffer, message.byteOffset, message.byteLength);
  return {
    groupId: groupIdFromBytes(message.subarray(1, 17)),
    chainId: v.getUint32(17),
    iteration: v.getUint32(21),
  };
}

/**
 * Encrypt and sign one group message with the own key `state` (which must
 * hold its signing seed); returns the message and the key one iteration on.
 */
export function encryptGroupMessage(
  state: SenderKeyState,
  groupId: GroupId,
  sender: GroupSender,
  plaintext: Uint8Array,
): { message: Uint8Array; next: SenderKeyState } {
  if (!state.signingSeed) throw new DefTalkError('GROUP_UNKNOWN');
  const { seed, next } = chainStep(unhex(state.chainKey));
  const { key, nonce } = senderMessageKeys(seed);
  const head = header(groupId, state.chainId, state.iteration);
  const ad = associatedData(head, sender);
  const ct = chacha20poly1305(key, nonce, ad).encrypt(plaintext);
  const sig = ed25519.sign(concat(SENDER_KEY_SIGNATURE_LABEL, ad, ct), unhex(state.signingSeed));
  return {
    message: concat(head, ct, sig),
    next: { ...state, iteration: state.iteration + 1, chainKey: hex(next) },
  };
}

/**
 * spec/groups.md §Message encoding, steps 1 and 3-6 (step 2, membership, is
 * the caller's): verify and open a message with the received key `state`;
 * returns the plaintext and the key after it. Any failure is
 * GROUP_MESSAGE_INVALID and `state` stays valid as it was.
 */
export function decryptGroupMessage(
  state: SenderKeyState,
  groupId: GroupId,
  sender: GroupSender,
  message: Uint8Array,
): { plaintext: Uint8Array; next: SenderKeyState } {
  const h = parseSenderKeyMessage(message);
  if (h.groupId !== groupId || h.chainId !== state.chainId) throw invalid();
  const head = message.subarray(0, SENDER_KEY_HEADER_LENGTH);
  const ct = message.subarray(SENDER_KEY_HEADER_LENGTH, message.length - 64);
  const sig = message.subarray(message.length - 64);
  const ad = associatedData(head, sender);
  let ok = false;
  try {
    ok = ed25519.verify(sig, concat(SENDER_KEY_SIGNATURE_LABEL, ad, ct), unhex(state.signingKey));
  } catch (e) {
    throw invalid(e);
  }
  if (!ok) throw invalid();
  const skipped: Record<string, string> = { ...state.skipped };
  let chainKey = unhex(state.chainKey);
  let iteration = state.iteration;
  let seed: Uint8Array;
  if (h.iteration < iteration) {
    const kept = skipped[String(h.iteration)];
    if (!kept) throw invalid();
    seed = unhex(kept);
    delete skipped[String(h.iteration)];
  } else {
    if (h.iteration - iteration > MAX_SENDER_KEY_SKIP) throw invalid();
    for (; iteration < h.iteration; iteration++) {
      const step = chainStep(chainKey);
      skipped[String(iteration)] = hex(step.seed);
      chainKey = step.next;
    }
    const step = chainStep(chainKey);
    seed = step.seed;
    chainKey = step.next;
    iteration++;
    // Keep the newest skipped keys only (spec/groups.md §Limits).
    const keys = Object.keys(skipped)
      .map(Number)
      .sort((a, b) => a - b);
    for (const k of keys.slice(0, Math.max(0, keys.length - MAX_SENDER_KEY_SKIP))) delete skipped[String(k)];
  }
  const { key, nonce } = senderMessageKeys(seed);
  let plaintext: Uint8Array;
  try {
    plaintext = chacha20poly1305(key, nonce, ad).decrypt(ct);
  } catch (e) {
    throw invalid(e);
  }
  return { plaintext, next: { ...state, iteration, chainKey: hex(chainKey), skipped } };
}
