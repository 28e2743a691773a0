/**
 * @module
 * Session state and the Double Ratchet (spec/session.md §Double Ratchet):
 * initialization from the PQXDH shared key, RatchetEncrypt, RatchetDecrypt
 * with skipped message keys, and the versioned serialization the encrypted
 * key store keeps (spec/session.md §Session state serialization).
 *
 * Decryption is transactional: it runs on a copy of the state and the copy
 * replaces the state only when the message authenticated, so a forged,
 * replayed or over-skipping message leaves the session exactly as it was.
 *
 * @example
 * ```ts
 * const alice = SessionState.initiator({ sharedKey, associatedData, peerIdentity: bob, baseKey, remoteRatchet: spk });
 * const bobState = SessionState.responder({ sharedKey, associatedData, peerIdentity: alice, baseKey, ratchet: spkPair });
 * bobState.decrypt(alice.encrypt(utf8('hi')));
 * ```
 */
import { DefTalkError } from '../../errors/index.ts';
import { concat, copy, ctEqual, INSPECT, REDACTED, readU32, u32 } from './_bytes.ts';
import { ChainKey } from './chainKey.ts';
import { encodeHeader, type Header } from './header.ts';
import { DhKeyPair, DhPublicKey, IdentityKey, type RandomSource, systemRandom } from './keys.ts';
import { decodeMessage } from './message.ts';
import { MessageKey } from './messageKey.ts';
import { PREKEY_PREFIX_LENGTH } from './preKeyMessage.ts';
import { RootKey } from './rootKey.ts';
import { MAX_SKIP, SkippedKeys } from './skippedKeys.ts';

/** Version byte of the serialized state. */
export const SESSION_STATE_VERSION = 0x01;
/** How many past receiving-chain ratchet keys are remembered to recognise replays. */
export const MAX_RETIRED_CHAINS = 20;
/** How many base keys of replaced sessions are remembered to refuse replayed PreKeyMessages. */
export const MAX_REPLACED_BASE_KEYS = 40;

interface Fields {
  peerIdentity: IdentityKey;
  associatedData: Uint8Array;
  baseKey: Uint8Array;
  rootKey: RootKey;
  sendingRatchet: DhKeyPair;
  remoteRatchet: DhPublicKey | undefined;
  sendingChain: ChainKey | undefined;
  receivingChain: ChainKey | undefined;
  previousCounter: number;
  skipped: SkippedKeys;
  retiredChains: Uint8Array[];
  replacedBaseKeys: Uint8Array[];
  pendingPreKey: Uint8Array | undefined;
}

/** Parameters shared by both initializations. */
export interface SessionInit {
  /** SK from PQXDH (32 bytes). */
  sharedKey: Uint8Array;
  /** AD = IK_A || IK_B (64 bytes). */
  associatedData: Uint8Array;
  /** The peer's identity key. */
  peerIdentity: IdentityKey;
  /** EK_A, the initiator's ephemeral public key: the session's base key. */
  baseKey: Uint8Array;
}

/** One Double Ratchet session with one peer. Never printed. */
export class SessionState {
  #f: Fields;

  private constructor(f: Fields) {
    this.#f = f;
  }

  /**
   * The initiator's state (spec/session.md §Initialization, initiator): the
   * first sending ratchet key pair is drawn from `random`, and the first
   * sending chain comes from KDF_RK(SK, DH(DHs, SPK_B)). Until the peer
   * answers, every message is prefixed with `pendingPreKey`.
   */
  static initiator(
    init: SessionInit & { remoteRatchet: DhPublicKey; pendingPreKey?: Uint8Array | undefined },
    random: RandomSource = systemRandom,
  ): SessionState {
    const sendingRatchet = DhKeyPair.generate(random);
    const { rootKey, chainKey } = new RootKey(init.sharedKey).advance(
      sendingRatchet.agree(init.remoteRatchet),
    );
    return new SessionState({
      ...base(init),
      rootKey,
      sendingRatchet,
      remoteRatchet: init.remoteRatchet,
      sendingChain: chainKey,
      receivingChain: undefined,
      pendingPreKey: init.pendingPreKey ? copy(init.pendingPreKey) : undefined,
    });
  }

