/**
 * @module
 * Typed errors (spec/errors.md). Every failure a DefTalk component reports is a
 * {@link DefTalkError} carrying a registered code. Messages are the registry's
 * description and never contain user data (REQ-ERR-002); structured `details`
 * carry only identifiers the caller already knows, such as device ids.
 */
import { ERRORS, ErrorCode, type ErrorInfo, type ErrorName } from './registry.ts';

export { ERRORS, ErrorCode, type ErrorInfo, type ErrorName };

const byName = new Map<string, ErrorInfo>(ERRORS.map((e) => [e.name, e]));
const byCode = new Map<number, ErrorInfo>(ERRORS.map((e) => [e.code, e]));

/** Non-private structured detail attached to an error (spec/errors.md §Error body). */
export type ErrorDetails = Readonly<Record<string, string | number | boolean | readonly (string | number)[]>>;

/**
 * An error with a registered code.
 * @example throw new DefTalkError('MALFORMED_REQUEST')
 */
export class DefTalkError extends Error {
  readonly code: number;
  readonly errorName: ErrorName;
  readonly status: number;
  readonly retryable: boolean;
  readonly details: ErrorDetails | undefined;

  constructor(name: ErrorName, details?: ErrorDetails, options?: { cause?: unknown }) {
    const info = byName.get(name);
    if (!info) throw new TypeError(`unregistered error name: ${name}`);
    super(info.description, options);
    this.name = 'DefTalkError';
    this.code = info.code;
    this.errorName = info.name;
    this.status = info.status;
    this.retryable = info.retryable;
    this.details = details;
  }

  /** The JSON error body of spec/errors.md §Error body. */
  toJSON(): { code: number; name: ErrorName; message: string; retryable: boolean; details?: ErrorDetails } {
    const body = { code: this.code, name: this.errorName, message: this.message, retryable: this.retryable };
    return this.details ? { ...body, details: this.details } : body;
  }
}

/** Look up a registered error by numeric code; `undefined` for an unknown code. */
export function errorInfo(code: number): ErrorInfo | undefined {
  return byCode.get(code);
}

/** True when `e` is a {@link DefTalkError}, optionally of the given name. */
export function isDefTalkError(e: unknown, name?: ErrorName): e is DefTalkError {
  return e instanceof DefTalkError && (name === undefined || e.errorName === name);
}
