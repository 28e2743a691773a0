/**
 * @module
 * `deftalk contacts sync`, `deftalk profile set|show` and `deftalk presence`
 * (spec/discovery.md, spec/profiles.md, spec/presence.md). Contacts come from
 * an address-book file (vCard, CSV or one number per line); the numbers are
 * blinded before they leave the process, and each match is recorded with its
 * contact credential, which `profile show` and `presence` present to the
 * relay. Nothing of the address book or a profile is logged.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { CountryCode } from 'libphonenumber-js';
import type { DefTalkClient } from '../client/client.ts';
import {
  describePresence,
  isPresencePush,
  type PresenceState,
  presencePushState,
  subscribePresence,
} from '../client/presence.ts';
import { runWithClient, UsageError } from './identity.ts';
import type { Command } from './main.ts';

type Values = Record<string, string | boolean | undefined>;

/**
 * The phone-number candidates of an address-book file: the values of vCard
 * `TEL` properties (RFC 6350 §6.4.1) when the file is a vCard, else every
 * CSV field (or line) holding at least six digits. Normalization and
 * validation happen in the discovery library.
 */
export function addressBookEntries(text: string): string[] {
  const lines = text.split(/\r?\n/);
  if (lines.some((l) => /^BEGIN:VCARD/i.test(l.trim()))) {
    return lines
      .filter((l) => /^(item\d+\.)?TEL[;:]/i.test(l.trim()))
      .map((l) =>
        l
          .slice(l.indexOf(':') + 1)
          .replace(/^tel:/i, '')
          .trim(),
      );
  }
  const out: string[] = [];
  for (const line of lines) {
    for (const field of line.split(/[,;\t]/)) {
      const f = field.trim().replace(/^"|"$/g, '');
      if ((f.match(/\d/g) ?? []).length >= 6) out.push(f);
    }
  }
  return out;
}

const contacts: Command = {
  summary: 'find which numbers of an address-book file are on DefTalk (numbers are blinded, never sent)',
  usage: `Usage: deftalk contacts sync FILE [--country CC] [--store DIR] [--json]

Reads an address book (a vCard file, a CSV file, or one number per line),
normalizes its numbers to E.164 (national numbers with --country, e.g. DE),
and asks the relay which belong to accounts through the blinded lookup of
spec/discovery.md: the relay never sees a number. Each match is recorded
as a contact with its contact credential (valid 7 days; run sync again to
renew), which lets you see that contact's profile, photo and presence.
Each run spends your daily discovery budget (500 numbers).

Options:
  --country CC  country of numbers written without +CC
  --store DIR   key store directory (env DEFTALK_STORE; default ~/.deftalk)
  --json        print one JSON object instead of text
  -h, --help    show this text
`,
  run: (argv) =>
    runWithClient(argv, { country: { type: 'string' } }, async (v, pos, client) => {
      const [sub, file, ...rest] = pos;
      if (sub !== 'sync' || !file || rest.length > 0) throw new UsageError('usage: contacts sync FILE');
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch {
        throw new UsageError('cannot read the address-book file');
      }
      const entries = addressBookEntries(text);
      const found = await client.syncContacts(entries, {
        defaultCountry: v.country as CountryCode | undefined,
      });
      return {
        text: [
          ...found.map((c) => `${c.e164}  ${c.accountId}`),
          `${found.length} of ${entries.length} entries are on DefTalk`,
        ].join('\n'),
        data: {
          type: 'contacts',
          entries: entries.length,
          found: found.map((c) => ({ number: c.e164, accountId: c.accountId })),
        },
      };
    }),
};

const profile: Command = {
  summary: 'set your name, about text and photo, or show a contact profile',
  usage: `Usage: deftalk profile set [--name TEXT] [--about TEXT] [--photo FILE | --no-photo]
       deftalk profile show [CONTACT] [--photo-out FILE]
       (both take [--store DIR] [--json])

set replaces the fields you give; the old values are erased from the relay
at once. A photo must be a JPEG, PNG or WebP file of at most 512 KiB.
show prints your own profile, or that of CONTACT (an account id or a number
found by 'deftalk contacts sync'); the relay shows it only to contacts who
have your number and to members of a group you are in.

Options:
  --name TEXT       display name, at most 128 bytes, one line
  --about TEXT      about text, at most 512 bytes
  --photo FILE      photo to upload
  --no-photo        remove the photo
  --photo-out FILE  write the shown photo to FILE
  --store DIR       key store directory (env DEFTALK_STORE; default ~/.deftalk)
  --json            print one JSON object instead of text
  -h, --help        show this text
`,
  run: (argv) =>
    runWithClient(
      argv,
      {
        name: { type: 'string' },
        about: { type: 'string' },
        photo: { type: 'string' },
        'no-photo': { type: 'boolean' },
        'photo-out': { type: 'string' },
      },
      async (v, pos, client) => {
        const [sub, contact, ...rest] = pos;
        if (sub === 'set' && contact === undefined) {
          if (v.photo !== undefined && v['no-photo'])
            throw new UsageError('--photo and --no-photo exclude each other');
          let photo: Uint8Array | undefined;
          if (typeof v.photo === 'string') {
            try {
              photo = new Uint8Array(readFileSync(v.photo));
            } catch {
              throw new UsageError('cannot read the photo file');
            }
          } else if (v['no-photo']) photo = new Uint8Array(0);
          const update = {
            ...(typeof v.name === 'string' ? { name: v.name } : {}),
            ...(typeof v.about === 'string' ? { about: v.about } : {}),
            ...(photo ? { photo } : {}),
          };
          if (Object.keys(update).length === 0)
            throw new UsageError('profile set needs --name, --about, --photo or --no-photo');
          await client.setProfile(update);
          return { text: 'profile updated', data: { type: 'profile-set', fields: Object.keys(update) } };
        }
        if (sub !== 'show' || rest.length > 0)
          throw new UsageError('usage: profile set ... | profile show [CONTACT]');
        const p = await client.profile(contact);
        if (typeof v['photo-out'] === 'string' && p.photo.length > 0) writeFileSync(v['photo-out'], p.photo);
        return {
          text: [
            `account ${p.owner}`,
            `name    ${p.name || '(none)'}`,
            `about   ${p.about || '(none)'}`,
            `photo   ${p.photo.length > 0 ? `${p.photoMediaType}, ${p.photo.length} bytes` : '(none)'}`,
          ].join('\n'),
          data: {
            type: 'profile',
            accountId: p.owner,
            name: p.name,
            about: p.about,
            photo: p.photo.length > 0 ? { mediaType: p.photoMediaType, bytes: p.photo.length } : null,
          },
        };
      },
    ),
};

