/**
 * @module
 * Relay-mode cases of spec/delivery.md run through the fault-injection proxy
 * (spec/conformance.md §Fault injection). A sender and a recipient reach the
 * relay only through the proxy, which drops, delays, duplicates, reorders,
 * truncates and corrupts frames and cuts connections with seeded
 * probabilities. The harness peers behave like a careful client: the sender
 * resends on a new connection what it got no answer for (same sequence
 * number), the recipient authenticates each push against what was sent (as
 * AEAD would), deduplicates by envelope id, and abandons a connection on a
 * bad or out-of-order push. Faults are then switched off and the delivery
 * invariants checked: every accepted envelope reaches the recipient
 * application exactly once, in the sender's order, and nothing is left in
 * the queue or in any storage file.
 */
import WebSocket from 'ws';
import {
  decodeSendBatchResult,
  encodeSendBatch,
  PUSH_REQUEST,
  SEND_PATH,
  SEQUENCE_PATH,
  type Send,
} from '../../../reference/wire/delivery.ts';
import { decodeEnvelope, envelopeIdKey } from '../../../reference/wire/envelope.ts';
import { decodeFrame, encodeFrame } from '../../../reference/wire/index.ts';
import { type CaseContext, type ConformanceCase, check, checkEqual } from '../../case.ts';
import { caseClient, registerAccount, type TestAccount, type TestDevice } from '../../lib/relayClient.ts';
import {
  type FaultPlan,
  type FaultProxy,
  LINK_HEADER,
  NO_FAULTS,
  startFaultProxy,
} from '../../proxy/index.ts';
import { addressOf, filesContaining, flushDelivery, sendTo } from './deliveryPeer.ts';

/** A frame the peer could not read, or a push that failed authentication. */
class BadFrame extends Error {}

/**
 * A device WebSocket through the proxy, under a link label. It is used until
 * its first fault (a lossy action on its link, a bad frame, or its close),
 * after which `faulted` resolves and the peer opens a new one.
 */
class ProxiedSocket {
  readonly #ws: WebSocket;
  readonly #pending = new Map<number, (r: { status: number; body: Uint8Array }) => void>();
  #nextId = 1;
  #done = false;
  readonly faulted: Promise<string>;
  #fault!: (why: string) => void;
  readonly opened: Promise<boolean>;

  constructor(
    proxy: FaultProxy,
    device: TestDevice,
    readonly label: string,
    onPush: (body: Uint8Array, ack: () => void) => void,
  ) {
    this.faulted = new Promise((resolve) => {
      this.#fault = (why) => {
        if (this.#done) return;
        this.#done = true;
        proxy.log.off('loss', onLoss);
        this.#ws.terminate();
        resolve(why);
      };
    });
    const onLoss = (link: string) => {
      if (link === label) this.#fault('proxy loss');
    };
    proxy.log.on('loss', onLoss);
    const url = new URL('/v1/websocket', proxy.url);
    url.protocol = 'ws:';
    this.#ws = new WebSocket(url, {
      headers: { authorization: `Bearer ${device.token}`, [LINK_HEADER]: label },
    });
    this.opened = new Promise((resolve) => {
      this.#ws.once('open', () => resolve(true));
      this.#ws.once('close', () => resolve(false));
    });
    this.#ws.on('error', () => this.#fault('socket error'));
    this.#ws.on('close', () => this.#fault('closed'));
    this.#ws.on('message', (data: Buffer) => {
      if (this.#done) return;
      try {
        const frame = decodeFrame(data);
        if (frame.kind === 'response') {
          this.#pending.get(frame.id)?.(frame);
          this.#pending.delete(frame.id);
          return;
        }
        if (frame.method !== PUSH_REQUEST.method || frame.path !== PUSH_REQUEST.path) throw new BadFrame();
        onPush(frame.body, () => {
          if (!this.#done)
            this.#ws.send(
              encodeFrame({ kind: 'response', id: frame.id, status: 204, body: new Uint8Array(0) }),
            );
        });
      } catch {
        this.#fault('bad frame');
      }
    });
  }

  /** A request's answer, or undefined if the socket faulted first. */
  async request(
    method: string,
    path: string,
    body: Uint8Array,
  ): Promise<{ status: number; body: Uint8Array } | undefined> {
    if (!(await this.opened) || this.#done) return undefined;
    const id = this.#nextId++;
    const answer = new Promise<{ status: number; body: Uint8Array }>((resolve) =>
      this.#pending.set(id, resolve),
    );
    this.#ws.send(encodeFrame({ kind: 'request', id, method, path, body }));
    return Promise.race([answer, this.faulted.then(() => undefined)]);
  }

  /** Stop using the socket. */
  abandon(why: string): void {
    this.#fault(why);
  }
}

/** The recipient application: envelopes shown once each, in per-sender order. */
class Recipient {
  readonly shown: string[] = [];
  readonly #seen = new Set<string>();
  readonly #next = new Map<string, number>();
  readonly #waiters: (() => void)[] = [];
  /** Set in the fault-free phase: a push out of order there is the relay's fault. */
  strict = false;
  violations: string[] = [];

