/**
 * The lifecycle members of the bug zoo (conformance/zoo/relays/) against the
 * lifecycle cases only: each faulty relay, started in process with its
 * parts, fails at least one case citing a requirement it breaks, and passes
 * the cases that cite none of them (so each fault is exactly what it says).
 * `npm run conformance:zoo` runs the same members through the full suite.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import t from 'tap';
import type { CaseContext } from '../conformance/case.ts';
import { LIFECYCLE_RELAY_CASES } from '../conformance/cases/relay/lifecycle.ts';
import { member as consentIgnored } from '../conformance/zoo/relays/consent-ignored.ts';
import { member as deletionKeepsQueues } from '../conformance/zoo/relays/deletion-keeps-queues.ts';
import { member as inventoryListsQueue } from '../conformance/zoo/relays/inventory-lists-queue.ts';
import { member as numberChangeKeepsOldMapping } from '../conformance/zoo/relays/number-change-keeps-old-mapping.ts';
import { member as purgeWallClock } from '../conformance/zoo/relays/purge-wall-clock.ts';
import { startRelay } from '../reference/relay/server.ts';
import { seeded } from './identity-helpers.ts';

const MEMBERS = [
  deletionKeepsQueues,
  numberChangeKeepsOldMapping,
  purgeWallClock,
  inventoryListsQueue,
  consentIgnored,
];

for (const m of MEMBERS) {
  t.test(`zoo member ${m.name}`, async (t) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'deftalk-lifecycle-zoo-'));
    const relay = await startRelay(
      { host: '127.0.0.1', port: 0, dataDir, testHooks: true, logLevel: 'silent', pinScryptLog2N: 10 },
      new Writable({ write: (_c, _e, done) => done() }),
      m.parts(),
    );
    t.teardown(async () => {
      await relay.close();
      rmSync(dataDir, { recursive: true, force: true });
    });
    const killedBy: string[] = [];
    for (const [i, c] of LIFECYCLE_RELAY_CASES.entries()) {
      const targeted = c.requirements.some((r) => m.breaks.includes(r));
      const ctx: CaseContext = {
        mode: 'relay',
        relayUrl: new URL(relay.url),
        driver: undefined,
        capabilities: new Set(['test-hooks']),
        random: seeded(100 + i),
        timeout: (ms) => ms,
        log: () => {},
        signal: new AbortController().signal,
      };
      let failure: unknown;
      try {
        await c.run(ctx);
      } catch (e) {
        failure = e;
      }
      if (targeted && failure) killedBy.push(c.id);
      if (!targeted) t.equal(failure, undefined, `${c.id} (not targeted) passes`);
    }
    t.ok(killedBy.length > 0, `killed by ${killedBy.join(', ') || 'nothing'}`);
  });
}
