/**
 * @module
 * Storage of the profile concern (spec/profiles.md §Storage) and of the
 * small per-account state presence and discovery keep beside it
 * (spec/presence.md §Storage, spec/discovery.md §Contact credential,
 * §Limits): the profile's name, about text and photo; the owner's presence
 * setting and last-seen minute; the number epoch that revokes contact
 * credentials; the discovery budget counters. No phone number, no query and
 * no presence event is stored.
 *
 * A changed field replaces the old one and the old bytes are erased at once
 * (REQ-PROFILES-005): `secure_delete` zeroes the freed cells and overflow
 * pages in the main file, and a `wal_checkpoint(TRUNCATE)` after each
 * replacing write removes the WAL frames that still held them, as delivery's
 * erasure does (spec/delivery.md §Erasure).
 */
import type Database from 'better-sqlite3';
import type { AccountId } from '../../wire/ids.ts';
import type { PresenceVisibility } from '../../wire/presence.ts';
import { writeTransaction } from './transaction.ts';

/** Schema migration of the profile concern; its slot in storage/sqlite.ts is fixed. */
export const PROFILES_MIGRATION = `CREATE TABLE profiles (
     account_id BLOB PRIMARY KEY REFERENCES accounts(account_id) ON DELETE CASCADE,
     name TEXT NOT NULL,
     about TEXT NOT NULL
   ) STRICT, WITHOUT ROWID;
   CREATE TABLE profile_photos (
     account_id BLOB NOT NULL UNIQUE REFERENCES accounts(account_id) ON DELETE CASCADE,
     media_type TEXT NOT NULL,
     photo BLOB NOT NULL
   ) STRICT;
   CREATE TABLE contact_number_epochs (
     account_id BLOB PRIMARY KEY REFERENCES accounts(account_id) ON DELETE CASCADE,
     epoch INTEGER NOT NULL
   ) STRICT, WITHOUT ROWID;
   CREATE TABLE presence (
     account_id BLOB PRIMARY KEY REFERENCES accounts(account_id) ON DELETE CASCADE,
     hidden INTEGER NOT NULL,
     last_seen_ms INTEGER NOT NULL
   ) STRICT, WITHOUT ROWID;
   CREATE TABLE discovery_budgets (
     account_id BLOB PRIMARY KEY REFERENCES accounts(account_id) ON DELETE CASCADE,
     window_start INTEGER NOT NULL,
     evaluations INTEGER NOT NULL,
     lookups INTEGER NOT NULL
   ) STRICT, WITHOUT ROWID`;

/** A stored profile (spec/profiles.md §Profile). */
export interface StoredProfile {
  readonly name: string;
  readonly about: string;
  /** Empty without a photo. */
  readonly photo: Uint8Array;
  readonly photoMediaType: string;
}

/** A validated change of the profile; absent fields stay. */
export interface ProfileChange {
  readonly name?: string;
  readonly about?: string;
  /** `null` removes the photo. */
  readonly photo?: { readonly bytes: Uint8Array; readonly mediaType: string } | null;
}

/** A discovery budget window (spec/discovery.md §Limits): counts only. */
export interface DiscoveryBudget {
  windowStart: number;
  evaluations: number;
  lookups: number;
}

/** The profile concern's storage (spec/profiles.md §Storage). */
export interface ProfileStore {
  /** The profile of `account`; empty fields when it never set one. */
  profile(account: AccountId): Promise<StoredProfile>;
  /** Apply `change`, erasing every replaced value from every storage file before resolving. */
  update(account: AccountId, change: ProfileChange): Promise<void>;
}

/** Number epochs that revoke contact credentials (spec/discovery.md §Contact credential). */
export interface NumberEpochStore {
  /** The owner's current number epoch; 0 until its first number change. */
  numberEpoch(account: AccountId): Promise<number>;
  /** Increment the owner's number epoch, revoking every credential issued for it. */
  bumpNumberEpoch(account: AccountId): Promise<number>;
}

/** The stored part of presence (spec/presence.md §Storage): the setting and the last-seen minute. */
export interface PresenceStore {
  presence(account: AccountId): Promise<{ visibility: PresenceVisibility; lastSeenMs: number }>;
  /** Set the visibility; `nobody` also erases the last-seen time (REQ-PRESENCE-004). */
  setVisibility(account: AccountId, visibility: PresenceVisibility): Promise<void>;
  /** Record the last-seen minute; ignored while the account hides its presence. */
  setLastSeen(account: AccountId, lastSeenMs: number): Promise<void>;
}

