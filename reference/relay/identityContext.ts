/**
 * @module
 * What the identity plugins share (spec/registration.md, accounts.md, auth.md,
 * keys.md): the relay clock, the storage of each concern, the identifier key,
 * the verification-code gateway and the limits. Each plugin receives this
 * object; none reaches into another's storage except through it.
 */
import type { Clock } from './clock.ts';
import type { SmsGateway } from './sms/gateway.ts';
import type { AccountStore } from './storage/accounts.ts';
import type { AuthStore } from './storage/auth.ts';
import type { KeyStore } from './storage/keys.ts';
import type { ProvisioningStore } from './storage/provisioning.ts';
import type { RateLimiter } from './storage/rateLimits.ts';
import type { VerificationStore } from './storage/verification.ts';

/** The limits of the identity chapters; defaults in {@link DEFAULT_IDENTITY_LIMITS}. */
export interface IdentityLimits {
  /** Lifetime of a verification code (spec/registration.md §Requesting a code). */
  readonly codeTtlMs: number;
  /** Shortest interval between two codes for one number. */
  readonly codeResendMs: number;
  /** Wrong codes tolerated before the code is erased. */
  readonly codeAttempts: number;
  /** Wrong registration lock PINs tolerated before a lockout (spec/registration.md §Registration lock). */
  readonly pinAttempts: number;
  /** Length of a PIN lockout. */
  readonly pinLockoutMs: number;
  /** log2 of scrypt's N for PIN hashes. */
  readonly pinScryptLog2N: number;
  /** Lifetime of an authentication challenge (spec/auth.md §Challenge). */
  readonly challengeTtlMs: number;
  /** Live challenges the relay keeps at most. */
  readonly maxChallenges: number;
  /** Lifetime of a bearer token (spec/auth.md §Tokens). */
  readonly tokenTtlMs: number;
  /** Lifetime of a device link token and of a provisioning mailbox (spec/accounts.md §Linking). */
  readonly linkTtlMs: number;
  /** Devices per account at most (spec/accounts.md §Device cap). */
  readonly maxDevices: number;
  /** One-time keys of each kind stored per device at most (spec/keys.md §Upload). */
  readonly maxStoredPreKeys: number;
  /** Below this many one-time keys of either kind, `low_supply` is set (spec/keys.md §Supply). */
  readonly lowSupplyThreshold: number;
}

/** The reference relay's limits (the values the spec chapters name). */
export const DEFAULT_IDENTITY_LIMITS: IdentityLimits = {
  codeTtlMs: 10 * 60_000,
  codeResendMs: 60_000,
  codeAttempts: 5,
  pinAttempts: 5,
  pinLockoutMs: 24 * 3600_000,
  pinScryptLog2N: 15,
  challengeTtlMs: 60_000,
  maxChallenges: 100_000,
  tokenTtlMs: 3600_000,
  linkTtlMs: 10 * 60_000,
  maxDevices: 6,
  maxStoredPreKeys: 1000,
  lowSupplyThreshold: 10,
};

/** Bundle fetches per requesting account: burst and the window in which the burst refills (spec/keys.md §Rate limits). */
export const BUNDLE_RATE = { capacity: 100, windowMs: 3600_000 } as const;

/** A device connection that can be closed (the WebSocket hub's view, spec/transport.md §WebSocket). */
export interface DeviceConnections {
  connectionOf(device: {
    accountId: string;
    deviceId: number;
  }): { close(code: number, reason: string): void } | undefined;
}

/** Everything the identity plugins share. */
export interface IdentityContext {
  readonly clock: Clock;
  readonly accounts: AccountStore;
  readonly auth: AuthStore;
  readonly verification: VerificationStore;
  readonly provisioning: ProvisioningStore;
  readonly keys: KeyStore;
  /** Key of the phone tags (reference/relay/storage/identifierKey.ts). */
  readonly identifierKey: Buffer;
  /** Undefined when no gateway is configured: registration answers REGISTRATION_UNAVAILABLE. */
  readonly sms: SmsGateway | undefined;
  readonly limits: IdentityLimits;
  /** Per requesting account, for bundle fetches. */
  readonly bundleLimiter: RateLimiter;
  /** Anonymous mailbox and challenge creation, relay-wide. */
  readonly anonymousLimiter: RateLimiter;
  /** Open WebSocket connections, to close a removed device's at once; absent without WebSockets. */
  readonly connections: DeviceConnections | undefined;
}
