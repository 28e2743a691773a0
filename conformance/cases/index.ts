/**
 * @module
 * The registry of every conformance case (spec/conformance.md). Each area
 * keeps its cases in its own module and is listed here once; the runner and
 * the traceability check (`npm run check:trace`) read this list.
 */
import type { ConformanceCase } from '../case.ts';
import { ADVERSARY_CLIENT_CASES } from './client/adversary.ts';
import { CLIENT_ADS_CASES } from './client/advertising.ts';
import { CLIENT_DELIVERY_CASES } from './client/delivery.ts';
import { DRIVER_CASES } from './client/driver.ts';
import { GROUPS_CLIENT_CASES } from './client/groups.ts';
import { IDENTITY_CLIENT_CASES } from './client/identity.ts';
import { KEYSTORE_CLIENT_CASES } from './client/keystore.ts';
import { CLIENT_LIFECYCLE_CASES } from './client/lifecycle.ts';
import { CLIENT_LOCATION_CASES } from './client/location.ts';
import { CLIENT_PROFILES_CASES } from './client/profiles.ts';
import { SESSION_CLIENT_CASES } from './client/session.ts';
import { CLIENT_SYNC_CASES } from './client/sync.ts';
import { ACCOUNTS_RELAY_CASES } from './relay/accounts.ts';
import { ADVERTISING_RELAY_CASES } from './relay/advertising.ts';
import { AUTH_RELAY_CASES } from './relay/auth.ts';
import { DELIVERY_RELAY_CASES } from './relay/delivery.ts';
import { DISCOVERY_RELAY_CASES } from './relay/discovery.ts';
import { FAULT_RELAY_CASES } from './relay/faults.ts';
import { GROUPS_RELAY_CASES } from './relay/groups.ts';
import { HOOKS_RELAY_CASES } from './relay/hooks.ts';
import { KEYS_RELAY_CASES } from './relay/keys.ts';
import { LIFECYCLE_RELAY_CASES } from './relay/lifecycle.ts';
import { LOCATION_RELAY_CASES } from './relay/location.ts';
import { PRESENCE_RELAY_CASES } from './relay/presence.ts';
import { PRIVACY_RELAY_CASES } from './relay/privacy.ts';
import { PROFILES_RELAY_CASES } from './relay/profiles.ts';
import { REGISTRATION_RELAY_CASES } from './relay/registration.ts';
import { RESTART_RELAY_CASES } from './relay/restart.ts';
import { SYNC_RELAY_CASES } from './relay/sync.ts';
import { TRANSPORT_RELAY_CASES } from './relay/transport.ts';
import { WEBSITE_RELAY_CASES } from './relay/website.ts';

/** Every conformance case, in the order the runner executes them. */
export const ALL_CASES: readonly ConformanceCase[] = [
  ...TRANSPORT_RELAY_CASES,
  ...HOOKS_RELAY_CASES,
  ...PRIVACY_RELAY_CASES,
  ...REGISTRATION_RELAY_CASES,
  ...AUTH_RELAY_CASES,
  ...ACCOUNTS_RELAY_CASES,
  ...KEYS_RELAY_CASES,
  ...DELIVERY_RELAY_CASES,
  ...DISCOVERY_RELAY_CASES,
  ...GROUPS_RELAY_CASES,
  ...PROFILES_RELAY_CASES,
  ...PRESENCE_RELAY_CASES,
  ...FAULT_RELAY_CASES,
  ...RESTART_RELAY_CASES,
  ...WEBSITE_RELAY_CASES,
  ...ADVERTISING_RELAY_CASES,
  ...SYNC_RELAY_CASES,
  ...LOCATION_RELAY_CASES,
  // Last of the relay cases: the inactivity purge moves the relay clock a year on.
  ...LIFECYCLE_RELAY_CASES,
  ...DRIVER_CASES,
  ...SESSION_CLIENT_CASES,
  ...ADVERSARY_CLIENT_CASES,
  ...IDENTITY_CLIENT_CASES,
  ...KEYSTORE_CLIENT_CASES,
  ...CLIENT_DELIVERY_CASES,
  ...GROUPS_CLIENT_CASES,
  ...CLIENT_SYNC_CASES,
  ...CLIENT_ADS_CASES,
  ...CLIENT_LIFECYCLE_CASES,
  ...CLIENT_PROFILES_CASES,
  ...CLIENT_LOCATION_CASES,
];
