/**
 * @module
 * Device authentication (spec/auth.md). A device asks for a single-use
 * nonce, signs `AuthPayload` with its device key and receives a bearer token
 * valid for one hour of relay time. The plugin installs the operation
 * registry's authenticator, so every operation declared with `auth:
 * 'device'`, over HTTP or WebSocket, is checked the same way. Only SHA-256
 * digests of nonces and tokens are stored (REQ-AUTH-007).
 */
import { createHash, randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { DefTalkError } from '../../errors/index.ts';
import {
  authPayload,
  decodeTokenRequest,
  encodeAuthChallenge,
  encodeAuthToken,
  NONCE_BYTES,
} from '../../wire/auth.ts';
import { verifyEd25519 } from '../ed25519.ts';
import type { IdentityContext } from '../identityContext.ts';
import type { AuthenticatedDevice, OperationRegistry } from './operations.ts';

/** A bearer token: 32 random bytes in unpadded base64url (spec/auth.md §Tokens). */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

/** SHA-256 of a secret's bytes: what storage keeps instead of the secret. */
export function secretDigest(secret: Uint8Array | string): Buffer {
  return createHash('sha256').update(secret).digest();
}

/** A fresh random token string and its storage digest (spec/auth.md §Tokens). */
export function newToken(): { token: string; digest: Buffer } {
  const token = randomBytes(32).toString('base64url');
  return { token, digest: secretDigest(token) };
}

/**
 * Resolve `Authorization: Bearer <token>` (spec/auth.md §Presenting a token):
 * undefined without the header, UNAUTHENTICATED for a malformed, unknown,
 * expired or revoked token.
 */
export async function deviceOfRequest(
  ctx: IdentityContext,
  request: FastifyRequest,
): Promise<AuthenticatedDevice | DefTalkError | undefined> {
  const header = request.headers.authorization;
  if (header === undefined) return undefined;
  const m = /^Bearer ([^\s]+)$/.exec(header);
  if (!m || !TOKEN_SHAPE.test(m[1]!)) return new DefTalkError('UNAUTHENTICATED');
  const device = await ctx.auth.tokenDevice(secretDigest(m[1]!), ctx.clock.now());
  return device ?? new DefTalkError('UNAUTHENTICATED');
}

/** Options of {@link authPlugin}. */
export interface AuthOptions {
  operations: OperationRegistry;
  identity: IdentityContext;
}

/** Fastify plugin: challenge and token operations, and the registry's authenticator. */
export async function authPlugin(_app: FastifyInstance, opts: AuthOptions): Promise<void> {
  const { operations, identity: ctx } = opts;
  const { limits } = ctx;

  operations.useAuthenticator({
    request: (request) => deviceOfRequest(ctx, request),
    upgrade: (request) => deviceOfRequest(ctx, request),
  });

  operations.add({
    name: 'auth.challenge',
    method: 'POST',
    path: '/v1/auth/challenge',
    auth: 'none',
    encodeBody: encodeAuthChallenge,
    // spec/auth.md §Challenge.
    handle: async () => {
      const now = ctx.clock.now();
      const nonce = randomBytes(NONCE_BYTES);
      const stored = await ctx.auth.addChallenge(
        secretDigest(nonce),
        now + limits.challengeTtlMs,
        now,
        limits.maxChallenges,
      );
      if (!stored) throw new DefTalkError('RATE_LIMITED', { retryAfterMs: limits.challengeTtlMs });
      return { nonce, expiresInMs: limits.challengeTtlMs };
    },
  });

  operations.add({
    name: 'auth.token',
    method: 'POST',
    path: '/v1/auth/token',
    auth: 'none',
    decodeBody: decodeTokenRequest,
    encodeBody: encodeAuthToken,
    // spec/auth.md §Token request, steps 1-5.
    handle: async ({ body }) => {
      const now = ctx.clock.now();
      // The nonce is consumed before anything else is checked, so a nonce can
      // never be tried twice, whatever the first attempt's outcome.
      if (!(await ctx.auth.takeChallenge(secretDigest(body.nonce), now))) {
        throw new DefTalkError('AUTH_CHALLENGE_INVALID');
      }
      const device = await ctx.accounts.device(body.accountId, body.deviceId);
      // An unknown device and a bad signature answer alike, so the answer does
      // not reveal which (account, device) pairs exist.
      if (
        !device ||
        !verifyEd25519(
          device.deviceKey,
          authPayload(body.nonce, body.accountId, body.deviceId),
          body.signature,
        )
      ) {
        throw new DefTalkError('UNAUTHENTICATED');
      }
      const { token, digest } = newToken();
      await ctx.auth.addToken(digest, body.accountId, body.deviceId, now + limits.tokenTtlMs);
      return { token, expiresInMs: limits.tokenTtlMs };
    },
  });
}
