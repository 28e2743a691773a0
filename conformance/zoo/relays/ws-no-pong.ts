/**
 * @module
 * Zoo relay: automatic pongs switched off on each device WebSocket (to handle
 * pings in application code, which was never written).
 */
import type { ZooRelay } from '../member.ts';

type WsHandler = (this: unknown, socket: { _autoPong?: boolean }, request: unknown) => unknown;

/** Pings go unanswered. */
export const member: ZooRelay = {
  kind: 'relay',
  name: 'ws-no-pong',
  breaks: ['REQ-TRANSPORT-028'],
  description: 'device WebSockets have autoPong off, so pings are never answered',
  parts: () => ({
    decorate(app) {
      app.addHook('onRoute', (route) => {
        const options = route as unknown as { wsHandler?: WsHandler };
        const handler = options.wsHandler;
        if (!handler) return;
        options.wsHandler = function (socket, request) {
          // ws's autoPong option, per socket: what `new WebSocketServer({ autoPong: false })` sets.
          socket._autoPong = false;
          return handler.call(this, socket, request);
        };
      });
    },
  }),
};
