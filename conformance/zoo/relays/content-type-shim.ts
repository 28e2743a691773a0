/**
 * @module
 * Zoo relay: a compatibility shim for clients that forget the Content-Type
 * header, which forces every request body to be treated as protobuf.
 */
import { PROTOBUF } from '../../../reference/wire/index.ts';
import type { ZooRelay } from '../member.ts';

/** Any Content-Type is taken for protobuf. */
export const member: ZooRelay = {
  kind: 'relay',
  name: 'content-type-shim',
  breaks: ['REQ-TRANSPORT-006'],
  description: 'an onRequest shim rewrites every body Content-Type to application/x-protobuf',
  parts: () => ({
    decorate(app) {
      app.addHook('onRequest', async (request) => {
        if (request.headers['content-type'] !== undefined) request.headers['content-type'] = PROTOBUF;
      });
    },
  }),
};