  constructor(readonly expected: ReadonlyMap<string, Uint8Array>) {}

  /** Handle one push on `socket`: authenticate, dedup, check order, show, ack. */
  onPush(socket: ProxiedSocket, body: Uint8Array, ack: () => void): void {
    const env = decodeEnvelope(body);
    const key = envelopeIdKey(env.id);
    const want = this.expected.get(key);
    // Stand-in for AEAD: a push whose ciphertext is not what the sender sent does not authenticate.
    if (!want || !Buffer.from(env.ciphertext).equals(want)) throw new BadFrame();
    if (this.#seen.has(key)) {
      ack();
      return;
    }
    const sender = `${env.id.senderAccount}/${env.id.senderDevice}`;
    const next = this.#next.get(sender) ?? 1;
    if (env.id.sequence !== next) {
      // Every sequence number of this sender addresses this device, so a skip means an earlier push was lost.
      if (this.strict) this.violations.push(`${key} pushed while ${next} was due`);
      socket.abandon('out of order');
      return;
    }
    this.#next.set(sender, next + 1);
    this.#seen.add(key);
    this.shown.push(key);
    ack();
    for (const w of this.#waiters.splice(0)) w();
  }

  /** Resolve once `n` envelopes have been shown. */
  async waitFor(n: number, signal: Promise<unknown>): Promise<boolean> {
    while (this.shown.length < n) {
      const more = new Promise<boolean>((resolve) => this.#waiters.push(() => resolve(true)));
      if (!(await Promise.race([more, signal.then(() => false)]))) return false;
    }
    return true;
  }
}

/** Connections either peer may open before the case gives up: keeps the case bounded whatever the seed. */
const MAX_CONNECTIONS = 400;

interface FaultRun {
  proxy: FaultProxy;
  alice: TestAccount;
  bob: TestAccount;
  sends: Send[];
  expected: Map<string, Uint8Array>;
}

/**
 * Run `n` sends from alice to bob through the proxy with `plan` on, then
 * faults off, and check the delivery invariants; the frame log goes to the evidence.
 */
async function runThroughFaults(
  ctx: CaseContext,
  n: number,
  plan: (label: string) => FaultPlan,
): Promise<void> {
  const client = caseClient(ctx);
  const seed = Math.floor(ctx.random() * 2 ** 32);
  const proxy = await startFaultProxy({ target: client.base, seed, plan });
  ctx.log(`proxy seed ${seed}, ${n} sends`);
  try {
    const alice = await registerAccount(client, () => ctx.random());
    const bob = await registerAccount(client, () => ctx.random());
    const sends: Send[] = [];
    const expected = new Map<string, Uint8Array>();
    for (let i = 1; i <= n; i++) {
      const s = sendTo(bob.accountId, [addressOf(bob, bob.primary)], i, () => ctx.random(), { size: 40 });
      sends.push(s.send);
      expected.set(`${alice.accountId}/${alice.primary.deviceId}/${i}`, s.ciphertexts.values().next().value!);
    }
    await deliverAndCheck(ctx, { proxy, alice, bob, sends, expected });
  } finally {
    const counts = proxy.log.counts();
    ctx.log(`proxy actions: ${JSON.stringify(counts)}`);
    for (const line of proxy.log.lines()) ctx.log(`frame ${line}`);
    await proxy.close();
  }
}

async function deliverAndCheck(ctx: CaseContext, run: FaultRun): Promise<void> {
  const { proxy, alice, bob, sends, expected } = run;
  const client = caseClient(ctx);
  const aborted = new Promise<void>((resolve) =>
    ctx.signal.addEventListener('abort', () => resolve(), { once: true }),
  );
  let connections = 0;
  const recipient = new Recipient(expected);
  let phase: 'faults' | 'clean' = 'faults';
  let current: ProxiedSocket | undefined;

  const connectBob = (label: string): ProxiedSocket => {
    const s: ProxiedSocket = new ProxiedSocket(proxy, bob.primary, label, (body, ack) => {
      try {
        recipient.onPush(s, body, ack);
      } catch {
        s.abandon('push did not authenticate');
      }
    });
    current = s;
    return s;
  };

  // The recipient reconnects after every fault for as long as faults are on.
  const recipientLoop = (async () => {
    // Bounded: a relay that lost an envelope makes every connection fail the order check.
    for (let k = 0; phase === 'faults' && k < MAX_CONNECTIONS; k++) await connectBob(`bob-${k}`).faulted;
  })();

  // The sender: stop-and-wait, one send per request; no answer means reconnect and send the same sequence again.
  const accepted: number[] = [];
  let next = 1;
  let duplicates = 0;
  let refusals = 0;
  for (let k = 0; next <= sends.length; k++) {
    check(++connections <= MAX_CONNECTIONS, 'connection budget', MAX_CONNECTIONS, connections);
    const s = new ProxiedSocket(proxy, alice.primary, `alice-${k}`, (_b, ack) => ack());
    if (!(await s.opened)) continue;
    while (next <= sends.length) {
      const answer = await s.request('POST', SEND_PATH, encodeSendBatch([sends[next - 1]!]));
      if (!answer) break;
      // A duplicated request frame reuses its request id, which the relay may refuse; the send is then resent.
      if (answer.status >= 400) {
        refusals++;
        break;
      }
      const r = decodeSendBatchResult(answer.body)[0];
      check(r?.kind === 'accepted', `send ${next} accepted`, 'accepted', r?.kind);
      if (r.duplicate) duplicates++;
      accepted.push(next);
      next++;
    }
    s.abandon('done');
  }
  ctx.log(
    `sender: ${accepted.length} accepted, ${duplicates} answered as duplicates of an unanswered send, ${refusals} frames refused`,
  );

  // Faults off: the recipient drains on a clean connection.
  phase = 'clean';
  proxy.setPlan(() => NO_FAULTS);
  current?.abandon('faults off');
  await recipientLoop;
  recipient.strict = true;
  const clean = connectBob('bob-clean');
  const lost = clean.faulted.then(() => undefined);
  const deadline = new Promise<void>((resolve) => {
    const t = setTimeout(resolve, ctx.timeout(4000));
    t.unref();
  });
  const all = await recipient.waitFor(accepted.length, Promise.race([aborted, lost, deadline]));
  check(
    recipient.violations.length === 0,
    'pushes of one sender arrive in its sequence order',
    [],
    recipient.violations,
  );
  check(all, 'every accepted envelope reaches the recipient', accepted.length, recipient.shown.length);
  checkEqual(new Set(recipient.shown).size, recipient.shown.length, 'each envelope shown once');
  const seqs = recipient.shown.map((key) => Number(key.split('/')[2]));
  check(
    seqs.every((s, i) => s === i + 1),
    'shown in the sender’s order',
    'ascending',
    seqs,
  );
  // A round trip on the same connection: the relay has read every ack sent before it.
  await clean.request('GET', SEQUENCE_PATH, new Uint8Array(0));
  await flushDelivery(client);
  clean.abandon('drained');

  // The queue is empty: a fresh connection gets nothing after a round trip.
  const pushedLater: string[] = [];
  const probe = new ProxiedSocket(proxy, bob.primary, 'bob-probe', (body, ack) => {
    pushedLater.push(envelopeIdKey(decodeEnvelope(body).id));
    ack();
  });
  check(await probe.opened, 'the probe connection opens');
  await probe.request('GET', SEQUENCE_PATH, new Uint8Array(0));
  await flushDelivery(client);
  await probe.request('GET', SEQUENCE_PATH, new Uint8Array(0));
  probe.abandon('probed');
  checkEqual(pushedLater.length, 0, 'nothing is left to push once everything was acknowledged');
  const left: string[] = [];
  for (const [key, ct] of expected) if ((await filesContaining(client, ct)).length > 0) left.push(key);
  checkEqual(left.length, 0, 'no acknowledged ciphertext remains in any storage file');
}

/** Faults on every frame class except those that would alter what the relay stores (see spec/conformance.md §Fault injection). */
function mixedPlan(label: string): FaultPlan {
  const lossy = { drop: 0.06, duplicate: 0.06, reorder: 0.06, delay: 0.08, cut: 0.02, blackhole: 0.01 };
  return {
    maxDelayMs: 5,
    blackholeFrames: 3,
    // A corrupted send could carry altered ciphertext the relay rightly stores; only the recipient's uplink (acks) is corrupted upstream.
    up: label.startsWith('bob') ? { ...lossy, truncate: 0.03, corrupt: 0.03 } : lossy,
    down: { ...lossy, truncate: 0.03, corrupt: 0.03 },
  };
}

const mixedFaults: ConformanceCase = {
  id: 'faults/delivery-under-faults',
  title:
    'through dropped, delayed, duplicated, reordered, truncated and corrupted frames and cut connections, every accepted envelope is delivered once, in order, and erased',
  mode: 'relay',
  capability: 'test-hooks',
  requirements: ['REQ-DELIVERY-002', 'REQ-DELIVERY-005', 'REQ-DELIVERY-006', 'REQ-DELIVERY-008'],
  timeoutMs: 20_000,
  run: (ctx) => runThroughFaults(ctx, 60, mixedPlan),
};

const lostAcks: ConformanceCase = {
  id: 'faults/lost-pushes-and-acks',
  title: 'pushes and acknowledgements lost on the way are pushed again on the next connection',
  mode: 'relay',
  capability: 'test-hooks',
  requirements: ['REQ-DELIVERY-006', 'REQ-DELIVERY-008'],
  run: (ctx) =>
    runThroughFaults(ctx, 20, (label) =>
      label.startsWith('bob') ? { up: { drop: 0.3 }, down: { drop: 0.2, cut: 0.05 } } : NO_FAULTS,
    ),
};

/** The fault-injection cases. */
export const FAULT_RELAY_CASES: readonly ConformanceCase[] = [mixedFaults, lostAcks];
