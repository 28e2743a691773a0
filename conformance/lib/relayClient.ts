/**
 * @module
 * A harness-side client of the identity API (spec/registration.md,
 * accounts.md, auth.md, keys.md) for relay-mode cases and tests: it speaks
 * HTTP with protobuf bodies to a relay it treats as a black box, reads
 * verification codes and moves the clock only through the test-hooks
 * profile (spec/test-hooks.md), and holds the secret keys a real client
 * would. Later areas (delivery, groups, discovery) build their actors on
 * {@link registerAccount}.
 */
import { ed25519, x25519 } from '@noble/curves/ed25519.js';
import { ml_kem768 } from '@noble/post-quantum/ml-kem.js';
import {
  type DeviceEntry,
  decodeDeviceAddress,
  decodeLinkToken,
  deviceListPayload,
  encodeDeviceList,
  encodeLinkDeviceRequest,
} from '../../reference/wire/account.ts';
import {
  authPayload,
  decodeAuthChallenge,
  decodeAuthToken,
  encodeTokenRequest,
} from '../../reference/wire/auth.ts';
import { type AccountId, type DeviceId, PRIMARY_DEVICE_ID } from '../../reference/wire/ids.ts';
import { decodeError, type ErrorBody, PROTOBUF } from '../../reference/wire/index.ts';
import {
  encodePreKeyUpload,
  type KemPreKey,
  kemPreKeyPayload,
  type OneTimePreKey,
  type SignedPreKey,
  signedPreKeyPayload,
} from '../../reference/wire/keys.ts';
import {
  decodeRegistrationResult,
  decodeTestHookCode,
  encodeRegistrationRequest,
  encodeTestHookCodeRequest,
  encodeVerificationCodeRequest,
} from '../../reference/wire/registration.ts';
import {
  decodeLogLines,
  decodeStorageDump,
  encodeClockAdvance,
  type StorageFile,
} from '../../reference/wire/testHooks.ts';
import { type CaseContext, check } from '../case.ts';
import { recordFrame, recordSecret } from './evidence.ts';

/** An answer from the relay: the status, the raw body, and the decoded error when the status is 400 or above. */
export interface Answer {
  readonly status: number;
  readonly body: Uint8Array;
  readonly error: ErrorBody | undefined;
}

/** Thrown by {@link RelayClient.ok} when the relay answered an error. */
export class RelayAnswerError extends Error {
  constructor(
    readonly status: number,
    readonly errorName: string,
    what: string,
  ) {
    super(`${what}: relay answered ${status} ${errorName}`);
    this.name = 'RelayAnswerError';
  }
}

/** HTTP to one relay with protobuf bodies. */
export class RelayClient {
  readonly base: URL;
  readonly #signal: AbortSignal | undefined;

  constructor(base: URL | string, signal?: AbortSignal) {
    this.base = new URL(base);
    this.#signal = signal;
  }

  /** Send one request; `token` goes into `Authorization: Bearer`. */
  async request(
    method: string,
    path: string,
    opts: { body?: Uint8Array; token?: string; contentType?: string } = {},
  ): Promise<Answer> {
    const headers: Record<string, string> = { accept: PROTOBUF };
    if (opts.body) headers['content-type'] = opts.contentType ?? PROTOBUF;
    if (opts.token) headers.authorization = `Bearer ${opts.token}`;
    // spec/conformance.md §Evidence: the exchange goes into the case's frame log (tokens masked on writing).
    const link = `${method} ${path}`;
    recordFrame({ channel: 'http', dir: 'out', link, what: link, headers }, opts.body);
    const res = await fetch(new URL(path, this.base), {
      method,
      headers,
      body: opts.body ? Buffer.from(opts.body) : undefined,
      signal: this.#signal,
    });
    const body = new Uint8Array(await res.arrayBuffer());
    recordFrame(
      {
        channel: 'http',
        dir: 'in',
        link,
        what: String(res.status),
        headers: { 'content-type': res.headers.get('content-type') ?? '' },
      },
      body,
    );
    let error: ErrorBody | undefined;
    if (res.status >= 400 && (res.headers.get('content-type') ?? '').startsWith(PROTOBUF))
      error = decodeError(body);
    return { status: res.status, body, error };
  }

