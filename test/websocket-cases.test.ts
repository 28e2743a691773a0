/**
 * The relay-mode transport, test-hooks and REQ-PRIV-001 cases
 * (conformance/cases/relay/{transport,hooks}.ts) against the in-process
 * reference relay with test hooks, where all must pass; and the address
 * scan against the same relay after a deliberate leak into its storage
 * directory and into its log, where it must fail.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t, { type Test } from 'tap';
import { type CaseContext, CheckFailed } from '../conformance/case.ts';
import { ALL_CASES } from '../conformance/cases/index.ts';
import { addressPatterns, HOOKS_RELAY_CASES } from '../conformance/cases/relay/hooks.ts';
import { TRANSPORT_RELAY_CASES } from '../conformance/cases/relay/transport.ts';
import { type Relay, startRelay } from '../reference/relay/server.ts';

function context(relay: Relay, evidence: string[]): CaseContext {
  return {
    mode: 'relay',
    relayUrl: new URL(relay.url),
    driver: undefined,
    capabilities: new Set(['test-hooks']),
    random: () => 0.5,
    timeout: (ms) => ms,
    log: (line) => evidence.push(line),
    signal: new AbortController().signal,
  };
}

async function relayWithHooks(t: Test): Promise<Relay> {
  const dataDir = mkdtempSync(join(tmpdir(), 'deftalk-transport-cases-'));
  const sink = { write: () => true } as unknown as NodeJS.WritableStream;
  const relay = await startRelay(
    { host: '127.0.0.1', port: 0, dataDir, testHooks: true, logLevel: 'info' },
    sink,
  );
  t.teardown(async () => {
    await relay.close();
    rmSync(dataDir, { recursive: true, force: true });
  });
  return relay;
}

const privacyCase = HOOKS_RELAY_CASES.find((c) => c.id === 'privacy/no-client-address')!;

t.test('every case is registered', async (t) => {
  for (const c of [...TRANSPORT_RELAY_CASES, ...HOOKS_RELAY_CASES]) t.ok(ALL_CASES.includes(c), c.id);
  t.same(privacyCase.requirements, ['REQ-PRIV-001']);
  t.equal(privacyCase.capability, 'test-hooks');
});

t.test('all transport and hooks cases pass against the reference relay', async (t) => {
  const relay = await relayWithHooks(t);
  for (const c of [...TRANSPORT_RELAY_CASES, ...HOOKS_RELAY_CASES]) {
    const evidence: string[] = [];
    await t.resolves(c.run(context(relay, evidence)), c.id);
  }
});

t.test('address patterns include the raw and mapped forms', async (t) => {
  const labels = addressPatterns('::ffff:127.0.0.1').map((p) => p.label);
  t.ok(labels.includes('raw 4 bytes of 127.0.0.1'));
  t.same(
    addressPatterns('127.0.0.1').find((p) => p.label.startsWith('raw IPv4-mapped'))?.bytes,
    Buffer.from('00000000000000000000ffff7f000001', 'hex'),
  );
});

// With the test context's random() of 0.5 the case speaks from 127.128.128.128.
const SPEAKER = '127.128.128.128';

t.test('REQ-PRIV-001 fails when storage holds the raw address bytes', async (t) => {
  const relay = await relayWithHooks(t);
  // A file of the storage directory (the database path's sibling) with the speaker's address as 4 raw bytes.
  writeFileSync(join(relay.db.name, '..', 'sessions.bin'), Buffer.from([1, 2, 0x7f, 0x80, 0x80, 0x80, 9]));
  await t.rejects(privacyCase.run(context(relay, [])), CheckFailed);
});

t.test('REQ-PRIV-001 is not fooled by the bytes of 127.0.0.1 that SQLite itself writes', async (t) => {
  const relay = await relayWithHooks(t);
  writeFileSync(join(relay.db.name, '..', 'pages.bin'), Buffer.from([1, 2, 0x7f, 0, 0, 1, 9]));
  const evidence: string[] = [];
  await t.resolves(privacyCase.run(context(relay, evidence)));
  t.ok(evidence.includes(`speaking from ${SPEAKER}`), 'the case spoke from a distinctive loopback address');
});

t.test('REQ-PRIV-001 fails when a log line holds the address', async (t) => {
  const relay = await relayWithHooks(t);
  relay.app.log.info({ peer: SPEAKER }, 'a careless log line');
  await t.rejects(privacyCase.run(context(relay, [])), { message: /log line holds the client address/ });
});
