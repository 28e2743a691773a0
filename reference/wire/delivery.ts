/**
 * @module
 * Sends and their results on the wire (spec/delivery.md §Sends,
 * §Acceptance): `POST /v1/messages` carries a {@link Send} batch and answers
 * one {@link SendResult} per send; `GET /v1/messages/sequence` answers the
 * device's last accepted sequence number. Decoded ciphertexts are copied out
 * of the request body, so what the relay keeps never pins a whole frame.
 */
import { DefTalkError, type ErrorDetails, errorInfo } from '../errors/index.ts';
import { u64 } from './_bytes.ts';
import { decodeMessage, requireField } from './codec.ts';
import { deftalk } from './generated/deftalk.js';
import { type AccountId, accountIdFromBytes, accountIdToBytes, type DeviceId, parseDeviceId } from './ids.ts';

/** Path of the send operation, over HTTP and WebSocket (spec/delivery.md §Sends). */
export const SEND_PATH = '/v1/messages';
/** Path of the sender-state operation (spec/delivery.md §Envelope ids). */
export const SEQUENCE_PATH = '/v1/messages/sequence';
/** Method and path of the relay's push request to a device (spec/delivery.md §Push). */
export const PUSH_REQUEST = { method: 'PUT', path: '/v1/messages/push' } as const;

/** Sends in one batch at most (spec/delivery.md §Limits). */
export const MAX_BATCH_SENDS = 256;
/** Largest ciphertext of one device copy (spec/delivery.md §Limits). */
export const MAX_CIPHERTEXT_BYTES = 64 * 1024;

/** One device of one account (spec/delivery.md §Device sets). */
export interface DeliveryAddress {
  readonly accountId: AccountId;
  readonly deviceId: DeviceId;
}

/** The text form `account.device`, as used in error details. */
export function addressKey(a: DeliveryAddress): string {
  return `${a.accountId}.${a.deviceId}`;
}

/** One device's copy of a send. */
export interface DeviceCopy {
  readonly device: DeliveryAddress;
  /** A copy of the received bytes, never a view into the request. */
  readonly ciphertext: Uint8Array;
}

/** One message from the sending device (spec/delivery.md §Sends). */
export interface Send {
  readonly sequence: number;
  readonly destination: AccountId;
  readonly copies: readonly DeviceCopy[];
  readonly transient: boolean;
}

/** The device-set differences that refuse a send (spec/delivery.md §Device sets). */
export interface DeviceMismatch {
  readonly missing: readonly DeliveryAddress[];
  readonly extra: readonly DeliveryAddress[];
  readonly stale: readonly DeliveryAddress[];
}

/** The outcome of one send (spec/delivery.md §Acceptance). */
export type SendResult =
  | { readonly kind: 'accepted'; readonly sequence: number; readonly duplicate: boolean }
  | {
      readonly kind: 'transient';
      readonly sequence: number;
      readonly deliveredTo: readonly DeliveryAddress[];
    }
  | {
      readonly kind: 'refused';
      readonly sequence: number;
      readonly error: DefTalkError;
      readonly mismatch?: DeviceMismatch;
      readonly expectedSequence?: number;
    };

function addressToWire(a: DeliveryAddress): deftalk.v1.IDeliveryAddress {
  return { accountId: accountIdToBytes(a.accountId), deviceId: a.deviceId };
}

function addressFromWire(m: deftalk.v1.IDeliveryAddress | null | undefined, field: string): DeliveryAddress {
  requireField(m, field);
  return {
    accountId: accountIdFromBytes(m.accountId ?? new Uint8Array(0), `${field}.account_id`),
    deviceId: parseDeviceId(m.deviceId ?? 0, `${field}.device_id`),
  };
}

/** Encode a send batch (client side; spec/delivery.md §Sends). */
export function encodeSendBatch(sends: readonly Send[]): Uint8Array {
  return deftalk.v1.SendBatch.encode({
    sends: sends.map((s) => ({
      sequence: s.sequence,
      destinationAccount: accountIdToBytes(s.destination),
      copies: s.copies.map((c) => ({ device: addressToWire(c.device), ciphertext: c.ciphertext })),
      transient: s.transient,
    })),
  }).finish();
}

/**
 * Decode a send batch (spec/delivery.md §Sends, steps 1-3): at most
 * {@link MAX_BATCH_SENDS} sends, each with a sequence number ≥ 1, a
 * destination account, at least one copy, and ciphertexts of 1 to
 * {@link MAX_CIPHERTEXT_BYTES} bytes.
 */
