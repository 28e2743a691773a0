/**
 * @module
 * Relay-mode cases for presence (spec/presence.md): a viewer the visibility
 * rule allows sees online, offline and the last-seen minute, pushed over its
 * WebSocket; a stranger is refused; an owner who hides is seen by nobody and
 * sees nobody (reciprocity); the last-seen time is stored only at minute
 * coarseness.
 */
import WebSocket from 'ws';
import type { AccountId } from '../../../reference/wire/ids.ts';
import { decodeError, decodeFrame, encodeFrame } from '../../../reference/wire/index.ts';
import {
  decodePresenceState,
  encodePresenceSettings,
  encodePresenceSubscribeRequest,
  PRESENCE_PUSH,
  type PresenceState,
  type PresenceVisibility,
} from '../../../reference/wire/presence.ts';
import { type CaseContext, type ConformanceCase, check } from '../../case.ts';
import {
  caseClient,
  expectError,
  expectOk,
  type RelayClient,
  registerAccount,
  type TestAccount,
  type TestDevice,
} from '../../lib/relayClient.ts';
import { discoverCredential } from './_contacts.ts';
import { createGroup, GroupApi } from './groups.ts';

const MINUTE = 60_000;

/** A device WebSocket that answers presence pushes and records them. */
export class PresenceSocket {
  readonly #ws: WebSocket;
  readonly #pending = new Map<number, (r: { status: number; body: Uint8Array }) => void>();
  readonly #waiters: (() => void)[] = [];
  #nextId = 1;
  readonly pushes: PresenceState[] = [];
  readonly opened: Promise<void>;
  readonly closed: Promise<void>;

