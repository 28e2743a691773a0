/**
 * @module
 * The mail interface the relay answers feedback through (spec/website.md
 * §Mail). The relay sends exactly one kind of mail: the operator's reply to
 * one feedback record, to that record's address (REQ-WEB-022). A transport
 * resolves once it has accepted the message for delivery and rejects when
 * it has not; the feedback record is erased only after it resolved.
 */

/** One outgoing reply. Every field is checked before a transport sees it: no line breaks in headers. */
export interface MailMessage {
  /** The address from the feedback form. */
  readonly to: string;
  readonly subject: string;
  /** Plain text. */
  readonly body: string;
}

/** A way to send mail: the development sink, a sendmail program, or another a deployment supplies. */
export interface MailTransport {
  /** Name for logs, e.g. `memory` or `sendmail`. */
  readonly name: string;
  send(message: MailMessage): Promise<void>;
}

/** Subject line used when the operator gives none. */
export const DEFAULT_REPLY_SUBJECT = 'Re: your message to DefTalk';
