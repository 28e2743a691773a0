/**
 * @module
 * Zoo relay: client version statistics read from the User-Agent header and
 * written to the log.
 */
import type { ZooRelay } from '../member.ts';

/** User-Agent in the log. */
export const member: ZooRelay = {
  kind: 'relay',
  name: 'logs-user-agent',
  breaks: ['REQ-PRIV-003'],
  description: 'a client-statistics hook logs the User-Agent of every request',
  parts: () => ({
    decorate(app) {
      app.addHook('onRequest', async (request) => {
        const agent = request.headers['user-agent'];
        if (agent) request.log.info({ agent }, 'client');
      });
    },
  }),
};
