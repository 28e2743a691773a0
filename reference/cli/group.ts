/**
 * @module
 * `deftalk group` (spec/groups.md): create a group, add, remove, promote
 * and demote members as an admin, leave, send a text to the group, and list
 * the groups of this account as the relay answers them. Members are given
 * as account ids or as phone numbers of known contacts; nothing secret and
 * no phone number is printed.
 */
import { parseArgs } from 'node:util';
import type { DefTalkClient } from '../client/client.ts';
import { type GroupState, parseGroupId } from '../wire/group.ts';
import type { AccountId } from '../wire/ids.ts';
import { defaultStoreDir, UsageError } from './identity.ts';
import type { Command } from './main.ts';
import { fail, openMessenger, resolveContact } from './send.ts';

const USAGE = `Usage: deftalk group <action> [arguments] [--store DIR] [--json]

Actions:
  create <member>...              create a group; you are its admin
  add <group-id> <member>...      add members (admins only)
  remove <group-id> <member>...   remove members (admins only)
  promote <group-id> <member>...  make members admins (admins only)
  demote <group-id> <member>...   make admins plain members (admins only)
  leave <group-id>                leave the group
  send <group-id> <text>          send a text to every member
  list                            the groups you are in, with their members

A member is an account id, or the phone number of a contact you know.
Messages of a group are received with 'deftalk receive'. Every change is
told to the members' devices; after a removal every member's client uses a
new sender key, so a removed member cannot read what follows.

Common options:
  --store DIR   key store directory (env DEFTALK_STORE; default ~/.deftalk)
  --json        print JSON lines instead of text (errors too)
  -h, --help    show this text

The key store passphrase is read from DEFTALK_PASSPHRASE, or asked for
without echo when standard input is a terminal.
`;

function describeGroup(g: GroupState, json: boolean): string {
  if (json) return `${JSON.stringify(g)}\n`;
  const members = g.members.map((m) => `  ${m.accountId}${m.role === 'admin' ? ' (admin)' : ''}`).join('\n');
  return `group ${g.groupId} (version ${g.version}, ${g.members.length} members)\n${members}\n`;
}

async function members(client: DefTalkClient, names: readonly string[]): Promise<AccountId[]> {
  const out: AccountId[] = [];
  for (const n of names) out.push(await resolveContact(client, n, undefined));
  return out;
}

/** `deftalk group`. */
export const GROUP_COMMAND: [string, Command] = [
  'group',
  {
    summary: 'create, change, leave, send to and list groups (spec/groups.md)',
    usage: USAGE,
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
        const [action, ...rest] = parsed.positionals;
        const store = (parsed.values.store as string | undefined) ?? defaultStoreDir();
        const needs = (n: number, what: string) => {
          if (rest.length < n) throw new UsageError(`group ${action}: give ${what}`);
        };
        switch (action) {
          case 'create':
          case 'add':
          case 'remove':
          case 'promote':
          case 'demote':
          case 'leave':
          case 'send':
          case 'list':
            break;
          default:
            throw new UsageError('give an action: create, add, remove, promote, demote, leave, send or list');
        }
        if (action === 'create') needs(1, 'at least one member');
        if (action === 'leave') needs(1, 'a group id');
        if (action === 'send') needs(2, 'a group id and a text');
        if (['add', 'remove', 'promote', 'demote'].includes(action)) needs(2, 'a group id and members');
        const groupId = action === 'create' || action === 'list' ? undefined : parseGroupId(rest[0]!);
        const { client, messenger } = await openMessenger(store);
        try {
          let out = '';
          if (action === 'create') {
            out = describeGroup(await messenger.createGroup(await members(client, rest)), json);
          } else if (action === 'list') {
            out = (await client.groups.list()).map((g) => describeGroup(g, json)).join('');
            if (!json && out === '') out = 'no groups\n';
          } else if (action === 'leave') {
            await messenger.leaveGroup(groupId!);
            out = json ? `${JSON.stringify({ left: groupId })}\n` : `left ${groupId}\n`;
          } else if (action === 'send') {
            const r = await messenger.sendGroupText(groupId!, rest.slice(1).join(' '));
            out = json
              ? `${JSON.stringify({ id: r.id, sequence: r.sequence, copies: r.copies, group: groupId })}\n`
              : `sent: ${r.id} → group ${groupId} (${r.copies} devices)\n`;
          } else {
            const who = await members(client, rest.slice(1));
            out = describeGroup(
              await messenger.changeGroup(groupId!, { [action === 'add' ? 'add' : action]: who }),
              json,
            );
          }
          process.stdout.write(out);
        } finally {
          await messenger.close();
        }
        return 0;
      } catch (e) {
        return fail(e, json);
      }
    },
  },
];
