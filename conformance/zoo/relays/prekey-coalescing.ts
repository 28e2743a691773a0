/**
 * @module
 * Zoo relay: bundle fetches for the same device that arrive while one is in
 * flight share its answer ("request coalescing" for hot accounts), so
 * concurrent fetchers receive the same one-time prekeys.
 */
import { type BundleKeys, SqliteKeyStore } from '../../../reference/relay/storage/keys.ts';
import type { ZooRelay } from '../member.ts';
import { decorate } from './_decorate.ts';

/** Hands out a one-time prekey more than once under concurrency. */
export const member: ZooRelay = {
  kind: 'relay',
  name: 'prekey-coalescing',
  breaks: ['REQ-KEYS-003'],
  description: 'concurrent bundle fetches share one in-flight answer, handing a one-time prekey out twice',
  parts: () => ({
    stores: {
      keys: (db) => {
        const inner = new SqliteKeyStore(db);
        const inFlight = new Map<string, Promise<BundleKeys | undefined>>();
        return decorate(inner, {
          takeBundle(accountId, deviceId) {
            const k = `${accountId}/${deviceId}`;
            const pending = inFlight.get(k);
            if (pending) return pending;
            // A remote store's round trip (25 ms) is what makes fetches overlap; with a
            // single tick, as first written, overlap depended on the machine's load and the
            // member survived about half of the runs on a loaded machine.
            const p = new Promise<void>((r) => setTimeout(r, 25))
              .then(() => inner.takeBundle(accountId, deviceId))
              .finally(() => inFlight.delete(k));
            inFlight.set(k, p);
            return p;
          },
        });
      },
    },
  }),
};
