/**
 * @module
 * `deftalk-relay inventory --data DIR --phone +NUMBER` (spec/lifecycle.md
 * §Data inventory): prints the data inventory of a number from the relay's
 * data directory. Filesystem access to the directory is the operator's
 * authentication; the command opens the database without migrating it and
 * writes nothing, so it may run beside a running relay.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { isDefTalkError } from '../../errors/index.ts';
import { parseE164 } from '../plugins/registration.ts';
import { IDENTIFIER_KEY_FILE } from '../storage/identifierKey.ts';
import { DATABASE_FILE } from '../storage/sqlite.ts';
import { buildInventory, formatInventory } from './inventory.ts';

/** Usage text of `deftalk-relay inventory`. */
export const INVENTORY_USAGE = `Usage: deftalk-relay inventory --data DIR --phone +NUMBER

Prints, as one JSON document (format deftalk-inventory/1,
spec/lifecycle.md §Data inventory), everything the relay whose data
directory is DIR holds for the account registered with the number: dates,
counts and public keys, never content, contacts or locations. Reading DIR
is the operator's authentication. The number is not printed back.

Options:
  --data DIR       the relay's data directory (env DATA_DIR; default ./data)
  --phone +NUMBER  the phone number in E.164 form
  -h, --help       show this text
`;

/** Run the command; resolves with the exit status (0, 1 for a missing directory, 2 for usage). */
export async function inventoryCommand(
  argv: string[],
  out: NodeJS.WritableStream = process.stdout,
  err: NodeJS.WritableStream = process.stderr,
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  let values: { data?: string; phone?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      options: { data: { type: 'string' }, phone: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    }));
  } catch (e) {
    err.write(`deftalk-relay inventory: ${(e as Error).message}\n\n${INVENTORY_USAGE}`);
    return 2;
  }
  if (values.help) {
    out.write(INVENTORY_USAGE);
    return 0;
  }
  let number: string;
  try {
    number = parseE164(values.phone ?? '');
  } catch (e) {
    // The registered error only: the text given is not echoed.
    err.write(`deftalk-relay inventory: --phone: ${isDefTalkError(e) ? e.message : 'invalid'}\n`);
    return 2;
  }
  const dir = values.data ?? env.DATA_DIR ?? './data';
  const file = join(dir, DATABASE_FILE);
  const keyFile = join(dir, IDENTIFIER_KEY_FILE);
  if (!existsSync(file) || !existsSync(keyFile)) {
    err.write(`deftalk-relay inventory: no relay data in ${dir}\n`);
    return 1;
  }
  const db = new Database(file, { fileMustExist: true });
  try {
    out.write(formatInventory(buildInventory(db, readFileSync(keyFile), number)));
  } finally {
    db.close();
  }
  return 0;
}
