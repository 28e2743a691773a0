/**
 * @module
 * The verification-code gateway interface (spec/registration.md §Gateways).
 * The relay hands a gateway an E.164 number and a six-digit code and forgets
 * both once the call returns; a gateway for a real SMS provider implements
 * this interface and is chosen at start. Without a gateway the relay answers
 * every registration request REGISTRATION_UNAVAILABLE (REQ-REG-002).
 */

/** Sends verification codes. Implementations MUST NOT log the number or the code. */
export interface SmsGateway {
  /** Short name for logs, e.g. `dev`. */
  readonly name: string;
  /** Deliver `code` to `phoneNumber` (E.164). Rejects when delivery could not be started. */
  sendVerificationCode(phoneNumber: string, code: string): Promise<void>;
}
