/**
 * @module
 * `deftalk-relay migrate --store postgres://…` (spec/deployment.md §Schema
 * migrations): bring the shared schema up to date before rolling out nodes
 * of a new version, then exit. Nodes also migrate when they start; running
 * the command first keeps the schema change out of every node's start.
 */
import { parseArgs } from 'node:util';
import { migrate } from './migrations.ts';
import { isPostgresUrl, openPool } from './pool.ts';

/** Usage of the `migrate` command. */
export const MIGRATE_USAGE = `Usage: deftalk-relay migrate --store postgres://...

Applies the relay's PostgreSQL schema migrations (env DEFTALK_STORE) and exits.
`;

/** Run the command; resolves with the exit code. */
export async function migrateCommand(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let store: string | undefined;
  try {
    const { values } = parseArgs({
      args: argv,
      strict: true,
      options: { store: { type: 'string' }, help: { type: 'boolean', short: 'h', default: false } },
    });
    if (values.help) {
      process.stdout.write(MIGRATE_USAGE);
      return 0;
    }
    store = values.store ?? (env.DEFTALK_STORE || undefined);
  } catch (e) {
    process.stderr.write(`deftalk-relay migrate: ${(e as Error).message}\n\n${MIGRATE_USAGE}`);
    return 2;
  }
  if (!isPostgresUrl(store)) {
    process.stderr.write(`deftalk-relay migrate: --store must be a postgres:// URL\n\n${MIGRATE_USAGE}`);
    return 2;
  }
  const pool = openPool(store, 1);
  try {
    const { from, to } = await migrate(pool);
    process.stderr.write(`deftalk-relay migrate: schema version ${from} -> ${to}\n`);
    return 0;
  } catch (e) {
    // The URL may carry a password: report the failure, not the URL.
    process.stderr.write(`deftalk-relay migrate: failed: ${(e as Error).message}\n`);
    return 1;
  } finally {
    await pool.end();
  }
}
