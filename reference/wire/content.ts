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
import { type GroupContent, groupContentFromWire, groupContentToWire } from './groupContent.ts';
import { type AccountId, accountIdFromBytes, accountIdToBytes, parseDeviceId } from './ids.ts';

/** Delivered ("reached a device") or read ("seen", policy clause 6.2). */
export type ReceiptType = 'delivered' | 'read';

/** A content body that may be sent to another account. */
export type DirectContent =
  | { readonly kind: 'text'; readonly body: string; readonly sentAtMs: number }
  | { readonly kind: 'receipt'; readonly type: ReceiptType; readonly envelopes: readonly EnvelopeId[] }
  | { readonly kind: 'typing'; readonly started: boolean }
  | LocationContent
  | GroupContent;

/** A position in WGS 84 degrees (spec/location.md §Content). */
export interface Position {
  readonly latitude: number;
  readonly longitude: number;
  /** Radius of the 68 % confidence circle in metres; 0 when unknown. */
  readonly accuracyM: number;
  /** The sender's clock when the position was taken. */
  readonly sentAtMs: number;
}

/** Location content (spec/location.md): never sent in the stored class. */
export type LocationContent =
  | { readonly kind: 'location'; readonly position: Position }
  | {
      readonly kind: 'live-location';
      /** 16 bytes, hex. */
      readonly shareId: string;
      readonly endsAtMs: number;
      readonly position: Position;
    }
  | { readonly kind: 'live-location-stop'; readonly shareId: string };

/** Content kinds that only ever travel as transient envelopes (spec/location.md §Delivery class). */
export const LOCATION_KINDS: ReadonlySet<string> = new Set([
  'location',
  'live-location',
  'live-location-stop',
]);

/** True for location content (spec/location.md). */
export function isLocationContent(c: { readonly kind: string }): c is LocationContent {
  return LOCATION_KINDS.has(c.kind);
}

/** A position when its values are in range (spec/location.md §Content); LOCATION_INVALID otherwise. */
export function checkPosition(p: Position): Position {
  const ok =
    Number.isFinite(p.latitude) &&
    Number.isFinite(p.longitude) &&
    Math.abs(p.latitude) <= 90 &&
    Math.abs(p.longitude) <= 180 &&
    Number.isSafeInteger(p.accuracyM) &&
    p.accuracyM >= 0 &&
    p.accuracyM <= 0xffffffff &&
    Number.isSafeInteger(p.sentAtMs) &&
    p.sentAtMs >= 0;
  if (!ok) throw new DefTalkError('LOCATION_INVALID');
  return p;
}

const SHARE_ID_BYTES = 16;

function positionToWire(p: Position): deftalk.v1.ILocation {
  return { latitude: p.latitude, longitude: p.longitude, accuracyM: p.accuracyM, sentAtMs: p.sentAtMs };
}

function positionFromWire(m: deftalk.v1.ILocation | null | undefined, field: string): Position {
  requireField(m, field);
  const p = {
    latitude: m.latitude ?? 0,
    longitude: m.longitude ?? 0,
    accuracyM: m.accuracyM ?? 0,
    sentAtMs: u64(m.sentAtMs, `${field}.sent_at_ms`),
  };
  try {
    return checkPosition(p);
  } catch {
    throw new DefTalkError('MALFORMED_REQUEST', { field });
  }
}

function shareIdFromWire(b: Uint8Array | null | undefined, field: string): string {
  requireField(b && b.length === SHARE_ID_BYTES, field);
  return Buffer.from(b).toString('hex');
}

function locationToWire(c: LocationContent): deftalk.v1.IContent {
  switch (c.kind) {
    case 'location':
      return { location: positionToWire(c.position) };
    case 'live-location':
      return {
        liveLocation: {
          shareId: Buffer.from(c.shareId, 'hex'),
          endsAtMs: c.endsAtMs,
          location: positionToWire(c.position),
        },
      };
    default:
      return { liveLocationStop: { shareId: Buffer.from(c.shareId, 'hex') } };
  }
}

function locationFromWire(m: deftalk.v1.IContent, field: string): LocationContent | undefined {
  if (m.location) return { kind: 'location', position: positionFromWire(m.location, `${field}.location`) };
  if (m.liveLocation) {
    const f = `${field}.live_location`;
    return {
      kind: 'live-location',
      shareId: shareIdFromWire(m.liveLocation.shareId, `${f}.share_id`),
      endsAtMs: u64(m.liveLocation.endsAtMs, `${f}.ends_at_ms`),
      position: positionFromWire(m.liveLocation.location, `${f}.location`),
    };
  }
  if (m.liveLocationStop) {
    return {
      kind: 'live-location-stop',
      shareId: shareIdFromWire(m.liveLocationStop.shareId, `${field}.live_location_stop.share_id`),
    };
  }
  return undefined;
}

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
    case 'typing':
      return { typing: { started: c.started } };
    case 'sender-key':
    case 'group-update':
      return groupContentToWire(c);
    default:
      return locationToWire(c);
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
  const group = groupContentFromWire(m, field);
  if (group) return group;
  const location = locationFromWire(m, field);
  if (location) return location;
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
