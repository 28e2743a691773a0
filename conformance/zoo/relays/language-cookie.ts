/**
 * @module
 * Zoo relay: remembers the language of a website page in a cookie, so the
 * next visit needs no lookup.
 */
import type { ZooRelay } from '../member.ts';

/** Sets a language cookie on website pages. */
export const member: ZooRelay = {
  kind: 'relay',
  name: 'language-cookie',
  breaks: ['REQ-WEB-005'],
  description: 'an onSend hook sets a lang cookie with the language of every website page it serves',
  parts: () => ({
    decorate(app) {
      app.addHook('onSend', async (_request, reply, payload) => {
        const lang = reply.getHeader('content-language');
        if (typeof lang === 'string') reply.header('set-cookie', `lang=${lang}; Path=/; Max-Age=31536000`);
        return payload;
      });
    },
  }),
};
