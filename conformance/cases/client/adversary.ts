/**
 * @module
 * Client-mode cases in which the peer is the adversary of
 * conformance/lib/adversary.ts: it delivers its messages reordered and
 * replayed, pushes a chain past MAX_SKIP, sends every malformed shape the
 * session chapter names and an oversized message, spoils a PreKeyMessage,
 * reuses a one-time prekey, presents bundles with invalid keys or another
 * identity's signatures, and changes its identity key mid-conversation.
 * Every refusal must carry the registered error, and afterwards the genuine
 * conversation must go on as if the attack had not happened
 * (REQ-SESSION-017).
 */
import { type CaseContext, type ConformanceCase, check, checkEqual } from '../../case.ts';
import {
  Adversary,
  type Delivery,
  INVALID_KEY_KINDS,
  MALFORMED,
  type MalformedKind,
  malform,
  oversize,
  unauthenticatedPreKeyMessage,
} from '../../lib/adversary.ts';
import { b64, unb64 } from './_peer.ts';
import { createIdentity, expectDriverError } from './session.ts';

const CAP = 'client.session';
/** spec/session.md §Constants. */
const MAX_SKIP = 1000;
const text = (b: Uint8Array) => new TextDecoder().decode(b);

function driver(ctx: CaseContext) {
  check(ctx.driver, 'client mode needs a driver');
  return ctx.driver;
}

async function decrypts(ctx: CaseContext, peer: string, wire: Uint8Array): Promise<string> {
  const r = await driver(ctx).call<{ plaintext: string }>('session.decrypt', { peer, ciphertext: b64(wire) });
  return text(unb64(r.plaintext));
}

/** The client under test answers; the adversary decrypts the answer and so ratchets forward. */
async function driverAnswers(
  ctx: CaseContext,
  adversary: Adversary,
  peer: string,
  body: string,
): Promise<void> {
  const { ciphertext } = await driver(ctx).call<{ ciphertext: string }>('session.encrypt', {
    peer,
    plaintext: b64(new TextEncoder().encode(body)),
  });
  checkEqual(adversary.decryptFromDriver(unb64(ciphertext)), body, 'the client answer decrypts at the peer');
}

/** Deliver `deliveries`: first deliveries must decrypt to their text, replays must be DUPLICATE_MESSAGE. */
async function deliver(ctx: CaseContext, peer: string, deliveries: readonly Delivery[]): Promise<void> {
  for (const d of deliveries) {
    if (d.replay) {
      await expectDriverError(
        ctx,
        'session.decrypt',
        { peer, ciphertext: b64(d.wire) },
        'DUPLICATE_MESSAGE',
        `replay of #${d.index}`,
      );
    } else {
      checkEqual(await decrypts(ctx, peer, d.wire), d.text, `message #${d.index} delivered out of order`);
    }
  }
}

