/**
 * @module
 * Relay-mode cases for device authentication (spec/auth.md): challenge,
 * signed token request, bearer tokens over HTTP and the WebSocket upgrade.
 */
import { ed25519 } from '@noble/curves/ed25519.js';
import WebSocket from 'ws';
import { authPayload, decodeAuthChallenge, encodeTokenRequest } from '../../../reference/wire/auth.ts';
import type { AccountId, DeviceId } from '../../../reference/wire/ids.ts';
import { type ConformanceCase, check } from '../../case.ts';
import {
  caseClient,
  expectError,
  expectOk,
  findSecrets,
  type RelayClient,
  randomSeed,
  registerAccount,
  requestToken,
} from '../../lib/relayClient.ts';

/** Longest token lifetime the spec allows (REQ-AUTH-005). */
const MAX_TOKEN_TTL_MS = 3600_000;
/** Longest challenge lifetime the spec allows (REQ-AUTH-001). */
const MAX_CHALLENGE_TTL_MS = 60_000;

async function challenge(client: RelayClient): Promise<Uint8Array> {
  return decodeAuthChallenge(await client.ok('challenge', 'POST', '/v1/auth/challenge')).nonce;
}

function tokenRequest(
  client: RelayClient,
  accountId: AccountId,
  deviceId: DeviceId,
  nonce: Uint8Array,
  signature: Uint8Array,
) {
  return client.request('POST', '/v1/auth/token', {
    body: encodeTokenRequest({ accountId, deviceId, nonce, signature }),
  });
}

/** Open a WebSocket with `token`; resolves with whether it opened and, if refused, the HTTP status. */
function openSocket(
  client: RelayClient,
  token: string,
): Promise<{ opened: boolean; status: number; ws: WebSocket }> {
  const url = new URL('/v1/websocket', client.base);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  const ws = new WebSocket(url, { headers: { authorization: `Bearer ${token}` } });
  return new Promise((resolve) => {
    ws.once('open', () => resolve({ opened: true, status: 101, ws }));
    ws.once('unexpected-response', (_req, res) => {
      resolve({ opened: false, status: res.statusCode ?? 0, ws });
      res.resume();
    });
    ws.once('error', () => resolve({ opened: false, status: 0, ws }));
  });
}

