/**
 * @module
 * Zoo relay: a debugging request logger that writes the request headers,
 * bearer token included, to the log.
 */
import type { ZooRelay } from '../member.ts';

/** Bearer tokens in the log. */
export const member: ZooRelay = {
  kind: 'relay',
  name: 'logs-authorization',
  breaks: ['REQ-AUTH-007'],
  description: 'a request logger writes the Authorization header, bearer tokens included',
  parts: () => ({
    decorate(app) {
      app.addHook('onRequest', async (request) => {
        if (request.headers.authorization) request.log.info({ auth: request.headers.authorization }, 'auth');
      });
    },
  }),
};
