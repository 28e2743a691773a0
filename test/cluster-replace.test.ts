/**
 * A device connected twice (spec/transport.md §WebSocket, spec/deployment.md
 * §A device connected twice, REQ-DEPLOY-007): the connection that opened
 * last stays, whichever authentication completes last. Each case holds the
 * older connection's authentication until the newer one is attached, which
 * is the order that made an older connection replace the newer one before
 * (the intermittent cluster failure of faults/lost-pushes-and-acks):
 *
 * - in one process, with an authentication hook the test releases;
 * - on two relay processes, node A reaching PostgreSQL through a proxy of
 *   this test that holds A's queries (the token lookup) until released.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { createServer, type Server, type Socket, connect as tcpConnect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify from 'fastify';
import { Redis } from 'ioredis';
import t from 'tap';
import WebSocket from 'ws';
import { addressOf, DeviceSocket, postSends, sendTo } from '../conformance/cases/relay/deliveryPeer.ts';
import { RelayClient, registerAccount } from '../conformance/lib/relayClient.ts';
import { LocalBus, LocalBusNetwork } from '../reference/relay/bus/local.ts';
import { parseBusUrl, RedisBus } from '../reference/relay/bus/redis.ts';
import { errorsPlugin } from '../reference/relay/plugins/errors.ts';
import { type AuthenticatedDevice, OperationRegistry } from '../reference/relay/plugins/operations.ts';
import { CloseCode, WebSocketHub, websocketPlugin } from '../reference/relay/plugins/websocket.ts';
import { REDIS_SERVER, startNode, testBus, testDatabase } from './postgres-helpers.ts';

/** Resolve with `p`, or fail after `ms`. */
function within<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    p.finally(() => clearTimeout(timer)),
    new Promise<T>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what}: not within ${ms} ms`)), ms);
    }),
  ]);
}

const noHandler = {
  queued: () => undefined,
  close: () => undefined,
  reset: () => undefined,
  transient: () => false,
  presence: () => undefined,
  lastSeenNow: () => 0,
  offline: () => undefined,
};

t.test('the bus refuses a claim older than the one in place, in process and on Redis', async (t) => {
  const net = new LocalBusNetwork();
  const busUrl = testBus(t);
  const x = new RedisBus(busUrl);
  const y = new RedisBus(busUrl);
  t.teardown(async () => {
    await x.close();
    await y.close();
  });
  for (const [name, first, second] of [
    ['in process', new LocalBus(net), new LocalBus(net)],
    ['Redis', x, y],
  ] as const) {
    const closed: string[] = [];
    await first.start({ ...noHandler, close: (d, c, code) => closed.push(`first ${d} ${c} ${code}`) });
    await second.start({ ...noHandler, close: (d, c, code) => closed.push(`second ${d} ${c} ${code}`) });
    const older = await first.ticket();
    const newer = await second.ticket();
    t.ok(newer > older, `${name}: tickets increase (${older} < ${newer})`);
    const won = await second.claim('acct/1', 5, newer, CloseCode.REPLACED);
    t.same(won, { won: true, accountOnline: true }, `${name}: the newer claim lands first`);
    const lost = await first.claim('acct/1', 9, older, CloseCode.REPLACED);
    t.same(lost, { won: false, accountOnline: false }, `${name}: the older claim, landing later, is refused`);
    t.same(
      await first.release('acct/1', 9, 0),
      { accountOffline: false },
      `${name}: its release changes nothing`,
    );
    t.equal(await second.online('acct'), true, `${name}: the account is still online`);
    t.same(closed, [], `${name}: the newer connection was not told to close`);
  }
});

t.test(
  'in one process: an older connection whose authentication completes last is the one closed',
  async (t) => {
    const app = Fastify({ logger: false });
    await app.register(errorsPlugin);
    const operations = new OperationRegistry(app, 1024);
    const hub = new WebSocketHub();
    // The connection with `Bearer slow` is held until the test releases it.
    let release: () => void = () => undefined;
    const gate = new Promise<void>((r) => {
      release = r;
    });
    let held: () => void = () => undefined;
    const holding = new Promise<void>((r) => {
      held = r;
    });
    const device: AuthenticatedDevice = { accountId: 'acct', deviceId: 1 };
    await app.register(websocketPlugin, {
      operations,
      hub,
      maxFrameBytes: 2048,
      authenticateUpgrade: async (request) => {
        if (request.headers.authorization === 'Bearer slow') {
          held();
          await gate;
        }
        return device;
      },
    });
    await app.listen({ host: '127.0.0.1', port: 0 });
    t.teardown(() => app.close());
    const url = `ws://127.0.0.1:${(app.server.address() as AddressInfo).port}/v1/websocket`;
    const open = (token: string) => {
      const ws = new WebSocket(url, { headers: { authorization: `Bearer ${token}` } });
      const closed = new Promise<number>((r) => ws.once('close', (code) => r(code)));
      const opened = new Promise<void>((r) => ws.once('open', () => r()));
      return { ws, closed, opened };
    };
    const older = open('slow');
    await holding;
    const newer = open('fast');
    await newer.opened;
    const attached = hub.connectionOf(device);
    t.ok(attached, 'the newer connection is attached while the older one authenticates');
    release();
    t.equal(await within(older.closed, 5000, 'the older closes'), CloseCode.REPLACED, 'the older gets 4001');
    t.equal(hub.connectionOf(device), attached, 'the newer one is still the device connection');
    t.equal(newer.ws.readyState, WebSocket.OPEN, 'and still open');
    newer.ws.close();
    await newer.closed;
  },
);

