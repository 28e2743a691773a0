/**
 * @module
 * Relay-mode cases for contact discovery (spec/discovery.md). The harness
 * holds no relay key, so it checks the OPRF by consistency: a number
 * evaluated twice finalizes to the same output, a registered number's output
 * matches its account and an unregistered one matches nothing.
 */
import { ristretto255_oprf } from '@noble/curves/ed25519.js';
import {
  decodeDiscoveryEvaluateResponse,
  decodeDiscoveryLookupResponse,
  encodeDiscoveryEvaluateRequest,
  encodeDiscoveryLookupRequest,
} from '../../../reference/wire/discovery.ts';
import { type CaseContext, type ConformanceCase, check } from '../../case.ts';
import {
  caseClient,
  expectError,
  expectOk,
  type findSecrets,
  type RelayClient,
  randomPhoneNumber,
  registerAccount,
  type TestAccount,
} from '../../lib/relayClient.ts';

const oprf = ristretto255_oprf.oprf;

/** Budgets of spec/discovery.md §Limits. */
const BUDGET = 500;
const MAX_BATCH = 100;

function input(e164: string): Uint8Array {
  return new Uint8Array(Buffer.from(e164, 'ascii'));
}

function evaluate(client: RelayClient, who: TestAccount, blinded: readonly Uint8Array[]) {
  return client.request('POST', '/v1/discovery/evaluate', {
    token: who.primary.token,
    body: encodeDiscoveryEvaluateRequest(blinded),
  });
}

function lookup(client: RelayClient, who: TestAccount, outputs: readonly Uint8Array[]) {
  return client.request('POST', '/v1/discovery/lookup', {
    token: who.primary.token,
    body: encodeDiscoveryLookupRequest(outputs),
  });
}

/** Blind, evaluate and finalize `numbers` as `who`; returns the outputs and the bytes the relay saw. */
async function outputsOf(
  ctx: CaseContext,
  client: RelayClient,
  who: TestAccount,
  numbers: readonly string[],
) {
  const blinds = numbers.map((n) => oprf.blind(input(n)));
  const answer = await evaluate(
    client,
    who,
    blinds.map((b) => b.blinded),
  );
  const evaluated = decodeDiscoveryEvaluateResponse(
    expectOk(ctx, answer, `evaluate ${numbers.length} elements`),
  );
  check(
    evaluated.length === numbers.length,
    'one evaluated element per blinded element',
    numbers.length,
    evaluated.length,
  );
  const outputs = numbers.map((n, i) => oprf.finalize(input(n), blinds[i]!.blind, evaluated[i]!));
  return { outputs, blinded: blinds.map((b) => b.blinded), evaluated };
}

