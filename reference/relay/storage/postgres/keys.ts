/**
 * @module
 * {@link KeyStore} over PostgreSQL (spec/keys.md): the same rows as the
 * SQLite store (storage/keys.ts). A one-time key is handed out by one
 * `DELETE … WHERE key = (SELECT … FOR UPDATE SKIP LOCKED) RETURNING`: a
 * fetch on another node that is taking a key at the same instant skips the
 * row it holds and takes the next one, so no key is ever in two bundles
 * (REQ-KEYS-003) and no fetch waits on another. Uploads of one device
 * serialize on the device row, so the stored-key cap holds across nodes.
 */
import type { AccountId, DeviceId } from '../../../wire/ids.ts';
import type { BundleKeys, KeyCounts, KeyStore, UploadRefusal } from '../keys.ts';
import { type PgClient, type PgPool, Rollback, sqlState, transaction } from './pool.ts';

const u8 = (b: Buffer): Uint8Array => new Uint8Array(b.buffer, b.byteOffset, b.byteLength);

/** SQLSTATE unique_violation. */
const UNIQUE_VIOLATION = '23505';

async function counts(c: PgClient | PgPool, a: Buffer, d: number): Promise<KeyCounts> {
  const r = await c.query<{ one_time: number; kem: number; lr: number; signed: boolean }>(
    `SELECT (SELECT count(*)::int FROM one_time_prekeys WHERE account_id = $1 AND device_id = $2) AS one_time,
            (SELECT count(*)::int FROM kem_prekeys WHERE account_id = $1 AND device_id = $2 AND NOT last_resort) AS kem,
            (SELECT count(*)::int FROM kem_prekeys WHERE account_id = $1 AND device_id = $2 AND last_resort) AS lr,
            EXISTS (SELECT 1 FROM signed_prekeys WHERE account_id = $1 AND device_id = $2) AS signed`,
    [a, d],
  );
  const row = r.rows[0]!;
  return { oneTime: row.one_time, kem: row.kem, signedPreKey: row.signed, lastResort: row.lr > 0 };
}

/** {@link KeyStore} over a PostgreSQL pool. */
export class PgKeyStore implements KeyStore {
  readonly #pool: PgPool;

  constructor(pool: PgPool) {
    this.#pool = pool;
  }

