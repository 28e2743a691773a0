/**
 * @module
 * Storage of the sync concern (spec/sync.md).
 */

/** Schema migration of the sync concern; its slot in storage/sqlite.ts is fixed. */
export const SYNC_MIGRATION = `-- sync: schema written with spec/sync.md`;
