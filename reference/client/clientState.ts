/**
 * @module
 * What a device keeps in its key store (spec/client.md §Key store content):
 * the relay it uses, its account and device identity, its private prekeys,
 * the identity keys it trusts, and its sessions. The state implements the
 * session layer's {@link IdentityStore}, {@link PreKeyStore} and
 * {@link SessionStore}, so the session cipher reads and writes it directly;
 * the caller saves it to the encrypted key store afterwards. Never printed.
 */
import { DefTalkError } from '../errors/index.ts';
import type { AccountId, DeviceId } from '../wire/ids.ts';
import { DhKeyPair, IdentityKey, IdentityKeyPair, KemKeyPair } from './session/keys.ts';
import type { IdentityStore, KemPreKeyRecord, PreKeyStore, SessionStore } from './session/stores.ts';

/** Version of the plaintext JSON inside the key store. */
export const CLIENT_STATE_VERSION = 1;
/** How many consumed one-time prekey ids are remembered, newest kept (spec/client.md §Prekeys). */
export const MAX_CONSUMED_IDS = 10_000;
/** How many signed prekeys are kept: the current one and the ones before it, for late PreKeyMessages. */
export const MAX_SIGNED_PREKEYS = 3;

const INSPECT = Symbol.for('nodejs.util.inspect.custom');
const b64 = (b: Uint8Array): string => Buffer.from(b).toString('base64');
const unb64 = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'base64'));

/** The JSON document inside the key store (spec/client.md §Key store content). */
export interface ClientStateData {
  v: number;
  relay: string;
  /** E.164; kept only inside the encrypted store. */
  phoneNumber?: string;
  identitySeed?: string;
  deviceSeed?: string;
  accountId?: string;
  deviceId?: number;
  deviceList?: { bytes: string; signature: string };
  prekeys: {
    nextSigned: number;
    nextOneTime: number;
    nextKem: number;
    signed: { id: number; secret: string }[];
    oneTime: Record<string, string>;
    kem: Record<string, { seed: string; oneTime: boolean }>;
    consumed: string[];
  };
  /** Trusted identity key (hex) per peer account id. */
  trusted: Record<string, string>;
  /** Highest device-list version accepted per peer account id (spec/client.md §Device lists). */
  deviceListVersions?: Record<string, number>;
  /** Account id per phone number the user has told the client about. */
  contacts: Record<string, string>;
  /** Contact credential (base64) per owner account id, from discovery (spec/discovery.md §Contact credential). */
  contactCredentials?: Record<string, string>;
  /** Serialized session state (base64) per peer address `account.device`. */
  sessions: Record<string, string>;
  /** A provisioning link in progress on a new device: mailbox id and the secret half of its key. */
  provisioning?: { id: string; secret: string };
  /**
   * The account's sync key (base64) and the sync record this device last
   * read or wrote: its version and its content, the base of the next merge
   * (spec/sync.md §Merging).
   */
  sync?: { key: string; version: number; base?: SyncSnapshotData };
  /** Client settings, synchronised between the account's devices (spec/sync.md §Contents). */
  settings?: Record<string, string>;
  /** The group list as the sync record carries it: name per group id (hex). */
  groupList?: Record<string, string>;
}

/** Contacts, settings and groups as the sync record holds them (spec/sync.md §Contents). */
export interface SyncSnapshotData {
  contacts: Record<string, string>;
  settings: Record<string, string>;
  groups: Record<string, string>;
}

/** The peer part of a session address `account.device`: trust is per account (spec/session.md §Trusted identities). */
export function accountOfPeer(peer: string): string {
  const dot = peer.indexOf('.');
  return dot < 0 ? peer : peer.slice(0, dot);
}

/** The session address of one device of a peer. */
export function peerAddress(accountId: string, deviceId: number): string {
  return `${accountId}.${deviceId}`;
}

/** A device's state; the session stores are views of it. */
export class ClientState implements IdentityStore, PreKeyStore, SessionStore {
  readonly #d: ClientStateData;

  private constructor(data: ClientStateData) {
    this.#d = data;
  }

  /** An empty state for a device about to register or link through `relay`. */
  static fresh(relay: string): ClientState {
    return new ClientState({
      v: CLIENT_STATE_VERSION,
      relay,
      prekeys: { nextSigned: 1, nextOneTime: 1, nextKem: 1, signed: [], oneTime: {}, kem: {}, consumed: [] },
      trusted: {},
      contacts: {},
      sessions: {},
    });
  }

