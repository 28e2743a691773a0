/**
 * @module
 * Zoo relay: a "page view" log line for every website request, with the
 * visitor's address, as a quick way to see who reads the site.
 */
import type { ZooRelay } from '../member.ts';

/** Logs the visitor address of website pages. */
export const member: ZooRelay = {
  kind: 'relay',
  name: 'website-visitor-ip-logged',
  breaks: ['REQ-WEB-005'],
  description: 'an onResponse hook logs "page view" with the visitor address for every website page',
  parts: () => ({
    decorate(app) {
      app.addHook('onResponse', async (request, reply) => {
        if ((reply.getHeader('content-type') ?? '').toString().startsWith('text/html')) {
          request.log.info({ visitor: request.ip }, 'page view');
        }
      });
    },
  }),
};
