/**
 * @module
 * The test-hooks profile (spec/test-hooks.md): routes under `/test-hooks/v1/`
 * that let a conformance harness move the relay clock, read the relay's
 * storage files as they are on disk and read its recent log lines. server.ts
 * registers this plugin only when the relay was started with `--test-hooks`
 * on a loopback interface, and only then advertises the `test-hooks`
 * capability at `/v1/info`.
 */
import { generateKeyPairSync, randomBytes, sign } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { DefTalkError } from '../../errors/index.ts';
import { deviceListPayload, encodeDeviceList } from '../../wire/account.ts';
import { type AccountId, PRIMARY_DEVICE_ID } from '../../wire/ids.ts';
import {
  type ClockState,
  decodeClockAdvance,
  decodeClockSet,
  encodeClockState,
  encodeLogLines,
  encodeStorageDump,
  type StorageFile,
} from '../../wire/testHooks.ts';
import type { RelayClock } from '../clock.ts';
import type { IdentityContext } from '../identityContext.ts';
import type { LogRing } from '../log.ts';
import { newToken } from './auth.ts';
import { sendError } from './errors.ts';
import type { OperationRegistry } from './operations.ts';

/** Path prefix of every hook (spec/test-hooks.md §Routes). */
export const TEST_HOOKS_PREFIX = '/test-hooks/v1';

/** What the hooks reach into. */
export interface TestHooksOptions {
  operations: OperationRegistry;
  clock: RelayClock;
  /** The relay's storage directory. */
  dataDir: string;
  logs: LogRing;
  /** Storage outside `dataDir` (a shared PostgreSQL's live tables, spec/deployment.md), dumped after the files. */
  extraFiles?: () => Promise<StorageFile[]>;
  /** The identity stores, for the benchmark's account provisioning (spec/test-hooks.md §Benchmark accounts). */
  identity?: IdentityContext;
}

/** Accounts one provisioning request creates at most. */
const MAX_PROVISION = 1000;
/** Accounts created at once (fewer than the PostgreSQL pool's ten connections). */
const PROVISION_CONCURRENCY = 8;

/** Fastify plugin: the test-hooks routes. */
export async function testHooksPlugin(app: FastifyInstance, opts: TestHooksOptions): Promise<void> {
  const { operations, clock } = opts;
  const state = (): ClockState => ({ nowMs: clock.now(), offsetMs: clock.offsetMs });
  const clockJson = (s: ClockState) => ({ nowMs: s.nowMs, offsetMs: s.offsetMs });

  operations.add({
    name: 'hooks.clock.get',
    method: 'GET',
    path: `${TEST_HOOKS_PREFIX}/clock`,
    auth: 'none',
    encodeBody: encodeClockState,
    jsonBody: clockJson,
    handle: async () => state(),
  });
  operations.add({
    name: 'hooks.clock.advance',
    method: 'POST',
    path: `${TEST_HOOKS_PREFIX}/clock/advance`,
    auth: 'none',
    decodeBody: decodeClockAdvance,
    encodeBody: encodeClockState,
    jsonBody: clockJson,
    handle: async ({ body }) => {
      clock.advance(body);
      return state();
    },
  });
  operations.add({
    name: 'hooks.clock.set',
    method: 'POST',
    path: `${TEST_HOOKS_PREFIX}/clock/set`,
    auth: 'none',
    decodeBody: decodeClockSet,
    encodeBody: encodeClockState,
    jsonBody: clockJson,
    handle: async ({ body }) => {
      clock.set(body);
      return state();
    },
  });
  operations.add({
    name: 'hooks.storage.dump',
    method: 'GET',
    path: `${TEST_HOOKS_PREFIX}/storage`,
    auth: 'none',
    encodeBody: encodeStorageDump,
    jsonBody: (files: StorageFile[]) => ({
      files: files.map((f) => ({ name: f.name, contentBase64: Buffer.from(f.content).toString('base64') })),
    }),
    // Read the files as they are: no checkpoint first, so what sits only in
    // the write-ahead log is seen too (spec/test-hooks.md §Storage).
    handle: async () => [...dumpDirectory(opts.dataDir), ...((await opts.extraFiles?.()) ?? [])],
  });
  operations.add({
    name: 'hooks.logs.read',
    method: 'GET',
    path: `${TEST_HOOKS_PREFIX}/logs`,
    auth: 'none',
    encodeBody: encodeLogLines,
    jsonBody: (lines: string[]) => ({ lines }),
    handle: async () => opts.logs.lines(),
  });
  const identity = opts.identity;
  if (identity) {
    // spec/test-hooks.md §Benchmark accounts (REQ-HOOKS-007): accounts and tokens without the
    // registration and sign-in round trips, so a benchmark can hold 100 000 devices.
    app.post(`${TEST_HOOKS_PREFIX}/bench/accounts`, async (request, reply) => {
      const count = (request.body as { count?: unknown } | null)?.count;
      if (!Number.isInteger(count) || (count as number) < 1 || (count as number) > MAX_PROVISION) {
        return sendError(request, reply, new DefTalkError('MALFORMED_REQUEST'));
      }
      // A few at a time: the statements of one request must not outwait the pool's connect timeout.
      const devices: Awaited<ReturnType<typeof provisionAccount>>[] = [];
      while (devices.length < (count as number)) {
        const n = Math.min(PROVISION_CONCURRENCY, (count as number) - devices.length);
        devices.push(...(await Promise.all(Array.from({ length: n }, () => provisionAccount(identity)))));
      }
      return { devices };
    });
  }
}

/** One account with its primary device and a bearer token; the private keys are discarded. */
async function provisionAccount(
  ctx: IdentityContext,
): Promise<{ accountId: AccountId; deviceId: number; token: string }> {
  const raw = (k: ReturnType<typeof generateKeyPairSync>['publicKey']) =>
    new Uint8Array(k.export({ format: 'der', type: 'spki' }).subarray(12));
  const identityKey = generateKeyPairSync('ed25519');
  const deviceKey = raw(generateKeyPairSync('ed25519').publicKey);
  const now = ctx.clock.now();
  const list = encodeDeviceList({
    version: 1,
    devices: [{ deviceId: PRIMARY_DEVICE_ID, deviceKey, addedAtMs: now }],
  });
  const accountId = randomBytes(16).toString('hex') as AccountId;
  // A tag of no phone number: nothing discoverable, nothing to collide with a real one.
  const tag = randomBytes(32);
  await ctx.accounts.register(
    tag,
    {
      accountId,
      identityKey: raw(identityKey.publicKey),
      list: {
        deviceList: list,
        signature: new Uint8Array(sign(null, deviceListPayload(list), identityKey.privateKey)),
        version: 1,
        maxDeviceId: PRIMARY_DEVICE_ID,
      },
      createdAt: now,
    },
    { deviceId: PRIMARY_DEVICE_ID, deviceKey },
  );
  const { token, digest } = newToken();
  await ctx.auth.addToken(digest, accountId, PRIMARY_DEVICE_ID, now + ctx.limits.tokenTtlMs);
  return { accountId, deviceId: PRIMARY_DEVICE_ID, token };
}

/** Every regular file under `dir`, sorted by name, read as bytes. */
export function dumpDirectory(dir: string): StorageFile[] {
  const files: StorageFile[] = [];
  const visit = (d: string): void => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (entry.isFile()) {
        try {
          files.push({ name: relative(dir, path).split(sep).join('/'), content: readFileSync(path) });
        } catch {
          // A file removed between listing and reading (a finished WAL) is simply absent.
        }
      }
    }
  };
  visit(dir);
  return files.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
