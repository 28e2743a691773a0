/**
 * @module
 * The adversarial peer of client mode (conformance/lib/adversary.ts): its
 * switches produce what they claim (seeded reorderings that are never the
 * identity, replays, each malformed shape of spec/session.md, invalid keys
 * and foreign signatures in bundles), the reference library refuses each
 * the way the cases expect, and the adversary cases pass against the
 * reference driver and fail against clients with the matching bug.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import t from 'tap';
import type { CaseContext } from '../conformance/case.ts';
import { bundleFromDriver, CasePeer, unb64 } from '../conformance/cases/client/_peer.ts';
import {
  Adversary,
  INVALID_KEY_KINDS,
  MALFORMED,
  type MalformedKind,
  malform,
  oversize,
  shuffle,
} from '../conformance/lib/adversary.ts';
import { caseRandom } from '../conformance/runner/random.ts';
import { DhPublicKey, IdentityKey } from '../reference/client/session/keys.ts';
import { signedPrekeyPayload } from '../reference/client/session/signedPrekey.ts';
import { DefTalkError } from '../reference/errors/index.ts';
import { readReport, scratch } from './conformance-helpers.ts';

const run = promisify(execFile);

function fakeCtx(seed: number): CaseContext {
  return {
    mode: 'client',
    relayUrl: undefined,
    driver: undefined,
    capabilities: new Set(),
    random: caseRandom(seed, 'adversary-test'),
    timeout: (ms) => ms,
    log: () => {},
    signal: new AbortController().signal,
  };
}

/** The error name the reference library throws for `fn`, or 'ok'. */
function outcome(fn: () => unknown): string {
  try {
    fn();
    return 'ok';
  } catch (e) {
    return e instanceof DefTalkError ? e.errorName : `threw ${(e as Error).message}`;
  }
}

t.test(
  'schedules: seeded, never the identity when reordering, replays after the first deliveries',
  async (t) => {
    for (let seed = 0; seed < 50; seed++) {
      const a = new Adversary(fakeCtx(seed), { reorder: true, replay: true });
      const msgs = [0, 1, 2].map((index) => ({ index, text: `m${index}`, wire: new Uint8Array([index]) }));
      const s = a.schedule(msgs);
      t.equal(s.length, 6);
      t.notSame(
        s.slice(0, 3).map((d) => d.index),
        [0, 1, 2],
        `seed ${seed}: reordered`,
      );
      t.ok(s.slice(3).every((d) => d.replay) && s.slice(0, 3).every((d) => !d.replay));
    }
    const r = caseRandom(1, 'x');
    t.same(shuffle([1, 2, 3, 4, 5], r).sort(), [1, 2, 3, 4, 5], 'a permutation');
  },
);

t.test(
  'malformed shapes and oversized messages are refused by the reference as the cases expect',
  async (t) => {
    const ctx = fakeCtx(7);
    // A responder with the reference library stands in for the client under test.
    const responder = new CasePeer(ctx);
    const adversary = new Adversary(ctx);
    const bundle = responder.bundle();
    adversary.cipher.initiate(
      'responder',
      bundleFromDriver(
        responder.identity.publicKey.bytes,
        {
          signedPreKey: bundle.signedPreKey,
          oneTimePreKeys: bundle.oneTimePreKey ? [bundle.oneTimePreKey] : [],
          kemPreKeys: [bundle.kemPreKey],
        },
        0,
        0,
      ),
    );
    const pkm = adversary.cipher.encrypt('responder', new TextEncoder().encode('x'));
    const kinds = Object.keys(MALFORMED) as MalformedKind[];
    for (const kind of kinds.filter((k) => MALFORMED[k].needs === 'prekey')) {
      t.equal(
        outcome(() => responder.cipher.decrypt('adv', malform(pkm, kind))),
        MALFORMED[kind].error,
        kind,
      );
    }
    t.equal(
      outcome(() => responder.cipher.decrypt('adv', pkm)),
      'ok',
      'the genuine PreKeyMessage',
    );
    responder.cipher.encrypt('adv', new Uint8Array([1]));
    adversary.cipher.decrypt('responder', responder.cipher.encrypt('adv', new Uint8Array([2])));
    const msg = adversary.cipher.encrypt('responder', new Uint8Array([3]));
    t.equal(msg[0], 0x01);
    for (const kind of kinds.filter((k) => MALFORMED[k].needs === 'message')) {
      t.equal(
        outcome(() => responder.cipher.decrypt('adv', malform(msg, kind))),
        MALFORMED[kind].error,
        kind,
      );
    }
    const big = oversize(msg, 1 << 20, ctx.random);
    t.equal(big.length, msg.length + (1 << 20));
    t.equal(
      outcome(() => responder.cipher.decrypt('adv', big)),
      'DECRYPTION_FAILED',
      'oversized',
    );
    t.equal(
      outcome(() => responder.cipher.decrypt('adv', msg)),
      'ok',
      'the genuine Message',
    );
    t.throws(() => malform(msg, 'opk-present-invalid'), 'a prekey malformation needs a PreKeyMessage');
  },
);

