/**
 * @module
 * Zoo relay: a read-through cache of provisioning envelopes that keeps the
 * envelope after the mailbox is read, so a second reader gets it too.
 */
import { SqliteProvisioningStore } from '../../../reference/relay/storage/provisioning.ts';
import type { ZooRelay } from '../member.ts';
import { decorate } from './_decorate.ts';

/** A provisioning envelope is delivered more than once. */
export const member: ZooRelay = {
  kind: 'relay',
  name: 'provisioning-twice',
  breaks: ['REQ-ACCT-010'],
  description: 'a cache keeps the provisioning envelope after the first read and serves it again',
  parts: () => ({
    stores: {
      provisioning: (db) => {
        const inner = new SqliteProvisioningStore(db);
        const cache = new Map<string, Buffer>();
        return decorate(inner, {
          async take(id, now) {
            const hit = cache.get(id.toString('hex'));
            if (hit) return hit;
            const found = await inner.take(id, now);
            if (found) cache.set(id.toString('hex'), found);
            return found;
          },
        });
      },
    },
  }),
};
