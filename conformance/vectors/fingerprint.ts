/**
 * @module
 * The `fingerprint` vector area (conformance/vectors/README.md
 * §fingerprint.json): safety numbers of spec/fingerprint.md and the
 * order-independent comparison of a scanned QR payload.
 */
import { compareScanned, fingerprint, safetyNumber } from '../../reference/client/fingerprint.ts';
import { IdentityKey } from '../../reference/client/session/index.ts';
import { askDriver } from '../runner/vectors.ts';
import { checkWith, hex, type TestType, unhex } from './_sessionVectors.ts';
import type { VectorArea, VectorGroup, VectorTest } from './area.ts';

function parties(t: VectorTest) {
  return {
    local: {
      identityKey: IdentityKey.fromBytes(unhex(t['localIdentityKey'])),
      stableId: unhex(t['localStableId']),
    },
    remote: {
      identityKey: IdentityKey.fromBytes(unhex(t['remoteIdentityKey'])),
      stableId: unhex(t['remoteStableId']),
    },
  };
}

/** The test types of fingerprint.json. */
export const FINGERPRINT_TYPES: Readonly<Record<string, TestType>> = {
  SafetyNumber: {
    outputs: ['localFingerprint', 'remoteFingerprint', 'digits', 'display', 'scannable'],
    compute(_g, t) {
      const { local, remote } = parties(t);
      const sn = safetyNumber(local, remote);
      if (hex(fingerprint(local)) !== hex(sn.local)) throw new Error('fingerprint mismatch');
      return {
        localFingerprint: hex(sn.local),
        remoteFingerprint: hex(sn.remote),
        digits: sn.digits,
        display: sn.display,
        scannable: hex(sn.scannable),
      };
    },
  },
  CompareScanned: {
    outputs: [],
    compute(_g, t) {
      const { local, remote } = parties(t);
      const match = compareScanned(safetyNumber(local, remote), unhex(t['scanned']));
      return match ? {} : { verdict: 'invalid', detail: 'mismatch' };
    },
  },
};

/** The `fingerprint` area. */
export const fingerprintVectors: VectorArea = {
  area: 'fingerprint',
  check: async (group: VectorGroup, test: VectorTest, driver) =>
    driver ? askDriver(driver, 'fingerprint', group, test) : checkWith(FINGERPRINT_TYPES, group, test),
};
