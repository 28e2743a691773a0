/**
 * @module
 * Contact credentials (spec/discovery.md §Contact credential): with every
 * discovery match the relay issues a short-lived proof that the viewer had
 * the owner's number, an HMAC-SHA-256 under a relay key over (viewer, owner,
 * the owner's number epoch, expiry). The relay stores nothing per
 * credential: a number change increments the owner's number epoch
 * ({@link ContactCredentials.revoke}), and account deletion removes the
 * owner, so every earlier credential fails its check on use.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DefTalkError } from '../errors/index.ts';
import {
  type ContactCredentialFields,
  decodeContactCredential,
  encodeContactCredential,
} from '../wire/discovery.ts';
import { type AccountId, accountIdToBytes } from '../wire/ids.ts';
import type { Clock } from './clock.ts';
import type { NumberEpochStore } from './storage/profiles.ts';

/** File name of the credential key inside the data directory. */
export const CONTACT_CREDENTIAL_KEY_FILE = 'contact-credential.key';

/** Lifetime of a contact credential: 7 days of relay time (spec/discovery.md §Contact credential). */
export const CONTACT_CREDENTIAL_TTL_MS = 7 * 24 * 3600_000;

const KEY_BYTES = 32;
const LABEL = new TextEncoder().encode('DefTalk-v1 contact credential');

/** Read the credential MAC key from `dataDir`, creating it (mode 0600) on first start. */
export function loadContactCredentialKey(dataDir: string): Uint8Array {
  const path = join(dataDir, CONTACT_CREDENTIAL_KEY_FILE);
  if (!existsSync(path)) {
    writeFileSync(path, randomBytes(KEY_BYTES), { mode: 0o600, flag: 'wx' });
    chmodSync(path, 0o600);
  }
  const key = readFileSync(path);
  if (key.length !== KEY_BYTES)
    throw new Error(`${CONTACT_CREDENTIAL_KEY_FILE}: expected ${KEY_BYTES} bytes`);
  return new Uint8Array(key);
}

/** Does the owner account exist now (the account store's answer)? */
export type AccountExists = (account: AccountId) => Promise<boolean>;

/** Issues and checks contact credentials (spec/discovery.md §Contact credential). */
export class ContactCredentials {
  readonly #key: Uint8Array;
  readonly #epochs: NumberEpochStore;
  readonly #exists: AccountExists;
  readonly #clock: Clock;

  constructor(key: Uint8Array, epochs: NumberEpochStore, exists: AccountExists, clock: Clock) {
    this.#key = key;
    this.#epochs = epochs;
    this.#exists = exists;
    this.#clock = clock;
  }

  /** A credential saying `viewer` had `owner`'s number now, valid for {@link CONTACT_CREDENTIAL_TTL_MS}. */
  async issue(viewer: AccountId, owner: AccountId): Promise<Uint8Array> {
    const fields: ContactCredentialFields = {
      viewer,
      owner,
      numberEpoch: await this.#epochs.numberEpoch(owner),
      expiresAtMs: this.#clock.now() + CONTACT_CREDENTIAL_TTL_MS,
    };
    return encodeContactCredential(fields, this.#mac(fields));
  }

  /**
   * Check a credential presented by `viewer` for `owner` (spec/discovery.md
   * §Contact credential, verification steps 1-5); CONTACT_CREDENTIAL_INVALID
   * when any step fails.
   */
  async verify(viewer: AccountId, owner: AccountId, credential: Uint8Array): Promise<void> {
    const { fields, mac } = decodeContactCredential(credential);
    const expected = this.#mac(fields);
    const ok =
      timingSafeEqual(Buffer.from(mac), Buffer.from(expected)) &&
      fields.viewer === viewer &&
      fields.owner === owner &&
      fields.expiresAtMs > this.#clock.now() &&
      fields.numberEpoch === (await this.#epochs.numberEpoch(owner)) &&
      (await this.#exists(owner));
    if (!ok) throw new DefTalkError('CONTACT_CREDENTIAL_INVALID');
  }

  /** The owner's number changed: every credential issued for it so far is refused from now on. */
  async revoke(owner: AccountId): Promise<void> {
    await this.#epochs.bumpNumberEpoch(owner);
  }

  #mac(f: ContactCredentialFields): Uint8Array {
    const fixed = Buffer.alloc(4 + 8);
    fixed.writeUInt32BE(f.numberEpoch, 0);
    fixed.writeBigUInt64BE(BigInt(f.expiresAtMs), 4);
    return new Uint8Array(
      createHmac('sha256', this.#key)
        .update(LABEL)
        .update(accountIdToBytes(f.viewer))
        .update(accountIdToBytes(f.owner))
        .update(fixed)
        .digest(),
    );
  }
}
