/**
 * @module
 * The adversarial peer of client mode: the reference peer of
 * conformance/cases/client/_peer.ts ({@link CasePeer}, a real identity,
 * prekeys and session cipher from the reference library) with switches
 * for what an attacker, or a broken peer, would send a client under test
 * (spec/conformance.md §Adversarial peer):
 *
 * - bundles with a wrong signature (a flipped bit, or a valid signature by
 *   another identity key), with keys that do not decode (REQ-SESSION-005),
 *   or that hand out the same one-time prekey every time;
 * - session messages delivered reordered (seeded) and replayed;
 * - malformed messages (every shape REQ-SESSION-007 names) and oversized
 *   ones;
 * - an identity-key change of a peer the client already knows;
 * - PreKeyMessages whose embedded Message does not authenticate;
 * - a stale device list: a replay of an older list of the peer's account,
 *   validly signed, after the client has seen a newer one (REQ-CLIENT-013).
 *
 * Every choice comes from the case's seeded randomness, so `--seed`
 * replays the attack. Group messages from a removed member are sent by the
 * group cases' own peers (conformance/cases/client/groups.ts), not by a
 * switch here.
 */

import { type SignedList, signDeviceList } from '../../reference/client/deviceList.ts';
import type { DeviceEntry } from '../../reference/wire/account.ts';
import { type DeviceId, PRIMARY_DEVICE_ID } from '../../reference/wire/ids.ts';
import type { CaseContext, DriverLink } from '../case.ts';
import { check } from '../case.ts';
import {
  b64,
  bundleFromDriver,
  CasePeer,
  caseRandom,
  type DriverBundle,
  unb64,
} from '../cases/client/_peer.ts';

/** What the adversary does wrong; everything absent is honest. */
export interface AdversarySwitches {
  /**
   * Bundles: `signedPreKey` or `kemPreKey` flips one bit of that signature;
   * `otherIdentity` signs both prekeys with another identity key (a valid
   * Ed25519 signature, by the wrong key).
   */
  wrongSignature?: 'signedPreKey' | 'kemPreKey' | 'otherIdentity';
  /** Bundles: one key that does not decode (spec/session.md §Sending the initial message, step 1). */
  invalidKey?: InvalidKeyKind;
  /** Bundles: every bundle carries the first bundle's one-time prekey (same id, same key). */
  reusePrekey?: boolean;
  /** Message delivery: a seeded permutation instead of the order of encryption. */
  reorder?: boolean;
  /** Message delivery: every message is delivered a second time after all first deliveries. */
  replay?: boolean;
  /**
   * Device lists: {@link Adversary.presentedDeviceList} is a replay of one of
   * the account's earlier signed lists (seeded, never the newest) instead of
   * the newest, as a relay hiding a device change would serve it.
   */
  staleDeviceList?: boolean;
}

/** A device list of the adversary's account as signed, with what it says. */
export interface SignedDeviceList extends SignedList {
  readonly version: number;
  readonly deviceIds: readonly number[];
}

/** Keys that must be refused with `INVALID_KEY` (REQ-SESSION-005). */
export type InvalidKeyKind =
  | 'identity-small-order'
  | 'identity-non-canonical'
  | 'signed-prekey-length'
  | 'kem-prekey-length'
  | 'kem-prekey-modulus';

/** Every {@link InvalidKeyKind}, for cases that try them all. */
export const INVALID_KEY_KINDS: readonly InvalidKeyKind[] = [
  'identity-small-order',
  'identity-non-canonical',
  'signed-prekey-length',
  'kem-prekey-length',
  'kem-prekey-modulus',
];

/** Malformed session messages and the error each must be refused with (spec/session.md §Errors). */
export type MalformedKind =
  | 'empty'
  | 'unknown-kind'
  | 'message-too-short'
  | 'prekey-message-too-short'
  | 'opk-present-invalid'
  | 'opk-id-without-opk'
  | 'embedded-not-message'
  | 'header-bit-flip'
  | 'tag-bit-flip';

