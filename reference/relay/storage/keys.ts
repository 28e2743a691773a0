/**
 * @module
 * The key directory's storage (spec/keys.md). One signed prekey per device,
 * one-time X25519 prekeys and one-time ML-KEM prekeys that are each handed
 * out at most once, and one last-resort ML-KEM prekey. Handing out a
 * one-time key is a single `DELETE ... RETURNING` inside the transaction that
 * builds the bundle, so two concurrent fetches can never receive the same key
 * (REQ-KEYS-004); `secure_delete` zeroes the freed bytes.
 */
import type Database from 'better-sqlite3';
import type { AccountId, DeviceId } from '../../wire/ids.ts';
import type { KemPreKey, OneTimePreKey, SignedPreKey } from '../../wire/keys.ts';
import { writeTransaction } from './transaction.ts';

/** Counts of what a device has stored (spec/keys.md §Supply). */
export interface KeyCounts {
  readonly oneTime: number;
  readonly kem: number;
  readonly signedPreKey: boolean;
  readonly lastResort: boolean;
}

/** The keys of one bundle, one-time ones already removed from the store. */
export interface BundleKeys {
  readonly signedPreKey: SignedPreKey;
  readonly kemPreKey: KemPreKey;
  readonly oneTimePreKey: OneTimePreKey | undefined;
}

/** Outcome of an upload that could not be stored. */
export type UploadRefusal = 'DUPLICATE_PREKEY_ID' | 'PREKEY_BATCH_TOO_LARGE';

/** Storage of the key directory. */
export interface KeyStore {
  /**
   * Store a batch atomically: replace the signed prekey and the last-resort
   * key when given, add one-time keys. Refuses the whole batch on a key id
   * already stored or when a store would exceed `maxStored`.
   */
  upload(
    accountId: AccountId,
    deviceId: DeviceId,
    batch: { signedPreKey?: SignedPreKey; oneTime: readonly OneTimePreKey[]; kem: readonly KemPreKey[] },
    maxStored: number,
  ): Promise<UploadRefusal | undefined>;
  counts(accountId: AccountId, deviceId: DeviceId): Promise<KeyCounts>;
  /** Build a bundle, removing the one-time keys it hands out; undefined without signed and KEM prekey. */
  takeBundle(accountId: AccountId, deviceId: DeviceId): Promise<BundleKeys | undefined>;
}

const u8 = (b: Buffer): Uint8Array => new Uint8Array(b.buffer, b.byteOffset, b.byteLength);

/** {@link KeyStore} over the relay's SQLite database. */
export class SqliteKeyStore implements KeyStore {
  readonly #upload: (...a: Parameters<KeyStore['upload']>) => UploadRefusal | undefined;
  readonly #counts: (a: Buffer, d: number) => KeyCounts;
  readonly #take: (a: Buffer, d: number) => BundleKeys | undefined;

  constructor(db: Database.Database) {
    const upsertSigned = db.prepare(
      `INSERT INTO signed_prekeys (account_id, device_id, key_id, public_key, signature) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (account_id, device_id) DO UPDATE SET key_id = excluded.key_id,
         public_key = excluded.public_key, signature = excluded.signature`,
    );
    const hasOneTime = db.prepare<[Buffer, number, number], { x: number }>(
      'SELECT 1 AS x FROM one_time_prekeys WHERE account_id = ? AND device_id = ? AND key_id = ?',
    );
    const insertOneTime = db.prepare(
      'INSERT INTO one_time_prekeys (account_id, device_id, key_id, public_key) VALUES (?, ?, ?, ?)',
    );
    const kemById = db.prepare<[Buffer, number, number], { last_resort: number }>(
      'SELECT last_resort FROM kem_prekeys WHERE account_id = ? AND device_id = ? AND key_id = ?',
    );
    const deleteLastResort = db.prepare(
      'DELETE FROM kem_prekeys WHERE account_id = ? AND device_id = ? AND last_resort = 1',
    );
    const insertKem = db.prepare(
      `INSERT INTO kem_prekeys (account_id, device_id, key_id, public_key, signature, last_resort)
       VALUES (?, ?, ?, ?, ?, ?)`,
    );
    const countOneTime = db.prepare<[Buffer, number], { n: number }>(
      'SELECT count(*) AS n FROM one_time_prekeys WHERE account_id = ? AND device_id = ?',
    );
    const countKem = db.prepare<[Buffer, number], { n: number; lr: number }>(
      `SELECT count(*) FILTER (WHERE last_resort = 0) AS n, count(*) FILTER (WHERE last_resort = 1) AS lr
       FROM kem_prekeys WHERE account_id = ? AND device_id = ?`,
    );
    const signed = db.prepare<[Buffer, number], { key_id: number; public_key: Buffer; signature: Buffer }>(
      'SELECT key_id, public_key, signature FROM signed_prekeys WHERE account_id = ? AND device_id = ?',
    );
    const takeOneTime = db.prepare<[Buffer, number, Buffer, number], { key_id: number; public_key: Buffer }>(
      `DELETE FROM one_time_prekeys WHERE account_id = ? AND device_id = ? AND key_id =
         (SELECT key_id FROM one_time_prekeys WHERE account_id = ? AND device_id = ? ORDER BY key_id LIMIT 1)
       RETURNING key_id, public_key`,
    );
    const takeKem = db.prepare<
      [Buffer, number, Buffer, number],
      { key_id: number; public_key: Buffer; signature: Buffer }
    >(
      `DELETE FROM kem_prekeys WHERE account_id = ? AND device_id = ? AND key_id =
         (SELECT key_id FROM kem_prekeys WHERE account_id = ? AND device_id = ? AND last_resort = 0
          ORDER BY key_id LIMIT 1)
       RETURNING key_id, public_key, signature`,
    );
    const lastResort = db.prepare<
      [Buffer, number],
      { key_id: number; public_key: Buffer; signature: Buffer }
    >(
      'SELECT key_id, public_key, signature FROM kem_prekeys WHERE account_id = ? AND device_id = ? AND last_resort = 1',
    );

    this.#counts = (a, d) => {
      const k = countKem.get(a, d)!;
      return {
        oneTime: countOneTime.get(a, d)!.n,
        kem: k.n,
        signedPreKey: signed.get(a, d) !== undefined,
        lastResort: k.lr > 0,
      };
    };

