/**
 * @module
 * `deftalk sync push|pull|status` (spec/sync.md): write this device's
 * contacts, settings and groups to the account's encrypted sync record,
 * read and merge it, or show where this device stands. A linked device
 * restores from the record by itself when it joins (`deftalk link-device`);
 * `pull` is for later changes. No contact, number or key is printed.
 */
import { parseArgs } from 'node:util';
import { DefTalkClient } from '../client/client.ts';
import { KeyStore } from '../client/keyStore.ts';
import { DefTalkError } from '../errors/index.ts';
import { defaultStoreDir, readPassphrase, reportFailure, UsageError } from './identity.ts';
import type { Command } from './main.ts';

const sync: Command = {
  summary: 'synchronise contacts, settings and groups with your other devices (encrypted record)',
  usage: `Usage: deftalk sync <push | pull | status> [--store DIR] [--json]

  push     write this device's contacts, settings and groups to the account's
           sync record; when another device wrote first, merge and write again
  pull     read the sync record and merge it into this device
  status   show whether this device holds the sync key, the record version it
           is in step with, and whether it has changes not yet pushed

The record is encrypted with the account's sync key, which only your devices
hold; the relay keeps the ciphertext and its version, nothing else.

Options:
  --store DIR   key store directory (env DEFTALK_STORE; default ~/.deftalk)
  --json        print JSON lines instead of text (errors too)
  -h, --help    show this text
`,
  async run(argv) {
    const json = argv.includes('--json');
    try {
      let parsed: ReturnType<typeof parseArgs>;
      try {
        parsed = parseArgs({
          args: argv,
          options: { store: { type: 'string' }, json: { type: 'boolean' } },
          allowPositionals: true,
        });
      } catch (e) {
        throw new UsageError((e as Error).message);
      }
      const [sub, ...rest] = parsed.positionals;
      if (!sub || !['push', 'pull', 'status'].includes(sub) || rest.length > 0)
        throw new UsageError('give one of push, pull, status');
      const store = (parsed.values.store as string | undefined) ?? defaultStoreDir();
      if (!(await KeyStore.exists(store))) throw new DefTalkError('KEYSTORE_NOT_FOUND');
      const client = await DefTalkClient.open(store, await readPassphrase());
      try {
        if (sub === 'status') {
          const s = client.syncStatus;
          process.stdout.write(
            json
              ? `${JSON.stringify({ type: 'sync-status', ...s })}\n`
              : `sync key: ${s.hasKey ? 'held' : 'missing'}; record version ${s.version}; ${s.contacts} contact(s); ${s.pending ? 'changes not yet pushed' : 'in step'}\n`,
          );
          return 0;
        }
        const r = sub === 'push' ? await client.syncPush() : await client.syncPull();
        process.stdout.write(
          json
            ? `${JSON.stringify({ type: `sync-${sub}`, ...r })}\n`
            : `${sub === 'push' ? (r.written ? 'pushed' : 'nothing to push') : 'pulled'}: record version ${r.version}${r.changed ? '; this device took changes from another' : ''}\n`,
        );
        return 0;
      } finally {
        client.close();
      }
    } catch (e) {
      return reportFailure(e, json);
    }
  },
};

/** `deftalk sync`, for the command table of main.ts. */
export const SYNC_COMMAND: [string, Command] = ['sync', sync];
