/**
 * @module
 * The development push gateway (spec/lifecycle.md §Uninstall,
 * spec/test-hooks.md §Lifecycle). It sends nothing: it remembers which
 * tokens it was asked to wake (counts only) and, when the test hook marks a
 * token unregistered, reports it to the relay exactly as a platform's
 * feedback service would. The relay enables it with `--test-hooks` or
 * `--dev-push`, never by default.
 */
import type { PushGateway } from './gateway.ts';

const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex');

/** An in-memory push gateway for tests and development. */
export class DevPushGateway implements PushGateway {
  readonly name = 'dev';
  readonly #unregistered = new Set<string>();
  readonly #listeners: ((token: Uint8Array) => void | Promise<void>)[] = [];
  /** How many wake-ups were asked for since start (for tests). */
  wakes = 0;

  async wake(token: Uint8Array): Promise<'sent' | 'unregistered'> {
    this.wakes++;
    return this.#unregistered.has(hex(token)) ? 'unregistered' : 'sent';
  }

  onUnregistered(listener: (token: Uint8Array) => void | Promise<void>): void {
    this.#listeners.push(listener);
  }

  /**
   * Mark `token` unregistered, as after an uninstall, and report it to every
   * listener; resolves once they have handled it.
   */
  async markUnregistered(token: Uint8Array): Promise<void> {
    this.#unregistered.add(hex(token));
    for (const l of this.#listeners) await l(token);
  }
}
