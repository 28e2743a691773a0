/**
 * @module
 * The feedback concern (spec/website.md §Feedback): validation of the form's
 * three fields, keeping a record until the operator replies, the reply
 * through the mail transport and the erasure that follows it at once, and
 * the expiry of records nobody answered. The website plugin submits; the
 * operator plugin lists, reads and replies.
 */
import { DefTalkError } from '../../errors/index.ts';
import type { Clock } from '../clock.ts';
import { DEFAULT_REPLY_SUBJECT, type MailTransport } from '../mail/transport.ts';
import type { FeedbackFields, FeedbackRecord, FeedbackStore, FeedbackSummary } from '../storage/feedback.ts';

/** Limits of spec/website.md §Feedback form, in Unicode code points. */
export const FEEDBACK_LIMITS = {
  name: 100,
  email: 254,
  message: 5000,
  /** Records waiting for a reply at most (REQ-WEB-014). */
  waiting: 1000,
  /** Days an unanswered record is kept (REQ-WEB-013). */
  maxAgeDays: 90,
  /** Reply body and subject (REPLY_INVALID). */
  replyBody: 20_000,
  replySubject: 200,
} as const;

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a time in ms. */
export function dayOf(ms: number): number {
  return Math.floor(ms / DAY_MS);
}

/** `YYYY-MM-DD` of a day number. */
export function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

const length = (s: string): number => [...s].length;
// biome-ignore lint/suspicious/noControlCharactersInRegex: the point is to find control characters
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: line breaks and tabs are allowed in a message
const CONTROL_EXCEPT_TEXT = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
/** One address, local@domain, with a dot in the domain and none of the characters that need quoting. */
const EMAIL = /^[^\s@<>()[\]\\,;:"]{1,64}@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:".]{2,}$/u;

/**
 * Check the form's fields (spec/website.md §Feedback form, steps 1-3) and
 * return them normalised: name and address trimmed, line breaks of the
 * message as `\n`. Throws the registered error of the first field refused.
 */
export function validateFeedback(input: {
  name?: unknown;
  email?: unknown;
  message?: unknown;
}): FeedbackFields {
  const name = typeof input.name === 'string' ? input.name.trim() : '';
  if (name === '' || length(name) > FEEDBACK_LIMITS.name || CONTROL.test(name))
    throw new DefTalkError('FEEDBACK_NAME_INVALID', { field: 'name' });
  const email = typeof input.email === 'string' ? input.email.trim() : '';
  if (length(email) > FEEDBACK_LIMITS.email || CONTROL.test(email) || !EMAIL.test(email))
    throw new DefTalkError('FEEDBACK_EMAIL_INVALID', { field: 'email' });
  const message = typeof input.message === 'string' ? input.message.replace(/\r\n?/g, '\n') : '';
  if (message.trim() === '' || length(message) > FEEDBACK_LIMITS.message || CONTROL_EXCEPT_TEXT.test(message))
    throw new DefTalkError('FEEDBACK_MESSAGE_INVALID', { field: 'message' });
  return { name, email, message };
}

/** The operator's reply (spec/operator.md §Feedback), checked: REPLY_INVALID otherwise. */
export function validateReply(input: unknown): { subject: string; body: string } {
  const o = (input && typeof input === 'object' ? input : {}) as { subject?: unknown; body?: unknown };
  const body = typeof o.body === 'string' ? o.body : '';
  if (body.trim() === '' || length(body) > FEEDBACK_LIMITS.replyBody)
    throw new DefTalkError('REPLY_INVALID', { field: 'body' });
  if (o.subject !== undefined && typeof o.subject !== 'string')
    throw new DefTalkError('REPLY_INVALID', { field: 'subject' });
  const subject = (o.subject ?? '').trim() || DEFAULT_REPLY_SUBJECT;
  if (length(subject) > FEEDBACK_LIMITS.replySubject || CONTROL.test(subject))
    throw new DefTalkError('REPLY_INVALID', { field: 'subject' });
  return { subject, body };
}

/** Feedback as the plugins use it. */
export class FeedbackService {
  readonly #store: FeedbackStore;
  readonly #mail: MailTransport;
  readonly #clock: Clock;

  constructor(store: FeedbackStore, mail: MailTransport, clock: Clock) {
    this.#store = store;
    this.#mail = mail;
    this.#clock = clock;
  }

  /** Erase every record older than the maximum age (REQ-WEB-013); called before each use and by a timer. */
  async expire(): Promise<number> {
    return this.#store.expire(dayOf(this.#clock.now()) - FEEDBACK_LIMITS.maxAgeDays);
  }

  /** Validate and keep a submission; returns its id. */
  async submit(input: { name?: unknown; email?: unknown; message?: unknown }): Promise<string> {
    const fields = validateFeedback(input);
    await this.expire();
    return this.#store.add(fields, dayOf(this.#clock.now()), FEEDBACK_LIMITS.waiting);
  }

  async list(): Promise<FeedbackSummary[]> {
    await this.expire();
    return this.#store.list();
  }

  async get(id: string): Promise<FeedbackRecord> {
    await this.expire();
    const r = await this.#store.get(id);
    if (!r) throw new DefTalkError('FEEDBACK_NOT_FOUND');
    return r;
  }

  /**
   * Send the reply to the record's address, then erase the record at once
   * (REQ-WEB-012). When the transport refuses, the record stays and the
   * answer is MAIL_FAILED, so the operator can send again.
   */
  async reply(id: string, input: unknown): Promise<void> {
    const reply = validateReply(input);
    const record = await this.get(id);
    try {
      await this.#mail.send({ to: record.email, subject: reply.subject, body: reply.body });
    } catch (e) {
      throw new DefTalkError('MAIL_FAILED', undefined, { cause: e });
    }
    await this.#store.erase(id);
  }
}
