/**
 * @module
 * Provisioning mailboxes (spec/accounts.md §Provisioning): a random id, at
 * most one encrypted envelope, an expiry. The envelope is deleted when the
 * new device reads it or when the mailbox expires.
 */
import type Database from 'better-sqlite3';

/** Storage of provisioning mailboxes. */
export interface ProvisioningStore {
  create(id: Buffer, expiresAt: number): Promise<void>;
  /** Put the envelope into a live, empty mailbox; false when the mailbox is unknown, expired or full. */
  put(id: Buffer, envelope: Uint8Array, now: number): Promise<boolean>;
  /**
   * Read a live mailbox: `undefined` when unknown or expired, `null` while empty,
   * the envelope otherwise (deleting the mailbox with it).
   */
  take(id: Buffer, now: number): Promise<Buffer | null | undefined>;
  sweep(now: number): Promise<number>;
}

/** {@link ProvisioningStore} over the relay's SQLite database. */
export class SqliteProvisioningStore implements ProvisioningStore {
  readonly #create: Database.Statement<[Buffer, number]>;
  readonly #put: Database.Statement<[Buffer, Buffer, number]>;
  readonly #get: Database.Statement<[Buffer, number], { envelope: Buffer | null }>;
  readonly #delete: Database.Statement<[Buffer]>;
  readonly #sweep: Database.Statement<[number]>;

  constructor(db: Database.Database) {
    this.#create = db.prepare('INSERT INTO provisioning (provisioning_id, expires_at) VALUES (?, ?)');
    this.#put = db.prepare(
      'UPDATE provisioning SET envelope = ? WHERE provisioning_id = ? AND envelope IS NULL AND expires_at > ?',
    );
    this.#get = db.prepare('SELECT envelope FROM provisioning WHERE provisioning_id = ? AND expires_at > ?');
    this.#delete = db.prepare('DELETE FROM provisioning WHERE provisioning_id = ?');
    this.#sweep = db.prepare('DELETE FROM provisioning WHERE expires_at <= ?');
  }

  async create(id: Buffer, expiresAt: number): Promise<void> {
    this.#create.run(id, expiresAt);
  }

  async put(id: Buffer, envelope: Uint8Array, now: number): Promise<boolean> {
    return this.#put.run(Buffer.from(envelope), id, now).changes === 1;
  }

  async take(id: Buffer, now: number): Promise<Buffer | null | undefined> {
    const r = this.#get.get(id, now);
    if (!r) return undefined;
    if (r.envelope === null) return null;
    this.#delete.run(id);
    return r.envelope;
  }

  async sweep(now: number): Promise<number> {
    return this.#sweep.run(now).changes;
  }
}
