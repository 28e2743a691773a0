/**
 * @module
 * The message store (spec/client.md §Client obligations for delivery): what
 * the application saw, the outbox of sends not yet accepted, the next
 * sequence number and the envelope ids already processed. It lives in the
 * key store directory as a second file of the key store format
 * (`messages/keystore.dtks`, reference/client/keyStore.ts), so it is
 * encrypted at rest under the same passphrase and written atomically; every
 * change that an acknowledgement or a send depends on is saved before it.
 */
import { join } from 'node:path';
import { DefTalkError } from '../../errors/index.ts';
import type { LocalGroups } from '../groups/groupState.ts';
import { DEFAULT_KDF, type KdfParams, KeyStore } from '../keyStore.ts';

/** Sub-directory of the key store directory that holds the message store. */
export const MESSAGE_STORE_DIR = 'messages';
/** Version of the message store document. */
export const MESSAGE_STORE_VERSION = 1;
/** Processed envelope ids remembered for deduplication, newest kept (spec/delivery.md §Redelivery). */
export const MAX_PROCESSED_IDS = 100_000;

/** Status of an outgoing message, as receipts advance it. */
export type OutgoingStatus = 'pending' | 'sent' | 'delivered' | 'read' | 'failed';

/** One message as the application saw it. */
export interface StoredMessage {
  /** Envelope id key `account/device/sequence` (spec/delivery.md §Envelope ids). */
  id: string;
  direction: 'in' | 'out';
  /** The other account of the conversation. */
  peer: string;
  /** The device that wrote it (for outgoing: this device or, from a sync transcript, another own device). */
  senderDevice: number;
  body: string;
  sentAtMs: number;
  /** This device's clock when it stored the message. */
  storedAtMs: number;
  /** The group (spec/groups.md) of a group message; absent for a direct one. */
  group?: string;
  /** Outgoing only. */
  status?: OutgoingStatus;
  /** Incoming only: whether a read receipt was sent. */
  read?: boolean;
}

/** A send written to the store before it goes to the relay. */
export interface OutboxEntry {
  sequence: number;
  destination: string;
  /** Encoded content (base64) for the destination's devices; re-encrypted on DEVICE_MISMATCH. */
  content: string;
  /** Encoded sync transcript (base64) for the own other devices. */
  sync: string;
  /** Ciphertext (base64) by device address `account.device`, as last sent. */
  copies: Record<string, string>;
}

/** The document inside the message store. */
export interface MessageStoreData {
  v: number;
  /** Sequence number the next stored send takes (spec/delivery.md §Envelope ids). */
  nextSequence: number;
  outbox: OutboxEntry[];
  /** Envelope id keys already processed, oldest first. */
  processed: string[];
  messages: StoredMessage[];
  /** Device ids last known per account (own account included). */
  devices: Record<string, number[]>;
  /** The device's groups and sender keys (reference/client/groups/groupState.ts); absent before the first. */
  groups?: LocalGroups;
}

/** The unlocked message store of one device. Never printed. */
export class MessageStore {
  readonly #store: KeyStore;
  readonly data: MessageStoreData;
  readonly #processed: Set<string>;

  private constructor(store: KeyStore, data: MessageStoreData) {
    this.#store = store;
    this.data = data;
    this.#processed = new Set(data.processed);
  }

  /** Open the message store of the key store in `dir`, creating it on first use. */
  static async open(dir: string, passphrase: string, kdf: KdfParams = DEFAULT_KDF): Promise<MessageStore> {
    const sub = join(dir, MESSAGE_STORE_DIR);
    if (!(await KeyStore.exists(sub))) {
      const data: MessageStoreData = {
        v: MESSAGE_STORE_VERSION,
        nextSequence: 1,
        outbox: [],
        processed: [],
        messages: [],
        devices: {},
      };
      const store = await KeyStore.create(sub, passphrase, encode(data), kdf);
      return new MessageStore(store, data);
    }
    const store = await KeyStore.open(sub, passphrase);
    let data: MessageStoreData;
    try {
      data = JSON.parse(
        new TextDecoder('utf-8', { fatal: true }).decode(store.plaintext),
      ) as MessageStoreData;
    } catch (cause) {
      throw new DefTalkError('KEYSTORE_CORRUPT', undefined, { cause });
    }
    if (data?.v !== MESSAGE_STORE_VERSION) throw new DefTalkError('KEYSTORE_UNSUPPORTED_VERSION');
    return new MessageStore(store, data);
  }

  /** True when the envelope with this id key was already processed. */
  processed(id: string): boolean {
    return this.#processed.has(id);
  }

  /** Record an envelope id as processed (saved with the next {@link save}). */
  markProcessed(id: string): void {
    if (this.#processed.has(id)) return;
    this.#processed.add(id);
    this.data.processed.push(id);
    if (this.data.processed.length > MAX_PROCESSED_IDS) {
      for (const old of this.data.processed.splice(0, this.data.processed.length - MAX_PROCESSED_IDS))
        this.#processed.delete(old);
    }
  }

  /** Write the document atomically, encrypted; resolves once it is on disk. */
  async save(): Promise<void> {
    await this.#store.save(encode(this.data));
  }

  /** Forget the key. */
  close(): void {
    this.#store.close();
  }

  toJSON(): string {
    return '[REDACTED]';
  }
}

function encode(d: MessageStoreData): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(d));
}