  /**
   * The responder's state (spec/session.md §Initialization, responder): the
   * signed prekey pair is the first ratchet key pair and RK = SK; no chains
   * exist until the first message performs a DH ratchet step.
   */
  static responder(init: SessionInit & { ratchet: DhKeyPair }): SessionState {
    return new SessionState({
      ...base(init),
      rootKey: new RootKey(init.sharedKey),
      sendingRatchet: init.ratchet,
      remoteRatchet: undefined,
      sendingChain: undefined,
      receivingChain: undefined,
      pendingPreKey: undefined,
    });
  }

  /** The peer's identity key. */
  get peerIdentity(): IdentityKey {
    return this.#f.peerIdentity;
  }

  /** The session's base key EK_A (public). */
  get baseKey(): Uint8Array {
    return copy(this.#f.baseKey);
  }

  /** The session's associated data AD (public: two identity keys). */
  get associatedData(): Uint8Array {
    return copy(this.#f.associatedData);
  }

  /** True while outgoing messages still carry the PreKeyMessage prefix. */
  get awaitingReply(): boolean {
    return this.#f.pendingPreKey !== undefined;
  }

  /** Number of skipped message keys stored. */
  get skippedKeyCount(): number {
    return this.#f.skipped.size;
  }

  /** Base keys of sessions this one replaced (spec/session.md §Session reset). */
  get replacedBaseKeys(): readonly Uint8Array[] {
    return this.#f.replacedBaseKeys.map(copy);
  }

  /** Record that this session replaces `previous` (its base key and the ones it remembered). */
  inheritReplaced(previous: SessionState): void {
    const keys = [...previous.#f.replacedBaseKeys, previous.#f.baseKey];
    this.#f.replacedBaseKeys = keys.slice(-MAX_REPLACED_BASE_KEYS);
  }

  /**
   * RatchetEncrypt (spec/session.md §Sending a message): returns a Message,
   * or a PreKeyMessage while the peer has not answered yet.
   */
  encrypt(plaintext: Uint8Array): Uint8Array {
    const f = this.#f;
    if (!f.sendingChain) throw new DefTalkError('INVALID_SESSION_STATE');
    const mk = f.sendingChain.messageKey();
    f.sendingChain = f.sendingChain.next();
    const header = encodeHeader({ dh: f.sendingRatchet.publicKey, pn: f.previousCounter, n: mk.index });
    const message = concat(header, mk.encrypt(plaintext, f.associatedData, header));
    return f.pendingPreKey ? concat(f.pendingPreKey, message) : message;
  }

  /**
   * RatchetDecrypt (spec/session.md §Receiving a message) of a Message (not a
   * PreKeyMessage: strip the prefix first). `random` supplies the new sending
   * ratchet key pair of a DH ratchet step.
   */
  decrypt(messageBytes: Uint8Array, random: RandomSource = systemRandom): Uint8Array {
    const { header, headerBytes, ciphertext } = decodeMessage(messageBytes);
    const f: Fields = {
      ...this.#f,
      skipped: this.#f.skipped.clone(),
      retiredChains: [...this.#f.retiredChains],
    };
    const plaintext = decryptInto(f, header, headerBytes, ciphertext, random);
    // Step 9: a message from the peer proves it has the session; stop sending the prefix.
    f.pendingPreKey = undefined;
    this.#f = f;
    return plaintext;
  }

  /** Serialize (spec/session.md §Session state serialization). The output holds secrets: store it encrypted. */
  serialize(): Uint8Array {
    const f = this.#f;
    const flags =
      (f.remoteRatchet ? 1 : 0) |
      (f.sendingChain ? 2 : 0) |
      (f.receivingChain ? 4 : 0) |
      (f.pendingPreKey ? 8 : 0);
    const parts: Uint8Array[] = [
      Uint8Array.of(SESSION_STATE_VERSION, flags),
      f.peerIdentity.bytes,
      f.associatedData,
      f.baseKey,
      f.rootKey.expose(),
      f.sendingRatchet.exposeSecret(),
    ];
    if (f.remoteRatchet) parts.push(f.remoteRatchet.bytes);
    if (f.sendingChain) parts.push(f.sendingChain.expose(), u32(f.sendingChain.index));
    if (f.receivingChain) parts.push(f.receivingChain.expose(), u32(f.receivingChain.index));
    parts.push(u32(f.previousCounter), Uint8Array.of(f.retiredChains.length), ...f.retiredChains);
    parts.push(Uint8Array.of(f.replacedBaseKeys.length), ...f.replacedBaseKeys);
    const skipped = f.skipped.entries();
    parts.push(u32(skipped.length));
    for (const s of skipped) parts.push(s.ratchetKey, u32(s.key.index), s.key.expose());
    if (f.pendingPreKey) parts.push(f.pendingPreKey);
    return concat(...parts);
  }

  /** Inverse of {@link serialize}; anything malformed or of another version fails with `INVALID_SESSION_STATE`. */
  static deserialize(bytes: Uint8Array): SessionState {
    const r = new Reader(bytes);
    try {
      if (r.u8() !== SESSION_STATE_VERSION) throw new Error('version');
      const flags = r.u8();
      if (flags > 15) throw new Error('flags');
      const peerIdentity = IdentityKey.fromBytes(r.take(32));
      const associatedData = r.take(64);
      const baseKey = r.take(32);
      const rootKey = new RootKey(r.take(32));
      const sendingRatchet = DhKeyPair.fromSecret(r.take(32));
      const remoteRatchet = flags & 1 ? DhPublicKey.fromBytes(r.take(32)) : undefined;
      const sendingChain = flags & 2 ? new ChainKey(r.take(32), r.u32()) : undefined;
      const receivingChain = flags & 4 ? new ChainKey(r.take(32), r.u32()) : undefined;
      const previousCounter = r.u32();
      const retiredChains = Array.from({ length: r.u8() }, () => r.take(32));
      const replacedBaseKeys = Array.from({ length: r.u8() }, () => r.take(32));
      const skipped = new SkippedKeys();
      const count = r.u32();
      for (let i = 0; i < count; i++) {
        const ratchetKey = DhPublicKey.fromBytes(r.take(32));
        const n = r.u32();
        skipped.put(ratchetKey, new MessageKey(r.take(32), n));
      }
      const pendingPreKey = flags & 8 ? r.take(PREKEY_PREFIX_LENGTH) : undefined;
      if (!r.done()) throw new Error('trailing bytes');
      return new SessionState({
        peerIdentity,
        associatedData,
        baseKey,
        rootKey,
        sendingRatchet,
        remoteRatchet,
        sendingChain,
        receivingChain,
        previousCounter,
        skipped,
        retiredChains,
        replacedBaseKeys,
        pendingPreKey,
      });
    } catch (cause) {
      throw new DefTalkError('INVALID_SESSION_STATE', undefined, { cause });
    }
  }

  [INSPECT](): string {
    return `SessionState ${REDACTED}`;
  }
  toString(): string {
    return `SessionState ${REDACTED}`;
  }
  toJSON(): string {
    return REDACTED;
  }
}

function base(
  init: SessionInit,
): Pick<
  Fields,
  | 'peerIdentity'
  | 'associatedData'
  | 'baseKey'
  | 'previousCounter'
  | 'skipped'
  | 'retiredChains'
  | 'replacedBaseKeys'
> {
  if (init.associatedData.length !== 64 || init.baseKey.length !== 32)
    throw new DefTalkError('INVALID_SESSION_STATE');
  return {
    peerIdentity: init.peerIdentity,
    associatedData: copy(init.associatedData),
    baseKey: copy(init.baseKey),
    previousCounter: 0,
    skipped: new SkippedKeys(),
    retiredChains: [],
    replacedBaseKeys: [],
  };
}

/** Store the keys of messages `chain.index .. until-1` of the chain of `ratchetKey` (spec step 6/7). */
function skipUntil(f: Fields, until: number): void {
  if (!f.receivingChain || !f.remoteRatchet) return;
  let chain: ChainKey = f.receivingChain;
  while (chain.index < until) {
    f.skipped.put(f.remoteRatchet, chain.messageKey());
    chain = chain.next();
  }
  f.receivingChain = chain;
}

/** The numbered steps of spec/session.md §Receiving a message, on a working copy `f`. */
function decryptInto(
  f: Fields,
  header: Header,
  headerBytes: Uint8Array,
  ciphertext: Uint8Array,
  random: RandomSource,
): Uint8Array {
  // Step 2: a stored skipped key is used once and deleted.
  const stored = f.skipped.take(header.dh, header.n);
  if (stored) return stored.decrypt(ciphertext, f.associatedData, headerBytes);
  const current = f.receivingChain !== undefined && f.remoteRatchet?.equals(header.dh) === true;
  if (current) {
    // Step 3: an earlier number of the current chain whose key is gone was already received.
    if (header.n < f.receivingChain!.index) throw new DefTalkError('DUPLICATE_MESSAGE');
  } else {
    // Step 4: a chain we already ratcheted past: its remaining keys were stored in step 2's store.
    const h = header.dh.bytes;
    if (f.retiredChains.some((k) => ctEqual(k, h))) throw new DefTalkError('DUPLICATE_MESSAGE');
    // Step 5: bounds first, so nothing is computed for a message that must be refused.
    const nr = f.receivingChain?.index ?? 0;
    if (f.receivingChain && header.pn - nr > MAX_SKIP) throw new DefTalkError('TOO_MANY_SKIPPED');
    if (header.n > MAX_SKIP) throw new DefTalkError('TOO_MANY_SKIPPED');
    // Step 6: finish the previous receiving chain, then the DH ratchet step.
    skipUntil(f, header.pn);
    if (f.remoteRatchet) {
      f.retiredChains.push(f.remoteRatchet.bytes);
      if (f.retiredChains.length > MAX_RETIRED_CHAINS) f.retiredChains.shift();
    }
    f.previousCounter = f.sendingChain?.index ?? 0;
    f.remoteRatchet = header.dh;
    const recv = f.rootKey.advance(f.sendingRatchet.agree(header.dh));
    f.receivingChain = recv.chainKey;
    f.sendingRatchet = DhKeyPair.generate(random);
    const send = recv.rootKey.advance(f.sendingRatchet.agree(header.dh));
    f.rootKey = send.rootKey;
    f.sendingChain = send.chainKey;
  }
  // Step 7: skip within the current chain, bounded by MAX_SKIP.
  if (header.n - f.receivingChain!.index > MAX_SKIP) throw new DefTalkError('TOO_MANY_SKIPPED');
  skipUntil(f, header.n);
  // Step 8: derive, advance, open.
  const mk = f.receivingChain!.messageKey();
  f.receivingChain = f.receivingChain!.next();
  return mk.decrypt(ciphertext, f.associatedData, headerBytes);
}

/** A bounds-checked reader for deserialization. */
class Reader {
  #o = 0;
  constructor(readonly bytes: Uint8Array) {}
  take(n: number): Uint8Array {
    if (this.#o + n > this.bytes.length) throw new Error('truncated');
    const out = this.bytes.slice(this.#o, this.#o + n);
    this.#o += n;
    return out;
  }
  u8(): number {
    return this.take(1)[0]!;
  }
  u32(): number {
    return readU32(this.take(4), 0);
  }
  done(): boolean {
    return this.#o === this.bytes.length;
  }
}
