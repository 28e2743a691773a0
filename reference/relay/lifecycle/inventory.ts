/**
 * @module
 * The data inventory of a phone number (spec/lifecycle.md §Data inventory):
 * exactly what the relay holds for the account registered with it, as the
 * operator prints it with `deftalk-relay inventory` to answer a lawful
 * demand (policy clause 7) or a user's own request. The document holds
 * dates, counts and public keys only: never a message, a queued
 * ciphertext, a contact, a group's other members, a location or a time
 * finer than a day. Every table of the database that has an `account_id`
 * column is counted, so a concern added later appears in `tables` without
 * a change here.
 */
import type Database from 'better-sqlite3';
import { phoneTag } from '../storage/identifierKey.ts';
import { DAY_MS } from '../storage/lifecycle.ts';

/** Format name of the inventory document; a change of its fields is a new format. */
export const INVENTORY_FORMAT = 'deftalk-inventory/1';

/** The inventory document (spec/lifecycle.md §Data inventory, field by field). */
export type Inventory =
  | {
      readonly format: typeof INVENTORY_FORMAT;
      readonly registered: false;
      /** A verification code for the number is pending (its hash, attempts and expiry are held). */
      readonly pendingVerificationCode: boolean;
    }
  | {
      readonly format: typeof INVENTORY_FORMAT;
      readonly registered: true;
      readonly pendingVerificationCode: boolean;
      /** 32 hex digits. */
      readonly accountId: string;
      /** The public identity key, hex. */
      readonly identityKey: string;
      /** `YYYY-MM-DD` (UTC). */
      readonly registrationDate: string;
      /** `YYYY-MM-DD` (UTC): the day of the last authenticated request. */
      readonly lastActivityDate: string | null;
      readonly deviceCount: number;
      readonly devices: readonly { deviceId: number; linkedDate: string; pushToken: boolean }[];
      readonly deviceListVersion: number;
      readonly registrationLock: boolean;
      /** The account's number is in the discovery index. */
      readonly discoverable: boolean;
      /** 0 when the account never accepted a version. */
      readonly policyVersionAccepted: number;
      readonly declinedUses: readonly string[];
      readonly groupCount: number;
      /** Envelopes waiting in the queues of the account's devices: a count, never their content. */
      readonly queuedEnvelopes: number;
      /** Rows per table that name the account, for every table with an `account_id` column. */
      readonly tables: Readonly<Record<string, number>>;
    };

const date = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

function hasTable(db: Database.Database, name: string): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;
}

/** Every table with an `account_id` column, by name. */
export function accountTables(db: Database.Database): string[] {
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .all() as { name: string }[];
  return tables
    .map((t) => t.name)
    .filter((name) =>
      (db.pragma(`table_info(${JSON.stringify(name)})`) as { name: string }[]).some(
        (c) => c.name === 'account_id',
      ),
    );
}

/**
 * Build the inventory of `e164` over the relay database `db` and its
 * identifier key (spec/lifecycle.md §Data inventory). The number is used
 * only to compute its phone tag; it is not returned.
 */
export function buildInventory(db: Database.Database, identifierKey: Buffer, e164: string): Inventory {
  const tag = phoneTag(identifierKey, e164);
  const pendingVerificationCode =
    db.prepare('SELECT 1 FROM verification_codes WHERE phone_tag = ?').get(tag) !== undefined;
  const account = db
    .prepare(
      `SELECT account_id, identity_key, device_list_version, lock_hash IS NOT NULL AS locked, created_at
       FROM accounts WHERE phone_tag = ?`,
    )
    .get(tag) as
    | {
        account_id: Buffer;
        identity_key: Buffer;
        device_list_version: number;
        locked: number;
        created_at: number;
      }
    | undefined;
  if (!account) return { format: INVENTORY_FORMAT, registered: false, pendingVerificationCode };
  const aid = account.account_id;
  const count = (sql: string): number => (db.prepare(sql).get(aid) as { n: number }).n;
  const devices = db
    .prepare(
      `SELECT d.device_id, d.created_at, p.token IS NOT NULL AS push
       FROM devices d LEFT JOIN push_tokens p ON p.account_id = d.account_id AND p.device_id = d.device_id
       WHERE d.account_id = ? ORDER BY d.device_id`,
    )
    .all(aid) as { device_id: number; created_at: number; push: number }[];
  const life = db
    .prepare(
      'SELECT last_active_day, policy_version, declined_uses FROM lifecycle_accounts WHERE account_id = ?',
    )
    .get(aid) as { last_active_day: number; policy_version: number; declined_uses: string } | undefined;
  const tables: Record<string, number> = {};
  for (const t of accountTables(db)) {
    tables[t] = count(`SELECT count(*) AS n FROM ${JSON.stringify(t)} WHERE account_id = ?`);
  }
  const queued = hasTable(db, 'delivery_envelopes')
    ? count(
        `SELECT count(*) AS n FROM delivery_envelopes e JOIN delivery_devices d ON e.queue = d.queue
         WHERE d.account_id = ?`,
      )
    : 0;
  return {
    format: INVENTORY_FORMAT,
    registered: true,
    pendingVerificationCode,
    accountId: aid.toString('hex'),
    identityKey: account.identity_key.toString('hex'),
    registrationDate: date(account.created_at),
    lastActivityDate: life ? date(life.last_active_day * DAY_MS) : null,
    deviceCount: devices.length,
    devices: devices.map((d) => ({
      deviceId: d.device_id,
      linkedDate: date(d.created_at),
      pushToken: d.push === 1,
    })),
    deviceListVersion: account.device_list_version,
    registrationLock: account.locked === 1,
    discoverable: (tables.discovery_index ?? 0) > 0,
    policyVersionAccepted: life?.policy_version ?? 0,
    declinedUses: life && life.declined_uses !== '' ? life.declined_uses.split(',') : [],
    groupCount: tables.group_members ?? 0,
    queuedEnvelopes: queued,
    tables,
  };
}

/** The document as `deftalk-relay inventory` prints it: JSON, two-space indented, one trailing newline. */
export function formatInventory(inventory: Inventory): string {
  return `${JSON.stringify(inventory, null, 2)}\n`;
}
