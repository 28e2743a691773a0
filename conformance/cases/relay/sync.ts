/**
 * @module
 * Relay-mode cases for encrypted device sync (spec/sync.md): the record is
 * the authenticated account's own, a write naming a stale version changes
 * nothing and is refused with the current version, a replaced record leaves
 * no byte of its old ciphertext in any storage file, and the size limit
 * holds. The harness writes random bytes as ciphertext: the relay cannot
 * tell them from a real record, and they are unique in a byte scan.
 */
import {
  decodeSyncRecord,
  decodeSyncWriteResult,
  encodeSyncWrite,
  SYNC_MAX_RECORD_BYTES,
  SYNC_PATH,
  type SyncRecord,
} from '../../../reference/wire/sync.ts';
import { type CaseContext, type ConformanceCase, check } from '../../case.ts';
import {
  type Answer,
  caseClient,
  expectError,
  expectOk,
  linkDevice,
  type RelayClient,
  registerAccount,
  type TestDevice,
} from '../../lib/relayClient.ts';
import { filesContaining, randomBytesFrom } from './deliveryPeer.ts';

/** Write `ciphertext` as the device's account, naming `expected` as the current version. */
export function syncWrite(
  client: RelayClient,
  device: TestDevice | undefined,
  expected: number,
  ciphertext: Uint8Array,
): Promise<Answer> {
  return client.request('PUT', SYNC_PATH, {
    token: device?.token,
    body: encodeSyncWrite({ expectedVersion: expected, ciphertext }),
  });
}

/** Read the device's account's record; fails the case unless the relay answers one. */
export async function syncRead(
  ctx: CaseContext,
  client: RelayClient,
  device: TestDevice,
  what: string,
): Promise<SyncRecord> {
  return decodeSyncRecord(
    expectOk(ctx, await client.request('GET', SYNC_PATH, { token: device.token }), what),
  );
}

/** Write and check that the relay accepted it as `expected + 1`. */
async function writeOk(
  ctx: CaseContext,
  client: RelayClient,
  device: TestDevice,
  expected: number,
  ciphertext: Uint8Array,
  what: string,
): Promise<void> {
  const version = decodeSyncWriteResult(
    expectOk(ctx, await syncWrite(client, device, expected, ciphertext), what),
  );
  check(
    version === expected + 1,
    `${what}: the new version is one above the one named`,
    expected + 1,
    version,
  );
}

const same = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(Buffer.from(b));

