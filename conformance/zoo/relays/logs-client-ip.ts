/**
 * @module
 * Zoo relay: an access log line with the client address, the way most web
 * servers log by default.
 */
import type { ZooRelay } from '../member.ts';

/** Client addresses in the log. */
export const member: ZooRelay = {
  kind: 'relay',
  name: 'logs-client-ip',
  breaks: ['REQ-PRIV-001'],
  description: 'an access log hook writes the client IP address of every request',
  parts: () => ({
    decorate(app) {
      app.addHook('onResponse', async (request, reply) => {
        request.log.info({ remote: request.ip, status: reply.statusCode }, 'access');
      });
    },
  }),
};