  constructor(ctx: CaseContext, device: TestDevice) {
    check(ctx.relayUrl, 'relay mode needs the relay URL');
    const url = new URL('/v1/websocket', ctx.relayUrl);
    url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
    this.#ws = new WebSocket(url, { headers: { authorization: `Bearer ${device.token}` } });
    this.opened = new Promise((resolve, reject) => {
      this.#ws.once('open', () => resolve());
      this.#ws.once('error', reject);
    });
    this.closed = new Promise((resolve) => this.#ws.once('close', () => resolve()));
    this.#ws.on('error', () => {});
    this.#ws.on('message', (data: Buffer) => {
      const frame = decodeFrame(data);
      if (frame.kind === 'response') {
        this.#pending.get(frame.id)?.(frame);
        this.#pending.delete(frame.id);
        return;
      }
      const isPresence = frame.method === PRESENCE_PUSH.method && frame.path === PRESENCE_PUSH.path;
      if (isPresence) this.pushes.push(decodePresenceState(frame.body));
      // Message pushes are acknowledged too, so queued envelopes do not pile up.
      this.#ws.send(encodeFrame({ kind: 'response', id: frame.id, status: 204, body: new Uint8Array(0) }));
      if (isPresence) for (const w of this.#waiters.splice(0)) w();
    });
    ctx.signal.addEventListener('abort', () => this.#ws.terminate(), { once: true });
  }

  /** One request over the socket. */
  request(
    method: string,
    path: string,
    body: Uint8Array = new Uint8Array(0),
  ): Promise<{ status: number; body: Uint8Array }> {
    const id = this.#nextId++;
    return new Promise((resolve) => {
      this.#pending.set(id, resolve);
      this.#ws.send(encodeFrame({ kind: 'request', id, method, path, body }));
    });
  }

  /** Subscribe to `owner`; the state answered, or the error name. */
  async subscribe(
    owner: AccountId,
    credential: Uint8Array = new Uint8Array(0),
  ): Promise<PresenceState | string> {
    const r = await this.request(
      'POST',
      '/v1/presence/subscribe',
      encodePresenceSubscribeRequest({ owner, contactCredential: credential }),
    );
    return r.status < 300 ? decodePresenceState(r.body) : decodeError(r.body).name;
  }

  /** Resolve once `n` presence pushes arrived; fails after 10 s. */
  async waitForPushes(n: number): Promise<PresenceState[]> {
    const deadline = Date.now() + 10_000;
    while (this.pushes.length < n) {
      check(Date.now() < deadline, `${n} presence pushes arrive`, n, this.pushes.length);
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, 200);
        this.#waiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
    return this.pushes;
  }

  async close(): Promise<void> {
    this.#ws.close(1000);
    await this.closed;
  }
}

async function online(ctx: CaseContext, device: TestDevice): Promise<PresenceSocket> {
  const s = new PresenceSocket(ctx, device);
  await s.opened;
  // One answered request: the relay has attached the connection (and announced it) before this resolves.
  await s.request('GET', '/v1/presence/settings');
  return s;
}

function setVisibility(client: RelayClient, who: TestAccount, v: PresenceVisibility) {
  return client.request('PUT', '/v1/presence/settings', {
    token: who.primary.token,
    body: encodePresenceSettings(v),
  });
}

function state(s: PresenceState | string, what: string): PresenceState {
  check(typeof s !== 'string', `${what} is answered`, 'a state', s);
  return s as PresenceState;
}

/** Presence cases. */
export const PRESENCE_RELAY_CASES: readonly ConformanceCase[] = [
  {
    id: 'presence/contact-sees-online-and-last-seen',
    title:
      'A contact sees online, offline and the last-seen minute pushed over its WebSocket; a stranger is refused',
    mode: 'relay',
    capability: 'test-hooks',
    requirements: ['REQ-PRESENCE-001', 'REQ-PRESENCE-002', 'REQ-PRESENCE-003'],
    async run(ctx) {
      const client = caseClient(ctx);
      const bob = await registerAccount(client, ctx.random);
      const alice = await registerAccount(client, ctx.random);
      const carol = await registerAccount(client, ctx.random);
      const credential = await discoverCredential(ctx, client, alice, bob);
      const a = await online(ctx, alice.primary);
      const c = await online(ctx, carol.primary);
      const first = state(await a.subscribe(bob.accountId, credential), 'the contact subscribes');
      check(!first.online, 'Bob is offline before he connects');
      check(
        (await c.subscribe(bob.accountId)) === 'PRESENCE_NOT_VISIBLE',
        'a stranger is refused with PRESENCE_NOT_VISIBLE',
      );
      check(
        (await c.subscribe(bob.accountId, credential)) === 'CONTACT_CREDENTIAL_INVALID',
        "a stranger with the contact's credential is refused",
      );
      expectError(
        ctx,
        await client.request('POST', '/v1/presence/subscribe', {
          token: carol.primary.token,
          body: encodePresenceSubscribeRequest({
            owner: bob.accountId,
            contactCredential: new Uint8Array(0),
          }),
        }),
        'PRESENCE_NOT_VISIBLE',
        'a stranger over HTTP',
      );
      await client.advanceClock(17_345);
      const b = await online(ctx, bob.primary);
      const [up] = await a.waitForPushes(1);
      check(up!.owner === bob.accountId && up!.online, 'the contact is told Bob is online');
      await client.advanceClock(3 * MINUTE + 4_321);
      await b.close();
      const pushes = await a.waitForPushes(2);
      const down = pushes[1]!;
      check(!down.online, 'the contact is told Bob went offline');
      check(down.lastSeenMs > 0, 'the offline push carries a last-seen time', '> 0', down.lastSeenMs);
      check(
        down.lastSeenMs % MINUTE === 0,
        'the last-seen time is rounded down to the minute',
        0,
        down.lastSeenMs % MINUTE,
      );
      const again = state(await a.subscribe(bob.accountId, credential), 'subscribe again');
      check(again.lastSeenMs === down.lastSeenMs && !again.online, 'the stored last seen is the pushed one');
      check(c.pushes.length === 0, 'the stranger received no presence push', 0, c.pushes.length);
      const lines = await client.logLines();
      const leaks = lines.filter(
        (l) => l.includes(bob.accountId) && /online|offline|presence|last.?seen/i.test(l),
      );
      check(leaks.length === 0, 'no log line records a presence event of the account', 0, leaks.length);
      await a.close();
      await c.close();
    },
  },
  {
    id: 'presence/hidden-and-reciprocal',
    title: 'An owner who hides is seen by nobody, and sees no one else: presence is reciprocal',
    mode: 'relay',
    capability: 'test-hooks',
    requirements: ['REQ-PRESENCE-004', 'REQ-PRESENCE-005'],
    async run(ctx) {
      const client = caseClient(ctx);
      const bob = await registerAccount(client, ctx.random);
      const alice = await registerAccount(client, ctx.random);
      const toBob = await discoverCredential(ctx, client, alice, bob);
      const toAlice = await discoverCredential(ctx, client, bob, alice);
      const a = await online(ctx, alice.primary);
      state(await a.subscribe(bob.accountId, toBob), 'the contact subscribes while Bob shows his presence');
      expectOk(ctx, await setVisibility(client, bob, 'nobody'), 'Bob hides his presence');
      const [blank] = await a.waitForPushes(1);
      check(
        blank!.owner === bob.accountId && !blank!.online && blank!.lastSeenMs === 0,
        'the subscriber is told "no presence" (offline, last seen unknown) when Bob hides',
      );
      const settings = expectOk(
        ctx,
        await client.request('GET', '/v1/presence/settings', { token: bob.primary.token }),
        'Bob reads his setting',
      );
      check(
        Buffer.from(settings).equals(Buffer.from(encodePresenceSettings('nobody'))),
        'the setting reads nobody',
      );
      const b = await online(ctx, bob.primary);
      check(
        (await a.subscribe(bob.accountId, toBob)) === 'PRESENCE_NOT_VISIBLE',
        'a contact subscribing to a hidden owner is refused',
      );
      await b.close();
      // A sync point after Bob's connection came and went: Alice's own round trip.
      await a.request('GET', '/v1/presence/settings');
      const leaked = a.pushes.filter((p) => p.owner === bob.accountId && (p.online || p.lastSeenMs > 0));
      check(leaked.length === 0, "no push reveals a hidden owner's presence", 0, leaked.length);
      const b2 = await online(ctx, bob.primary);
      check(
        (await b2.subscribe(alice.accountId, toAlice)) === 'PRESENCE_HIDDEN_BY_VIEWER',
        'the owner who hides sees no one else: PRESENCE_HIDDEN_BY_VIEWER',
      );
      expectOk(ctx, await setVisibility(client, bob, 'contacts'), 'Bob shows his presence again');
      const seen = state(await b2.subscribe(alice.accountId, toAlice), 'Bob subscribes to Alice');
      check(seen.online, 'Bob sees Alice online once he shows his own');
      const back = state(await a.subscribe(bob.accountId, toBob), 'Alice subscribes to Bob again');
      check(back.online, 'Alice sees Bob online again');
      await a.close();
      await b2.close();
    },
  },
  {
    id: 'presence/group-member',
    title: 'A group member sees presence without a credential, and is refused once removed',
    mode: 'relay',
    capability: 'test-hooks',
    requirements: ['REQ-PRESENCE-002'],
    async run(ctx) {
      const client = caseClient(ctx);
      const bob = await registerAccount(client, ctx.random);
      const dave = await registerAccount(client, ctx.random);
      const d = await online(ctx, dave.primary);
      check((await d.subscribe(bob.accountId)) === 'PRESENCE_NOT_VISIBLE', 'before a group Dave is refused');
      const api = new GroupApi(client, bob.primary);
      const g = await createGroup(ctx, api, [dave]);
      state(await d.subscribe(bob.accountId), 'a group member subscribes without a credential');
      const b = await online(ctx, bob.primary);
      const [up] = await d.waitForPushes(1);
      check(up!.owner === bob.accountId && up!.online, 'the member is told Bob is online');
      expectOk(
        ctx,
        await api.change(g.groupId, { version: g.version, remove: [dave.accountId] }),
        'remove Dave',
      );
      check((await d.subscribe(bob.accountId)) === 'PRESENCE_NOT_VISIBLE', 'a removed member is refused');
      await b.close();
      await d.request('GET', '/v1/presence/settings');
      const after = d.pushes.slice(1).filter((p) => p.owner === bob.accountId);
      check(after.length === 0, 'a removed member gets no further push', 0, after.length);
      await d.close();
    },
  },
];