/** The sync cases. */
export const SYNC_RELAY_CASES: readonly ConformanceCase[] = [
  {
    id: 'sync/own-devices-only',
    title: "an account's sync record is read and written by its own devices and by no other account",
    mode: 'relay',
    requirements: ['REQ-SYNC-001'],
    capability: 'test-hooks',
    run: async (ctx) => {
      const client = caseClient(ctx);
      const alice = await registerAccount(client, ctx.random);
      const laptop = await linkDevice(client, alice, ctx.random);
      const bob = await registerAccount(client, ctx.random);
      const first = randomBytesFrom(ctx.random, 300);
      expectError(ctx, await syncWrite(client, undefined, 0, first), 'UNAUTHENTICATED', 'anonymous write');
      expectError(ctx, await client.request('GET', SYNC_PATH), 'UNAUTHENTICATED', 'anonymous read');
      await writeOk(ctx, client, alice.primary, 0, first, "alice's primary writes version 1");
      const seen = await syncRead(ctx, client, laptop, "alice's linked device reads");
      check(
        seen.version === 1 && same(seen.ciphertext, first),
        'the linked device reads what the primary wrote',
      );
      const second = randomBytesFrom(ctx.random, 300);
      await writeOk(ctx, client, laptop, 1, second, "alice's linked device writes version 2");
      const bobs = await syncRead(ctx, client, bob.primary, 'bob reads his own record');
      check(
        bobs.version === 0 && bobs.ciphertext.length === 0,
        "bob's read shows none of alice's record",
        0,
        bobs.version,
      );
      // Bob naming alice's version writes his own record, never hers.
      const third = randomBytesFrom(ctx.random, 300);
      expectError(
        ctx,
        await syncWrite(client, bob.primary, 2, third),
        'SYNC_VERSION_CONFLICT',
        "bob writes naming alice's version",
      );
      await writeOk(ctx, client, bob.primary, 0, third, 'bob writes his own first record');
      const after = await syncRead(ctx, client, alice.primary, 'alice reads after bob wrote');
      check(
        after.version === 2 && same(after.ciphertext, second),
        "alice's record is unchanged by bob's writes",
      );
    },
  },
  {
    id: 'sync/stale-version-refused',
    title:
      'a write naming a version other than the current one changes nothing and names the current version',
    mode: 'relay',
    requirements: ['REQ-SYNC-002'],
    capability: 'test-hooks',
    run: async (ctx) => {
      const client = caseClient(ctx);
      const alice = await registerAccount(client, ctx.random);
      const laptop = await linkDevice(client, alice, ctx.random);
      const phoneCopy = randomBytesFrom(ctx.random, 200);
      const laptopCopy = randomBytesFrom(ctx.random, 200);
      // Both devices read version 0; the phone writes first.
      await writeOk(ctx, client, alice.primary, 0, phoneCopy, 'the phone writes version 1');
      for (const [expected, what] of [
        [0, 'the laptop writes naming version 0 (stale)'],
        [7, 'the laptop writes naming version 7 (never existed)'],
      ] as const) {
        const err = expectError(
          ctx,
          await syncWrite(client, laptop, expected, laptopCopy),
          'SYNC_VERSION_CONFLICT',
          what,
        );
        check(
          err.details.currentVersion === '1',
          `${what}: the answer names the current version`,
          '1',
          err.details.currentVersion,
        );
      }
      const kept = await syncRead(ctx, client, laptop, 'read after the refused writes');
      check(
        kept.version === 1 && same(kept.ciphertext, phoneCopy),
        "the phone's record was not overwritten",
        1,
        kept.version,
      );
      // The laptop merges and writes on top of version 1.
      await writeOk(ctx, client, laptop, 1, laptopCopy, 'the laptop writes naming version 1');
      expectError(
        ctx,
        await syncWrite(client, alice.primary, 1, phoneCopy),
        'SYNC_VERSION_CONFLICT',
        'the phone writes again naming version 1',
      );
    },
  },
  {
    id: 'sync/replace-erases-old',
    title: 'a replaced sync record leaves no byte of its old ciphertext in any storage file',
    mode: 'relay',
    requirements: ['REQ-SYNC-004'],
    capability: 'test-hooks',
    timeoutMs: 20_000,
    run: async (ctx) => {
      const client = caseClient(ctx);
      const alice = await registerAccount(client, ctx.random);
      // One record that fits in a page and one that spills into overflow pages.
      for (const size of [180, 9000]) {
        const { version } = await syncRead(ctx, client, alice.primary, 'read the current version');
        const old = randomBytesFrom(ctx.random, size);
        const next = randomBytesFrom(ctx.random, size);
        await writeOk(ctx, client, alice.primary, version, old, `write a ${size}-byte record`);
        await writeOk(
          ctx,
          client,
          alice.primary,
          version + 1,
          next,
          `replace it with another ${size}-byte record`,
        );
        // 32 bytes from the middle: no accident matches them, and a partial copy is found too.
        const probe = (b: Uint8Array) => b.subarray(size / 2 - 16, size / 2 + 16);
        const present = await filesContaining(client, probe(next));
        check(present.length > 0, 'the scan finds the current record (the scan works)', '≥ 1 file', present);
        const left = await filesContaining(client, probe(old));
        check(left.length === 0, `no byte of the replaced ${size}-byte record in any storage file`, [], left);
      }
    },
  },
  {
    id: 'sync/size-limit',
    title: 'a record of 65536 bytes is kept; an empty or larger one is refused with SYNC_RECORD_TOO_LARGE',
    mode: 'relay',
    requirements: ['REQ-SYNC-005'],
    capability: 'test-hooks',
    run: async (ctx) => {
      const client = caseClient(ctx);
      const alice = await registerAccount(client, ctx.random);
      expectError(
        ctx,
        await syncWrite(client, alice.primary, 0, new Uint8Array(0)),
        'SYNC_RECORD_TOO_LARGE',
        'an empty record',
      );
      expectError(
        ctx,
        await syncWrite(client, alice.primary, 0, randomBytesFrom(ctx.random, SYNC_MAX_RECORD_BYTES + 1)),
        'SYNC_RECORD_TOO_LARGE',
        'a record one byte over the limit',
      );
      const max = randomBytesFrom(ctx.random, SYNC_MAX_RECORD_BYTES);
      await writeOk(ctx, client, alice.primary, 0, max, 'a record of exactly the limit');
      const r = await syncRead(ctx, client, alice.primary, 'read it back');
      check(r.version === 1 && same(r.ciphertext, max), 'the record of the limit is kept whole');
    },
  },
];
