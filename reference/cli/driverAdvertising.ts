/**
 * @module
 * Driver operations of advertising (spec/driver.md §Advertising operations,
 * spec/advertising.md), acting as the device `messages.open` opened.
 */
import { DefTalkError } from '../errors/index.ts';
import type { DriverOp } from './driver.ts';
import type { DriverDevice } from './driverMessages.ts';

/** Capability of the advertising operations. */
export const ADS_CAPABILITY = 'client.ads';

function bad(op: string, field: string): DefTalkError {
  return new DefTalkError('DRIVER_BAD_PARAMS', { op, field });
}

/** The advertising operations, each with capability {@link ADS_CAPABILITY}, on the shared driver device. */
export function advertisingDriverOps(device: DriverDevice): [string, DriverOp][] {
  const op = (run: DriverOp['run']): DriverOp => ({ capability: ADS_CAPABILITY, run });
  return [
    [
      'ads.set',
      op(async (params) => {
        const { on, language } = params;
        if (typeof on !== 'boolean') throw bad('ads.set', 'on');
        if (on && typeof language !== 'string') throw bad('ads.set', 'language');
        return { ...(await device.needClient().advertising(on ? { language: language as string } : 'off')) };
      }),
    ],
    ['ads.status', op(async () => ({ ...(await device.needClient().advertising()) }))],
    [
      'ads.notices',
      op(async (params) => {
        const { remove } = params;
        if (remove !== undefined && typeof remove !== 'string') throw bad('ads.notices', 'remove');
        const notices = await device.needClient().relayNotices(remove);
        return {
          notices: notices.map((n) => ({
            noticeId: n.noticeId,
            text: n.text,
            unsubscribeUrl: n.unsubscribeUrl,
          })),
        };
      }),
    ],
  ];
}
