/**
 * @module
 * The PreKeyMessage (spec/session.md §PreKeyMessage encoding): the initiator's
 * handshake fields followed by an ordinary ratchet Message. Fixed layout,
 * big-endian integers, no optional-length fields:
 *
 * ```
 * 0x02 || IK_A (32) || EK_A (32) || u32(spk_id) || u32(kem_id)
 *      || opk_present (1: 0x00 or 0x01) || u32(opk_id) || CT (1088) || Message
 * ```
 */
import { DefTalkError } from '../../errors/index.ts';
import { concat, readU32, u32 } from './_bytes.ts';
import { KEY_LENGTHS } from './keys.ts';
import { MESSAGE_KIND, MIN_MESSAGE_LENGTH } from './message.ts';

/** First byte of a PreKeyMessage. */
export const PREKEY_MESSAGE_KIND = 0x02;
/** Bytes before the embedded Message: 1 + 32 + 32 + 4 + 4 + 1 + 4 + 1088 = 1166. */
export const PREKEY_PREFIX_LENGTH = 1166;

/** The decoded handshake fields of a PreKeyMessage. */
export interface PreKeyMessage {
  /** IK_A: the initiator's Ed25519 identity key, as received. */
  identityKey: Uint8Array;
  /** EK_A: the initiator's ephemeral X25519 key (the session's base key). */
  baseKey: Uint8Array;
  signedPreKeyId: number;
  kemPreKeyId: number;
  /** Absent when no one-time prekey was used. */
  oneTimePreKeyId: number | undefined;
  /** ML-KEM-768 ciphertext, 1088 bytes. */
  kemCiphertext: Uint8Array;
  /** The embedded ratchet Message (spec/session.md §Message encoding). */
  message: Uint8Array;
}

/** The 1166-byte handshake prefix; the initiator repeats it on every message until the peer answers. */
export function encodePreKeyPrefix(m: Omit<PreKeyMessage, 'message'>): Uint8Array {
  const hasOpk = m.oneTimePreKeyId !== undefined;
  return concat(
    Uint8Array.of(PREKEY_MESSAGE_KIND),
    m.identityKey,
    m.baseKey,
    u32(m.signedPreKeyId),
    u32(m.kemPreKeyId),
    Uint8Array.of(hasOpk ? 1 : 0),
    u32(hasOpk ? m.oneTimePreKeyId! : 0),
    m.kemCiphertext,
  );
}

/**
 * Decode a PreKeyMessage (spec/session.md §Receiving a PreKeyMessage, step 1):
 * wrong kind, a length below 1166 + 57, an `opk_present` other than 0 or 1,
 * or a non-zero `opk_id` without a one-time prekey fail with
 * `INVALID_SESSION_MESSAGE`.
 */
export function decodePreKeyMessage(bytes: Uint8Array): PreKeyMessage {
  if (bytes.length < PREKEY_PREFIX_LENGTH + MIN_MESSAGE_LENGTH || bytes[0] !== PREKEY_MESSAGE_KIND) {
    throw new DefTalkError('INVALID_SESSION_MESSAGE');
  }
  const flag = bytes[73]!;
  const opkId = readU32(bytes, 74);
  if (flag > 1 || (flag === 0 && opkId !== 0)) throw new DefTalkError('INVALID_SESSION_MESSAGE');
  const message = bytes.slice(PREKEY_PREFIX_LENGTH);
  if (message[0] !== MESSAGE_KIND) throw new DefTalkError('INVALID_SESSION_MESSAGE');
  return {
    identityKey: bytes.slice(1, 33),
    baseKey: bytes.slice(33, 65),
    signedPreKeyId: readU32(bytes, 65),
    kemPreKeyId: readU32(bytes, 69),
    oneTimePreKeyId: flag === 1 ? opkId : undefined,
    kemCiphertext: bytes.slice(78, 78 + KEY_LENGTHS.kemCiphertext),
    message,
  };
}
