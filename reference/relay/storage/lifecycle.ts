/**
 * @module
 * Storage of the lifecycle concern (spec/lifecycle.md).
 */

/** Schema migration of the lifecycle concern; its slot in storage/sqlite.ts is fixed. */
export const LIFECYCLE_MIGRATION = `-- lifecycle: schema written with spec/lifecycle.md`;