  async upload(
    ...[accountId, deviceId, batch, maxStored]: Parameters<KeyStore['upload']>
  ): Promise<UploadRefusal | undefined> {
    const a = Buffer.from(accountId, 'hex');
    try {
      return await transaction(this.#pool, async (c) => {
        // One upload per device at a time, on every node: the cap below counts what is stored.
        await c.query('SELECT 1 FROM devices WHERE account_id = $1 AND device_id = $2 FOR UPDATE', [
          a,
          deviceId,
        ]);
        const oneTimeIds = batch.oneTime.map((k) => k.keyId);
        if (new Set(oneTimeIds).size !== oneTimeIds.length) return 'DUPLICATE_PREKEY_ID';
        if (oneTimeIds.length > 0) {
          const dup = await c.query(
            'SELECT 1 FROM one_time_prekeys WHERE account_id = $1 AND device_id = $2 AND key_id = ANY($3::int[]) LIMIT 1',
            [a, deviceId, oneTimeIds],
          );
          if (dup.rows.length > 0) return 'DUPLICATE_PREKEY_ID';
        }
        const kemIds = batch.kem.map((k) => k.keyId);
        if (new Set(kemIds).size !== kemIds.length) return 'DUPLICATE_PREKEY_ID';
        if (kemIds.length > 0) {
          const existing = await c.query<{ key_id: number; last_resort: boolean }>(
            'SELECT key_id, last_resort FROM kem_prekeys WHERE account_id = $1 AND device_id = $2 AND key_id = ANY($3::int[])',
            [a, deviceId, kemIds],
          );
          const byId = new Map(existing.rows.map((r) => [r.key_id, r.last_resort]));
          for (const k of batch.kem) {
            // Re-sending the current last-resort key under its own id replaces it; any other reuse is refused.
            if (byId.has(k.keyId) && !(k.lastResort && byId.get(k.keyId) === true))
              return 'DUPLICATE_PREKEY_ID';
          }
        }
        const before = await counts(c, a, deviceId);
        const newKem = batch.kem.filter((k) => !k.lastResort).length;
        if (before.oneTime + batch.oneTime.length > maxStored || before.kem + newKem > maxStored) {
          return 'PREKEY_BATCH_TOO_LARGE';
        }
        if (batch.signedPreKey) {
          const s = batch.signedPreKey;
          await c.query(
            `INSERT INTO signed_prekeys (account_id, device_id, key_id, public_key, signature) VALUES ($1, $2, $3, $4, $5)
             ON CONFLICT (account_id, device_id) DO UPDATE SET key_id = excluded.key_id,
               public_key = excluded.public_key, signature = excluded.signature`,
            [a, deviceId, s.keyId, Buffer.from(s.publicKey), Buffer.from(s.signature)],
          );
        }
        if (batch.oneTime.length > 0) {
          await c.query(
            `INSERT INTO one_time_prekeys (account_id, device_id, key_id, public_key)
             SELECT $1, $2, k, p FROM unnest($3::int[], $4::bytea[]) AS u(k, p)`,
            [a, deviceId, oneTimeIds, batch.oneTime.map((k) => Buffer.from(k.publicKey))],
          );
        }
        if (batch.kem.some((k) => k.lastResort)) {
          await c.query('DELETE FROM kem_prekeys WHERE account_id = $1 AND device_id = $2 AND last_resort', [
            a,
            deviceId,
          ]);
        }
        if (batch.kem.length > 0) {
          await c.query(
            `INSERT INTO kem_prekeys (account_id, device_id, key_id, public_key, signature, last_resort)
             SELECT $1, $2, k, p, s, l FROM unnest($3::int[], $4::bytea[], $5::bytea[], $6::boolean[]) AS u(k, p, s, l)`,
            [
              a,
              deviceId,
              kemIds,
              batch.kem.map((k) => Buffer.from(k.publicKey)),
              batch.kem.map((k) => Buffer.from(k.signature)),
              batch.kem.map((k) => k.lastResort),
            ],
          );
        }
        return undefined;
      });
    } catch (e) {
      // A concurrent upload of the same id on another node, committed first.
      if (sqlState(e) === UNIQUE_VIOLATION) return 'DUPLICATE_PREKEY_ID';
      throw e;
    }
  }

  async counts(accountId: AccountId, deviceId: DeviceId): Promise<KeyCounts> {
    return counts(this.#pool, Buffer.from(accountId, 'hex'), deviceId);
  }

  async takeBundle(accountId: AccountId, deviceId: DeviceId): Promise<BundleKeys | undefined> {
    const a = Buffer.from(accountId, 'hex');
    return transaction(this.#pool, async (c) => {
      const s = (
        await c.query<{ key_id: number; public_key: Buffer; signature: Buffer }>(
          'SELECT key_id, public_key, signature FROM signed_prekeys WHERE account_id = $1 AND device_id = $2',
          [a, deviceId],
        )
      ).rows[0];
      const kem = (
        await c.query<{ key_id: number; public_key: Buffer; signature: Buffer }>(
          `DELETE FROM kem_prekeys WHERE account_id = $1 AND device_id = $2 AND key_id =
             (SELECT key_id FROM kem_prekeys WHERE account_id = $1 AND device_id = $2 AND NOT last_resort
              ORDER BY key_id LIMIT 1 FOR UPDATE SKIP LOCKED)
           RETURNING key_id, public_key, signature`,
          [a, deviceId],
        )
      ).rows[0];
      const lr = kem
        ? undefined
        : (
            await c.query<{ key_id: number; public_key: Buffer; signature: Buffer }>(
              'SELECT key_id, public_key, signature FROM kem_prekeys WHERE account_id = $1 AND device_id = $2 AND last_resort',
              [a, deviceId],
            )
          ).rows[0];
      const k = kem ?? lr;
      // Nothing is handed out unless a whole bundle can be: undo the KEM take.
      if (!s || !k) throw new Rollback(undefined);
      const o = (
        await c.query<{ key_id: number; public_key: Buffer }>(
          `DELETE FROM one_time_prekeys WHERE account_id = $1 AND device_id = $2 AND key_id =
             (SELECT key_id FROM one_time_prekeys WHERE account_id = $1 AND device_id = $2
              ORDER BY key_id LIMIT 1 FOR UPDATE SKIP LOCKED)
           RETURNING key_id, public_key`,
          [a, deviceId],
        )
      ).rows[0];
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
}