/** The malformations and the error name REQ-SESSION-007 or REQ-SESSION-011 requires for each. */
export const MALFORMED: Readonly<Record<MalformedKind, { needs: 'message' | 'prekey'; error: string }>> = {
  empty: { needs: 'message', error: 'INVALID_SESSION_MESSAGE' },
  'unknown-kind': { needs: 'message', error: 'INVALID_SESSION_MESSAGE' },
  'message-too-short': { needs: 'message', error: 'INVALID_SESSION_MESSAGE' },
  'prekey-message-too-short': { needs: 'prekey', error: 'INVALID_SESSION_MESSAGE' },
  'opk-present-invalid': { needs: 'prekey', error: 'INVALID_SESSION_MESSAGE' },
  'opk-id-without-opk': { needs: 'prekey', error: 'INVALID_SESSION_MESSAGE' },
  'embedded-not-message': { needs: 'prekey', error: 'INVALID_SESSION_MESSAGE' },
  'header-bit-flip': { needs: 'message', error: 'DECRYPTION_FAILED' },
  'tag-bit-flip': { needs: 'message', error: 'DECRYPTION_FAILED' },
};

/** spec/session.md §PreKeyMessage encoding: offsets of the prefix fields. */
const PKM = { opkPresent: 73, opkId: 74, message: 1166, min: 1223 } as const;
/** spec/session.md §Message encoding. */
const MSG = { header: 41, min: 57 } as const;

/** One message the adversary encrypted, with the text it carries. */
export interface SentMessage {
  readonly index: number;
  readonly text: string;
  readonly wire: Uint8Array;
}

/** One delivery of a scheduled message; `replay` marks a second delivery. */
export interface Delivery extends SentMessage {
  readonly replay: boolean;
}

const utf8 = (s: string) => new TextEncoder().encode(s);

/** The driver's `keys.generate` answer. */
export type DriverKeys = Parameters<typeof bundleFromDriver>[1];

/** The adversarial peer. */
export class Adversary extends CasePeer {
  readonly switches: AdversarySwitches;
  readonly #ctx: CaseContext;
  #firstOneTime: DriverBundle['oneTimePreKey'];
  #sent = 0;
  readonly #lists: SignedDeviceList[] = [];
  readonly #deviceKeys = new Map<number, Uint8Array>();

  constructor(ctx: CaseContext, switches: AdversarySwitches = {}) {
    super(ctx);
    this.#ctx = ctx;
    this.switches = switches;
  }

