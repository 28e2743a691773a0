/**
 * @module
 * Device linking by a provisioning payload (spec/accounts.md §Linking,
 * §Provisioning envelope; spec/client.md §Provisioning). The new device
 * shows a provisioning link, `deftalk-link:v1?id=<32 hex>&key=<base64url>`,
 * naming its mailbox and its ephemeral X25519 public key; the primary
 * encrypts the `ProvisioningPayload` to that key:
 *
 * ```text
 * shared = X25519(e, E_new)                       (all zero refused)
 * okm    = HKDF-SHA-256(salt = empty, IKM = shared, info = "DefTalk-v1 provisioning", L = 44)
 * key    = okm[0..32], nonce = okm[32..44]
 * ciphertext = ChaCha20-Poly1305(key, nonce, ProvisioningPayload, aad = X25519_pub(e) || E_new)
 * ```
 */
import { chacha20poly1305 } from '@noble/ciphers/chacha.js';
import { hkdf } from '@noble/hashes/hkdf.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { DefTalkError } from '../errors/index.ts';
import {
  decodeProvisioningPayload,
  encodeProvisioningPayload,
  type ProvisioningEnvelope,
  type ProvisioningPayload,
} from '../wire/account.ts';
import { DhKeyPair, type RandomSource, systemRandom } from './session/keys.ts';

/** Scheme and version of the provisioning link text (spec/client.md §Provisioning link). */
export const PROVISIONING_LINK_PREFIX = 'deftalk-link:v1?';
/** HKDF info of the provisioning envelope (spec/accounts.md §Provisioning envelope). */
export const PROVISIONING_INFO = new TextEncoder().encode('DefTalk-v1 provisioning');

/** What the new device shows: its mailbox and its ephemeral public key. */
export interface ProvisioningLink {
  /** 32 lowercase hex digits. */
  readonly provisioningId: string;
  /** The new device's ephemeral X25519 public key, 32 bytes. */
  readonly publicKey: Uint8Array;
}

/** Render a {@link ProvisioningLink} as the text a QR code carries. */
export function formatProvisioningLink(link: ProvisioningLink): string {
  return `${PROVISIONING_LINK_PREFIX}id=${link.provisioningId}&key=${Buffer.from(link.publicKey).toString('base64url')}`;
}

/** Parse provisioning link text; `PROVISIONING_INVALID` when it is not one. */
export function parseProvisioningLink(text: string): ProvisioningLink {
  const t = text.trim();
  if (!t.startsWith(PROVISIONING_LINK_PREFIX)) throw new DefTalkError('PROVISIONING_INVALID');
  const q = new URLSearchParams(t.slice(PROVISIONING_LINK_PREFIX.length));
  const id = q.get('id') ?? '';
  const key = q.get('key') ?? '';
  if (!/^[0-9a-f]{32}$/.test(id) || !/^[A-Za-z0-9_-]{43}$/.test(key))
    throw new DefTalkError('PROVISIONING_INVALID');
  return { provisioningId: id, publicKey: new Uint8Array(Buffer.from(key, 'base64url')) };
}

function keyAndNonce(shared: Uint8Array): { key: Uint8Array; nonce: Uint8Array } {
  const okm = hkdf(sha256, shared, new Uint8Array(0), PROVISIONING_INFO, 44);
  return { key: okm.slice(0, 32), nonce: okm.slice(32, 44) };
}

function aad(ephemeral: Uint8Array, recipient: Uint8Array): Uint8Array {
  const out = new Uint8Array(64);
  out.set(ephemeral, 0);
  out.set(recipient, 32);
  return out;
}

/** The primary's side: encrypt `payload` to the new device's key (spec/accounts.md §Provisioning envelope). */
export function sealProvisioning(
  recipient: Uint8Array,
  payload: Parameters<typeof encodeProvisioningPayload>[0],
  random: RandomSource = systemRandom,
): ProvisioningEnvelope {
  const e = DhKeyPair.generate(random);
  let shared: Uint8Array;
  try {
    shared = e.agree(recipient);
  } catch (cause) {
    throw new DefTalkError('PROVISIONING_INVALID', undefined, { cause });
  }
  const { key, nonce } = keyAndNonce(shared);
  const ephemeralKey = e.publicKey.bytes;
  const ciphertext = chacha20poly1305(key, nonce, aad(ephemeralKey, recipient)).encrypt(
    encodeProvisioningPayload(payload),
  );
  return { ephemeralKey, ciphertext };
}

/** The new device's side: decrypt and decode; `PROVISIONING_INVALID` when it does not authenticate. */
export function openProvisioning(own: DhKeyPair, envelope: ProvisioningEnvelope): ProvisioningPayload {
  try {
    const { key, nonce } = keyAndNonce(own.agree(envelope.ephemeralKey));
    const plaintext = chacha20poly1305(key, nonce, aad(envelope.ephemeralKey, own.publicKey.bytes)).decrypt(
      envelope.ciphertext,
    );
    return decodeProvisioningPayload(plaintext);
  } catch (cause) {
    throw new DefTalkError('PROVISIONING_INVALID', undefined, { cause });
  }
}
