/**
 * @module
 * Storage of the profiles concern (spec/profiles.md).
 */

/** Schema migration of the profiles concern; its slot in storage/sqlite.ts is fixed. */
export const PROFILES_MIGRATION = `-- profiles: schema written with spec/profiles.md`;
