/**
 * @module
 * Zoo relay: the audience report's query groups the opted-in accounts but
 * forgets the threshold, so a country and language that one account chose
 * is published.
 */
import { SqliteAudienceSource } from '../../../reference/relay/storage/audience.ts';
import type { ZooRelay } from '../member.ts';

/** Publishes cells below k. */
export const member: ZooRelay = {
  kind: 'relay',
  name: 'audience-small-cells',
  breaks: ['REQ-ADS-007'],
  description: 'the audience report publishes every country and language, however few accounts chose it',
  parts: () => ({
    stores: {
      audience: (db) => {
        const inner = new SqliteAudienceSource(db);
        return { cells: () => inner.cells(1) };
      },
    },
  }),
};
