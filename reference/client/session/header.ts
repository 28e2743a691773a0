/**
 * @module
 * The Double Ratchet message header (spec/session.md §Header encoding): the
 * sender's current ratchet public key, the length of its previous sending
 * chain (PN) and the message number in the current chain (N), in a fixed
 * 41-byte layout that starts with the Message kind byte:
 *
 * ```
 * 0x01 || DHs (32) || u32(PN) || u32(N)
 * ```
 */
import { DefTalkError } from '../../errors/index.ts';
import { concat, readU32, u32 } from './_bytes.ts';
import { DhPublicKey } from './keys.ts';

/** First byte of a Message (and of its header). */
export const HEADER_KIND = 0x01;
/** Encoded header length. */
export const HEADER_LENGTH = 41;

/** A decoded header. */
export interface Header {
  /** The sender's current ratchet public key. */
  dh: DhPublicKey;
  /** Number of messages in the sender's previous sending chain. */
  pn: number;
  /** Message number in the current sending chain. */
  n: number;
}

/** Encode a header (41 bytes). */
export function encodeHeader(h: Header): Uint8Array {
  return concat(Uint8Array.of(HEADER_KIND), h.dh.bytes, u32(h.pn), u32(h.n));
}

/** Decode the first 41 bytes of `bytes`; a short input or another kind byte fails with `INVALID_SESSION_MESSAGE`. */
export function decodeHeader(bytes: Uint8Array): Header {
  if (bytes.length < HEADER_LENGTH || bytes[0] !== HEADER_KIND)
    throw new DefTalkError('INVALID_SESSION_MESSAGE');
  return { dh: DhPublicKey.fromBytes(bytes.subarray(1, 33)), pn: readU32(bytes, 33), n: readU32(bytes, 37) };
}
