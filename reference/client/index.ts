/**
 * @module
 * The public surface of the reference client library (spec/client.md):
 * the client, its encrypted key store, the relay connection, device lists,
 * provisioning, prekeys and safety numbers. The session layer has its own
 * entry, `reference/client/session/index.ts`. Explicit named exports only.
 */
export {
  type ClientOptions,
  DefTalkClient,
  type DeviceView,
  maskPhoneNumber,
  parsePhoneNumber,
} from './client.ts';
export {
  accountOfPeer,
  CLIENT_STATE_VERSION,
  ClientState,
  type ClientStateData,
  MAX_CONSUMED_IDS,
  MAX_SIGNED_PREKEYS,
  peerAddress,
} from './clientState.ts';
export {
  firstDeviceList,
  MAX_DEVICES,
  type SignedList,
  signDeviceList,
  verifyDeviceList,
  withDevice,
  withoutDevices,
} from './deviceList.ts';
export {
  compareScanned,
  FINGERPRINT_ITERATIONS,
  FINGERPRINT_VERSION,
  type FingerprintParty,
  fingerprint,
  fingerprintDigits,
  type SafetyNumber,
  SCANNABLE_LENGTH,
  SCANNABLE_VERSION,
  safetyNumber,
} from './fingerprint.ts';
export {
  CHECK_LENGTH,
  DEFAULT_KDF,
  HEADER_LENGTH,
  KDF_SCRYPT,
  type KdfParams,
  KEYSTORE_FILE,
  KEYSTORE_MAGIC,
  KEYSTORE_VERSION,
  KeyStore,
  MAX_LOG2N,
  MIN_LOG2N,
  NONCE_LENGTH,
  TAG_LENGTH,
  writeFileAtomic,
} from './keyStore.ts';
export {
  LIVE_MAX_MS,
  LIVE_MIN_MS,
  type LocationEvent,
  LocationInbox,
  LocationSharing,
  type PositionInput,
  type ReceivedLocation,
} from './location.ts';
export {
  generatePreKeys,
  MAX_UPLOAD_BATCH,
  PREKEY_BATCH,
  type PreKeyPlan,
  type PreKeyUploadMaterial,
  preKeyStatus,
  replenishPreKeys,
  sessionBundle,
  uploadPreKeys,
} from './preKeys.ts';
export {
  formatProvisioningLink,
  openProvisioning,
  PROVISIONING_INFO,
  PROVISIONING_LINK_PREFIX,
  type ProvisioningLink,
  parseProvisioningLink,
  sealProvisioning,
} from './provisioning.ts';
export {
  type CallOptions,
  type DeviceCredentials,
  RelayConnection,
  RelayError,
  RelaySocket,
  type RelaySocketOptions,
  RelayUnreachable,
  TOKEN_RENEW_MARGIN_MS,
} from './relayConnection.ts';
export {
  EMPTY_SNAPSHOT,
  MAX_SYNC_ROUNDS,
  mergeSnapshots,
  openSyncRecord,
  pullSync,
  pushSync,
  SYNC_KEY_BYTES,
  type SyncHost,
  type SyncOutcome,
  sameSnapshot,
  sealSyncRecord,
} from './sync.ts';
