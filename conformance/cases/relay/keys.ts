/**
 * @module
 * Relay-mode cases for the key directory (spec/keys.md): signature checks
 * on upload, bundle content, one-time keys handed out once under concurrent
 * fetches, the last-resort key, the low-supply signal and the rate limit.
 */
import { ed25519 } from '@noble/curves/ed25519.js';
import {
  decodePreKeyBundle,
  decodePreKeyStatus,
  kemPreKeyPayload,
  type PreKeyBundle,
} from '../../../reference/wire/keys.ts';
import { type ConformanceCase, check } from '../../case.ts';
import {
  caseClient,
  expectError,
  expectOk,
  makePreKeys,
  type RelayClient,
  registerAccount,
  type TestAccount,
  uploadPreKeys,
} from '../../lib/relayClient.ts';

/** Low-supply threshold of spec/keys.md §Supply. */
const LOW_SUPPLY = 10;
/** Most bundles one account may fetch within an hour (REQ-KEYS-006). */
const MAX_FETCHES_PER_HOUR = 200;

function fetchBundle(client: RelayClient, requester: TestAccount, target: TestAccount) {
  return client.request('GET', `/v1/keys/${target.accountId}/${target.primary.deviceId}`, {
    token: requester.primary.token,
  });
}

/** Key directory cases. */
export const KEYS_RELAY_CASES: readonly ConformanceCase[] = [
  {
    id: 'keys/bundle',
    title: 'A bundle carries the identity key and the uploaded signed, ML-KEM and one-time prekeys unchanged',
    mode: 'relay',
    capability: 'test-hooks',
    requirements: ['REQ-KEYS-002', 'REQ-KEYS-008'],
    async run(ctx) {
      const client = caseClient(ctx);
      const bob = await registerAccount(client, ctx.random);
      const alice = await registerAccount(client, ctx.random);
      expectError(
        ctx,
        await fetchBundle(client, alice, bob),
        'PREKEYS_UNAVAILABLE',
        'bundle before any upload',
      );
      const keys = makePreKeys(bob.identity, ctx.random, { oneTime: 1, kem: 1 });
      expectOk(ctx, await uploadPreKeys(client, bob.primary, keys), 'upload');
      const b = decodePreKeyBundle(expectOk(ctx, await fetchBundle(client, alice, bob), 'fetch'));
      check(Buffer.from(b.identityKey).equals(bob.identity.publicKey), 'identity key');
      check(Buffer.from(b.signedPreKey.publicKey).equals(keys.signedPreKey.publicKey), 'signed prekey');
      check(
        Buffer.from(b.signedPreKey.signature).equals(keys.signedPreKey.signature),
        'signed prekey signature',
      );
      check(Buffer.from(b.kemPreKey.publicKey).equals(keys.kemPreKeys[0]!.publicKey), 'ML-KEM prekey');
      check(
        Buffer.from(b.oneTimePreKey?.publicKey ?? []).equals(keys.oneTimePreKeys[0]!.publicKey),
        'one-time prekey',
      );
      const none = await client.request('GET', `/v1/keys/${'f'.repeat(32)}/1`, {
        token: alice.primary.token,
      });
      expectError(ctx, none, 'ACCOUNT_NOT_FOUND', 'unknown account');
      expectError(
        ctx,
        await client.request('GET', `/v1/keys/${bob.accountId}/9`, { token: alice.primary.token }),
        'DEVICE_NOT_FOUND',
        'unknown device',
      );
    },
  },
  {
    id: 'keys/bad-signature',
    title: 'An upload with a prekey signature that does not verify under the identity key is refused whole',
    mode: 'relay',
    capability: 'test-hooks',
    requirements: ['REQ-KEYS-001', 'REQ-SESSION-001'],
    async run(ctx) {
      const client = caseClient(ctx);
      const bob = await registerAccount(client, ctx.random);
      const good = makePreKeys(bob.identity, ctx.random, { oneTime: 3, kem: 2 });
      const flip = (sig: Uint8Array) => {
        const s = new Uint8Array(sig);
        s[0]! ^= 1;
        return s;
      };
      const badSpk = {
        ...good,
        signedPreKey: { ...good.signedPreKey, signature: flip(good.signedPreKey.signature) },
      };
      expectError(
        ctx,
        await uploadPreKeys(client, bob.primary, badSpk),
        'BAD_SIGNATURE',
        'bad signed prekey signature',
      );
      const wrongId = { ...good, signedPreKey: { ...good.signedPreKey, keyId: good.signedPreKey.keyId + 1 } };
      expectError(
        ctx,
        await uploadPreKeys(client, bob.primary, wrongId),
        'BAD_SIGNATURE',
        'signature over another key id',
      );
      const badKem = {
        ...good,
        kemPreKeys: [
          good.kemPreKeys[0]!,
          { ...good.kemPreKeys[1]!, signature: flip(good.kemPreKeys[1]!.signature) },
        ],
      };
      expectError(
        ctx,
        await uploadPreKeys(client, bob.primary, badKem),
        'BAD_SIGNATURE',
        'bad ML-KEM prekey signature',
      );
      const status = decodePreKeyStatus(
        expectOk(ctx, await client.request('GET', '/v1/keys/status', { token: bob.primary.token }), 'status'),
      );
      check(
        status.oneTimePreKeys === 0 && status.kemPreKeys === 0 && !status.signedPreKey,
        'nothing of the refused batches was stored',
        0,
        status,
      );
    },
  },
  {
    id: 'keys/one-time-once',
    title: 'Under 20 concurrent fetches, each of 10 one-time prekeys is handed out exactly once',
    mode: 'relay',
    capability: 'test-hooks',
    requirements: ['REQ-KEYS-003'],
    async run(ctx) {
      const client = caseClient(ctx);
      const bob = await registerAccount(client, ctx.random);
      const alice = await registerAccount(client, ctx.random);
      const keys = makePreKeys(bob.identity, ctx.random, { oneTime: 10, kem: 10, lastResort: true });
      expectOk(ctx, await uploadPreKeys(client, bob.primary, keys), 'upload 10 + 10 + last resort');
      const answers = await Promise.all(Array.from({ length: 20 }, () => fetchBundle(client, alice, bob)));
      const bundles: PreKeyBundle[] = answers.map((a, i) =>
        decodePreKeyBundle(expectOk(ctx, a, `fetch #${i + 1}`)),
      );
      const oneTime = bundles.flatMap((b) => (b.oneTimePreKey ? [b.oneTimePreKey.keyId] : []));
      const kem = bundles.filter((b) => !b.kemPreKey.lastResort).map((b) => b.kemPreKey.keyId);
      ctx.log(`one-time ids handed out: ${oneTime.sort((x, y) => x - y).join(',')}`);
      check(
        new Set(oneTime).size === oneTime.length,
        'no one-time prekey twice',
        oneTime.length,
        new Set(oneTime).size,
      );
      check(oneTime.length === 10, 'every one-time prekey handed out', 10, oneTime.length);
      check(
        new Set(kem).size === kem.length && kem.length === 10,
        'each one-time ML-KEM prekey once',
        10,
        kem.length,
      );
      const lastResort = bundles.filter((b) => b.kemPreKey.lastResort);
      check(
        lastResort.length === 10,
        'the other 10 bundles carry the last-resort key',
        10,
        lastResort.length,
      );
    },
  },
  {
    id: 'keys/last-resort',
    title: 'When one-time ML-KEM prekeys run out the last-resort key is served again and again',
    mode: 'relay',
    capability: 'test-hooks',
    requirements: ['REQ-KEYS-004'],
    async run(ctx) {
      const client = caseClient(ctx);
      const bob = await registerAccount(client, ctx.random);
      const alice = await registerAccount(client, ctx.random);
      const keys = makePreKeys(bob.identity, ctx.random, { kem: 1, lastResort: true });
      expectOk(ctx, await uploadPreKeys(client, bob.primary, keys), 'upload');
      const ids: number[] = [];
      for (let i = 0; i < 3; i++) {
        const b = decodePreKeyBundle(expectOk(ctx, await fetchBundle(client, alice, bob), `fetch #${i + 1}`));
        ids.push(b.kemPreKey.keyId);
        check(b.oneTimePreKey === undefined, 'no one-time prekey was uploaded');
      }
      const lr = keys.kemPreKeys.find((k) => k.lastResort)!.keyId;
      check(
        ids[0] !== lr && ids[1] === lr && ids[2] === lr,
        'one-time first, then the last-resort key',
        [ids[0], lr, lr],
        ids,
      );
    },
  },
  {
    id: 'keys/low-supply',
    title:
      'Upload and status answers set low_supply while fewer than ten one-time keys of either kind remain',
    mode: 'relay',
    capability: 'test-hooks',
    requirements: ['REQ-KEYS-005'],
    async run(ctx) {
      const client = caseClient(ctx);
      const bob = await registerAccount(client, ctx.random);
      const alice = await registerAccount(client, ctx.random);
      const keys = makePreKeys(bob.identity, ctx.random, {
        oneTime: LOW_SUPPLY,
        kem: LOW_SUPPLY,
        lastResort: true,
      });
      const up = decodePreKeyStatus(
        expectOk(ctx, await uploadPreKeys(client, bob.primary, keys), 'upload 10 + 10'),
      );
      check(
        up.oneTimePreKeys === LOW_SUPPLY && up.kemPreKeys === LOW_SUPPLY,
        'the answer counts the keys',
        LOW_SUPPLY,
        up,
      );
      check(!up.lowSupply, 'ten of each is not low', false, up.lowSupply);
      expectOk(ctx, await fetchBundle(client, alice, bob), 'one fetch');
      const st = decodePreKeyStatus(
        expectOk(ctx, await client.request('GET', '/v1/keys/status', { token: bob.primary.token }), 'status'),
      );
      check(
        st.oneTimePreKeys === LOW_SUPPLY - 1,
        'one one-time key fewer',
        LOW_SUPPLY - 1,
        st.oneTimePreKeys,
      );
      check(st.lowSupply, 'nine is low', true, st.lowSupply);
      // Each kind on its own: plenty of one kind never hides a low supply of
      // the other, and each count is the count of its own kind.
      for (const [oneTime, kem] of [
        [2 * LOW_SUPPLY, LOW_SUPPLY - 1],
        [LOW_SUPPLY - 1, 2 * LOW_SUPPLY],
      ] as const) {
        const carol = await registerAccount(client, ctx.random);
        const mixed = makePreKeys(carol.identity, ctx.random, { oneTime, kem, lastResort: true });
        const got = decodePreKeyStatus(
          expectOk(ctx, await uploadPreKeys(client, carol.primary, mixed), `upload ${oneTime} + ${kem}`),
        );
        ctx.log(`upload ${oneTime} X25519 + ${kem} ML-KEM: ${JSON.stringify(got)}`);
        check(
          got.oneTimePreKeys === oneTime && got.kemPreKeys === kem,
          'each kind is counted on its own',
          { oneTime, kem },
          { oneTime: got.oneTimePreKeys, kem: got.kemPreKeys },
        );
        check(got.lowSupply, `${Math.min(oneTime, kem)} of one kind is low`, true, got.lowSupply);
      }
    },
  },
  {
    id: 'keys/upload-refusals',
    title: 'Reused prekey ids, oversized batches and invalid ML-KEM keys are refused',
    mode: 'relay',
    capability: 'test-hooks',
    requirements: ['REQ-KEYS-007'],
    async run(ctx) {
      const client = caseClient(ctx);
      const bob = await registerAccount(client, ctx.random);
      const keys = makePreKeys(bob.identity, ctx.random, { oneTime: 2, kem: 1 });
      expectOk(ctx, await uploadPreKeys(client, bob.primary, keys), 'first upload');
      expectError(
        ctx,
        await uploadPreKeys(client, bob.primary, { oneTimePreKeys: keys.oneTimePreKeys }),
        'DUPLICATE_PREKEY_ID',
        'same one-time ids again',
      );
      const many = makePreKeys(bob.identity, ctx.random, { oneTime: 101, firstId: 1000 });
      expectError(
        ctx,
        await uploadPreKeys(client, bob.primary, { oneTimePreKeys: many.oneTimePreKeys }),
        'PREKEY_BATCH_TOO_LARGE',
        '101 one-time keys',
      );
      const bad = makePreKeys(bob.identity, ctx.random, { kem: 1, firstId: 2000 }).kemPreKeys[0]!;
      const ek = new Uint8Array(bad.publicKey);
      ek[0] = 0xff;
      ek[1] = ek[1]! | 0x0f; // the first coefficient becomes 4095, not below q
      const signature = ed25519.sign(kemPreKeyPayload(ek, bad.keyId), bob.identity.seed);
      expectError(
        ctx,
        await uploadPreKeys(client, bob.primary, { kemPreKeys: [{ ...bad, publicKey: ek, signature }] }),
        'INVALID_KEY',
        'ML-KEM key with a coefficient above q',
      );
    },
  },
  {
    id: 'keys/rate-limit',
    title: `One account fetching bundles is refused with RATE_LIMITED within ${MAX_FETCHES_PER_HOUR + 1} fetches, and a refusal hands out no key`,
    mode: 'relay',
    capability: 'test-hooks',
    requirements: ['REQ-KEYS-006'],
    timeoutMs: 60_000,
    async run(ctx) {
      const client = caseClient(ctx);
      const bob = await registerAccount(client, ctx.random);
      const alice = await registerAccount(client, ctx.random);
      expectOk(
        ctx,
        await uploadPreKeys(client, bob.primary, makePreKeys(bob.identity, ctx.random, { lastResort: true })),
        'upload',
      );
      let limited = 0;
      for (let i = 1; i <= MAX_FETCHES_PER_HOUR + 1 && limited === 0; i++) {
        const a = await fetchBundle(client, alice, bob);
        if (a.error?.name === 'RATE_LIMITED') limited = i;
        else expectOk(ctx, a, `fetch #${i}`);
      }
      ctx.log(`first refusal at fetch #${limited}`);
      check(limited > 0, `refused within ${MAX_FETCHES_PER_HOUR + 1} fetches`);
      const again = await fetchBundle(client, alice, bob);
      const e = expectError(ctx, again, 'RATE_LIMITED', 'next fetch');
      check(e.retryAfterMs > 0, 'the refusal names a retry interval', '> 0', e.retryAfterMs);
      // Another requester is not limited by alice's fetches.
      const carol = await registerAccount(client, ctx.random);
      expectOk(ctx, await fetchBundle(client, carol, bob), 'another account fetches');
      const keys = makePreKeys(bob.identity, ctx.random, { oneTime: 1, firstId: 500 });
      expectOk(
        ctx,
        await uploadPreKeys(client, bob.primary, { oneTimePreKeys: keys.oneTimePreKeys }),
        'one one-time key',
      );
      expectError(ctx, await fetchBundle(client, alice, bob), 'RATE_LIMITED', 'limited fetch');
      const st = decodePreKeyStatus(
        await client.ok('status', 'GET', '/v1/keys/status', { token: bob.primary.token }),
      );
      check(st.oneTimePreKeys === 1, 'the limited fetch handed out no one-time key', 1, st.oneTimePreKeys);
    },
  },
];
