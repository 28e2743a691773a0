/**
 * @module
 * Driver operations of location sharing (spec/driver.md §Location
 * operations, spec/location.md), acting as the device `messages.open`
 * opened. Live shares live in the driver process, as in any client: a
 * restarted driver has none running.
 */
import { LocationSharing, type PositionInput } from '../client/location.ts';
import type { Messenger } from '../client/messaging/messenger.ts';
import { DefTalkError } from '../errors/index.ts';
import { type AccountId, parseAccountId } from '../wire/ids.ts';
import type { DriverOp } from './driver.ts';
import type { DriverDevice } from './driverMessages.ts';

/** Capability of the location operations. */
export const LOCATION_CAPABILITY = 'client.location';

function bad(op: string, field: string): DefTalkError {
  return new DefTalkError('DRIVER_BAD_PARAMS', { op, field });
}

function num(
  op: string,
  params: Record<string, unknown>,
  field: string,
  optional = false,
): number | undefined {
  const v = params[field];
  if (v === undefined && optional) return undefined;
  if (typeof v !== 'number' || !Number.isFinite(v)) throw bad(op, field);
  return v;
}

function peerOf(op: string, params: Record<string, unknown>): AccountId {
  try {
    return parseAccountId(typeof params.to === 'string' ? params.to : '');
  } catch {
    throw bad(op, 'to');
  }
}

function positionOf(op: string, params: Record<string, unknown>): PositionInput {
  return {
    latitude: num(op, params, 'latitude')!,
    longitude: num(op, params, 'longitude')!,
    accuracyM: num(op, params, 'accuracyM', true),
  };
}

function shareIdOf(op: string, params: Record<string, unknown>): string {
  if (typeof params.shareId !== 'string' || !/^[0-9a-f]{32}$/.test(params.shareId)) throw bad(op, 'shareId');
  return params.shareId;
}

/** The location operations, each with capability {@link LOCATION_CAPABILITY}, on the shared driver device. */
export function locationDriverOps(device: DriverDevice): [string, DriverOp][] {
  const sharings = new WeakMap<Messenger, LocationSharing>();
  const sharing = (): LocationSharing => {
    const { messenger } = device.need();
    let s = sharings.get(messenger);
    if (!s) {
      s = new LocationSharing(messenger);
      sharings.set(messenger, s);
    }
    return s;
  };
  const op = (run: DriverOp['run']): DriverOp => ({ capability: LOCATION_CAPABILITY, run });
  return [
    [
      'location.share',
      op((params) =>
        sharing().shareOnce(peerOf('location.share', params), positionOf('location.share', params)),
      ),
    ],
    [
      'location.live',
      op((params) =>
        sharing().startLive(
          peerOf('location.live', params),
          positionOf('location.live', params),
          num('location.live', params, 'durationMs')!,
        ),
      ),
    ],
    [
      'location.update',
      op((params) =>
        sharing().update(shareIdOf('location.update', params), positionOf('location.update', params)),
      ),
    ],
    ['location.stop', op((params) => sharing().stop(shareIdOf('location.stop', params)))],
    [
      'location.list',
      op(() => {
        device.need();
        const locations = [];
        const stops = [];
        for (const e of device.events) {
          if (e.type === 'location') {
            const l = e.location;
            locations.push({
              from: l.from,
              device: l.device,
              latitude: l.position.latitude,
              longitude: l.position.longitude,
              accuracyM: l.position.accuracyM,
              ...(l.live ? { shareId: l.live.shareId, endsAtMs: l.live.endsAtMs } : {}),
            });
          } else if (e.type === 'location-stop') {
            stops.push({ from: e.from, shareId: e.shareId });
          }
        }
        return { locations, stops };
      }),
    ],
  ];
}
