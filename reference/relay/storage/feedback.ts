/**
 * @module
 * Storage of the feedback concern (spec/website.md).
 */

/** Schema migration of the feedback concern; its slot in storage/sqlite.ts is fixed. */
export const FEEDBACK_MIGRATION = `-- feedback: schema written with spec/website.md`;
