/**
 * @module
 * The lifecycle subcommands of `deftalk` (spec/lifecycle.md): `policy`
 * (show the policy and what changed since the accepted version, accept it,
 * decline or allow optional uses), `change-number` and `delete-account`.
 * Human text by default, one JSON object with `--json`; no full phone
 * number and no secret is printed (REQ-CLIENT-007).
 */
import { rm } from 'node:fs/promises';
import { maskPhoneNumber } from '../client/client.ts';
import { KEYSTORE_FILE, KeyStore } from '../client/keyStore.ts';
import {
  changedUses,
  changeNumber,
  deleteAccount,
  fetchConsent,
  fetchPolicy,
  requestNumberChangeCode,
  updateConsent,
} from '../client/lifecycle.ts';
import { runWithClient, UsageError } from './identity.ts';
import type { Command } from './main.ts';

const COMMON_USAGE = `Common options:
  --store DIR   key store directory (env DEFTALK_STORE; default ~/.deftalk)
  --json        print one JSON object instead of text (errors too)
  -h, --help    show this text

The key store passphrase is read from DEFTALK_PASSPHRASE, or asked for
without echo when standard input is a terminal.
`;

const policy: Command = {
  summary: 'show the privacy policy and your consent; accept it, or decline or allow optional uses',
  usage: `Usage: deftalk policy [--text] [--store DIR] [--json]
       deftalk policy accept [--store DIR] [--json]
       deftalk policy decline USE... [--store DIR] [--json]
       deftalk policy allow USE... [--store DIR] [--json]

Without an action, shows the policy version the relay publishes, the
version your account accepted, the uses that are new or changed since then,
and the optional uses you declined (--text also prints the policy text).
'accept' accepts the current version and keeps your earlier choices;
'decline' and 'allow' accept it while declining or allowing optional uses
(for example 'discovery': whether people with your number can find you).
The relay does not perform a use you declined (spec/lifecycle.md §Consent).

${COMMON_USAGE}`,
  run: (argv) =>
    runWithClient(argv, { text: { type: 'boolean', default: false } }, async (v, positionals, client) => {
      const [action, ...uses] = positionals;
      if (action === undefined) {
        if (uses.length > 0) throw new UsageError('unexpected arguments');
        const p = await fetchPolicy(client.relay);
        const consent = await fetchConsent(client.relay);
        const changed = changedUses(p, consent.acceptedVersion);
        const lines = [
          `Policy version ${p.version} (you accepted ${consent.acceptedVersion || 'none yet'}).`,
          ...(changed.length > 0
            ? [
                'New or changed since then:',
                ...changed.map((u) => `  ${u.id}${u.optional ? ' (optional)' : ''}: ${u.description}`),
              ]
            : ['Nothing changed since the version you accepted.']),
          `Declined: ${consent.declinedUses.join(', ') || 'nothing'}.`,
          `Accounts inactive for ${p.inactivityDays} days are erased.`,
          ...(v.text ? ['', p.text] : []),
        ];
        return {
          text: lines.join('\n'),
          data: {
            version: p.version,
            acceptedVersion: consent.acceptedVersion,
            declinedUses: consent.declinedUses,
            changedUses: changed,
            uses: p.uses,
            inactivityDays: p.inactivityDays,
            ...(v.text ? { text: p.text } : {}),
          },
        };
      }
      if (action !== 'accept' && action !== 'decline' && action !== 'allow') {
        throw new UsageError('the action is accept, decline or allow');
      }
      if (action === 'accept' && uses.length > 0) throw new UsageError('accept takes no uses');
      if (action !== 'accept' && uses.length === 0)
        throw new UsageError(`${action} takes one or more use ids`);
      const state = await updateConsent(
        client,
        action === 'decline' ? { decline: uses } : action === 'allow' ? { allow: uses } : {},
      );
      return {
        text: `Accepted policy version ${state.acceptedVersion}; declined: ${state.declinedUses.join(', ') || 'nothing'}.`,
        data: state,
      };
    }),
};

const changeNumberCommand: Command = {
  summary: 'move your account to a new phone number (primary device)',
  usage: `Usage: deftalk change-number --phone +E164 [--code NNNNNN] [--store DIR] [--json]

Without --code, asks the relay to send a verification code to the new
number. With the code, moves the account to the new number: the old number
stops leading to your account at once (its discovery entry, pending codes
and the contact credentials issued for it are erased), while your account,
devices, contacts and registration lock stay (spec/lifecycle.md §Change of
number). Only the primary device may do this.

${COMMON_USAGE}`,
  run: (argv) =>
    runWithClient(
      argv,
      { phone: { type: 'string' }, code: { type: 'string' } },
      async (v, positionals, client) => {
        if (positionals.length > 0) throw new UsageError('unexpected arguments');
        if (typeof v.phone !== 'string') throw new UsageError('--phone +E164 is required');
        const masked = maskPhoneNumber(v.phone);
        if (v.code === undefined) {
          const sent = await requestNumberChangeCode(client.relay, v.phone);
          return {
            text: `Verification code sent to ${masked}.\nNext: deftalk change-number --phone ... --code NNNNNN`,
            data: { codeSent: true, expiresInMs: sent.expiresInMs, resendAfterMs: sent.resendAfterMs },
          };
        }
        if (typeof v.code !== 'string' || !/^[0-9]{6}$/.test(v.code))
          throw new UsageError('--code takes six digits');
        await changeNumber(client, v.phone, v.code);
        return { text: `Your account now uses ${masked}.`, data: { changed: true } };
      },
    ),
};

const deleteAccountCommand: Command = {
  summary: 'delete your account on the relay and this device’s key store (primary device)',
  usage: `Usage: deftalk delete-account --yes [--store DIR] [--json]

Erases everything the relay holds for your account, at once: keys, devices,
queued messages, profile, groups memberships, sync data, consent
(spec/lifecycle.md §Deletion), then this device's key store. Every other
device of the account is signed out. This cannot be undone; --yes confirms.
Only the primary device may do this.

${COMMON_USAGE}`,
  run: (argv) =>
    runWithClient(argv, { yes: { type: 'boolean', default: false } }, async (v, positionals, client) => {
      if (positionals.length > 0) throw new UsageError('unexpected arguments');
      if (v.yes !== true) throw new UsageError('deleting the account cannot be undone: pass --yes');
      const { accountId } = client.address;
      await deleteAccount(client.relay);
      await rm(KeyStore.path(v.store as string), { force: true });
      return {
        text: `Account ${accountId} deleted; this device's key store (${KEYSTORE_FILE}) removed.`,
        data: { deleted: true, accountId },
      };
    }),
};

/** The lifecycle subcommands, for the table of main.ts. */
export const LIFECYCLE_COMMANDS: readonly [string, Command][] = [
  ['policy', policy],
  ['change-number', changeNumberCommand],
  ['delete-account', deleteAccountCommand],
];
