/**
 * @module
 * Authentication state (spec/auth.md): outstanding challenge nonces, bearer
 * tokens and device link tokens, each stored only as its SHA-256 digest so
 * that a copy of the database lets no one present them (REQ-AUTH-007).
 * Tokens reference their device with a cascading foreign key: removing the
 * device deletes its tokens in the same transaction (REQ-AUTH-006).
 */
import type Database from 'better-sqlite3';
import type { AccountId, DeviceId } from '../../wire/ids.ts';

/** Storage of challenges, tokens and link tokens. */
export interface AuthStore {
  /** Remember a challenge digest; false when `maxOutstanding` live challenges already exist. */
  addChallenge(nonceHash: Buffer, expiresAt: number, now: number, maxOutstanding: number): Promise<boolean>;
  /** Delete the challenge and say whether it existed and was live at `now` (single use either way). */
  takeChallenge(nonceHash: Buffer, now: number): Promise<boolean>;
  addToken(tokenHash: Buffer, accountId: AccountId, deviceId: DeviceId, expiresAt: number): Promise<void>;
  /** The device of a live token, or undefined. */
  tokenDevice(
    tokenHash: Buffer,
    now: number,
  ): Promise<{ accountId: AccountId; deviceId: DeviceId } | undefined>;
  addLinkToken(tokenHash: Buffer, accountId: AccountId, expiresAt: number): Promise<void>;
  /** Delete the link token; true when it existed, was live and belonged to `accountId`. */
  takeLinkToken(tokenHash: Buffer, accountId: AccountId, now: number): Promise<boolean>;
  /** Remove everything expired at `now`; returns how many rows. */
  sweep(now: number): Promise<number>;
}

/** {@link AuthStore} over the relay's SQLite database. */
export class SqliteAuthStore implements AuthStore {
  readonly #countChallenges: Database.Statement<[number], { n: number }>;
  readonly #sweepChallenges: Database.Statement<[number]>;
  readonly #addChallenge: Database.Statement<[Buffer, number]>;
  readonly #takeChallenge: Database.Statement<[Buffer], { expires_at: number }>;
  readonly #addToken: Database.Statement<[Buffer, Buffer, number, number]>;
  readonly #token: Database.Statement<[Buffer, number], { account_id: Buffer; device_id: number }>;
  readonly #addLink: Database.Statement<[Buffer, Buffer, number]>;
  readonly #takeLink: Database.Statement<[Buffer], { account_id: Buffer; expires_at: number }>;
  readonly #sweepTokens: Database.Statement<[number]>;
  readonly #sweepLinks: Database.Statement<[number]>;

  constructor(db: Database.Database) {
    this.#countChallenges = db.prepare('SELECT count(*) AS n FROM auth_challenges WHERE expires_at > ?');
    this.#sweepChallenges = db.prepare('DELETE FROM auth_challenges WHERE expires_at <= ?');
    this.#addChallenge = db.prepare('INSERT INTO auth_challenges (nonce_hash, expires_at) VALUES (?, ?)');
    this.#takeChallenge = db.prepare('DELETE FROM auth_challenges WHERE nonce_hash = ? RETURNING expires_at');
    this.#addToken = db.prepare(
      'INSERT INTO auth_tokens (token_hash, account_id, device_id, expires_at) VALUES (?, ?, ?, ?)',
    );
    this.#token = db.prepare(
      'SELECT account_id, device_id FROM auth_tokens WHERE token_hash = ? AND expires_at > ?',
    );
    this.#addLink = db.prepare(
      'INSERT INTO link_tokens (token_hash, account_id, expires_at) VALUES (?, ?, ?)',
    );
    this.#takeLink = db.prepare(
      'DELETE FROM link_tokens WHERE token_hash = ? RETURNING account_id, expires_at',
    );
    this.#sweepTokens = db.prepare('DELETE FROM auth_tokens WHERE expires_at <= ?');
    this.#sweepLinks = db.prepare('DELETE FROM link_tokens WHERE expires_at <= ?');
  }

  async addChallenge(
    nonceHash: Buffer,
    expiresAt: number,
    now: number,
    maxOutstanding: number,
  ): Promise<boolean> {
    if (this.#countChallenges.get(now)!.n >= maxOutstanding) {
      this.#sweepChallenges.run(now);
      if (this.#countChallenges.get(now)!.n >= maxOutstanding) return false;
    }
    this.#addChallenge.run(nonceHash, expiresAt);
    return true;
  }

  async takeChallenge(nonceHash: Buffer, now: number): Promise<boolean> {
    const r = this.#takeChallenge.get(nonceHash);
    return r !== undefined && r.expires_at > now;
  }

  async addToken(
    tokenHash: Buffer,
    accountId: AccountId,
    deviceId: DeviceId,
    expiresAt: number,
  ): Promise<void> {
    this.#addToken.run(tokenHash, Buffer.from(accountId, 'hex'), deviceId, expiresAt);
  }

  async tokenDevice(
    tokenHash: Buffer,
    now: number,
  ): Promise<{ accountId: AccountId; deviceId: DeviceId } | undefined> {
    const r = this.#token.get(tokenHash, now);
    return r && { accountId: r.account_id.toString('hex') as AccountId, deviceId: r.device_id as DeviceId };
  }

  async addLinkToken(tokenHash: Buffer, accountId: AccountId, expiresAt: number): Promise<void> {
    this.#addLink.run(tokenHash, Buffer.from(accountId, 'hex'), expiresAt);
  }

  async takeLinkToken(tokenHash: Buffer, accountId: AccountId, now: number): Promise<boolean> {
    const r = this.#takeLink.get(tokenHash);
    return r !== undefined && r.expires_at > now && r.account_id.toString('hex') === accountId;
  }

  async sweep(now: number): Promise<number> {
    return (
      this.#sweepChallenges.run(now).changes +
      this.#sweepTokens.run(now).changes +
      this.#sweepLinks.run(now).changes
    );
  }
}