/** A TCP proxy in front of PostgreSQL that can hold everything its clients send until released. */
class HoldingProxy {
  readonly #server: Server;
  readonly #sockets = new Set<Socket>();
  #holding = false;
  #held: (() => void)[] = [];
  #onHeld: (() => void) | undefined;
  port = 0;

  constructor(target: { host: string; port: number }) {
    this.#server = createServer((client) => {
      const upstream = tcpConnect(target.port, target.host);
      for (const s of [client, upstream]) {
        this.#sockets.add(s);
        s.on('error', () => undefined);
        s.on('close', () => {
          this.#sockets.delete(s);
          client.destroy();
          upstream.destroy();
        });
      }
      client.on('data', (chunk: Buffer) => {
        if (!this.#holding) {
          upstream.write(chunk);
          return;
        }
        this.#held.push(() => upstream.write(chunk));
        this.#onHeld?.();
      });
      upstream.pipe(client);
    });
  }

  async listen(): Promise<void> {
    await new Promise<void>((r) => this.#server.listen(0, '127.0.0.1', r));
    this.port = (this.#server.address() as AddressInfo).port;
  }

  /** Hold what clients send from now on; resolves once something was held. */
  hold(): { held: Promise<void> } {
    this.#holding = true;
    return { held: new Promise<void>((r) => (this.#onHeld = r)) };
  }

  /** Send what was held, in order, and stop holding. */
  release(): void {
    this.#holding = false;
    this.#onHeld = undefined;
    for (const send of this.#held.splice(0)) send();
  }

  async close(): Promise<void> {
    for (const s of this.#sockets) s.destroy();
    await new Promise((r) => this.#server.close(r));
  }
}

t.test('on two nodes: the connection opened last stays, the older is closed 4001', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'deftalk-cluster-replace-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const store = await testDatabase(t);
  const bus = testBus(t);
  const pgUrl = new URL(store);
  const proxy = new HoldingProxy({ host: pgUrl.hostname, port: Number(pgUrl.port || 5432) });
  await proxy.listen();
  t.teardown(() => proxy.close());
  const proxied = new URL(store);
  proxied.port = String(proxy.port);
  const env = { DEFTALK_SWEEP_INTERVAL_MS: '3600000' };
  const a = await startNode(t, { dataDir: join(dir, 'a'), store: proxied.toString(), bus, env });
  const b = await startNode(t, { dataDir: join(dir, 'b'), store, bus, env, keysFrom: a.dataDir });
  const onB = new RelayClient(b.url);
  let seed = 31;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const alice = await registerAccount(onB, random);
  const bob = await registerAccount(onB, random);

  const { held } = proxy.hold();
  // Node A numbers this connection as its upgrade arrives, then waits on PostgreSQL for the token.
  const older = new DeviceSocket(new URL(a.url), bob.primary);
  await within(held, 10_000, "node A's token lookup reaches the proxy");
  const newer = new DeviceSocket(new URL(b.url), bob.primary);
  await newer.opened;
  // B's claim is in Redis once the device's key exists (A's connection has not claimed yet).
  const { prefix } = parseBusUrl(bus);
  const redis = new Redis(REDIS_SERVER);
  t.teardown(() => redis.quit());
  const key = `${prefix}dev:${bob.accountId}/${bob.primary.deviceId}`;
  for (let i = 0; (await redis.exists(key)) === 0; i++) {
    if (i > 500) throw new Error("node B's claim did not reach Redis");
    await new Promise((r) => setTimeout(r, 20));
  }
  proxy.release();
  const code = await within(older.closed, 10_000, 'the older connection closes');
  t.equal(code, CloseCode.REPLACED, 'the older connection, authenticated last, is closed 4001');

  const s = sendTo(bob.accountId, [addressOf(bob, bob.primary)], 1, random);
  t.equal((await postSends(onB, alice.primary, [s.send])).results[0]?.kind, 'accepted');
  const [push] = await within(newer.waitForPushes(1), 5000, 'push to the newer connection');
  t.equal(push!.envelope.id.sequence, 1, 'the newer connection stays and gets the push');
  await newer.close();
});
