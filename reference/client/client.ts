/**
 * @module
 * The reference client (spec/client.md): one device's account, keys and
 * sessions, kept in an encrypted key store and spoken to the relay through a
 * {@link RelayConnection}. Registration (spec/registration.md), device
 * linking and removal (spec/accounts.md), authentication (spec/auth.md),
 * prekeys (spec/keys.md), sessions (spec/session.md) and safety numbers
 * (spec/fingerprint.md) meet here. Every method that changes the state saves
 * the key store before it resolves; sending and receiving envelopes
 * (spec/delivery.md) builds on {@link DefTalkClient.encrypt} and
 * {@link DefTalkClient.decrypt} and the device socket.
 *
 * @example
 * ```ts
 * const alice = await DefTalkClient.create(dir, passphrase, 'http://127.0.0.1:8080');
 * await alice.requestCode('+4915112345678');
 * await alice.verify(codeFromSms);
 * const sn = await alice.safetyNumber(bobAccountId);
 * console.log(sn.display);
 * ```
 */

import { setTimeout as sleep } from 'node:timers/promises';
import type { CountryCode } from 'libphonenumber-js';
import { parsePhoneNumberWithError } from 'libphonenumber-js';
import { DefTalkError } from '../errors/index.ts';
import {
  type DeviceList,
  decodeAccountDevices,
  decodeDeviceAddress,
  decodeLinkToken,
  decodeProvisioningAddress,
  decodeProvisioningEnvelope,
  encodeLinkDeviceRequest,
  encodeProvisioningEnvelope,
  encodeRegistrationLockRequest,
  encodeUpdateDeviceListRequest,
} from '../wire/account.ts';
import { type AccountId, type DeviceId, PRIMARY_DEVICE_ID, parseAccountId } from '../wire/ids.ts';
import { decodePreKeyBundle, type PreKeyStatus } from '../wire/keys.ts';
import {
  decodeRegistrationResult,
  decodeVerificationCodeSent,
  encodeRegistrationRequest,
  encodeVerificationCodeRequest,
  type VerificationCodeSent,
} from '../wire/registration.ts';
import {
  type AdsState,
  fetchAdsState,
  fetchNotices,
  optInAds,
  optOutAds,
  type RelayNotice,
  removeNotice,
  unsubscribeUrl,
} from './advertising.ts';
import { ClientState, peerAddress } from './clientState.ts';
import {
  acceptDeviceList,
  firstDeviceList,
  signDeviceList,
  verifyDeviceList,
  withDevice,
  withoutDevices,
} from './deviceList.ts';
import { type DiscoveredContact, discoverContacts } from './discovery.ts';
import { type SafetyNumber, safetyNumber } from './fingerprint.ts';
import { GroupApi } from './groups/groupApi.ts';
import { DEFAULT_KDF, type KdfParams, KeyStore } from './keyStore.ts';
import {
  generatePreKeys,
  PREKEY_BATCH,
  preKeyStatus,
  replenishPreKeys,
  sessionBundle,
  uploadPreKeys,
} from './preKeys.ts';
import {
  type PresenceState,
  type PresenceVisibility,
  presenceOf,
  presenceVisibility,
  setPresenceVisibility,
} from './presence.ts';
import {
  type Profile,
  type ProfileUpdate,
  setProfile as setProfileOnRelay,
  viewProfile,
} from './profiles.ts';
import {
  formatProvisioningLink,
  openProvisioning,
  parseProvisioningLink,
  sealProvisioning,
} from './provisioning.ts';
import { RelayConnection } from './relayConnection.ts';
import { DhKeyPair, IdentityKey, IdentityKeyPair, type RandomSource, systemRandom } from './session/keys.ts';
import type { PreKeyBundle } from './session/pqxdh.ts';
import { SessionCipher } from './session/sessionCipher.ts';
import { pullSync, pushSync, SYNC_KEY_BYTES, type SyncOutcome, sameSnapshot } from './sync.ts';

