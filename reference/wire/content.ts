/**
 * @module
 * Content (spec/client.md §Content): the plaintext a device seals in its
 * session with another device. A text, a delivered or read receipt, a typing
 * indicator, or a sync transcript of one of those for the sender's own other
 * devices. The relay only ever sees the ciphertext, so receipts travel as
 * ordinary envelopes (spec/delivery.md §Receipts).
 */
import { DefTalkError } from '../errors/index.ts';
import { u64 } from './_bytes.ts';
import { decodeMessage, requireField } from './codec.ts';
import type { EnvelopeId } from './envelope.ts';
import { deftalk } from './generated/deftalk.js';
import { type AccountId, accountIdFromBytes, accountIdToBytes, parseDeviceId } from './ids.ts';

/** Delivered ("reached a device") or read ("seen", policy clause 6.2). */
export type ReceiptType = 'delivered' | 'read';

/** A content body that may be sent to another account. */
export type DirectContent =
  | { readonly kind: 'text'; readonly body: string; readonly sentAtMs: number }
  | { readonly kind: 'receipt'; readonly type: ReceiptType; readonly envelopes: readonly EnvelopeId[] }
  | { readonly kind: 'typing'; readonly started: boolean };

/** Any content: a direct body, or a sync transcript of one for the sender's own other devices. */
export type Content =
  | DirectContent
  | { readonly kind: 'sync'; readonly recipient: AccountId; readonly content: DirectContent };

const RECEIPT_TO_WIRE = {
  delivered: deftalk.v1.ReceiptType.RECEIPT_TYPE_DELIVERED,
  read: deftalk.v1.ReceiptType.RECEIPT_TYPE_READ,
} as const;

function directToWire(c: DirectContent): deftalk.v1.IContent {
  switch (c.kind) {
    case 'text':
      return { text: { body: c.body, sentAtMs: c.sentAtMs } };
    case 'receipt':
      return {
        receipt: {
          type: RECEIPT_TO_WIRE[c.type],
          envelopes: c.envelopes.map((e) => ({
            senderAccount: accountIdToBytes(e.senderAccount),
            senderDevice: e.senderDevice,
            sequence: e.sequence,
          })),
        },
      };
    default:
      return { typing: { started: c.started } };
  }
}

/** Encode content (spec/client.md §Content). */
export function encodeContent(c: Content): Uint8Array {
  const m =
    c.kind === 'sync'
      ? { sync: { recipient: accountIdToBytes(c.recipient), content: directToWire(c.content) } }
      : directToWire(c);
  return deftalk.v1.Content.encode(m).finish();
}

function directFromWire(m: deftalk.v1.IContent, field: string): DirectContent {
  if (m.text) {
    return {
      kind: 'text',
      body: m.text.body ?? '',
      sentAtMs: u64(m.text.sentAtMs, `${field}.text.sent_at_ms`),
    };
  }
  if (m.receipt) {
    const t = m.receipt.type;
    requireField(
      t === deftalk.v1.ReceiptType.RECEIPT_TYPE_DELIVERED || t === deftalk.v1.ReceiptType.RECEIPT_TYPE_READ,
      `${field}.receipt.type`,
    );
    const envelopes = (m.receipt.envelopes ?? []).map((e, i) => {
      const f = `${field}.receipt.envelopes[${i}]`;
      const sequence = u64(e.sequence, `${f}.sequence`);
      requireField(sequence >= 1, `${f}.sequence`);
      return {
        senderAccount: accountIdFromBytes(e.senderAccount ?? new Uint8Array(0), `${f}.sender_account`),
        senderDevice: parseDeviceId(e.senderDevice ?? 0, `${f}.sender_device`),
        sequence,
      };
    });
    requireField(envelopes.length > 0, `${field}.receipt.envelopes`);
    return {
      kind: 'receipt',
      type: t === deftalk.v1.ReceiptType.RECEIPT_TYPE_READ ? 'read' : 'delivered',
      envelopes,
    };
  }
  if (m.typing) return { kind: 'typing', started: m.typing.started === true };
  throw new DefTalkError('MALFORMED_REQUEST', { field: `${field}.body` });
}

/**
 * Decode decrypted content; MALFORMED_REQUEST (naming the field, never a
 * value) when no body is set, a receipt names no envelope or has no type, or
 * a sync transcript nests another one.
 */
export function decodeContent(bytes: Uint8Array): Content {
  const m = decodeMessage('deftalk.v1.Content', (b) => deftalk.v1.Content.decode(b), bytes);
  if (m.sync) {
    requireField(m.sync.content, 'sync.content');
    requireField(!m.sync.content.sync, 'sync.content');
    return {
      kind: 'sync',
      recipient: accountIdFromBytes(m.sync.recipient ?? new Uint8Array(0), 'sync.recipient'),
      content: directFromWire(m.sync.content, 'sync.content'),
    };
  }
  return directFromWire(m, 'content');
}
