/**
 * @module
 * Zoo client: a device list whose signature does not verify is "best
 * effort" decoded and used anyway.
 */
import { DefTalkError } from '../../../reference/errors/index.ts';
import { decodeDeviceList } from '../../../reference/wire/account.ts';
import { wrapDriverOp, type ZooClient } from '../member.ts';

/** Accepts an unsigned device list. */
export const member: ZooClient = {
  kind: 'client',
  name: 'device-list-unverified',
  breaks: ['REQ-CLIENT-004'],
  description: 'a device list with a bad signature is decoded and used instead of refused',
  ops: (ops) =>
    wrapDriverOp(ops, 'devices.verify', (op) => async (params, ctx) => {
      try {
        return await op.run(params, ctx);
      } catch (e) {
        if (!(e instanceof DefTalkError) || typeof params.deviceList !== 'string') throw e;
        const list = decodeDeviceList(Buffer.from(params.deviceList, 'base64'));
        return {
          version: list.version,
          devices: list.devices.map((d) => ({
            deviceId: d.deviceId,
            deviceKey: Buffer.from(d.deviceKey).toString('base64'),
          })),
        };
      }
    }),
};
