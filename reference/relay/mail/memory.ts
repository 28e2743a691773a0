/**
 * @module
 * The development mail sink (spec/website.md §Mail): keeps sent messages in
 * memory, never on disk, for tests and for the test-hooks profile, whose
 * `GET /test-hooks/v1/mail` reads them (spec/test-hooks.md §Mail).
 */
import type { MailMessage, MailTransport } from './transport.ts';

/** A transport that records every message it is given. */
export class MemoryMailSink implements MailTransport {
  readonly name = 'memory';
  readonly #sent: MailMessage[] = [];
  /** When set, the next sends reject (to test MAIL_FAILED); tests only. */
  failNext = 0;

  async send(message: MailMessage): Promise<void> {
    if (this.failNext > 0) {
      this.failNext--;
      throw new Error('memory sink told to fail');
    }
    this.#sent.push({ ...message });
  }

  /** The messages sent so far, oldest first. */
  messages(): MailMessage[] {
    return this.#sent.map((m) => ({ ...m }));
  }
}
