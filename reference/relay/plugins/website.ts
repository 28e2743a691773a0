/**
 * @module
 * The website (spec/website.md): landing page, privacy policy and feedback
 * form, in English, German, Russian and Hebrew, served by the relay itself.
 * An unprefixed page (`/`, `/privacy`, `/feedback`) is in the language of
 * the visitor's country, looked up in memory from the client address for
 * that one request (REQ-WEB-002, REQ-WEB-005); a prefixed page (`/de/...`)
 * is in the language it names and needs no lookup (REQ-WEB-003). Every
 * answer carries a Content-Security-Policy that allows this origin only, no
 * page holds a script, and nothing sets a cookie (REQ-WEB-006).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DefTalkError, isDefTalkError } from '../../errors/index.ts';
import { countryOf } from '../website/country.ts';
import type { FeedbackService } from '../website/feedback.ts';
import { SITE_CSS, SITE_ICON } from '../website/html.ts';
import { LANGUAGES, type Language, languageForCountry } from '../website/i18n.ts';
import {
  type FeedbackDraft,
  feedbackPage,
  feedbackThanksPage,
  homePage,
  privacyPage,
} from '../website/pages.ts';
import { sendError } from './errors.ts';

/** The headers of every website answer (spec/website.md §Headers). */
export const WEBSITE_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy':
    "default-src 'self'; script-src 'none'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
  'permissions-policy': 'geolocation=(), camera=(), microphone=(), interest-cohort=()',
};

/** Largest feedback form body accepted: the three fields at their limits, percent-encoded. */
const FORM_BODY_LIMIT = 64 * 1024;

/** Options of {@link websitePlugin}. */
export interface WebsiteOptions {
  /** The feedback concern; absent when the relay cannot answer feedback (no operator API or no mail). */
  feedback?: FeedbackService;
}

type Chosen = { language: Language; base: string };

/**
 * The page's language: the prefix's, or else the country's (the address is
 * read here, passed to the lookup and dropped; nothing about it is kept).
 */
function choose(request: FastifyRequest, prefix: Language | undefined): Chosen {
  if (prefix) return { language: prefix, base: `/${prefix}` };
  return { language: languageForCountry(countryOf(request.ip)), base: '' };
}

function sendPage(reply: FastifyReply, status: number, language: Language, page: string): FastifyReply {
  return (
    reply
      .code(status)
      .headers(WEBSITE_HEADERS)
      .header('content-language', language)
      // A country-chosen page differs by visitor: no cache may keep it (REQ-WEB-007).
      .header('cache-control', 'no-store')
      .type('text/html; charset=utf-8')
      .send(page)
  );
}

/** Fastify plugin: the website's routes. */
export async function websitePlugin(app: FastifyInstance, opts: WebsiteOptions): Promise<void> {
  // Only this plugin's routes read form bodies (fastify encapsulation).
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string', bodyLimit: FORM_BODY_LIMIT },
    (_req, body, done) => {
      const form = new URLSearchParams(body as string);
      done(null, { name: form.get('name'), email: form.get('email'), message: form.get('message') });
    },
  );

  const prefixes: (Language | undefined)[] = [undefined, ...LANGUAGES];
  for (const prefix of prefixes) {
    const base = prefix ? `/${prefix}` : '';
    app.get(base === '' ? '/' : `${base}/`, async (request, reply) => {
      const c = choose(request, prefix);
      return sendPage(reply, 200, c.language, homePage(c));
    });
    if (prefix) app.get(base, async (_request, reply) => reply.redirect(`${base}/`, 301));
    app.get(`${base}/privacy`, async (request, reply) => {
      const c = choose(request, prefix);
      return sendPage(reply, 200, c.language, privacyPage(c));
    });
    app.get(`${base}/feedback`, async (request, reply) => {
      const c = choose(request, prefix);
      return sendPage(reply, 200, c.language, feedbackPage(c, { available: opts.feedback !== undefined }));
    });
    app.post(`${base}/feedback`, async (request, reply) => {
      const c = choose(request, prefix);
      const type = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
      if (type !== 'application/x-www-form-urlencoded')
        return sendError(request, reply, new DefTalkError('UNSUPPORTED_MEDIA_TYPE'));
      const form = (request.body ?? {}) as { name?: unknown; email?: unknown; message?: unknown };
      const draft: FeedbackDraft = {
        name: typeof form.name === 'string' ? form.name : '',
        email: typeof form.email === 'string' ? form.email : '',
        message: typeof form.message === 'string' ? form.message : '',
      };
      if (!opts.feedback) {
        const e = new DefTalkError('FEEDBACK_UNAVAILABLE');
        return sendPage(
          reply,
          e.status,
          c.language,
          feedbackPage(c, { available: false, error: e.errorName }),
        );
      }
      try {
        await opts.feedback.submit(form);
      } catch (e) {
        if (!isDefTalkError(e) || !e.errorName.startsWith('FEEDBACK_')) throw e;
        if (e.retryable) reply.header('retry-after', 3600);
        return sendPage(
          reply,
          e.status,
          c.language,
          feedbackPage(c, { available: true, error: e.errorName, draft }),
        );
      }
      return sendPage(reply, 200, c.language, feedbackThanksPage(c));
    });
  }

  app.get('/assets/site.css', async (_request, reply) =>
    reply
      .headers(WEBSITE_HEADERS)
      .header('cache-control', 'public, max-age=3600')
      .type('text/css; charset=utf-8')
      .send(SITE_CSS),
  );
  app.get('/assets/icon.svg', async (_request, reply) =>
    reply
      .headers(WEBSITE_HEADERS)
      .header('cache-control', 'public, max-age=3600')
      .type('image/svg+xml')
      .send(SITE_ICON),
  );
  // Browsers ask for /favicon.ico on their own; the icon is the SVG above.
  app.get('/favicon.ico', async (_request, reply) => reply.headers(WEBSITE_HEADERS).code(204).send());
}