/** The adversary cases. */
export const ADVERSARY_CLIENT_CASES: readonly ConformanceCase[] = [
  {
    id: 'client-adversary/reordered-and-replayed',
    title:
      'Messages of two ratchet chains delivered in a seeded shuffled order all decrypt; each one replayed is DUPLICATE_MESSAGE',
    mode: 'client',
    capability: CAP,
    requirements: ['REQ-SESSION-010', 'REQ-SESSION-012', 'REQ-SESSION-013', 'REQ-SESSION-017'],
    async run(ctx) {
      const me = await createIdentity(ctx);
      const adversary = new Adversary(ctx, { reorder: true, replay: true });
      await adversary.initiateTo(driver(ctx), me.identityKey);
      // Chain 1: PreKeyMessages; one of them is held back until the next chain has begun.
      const first = adversary.encryptMany(3 + Math.floor(ctx.random() * 3), 'chain 1');
      const held = first.splice(Math.floor(ctx.random() * first.length), 1)[0]!;
      const phase1 = adversary.schedule(first).filter((d) => !d.replay);
      ctx.log(`chain 1 order: ${phase1.map((d) => d.index).join(' ')}; #${held.index} held back`);
      await deliver(ctx, 'adv', phase1);
      await driverAnswers(ctx, adversary, 'adv', 'answer');
      // Chain 2: Messages after the ratchet step, mixed with the held-back PreKeyMessage, then all replayed.
      const second = adversary.encryptMany(3 + Math.floor(ctx.random() * 4), 'chain 2');
      const schedule = adversary.schedule([...second, held]);
      ctx.log(`chain 2 order: ${schedule.map((d) => `${d.replay ? 'r' : ''}${d.index}`).join(' ')}`);
      await deliver(ctx, 'adv', schedule);
      for (const d of phase1) {
        await expectDriverError(
          ctx,
          'session.decrypt',
          { peer: 'adv', ciphertext: b64(d.wire) },
          'DUPLICATE_MESSAGE',
          `replay of chain-1 #${d.index}`,
        );
      }
      const [last] = adversary.encryptMany(1, 'after the replays');
      checkEqual(await decrypts(ctx, 'adv', last!.wire), last!.text, 'the session still works');
    },
  },
  {
    id: 'client-adversary/too-many-skipped',
    title: `A message ${MAX_SKIP + 1} keys ahead is TOO_MANY_SKIPPED and changes nothing; ${MAX_SKIP} ahead decrypts`,
    mode: 'client',
    capability: CAP,
    requirements: ['REQ-SESSION-010', 'REQ-SESSION-017'],
    timeoutMs: 30_000,
    async run(ctx) {
      const me = await createIdentity(ctx);
      const adversary = new Adversary(ctx);
      await adversary.initiateTo(driver(ctx), me.identityKey);
      const [hello] = adversary.encryptMany(1, 'hello');
      checkEqual(await decrypts(ctx, 'adv', hello!.wire), hello!.text, 'the first message');
      await driverAnswers(ctx, adversary, 'adv', 'answer');
      // After the ratchet step the receiving chain starts at 0: message k skips k keys.
      const chain = adversary.encryptMany(MAX_SKIP + 2, 'far');
      await expectDriverError(
        ctx,
        'session.decrypt',
        { peer: 'adv', ciphertext: b64(chain[MAX_SKIP + 1]!.wire) },
        'TOO_MANY_SKIPPED',
        `a message ${MAX_SKIP + 1} keys ahead`,
      );
      checkEqual(
        await decrypts(ctx, 'adv', chain[MAX_SKIP]!.wire),
        chain[MAX_SKIP]!.text,
        `${MAX_SKIP} keys ahead`,
      );
      checkEqual(await decrypts(ctx, 'adv', chain[0]!.wire), chain[0]!.text, 'a skipped message, later');
      checkEqual(
        await decrypts(ctx, 'adv', chain[MAX_SKIP + 1]!.wire),
        chain[MAX_SKIP + 1]!.text,
        'the refused message, now one key ahead, decrypts',
      );
    },
  },
  {
    id: 'client-adversary/malformed-messages',
    title:
      'Every malformed shape of a session message is refused with its registered error and the session goes on',
    mode: 'client',
    capability: CAP,
    requirements: ['REQ-SESSION-007', 'REQ-SESSION-011', 'REQ-SESSION-017'],
    async run(ctx) {
      const me = await createIdentity(ctx);
      const adversary = new Adversary(ctx);
      await adversary.initiateTo(driver(ctx), me.identityKey);
      const [pkm] = adversary.encryptMany(1, 'prekey message');
      check(pkm!.wire[0] === 0x02, 'the first message is a PreKeyMessage');
      const kinds = Object.keys(MALFORMED) as MalformedKind[];
      for (const kind of kinds.filter((k) => MALFORMED[k].needs === 'prekey')) {
        await expectDriverError(
          ctx,
          'session.decrypt',
          { peer: 'adv', ciphertext: b64(malform(pkm!.wire, kind)) },
          MALFORMED[kind].error,
          kind,
        );
      }
      checkEqual(
        await decrypts(ctx, 'adv', pkm!.wire),
        pkm!.text,
        'the genuine PreKeyMessage after the malformed ones',
      );
      await driverAnswers(ctx, adversary, 'adv', 'answer');
      const [msg] = adversary.encryptMany(1, 'message');
      check(msg!.wire[0] === 0x01, 'after the answer, a Message');
      for (const kind of kinds.filter((k) => MALFORMED[k].needs === 'message')) {
        await expectDriverError(
          ctx,
          'session.decrypt',
          { peer: 'adv', ciphertext: b64(malform(msg!.wire, kind)) },
          MALFORMED[kind].error,
          kind,
        );
      }
      checkEqual(
        await decrypts(ctx, 'adv', msg!.wire),
        msg!.text,
        'the genuine Message after the malformed ones',
      );
    },
  },
  {
    id: 'client-adversary/oversized-message',
    title:
      'A 4 MiB message that does not authenticate is refused as DECRYPTION_FAILED and the session goes on',
    mode: 'client',
    capability: CAP,
    requirements: ['REQ-SESSION-011', 'REQ-SESSION-017'],
    timeoutMs: 30_000,
    async run(ctx) {
      const me = await createIdentity(ctx);
      const adversary = new Adversary(ctx);
      await adversary.initiateTo(driver(ctx), me.identityKey);
      const [first] = adversary.encryptMany(1, 'first');
      checkEqual(await decrypts(ctx, 'adv', first!.wire), first!.text, 'the first message');
      await driverAnswers(ctx, adversary, 'adv', 'answer');
      const [msg] = adversary.encryptMany(1, 'genuine');
      const big = oversize(msg!.wire, 4 * 1024 * 1024, () => ctx.random());
      ctx.log(`oversized message: ${big.length} bytes`);
      await expectDriverError(
        ctx,
        'session.decrypt',
        { peer: 'adv', ciphertext: b64(big) },
        'DECRYPTION_FAILED',
        'oversized',
      );
      checkEqual(
        await decrypts(ctx, 'adv', msg!.wire),
        msg!.text,
        'the genuine message after the oversized one',
      );
    },
  },
  {
    id: 'client-adversary/spoiled-prekey-message',
    title:
      'A PreKeyMessage whose Message does not authenticate keeps no session, prekey or identity; a reused one-time prekey is PREKEY_REUSED',
    mode: 'client',
    capability: CAP,
    requirements: ['REQ-SESSION-009', 'REQ-SESSION-008', 'REQ-SESSION-017'],
    async run(ctx) {
      const me = await createIdentity(ctx);
      const adversary = new Adversary(ctx);
      const keys = await adversary.initiateTo(driver(ctx), me.identityKey);
      const [pkm] = adversary.encryptMany(1, 'genuine');
      await expectDriverError(
        ctx,
        'session.decrypt',
        { peer: 'adv', ciphertext: b64(unauthenticatedPreKeyMessage(pkm!.wire)) },
        'DECRYPTION_FAILED',
        'spoiled PreKeyMessage',
      );
      const trusted = await driver(ctx).call<{ identityKey: string | null }>('identity.trusted', {
        peer: 'adv',
      });
      checkEqual(trusted.identityKey, null, 'no identity was recorded from the spoiled message');
      await expectDriverError(
        ctx,
        'session.encrypt',
        { peer: 'adv', plaintext: b64(new Uint8Array([1])) },
        'NO_SESSION',
        'no session was kept',
      );
      checkEqual(await decrypts(ctx, 'adv', pkm!.wire), pkm!.text, 'the one-time prekey was not consumed');
      // Another peer presents the same bundle, one-time prekey included.
      const second = new Adversary(ctx);
      await second.initiateTo(driver(ctx), me.identityKey, { keys });
      const [again] = second.encryptMany(1, 'reused prekey');
      await expectDriverError(
        ctx,
        'session.decrypt',
        { peer: 'adv2', ciphertext: b64(again!.wire) },
        'PREKEY_REUSED',
        'reused one-time prekey',
      );
    },
  },
  {
    id: 'client-adversary/bad-bundles',
    title:
      'Bundles with keys that do not decode are INVALID_KEY, and with another identity’s signatures BAD_SIGNATURE; no session is kept',
    mode: 'client',
    capability: CAP,
    requirements: ['REQ-SESSION-005', 'REQ-SESSION-001', 'REQ-SESSION-004'],
    async run(ctx) {
      await createIdentity(ctx);
      for (const kind of INVALID_KEY_KINDS) {
        const bundle = new Adversary(ctx, { invalidKey: kind }).bundle();
        await expectDriverError(
          ctx,
          'session.initiate',
          { peer: `bad-${kind}`, bundle },
          'INVALID_KEY',
          kind,
        );
      }
      const impostor = new Adversary(ctx, { wrongSignature: 'otherIdentity' });
      await expectDriverError(
        ctx,
        'session.initiate',
        { peer: 'impostor', bundle: impostor.bundle() },
        'BAD_SIGNATURE',
        'prekeys signed by another identity',
      );
      for (const peer of ['impostor', ...INVALID_KEY_KINDS.map((k) => `bad-${k}`)]) {
        await expectDriverError(
          ctx,
          'session.encrypt',
          { peer, plaintext: b64(new Uint8Array([1])) },
          'NO_SESSION',
          `no session with ${peer}`,
        );
      }
    },
  },
  {
    id: 'client-adversary/identity-change-mid-conversation',
    title:
      'A known peer that starts a new session under another identity key is IDENTITY_KEY_CHANGED; the existing session goes on',
    mode: 'client',
    capability: CAP,
    requirements: ['REQ-SESSION-015', 'REQ-SESSION-017'],
    async run(ctx) {
      const me = await createIdentity(ctx);
      const adversary = new Adversary(ctx);
      await adversary.initiateTo(driver(ctx), me.identityKey);
      const [hello] = adversary.encryptMany(1, 'hello');
      checkEqual(await decrypts(ctx, 'bob', hello!.wire), hello!.text, 'the first message');
      await driverAnswers(ctx, adversary, 'bob', 'hi');
      // The same name, a new identity key, a fresh PreKeyMessage (a reinstall, or an impostor).
      const changed = adversary.withNewIdentity();
      await changed.initiateTo(driver(ctx), me.identityKey);
      const [claim] = changed.encryptMany(1, 'it is me');
      await expectDriverError(
        ctx,
        'session.decrypt',
        { peer: 'bob', ciphertext: b64(claim!.wire) },
        'IDENTITY_KEY_CHANGED',
        'new identity',
      );
      // Nor through a bundle under that name.
      await expectDriverError(
        ctx,
        'session.initiate',
        { peer: 'bob', bundle: changed.bundle() },
        'IDENTITY_KEY_CHANGED',
        'bundle with the new identity',
      );
      const [more] = adversary.encryptMany(1, 'still me');
      checkEqual(await decrypts(ctx, 'bob', more!.wire), more!.text, 'the existing session goes on');
      await driverAnswers(ctx, adversary, 'bob', 'and the answer too');
    },
  },
  {
    id: 'client-adversary/stale-device-list',
    title:
      'After a newer device list of a peer, a replayed older one (validly signed) is DEVICE_LIST_VERSION_STALE and brings no removed device back',
    mode: 'client',
    capability: CAP,
    requirements: ['REQ-CLIENT-013'],
    async run(ctx) {
      await createIdentity(ctx);
      const adversary = new Adversary(ctx, { staleDeviceList: true });
      // The account links devices 2, 3, ... one list at a time, then removes one of them (a lost phone).
      const linked: number[] = [];
      adversary.signNextDeviceList(linked);
      const links = 1 + Math.floor(ctx.random() * 3);
      for (let i = 0; i < links; i++) {
        linked.push(i + 2);
        adversary.signNextDeviceList(linked);
      }
      const removed = linked.splice(Math.floor(ctx.random() * linked.length), 1)[0]!;
      const newest = adversary.signNextDeviceList(linked);
      const accept = (list: { bytes: Uint8Array; signature: Uint8Array }) =>
        driver(ctx).call<{ version: number; devices: { deviceId: number }[] }>('devices.accept', {
          peer: adversary.accountId,
          identityKey: b64(adversary.identity.publicKey.bytes),
          deviceList: b64(list.bytes),
          signature: b64(list.signature),
        });
      // The client sees every list in order, as a relay would serve them over time.
      for (const list of adversary.deviceLists) {
        const got = await accept(list);
        checkEqual(got.version, list.version, `list version ${list.version} accepted in order`);
      }
      const stale = adversary.presentedDeviceList();
      ctx.log(
        `replaying version ${stale.version} (devices ${stale.deviceIds.join(', ')}) after version ${newest.version}, which removed device ${removed}`,
      );
      await expectDriverError(
        ctx,
        'devices.accept',
        {
          peer: adversary.accountId,
          identityKey: b64(adversary.identity.publicKey.bytes),
          deviceList: b64(stale.bytes),
          signature: b64(stale.signature),
        },
        'DEVICE_LIST_VERSION_STALE',
        `replayed version ${stale.version} after ${newest.version}`,
      );
      // The current list is still the one in force: presented again, it is accepted as it was.
      const again = await accept(newest);
      checkEqual(again.version, newest.version, 'the newest list is still accepted');
      check(
        again.devices.every((d) => d.deviceId !== removed),
        `the removed device ${removed} is not on the list the client holds`,
        newest.deviceIds,
        again.devices.map((d) => d.deviceId),
      );
    },
  },
];
