/**
 * @module
 * Storage of the groups concern (spec/groups.md).
 */

/** Schema migration of the groups concern; its slot in storage/sqlite.ts is fixed. */
export const GROUPS_MIGRATION = `-- groups: schema written with spec/groups.md`;
