/**
 * @module
 * The operator API (spec/operator.md): routes under `/operator/v1/` for the
 * operator of the relay only, behind one bearer token whose SHA-256 digest
 * is all the relay keeps (REQ-OPERATOR-001, REQ-OPERATOR-002). It lists,
 * reads and answers feedback (spec/website.md §Feedback), sends advertising
 * notices to opted-in accounts and publishes the audience report with every
 * small cell suppressed (spec/advertising.md). Without a configured token the
 * plugin is not registered at all, so every `/operator/` path answers
 * NOT_FOUND. With the test-hooks profile it also serves the token and the
 * development mail sink to the harness (spec/test-hooks.md §Operator).
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { DefTalkError } from '../../errors/index.ts';
import type { Clock } from '../clock.ts';
import { MemoryMailSink } from '../mail/memory.ts';
import type { MailTransport } from '../mail/transport.ts';
import type { AudienceSource } from '../storage/audience.ts';
import { type FeedbackService, isoDay } from '../website/feedback.ts';
import { type AdvertisingService, AUDIENCE_MIN_K } from './advertising.ts';
import { sendError } from './errors.ts';

/** Path prefix of the operator API. */
export const OPERATOR_PREFIX = '/operator/v1';

/** The default k of the audience report: no published cell counts fewer accounts (REQ-ADS-007). */
export const AUDIENCE_K = AUDIENCE_MIN_K;

/** Shortest token accepted: 32 characters (e.g. 24 random bytes in base64url, 192 bits). */
const MIN_TOKEN_LENGTH = 32;

/** The operator credential as the relay keeps it: a digest, and the token itself only when the test hooks made it. */
export interface OperatorCredential {
  readonly digest: Buffer;
  /** Set only for a token generated for the test-hooks profile, which hands it to the harness. */
  readonly testToken?: string;
}

const sha256 = (s: string): Buffer => createHash('sha256').update(s, 'utf8').digest();

/**
 * Read the token file (one line; surrounding white space ignored) and keep
 * its digest. Throws RangeError (a usage error of `deftalk-relay`) for a
 * missing, unreadable or too short token; the message never quotes the file.
 */
export function loadOperatorCredential(path: string): OperatorCredential {
  let token: string;
  try {
    token = readFileSync(path, 'utf8').trim();
  } catch {
    throw new RangeError('--operator-token-file: cannot read the file');
  }
  if (token.length < MIN_TOKEN_LENGTH || /\s/.test(token))
    throw new RangeError(
      `--operator-token-file: the token must be one word of at least ${MIN_TOKEN_LENGTH} characters`,
    );
  return { digest: sha256(token) };
}

/** A fresh random token for the test-hooks profile (spec/test-hooks.md §Operator). */
export function testOperatorCredential(): OperatorCredential {
  const token = randomBytes(32).toString('base64url');
  return { digest: sha256(token), testToken: token };
}

/** Constant-time check of an `Authorization` header against the credential. */
export function operatorAuthorized(header: string | undefined, credential: OperatorCredential): boolean {
  const m = /^Bearer ([^\s]+)$/i.exec(header ?? '');
  // Digest first: equal-length buffers, so the comparison time does not depend on the token.
  const presented = sha256(m?.[1] ?? '');
  return timingSafeEqual(presented, credential.digest) && m !== null;
}

/** Options of {@link operatorPlugin}. */
export interface OperatorOptions {
  credential: OperatorCredential;
  clock: Clock;
  audience: AudienceSource;
  /** Advertising notices (spec/advertising.md); absent: `/ads/send` answers NOT_FOUND. */
  ads?: AdvertisingService;
  feedback?: FeedbackService;
  mail?: MailTransport;
  testHooks: boolean;
}

/** Fastify plugin: the operator API, and its test hooks when the profile is on. */
export async function operatorPlugin(app: FastifyInstance, opts: OperatorOptions): Promise<void> {
  await app.register(
    async (api) => {
      api.addHook('onRequest', async (request, reply) => {
        if (!operatorAuthorized(request.headers.authorization, opts.credential)) {
          reply.header('www-authenticate', 'Bearer realm="deftalk-operator"');
          return sendError(request, reply, new DefTalkError('OPERATOR_UNAUTHENTICATED'));
        }
      });
      // Answers vary by credential and hold personal data: no cache may keep them.
      api.addHook('onSend', async (_request, reply, payload) => {
        reply.header('cache-control', 'no-store');
        return payload;
      });
      const feedback = (): FeedbackService => {
        if (!opts.feedback) throw new DefTalkError('FEEDBACK_UNAVAILABLE');
        return opts.feedback;
      };
      api.get('/feedback', async () => ({
        feedback: (await feedback().list()).map((r) => ({ id: r.id, receivedDay: isoDay(r.receivedDay) })),
      }));
      api.get<{ Params: { id: string } }>('/feedback/:id', async (request) => {
        const r = await feedback().get(request.params.id);
        return {
          id: r.id,
          receivedDay: isoDay(r.receivedDay),
          name: r.name,
          email: r.email,
          message: r.message,
        };
      });
      api.post<{ Params: { id: string } }>(
        '/feedback/:id/reply',
        { bodyLimit: 256 * 1024 },
        async (request, reply) => {
          await feedback().reply(request.params.id, request.body);
          return reply.code(204).send();
        },
      );
      // Only k and cells of at least k opted-in accounts, no totals (REQ-ADS-007, REQ-ADS-008).
      api.get<{ Querystring: { k?: string } }>('/audience', async (request) => {
        const asked = request.query.k;
        const k = asked === undefined ? AUDIENCE_K : /^[0-9]{1,9}$/.test(asked) ? Number(asked) : Number.NaN;
        if (!(k >= AUDIENCE_MIN_K)) throw new DefTalkError('ADS_K_INVALID');
        return { k, cells: await opts.audience.cells(k) };
      });
      // One notice to the accounts opted in now, and to no other (REQ-ADS-001).
      api.post('/ads/send', { bodyLimit: 64 * 1024 }, async (request, reply) => {
        if (!opts.ads) return sendError(request, reply, new DefTalkError('NOT_FOUND'));
        const body = (request.body ?? {}) as { text?: unknown };
        return { noticeId: await opts.ads.send(body.text) };
      });
      // Any other path under the prefix, once authorized.
      api.all('/*', async (request, reply) => sendError(request, reply, new DefTalkError('NOT_FOUND')));
    },
    { prefix: OPERATOR_PREFIX },
  );

  // Unanswered feedback expires (REQ-WEB-013) even when nobody opens the API; relay time decides.
  if (opts.feedback) {
    const service = opts.feedback;
    // A sweep that fails (the shared store away) is retried by the next one and before every use.
    const sweep = setInterval(() => service.expire().catch(() => undefined), 60_000);
    sweep.unref();
    app.addHook('onClose', async () => clearInterval(sweep));
  }

  if (opts.testHooks) {
    const token = opts.credential.testToken;
    app.get('/test-hooks/v1/operator/token', async (request, reply) =>
      token === undefined ? sendError(request, reply, new DefTalkError('NOT_FOUND')) : { token },
    );
  }
}

/** The development mail sink's hook (spec/test-hooks.md §Mail), served with the profile whether or not the operator API is on. */
export async function mailHookPlugin(app: FastifyInstance, opts: { mail?: MailTransport }): Promise<void> {
  app.get('/test-hooks/v1/mail', async (request, reply) =>
    opts.mail instanceof MemoryMailSink
      ? { messages: opts.mail.messages() }
      : sendError(request, reply, new DefTalkError('NOT_FOUND')),
  );
}
