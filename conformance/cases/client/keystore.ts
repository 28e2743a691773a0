/**
 * @module
 * Client-mode cases of the key store (spec/client.md §Key store): the
 * client under test writes its state with a passphrase the case chooses,
 * hands back the file, and must refuse a wrong passphrase and any altered
 * or truncated file, while the file holds no secret the case planted (the
 * identity seed) in raw, hex or base64 form.
 */
import {
  type CaseContext,
  CheckFailed,
  type ConformanceCase,
  check,
  checkEqual,
  DriverError,
} from '../../case.ts';
import { b64, caseRandom, unb64 } from './_peer.ts';
import { createIdentity } from './session.ts';

const CAP = 'client.keystore';
const PASSPHRASE = 'correct horse battery staple';

async function storeWithSeed(
  ctx: CaseContext,
): Promise<{ seed: Uint8Array; identityKey: Uint8Array; file: Uint8Array }> {
  const seed = caseRandom(ctx)(32);
  const { identityKey } = await createIdentity(ctx, { identitySeed: b64(seed) });
  // Prekeys and a session make the file hold more than the identity.
  await ctx.driver!.call('keys.generate', { oneTime: 3, kem: 1 });
  const { file } = await ctx.driver!.call<{ file: string }>('keystore.create', { passphrase: PASSPHRASE });
  return { seed, identityKey, file: unb64(file) };
}

/** Open `file` with `passphrase`; the registered error name, or 'OPENED'. */
async function openOutcome(ctx: CaseContext, file: Uint8Array, passphrase: string): Promise<string> {
  try {
    await ctx.driver!.call('keystore.open', { file: b64(file), passphrase });
    return 'OPENED';
  } catch (e) {
    if (e instanceof DriverError) return e.errorName;
    throw e;
  }
}

/** Cases of this module. */
export const KEYSTORE_CLIENT_CASES: readonly ConformanceCase[] = [
  {
    id: 'client-keystore/passphrase',
    title: 'The key store opens with its passphrase and refuses any other with KEYSTORE_BAD_PASSPHRASE',
    mode: 'client',
    capability: CAP,
    requirements: ['REQ-CLIENT-001'],
    timeoutMs: 30_000,
    async run(ctx) {
      const { identityKey, file } = await storeWithSeed(ctx);
      const ok = await ctx.driver!.call<{ identityKey: string }>('keystore.open', {
        file: b64(file),
        passphrase: PASSPHRASE,
      });
      checkEqual(ok.identityKey, b64(identityKey), 'the right passphrase yields the identity');
      for (const wrong of [
        'correct horse battery stapl',
        'Correct horse battery staple',
        `${PASSPHRASE} `,
        'x',
      ]) {
        const got = await openOutcome(ctx, file, wrong);
        ctx.log(`wrong passphrase of ${wrong.length} characters -> ${got}`);
        checkEqual(got, 'KEYSTORE_BAD_PASSPHRASE', 'a wrong passphrase is refused');
      }
    },
  },
  {
    id: 'client-keystore/no-plaintext-secret',
    title: 'The key store file holds the identity seed in no raw, hex or base64 form',
    mode: 'client',
    capability: CAP,
    requirements: ['REQ-CLIENT-002'],
    timeoutMs: 30_000,
    async run(ctx) {
      const { seed, file } = await storeWithSeed(ctx);
      const hay = Buffer.from(file);
      const needles: [string, Buffer][] = [
        ['raw seed', Buffer.from(seed)],
        ['hex seed', Buffer.from(Buffer.from(seed).toString('hex'))],
        ['HEX seed', Buffer.from(Buffer.from(seed).toString('hex').toUpperCase())],
        ['base64 seed', Buffer.from(Buffer.from(seed).toString('base64').slice(0, 40))],
        ['base64url seed', Buffer.from(Buffer.from(seed).toString('base64url').slice(0, 40))],
        ['passphrase', Buffer.from(PASSPHRASE)],
      ];
      for (const [label, needle] of needles) {
        const at = hay.indexOf(needle);
        ctx.log(`${label}: ${at < 0 ? 'absent' : `found at offset ${at}`}`);
        check(at < 0, `the key store file holds the ${label}`, 'absent', at);
      }
    },
  },
  {
    id: 'client-keystore/tamper',
    title: 'An altered or truncated key store file is refused and never opens',
    mode: 'client',
    capability: CAP,
    requirements: ['REQ-CLIENT-003'],
    timeoutMs: 60_000,
    async run(ctx) {
      const { file } = await storeWithSeed(ctx);
      // One bit in each region: magic, version, salt, check value, nonce, ciphertext, tag.
      const places = [0, 4, 12, 30, 45, Math.floor(file.length / 2), file.length - 1];
      for (const at of places) {
        const altered = file.slice();
        altered[at]! ^= 0x01;
        const got = await openOutcome(ctx, altered, PASSPHRASE);
        ctx.log(`bit flipped at offset ${at} -> ${got}`);
        check(got !== 'OPENED', `a file altered at offset ${at} opened`, 'refused', got);
        check(
          ['KEYSTORE_CORRUPT', 'KEYSTORE_BAD_PASSPHRASE', 'KEYSTORE_UNSUPPORTED_VERSION'].includes(got),
          `a file altered at offset ${at} is refused with a key store error`,
          'KEYSTORE_CORRUPT',
          got,
        );
      }
      for (const len of [0, 10, 40, file.length - 1]) {
        const got = await openOutcome(ctx, file.slice(0, len), PASSPHRASE);
        ctx.log(`truncated to ${len} bytes -> ${got}`);
        checkEqual(got, 'KEYSTORE_CORRUPT', `a file truncated to ${len} bytes`);
      }
      const altered = file.slice();
      altered[file.length - 20]! ^= 0x80;
      if ((await openOutcome(ctx, altered, PASSPHRASE)) !== 'KEYSTORE_CORRUPT')
        throw new CheckFailed('an altered ciphertext with the right passphrase is KEYSTORE_CORRUPT');
    },
  },
];
