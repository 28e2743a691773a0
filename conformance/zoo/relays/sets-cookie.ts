/**
 * @module
 * Zoo relay: a sticky-session cookie for a load balancer, added to every
 * response.
 */
import { randomBytes } from 'node:crypto';
import type { ZooRelay } from '../member.ts';

/** Sets a cookie. */
export const member: ZooRelay = {
  kind: 'relay',
  name: 'sets-cookie',
  breaks: ['REQ-PRIV-002'],
  description: 'an onSend hook sets a sticky-session cookie on every response',
  parts: () => ({
    decorate(app) {
      app.addHook('onSend', async (_request, reply, payload) => {
        reply.header('set-cookie', `lb=${randomBytes(8).toString('hex')}; Path=/; HttpOnly`);
        return payload;
      });
    },
  }),
};