const presence: Command = {
  summary: "show a contact's online status and last seen, or hide your own",
  usage: `Usage: deftalk presence CONTACT
       deftalk presence watch CONTACT... [--count N] [--for MS]
       deftalk presence setting [contacts | nobody]
       (all take [--store DIR] [--json])

Shows whether CONTACT is online or when it was last seen (to the minute),
if the relay lets you: the contact must be in your contacts (found by
'deftalk contacts sync') or in a group with you, and must not hide it.
'setting nobody' hides yours from everyone; presence is reciprocal, so you
then see no one else's either. 'setting contacts' shows it again.
'watch' holds this device's connection open and prints each contact's
state, then every change the relay pushes, until Ctrl-C (or N changes,
or MS milliseconds).

Options:
  --count N     with watch: stop after N pushed changes
  --for MS      with watch: stop after MS milliseconds
  --store DIR   key store directory (env DEFTALK_STORE; default ~/.deftalk)
  --json        print one JSON object instead of text
  -h, --help    show this text
`,
  run: (argv) =>
    runWithClient(argv, { count: { type: 'string' }, for: { type: 'string' } }, async (v, pos, client) => {
      const [first, second, ...rest] = pos;
      if (first === 'watch') return watch(client, pos.slice(1), v);
      if (first === undefined || rest.length > 0)
        throw new UsageError('usage: presence CONTACT | presence setting');
      if (first === 'setting') {
        if (second !== undefined) {
          if (second !== 'contacts' && second !== 'nobody')
            throw new UsageError('setting is contacts or nobody');
          await client.setPresenceVisibility(second);
        }
        const now = await client.presenceVisibility();
        return { text: `presence visible to: ${now}`, data: { type: 'presence-setting', visibility: now } };
      }
      if (second !== undefined) throw new UsageError('usage: presence CONTACT');
      const s = await client.presence(first);
      return {
        text: `${s.owner}: ${describePresence(s)}`,
        data: { type: 'presence', accountId: s.owner, online: s.online, lastSeenMs: s.lastSeenMs },
      };
    }),
};

/** `presence watch`: subscribe over the device WebSocket and print every state until stopped. */
async function watch(
  client: DefTalkClient,
  contacts: string[],
  v: Values,
): Promise<{ text: string; data: object }> {
  if (contacts.length === 0) throw new UsageError('usage: presence watch CONTACT...');
  const count = v.count === undefined ? Number.POSITIVE_INFINITY : Number(v.count);
  if (!(count >= 1)) throw new UsageError('--count takes a positive number');
  const forMs = v.for === undefined ? undefined : Number(v.for);
  if (forMs !== undefined && !(forMs > 0))
    throw new UsageError('--for takes a positive number of milliseconds');
  const owners = contacts.map((c) => client.resolvePeer(c));
  const print = (s: PresenceState) =>
    process.stdout.write(
      v.json
        ? `${JSON.stringify({ type: 'presence', accountId: s.owner, online: s.online, lastSeenMs: s.lastSeenMs })}\n`
        : `${s.owner}: ${describePresence(s)}\n`,
    );
  let pushed = 0;
  let stop!: () => void;
  const stopped = new Promise<void>((resolve) => {
    stop = resolve;
  });
  // Message pushes are left unanswered-as-404, so they stay queued for 'deftalk receive'.
  const socket = await client.relay.openSocket({
    onRequest: async (req) => {
      if (!isPresencePush(req)) return { status: 404 };
      print(presencePushState(req.body));
      if (++pushed >= count) stop();
      return { status: 204 };
    },
  });
  const onSigint = () => stop();
  process.once('SIGINT', onSigint);
  const timer = forMs === undefined ? undefined : setTimeout(stop, forMs);
  try {
    for (const owner of owners)
      print(await subscribePresence(socket, owner, client.contactCredential(owner)));
    await Promise.race([stopped, socket.closed]);
  } finally {
    clearTimeout(timer);
    process.off('SIGINT', onSigint);
    await socket.close();
  }
  return { text: `watched ${pushed} change(s)`, data: { type: 'presence-watch-end', changes: pushed } };
}

/** The contact, profile and presence commands, by name. */
export const PROFILE_COMMANDS: readonly [string, Command][] = [
  ['contacts', contacts],
  ['profile', profile],
  ['presence', presence],
];