  /** Like {@link request}, but throws {@link RelayAnswerError} on an error answer and returns the body. */
  async ok(
    what: string,
    method: string,
    path: string,
    opts: { body?: Uint8Array; token?: string } = {},
  ): Promise<Uint8Array> {
    const a = await this.request(method, path, opts);
    if (a.status >= 400) throw new RelayAnswerError(a.status, a.error?.name ?? '(no error body)', what);
    return a.body;
  }

  /** Move the relay clock forward (spec/test-hooks.md §Clock). */
  async advanceClock(ms: number): Promise<void> {
    await this.ok('advance clock', 'POST', '/test-hooks/v1/clock/advance', { body: encodeClockAdvance(ms) });
  }

  /** Every storage file of the relay as it is on disk (spec/test-hooks.md §Storage). */
  async storageDump(): Promise<StorageFile[]> {
    return decodeStorageDump(await this.ok('storage dump', 'GET', '/test-hooks/v1/storage'));
  }

  /** The relay's recent log lines (spec/test-hooks.md §Logs). */
  async logLines(): Promise<string[]> {
    return decodeLogLines(await this.ok('log lines', 'GET', '/test-hooks/v1/logs'));
  }

  /** The last code the relay's development gateway sent to `phoneNumber` (spec/test-hooks.md §Verification codes). */
  async verificationCode(phoneNumber: string): Promise<string> {
    const body = await this.ok('read verification code', 'POST', '/test-hooks/v1/registration/code', {
      body: encodeTestHookCodeRequest(phoneNumber),
    });
    const code = decodeTestHookCode(body).verificationCode;
    recordSecret(code);
    return code;
  }
}

/**
 * A random valid German mobile number (+49 151 and eight digits) drawn from
 * `random`, so concurrent cases do not collide (10^8 numbers).
 */
export function randomPhoneNumber(random: () => number): string {
  let digits = '';
  for (let i = 0; i < 8; i++) digits += Math.floor(random() * 10).toString();
  return `+49151${digits}`;
}

/** 32 random bytes from `random` (cases are seeded; keys need not be strong, only distinct). */
export function randomSeed(random: () => number): Uint8Array {
  const out = new Uint8Array(32);
  for (let i = 0; i < 32; i++) out[i] = Math.floor(random() * 256);
  return out;
}

/** An Ed25519 key pair as the harness holds it. */
export interface SigningKey {
  readonly seed: Uint8Array;
  readonly publicKey: Uint8Array;
}

/** Derive an Ed25519 key pair from a seed. */
export function signingKey(seed: Uint8Array): SigningKey {
  return { seed, publicKey: ed25519.getPublicKey(seed) };
}

/** Sign a device list with the identity key (spec/accounts.md §Device list signature). */
export function signDeviceList(
  identity: SigningKey,
  list: { version: number; devices: readonly DeviceEntry[] },
): { bytes: Uint8Array; signature: Uint8Array } {
  const bytes = encodeDeviceList(list);
  return { bytes, signature: ed25519.sign(deviceListPayload(bytes), identity.seed) };
}

/** One device of a harness account, with its token once it has one. */
export interface TestDevice {
  readonly deviceId: DeviceId;
  readonly key: SigningKey;
  token: string;
}

/** A registered account as the harness holds it. */
export interface TestAccount {
  readonly accountId: AccountId;
  readonly phoneNumber: string;
  readonly identity: SigningKey;
  /** The devices in the last device list the harness published, primary first. */
  devices: TestDevice[];
  /** Entries and version of that list. */
  deviceList: { version: number; devices: DeviceEntry[] };
  /** The primary device. */
  readonly primary: TestDevice;
}

/** Ask for a code and read it through the test hooks (spec/registration.md §Requesting a code). */
export async function requestCode(client: RelayClient, phoneNumber: string): Promise<string> {
  await client.ok('request code', 'POST', '/v1/registration/code', {
    body: encodeVerificationCodeRequest(phoneNumber),
  });
  return client.verificationCode(phoneNumber);
}

