/**
 * @module
 * The key store on disk, encrypted at rest under a passphrase the user
 * controls (spec/client.md §Key store; policy clause 9.3). One file holds
 * everything secret a device keeps: identity seed, device key, prekeys,
 * trusted identities and session state. Layout (all integers big-endian):
 *
 * ```
 * header = "DTKS" (4) || version 0x01 || kdf 0x01 (scrypt) || log2N || r || p || salt (16)   -- 25 bytes
 * file   = header || check (16) || nonce (24) || XChaCha20-Poly1305(key, nonce, plaintext, aad = header || check)
 * master = scrypt(NFC(passphrase) as UTF-8, salt, N = 2^log2N, r, p, dkLen = 32)
 * key    = HKDF-SHA-256(ikm = master, salt = "", info = "DefTalk-v1 keystore key", L = 32)
 * check  = HKDF-SHA-256(ikm = master, salt = "", info = "DefTalk-v1 keystore check", L = 16)
 * ```
 *
 * A wrong passphrase gives a different `check` and fails with
 * `KEYSTORE_BAD_PASSPHRASE` before any decryption; a right passphrase with
 * an altered file fails the AEAD with `KEYSTORE_CORRUPT`. Writes are atomic
 * (temporary file, fsync, rename, directory fsync) with mode 0600.
 *
 * @example
 * ```ts
 * const store = await KeyStore.create(dir, 'correct horse', new TextEncoder().encode('{}'));
 * const again = await KeyStore.open(dir, 'correct horse');
 * again.plaintext; // the bytes saved last
 * ```
 */
