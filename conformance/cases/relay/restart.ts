/**
 * @module
 * Relay-mode cases that kill the relay process mid-run and start it again
 * on the same port and data directory (spec/conformance.md §Restarting the
 * relay; they run only when the harness started the relay itself with
 * `--relay-command`). The sender keeps sending while the relay dies: every
 * send the relay answered before, during or after the kill must reach the
 * recipient once, in order, after the restart (spec/delivery.md: an answer
 * means the copy is durable, REQ-DELIVERY-003), a send whose answer was
 * lost is resent with the same sequence number and not stored twice
 * (REQ-DELIVERY-002), what was acknowledged before the kill stays erased,
 * and once everything is acknowledged nothing of it is in any storage file.
 */
import { envelopeIdKey } from '../../../reference/wire/envelope.ts';
import { type CaseContext, type ConformanceCase, check, checkEqual, Unsupported } from '../../case.ts';
import { caseClient, registerAccount } from '../../lib/relayClient.ts';
import {
  addressOf,
  DeviceSocket,
  filesContaining,
  flushDelivery,
  postSends,
  sendTo,
} from './deliveryPeer.ts';

/** Attempts per send while the relay is away; each waits for the restart to finish first. */
const SEND_ATTEMPTS = 5;

function restartCase(signal: 'SIGKILL' | 'SIGTERM'): ConformanceCase {
  const name = signal === 'SIGKILL' ? 'kill' : 'term';
  return {
    id: `restart/acknowledged-survive-${name}`,
    title: `every send the relay answered survives a ${signal} of the relay mid-stream, once and in order; acked envelopes stay erased`,
    mode: 'relay',
    capability: 'test-hooks',
    requirements: [
      'REQ-DELIVERY-003',
      'REQ-DELIVERY-002',
      'REQ-DELIVERY-005',
      'REQ-DELIVERY-006',
      'REQ-DELIVERY-008',
    ],
    timeoutMs: 40_000,
    async run(ctx: CaseContext) {
      const restartRelay = ctx.restartRelay;
      if (!restartRelay) {
        throw new Unsupported(
          'the relay was given by --url; only a relay the harness started (--relay-command) can be restarted',
        );
      }
      const random = () => ctx.random();
      const client = caseClient(ctx);
      const base = new URL(client.base);
      const alice = await registerAccount(client, random);
      const bob = await registerAccount(client, random);
      const to = [addressOf(bob, bob.primary)];
      const bobKey = `${bob.accountId}/${bob.primary.deviceId}`;
      let sequence = 0;

      // Phase A: delivered and acknowledged before the kill; must never come back.
      const before = 2 + Math.floor(random() * 3);
      const early = new DeviceSocket(base, bob.primary, { signal: ctx.signal });
      await early.opened;
      const acked: Uint8Array[] = [];
      for (let i = 0; i < before; i++) {
        const s = sendTo(bob.accountId, to, ++sequence, random);
        const r = await postSends(client, alice.primary, [s.send]);
        check(
          r.results[0]?.kind === 'accepted',
          `phase A send ${sequence} accepted`,
          'accepted',
          r.error ?? r.results[0]?.kind,
        );
        acked.push(s.ciphertexts.get(bobKey)!);
      }
      await early.waitForPushes(before);
      // Acks travel before the close on the same connection, so the relay has them when the flush starts.
      await early.close();
      await flushDelivery(client);
      ctx.log(`phase A: ${before} envelopes delivered and acknowledged before the restart`);

      // Phase B: bob is offline; alice keeps sending while the relay is killed.
      const total = 6 + Math.floor(random() * 5);
      const killAfter = 1 + Math.floor(random() * (total - 2));
      const answered: { sequence: number; ciphertext: Uint8Array; duplicate: boolean }[] = [];
      let restarting: Promise<void> | undefined;
      let resends = 0;
      for (let i = 0; i < total; i++) {
        if (i === killAfter) {
          ctx.log(
            `killing the relay with ${signal} after ${i} answered sends of phase B, with the next one in flight`,
          );
          restarting = restartRelay({ signal });
          restarting.catch(() => undefined);
        }
        const s = sendTo(bob.accountId, to, ++sequence, random);
        for (let attempt = 1; ; attempt++) {
          let r: Awaited<ReturnType<typeof postSends>> | undefined;
          let failure = '';
          try {
            r = await postSends(client, alice.primary, [s.send]);
            // A relay shutting down may answer 5xx; that is an unanswered send, not a refusal.
            if (r.status >= 500) failure = `HTTP ${r.status} ${r.error ?? ''}`;
          } catch (e) {
            failure = (e as Error).message;
          }
          if (failure) {
            // Only a relay that is away excuses a failed send; the same sequence number is resent.
            check(
              restarting && attempt < SEND_ATTEMPTS,
              `send ${sequence} reaches the relay`,
              'an answer',
              failure,
            );
            ctx.log(
              `send ${sequence} attempt ${attempt} unanswered while the relay restarts (${failure}); resending`,
            );
            resends++;
            await restarting;
            continue;
          }
          const result = r!.results[0];
          check(
            result?.kind === 'accepted',
            `send ${sequence} accepted (attempt ${attempt})`,
            'accepted',
            r!.error ?? result?.kind,
          );
          answered.push({ sequence, ciphertext: s.ciphertexts.get(bobKey)!, duplicate: result.duplicate });
          if (result.duplicate) ctx.log(`send ${sequence} answered duplicate on attempt ${attempt}`);
          break;
        }
      }
      await restarting;
      ctx.log(`phase B: ${answered.length} sends answered, ${resends} resent after the restart`);

      // After the restart: bob connects and must get every phase-B send once, in order, and nothing of phase A.
      const late = new DeviceSocket(base, bob.primary, { signal: ctx.signal });
      await late.opened;
      const settle = ctx.timeout(5_000);
      await Promise.race([
        late.waitForPushes(answered.length),
        new Promise((resolve) => setTimeout(resolve, settle)),
      ]);
      const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
      const seen = new Set<string>();
      const got: string[] = [];
      for (const p of late.pushes) {
        const id = envelopeIdKey(p.envelope.id);
        if (seen.has(id)) continue;
        seen.add(id);
        got.push(hex(p.envelope.ciphertext));
      }
      const ackedHex = new Set(acked.map(hex));
      const returned = got.filter((c) => ackedHex.has(c)).length;
      checkEqual(returned, 0, 'no envelope acknowledged and flushed before the restart is pushed again');
      const want = answered.map((a) => hex(a.ciphertext));
      const lost = answered.filter((a) => !got.includes(hex(a.ciphertext))).map((a) => a.sequence);
      check(lost.length === 0, 'every send the relay answered is delivered after the restart', [], lost);
      check(
        got.length === want.length && got.every((c, i) => c === want[i]),
        'delivered once each, in the order sent',
        want.length,
        got.length,
      );
      await late.close();
      await flushDelivery(client);
      const kept: string[] = [];
      for (const a of [...acked, ...answered.map((x) => x.ciphertext)]) {
        const files = await filesContaining(client, a);
        if (files.length) kept.push(files.join(','));
      }
      check(
        kept.length === 0,
        'after the acks and a flush no storage file holds any of the ciphertexts',
        [],
        kept,
      );
    },
  };
}

/** The restart cases, registered in conformance/cases/index.ts. */
export const RESTART_RELAY_CASES: readonly ConformanceCase[] = [
  restartCase('SIGKILL'),
  restartCase('SIGTERM'),
];