/** The parts of a registration request, for cases that alter one of them. */
export function registrationBody(
  phoneNumber: string,
  code: string,
  identity: SigningKey,
  device: SigningKey,
  opts: { pin?: string; version?: number } = {},
): Uint8Array {
  const list = {
    version: opts.version ?? 1,
    devices: [{ deviceId: PRIMARY_DEVICE_ID, deviceKey: device.publicKey, addedAtMs: Date.now() }],
  };
  return encodeRegistrationRequest({
    phoneNumber,
    verificationCode: code,
    identityKey: identity.publicKey,
    deviceKey: device.publicKey,
    deviceList: signDeviceList(identity, list),
    registrationLockPin: opts.pin,
  });
}

/** Obtain a bearer token for a device (spec/auth.md §Token request). */
export async function requestToken(
  client: RelayClient,
  accountId: AccountId,
  deviceId: DeviceId,
  deviceKey: SigningKey,
): Promise<string> {
  const challenge = decodeAuthChallenge(await client.ok('challenge', 'POST', '/v1/auth/challenge'));
  const signature = ed25519.sign(authPayload(challenge.nonce, accountId, deviceId), deviceKey.seed);
  const body = encodeTokenRequest({ accountId, deviceId, nonce: challenge.nonce, signature });
  const token = decodeAuthToken(await client.ok('token', 'POST', '/v1/auth/token', { body })).token;
  recordSecret(token);
  return token;
}

/**
 * Register a fresh account with a random number, sign in its primary device
 * and return everything the harness needs to act as it.
 */
export async function registerAccount(
  client: RelayClient,
  random: () => number,
  opts: { phoneNumber?: string; pin?: string } = {},
): Promise<TestAccount> {
  const phoneNumber = opts.phoneNumber ?? randomPhoneNumber(random);
  const identity = signingKey(randomSeed(random));
  const deviceKey = signingKey(randomSeed(random));
  const code = await requestCode(client, phoneNumber);
  const address = decodeRegistrationResult(
    await client.ok('register', 'POST', '/v1/registration', {
      body: registrationBody(phoneNumber, code, identity, deviceKey, { pin: opts.pin }),
    }),
  );
  const token = await requestToken(client, address.accountId, address.deviceId, deviceKey);
  const primary: TestDevice = { deviceId: address.deviceId, key: deviceKey, token };
  return {
    accountId: address.accountId,
    phoneNumber,
    identity,
    primary,
    devices: [primary],
    // The relay stored exactly the list registrationBody signed; the harness keeps its own copy for the next change.
    deviceList: {
      version: 1,
      devices: [{ deviceId: PRIMARY_DEVICE_ID, deviceKey: deviceKey.publicKey, addedAtMs: 0 }],
    },
  };
}

/**
 * Link a new device: the primary obtains a link token, the new device
 * publishes the next device list with itself added (spec/accounts.md
 * §Linking) and signs in. Returns the new device.
 */
export async function linkDevice(
  client: RelayClient,
  account: TestAccount,
  random: () => number,
): Promise<TestDevice> {
  const { linkToken, nextDeviceId } = decodeLinkToken(
    await client.ok('link token', 'POST', '/v1/devices/link-token', { token: account.primary.token }),
  );
  recordSecret(linkToken);
  const key = signingKey(randomSeed(random));
  // The relay names the next unused id (ids of removed devices are never
  // reused); a relay that names none leaves the highest listed id plus one.
  const deviceId = Math.max(
    nextDeviceId ?? 0,
    Math.max(...account.deviceList.devices.map((d) => d.deviceId), 0) + 1,
  ) as DeviceId;
  const next = {
    version: account.deviceList.version + 1,
    devices: [...account.deviceList.devices, { deviceId, deviceKey: key.publicKey, addedAtMs: Date.now() }],
  };
  const address = decodeDeviceAddress(
    await client.ok('link', 'POST', '/v1/devices/link', {
      body: encodeLinkDeviceRequest({
        accountId: account.accountId,
        linkToken,
        deviceKey: key.publicKey,
        deviceList: signDeviceList(account.identity, next),
      }),
    }),
  );
  const device: TestDevice = {
    deviceId: address.deviceId,
    key,
    token: await requestToken(client, account.accountId, address.deviceId, key),
  };
  account.deviceList = next;
  account.devices.push(device);
  return device;
}

/** Prekey material a harness device uploads, with the secret halves kept for later handshakes. */
export interface PreKeyMaterial {
  readonly signedPreKey: SignedPreKey;
  readonly oneTimePreKeys: OneTimePreKey[];
  readonly kemPreKeys: KemPreKey[];
}

