/**
 * @module
 * The messaging surface of the reference client (spec/delivery.md,
 * spec/client.md §Client obligations for delivery). Explicit named exports only.
 */
export {
  MAX_PROCESSED_IDS,
  MESSAGE_STORE_DIR,
  MESSAGE_STORE_VERSION,
  MessageStore,
  type MessageStoreData,
  type OutboxEntry,
  type OutgoingStatus,
  type StoredMessage,
} from './messageStore.ts';
export {
  idFromKey,
  MAX_SEND_ROUNDS,
  Messenger,
  type MessengerEvent,
  type MessengerOptions,
} from './messenger.ts';
