/**
 * @module
 * The ratchet Message (spec/session.md §Message encoding): the 41-byte header
 * followed by the AEAD ciphertext with its 16-byte tag.
 */
import { DefTalkError } from '../../errors/index.ts';
import { decodeHeader, HEADER_KIND, HEADER_LENGTH, type Header } from './header.ts';

/** First byte of a Message. */
export const MESSAGE_KIND = HEADER_KIND;
/** AEAD tag length (RFC 8439 §2.8). */
export const TAG_LENGTH = 16;
/** Shortest Message: header plus the tag of an empty plaintext. */
export const MIN_MESSAGE_LENGTH = HEADER_LENGTH + TAG_LENGTH;

/** A decoded Message: the header, its exact received bytes (authenticated as received) and the ciphertext. */
export interface Message {
  header: Header;
  headerBytes: Uint8Array;
  ciphertext: Uint8Array;
}

/** Decode a Message; shorter than 57 bytes or of another kind fails with `INVALID_SESSION_MESSAGE`. */
export function decodeMessage(bytes: Uint8Array): Message {
  if (bytes.length < MIN_MESSAGE_LENGTH) throw new DefTalkError('INVALID_SESSION_MESSAGE');
  return {
    header: decodeHeader(bytes),
    headerBytes: bytes.slice(0, HEADER_LENGTH),
    ciphertext: bytes.slice(HEADER_LENGTH),
  };
}