/** Contact discovery cases. */
export const DISCOVERY_RELAY_CASES: readonly ConformanceCase[] = [
  {
    id: 'discovery/evaluate-consistent',
    title: 'The same number evaluated in two requests, by two accounts, finalizes to the same output',
    mode: 'relay',
    capability: 'test-hooks',
    requirements: ['REQ-DISCOVERY-001'],
    async run(ctx) {
      const client = caseClient(ctx);
      const alice = await registerAccount(client, ctx.random);
      const bob = await registerAccount(client, ctx.random);
      const a = randomPhoneNumber(ctx.random);
      const b = randomPhoneNumber(ctx.random);
      const first = await outputsOf(ctx, client, alice, [a, b]);
      const again = await outputsOf(ctx, client, alice, [b, a]);
      const other = await outputsOf(ctx, client, bob, [a]);
      const hex = (u: Uint8Array) => Buffer.from(u).toString('hex');
      check(hex(first.outputs[0]!) === hex(again.outputs[1]!), 'same number, same output across requests');
      check(hex(first.outputs[1]!) === hex(again.outputs[0]!), 'order of the request is kept');
      check(hex(first.outputs[0]!) === hex(other.outputs[0]!), 'same number, same output across accounts');
      check(hex(first.outputs[0]!) !== hex(first.outputs[1]!), 'two numbers, two outputs');
    },
  },
  {
    id: 'discovery/match',
    title:
      'A registered number matches its account (the newest after re-registration); an unregistered one matches nothing',
    mode: 'relay',
    capability: 'test-hooks',
    requirements: ['REQ-DISCOVERY-002'],
    async run(ctx) {
      const client = caseClient(ctx);
      const asker = await registerAccount(client, ctx.random);
      const bob = await registerAccount(client, ctx.random);
      const stranger = randomPhoneNumber(ctx.random);
      const { outputs } = await outputsOf(ctx, client, asker, [stranger, bob.phoneNumber]);
      const matches = decodeDiscoveryLookupResponse(
        expectOk(ctx, await lookup(client, asker, outputs), 'lookup'),
      );
      ctx.log(`matches: ${matches.map((m) => m.index).join(',') || 'none'}`);
      check(matches.length === 1, 'exactly one match', 1, matches.length);
      check(matches[0]!.index === 1, 'the registered number matches', 1, matches[0]!.index);
      check(matches[0]!.accountId === bob.accountId, 'the match names its account');
      const bob2 = await registerAccount(client, ctx.random, { phoneNumber: bob.phoneNumber });
      const after = decodeDiscoveryLookupResponse(
        expectOk(ctx, await lookup(client, asker, [outputs[1]!]), 'lookup after re-registration'),
      );
      check(after.length === 1 && after[0]!.accountId === bob2.accountId, 'the match names the new account');
      const anon = await client.request('POST', '/v1/discovery/lookup', {
        body: encodeDiscoveryLookupRequest([outputs[1]!]),
      });
      expectError(ctx, anon, 'UNAUTHENTICATED', 'lookup without a token');
    },
  },
  {
    id: 'discovery/malformed',
    title: 'Invalid, identity, missing, oversized and wrong-length elements are refused',
    mode: 'relay',
    capability: 'test-hooks',
    requirements: ['REQ-DISCOVERY-003'],
    async run(ctx) {
      const client = caseClient(ctx);
      const alice = await registerAccount(client, ctx.random);
      const good = oprf.blind(input(randomPhoneNumber(ctx.random))).blinded;
      const nonCanonical = new Uint8Array(32).fill(0xff);
      const identity = new Uint8Array(32);
      expectError(
        ctx,
        await evaluate(client, alice, [good, nonCanonical]),
        'DISCOVERY_ELEMENT_INVALID',
        'non-canonical element',
      );
      expectError(
        ctx,
        await evaluate(client, alice, [identity]),
        'DISCOVERY_ELEMENT_INVALID',
        'identity element',
      );
      expectError(ctx, await evaluate(client, alice, []), 'MALFORMED_REQUEST', 'no element');
      expectError(
        ctx,
        await evaluate(client, alice, [good.subarray(0, 31)]),
        'MALFORMED_REQUEST',
        '31-byte element',
      );
      expectError(
        ctx,
        await evaluate(
          client,
          alice,
          Array.from({ length: MAX_BATCH + 1 }, () => good),
        ),
        'MALFORMED_REQUEST',
        '101 elements',
      );
      expectError(
        ctx,
        await lookup(client, alice, [new Uint8Array(63)]),
        'MALFORMED_REQUEST',
        '63-byte output',
      );
    },
  },
  {
    id: 'discovery/rate-limits',
    title: 'An account gets 500 evaluations and 500 lookups per day, then RATE_LIMITED',
    mode: 'relay',
    capability: 'test-hooks',
    requirements: ['REQ-DISCOVERY-004'],
    async run(ctx) {
      const client = caseClient(ctx);
      const alice = await registerAccount(client, ctx.random);
      const element = oprf.blind(input(randomPhoneNumber(ctx.random))).blinded;
      const batch = Array.from({ length: MAX_BATCH }, () => element);
      for (let used = 0; used < BUDGET; used += MAX_BATCH) {
        expectOk(
          ctx,
          await evaluate(client, alice, batch),
          `evaluate elements ${used + 1}-${used + MAX_BATCH}`,
        );
      }
      const over = expectError(ctx, await evaluate(client, alice, [element]), 'RATE_LIMITED', 'element 501');
      check(Number(over.details?.retryAfterMs ?? 0) > 0, 'RATE_LIMITED names a positive retryAfterMs');
      const outputs = Array.from({ length: MAX_BATCH }, () => new Uint8Array(64));
      for (let used = 0; used < BUDGET; used += MAX_BATCH) {
        expectOk(ctx, await lookup(client, alice, outputs), `lookup outputs ${used + 1}-${used + MAX_BATCH}`);
      }
      expectError(ctx, await lookup(client, alice, [outputs[0]!]), 'RATE_LIMITED', 'output 501');
    },
  },
  {
    id: 'discovery/no-retention',
    title:
      'Nothing of a discovery query is left in storage or logs: numbers, blinded and evaluated elements, outputs',
    mode: 'relay',
    capability: 'test-hooks',
    requirements: ['REQ-DISCOVERY-005'],
    async run(ctx) {
      const client = caseClient(ctx);
      const alice = await registerAccount(client, ctx.random);
      const bob = await registerAccount(client, ctx.random);
      const strangers = [randomPhoneNumber(ctx.random), randomPhoneNumber(ctx.random)];
      const numbers = [...strangers, bob.phoneNumber];
      const q = await outputsOf(ctx, client, alice, numbers);
      expectOk(ctx, await lookup(client, alice, q.outputs), 'lookup');
      const files = await client.storageDump();
      const lines = await client.logLines();
      // The registered number's output is in the index by design (spec/discovery.md §Discovery index); the query's other bytes are not.
      const needles: { label: string; text: string }[] = [];
      const add = (label: string, bytes: Uint8Array) => {
        needles.push({ label: `${label} (binary)`, text: Buffer.from(bytes).toString('latin1') });
        needles.push({ label: `${label} (hex)`, text: Buffer.from(bytes).toString('hex') });
        needles.push({ label: `${label} (base64)`, text: Buffer.from(bytes).toString('base64') });
      };
      strangers.forEach((n, i) => {
        needles.push({ label: `queried number ${i}`, text: n });
        add(`output ${i}`, q.outputs[i]!);
      });
      numbers.forEach((_, i) => {
        add(`blinded element ${i}`, q.blinded[i]!);
        add(`evaluated element ${i}`, q.evaluated[i]!);
      });
      needles.push({ label: 'registered number', text: bob.phoneNumber });
      const found = findLatin1(files, lines, needles);
      ctx.log(
        `scanned ${files.length} storage files and ${lines.length} log lines for ${needles.length} needles`,
      );
      check(found.length === 0, 'no byte of the query remains', 'none', found.join('; '));
    },
  },
];

/** {@link findSecrets} with binary needles compared byte for byte (latin1 keeps each byte as one char). */
function findLatin1(
  files: Parameters<typeof findSecrets>[0],
  lines: readonly string[],
  needles: readonly { label: string; text: string }[],
): string[] {
  const found: string[] = [];
  for (const n of needles) {
    const bytes = n.label.endsWith('(binary)') ? Buffer.from(n.text, 'latin1') : Buffer.from(n.text, 'utf8');
    for (const f of files) {
      const at = Buffer.from(f.content).indexOf(bytes);
      if (at >= 0) found.push(`${n.label} in storage file ${f.name} at offset ${at}`);
    }
    if (!n.label.endsWith('(binary)')) {
      lines.forEach((l, i) => {
        if (l.includes(n.text)) found.push(`${n.label} in log line ${i}`);
      });
    }
  }
  return found;
}
