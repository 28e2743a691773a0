/**
 * @module
 * The registry of the bug zoo (spec/conformance.md §The bug zoo): every
 * faulty implementation `npm run conformance:zoo` runs the suite against.
 * A new member is one file under relays/ or clients/ exporting `member`,
 * listed here once. Clients come first: their suite is the slower one, and
 * the runner starts the longest runs first.
 */

import { member as ackBeforePersistClient } from './clients/ack-before-persist.ts';
import { member as adsOptInAtRegistrationClient } from './clients/ads-opt-in-at-registration.ts';
import { member as consentAllowIgnoredClient } from './clients/consent-allow-ignored.ts';
import { member as counterReplayWindowClient } from './clients/counter-replay-window.ts';
import { member as decryptReplayCacheClient } from './clients/decrypt-replay-cache.ts';
import { member as deviceListDowngradeClient } from './clients/device-list-downgrade.ts';
import { member as deviceListUnverifiedClient } from './clients/device-list-unverified.ts';
import { member as groupKeyNotRotatedClient } from './clients/group-key-not-rotated.ts';
import { member as identityAutoTrustClient } from './clients/identity-auto-trust.ts';
import { member as keystoreDefaultPassphraseClient } from './clients/keystore-default-passphrase.ts';
import { member as keystoreFallbackClient } from './clients/keystore-fallback.ts';
import { member as keystorePlaintextCopyClient } from './clients/keystore-plaintext-copy.ts';
import { member as locationLivePastEndClient } from './clients/location-live-past-end.ts';
import { member as locationShowsExpiredClient } from './clients/location-shows-expired.ts';
import { member as locationShowsStoredClient } from './clients/location-shows-stored.ts';
import { member as locationStoredClient } from './clients/location-stored.ts';
import { member as malformedAsDecryptionFailedClient } from './clients/malformed-as-decryption-failed.ts';
import { member as prekeyNotConsumedClient } from './clients/prekey-not-consumed.ts';
import { member as refusalDropsSessionClient } from './clients/refusal-drops-session.ts';
import { member as safetyNumberUnsortedClient } from './clients/safety-number-unsorted.ts';
import { member as shutdownExit1Client } from './clients/shutdown-exit-1.ts';
import { member as stdoutDebugPrintClient } from './clients/stdout-debug-print.ts';
import { member as syncKeyWithheldClient } from './clients/sync-key-withheld.ts';
import { member as syncMergeDroppedClient } from './clients/sync-merge-dropped.ts';
import { member as trustBeforeAuthenticationClient } from './clients/trust-before-authentication.ts';
import { member as unknownOpSucceedsClient } from './clients/unknown-op-succeeds.ts';
import type { ZooClient, ZooMember, ZooRelay } from './member.ts';
import { member as adsOptOutKeepsRow } from './relays/ads-opt-out-keeps-row.ts';
import { member as adsToEveryone } from './relays/ads-to-everyone.ts';
import { member as adsUnsubscribeOnGet } from './relays/ads-unsubscribe-on-get.ts';
import { member as audienceSmallCells } from './relays/audience-small-cells.ts';
import { member as bundleRateUnlimited } from './relays/bundle-rate-unlimited.ts';
import { member as codeAttemptsUnbounded } from './relays/code-attempts-unbounded.ts';
import { member as codeTtlUnit } from './relays/code-ttl-unit.ts';
import { member as consentIgnored } from './relays/consent-ignored.ts';
import { member as contentTypeShim } from './relays/content-type-shim.ts';
import { member as deletionKeepsQueues } from './relays/deletion-keeps-queues.ts';
import { member as deviceListVersionUnchecked } from './relays/device-list-version-unchecked.ts';
import { member as eraseNoop } from './relays/erase-noop.ts';
import { member as eraseOnPush } from './relays/erase-on-push.ts';
import { member as feedbackWalKept } from './relays/feedback-wal-kept.ts';
import { member as gapAccepted } from './relays/gap-accepted.ts';
import { member as groupChangeByMember } from './relays/group-change-by-member.ts';
import { member as groupFanoutRemoved } from './relays/group-fanout-removed.ts';
import { member as inventoryListsQueue } from './relays/inventory-lists-queue.ts';
import { member as languageCookie } from './relays/language-cookie.ts';
import { member as lastSeenExact } from './relays/last-seen-exact.ts';
import { member as linkTokenReusable } from './relays/link-token-reusable.ts';
import { member as logsAuthorization } from './relays/logs-authorization.ts';
import { member as logsClientIp } from './relays/logs-client-ip.ts';
import { member as logsUserAgent } from './relays/logs-user-agent.ts';
import { member as lowSupplyOneKind } from './relays/low-supply-one-kind.ts';
import { member as newestFirst } from './relays/newest-first.ts';
import { member as noSecureDelete } from './relays/no-secure-delete.ts';
import { member as nonceReplay } from './relays/nonce-replay.ts';
import { member as numberChangeKeepsOldMapping } from './relays/number-change-keeps-old-mapping.ts';
import { member as prekeyCoalescing } from './relays/prekey-coalescing.ts';
import { member as presenceLogged } from './relays/presence-logged.ts';
import { member as presenceSettingIgnored } from './relays/presence-setting-ignored.ts';
import { member as profilePhotoKept } from './relays/profile-photo-kept.ts';
import { member as profileShownToStranger } from './relays/profile-shown-to-stranger.ts';
import { member as provisioningTwice } from './relays/provisioning-twice.ts';
import { member as purgeWallClock } from './relays/purge-wall-clock.ts';
import { member as queuesClearedOnStart } from './relays/queues-cleared-on-start.ts';
import { member as quotaIgnored } from './relays/quota-ignored.ts';
import { member as removedDeviceExtra } from './relays/removed-device-extra.ts';
import { member as sequenceMarksOnClose } from './relays/sequence-marks-on-close.ts';
import { member as sequenceOffByOne } from './relays/sequence-off-by-one.ts';
import { member as setsCookie } from './relays/sets-cookie.ts';
import { member as syncKeepsOld } from './relays/sync-keeps-old.ts';
import { member as syncLastWriterWins } from './relays/sync-last-writer-wins.ts';
import { member as tokenCache } from './relays/token-cache.ts';
import { member as tokenNeverExpires } from './relays/token-never-expires.ts';
import { member as transientQueued } from './relays/transient-queued.ts';
import { member as wallClockExpiry } from './relays/wall-clock-expiry.ts';
import { member as websiteVisitorIpLogged } from './relays/website-visitor-ip-logged.ts';
import { member as wsNoPong } from './relays/ws-no-pong.ts';

