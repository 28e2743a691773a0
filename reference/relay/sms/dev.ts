/**
 * @module
 * The development gateway (spec/registration.md §Gateways, spec/test-hooks.md
 * §Verification codes). It sends nothing: it keeps the last code of each
 * number in memory, for the test-hooks route, and, when given a file, appends
 * one line per code there for a developer to read. The relay enables it only
 * when started with `--dev-sms` or `--test-hooks`, never by default
 * (REQ-REG-002).
 */
import { appendFileSync } from 'node:fs';
import type { SmsGateway } from './gateway.ts';

/** How many numbers the gateway remembers before forgetting the oldest. */
const MAX_REMEMBERED = 10_000;

/** A gateway that keeps codes for developers and the conformance harness instead of sending them. */
export class DevSmsGateway implements SmsGateway {
  readonly name = 'dev';
  readonly #codes = new Map<string, string>();
  readonly #file: string | undefined;
  #last: { phoneNumber: string; code: string } | undefined;

  /** `file`: append `number code` lines to it (mode 0600); omit to keep codes only in memory. */
  constructor(file?: string) {
    this.#file = file;
  }

  async sendVerificationCode(phoneNumber: string, code: string): Promise<void> {
    this.#codes.delete(phoneNumber);
    this.#codes.set(phoneNumber, code);
    if (this.#codes.size > MAX_REMEMBERED) this.#codes.delete(this.#codes.keys().next().value!);
    this.#last = { phoneNumber, code };
    if (this.#file) appendFileSync(this.#file, `${phoneNumber} ${code}\n`, { mode: 0o600 });
  }

  /** The last code sent to `phoneNumber`, if any. */
  codeFor(phoneNumber: string): string | undefined {
    return this.#codes.get(phoneNumber);
  }

  /** The last code sent to any number. */
  get last(): { phoneNumber: string; code: string } | undefined {
    return this.#last;
  }
}
