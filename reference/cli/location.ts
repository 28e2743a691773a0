/**
 * @module
 * `deftalk location share` (spec/location.md): send a contact your position
 * once, or share it live for a number of seconds. Locations go out only in
 * the transient class: a contact with no device connected gets nothing, and
 * the command says so. A live share sends the position every `--interval`
 * seconds and stops by itself at its end with a stop message; Ctrl-C stops
 * it earlier, also with a stop message. Coordinates are never logged.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { LIVE_MAX_MS, LocationSharing } from '../client/location.ts';
import { defaultStoreDir, reportFailure, UsageError } from './identity.ts';
import type { Command } from './main.ts';
import { openMessenger, resolveContact } from './send.ts';

/** Default seconds between live updates. */
const DEFAULT_INTERVAL_S = 10;

function coordinate(text: string | undefined, name: string, max: number): number {
  const v = Number(text);
  if (text === undefined || text.trim() === '' || !Number.isFinite(v) || Math.abs(v) > max)
    throw new UsageError(`--${name} takes a number from -${max} to ${max}`);
  return v;
}

const location: Command = {
  summary: 'share your location with a contact, once or live (transient, never stored)',
  usage: `Usage: deftalk location share <account-id | +E164> --lat DEG --lon DEG
         [--accuracy M] [--live SECONDS [--interval SECONDS]] [--account ID]
         [--store DIR] [--json]

Sends the position end-to-end encrypted to the contact's connected devices
(and your own other devices). Locations are never stored by the relay: a
device that is offline now does not get it later, and the command prints how
many devices it reached. With --live the share lasts SECONDS (at most 28800,
8 hours), sends the same position every --interval seconds (default 10),
and stops by itself at its end; Ctrl-C stops it earlier. Both send a stop
message.

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
          options: {
            lat: { type: 'string' },
            lon: { type: 'string' },
            accuracy: { type: 'string' },
            live: { type: 'string' },
            interval: { type: 'string' },
            account: { type: 'string' },
            store: { type: 'string' },
            json: { type: 'boolean' },
          },
          allowPositionals: true,
        });
      } catch (e) {
        throw new UsageError((e as Error).message);
      }
      const [sub, contact, ...rest] = parsed.positionals;
      if (sub !== 'share' || !contact || rest.length > 0)
        throw new UsageError('usage: location share <contact>');
      const v = parsed.values as Record<string, string | undefined>;
      const position = {
        latitude: coordinate(v.lat, 'lat', 90),
        longitude: coordinate(v.lon, 'lon', 180),
        accuracyM: v.accuracy === undefined ? undefined : Number(v.accuracy),
      };
      if (
        position.accuracyM !== undefined &&
        !(Number.isInteger(position.accuracyM) && position.accuracyM >= 0)
      )
        throw new UsageError('--accuracy takes a whole number of metres');
      const liveS = v.live === undefined ? undefined : Number(v.live);
      if (liveS !== undefined && !(Number.isInteger(liveS) && liveS >= 1 && liveS * 1000 <= LIVE_MAX_MS))
        throw new UsageError(`--live takes 1 to ${LIVE_MAX_MS / 1000} seconds`);
      const intervalS = Number(v.interval ?? DEFAULT_INTERVAL_S);
      if (!(intervalS >= 1)) throw new UsageError('--interval takes at least 1 second');
      const { client, messenger } = await openMessenger(v.store ?? defaultStoreDir());
      const print = (text: string, obj: Record<string, unknown>) =>
        process.stdout.write(json ? `${JSON.stringify(obj)}\n` : `${text}\n`);
      try {
        const peer = await resolveContact(client, contact, v.account);
        const sharing = new LocationSharing(messenger);
        if (liveS === undefined) {
          const r = await sharing.shareOnce(peer, position);
          print(
            `location sent to ${peer}: reached ${r.deliveredTo} device(s)${r.deliveredTo === 0 ? ' (offline: lost)' : ''}`,
            {
              type: 'location',
              to: peer,
              deliveredTo: r.deliveredTo,
            },
          );
          return 0;
        }
        const live = await sharing.startLive(peer, position, liveS * 1000);
        print(
          `live location to ${peer} until ${new Date(live.endsAtMs).toISOString()}: reached ${live.deliveredTo} device(s)`,
          {
            type: 'live-start',
            to: peer,
            shareId: live.shareId,
            endsAtMs: live.endsAtMs,
            deliveredTo: live.deliveredTo,
          },
        );
        const stopEarly = new AbortController();
        const onSigint = () => stopEarly.abort();
        process.once('SIGINT', onSigint);
        try {
          for (;;) {
            const left = live.endsAtMs - Date.now();
            if (left <= 0) break;
            await sleep(Math.min(intervalS * 1000, left), undefined, { signal: stopEarly.signal });
            if (Date.now() >= live.endsAtMs) break;
            const r = await sharing.update(live.shareId, position);
            print(`update: reached ${r.deliveredTo} device(s)`, {
              type: 'live-update',
              deliveredTo: r.deliveredTo,
            });
          }
        } catch (e) {
          if (!stopEarly.signal.aborted) throw e;
        } finally {
          process.off('SIGINT', onSigint);
        }
        // At the end the share's own timer may already have sent the stop; otherwise stop now.
        if (sharing.active.length > 0) await sharing.stop(live.shareId);
        print(`live location to ${peer} stopped`, { type: 'live-stop', shareId: live.shareId });
        return 0;
      } finally {
        await messenger.close();
      }
    } catch (e) {
      return reportFailure(e, json);
    }
  },
};

/** `deftalk location`, for the command table of main.ts. */
export const LOCATION_COMMAND: [string, Command] = ['location', location];