/** The faulty clients. */
export const ZOO_CLIENTS: readonly ZooClient[] = [
  adsOptInAtRegistrationClient,
  ackBeforePersistClient,
  consentAllowIgnoredClient,
  decryptReplayCacheClient,
  deviceListUnverifiedClient,
  deviceListDowngradeClient,
  groupKeyNotRotatedClient,
  identityAutoTrustClient,
  keystoreDefaultPassphraseClient,
  keystoreFallbackClient,
  keystorePlaintextCopyClient,
  locationLivePastEndClient,
  locationShowsExpiredClient,
  locationShowsStoredClient,
  locationStoredClient,
  prekeyNotConsumedClient,
  safetyNumberUnsortedClient,
  shutdownExit1Client,
  stdoutDebugPrintClient,
  syncKeyWithheldClient,
  syncMergeDroppedClient,
  unknownOpSucceedsClient,
  counterReplayWindowClient,
  malformedAsDecryptionFailedClient,
  refusalDropsSessionClient,
  trustBeforeAuthenticationClient,
];

/** The faulty relays. */
export const ZOO_RELAYS: readonly ZooRelay[] = [
  adsOptOutKeepsRow,
  adsToEveryone,
  adsUnsubscribeOnGet,
  audienceSmallCells,
  codeAttemptsUnbounded,
  codeTtlUnit,
  contentTypeShim,
  eraseNoop,
  eraseOnPush,
  feedbackWalKept,
  gapAccepted,
  groupChangeByMember,
  groupFanoutRemoved,
  languageCookie,
  linkTokenReusable,
  logsAuthorization,
  logsClientIp,
  logsUserAgent,
  lowSupplyOneKind,
  newestFirst,
  noSecureDelete,
  nonceReplay,
  prekeyCoalescing,
  provisioningTwice,
  quotaIgnored,
  removedDeviceExtra,
  sequenceOffByOne,
  setsCookie,
  syncKeepsOld,
  syncLastWriterWins,
  tokenCache,
  tokenNeverExpires,
  transientQueued,
  wallClockExpiry,
  websiteVisitorIpLogged,
  wsNoPong,
  profileShownToStranger,
  profilePhotoKept,
  presenceSettingIgnored,
  presenceLogged,
  lastSeenExact,
  bundleRateUnlimited,
  deviceListVersionUnchecked,
  deletionKeepsQueues,
  numberChangeKeepsOldMapping,
  purgeWallClock,
  inventoryListsQueue,
  consentIgnored,
  queuesClearedOnStart,
  sequenceMarksOnClose,
];

/** Every zoo member, in the order the zoo runs them. */
export const ZOO_MEMBERS: readonly ZooMember[] = [...ZOO_CLIENTS, ...ZOO_RELAYS];
