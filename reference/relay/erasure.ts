/**
 * @module
 * The relay's erasure registry (spec/lifecycle.md §Erasure): every concern
 * that keeps something about an account or a device registers one
 * {@link AccountEraser} here, and account deletion, number change, device
 * removal, uninstall and the inactivity purge all erase through this one
 * list. A concern that stores data and does not register is a defect the
 * deletion tests find: they list every table and byte-scan the files after.
 */
import type { AccountId, DeviceId } from '../wire/ids.ts';

/** What one concern (delivery, groups, profiles, sync, …) erases for an account or one of its devices. */
export interface AccountEraser {
  /** The concern's name, as in the spec's storage inventory (spec/lifecycle.md §What the relay holds). */
  readonly concern: string;
  /** Erase everything the concern holds for the account; resolves once no copy remains in any storage file. */
  eraseAccount(account: AccountId): Promise<void> | void;
  /** Erase what the concern holds for one removed device of the account, when it keeps anything per device. */
  eraseDevice?(account: AccountId, device: DeviceId): Promise<void> | void;
}

/** The list of erasers, run in registration order. */
export class ErasureRegistry {
  readonly #erasers: AccountEraser[] = [];

  /** Register a concern's eraser; a concern registers once. */
  add(eraser: AccountEraser): void {
    if (this.#erasers.some((e) => e.concern === eraser.concern)) {
      throw new RangeError(`eraser for ${eraser.concern} registered twice`);
    }
    this.#erasers.push(eraser);
  }

  /** The concerns registered, in order (the data inventory lists them). */
  concerns(): string[] {
    return this.#erasers.map((e) => e.concern);
  }

  /** Erase the account from every concern, in order. */
  async eraseAccount(account: AccountId): Promise<void> {
    for (const e of this.#erasers) await e.eraseAccount(account);
  }

  /** Erase one removed device from every concern that keeps per-device data. */
  async eraseDevice(account: AccountId, device: DeviceId): Promise<void> {
    for (const e of this.#erasers) await e.eraseDevice?.(account, device);
  }
}