    this.#upload = writeTransaction(
      db,
      (
        accountId: AccountId,
        deviceId: DeviceId,
        batch: Parameters<KeyStore['upload']>[2],
        maxStored: number,
      ): UploadRefusal | undefined => {
        const a = Buffer.from(accountId, 'hex');
        const ids = new Set<number>();
        for (const k of batch.oneTime) {
          if (ids.has(k.keyId) || hasOneTime.get(a, deviceId, k.keyId)) return 'DUPLICATE_PREKEY_ID';
          ids.add(k.keyId);
        }
        ids.clear();
        for (const k of batch.kem) {
          const existing = kemById.get(a, deviceId, k.keyId);
          // Re-sending the current last-resort key under its own id replaces it; any other reuse is refused.
          const replacesLastResort = k.lastResort && existing?.last_resort === 1;
          if (ids.has(k.keyId) || (existing && !replacesLastResort)) return 'DUPLICATE_PREKEY_ID';
          ids.add(k.keyId);
        }
        const before = this.#counts(a, deviceId);
        const newKem = batch.kem.filter((k) => !k.lastResort).length;
        if (before.oneTime + batch.oneTime.length > maxStored || before.kem + newKem > maxStored) {
          return 'PREKEY_BATCH_TOO_LARGE';
        }
        if (batch.signedPreKey) {
          const s = batch.signedPreKey;
          upsertSigned.run(a, deviceId, s.keyId, Buffer.from(s.publicKey), Buffer.from(s.signature));
        }
        for (const k of batch.oneTime) insertOneTime.run(a, deviceId, k.keyId, Buffer.from(k.publicKey));
        if (batch.kem.some((k) => k.lastResort)) deleteLastResort.run(a, deviceId);
        for (const k of batch.kem) {
          insertKem.run(
            a,
            deviceId,
            k.keyId,
            Buffer.from(k.publicKey),
            Buffer.from(k.signature),
            k.lastResort ? 1 : 0,
          );
        }
        return undefined;
      },
    );

    this.#take = writeTransaction(db, (a: Buffer, d: number) => {
      const s = signed.get(a, d);
      const kem = takeKem.get(a, d, a, d);
      const lr = kem ? undefined : lastResort.get(a, d);
      const k = kem ?? lr;
      if (!s || !k) {
        // Nothing is handed out unless a whole bundle can be: undo the KEM take.
        throw new NoBundle();
      }
      const o = takeOneTime.get(a, d, a, d);
      return {
        signedPreKey: { keyId: s.key_id, publicKey: u8(s.public_key), signature: u8(s.signature) },
        kemPreKey: {
          keyId: k.key_id,
          publicKey: u8(k.public_key),
          signature: u8(k.signature),
          lastResort: !kem,
        },
        oneTimePreKey: o ? { keyId: o.key_id, publicKey: u8(o.public_key) } : undefined,
      };
    });
  }

  async upload(...args: Parameters<KeyStore['upload']>): Promise<UploadRefusal | undefined> {
    return this.#upload(...args);
  }

  async counts(accountId: AccountId, deviceId: DeviceId): Promise<KeyCounts> {
    return this.#counts(Buffer.from(accountId, 'hex'), deviceId);
  }

  async takeBundle(accountId: AccountId, deviceId: DeviceId): Promise<BundleKeys | undefined> {
    try {
      return this.#take(Buffer.from(accountId, 'hex'), deviceId);
    } catch (e) {
      if (e instanceof NoBundle) return undefined;
      throw e;
    }
  }
}

/** Rolls back a bundle transaction that found no complete bundle. */
class NoBundle extends Error {}