/** Durable discovery budgets (spec/discovery.md §Limits). */
export interface DiscoveryBudgetStore {
  budget(account: AccountId): Promise<DiscoveryBudget | undefined>;
  putBudget(account: AccountId, budget: DiscoveryBudget): Promise<void>;
}

/** Everything the concern keeps for an account, erased together (reference/relay/erasure.ts). */
export interface ProfileConcernStore
  extends ProfileStore,
    NumberEpochStore,
    PresenceStore,
    DiscoveryBudgetStore {
  /** Erase every row of `account` and checkpoint the WAL. */
  eraseAccount(account: AccountId): Promise<void>;
}

const key = (a: AccountId): Buffer => Buffer.from(a, 'hex');

/** The tables that hold an account's rows of this concern, all erased by {@link ProfileConcernStore.eraseAccount}. */
export const PROFILE_TABLES = [
  'profiles',
  'profile_photos',
  'contact_number_epochs',
  'presence',
  'discovery_budgets',
] as const;

/** A profile as read from either engine's rows (absent rows: empty fields). */
export function storedProfile(
  row: { name: string; about: string } | undefined,
  photo: { media_type: string; photo: Uint8Array } | undefined,
): StoredProfile {
  return {
    name: row?.name ?? '',
    about: row?.about ?? '',
    photo: photo ? new Uint8Array(photo.photo) : new Uint8Array(0),
    photoMediaType: photo?.media_type ?? '',
  };
}

/** The presence setting and last-seen minute from either engine's row (`hidden` as 0/1 or boolean). */
export function presenceOf(row: { hidden: number | boolean; last_seen_ms: number } | undefined): {
  visibility: PresenceVisibility;
  lastSeenMs: number;
} {
  return { visibility: row?.hidden ? 'nobody' : 'contacts', lastSeenMs: row?.last_seen_ms ?? 0 };
}

/** A discovery budget from either engine's row. */
export function budgetOf(
  row: { window_start: number; evaluations: number; lookups: number } | undefined,
): DiscoveryBudget | undefined {
  return row && { windowStart: row.window_start, evaluations: row.evaluations, lookups: row.lookups };
}

/** The SQLite implementation over the tables of {@link PROFILES_MIGRATION}. */
export class SqliteProfileStore implements ProfileConcernStore {
  readonly #db: Database.Database;
  readonly #stmts;

