/**
 * @module
 * The session-establishment and messaging API a client uses (spec/session.md
 * §Trusted identities, §Sending the initial message, §Receiving a
 * PreKeyMessage, §Session reset). It ties PQXDH, the Double Ratchet and the
 * stores together and enforces the trusted-identity check: a changed peer
 * identity key is never accepted silently, it fails with
 * `IDENTITY_KEY_CHANGED` until the user accepts it with {@link SessionCipher.trustIdentity}.
 *
 * @example
 * ```ts
 * const alice = new SessionCipher({ identities, prekeys, sessions });
 * alice.initiate('bob', bundle);
 * const wire = alice.encrypt('bob', utf8('hello'));
 * const text = bob.decrypt('alice', wire);
 * ```
 */
import { DefTalkError } from '../../errors/index.ts';
import { ctEqual } from './_bytes.ts';
import { IdentityKey, type RandomSource, systemRandom } from './keys.ts';
import { MESSAGE_KIND } from './message.ts';
import { initiatePqxdh, type PreKeyBundle, respondPqxdh } from './pqxdh.ts';
import { decodePreKeyMessage, encodePreKeyPrefix, PREKEY_MESSAGE_KIND } from './preKeyMessage.ts';
import { SessionState } from './ratchet.ts';
import type { IdentityStore, PreKeyStore, SessionStore } from './stores.ts';

/** What a {@link SessionCipher} needs. */
export interface SessionCipherOptions {
  identities: IdentityStore;
  prekeys: PreKeyStore;
  sessions: SessionStore;
  /** Randomness for ephemeral, KEM and ratchet keys; the system CSPRNG by default. */
  random?: RandomSource;
}

/** Encrypts to and decrypts from peers, one session per peer account. */
export class SessionCipher {
  readonly #identities: IdentityStore;
  readonly #prekeys: PreKeyStore;
  readonly #sessions: SessionStore;
  readonly #random: RandomSource;

  constructor(options: SessionCipherOptions) {
    this.#identities = options.identities;
    this.#prekeys = options.prekeys;
    this.#sessions = options.sessions;
    this.#random = options.random ?? systemRandom;
  }