  /** Parse the key store plaintext; `KEYSTORE_CORRUPT` when it is not a state document. */
  static parse(bytes: Uint8Array): ClientState {
    let d: ClientStateData;
    try {
      d = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) as ClientStateData;
    } catch (cause) {
      throw new DefTalkError('KEYSTORE_CORRUPT', undefined, { cause });
    }
    if (typeof d !== 'object' || d === null || typeof d.relay !== 'string' || typeof d.prekeys !== 'object') {
      throw new DefTalkError('KEYSTORE_CORRUPT');
    }
    if (d.v !== CLIENT_STATE_VERSION) throw new DefTalkError('KEYSTORE_UNSUPPORTED_VERSION');
    return new ClientState(d);
  }

  /** The plaintext to save into the key store. */
  serialize(): Uint8Array {
    return new TextEncoder().encode(JSON.stringify(this.#d));
  }

  get relay(): string {
    return this.#d.relay;
  }
  set relay(url: string) {
    this.#d.relay = url;
  }

  get phoneNumber(): string | undefined {
    return this.#d.phoneNumber;
  }
  set phoneNumber(n: string | undefined) {
    this.#d.phoneNumber = n;
  }

  /** The account and device once registered or linked. */
  get address(): { accountId: AccountId; deviceId: DeviceId } | undefined {
    const { accountId, deviceId } = this.#d;
    return accountId && deviceId
      ? { accountId: accountId as AccountId, deviceId: deviceId as DeviceId }
      : undefined;
  }
  setAddress(accountId: AccountId, deviceId: DeviceId): void {
    this.#d.accountId = accountId;
    this.#d.deviceId = deviceId;
  }

  /** The account identity key pair; `NOT_REGISTERED` before one exists. */
  get localIdentity(): IdentityKeyPair {
    if (!this.#d.identitySeed) throw new DefTalkError('NOT_REGISTERED');
    return IdentityKeyPair.fromSeed(unb64(this.#d.identitySeed));
  }
  get hasIdentity(): boolean {
    return this.#d.identitySeed !== undefined;
  }
  setIdentity(identity: IdentityKeyPair): void {
    this.#d.identitySeed = b64(identity.exposeSeed());
  }

  /** This device's Ed25519 key pair (same key type as the identity: a seed and its public key). */
  get deviceKey(): IdentityKeyPair {
    if (!this.#d.deviceSeed) throw new DefTalkError('NOT_REGISTERED');
    return IdentityKeyPair.fromSeed(unb64(this.#d.deviceSeed));
  }
  get hasDeviceKey(): boolean {
    return this.#d.deviceSeed !== undefined;
  }
  setDeviceKey(key: IdentityKeyPair): void {
    this.#d.deviceSeed = b64(key.exposeSeed());
  }

  /** The last signed device list this device saw or published. */
  get deviceList(): { bytes: Uint8Array; signature: Uint8Array } | undefined {
    const l = this.#d.deviceList;
    return l ? { bytes: unb64(l.bytes), signature: unb64(l.signature) } : undefined;
  }
  setDeviceList(l: { bytes: Uint8Array; signature: Uint8Array }): void {
    this.#d.deviceList = { bytes: b64(l.bytes), signature: b64(l.signature) };
  }

  /** A provisioning link in progress (new-device side of spec/client.md §Provisioning). */
  get provisioning(): { id: string; key: DhKeyPair } | undefined {
    const p = this.#d.provisioning;
    return p ? { id: p.id, key: DhKeyPair.fromSecret(unb64(p.secret)) } : undefined;
  }
  setProvisioning(p: { id: string; key: DhKeyPair } | undefined): void {
    this.#d.provisioning = p ? { id: p.id, secret: b64(p.key.exposeSecret()) } : undefined;
  }

  // IdentityStore (spec/session.md §Trusted identities): trust is per account.
  getTrusted(peer: string): IdentityKey | undefined {
    const hex = this.#d.trusted[accountOfPeer(peer)];
    return hex ? IdentityKey.fromBytes(new Uint8Array(Buffer.from(hex, 'hex'))) : undefined;
  }
  setTrusted(peer: string, key: IdentityKey): void {
    this.#d.trusted[accountOfPeer(peer)] = Buffer.from(key.bytes).toString('hex');
  }

  /** The highest device-list version accepted for the account of `peer`, if any (REQ-CLIENT-013). */
  heldDeviceListVersion(peer: string): number | undefined {
    return this.#d.deviceListVersions?.[accountOfPeer(peer)];
  }
  /** Record that a device list of `version` was accepted for the account of `peer`; never lowers the mark. */
  holdDeviceListVersion(peer: string, version: number): void {
    const account = accountOfPeer(peer);
    const versions = this.#d.deviceListVersions ?? {};
    this.#d.deviceListVersions = versions;
    versions[account] = Math.max(versions[account] ?? 0, version);
  }

  /** The account id recorded for a phone number. */
  contact(phoneNumber: string): string | undefined {
    return this.#d.contacts[phoneNumber];
  }
  setContact(phoneNumber: string, accountId: string): void {
    this.#d.contacts[phoneNumber] = accountId;
  }

  /** The contact credential held for an owner account, if any (spec/discovery.md §Contact credential). */
  contactCredential(accountId: string): Uint8Array | undefined {
    const c = this.#d.contactCredentials?.[accountId];
    return c === undefined ? undefined : new Uint8Array(Buffer.from(c, 'base64'));
  }
  setContactCredential(accountId: string, credential: Uint8Array): void {
    this.#d.contactCredentials ??= {};
    this.#d.contactCredentials[accountId] = Buffer.from(credential).toString('base64');
  }

  /** The sync key and the last synced record (spec/sync.md); `undefined` before the device has a key. */
  get sync(): { key: Uint8Array; version: number; base: SyncSnapshotData | undefined } | undefined {
    const x = this.#d.sync;
    return x ? { key: unb64(x.key), version: x.version, base: x.base } : undefined;
  }
  setSync(x: { key: Uint8Array; version: number; base?: SyncSnapshotData | undefined }): void {
    this.#d.sync = { key: b64(x.key), version: x.version, base: x.base };
  }

  /** This device's contacts, settings and groups, as copies (spec/sync.md §Contents). */
  get syncData(): SyncSnapshotData {
    return {
      contacts: { ...this.#d.contacts },
      settings: { ...(this.#d.settings ?? {}) },
      groups: { ...(this.#d.groupList ?? {}) },
    };
  }
  setSyncData(x: SyncSnapshotData): void {
    this.#d.contacts = { ...x.contacts };
    this.#d.settings = { ...x.settings };
    this.#d.groupList = { ...x.groups };
  }

  // SessionStore.
  get(peer: string): Uint8Array | undefined {
    const s = this.#d.sessions[peer];
    return s === undefined ? undefined : unb64(s);
  }
  put(peer: string, state: Uint8Array): void {
    this.#d.sessions[peer] = b64(state);
  }

  // PreKeyStore (spec/session.md §Receiving a PreKeyMessage, step 5).
  signedPreKey(id: number): DhKeyPair | undefined {
    const k = this.#d.prekeys.signed.find((s) => s.id === id);
    return k ? DhKeyPair.fromSecret(unb64(k.secret)) : undefined;
  }
  kemPreKey(id: number): KemPreKeyRecord | undefined {
    const k = this.#d.prekeys.kem[String(id)];
    return k ? { keyPair: KemKeyPair.fromSeed(unb64(k.seed)), oneTime: k.oneTime } : undefined;
  }
  oneTimePreKey(id: number): DhKeyPair | undefined {
    const k = this.#d.prekeys.oneTime[String(id)];
    return k ? DhKeyPair.fromSecret(unb64(k)) : undefined;
  }
  wasConsumed(id: number, kem: boolean): boolean {
    return this.#d.prekeys.consumed.includes(`${kem ? 'kem' : 'ec'}:${id}`);
  }
  consume(id: number, kem: boolean): void {
    const p = this.#d.prekeys;
    if (kem) delete p.kem[String(id)];
    else delete p.oneTime[String(id)];
    p.consumed.push(`${kem ? 'kem' : 'ec'}:${id}`);
    if (p.consumed.length > MAX_CONSUMED_IDS) p.consumed.splice(0, p.consumed.length - MAX_CONSUMED_IDS);
  }

  /** Record a new signed prekey as current; the oldest beyond {@link MAX_SIGNED_PREKEYS} is deleted. */
  addSignedPreKey(key: DhKeyPair): number {
    const p = this.#d.prekeys;
    const id = p.nextSigned++;
    p.signed.push({ id, secret: b64(key.exposeSecret()) });
    if (p.signed.length > MAX_SIGNED_PREKEYS) p.signed.splice(0, p.signed.length - MAX_SIGNED_PREKEYS);
    return id;
  }
  /** Record a one-time X25519 prekey; returns its id. */
  addOneTimePreKey(key: DhKeyPair): number {
    const id = this.#d.prekeys.nextOneTime++;
    this.#d.prekeys.oneTime[String(id)] = b64(key.exposeSecret());
    return id;
  }
  /** Record an ML-KEM prekey (one-time or last-resort); returns its id. */
  addKemPreKey(key: KemKeyPair, oneTime: boolean): number {
    const id = this.#d.prekeys.nextKem++;
    this.#d.prekeys.kem[String(id)] = { seed: b64(key.exposeSeed()), oneTime };
    return id;
  }
  /** Counts of private prekeys held. */
  get preKeyCounts(): { signed: number; oneTime: number; kem: number } {
    const p = this.#d.prekeys;
    return {
      signed: p.signed.length,
      oneTime: Object.keys(p.oneTime).length,
      kem: Object.keys(p.kem).length,
    };
  }

  [INSPECT](): string {
    return 'ClientState [REDACTED]';
  }
  toString(): string {
    return 'ClientState [REDACTED]';
  }
  toJSON(): string {
    return '[REDACTED]';
  }
}