t.test(
  'bundle switches: invalid keys do not decode, foreign signatures are valid signatures by another key',
  async (t) => {
    const ctx = fakeCtx(3);
    const refuses = (fn: () => unknown) => {
      try {
        fn();
        return false;
      } catch {
        return true;
      }
    };
    for (const kind of INVALID_KEY_KINDS) {
      const b = new Adversary(ctx, { invalidKey: kind }).bundle();
      if (kind.startsWith('identity'))
        t.ok(
          refuses(() => IdentityKey.fromBytes(unb64(b.identityKey))),
          `${kind}: the identity key does not decode`,
        );
      if (kind === 'signed-prekey-length') t.equal(unb64(b.signedPreKey.publicKey).length, 31, kind);
      if (kind === 'kem-prekey-length') t.equal(unb64(b.kemPreKey.publicKey).length, 1183, kind);
      if (kind === 'kem-prekey-modulus') {
        const k = unb64(b.kemPreKey.publicKey);
        t.ok((k[0]! | ((k[1]! & 0x0f) << 8)) >= 3329, `${kind}: the first coefficient is not below q`);
      }
    }
    const honest = new Adversary(ctx);
    const reused = new Adversary(ctx, { reusePrekey: true });
    const [r1, r2] = [reused.bundle(), reused.bundle()];
    t.same(r1.oneTimePreKey, r2.oneTimePreKey, 'the same one-time prekey twice');
    t.notSame(
      honest.bundle().oneTimePreKey,
      honest.bundle().oneTimePreKey,
      'an honest peer never repeats one',
    );
    const forged = new Adversary(ctx, { wrongSignature: 'otherIdentity' }).bundle();
    const claimed = IdentityKey.fromBytes(unb64(forged.identityKey));
    const spk = DhPublicKey.fromBytes(unb64(forged.signedPreKey.publicKey));
    t.notOk(
      claimed.verify(
        signedPrekeyPayload(spk, forged.signedPreKey.keyId),
        unb64(forged.signedPreKey.signature),
      ),
      'the signed prekey signature does not verify under the claimed identity',
    );
  },
);

t.test(
  'adversary cases: pass against the reference driver, fail against a client with the bug',
  async (t) => {
    const newDir = scratch(t);
    const env = { ...process.env, DEFTALK_SCRYPT_LOG2N: '12' };
    const cli = [
      'bin/deftalk-conformance.js',
      'client',
      '--filter',
      'client-adversary/malformed-messages,client-adversary/spoiled-prekey-message',
      '--seed',
      '2',
    ];
    const good = newDir();
    await run(process.execPath, [...cli, '--driver', 'node bin/deftalk.js driver', '--report-dir', good], {
      env,
    });
    t.same(
      readReport(good).cases.map((c) => [c.id, c.outcome]),
      [
        ['client-adversary/malformed-messages', 'PASS'],
        ['client-adversary/spoiled-prekey-message', 'PASS'],
      ],
    );
    for (const [member, failing] of [
      ['malformed-as-decryption-failed', 'client-adversary/malformed-messages'],
      ['trust-before-authentication', 'client-adversary/spoiled-prekey-message'],
    ] as const) {
      const dir = newDir();
      const r = await run(
        process.execPath,
        [...cli, '--driver', `node --import tsx conformance/zoo/drive.ts ${member}`, '--report-dir', dir],
        { env },
      ).catch((e: { code: number }) => e);
      t.equal((r as { code?: number }).code, 1, `${member}: the run fails`);
      const outcomes = Object.fromEntries(readReport(dir).cases.map((c) => [c.id, c.outcome]));
      t.equal(outcomes[failing], 'FAIL', `${member} is caught by ${failing}`);
    }
  },
);