import { randomBytes as nodeRandomBytes } from 'node:crypto';
import { constants as fsConstants } from 'node:fs';
import { mkdir, open, readFile, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { xchacha20poly1305 } from '@noble/ciphers/chacha.js';
import { equalBytes } from '@noble/ciphers/utils.js';
import { hkdf } from '@noble/hashes/hkdf.js';
import { scryptAsync } from '@noble/hashes/scrypt.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { DefTalkError } from '../errors/index.ts';

/** File name of the key store inside its directory (spec/client.md §Key store). */
export const KEYSTORE_FILE = 'keystore.dtks';
/** The four magic bytes "DTKS". */
export const KEYSTORE_MAGIC = Uint8Array.of(0x44, 0x54, 0x4b, 0x53);
/** Format version this client writes and reads. */
export const KEYSTORE_VERSION = 0x01;
/** KDF identifier of scrypt (RFC 7914). */
export const KDF_SCRYPT = 0x01;
/** Header length: magic, version, kdf, log2N, r, p, salt. */
export const HEADER_LENGTH = 25;
/** Passphrase check value length. */
export const CHECK_LENGTH = 16;
/** XChaCha20-Poly1305 nonce length. */
export const NONCE_LENGTH = 24;
/** Poly1305 tag length. */
export const TAG_LENGTH = 16;

/** scrypt parameters (spec/client.md §Key store parameters). */
export interface KdfParams {
  /** log2 of the cost N; written 17 by default, 10..20 accepted. */
  readonly log2N: number;
  readonly r: number;
  readonly p: number;
}

/** The parameters written by default: N = 2^17, r = 8, p = 1 (128 MiB, RFC 7914 §2 interactive use). */
export const DEFAULT_KDF: KdfParams = { log2N: 17, r: 8, p: 1 };
/** Lowest cost accepted when reading or writing; below it a stolen file is too cheap to attack. */
export const MIN_LOG2N = 10;
/** Highest cost accepted when reading, so a crafted file cannot make opening take hours. */
export const MAX_LOG2N = 20;

const KEY_INFO = new TextEncoder().encode('DefTalk-v1 keystore key');
const CHECK_INFO = new TextEncoder().encode('DefTalk-v1 keystore check');
const INSPECT = Symbol.for('nodejs.util.inspect.custom');

function checkParams(k: KdfParams): void {
  if (
    !Number.isInteger(k.log2N) ||
    k.log2N < MIN_LOG2N ||
    k.log2N > MAX_LOG2N ||
    !Number.isInteger(k.r) ||
    k.r < 1 ||
    k.r > 32 ||
    !Number.isInteger(k.p) ||
    k.p < 1 ||
    k.p > 4
  ) {
    throw new DefTalkError('KEYSTORE_CORRUPT', { field: 'kdf' });
  }
}

function encodeHeader(k: KdfParams, salt: Uint8Array): Uint8Array {
  const h = new Uint8Array(HEADER_LENGTH);
  h.set(KEYSTORE_MAGIC, 0);
  h[4] = KEYSTORE_VERSION;
  h[5] = KDF_SCRYPT;
  h[6] = k.log2N;
  h[7] = k.r;
  h[8] = k.p;
  h.set(salt, 9);
  return h;
}

/** Derive the AEAD key and the check value from a passphrase (spec/client.md §Key store). */
async function derive(
  passphrase: string,
  salt: Uint8Array,
  k: KdfParams,
): Promise<{ key: Uint8Array; check: Uint8Array }> {
  const pw = new TextEncoder().encode(passphrase.normalize('NFC'));
  const master = await scryptAsync(pw, salt, { N: 2 ** k.log2N, r: k.r, p: k.p, dkLen: 32, maxmem: 2 ** 31 });
  const key = hkdf(sha256, master, new Uint8Array(0), KEY_INFO, 32);
  const check = hkdf(sha256, master, new Uint8Array(0), CHECK_INFO, CHECK_LENGTH);
  master.fill(0);
  pw.fill(0);
  return { key, check };
}

/** Write `bytes` to `path` atomically with mode 0600: temporary file, fsync, rename, directory fsync. */
export async function writeFileAtomic(path: string, dir: string, bytes: Uint8Array): Promise<void> {
  const tmp = `${path}.tmp-${nodeRandomBytes(6).toString('hex')}`;
  const fh = await open(
    tmp,
    fsConstants.O_WRONLY | fsConstants.O_CREAT | fsConstants.O_EXCL | (fsConstants.O_NOFOLLOW ?? 0),
    0o600,
  );
  try {
    await fh.writeFile(bytes);
    await fh.sync();
  } catch (e) {
    await fh.close();
    await rm(tmp, { force: true });
    throw e;
  }
  await fh.close();
  await rename(tmp, path);
  // The rename is durable only once the directory entry is on disk.
  const dh = await open(dir, fsConstants.O_RDONLY);
  try {
    await dh.sync();
  } finally {
    await dh.close();
  }
}

/** An unlocked key store: the plaintext it holds and the key to write it back. Never printed. */
export class KeyStore {
  readonly #dir: string;
  readonly #header: Uint8Array;
  readonly #check: Uint8Array;
  readonly #key: Uint8Array;
  #plaintext: Uint8Array;

  private constructor(
    dir: string,
    header: Uint8Array,
    check: Uint8Array,
    key: Uint8Array,
    plaintext: Uint8Array,
  ) {
    this.#dir = dir;
    this.#header = header;
    this.#check = check;
    this.#key = key;
    this.#plaintext = plaintext;
  }

  /** Path of the key store file in `dir`. */
  static path(dir: string): string {
    return join(dir, KEYSTORE_FILE);
  }

  /** True when `dir` holds a key store file. */
  static async exists(dir: string): Promise<boolean> {
    try {
      await stat(KeyStore.path(dir));
      return true;
    } catch {
      return false;
    }
  }

  /**
   * Create a new key store in `dir` (made with mode 0700 if missing) holding
   * `plaintext`; `KEYSTORE_EXISTS` when one is already there.
   */
  static async create(
    dir: string,
    passphrase: string,
    plaintext: Uint8Array,
    kdf: KdfParams = DEFAULT_KDF,
  ): Promise<KeyStore> {
    checkParams(kdf);
    if (passphrase.length === 0) throw new DefTalkError('KEYSTORE_BAD_PASSPHRASE');
    await mkdir(dir, { recursive: true, mode: 0o700 });
    if (await KeyStore.exists(dir)) throw new DefTalkError('KEYSTORE_EXISTS');
    const salt = new Uint8Array(nodeRandomBytes(16));
    const header = encodeHeader(kdf, salt);
    const { key, check } = await derive(passphrase, salt, kdf);
    const store = new KeyStore(dir, header, check, key, plaintext.slice());
    await store.save(plaintext);
    return store;
  }

  /**
   * Open the key store in `dir` (spec/client.md §Opening the key store):
   * `KEYSTORE_NOT_FOUND`, `KEYSTORE_CORRUPT`, `KEYSTORE_UNSUPPORTED_VERSION`
   * or `KEYSTORE_BAD_PASSPHRASE` when it cannot be opened.
   */
  static async open(dir: string, passphrase: string): Promise<KeyStore> {
    let file: Uint8Array;
    try {
      file = new Uint8Array(await readFile(KeyStore.path(dir)));
    } catch {
      throw new DefTalkError('KEYSTORE_NOT_FOUND');
    }
    return KeyStore.fromBytes(dir, file, passphrase);
  }

  /** Open key store bytes read elsewhere; `dir` is where later saves go. */
  static async fromBytes(dir: string, file: Uint8Array, passphrase: string): Promise<KeyStore> {
    // Steps 1-3: magic, version, KDF and its parameters, length.
    if (file.length < HEADER_LENGTH || !equalBytes(file.subarray(0, 4), KEYSTORE_MAGIC)) {
      throw new DefTalkError('KEYSTORE_CORRUPT');
    }
    if (file[4] !== KEYSTORE_VERSION) throw new DefTalkError('KEYSTORE_UNSUPPORTED_VERSION');
    if (file[5] !== KDF_SCRYPT) throw new DefTalkError('KEYSTORE_UNSUPPORTED_VERSION');
    const kdf = { log2N: file[6]!, r: file[7]!, p: file[8]! };
    checkParams(kdf);
    if (file.length < HEADER_LENGTH + CHECK_LENGTH + NONCE_LENGTH + TAG_LENGTH) {
      throw new DefTalkError('KEYSTORE_CORRUPT');
    }
    const header = file.slice(0, HEADER_LENGTH);
    const stored = file.subarray(HEADER_LENGTH, HEADER_LENGTH + CHECK_LENGTH);
    // Step 4: the passphrase, through the check value.
    const { key, check } = await derive(passphrase, header.subarray(9, 25), kdf);
    if (!equalBytes(check, stored)) {
      key.fill(0);
      throw new DefTalkError('KEYSTORE_BAD_PASSPHRASE');
    }
    // Step 5: the AEAD over everything after the header.
    const nonceAt = HEADER_LENGTH + CHECK_LENGTH;
    const nonce = file.subarray(nonceAt, nonceAt + NONCE_LENGTH);
    const aad = file.subarray(0, nonceAt);
    let plaintext: Uint8Array;
    try {
      plaintext = xchacha20poly1305(key, nonce, aad).decrypt(file.subarray(nonceAt + NONCE_LENGTH));
    } catch (cause) {
      throw new DefTalkError('KEYSTORE_CORRUPT', undefined, { cause });
    }
    return new KeyStore(dir, header, check.slice(), key, plaintext);
  }

  /** The decrypted content as last saved (a copy). */
  get plaintext(): Uint8Array {
    return this.#plaintext.slice();
  }

  /** The directory the store lives in. */
  get dir(): string {
    return this.#dir;
  }

  /**
   * Encrypt `plaintext` under a fresh random nonce and replace the file
   * atomically (spec/client.md §Writing the key store).
   */
  async save(plaintext: Uint8Array): Promise<void> {
    const nonce = new Uint8Array(nodeRandomBytes(NONCE_LENGTH));
    const aad = new Uint8Array(HEADER_LENGTH + CHECK_LENGTH);
    aad.set(this.#header, 0);
    aad.set(this.#check, HEADER_LENGTH);
    const sealed = xchacha20poly1305(this.#key, nonce, aad).encrypt(plaintext);
    const file = new Uint8Array(aad.length + NONCE_LENGTH + sealed.length);
    file.set(aad, 0);
    file.set(nonce, aad.length);
    file.set(sealed, aad.length + NONCE_LENGTH);
    await writeFileAtomic(KeyStore.path(this.#dir), this.#dir, file);
    this.#plaintext = plaintext.slice();
  }

  /** Forget the key; later saves fail. */
  close(): void {
    this.#key.fill(0);
    this.#plaintext.fill(0);
  }

  [INSPECT](): string {
    return 'KeyStore [REDACTED]';
  }
  toString(): string {
    return 'KeyStore [REDACTED]';
  }
  toJSON(): string {
    return '[REDACTED]';
  }
}