export function decodeSendBatch(bytes: Uint8Array): Send[] {
  const m = decodeMessage('deftalk.v1.SendBatch', (b) => deftalk.v1.SendBatch.decode(b), bytes);
  const sends = m.sends ?? [];
  requireField(sends.length > 0, 'sends');
  if (sends.length > MAX_BATCH_SENDS) throw new DefTalkError('BATCH_TOO_LARGE', { max: MAX_BATCH_SENDS });
  return sends.map((s, i) => {
    const sequence = u64(s.sequence, `sends[${i}].sequence`);
    requireField(sequence >= 1, `sends[${i}].sequence`);
    const copies = (s.copies ?? []).map((c, j) => {
      const ct = c.ciphertext;
      requireField(ct && ct.length > 0, `sends[${i}].copies[${j}].ciphertext`);
      if (ct.length > MAX_CIPHERTEXT_BYTES) {
        throw new DefTalkError('ENVELOPE_TOO_LARGE', { max: MAX_CIPHERTEXT_BYTES });
      }
      // Copy: protobufjs hands out views into the request body (spec/delivery.md §Storage).
      return {
        device: addressFromWire(c.device, `sends[${i}].copies[${j}].device`),
        ciphertext: Buffer.from(ct),
      };
    });
    requireField(copies.length > 0, `sends[${i}].copies`);
    return {
      sequence,
      destination: accountIdFromBytes(
        s.destinationAccount ?? new Uint8Array(0),
        `sends[${i}].destination_account`,
      ),
      copies,
      transient: s.transient === true,
    };
  });
}

function errorToWire(err: DefTalkError): deftalk.v1.IError {
  const details: Record<string, string> = {};
  for (const [k, v] of Object.entries(err.details ?? {}))
    details[k] = Array.isArray(v) ? v.join(',') : String(v);
  return {
    code: err.code,
    name: err.errorName,
    message: err.message,
    retryable: err.retryable,
    retryAfterMs: Number(err.details?.retryAfterMs ?? 0),
    details,
  };
}

/** Encode the answer to a send batch (spec/delivery.md §Acceptance). */
export function encodeSendBatchResult(results: readonly SendResult[]): Uint8Array {
  return deftalk.v1.SendBatchResult.encode({
    results: results.map((r) => {
      switch (r.kind) {
        case 'accepted':
          return { sequence: r.sequence, duplicate: r.duplicate };
        case 'transient':
          return { sequence: r.sequence, transient: true, deliveredTo: r.deliveredTo.map(addressToWire) };
        default:
          return {
            sequence: r.sequence,
            error: errorToWire(r.error),
            mismatch: r.mismatch && {
              missing: r.mismatch.missing.map(addressToWire),
              extra: r.mismatch.extra.map(addressToWire),
              stale: r.mismatch.stale.map(addressToWire),
            },
            expectedSequence: r.expectedSequence ?? 0,
          };
      }
    }),
  }).finish();
}

/**
 * Decode the answer to a send batch (client side). A refusal whose code this
 * build does not know becomes INTERNAL with the unknown code in its details.
 */
export function decodeSendBatchResult(bytes: Uint8Array): SendResult[] {
  const m = decodeMessage('deftalk.v1.SendBatchResult', (b) => deftalk.v1.SendBatchResult.decode(b), bytes);
  return (m.results ?? []).map((r, i): SendResult => {
    const sequence = u64(r.sequence, `results[${i}].sequence`);
    if (r.error?.code) {
      const info = errorInfo(r.error.code);
      const error = info
        ? new DefTalkError(info.name, { ...(r.error.details ?? {}) } as ErrorDetails)
        : new DefTalkError('INTERNAL', { unknownCode: r.error.code });
      const list = (xs: deftalk.v1.IDeliveryAddress[] | null | undefined, f: string) =>
        (xs ?? []).map((x, j) => addressFromWire(x, `results[${i}].mismatch.${f}[${j}]`));
      return {
        kind: 'refused',
        sequence,
        error,
        ...(r.mismatch
          ? {
              mismatch: {
                missing: list(r.mismatch.missing, 'missing'),
                extra: list(r.mismatch.extra, 'extra'),
                stale: list(r.mismatch.stale, 'stale'),
              },
            }
          : {}),
        ...(r.expectedSequence ? { expectedSequence: u64(r.expectedSequence, 'expected_sequence') } : {}),
      };
    }
    if (r.transient) {
      return {
        kind: 'transient',
        sequence,
        deliveredTo: (r.deliveredTo ?? []).map((x, j) =>
          addressFromWire(x, `results[${i}].delivered_to[${j}]`),
        ),
      };
    }
    return { kind: 'accepted', sequence, duplicate: r.duplicate === true };
  });
}

/** Encode `GET /v1/messages/sequence`'s answer. */
export function encodeSenderState(lastAccepted: number): Uint8Array {
  return deftalk.v1.SenderState.encode({ lastAccepted }).finish();
}

/** Decode `GET /v1/messages/sequence`'s answer: the last accepted sequence number, 0 before any. */
export function decodeSenderState(bytes: Uint8Array): number {
  const m = decodeMessage('deftalk.v1.SenderState', (b) => deftalk.v1.SenderState.decode(b), bytes);
  return u64(m.lastAccepted, 'last_accepted');
}
