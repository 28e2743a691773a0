/**
 * @module
 * The test-hooks profile (spec/test-hooks.md): routes under `/test-hooks/v1/`
 * that let a conformance harness move the relay clock, read the relay's
 * storage files as they are on disk and read its recent log lines. server.ts
 * registers this plugin only when the relay was started with `--test-hooks`
 * on a loopback interface, and only then advertises the `test-hooks`
 * capability at `/v1/info`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { FastifyInstance } from 'fastify';
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
import type { LogRing } from '../log.ts';
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
}

/** Fastify plugin: the test-hooks routes. */
export async function testHooksPlugin(_app: FastifyInstance, opts: TestHooksOptions): Promise<void> {
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