/**
 * Make a signed prekey, `oneTime` one-time prekeys and `kem` one-time
 * ML-KEM prekeys plus, when `lastResort`, a last-resort one; ids start at
 * `firstId` (spec/keys.md §Keys).
 */
export function makePreKeys(
  identity: SigningKey,
  random: () => number,
  opts: { oneTime?: number; kem?: number; lastResort?: boolean; firstId?: number } = {},
): PreKeyMaterial {
  const first = opts.firstId ?? 1;
  const spkPub = x25519.getPublicKey(randomSeed(random));
  const signedPreKey = {
    keyId: first,
    publicKey: spkPub,
    signature: ed25519.sign(signedPreKeyPayload(spkPub, first), identity.seed),
  };
  const oneTimePreKeys = Array.from({ length: opts.oneTime ?? 0 }, (_, i) => ({
    keyId: first + i,
    publicKey: x25519.getPublicKey(randomSeed(random)),
  }));
  const kemCount = (opts.kem ?? 0) + (opts.lastResort ? 1 : 0);
  const kemPreKeys = Array.from({ length: kemCount }, (_, i) => {
    const seed = new Uint8Array(64);
    seed.set(randomSeed(random));
    seed.set(randomSeed(random), 32);
    const { publicKey } = ml_kem768.keygen(seed);
    const keyId = first + i;
    return {
      keyId,
      publicKey,
      signature: ed25519.sign(kemPreKeyPayload(publicKey, keyId), identity.seed),
      lastResort: opts.lastResort === true && i === kemCount - 1,
    };
  });
  return { signedPreKey, oneTimePreKeys, kemPreKeys };
}

/** Upload prekey material for a device (PUT /v1/keys). */
export async function uploadPreKeys(
  client: RelayClient,
  device: TestDevice,
  keys: Partial<PreKeyMaterial>,
): Promise<Answer> {
  return client.request('PUT', '/v1/keys', { token: device.token, body: encodePreKeyUpload(keys) });
}

/** A client for the relay under test of a relay-mode case. */
export function caseClient(ctx: CaseContext): RelayClient {
  check(ctx.relayUrl, 'relay mode needs the relay URL');
  return new RelayClient(ctx.relayUrl, ctx.signal);
}

/** Check that `a` is the registered error `name`; logs the outcome as evidence. */
export function expectError(ctx: CaseContext, a: Answer, name: string, what: string): ErrorBody {
  ctx.log(`${what} -> ${a.status} ${a.error?.name ?? '(no error body)'}`);
  check(a.error, `${what}: the relay answered with an error body`, name, a.status);
  check(a.error.name === name, `${what}: error is ${name}`, name, a.error.name);
  check(a.error.registered, `${what}: the code ${a.error.code} is the registered code of ${name}`);
  return a.error;
}

/** Check that `a` succeeded; logs the outcome as evidence. */
export function expectOk(ctx: CaseContext, a: Answer, what: string): Uint8Array {
  ctx.log(`${what} -> ${a.status}${a.error ? ` ${a.error.name}` : ''}`);
  check(a.status >= 200 && a.status < 300, `${what} succeeds`, '2xx', a.error?.name ?? a.status);
  return a.body;
}

/**
 * Byte offsets where any of `needles` occurs in `files` or `lines`, as
 * `[label, where]`; digits-only needles must not be part of a longer digit run
 * in log text, so timestamps cannot match by chance.
 */
export function findSecrets(
  files: readonly StorageFile[],
  lines: readonly string[],
  needles: readonly { label: string; text: string }[],
): string[] {
  const found: string[] = [];
  for (const n of needles) {
    const bytes = Buffer.from(n.text, 'utf8');
    for (const f of files) {
      const at = Buffer.from(f.content).indexOf(bytes);
      if (at >= 0) found.push(`${n.label} in storage file ${f.name} at offset ${at}`);
    }
    const escaped = n.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const re = new RegExp(/^\d+$/.test(n.text) ? `(?<!\\d)${escaped}(?!\\d)` : escaped);
    lines.forEach((l, i) => {
      if (re.test(l)) found.push(`${n.label} in log line ${i}`);
    });
  }
  return found;
}