  constructor(db: Database.Database) {
    this.#db = db;
    this.#stmts = {
      profile: db.prepare<[Buffer], { name: string; about: string }>(
        'SELECT name, about FROM profiles WHERE account_id = ?',
      ),
      photo: db.prepare<[Buffer], { media_type: string; photo: Buffer }>(
        'SELECT media_type, photo FROM profile_photos WHERE account_id = ?',
      ),
      ensure: db.prepare<[Buffer]>(
        `INSERT INTO profiles (account_id, name, about) VALUES (?, '', '') ON CONFLICT DO NOTHING`,
      ),
      setName: db.prepare<[string, Buffer]>('UPDATE profiles SET name = ? WHERE account_id = ?'),
      setAbout: db.prepare<[string, Buffer]>('UPDATE profiles SET about = ? WHERE account_id = ?'),
      // The old photo row is deleted, not updated in place, so its overflow
      // pages are freed (and zeroed by secure_delete) before the new ones are written.
      dropPhoto: db.prepare<[Buffer]>('DELETE FROM profile_photos WHERE account_id = ?'),
      addPhoto: db.prepare<[Buffer, string, Buffer]>(
        'INSERT INTO profile_photos (account_id, media_type, photo) VALUES (?, ?, ?)',
      ),
      epoch: db.prepare<[Buffer], { epoch: number }>(
        'SELECT epoch FROM contact_number_epochs WHERE account_id = ?',
      ),
      bump: db.prepare<[Buffer], { epoch: number }>(
        `INSERT INTO contact_number_epochs (account_id, epoch) VALUES (?, 1)
         ON CONFLICT (account_id) DO UPDATE SET epoch = epoch + 1 RETURNING epoch`,
      ),
      presence: db.prepare<[Buffer], { hidden: number; last_seen_ms: number }>(
        'SELECT hidden, last_seen_ms FROM presence WHERE account_id = ?',
      ),
      setHidden: db.prepare<[{ account: Buffer; hidden: number }]>(
        `INSERT INTO presence (account_id, hidden, last_seen_ms) VALUES (@account, @hidden, 0)
         ON CONFLICT (account_id) DO UPDATE SET hidden = @hidden,
           last_seen_ms = CASE WHEN @hidden = 1 THEN 0 ELSE last_seen_ms END`,
      ),
      setLastSeen: db.prepare<[{ account: Buffer; at: number }]>(
        `INSERT INTO presence (account_id, hidden, last_seen_ms) VALUES (@account, 0, @at)
         ON CONFLICT (account_id) DO UPDATE SET last_seen_ms = @at WHERE hidden = 0`,
      ),
      budget: db.prepare<[Buffer], { window_start: number; evaluations: number; lookups: number }>(
        'SELECT window_start, evaluations, lookups FROM discovery_budgets WHERE account_id = ?',
      ),
      putBudget: db.prepare<[Buffer, number, number, number]>(
        'INSERT OR REPLACE INTO discovery_budgets (account_id, window_start, evaluations, lookups) VALUES (?, ?, ?, ?)',
      ),
      erase: PROFILE_TABLES.map((t) => db.prepare<[Buffer]>(`DELETE FROM ${t} WHERE account_id = ?`)),
    };
  }

  async profile(account: AccountId): Promise<StoredProfile> {
    return storedProfile(this.#stmts.profile.get(key(account)), this.#stmts.photo.get(key(account)));
  }

  async update(account: AccountId, change: ProfileChange): Promise<void> {
    const k = key(account);
    writeTransaction(this.#db, () => {
      this.#stmts.ensure.run(k);
      if (change.name !== undefined) this.#stmts.setName.run(change.name, k);
      if (change.about !== undefined) this.#stmts.setAbout.run(change.about, k);
      if (change.photo !== undefined) {
        this.#stmts.dropPhoto.run(k);
        if (change.photo)
          this.#stmts.addPhoto.run(k, change.photo.mediaType, Buffer.from(change.photo.bytes));
      }
    })();
    this.#checkpoint();
  }

  async numberEpoch(account: AccountId): Promise<number> {
    return this.#stmts.epoch.get(key(account))?.epoch ?? 0;
  }

  async bumpNumberEpoch(account: AccountId): Promise<number> {
    return this.#stmts.bump.get(key(account))!.epoch;
  }

  async presence(account: AccountId): Promise<{ visibility: PresenceVisibility; lastSeenMs: number }> {
    return presenceOf(this.#stmts.presence.get(key(account)));
  }

  async setVisibility(account: AccountId, visibility: PresenceVisibility): Promise<void> {
    this.#stmts.setHidden.run({ account: key(account), hidden: visibility === 'nobody' ? 1 : 0 });
    // Hiding erases the last-seen time, so its old value must leave the WAL too.
    if (visibility === 'nobody') this.#checkpoint();
  }

  async setLastSeen(account: AccountId, lastSeenMs: number): Promise<void> {
    this.#stmts.setLastSeen.run({ account: key(account), at: lastSeenMs });
  }

  async budget(account: AccountId): Promise<DiscoveryBudget | undefined> {
    return budgetOf(this.#stmts.budget.get(key(account)));
  }

  async putBudget(account: AccountId, b: DiscoveryBudget): Promise<void> {
    this.#stmts.putBudget.run(key(account), b.windowStart, b.evaluations, b.lookups);
  }

  async eraseAccount(account: AccountId): Promise<void> {
    const k = key(account);
    writeTransaction(this.#db, () => {
      for (const s of this.#stmts.erase) s.run(k);
    })();
    this.#checkpoint();
  }

  /**
   * Move the WAL into the main file and truncate it, so the frames that held
   * replaced values are gone (spec/profiles.md §Storage). A busy checkpoint
   * (a reader on an old snapshot) is retried by the next replacing write;
   * the checkpoint waits out the delivery writer's commits (busy timeout), and
   * that thread's reads are single statements, so it is not busy in practice.
   */
  #checkpoint(): void {
    this.#db.pragma('wal_checkpoint(TRUNCATE)');
  }
}