/** Authentication cases. */
export const AUTH_RELAY_CASES: readonly ConformanceCase[] = [
  {
    id: 'auth/token-works',
    title: 'A signed challenge yields a bearer token that authenticates; no or a bad token does not',
    mode: 'relay',
    capability: 'test-hooks',
    requirements: ['REQ-AUTH-001', 'REQ-AUTH-004'],
    async run(ctx) {
      const client = caseClient(ctx);
      const a = await registerAccount(client, ctx.random);
      const nonce = await challenge(client);
      check(nonce.length === 32, 'the nonce has 32 bytes', 32, nonce.length);
      expectOk(
        ctx,
        await client.request('GET', '/v1/accounts/me', { token: a.primary.token }),
        'with the token',
      );
      expectError(ctx, await client.request('GET', '/v1/accounts/me'), 'UNAUTHENTICATED', 'without a token');
      const forged = Buffer.from(randomSeed(ctx.random)).toString('base64url');
      expectError(
        ctx,
        await client.request('GET', '/v1/accounts/me', { token: forged }),
        'UNAUTHENTICATED',
        'unknown token',
      );
      expectError(
        ctx,
        await client.request('GET', '/v1/accounts/me', { token: 'not a token' }),
        'UNAUTHENTICATED',
        'malformed token',
      );
    },
  },
  {
    id: 'auth/forged-signature',
    title:
      'A token request signed by another key, or over another device id, is refused with UNAUTHENTICATED',
    mode: 'relay',
    capability: 'test-hooks',
    requirements: ['REQ-AUTH-002'],
    async run(ctx) {
      const client = caseClient(ctx);
      const a = await registerAccount(client, ctx.random);
      const d = a.primary;
      let nonce = await challenge(client);
      const wrongKey = ed25519.sign(authPayload(nonce, a.accountId, d.deviceId), randomSeed(ctx.random));
      expectError(
        ctx,
        await tokenRequest(client, a.accountId, d.deviceId, nonce, wrongKey),
        'UNAUTHENTICATED',
        'signed by another key',
      );
      nonce = await challenge(client);
      const otherDevice = ed25519.sign(authPayload(nonce, a.accountId, 2 as DeviceId), d.key.seed);
      expectError(
        ctx,
        await tokenRequest(client, a.accountId, d.deviceId, nonce, otherDevice),
        'UNAUTHENTICATED',
        'payload names device 2',
      );
      nonce = await challenge(client);
      const noLabel = ed25519.sign(nonce, d.key.seed);
      expectError(
        ctx,
        await tokenRequest(client, a.accountId, d.deviceId, nonce, noLabel),
        'UNAUTHENTICATED',
        'nonce signed without the label',
      );
    },
  },
  {
    id: 'auth/replayed-nonce',
    title: 'A nonce serves one token request only, even after a failed one; an expired nonce is refused',
    mode: 'relay',
    capability: 'test-hooks',
    requirements: ['REQ-AUTH-001', 'REQ-AUTH-003'],
    async run(ctx) {
      const client = caseClient(ctx);
      const a = await registerAccount(client, ctx.random);
      const d = a.primary;
      const nonce = await challenge(client);
      const sig = ed25519.sign(authPayload(nonce, a.accountId, d.deviceId), d.key.seed);
      expectOk(ctx, await tokenRequest(client, a.accountId, d.deviceId, nonce, sig), 'first use');
      expectError(
        ctx,
        await tokenRequest(client, a.accountId, d.deviceId, nonce, sig),
        'AUTH_CHALLENGE_INVALID',
        'replay',
      );
      const nonce2 = await challenge(client);
      const bad = ed25519.sign(authPayload(nonce2, a.accountId, d.deviceId), randomSeed(ctx.random));
      expectError(
        ctx,
        await tokenRequest(client, a.accountId, d.deviceId, nonce2, bad),
        'UNAUTHENTICATED',
        'failed first use',
      );
      const good2 = ed25519.sign(authPayload(nonce2, a.accountId, d.deviceId), d.key.seed);
      expectError(
        ctx,
        await tokenRequest(client, a.accountId, d.deviceId, nonce2, good2),
        'AUTH_CHALLENGE_INVALID',
        'retry after failure',
      );
      const nonce3 = await challenge(client);
      await client.advanceClock(MAX_CHALLENGE_TTL_MS + 1000);
      const late = ed25519.sign(authPayload(nonce3, a.accountId, d.deviceId), d.key.seed);
      expectError(
        ctx,
        await tokenRequest(client, a.accountId, d.deviceId, nonce3, late),
        'AUTH_CHALLENGE_INVALID',
        'expired nonce',
      );
    },
  },
  {
    id: 'auth/token-expiry',
    title: 'A token stops working one hour of relay time after it was issued',
    mode: 'relay',
    capability: 'test-hooks',
    requirements: ['REQ-AUTH-005'],
    async run(ctx) {
      const client = caseClient(ctx);
      const a = await registerAccount(client, ctx.random);
      expectOk(
        ctx,
        await client.request('GET', '/v1/accounts/me', { token: a.primary.token }),
        'fresh token',
      );
      await client.advanceClock(MAX_TOKEN_TTL_MS + 1000);
      expectError(
        ctx,
        await client.request('GET', '/v1/accounts/me', { token: a.primary.token }),
        'UNAUTHENTICATED',
        'token after one hour',
      );
      const fresh = await requestToken(client, a.accountId, a.primary.deviceId, a.primary.key);
      expectOk(ctx, await client.request('GET', '/v1/accounts/me', { token: fresh }), 'new token');
    },
  },
  {
    id: 'auth/websocket',
    title: 'The WebSocket upgrade accepts a valid token and refuses a bad one',
    mode: 'relay',
    capability: 'test-hooks',
    requirements: ['REQ-AUTH-008'],
    async run(ctx) {
      const client = caseClient(ctx);
      const a = await registerAccount(client, ctx.random);
      const good = await openSocket(client, a.primary.token);
      ctx.log(`upgrade with the token: opened=${good.opened}`);
      check(good.opened, 'the upgrade with a valid token succeeds');
      good.ws.close(1000);
      const bad = await openSocket(client, Buffer.from(randomSeed(ctx.random)).toString('base64url'));
      ctx.log(`upgrade with an unknown token: opened=${bad.opened} status=${bad.status}`);
      check(!bad.opened, 'the upgrade with an unknown token is refused');
      check(bad.status === 401, 'the refusal is 401', 401, bad.status);
    },
  },
  {
    id: 'auth/nothing-in-clear',
    title: 'No bearer token or nonce appears in the relay storage or logs',
    mode: 'relay',
    capability: 'test-hooks',
    requirements: ['REQ-AUTH-007'],
    async run(ctx) {
      const client = caseClient(ctx);
      const a = await registerAccount(client, ctx.random);
      await client.request('GET', '/v1/accounts/me', { token: a.primary.token });
      const nonce = await challenge(client);
      const files = await client.storageDump();
      const lines = await client.logLines();
      const found = findSecrets(files, lines, [{ label: 'token', text: a.primary.token }]);
      const raw = [
        ['token bytes', Buffer.from(a.primary.token, 'base64url')],
        ['nonce', Buffer.from(nonce)],
      ] as const;
      for (const f of files) {
        for (const [label, bytes] of raw)
          if (Buffer.from(f.content).indexOf(bytes) >= 0) found.push(`${label} in ${f.name}`);
      }
      ctx.log(`scanned ${files.length} storage files and ${lines.length} log lines`);
      check(found.length === 0, 'no token or nonce in storage or logs', [], found);
    },
  },
];