  /** The same adversary under a new identity key (a reinstall, or an impostor using the peer's name). */
  withNewIdentity(switches: AdversarySwitches = this.switches): Adversary {
    return new Adversary(this.#ctx, switches);
  }

  /** A bundle for the client under test to initiate with, with the bundle switches applied. */
  override bundle(opts: { noOneTime?: boolean } = {}): DriverBundle {
    const out = super.bundle(opts);
    const s = this.switches;
    if (s.reusePrekey) {
      if (this.#firstOneTime) out.oneTimePreKey = this.#firstOneTime;
      else this.#firstOneTime = out.oneTimePreKey;
    }
    if (s.wrongSignature === 'signedPreKey')
      out.signedPreKey.signature = flipB64(out.signedPreKey.signature, 5);
    if (s.wrongSignature === 'kemPreKey') out.kemPreKey.signature = flipB64(out.kemPreKey.signature, 9);
    if (s.wrongSignature === 'otherIdentity') {
      const other = new CasePeer(this.#ctx).bundle();
      // Another identity's signatures over its own keys, presented under this identity.
      out.signedPreKey = other.signedPreKey;
      out.kemPreKey = other.kemPreKey;
    }
    if (s.invalidKey) applyInvalidKey(out, s.invalidKey);
    return out;
  }

  /**
   * Initiate a session to the client under test with a bundle made from its
   * own `keys.generate` answer, as a peer that fetched its bundle would.
   * Uses the client's first one-time prekey unless `oneTime` is false.
   */
  async initiateTo(
    driver: DriverLink,
    driverIdentityKey: Uint8Array,
    opts: { oneTime?: boolean; keys?: DriverKeys } = {},
  ): Promise<DriverKeys> {
    // A peer reusing a bundle it fetched before presents the same one-time prekey again.
    const keys = opts.keys ?? (await driver.call<DriverKeys>('keys.generate', { oneTime: 1, kem: 2 }));
    this.cipher.initiate(
      'driver',
      bundleFromDriver(driverIdentityKey, keys, opts.oneTime === false ? undefined : 0, 0),
    );
    return keys;
  }

  /** Encrypt `n` messages to the client under test, each with a recognisable text. */
  encryptMany(n: number, label: string): SentMessage[] {
    return Array.from({ length: n }, () => {
      const index = this.#sent++;
      const text = `${label} #${index}`;
      return { index, text, wire: this.cipher.encrypt('driver', utf8(text)) };
    });
  }

  /** Decrypt what the client under test sent (its answer ratchets the adversary forward). */
  decryptFromDriver(wire: Uint8Array): string {
    return new TextDecoder().decode(this.cipher.decrypt('driver', wire));
  }

  /**
   * Sign the account's next device list (spec/accounts.md §Device list):
   * version one above the last, the primary (the adversary's identity key as
   * its device key) plus a device with a seeded key for each id of
   * `linked`. Every list stays in the history, oldest first.
   */
  signNextDeviceList(linked: readonly number[]): SignedDeviceList {
    const version = this.#lists.length + 1;
    const devices: DeviceEntry[] = [
      { deviceId: PRIMARY_DEVICE_ID, deviceKey: this.identity.publicKey.bytes, addedAtMs: 1 },
      ...linked.map((id) => ({
        deviceId: id as DeviceId,
        deviceKey: this.#deviceKey(id),
        addedAtMs: id,
      })),
    ];
    const signed = signDeviceList(this.identity, { version, devices });
    const list = { ...signed, version, deviceIds: devices.map((d) => d.deviceId) };
    this.#lists.push(list);
    return list;
  }

  /** Every device list signed so far, oldest first. */
  get deviceLists(): readonly SignedDeviceList[] {
    return this.#lists;
  }

  /** The list the adversary presents now: the newest, or under `staleDeviceList` a seeded earlier one. */
  presentedDeviceList(): SignedDeviceList {
    const newest = this.#lists.at(-1);
    check(newest, 'the adversary has signed a device list');
    if (!this.switches.staleDeviceList) return newest;
    check(this.#lists.length > 1, 'a stale device list needs an earlier one');
    return this.#lists[Math.floor(this.#ctx.random() * (this.#lists.length - 1))]!;
  }

  /** A seeded device key per linked id, the same in every list that holds the device. */
  #deviceKey(id: number): Uint8Array {
    let key = this.#deviceKeys.get(id);
    if (!key) {
      key = caseRandom(this.#ctx)(32);
      this.#deviceKeys.set(id, key);
    }
    return key;
  }

  /** The deliveries of `messages` under the delivery switches: reordered (seeded) and replayed. */
  schedule(messages: readonly SentMessage[]): Delivery[] {
    const order = messages.map((m) => ({ ...m, replay: false }));
    if (this.switches.reorder) {
      shuffle(order, () => this.#ctx.random());
      // A reordering that happens to be the identity would test nothing: swap the first two then.
      if (order.length > 1 && order.every((m, i) => m.index === messages[i]!.index))
        [order[0], order[1]] = [order[1]!, order[0]!];
    }
    const replays = this.switches.replay ? order.map((m) => ({ ...m, replay: true })) : [];
    if (this.switches.replay && this.switches.reorder) shuffle(replays, () => this.#ctx.random());
    return [...order, ...replays];
  }
}

/** Fisher-Yates with the case's seeded randomness. */
export function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

function flipB64(value: string, at: number): string {
  const bytes = unb64(value);
  bytes[at % bytes.length]! ^= 0x01;
  return b64(bytes);
}

function applyInvalidKey(bundle: DriverBundle, kind: InvalidKeyKind): void {
  switch (kind) {
    case 'identity-small-order': {
      // The identity element (y = 1): a canonical encoding of a point of order 1.
      const k = new Uint8Array(32);
      k[0] = 1;
      bundle.identityKey = b64(k);
      break;
    }
    case 'identity-non-canonical': {
      // y = p = 2^255 - 19, an encoding of y = 0 that is not reduced.
      const k = new Uint8Array(32).fill(0xff);
      k[0] = 0xed;
      k[31] = 0x7f;
      bundle.identityKey = b64(k);
      break;
    }
    case 'signed-prekey-length':
      bundle.signedPreKey.publicKey = b64(unb64(bundle.signedPreKey.publicKey).subarray(0, 31));
      break;
    case 'kem-prekey-length':
      bundle.kemPreKey.publicKey = b64(unb64(bundle.kemPreKey.publicKey).subarray(0, 1183));
      break;
    case 'kem-prekey-modulus': {
      // FIPS 203 §7.2: the first 12-bit coefficient becomes 4095, not below q = 3329.
      const k = unb64(bundle.kemPreKey.publicKey);
      k[0] = 0xff;
      k[1] = k[1]! | 0x0f;
      bundle.kemPreKey.publicKey = b64(k);
      break;
    }
  }
}

/**
 * `genuine` malformed as `kind` (spec/session.md §PreKeyMessage encoding,
 * §Message encoding). `genuine` must be a PreKeyMessage for the kinds
 * {@link MALFORMED} marks `prekey`, and a Message otherwise.
 */
export function malform(genuine: Uint8Array, kind: MalformedKind): Uint8Array {
  const isPrekey = genuine[0] === 0x02;
  check(
    MALFORMED[kind].needs === (isPrekey ? 'prekey' : 'message'),
    `malform ${kind} needs a ${MALFORMED[kind].needs} message`,
  );
  const out = genuine.slice();
  switch (kind) {
    case 'empty':
      return new Uint8Array(0);
    case 'unknown-kind':
      out[0] = 0x03;
      return out;
    case 'message-too-short':
      return out.subarray(0, MSG.min - 1);
    case 'prekey-message-too-short':
      return out.subarray(0, PKM.min - 1);
    case 'opk-present-invalid':
      out[PKM.opkPresent] = 0x02;
      return out;
    case 'opk-id-without-opk':
      out[PKM.opkPresent] = 0x00;
      out[PKM.opkId + 3] = out[PKM.opkId + 3]! | 0x01;
      return out;
    case 'embedded-not-message':
      out[PKM.message] = 0x02;
      return out;
    case 'header-bit-flip':
      out[MSG.header - 1]! ^= 0x01;
      return out;
    case 'tag-bit-flip':
      out[out.length - 1]! ^= 0x01;
      return out;
  }
}

/** `genuine` with `extra` seeded random bytes appended to its ciphertext: an oversized message that cannot authenticate. */
export function oversize(genuine: Uint8Array, extra: number, random: () => number): Uint8Array {
  const out = new Uint8Array(genuine.length + extra);
  out.set(genuine);
  for (let i = genuine.length; i < out.length; i += 4096) out[i] = Math.floor(random() * 256);
  return out;
}

/** A PreKeyMessage whose embedded Message fails to authenticate (REQ-SESSION-009): its last tag byte flipped. */
export function unauthenticatedPreKeyMessage(genuine: Uint8Array): Uint8Array {
  check(genuine[0] === 0x02, 'a PreKeyMessage to spoil');
  const out = genuine.slice();
  out[out.length - 1]! ^= 0x01;
  return out;
}
