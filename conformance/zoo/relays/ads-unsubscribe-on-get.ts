/**
 * @module
 * Zoo relay: the unsubscribe link acts on GET, as a one-click link would;
 * a mail or messenger link scanner that fetches it opts the account out.
 */
import type { ZooRelay } from '../member.ts';

/** A GET of the unsubscribe link opts out. */
export const member: ZooRelay = {
  kind: 'relay',
  name: 'ads-unsubscribe-on-get',
  breaks: ['REQ-ADS-006'],
  description: 'a GET of the unsubscribe link opts the account out',
  parts: () => ({
    decorate: (app) => {
      app.addHook('onRequest', async (request) => {
        if (request.method !== 'GET') return;
        const m = /\/ads\/unsubscribe\/([A-Za-z0-9_-]+)$/.exec(request.url.split('?')[0]!);
        if (!m) return;
        // Perform the POST's work before the confirmation page is answered.
        await app.inject({
          method: 'POST',
          url: request.url,
          payload: '',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
        });
      });
    },
  }),
};
