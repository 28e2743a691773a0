/**
 * @module
 * The relay's identifier key (spec/registration.md §Phone numbers at rest).
 * Phone numbers are never stored: the relay stores `HMAC-SHA-256(K, number)`,
 * a "phone tag", under a 32-byte key K that lives in its own file beside the
 * database. Lookups by number (registration, discovery, lawful disclosure of
 * what is held for a number) recompute the tag; a copy of the database alone
 * does not reveal which numbers are registered without K.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** File name of the identifier key inside the data directory. */
export const IDENTIFIER_KEY_FILE = 'identifier.key';

/** Length of the identifier key. */
const KEY_BYTES = 32;

/**
 * Read the identifier key from `dataDir`, creating it (mode 0600) on first start.
 * A key file of the wrong length stops the relay rather than silently
 * making every stored tag unreachable.
 */
export function loadIdentifierKey(dataDir: string): Buffer {
  const path = join(dataDir, IDENTIFIER_KEY_FILE);
  if (!existsSync(path)) {
    writeFileSync(path, randomBytes(KEY_BYTES), { mode: 0o600, flag: 'wx' });
    chmodSync(path, 0o600);
  }
  const key = readFileSync(path);
  if (key.length !== KEY_BYTES) throw new Error(`${IDENTIFIER_KEY_FILE}: expected ${KEY_BYTES} bytes`);
  return key;
}

/** Domain separation of the two uses of the identifier key. */
const PHONE_TAG_LABEL = Buffer.from('DefTalk-v1 phone tag\0', 'ascii');
const CODE_TAG_LABEL = Buffer.from('DefTalk-v1 verification code\0', 'ascii');

/** `PhoneTag = HMAC-SHA-256(K, "DefTalk-v1 phone tag" || 0x00 || E.164 number)` (spec/registration.md §Phone numbers at rest). */
export function phoneTag(key: Buffer, e164: string): Buffer {
  return createHmac('sha256', key).update(PHONE_TAG_LABEL).update(e164, 'ascii').digest();
}

/** `CodeHash = HMAC-SHA-256(K, "DefTalk-v1 verification code" || 0x00 || PhoneTag || code)` (spec/registration.md §Requesting a code). */
export function codeHash(key: Buffer, tag: Buffer, code: string): Buffer {
  return createHmac('sha256', key).update(CODE_TAG_LABEL).update(tag).update(code, 'ascii').digest();
}