const INSPECT = Symbol.for('nodejs.util.inspect.custom');

/**
 * Check an E.164 phone number as the relay does (spec/registration.md
 * §Phone numbers); `INVALID_PHONE_NUMBER` otherwise, without echoing it.
 */
export function parsePhoneNumber(text: string): string {
  try {
    const p = parsePhoneNumberWithError(text);
    if (p.isValid() && p.number === text) return p.number;
  } catch {
    // Same answer for unparsable and invalid numbers.
  }
  throw new DefTalkError('INVALID_PHONE_NUMBER');
}

/**
 * A phone number with all but its country code and last two digits hidden,
 * for human output (spec/client.md §Output): `+49 ••••••••• 78`.
 */
export function maskPhoneNumber(e164: string): string {
  try {
    const p = parsePhoneNumberWithError(e164);
    const national = p.nationalNumber;
    return `+${p.countryCallingCode} ${'•'.repeat(Math.max(0, national.length - 2))}${national.slice(-2)}`;
  } catch {
    return '+•••';
  }
}

/** A device of the own account, as `devices` lists it. */
export interface DeviceView {
  readonly deviceId: DeviceId;
  /** Ed25519 device key, hex. */
  readonly deviceKey: string;
  readonly addedAtMs: number;
  readonly current: boolean;
}

/** Options of {@link DefTalkClient}. */
export interface ClientOptions {
  /** scrypt parameters for a new key store (spec/client.md §Key store parameters). */
  kdf?: KdfParams;
  /** Randomness for keys; the system CSPRNG by default. */
  random?: RandomSource;
  /** Wall clock for `added_at_ms` of device list entries. */
  now?: () => number;
}

/** One device's client. Never printed: it holds the unlocked key store. */
export class DefTalkClient {
  readonly #store: KeyStore;
  readonly #state: ClientState;
  readonly #random: RandomSource;
  readonly #now: () => number;
  #relay: RelayConnection;
  readonly #cipher: SessionCipher;

