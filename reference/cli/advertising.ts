/**
 * @module
 * `deftalk ads [on --language L | off | status | notices]`
 * (spec/advertising.md): turn advertising notices on with a language (the
 * region comes from the account's own number, derived here; the number is
 * not sent), turn them off, show the choice, or show the pending notices
 * with their unsubscribe links and remove them once shown. Without a
 * subcommand: `status`.
 */
import { parseArgs } from 'node:util';
import { DefTalkClient } from '../client/client.ts';
import { KeyStore } from '../client/keyStore.ts';
import { DefTalkError } from '../errors/index.ts';
import { ADS_LANGUAGES } from '../wire/advertising.ts';
import { defaultStoreDir, readPassphrase, reportFailure, UsageError } from './identity.ts';
import type { Command } from './main.ts';

const ads: Command = {
  summary: 'advertising notices from the relay: on with a language, off, status, or show them',
  usage: `Usage: deftalk ads [on --language L | off | status | notices] [--store DIR] [--json]

  on --language L   receive advertising notices in language L, one of
                    ${ADS_LANGUAGES.join(', ')}; the relay also learns the
                    country of your number (not the number)
  off               stop them at once; pending notices and links are erased
  status            show whether they are on (the default subcommand)
  notices           show pending notices with their unsubscribe links, then
                    remove them from the relay

Advertising is off until you turn it on. A notice is written by the relay's
operator and is not end-to-end encrypted. Its link unsubscribes without
signing in (open it, then press the button).

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
          options: { store: { type: 'string' }, json: { type: 'boolean' }, language: { type: 'string' } },
          allowPositionals: true,
        });
      } catch (e) {
        throw new UsageError((e as Error).message);
      }
      const [sub = 'status', ...rest] = parsed.positionals;
      if (!['on', 'off', 'status', 'notices'].includes(sub) || rest.length > 0)
        throw new UsageError('give one of on --language L, off, status, notices');
      const language = parsed.values.language as string | undefined;
      if (sub === 'on' && !language) throw new UsageError('on needs --language L');
      if (sub !== 'on' && language !== undefined) throw new UsageError('--language goes only with on');
      const store = (parsed.values.store as string | undefined) ?? defaultStoreDir();
      if (!(await KeyStore.exists(store))) throw new DefTalkError('KEYSTORE_NOT_FOUND');
      const client = await DefTalkClient.open(store, await readPassphrase());
      try {
        if (sub === 'notices') {
          const notices = await client.relayNotices();
          for (const n of notices) {
            process.stdout.write(
              json
                ? `${JSON.stringify({ type: 'notice', noticeId: n.noticeId, text: n.text, unsubscribe: n.unsubscribeUrl })}\n`
                : `[relay notice, not end-to-end encrypted] ${n.text}\n  unsubscribe: ${n.unsubscribeUrl}\n`,
            );
            await client.relayNotices(n.noticeId);
          }
          if (!json && notices.length === 0) process.stdout.write('no notices\n');
          return 0;
        }
        const state = await client.advertising(
          sub === 'on' ? { language: language! } : sub === 'off' ? 'off' : undefined,
        );
        process.stdout.write(
          json
            ? `${JSON.stringify({ type: 'ads', ...state })}\n`
            : state.optedIn
              ? `advertising notices: on (language ${state.language}, country ${state.country})\n`
              : 'advertising notices: off\n',
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

/** `deftalk ads`, for the command table of main.ts. */
export const ADS_COMMAND: [string, Command] = ['ads', ads];
