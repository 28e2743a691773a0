/**
 * @module
 * Zoo relay: the audience report's query groups the accounts but forgets
 * the HAVING clause, so a month with three registrations is published.
 */
import { SqliteAudienceSource } from '../../../reference/relay/storage/audience.ts';
import type { ZooRelay } from '../member.ts';

/** Publishes cells below k. */
export const member: ZooRelay = {
  kind: 'relay',
  name: 'audience-small-cells',
  breaks: ['REQ-WEB-020'],
  description: 'the audience report publishes every month and device count, however few accounts it holds',
  parts: () => ({
    stores: {
      audience: (db) => {
        const inner = new SqliteAudienceSource(db);
        return {
          registrationsByMonth: (beforeMs: number) => inner.registrationsByMonth(beforeMs, 1),
          accountsByDeviceCount: () => inner.accountsByDeviceCount(1),
        };
      },
    },
  }),
};