  private constructor(store: KeyStore, state: ClientState, opts: ClientOptions) {
    this.#store = store;
    this.#state = state;
    this.#random = opts.random ?? systemRandom;
    this.#now = opts.now ?? Date.now;
    this.#relay = new RelayConnection(state.relay);
    this.#cipher = new SessionCipher({
      identities: state,
      prekeys: state,
      sessions: state,
      random: this.#random,
    });
    this.#signIn();
  }

  /** Create a key store in `dir` for a device that will register or link through `relay`. */
  static async create(
    dir: string,
    passphrase: string,
    relay: string,
    opts: ClientOptions = {},
  ): Promise<DefTalkClient> {
    const state = ClientState.fresh(new URL(relay).href);
    const store = await KeyStore.create(dir, passphrase, state.serialize(), opts.kdf ?? DEFAULT_KDF);
    return new DefTalkClient(store, state, opts);
  }

  /** Open the key store in `dir` (spec/client.md §Opening the key store). */
  static async open(dir: string, passphrase: string, opts: ClientOptions = {}): Promise<DefTalkClient> {
    const store = await KeyStore.open(dir, passphrase);
    return new DefTalkClient(store, ClientState.parse(store.plaintext), opts);
  }

  /** Write the state to the key store (atomically, encrypted). */
  async save(): Promise<void> {
    await this.#store.save(this.#state.serialize());
  }

  /** Forget the unlocked key. */
  close(): void {
    this.#store.close();
  }

  #signIn(): void {
    const address = this.#state.address;
    if (!address || !this.#state.hasDeviceKey) return;
    const key = this.#state.deviceKey;
    this.#relay.signIn({ ...address, sign: (p) => key.sign(p) });
  }

  /** The connection to the relay (authenticated once registered or linked). */
  get relay(): RelayConnection {
    return this.#relay;
  }

  /** The relay's group operations for this device (spec/groups.md §Operations). */
  get groups(): GroupApi {
    return new GroupApi(this.#relay);
  }

  /** The relay URL this device uses. */
  get relayUrl(): string {
    return this.#state.relay;
  }

  /** Account and device id; `NOT_REGISTERED` before registration or linking completed. */
  get address(): { accountId: AccountId; deviceId: DeviceId } {
    const a = this.#state.address;
    if (!a) throw new DefTalkError('NOT_REGISTERED');
    return a;
  }

  /** True once registered or linked. */
  get registered(): boolean {
    return this.#state.address !== undefined;
  }

  /** The account identity public key. */
  get identityKey(): IdentityKey {
    return this.#state.localIdentity.publicKey;
  }

  /** The phone number this device registered, if it did (linked devices do not learn it). */
  get phoneNumber(): string | undefined {
    return this.#state.phoneNumber;
  }

  /** Remember the account's number after a change of number (spec/lifecycle.md §Change of number). */
  async setPhoneNumber(e164: string): Promise<void> {
    this.#state.phoneNumber = parsePhoneNumber(e164);
    await this.save();
  }

  // ---- Registration (spec/registration.md) ----

  /**
   * Ask the relay to send a verification code to `phoneNumber`
   * (spec/registration.md §Requesting a code). The identity and device keys
   * are generated now and kept in the key store, so `verify` registers the
   * same keys.
   */
  async requestCode(phoneNumber: string): Promise<VerificationCodeSent> {
    if (this.registered) throw new DefTalkError('KEYSTORE_EXISTS');
    const number = parsePhoneNumber(phoneNumber);
    if (!this.#state.hasIdentity) this.#state.setIdentity(IdentityKeyPair.generate(this.#random));
    if (!this.#state.hasDeviceKey) this.#state.setDeviceKey(IdentityKeyPair.generate(this.#random));
    this.#state.phoneNumber = number;
    await this.save();
    return decodeVerificationCodeSent(
      await this.#relay.call('POST', '/v1/registration/code', {
        body: encodeVerificationCodeRequest(number),
      }),
    );
  }

  /**
   * Register with the code (spec/registration.md §Registering): the signed
   * first device list, then sign in, upload prekeys, and, with `pin`, keep
   * the number under a registration lock with that PIN (the same PIN also
   * proves an existing lock).
   */
  async verify(
    code: string,
    opts: { pin?: string } = {},
  ): Promise<{ accountId: AccountId; deviceId: DeviceId }> {
    if (this.registered) throw new DefTalkError('KEYSTORE_EXISTS');
    const phoneNumber = this.#state.phoneNumber;
    if (!phoneNumber || !this.#state.hasIdentity) throw new DefTalkError('NOT_REGISTERED');
    const identity = this.#state.localIdentity;
    const device = this.#state.deviceKey;
    const list = signDeviceList(identity, firstDeviceList(device.publicKey.bytes, this.#now()));
    const address = decodeRegistrationResult(
      await this.#relay.call('POST', '/v1/registration', {
        body: encodeRegistrationRequest({
          phoneNumber,
          verificationCode: code,
          identityKey: identity.publicKey.bytes,
          deviceKey: device.publicKey.bytes,
          deviceList: list,
          registrationLockPin: opts.pin,
        }),
      }),
    );
    this.#state.setAddress(address.accountId, address.deviceId);
    this.#state.setDeviceList(list);
    this.#state.setTrusted(address.accountId, identity.publicKey);
    // spec/sync.md §The sync key: the registering device creates it.
    this.#ensureSyncKey();
    await this.save();
    this.#signIn();
    await this.uploadInitialPreKeys();
    if (opts.pin !== undefined) {
      await this.#relay.call('PUT', '/v1/accounts/me/registration-lock', {
        auth: true,
        body: encodeRegistrationLockRequest(opts.pin),
      });
    }
    return address;
  }

  // ---- Prekeys (spec/keys.md) ----

  /** Upload a signed prekey, a batch of one-time X25519 and ML-KEM prekeys and a last-resort ML-KEM prekey. */
  async uploadInitialPreKeys(): Promise<PreKeyStatus> {
    const material = generatePreKeys(
      this.#state,
      { signed: true, oneTime: PREKEY_BATCH, kem: PREKEY_BATCH, lastResort: true },
      this.#random,
    );
    // Private halves are on disk before the public halves are published.
    await this.save();
    return uploadPreKeys(this.#relay, material);
  }

  /** Ask the relay for the supply and top it up when it is low (REQ-CLIENT-006). */
  async replenishPreKeys(): Promise<PreKeyStatus> {
    const status = await preKeyStatus(this.#relay);
    const before = this.#state.preKeyCounts;
    const material = await replenishPreKeys(this.#relay, this.#state, status, this.#random);
    const after = this.#state.preKeyCounts;
    if (after.oneTime !== before.oneTime || after.kem !== before.kem || after.signed !== before.signed)
      await this.save();
    return material;
  }

  // ---- Devices (spec/accounts.md) ----

  /**
   * The own account's devices, from the relay's signed list, verified under
   * the own identity key (`DEVICE_LIST_SIGNATURE_INVALID` otherwise).
   */
  async devices(): Promise<DeviceView[]> {
    const { accountId, deviceId } = this.address;
    const list = await this.#fetchOwnList(accountId);
    return list.devices.map((d) => ({
      deviceId: d.deviceId,
      deviceKey: Buffer.from(d.deviceKey).toString('hex'),
      addedAtMs: d.addedAtMs,
      current: d.deviceId === deviceId,
    }));
  }

  async #fetchOwnList(accountId: AccountId): Promise<DeviceList> {
    const got = decodeAccountDevices(
      await this.#relay.call('GET', `/v1/accounts/${accountId}/devices`, { auth: true }),
    );
    const mine = this.identityKey;
    if (!IdentityKey.fromBytes(got.identityKey).equals(mine)) throw new DefTalkError('IDENTITY_KEY_CHANGED');
    const list = verifyDeviceList(mine, got.deviceList);
    this.#state.setDeviceList(got.deviceList);
    await this.save();
    return list;
  }

  /** Remove devices by id (primary only; spec/accounts.md §Removing devices). */
  async removeDevices(ids: readonly number[]): Promise<DeviceView[]> {
    const { accountId } = this.address;
    if (this.address.deviceId !== PRIMARY_DEVICE_ID) throw new DefTalkError('NOT_PRIMARY_DEVICE');
    const next = signDeviceList(
      this.#state.localIdentity,
      withoutDevices(await this.#fetchOwnList(accountId), ids),
    );
    await this.#relay.call('PUT', '/v1/devices', { auth: true, body: encodeUpdateDeviceListRequest(next) });
    return this.devices();
  }

  // ---- Linking (spec/accounts.md §Linking, spec/client.md §Provisioning) ----

  /**
   * New-device side, step 1: open a provisioning mailbox and make the
   * provisioning key; resolves with the link text to show (as a QR code).
   */
  async startLink(): Promise<{ text: string; expiresInMs: number }> {
    if (this.registered) throw new DefTalkError('KEYSTORE_EXISTS');
    const box = decodeProvisioningAddress(await this.#relay.call('POST', '/v1/provisioning'));
    const key = DhKeyPair.generate(this.#random);
    this.#state.setProvisioning({ id: box.provisioningId, key });
    if (!this.#state.hasDeviceKey) this.#state.setDeviceKey(IdentityKeyPair.generate(this.#random));
    await this.save();
    return {
      text: formatProvisioningLink({ provisioningId: box.provisioningId, publicKey: key.publicKey.bytes }),
      expiresInMs: box.expiresInMs,
    };
  }

  /**
   * Primary side, step 2: obtain a link token and put the encrypted
   * provisioning payload (account id, identity seed, link token, current
   * device list, next device id) into the new device's mailbox.
   */
  async approveLink(linkText: string): Promise<void> {
    const link = parseProvisioningLink(linkText);
    const { accountId } = this.address;
    if (this.address.deviceId !== PRIMARY_DEVICE_ID) throw new DefTalkError('NOT_PRIMARY_DEVICE');
    await this.#fetchOwnList(accountId);
    const current = this.#state.deviceList!;
    const { linkToken, nextDeviceId } = decodeLinkToken(
      await this.#relay.call('POST', '/v1/devices/link-token', { auth: true }),
    );
    // REQ-SYNC-006: the new device gets the sync key (created now by a primary from before sync.md).
    if (this.#ensureSyncKey()) await this.save();
    // The relay's next_device_id goes along: the list alone does not show removed ids.
    const envelope = sealProvisioning(
      link.publicKey,
      {
        accountId,
        identitySeed: this.#state.localIdentity.exposeSeed(),
        linkToken,
        deviceList: current,
        nextDeviceId,
        syncKey: this.#state.sync?.key,
      },
      this.#random,
    );
    await this.#relay.call('PUT', `/v1/provisioning/${link.provisioningId}`, {
      auth: true,
      body: encodeProvisioningEnvelope(envelope),
    });
  }

  /**
   * New-device side, steps 3-5: wait for the envelope, decrypt it, verify the
   * device list under the identity key it carries, publish the next list
   * with this device added, sign in and upload prekeys.
   */
  async finishLink(
    opts: { pollMs?: number; signal?: AbortSignal } = {},
  ): Promise<{ accountId: AccountId; deviceId: DeviceId }> {
    const pending = this.#state.provisioning;
    if (!pending) throw new DefTalkError('NOT_REGISTERED');
    let body: Uint8Array;
    for (;;) {
      opts.signal?.throwIfAborted();
      try {
        body = await this.#relay.call('GET', `/v1/provisioning/${pending.id}`);
      } catch (e) {
        if (e instanceof DefTalkError && e.errorName === 'NOT_FOUND')
          throw new DefTalkError('PROVISIONING_TIMEOUT');
        throw e;
      }
      if (body.length > 0) break;
      await sleep(opts.pollMs ?? 1000, undefined, { signal: opts.signal });
    }
    const payload = openProvisioning(pending.key, decodeProvisioningEnvelope(body));
    const identity = IdentityKeyPair.fromSeed(payload.identitySeed);
    if (!payload.deviceList) throw new DefTalkError('PROVISIONING_INVALID');
    // REQ-CLIENT-004: the list must be signed by the identity the payload carries.
    const current = verifyDeviceList(identity.publicKey, payload.deviceList);
    const device = this.#state.deviceKey;
    // spec/client.md §Provisioning step 5: the payload's next_device_id, and
    // never an id on the current list even if the primary sent too low a one.
    const { list } = withDevice(current, device.publicKey.bytes, this.#now(), payload.nextDeviceId);
    const signed = signDeviceList(identity, list);
    const address = decodeDeviceAddress(
      await this.#relay.call('POST', '/v1/devices/link', {
        body: encodeLinkDeviceRequest({
          accountId: payload.accountId,
          linkToken: payload.linkToken,
          deviceKey: device.publicKey.bytes,
          deviceList: signed,
        }),
      }),
    );
    this.#state.setIdentity(identity);
    this.#state.setAddress(address.accountId, address.deviceId);
    this.#state.setDeviceList(signed);
    this.#state.setProvisioning(undefined);
    this.#state.setTrusted(address.accountId, identity.publicKey);
    if (payload.syncKey) this.#state.setSync({ key: payload.syncKey, version: 0 });
    await this.save();
    this.#signIn();
    await this.uploadInitialPreKeys();
    // spec/sync.md §Linking and restore: take the account's contacts, settings and groups now.
    if (payload.syncKey) {
      try {
        await this.syncPull();
      } catch {
        // Linked either way; `deftalk sync pull` restores later (the record or the relay was unavailable).
      }
    }
    return address;
  }

  // ---- Encrypted device sync (spec/sync.md) ----

  /** Create the account's sync key unless this device holds one; true when it created one. */
  #ensureSyncKey(): boolean {
    if (this.#state.sync) return false;
    this.#state.setSync({ key: this.#random(SYNC_KEY_BYTES), version: 0 });
    return true;
  }

  get #syncHost() {
    return {
      relay: this.#relay,
      account: this.address.accountId,
      state: this.#state,
      random: this.#random,
      save: () => this.save(),
    };
  }

  /** Read the account's sync record and merge it into this device's contacts, settings and groups. */
  syncPull(): Promise<SyncOutcome> {
    return pullSync(this.#syncHost);
  }

  /** Write this device's contacts, settings and groups to the sync record, merging on a conflict. */
  async syncPush(): Promise<SyncOutcome> {
    // A primary from before sync.md creates its key on first use; pushSync saves it with the record.
    if (this.address.deviceId === PRIMARY_DEVICE_ID) this.#ensureSyncKey();
    await this.#refreshGroupList();
    return pushSync(this.#syncHost);
  }

  /**
   * The record's group list is the account's memberships as the relay knows them (spec/groups.md:
   * the relay holds membership, the same for every device of the account), so that no device
   * drops a group from the record merely because it has not read it yet; a name this device gave
   * a group is kept.
   */
  async #refreshGroupList(): Promise<void> {
    const d = this.#state.syncData;
    const groups: Record<string, string> = {};
    for (const g of await this.groups.list()) groups[g.groupId] = d.groups[g.groupId] ?? '';
    d.groups = groups;
    this.#state.setSyncData(d);
  }

  /** Pull, then push what this device changed: both devices end in step. */
  async sync(): Promise<SyncOutcome> {
    const pulled = await this.syncPull();
    const pushed = await this.syncPush();
    return { version: pushed.version, written: pushed.written, changed: pulled.changed || pushed.changed };
  }

  /** Whether this device holds the sync key, the version it is in step with and whether it has unpushed changes. */
  get syncStatus(): { hasKey: boolean; version: number; pending: boolean; contacts: number } {
    const s = this.#state.sync;
    const data = this.#state.syncData;
    return {
      hasKey: s !== undefined,
      version: s?.version ?? 0,
      pending:
        s !== undefined &&
        (s.version === 0 ? Object.keys(data.contacts).length > 0 : !sameSnapshot(data, s.base ?? data)),
      contacts: Object.keys(data.contacts).length,
    };
  }

  /** The groups the sync record carries: a local name (empty when none) per group id (spec/sync.md §Contents). */
  get groupList(): Record<string, string> {
    return this.#state.syncData.groups;
  }

  /** Contacts this device knows: account id per phone number (spec/sync.md §Contents). */
  get contacts(): Record<string, AccountId> {
    return this.#state.syncData.contacts as Record<string, AccountId>;
  }

  /** Set (or, with `undefined`, remove) a setting that the sync record carries. */
  async setSetting(name: string, value: string | undefined): Promise<void> {
    const d = this.#state.syncData;
    if (value === undefined) delete d.settings[name];
    else d.settings[name] = value;
    this.#state.setSyncData(d);
    await this.save();
  }

  // ---- Peers, trust and safety numbers (spec/session.md §Trusted identities, spec/fingerprint.md) ----

  /** Resolve a contact given as an account id (32 hex digits) or a phone number the client has recorded. */
  resolvePeer(contact: string): AccountId {
    if (/^[0-9a-f]{32}$/.test(contact)) return parseAccountId(contact);
    const number = parsePhoneNumber(contact);
    if (number === this.#state.phoneNumber && this.registered) return this.address.accountId;
    const known = this.#state.contact(number);
    if (!known) throw new DefTalkError('CONTACT_UNKNOWN');
    return parseAccountId(known);
  }

  /** Record that `phoneNumber` belongs to `accountId` (told out of band, or later by discovery). */
  async addContact(phoneNumber: string, accountId: AccountId): Promise<void> {
    this.#state.setContact(parsePhoneNumber(phoneNumber), parseAccountId(accountId));
    await this.save();
  }

  // ---- Contact discovery, profiles and presence (spec/discovery.md, profiles.md, presence.md) ----

  /**
   * Discover which address-book entries belong to accounts (spec/discovery.md
   * §Client procedure) and record each match as a contact with its contact
   * credential. Spends the account's daily discovery budgets.
   */
  async syncContacts(
    entries: readonly string[],
    opts: { defaultCountry?: CountryCode } = {},
  ): Promise<DiscoveredContact[]> {
    const found = await discoverContacts(this.#relay, entries, opts);
    for (const c of found) {
      this.#state.setContact(c.e164, c.accountId);
      this.#state.setContactCredential(c.accountId, c.contactCredential);
    }
    await this.save();
    return found;
  }

  /** Replace the fields present in `update` of this account's profile (spec/profiles.md §Updating). */
  async setProfile(update: ProfileUpdate): Promise<void> {
    await setProfileOnRelay(this.#relay, update);
  }

  /** The profile of a contact (account id or recorded number), or this account's own without one. */
  async profile(contact?: string): Promise<Profile> {
    const owner = contact === undefined ? this.address.accountId : this.resolvePeer(contact);
    return viewProfile(this.#relay, owner, this.#state.contactCredential(owner));
  }

  /** This account's advertising choice, changed first when `choice` is given (spec/advertising.md §Opt-in). */
  async advertising(choice?: { language: string } | 'off'): Promise<AdsState> {
    if (choice === 'off') return optOutAds(this.#relay);
    if (choice) return optInAds(this, choice.language);
    return fetchAdsState(this.#relay);
  }

  /** The relay's pending notices (not end-to-end encrypted), each with its unsubscribe link; `remove` drops one. */
  async relayNotices(remove?: string): Promise<(RelayNotice & { unsubscribeUrl: string })[]> {
    if (remove !== undefined) await removeNotice(this.#relay, remove);
    return (await fetchNotices(this.#relay)).map((n) => ({
      ...n,
      unsubscribeUrl: unsubscribeUrl(this.relayUrl, n),
    }));
  }

  /** This account's presence setting (spec/presence.md §Visibility). */
  presenceVisibility(): Promise<PresenceVisibility> {
    return presenceVisibility(this.#relay);
  }

  /** Set this account's presence setting; `nobody` is reciprocal. */
  setPresenceVisibility(v: PresenceVisibility): Promise<void> {
    return setPresenceVisibility(this.#relay, v);
  }

  /** A contact's presence now (spec/presence.md §Subscribing). */
  presence(contact: string): Promise<PresenceState> {
    const owner = this.resolvePeer(contact);
    return presenceOf(this.#relay, owner, this.#state.contactCredential(owner));
  }

  /** The contact credential held for `owner`, empty when none (spec/discovery.md §Contact credential). */
  contactCredential(owner: AccountId): Uint8Array {
    return this.#state.contactCredential(owner) ?? new Uint8Array(0);
  }

  /**
   * The peer's identity key as the relay serves it, checked against the
   * trusted one (REQ-CLIENT-003): recorded on first use, and a different key
   * fails with `IDENTITY_KEY_CHANGED` and is not recorded.
   */
  async peerIdentity(
    accountId: AccountId,
  ): Promise<{ identityKey: IdentityKey; devices: readonly DeviceId[] }> {
    const got = decodeAccountDevices(
      await this.#relay.call('GET', `/v1/accounts/${accountId}/devices`, { auth: true }),
    );
    const key = IdentityKey.fromBytes(got.identityKey);
    // REQ-CLIENT-013: a list older than one accepted before is a replay, never a downgrade.
    const list = acceptDeviceList(key, got.deviceList, this.#state.heldDeviceListVersion(accountId));
    const trusted = this.#state.getTrusted(accountId);
    if (trusted && !trusted.equals(key)) throw new DefTalkError('IDENTITY_KEY_CHANGED');
    const newer = list.version > (this.#state.heldDeviceListVersion(accountId) ?? 0);
    if (!trusted) this.#state.setTrusted(accountId, key);
    if (newer) this.#state.holdDeviceListVersion(accountId, list.version);
    if (!trusted || newer) await this.save();
    return { identityKey: key, devices: list.devices.map((d) => d.deviceId) };
  }

  /** Accept `identityKey` for `accountId` after the user compared safety numbers (an explicit decision). */
  async trustIdentity(accountId: AccountId, identityKey: IdentityKey): Promise<void> {
    this.#cipher.trustIdentity(accountId, identityKey);
    await this.save();
  }

  /** The identity key trusted for `accountId`, if any. */
  trustedIdentity(accountId: AccountId): IdentityKey | undefined {
    return this.#state.getTrusted(accountId);
  }

  /**
   * The safety number of this account and `accountId` (spec/fingerprint.md),
   * over the trusted key; `IDENTITY_KEY_CHANGED` when the relay now serves
   * another one.
   */
  async safetyNumber(accountId: AccountId): Promise<SafetyNumber> {
    const { identityKey } = await this.peerIdentity(accountId);
    return this.safetyNumberWith(accountId, identityKey);
  }

  /** The safety number with a known peer identity key (no relay involved). */
  safetyNumberWith(accountId: AccountId, identityKey: IdentityKey): SafetyNumber {
    const me = this.address.accountId;
    return safetyNumber(
      { identityKey: this.identityKey, stableId: Buffer.from(me, 'hex') },
      { identityKey, stableId: Buffer.from(accountId, 'hex') },
    );
  }

  // ---- Sessions (spec/session.md) ----

  /** Fetch a prekey bundle of a peer device (spec/keys.md §Bundles). */
  async fetchBundle(accountId: AccountId, deviceId: DeviceId): Promise<PreKeyBundle> {
    return sessionBundle(
      decodePreKeyBundle(await this.#relay.call('GET', `/v1/keys/${accountId}/${deviceId}`, { auth: true })),
    );
  }

  /**
   * Start a session with a peer device from a bundle (fetched from the relay
   * when not given): signatures checked, the trusted identity checked, then
   * PQXDH (spec/session.md §Sending the initial message).
   */
  async initiateSession(accountId: AccountId, deviceId: DeviceId, bundle?: PreKeyBundle): Promise<void> {
    const b = bundle ?? (await this.fetchBundle(accountId, deviceId));
    this.#cipher.initiate(peerAddress(accountId, deviceId), b);
    await this.save();
  }

  /** Encrypt for a peer device with an established session. */
  async encrypt(accountId: AccountId, deviceId: DeviceId, plaintext: Uint8Array): Promise<Uint8Array> {
    const out = this.#cipher.encrypt(peerAddress(accountId, deviceId), plaintext);
    await this.save();
    return out;
  }

  /** Decrypt a Message or PreKeyMessage from a peer device. */
  async decrypt(accountId: AccountId, deviceId: DeviceId, bytes: Uint8Array): Promise<Uint8Array> {
    const out = this.#cipher.decrypt(peerAddress(accountId, deviceId), bytes);
    await this.save();
    return out;
  }

  /**
   * Decrypt without saving the key store: the caller persists what it
   * decrypted first and then calls {@link DefTalkClient.save}, so a crash in
   * between leaves the message stored and at worst an old ratchet state that
   * still decrypts later messages (spec/client.md §Client obligations for
   * delivery). The in-memory state has advanced either way.
   */
  decryptDeferred(accountId: AccountId, deviceId: DeviceId, bytes: Uint8Array): Uint8Array {
    return this.#cipher.decrypt(peerAddress(accountId, deviceId), bytes);
  }

  [INSPECT](): string {
    return 'DefTalkClient [REDACTED]';
  }
  toString(): string {
    return 'DefTalkClient [REDACTED]';
  }
  toJSON(): string {
    return '[REDACTED]';
  }
}
