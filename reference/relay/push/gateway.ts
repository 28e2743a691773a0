/**
 * @module
 * The push-gateway interface (spec/lifecycle.md §Uninstall). A mobile
 * platform tells an app's server that an installation is gone only one way:
 * its push service answers a notification for the installation's token with
 * "unregistered", or reports the token in its feedback. The relay cannot see
 * an uninstall otherwise, so a gateway for a real push service (APNs, FCM)
 * implements this interface, and the relay removes the device whose token
 * the gateway reports (and the account with it when that device was the
 * primary). What a notification says is the gateway's business; the relay
 * never puts message content, a sender or a number into one.
 */

/** A push service the relay can wake devices through and that reports uninstalled installations. */
export interface PushGateway {
  /** The name devices register tokens under (`PushTokenRegistration.gateway`), e.g. `dev`, `apns`. */
  readonly name: string;
  /**
   * Wake the installation holding `token`, with no content. Resolves
   * `unregistered` when the service says the token no longer exists: the
   * relay treats that like feedback (spec/lifecycle.md §Uninstall, step 1).
   */
  wake(token: Uint8Array): Promise<'sent' | 'unregistered'>;
  /**
   * Register the listener for the service's feedback: called with each token
   * the service reports as unregistered. A gateway calls it at most once per
   * report; the relay ignores tokens it does not hold.
   */
  onUnregistered(listener: (token: Uint8Array) => void | Promise<void>): void;
}