  /**
   * The trusted-identity check (spec/session.md §Trusted identities): with no
   * record, the presented key is recorded (trust on first use); a different
   * recorded key fails with `IDENTITY_KEY_CHANGED` and is left unchanged.
   */
  #checkTrusted(peer: string, presented: IdentityKey): void {
    const trusted = this.#identities.getTrusted(peer);
    if (trusted && !trusted.equals(presented)) throw new DefTalkError('IDENTITY_KEY_CHANGED');
  }

  /** Accept `key` as `peer`'s identity after the user compared safety numbers (spec/fingerprint.md). */
  trustIdentity(peer: string, key: IdentityKey): void {
    this.#identities.setTrusted(peer, key);
  }

  /** True when a session with `peer` exists. */
  hasSession(peer: string): boolean {
    return this.#sessions.get(peer) !== undefined;
  }

  /**
   * Start (or restart) a session with `peer` from its prekey bundle
   * (spec/session.md §Sending the initial message). Replaces an existing
   * session with that peer (§Session reset).
   */
  initiate(peer: string, bundle: PreKeyBundle): void {
    this.#checkTrusted(peer, bundle.identityKey);
    const hs = initiatePqxdh(this.#identities.localIdentity, bundle, this.#random);
    const state = SessionState.initiator(
      {
        sharedKey: hs.sharedKey,
        associatedData: hs.associatedData,
        peerIdentity: bundle.identityKey,
        baseKey: hs.preKey.baseKey,
        remoteRatchet: bundle.signedPreKey,
        pendingPreKey: encodePreKeyPrefix(hs.preKey),
      },
      this.#random,
    );
    const previous = this.#load(peer);
    if (previous) state.inheritReplaced(previous);
    if (!this.#identities.getTrusted(peer)) this.#identities.setTrusted(peer, bundle.identityKey);
    this.#sessions.put(peer, state.serialize());
  }

  /** Encrypt `plaintext` for `peer`; `NO_SESSION` without a session. */
  encrypt(peer: string, plaintext: Uint8Array): Uint8Array {
    const state = this.#load(peer);
    if (!state) throw new DefTalkError('NO_SESSION');
    const out = state.encrypt(plaintext);
    this.#sessions.put(peer, state.serialize());
    return out;
  }

  /**
   * Decrypt a Message or PreKeyMessage from `peer` (spec/session.md
   * §Receiving a message, §Receiving a PreKeyMessage). Nothing is stored
   * unless the message authenticates.
   */
  decrypt(peer: string, bytes: Uint8Array): Uint8Array {
    if (bytes[0] === PREKEY_MESSAGE_KIND) return this.#decryptPreKey(peer, bytes);
    if (bytes[0] !== MESSAGE_KIND) throw new DefTalkError('INVALID_SESSION_MESSAGE');
    const state = this.#load(peer);
    if (!state) throw new DefTalkError('NO_SESSION');
    const plaintext = state.decrypt(bytes, this.#random);
    this.#sessions.put(peer, state.serialize());
    return plaintext;
  }

  #decryptPreKey(peer: string, bytes: Uint8Array): Uint8Array {
    // Step 1-2: decode, then the identity key.
    const msg = decodePreKeyMessage(bytes);
    const initiator = IdentityKey.fromBytes(msg.identityKey);
    // Step 3: trusted identities.
    this.#checkTrusted(peer, initiator);
    // Step 4: a later message of the current session, or a replay of a replaced one.
    const existing = this.#load(peer);
    if (existing?.peerIdentity.equals(initiator) && ctEqual(existing.baseKey, msg.baseKey)) {
      const plaintext = existing.decrypt(msg.message, this.#random);
      this.#sessions.put(peer, existing.serialize());
      return plaintext;
    }
    if (existing?.replacedBaseKeys.some((k) => ctEqual(k, msg.baseKey)))
      throw new DefTalkError('DUPLICATE_MESSAGE');
    // Step 5: the prekeys it names.
    const signedPreKey = this.#prekeys.signedPreKey(msg.signedPreKeyId);
    if (!signedPreKey) throw new DefTalkError('UNKNOWN_PREKEY');
    const kem = this.#prekeys.kemPreKey(msg.kemPreKeyId);
    if (!kem) {
      throw new DefTalkError(
        this.#prekeys.wasConsumed(msg.kemPreKeyId, true) ? 'PREKEY_REUSED' : 'UNKNOWN_PREKEY',
      );
    }
    let oneTimePreKey: ReturnType<PreKeyStore['oneTimePreKey']>;
    if (msg.oneTimePreKeyId !== undefined) {
      oneTimePreKey = this.#prekeys.oneTimePreKey(msg.oneTimePreKeyId);
      if (!oneTimePreKey) {
        const reused = this.#prekeys.wasConsumed(msg.oneTimePreKeyId, false);
        throw new DefTalkError(reused ? 'PREKEY_REUSED' : 'UNKNOWN_PREKEY');
      }
    }
    // Steps 6-7: PQXDH, then the responder's ratchet.
    const hs = respondPqxdh(this.#identities.localIdentity, initiator, msg, {
      signedPreKey,
      kemPreKey: kem.keyPair,
      oneTimePreKey,
    });
    const state = SessionState.responder({
      sharedKey: hs.sharedKey,
      associatedData: hs.associatedData,
      peerIdentity: initiator,
      baseKey: msg.baseKey,
      ratchet: signedPreKey,
    });
    // Step 8: the embedded message must authenticate before anything is kept.
    const plaintext = state.decrypt(msg.message, this.#random);
    // Step 9: commit: consume one-time prekeys, record trust, replace the session.
    if (msg.oneTimePreKeyId !== undefined) this.#prekeys.consume(msg.oneTimePreKeyId, false);
    if (kem.oneTime) this.#prekeys.consume(msg.kemPreKeyId, true);
    if (!this.#identities.getTrusted(peer)) this.#identities.setTrusted(peer, initiator);
    if (existing) state.inheritReplaced(existing);
    this.#sessions.put(peer, state.serialize());
    return plaintext;
  }

  #load(peer: string): SessionState | undefined {
    const bytes = this.#sessions.get(peer);
    return bytes ? SessionState.deserialize(bytes) : undefined;
  }
}
