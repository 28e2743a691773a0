/**
 * A disconnect that races a connect (the `deftalk receive --idle` hang):
 * against a real in-process relay, `Messenger.disconnect()` called while
 * `connect()` is still under way leaves no WebSocket open at the client nor
 * at the relay, a second connect replaces the first socket instead of
 * leaking it, and `RelayConnection.openSocket` aborted mid-handshake tears
 * the socket down. Before the fix the socket opened after the disconnect
 * stayed open and kept the process alive.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import t, { type Test } from 'tap';
import { RelayClient } from '../conformance/lib/relayClient.ts';
import { DefTalkClient } from '../reference/client/index.ts';
import { Messenger } from '../reference/client/messaging/index.ts';
import { type Relay, startRelay } from '../reference/relay/server.ts';

const FAST = { kdf: { log2N: 10, r: 8, p: 1 } };
const PASS = 'pass phrase';
/** How long a closed socket may take to leave the relay's hub before the test calls it leaked. */
const SETTLE_MS = 3000;

async function relay(t: Test): Promise<Relay> {
  const dataDir = mkdtempSync(join(tmpdir(), 'deftalk-disc-relay-'));
  const r = await startRelay(
    { host: '127.0.0.1', port: 0, dataDir, testHooks: true, logLevel: 'silent', pinScryptLog2N: 10 },
    new Writable({ write: (_c, _e, cb) => cb() }),
  );
  t.teardown(async () => {
    await r.close();
    rmSync(dataDir, { recursive: true, force: true });
  });
  return r;
}

async function registered(
  t: Test,
  r: Relay,
  phone: string,
): Promise<{ client: DefTalkClient; m: Messenger }> {
  const dir = mkdtempSync(join(tmpdir(), 'deftalk-disc-store-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const client = await DefTalkClient.create(join(dir, 'store'), PASS, r.url, FAST);
  await client.requestCode(phone);
  await client.verify(await new RelayClient(r.url).verificationCode(phone));
  const m = await Messenger.open(client, join(dir, 'store'), PASS, FAST);
  t.teardown(() => m.close());
  return { client, m };
}

/**
 * Resolve with the relay's open device connections once they number `n`,
 * or with the count after {@link SETTLE_MS} (a leaked socket never leaves).
 */
function connectionsSettle(r: Relay, n: number): Promise<number> {
  if (r.hub.connections.size === n) return Promise.resolve(n);
  return new Promise((resolve) => {
    let done = false;
    const finish = (): void => {
      if (done) return;
      done = true;
      clearTimeout(deadline);
      resolve(r.hub.connections.size);
    };
    const check = (): void => {
      // The hub forgets a connection right after telling its listeners.
      setImmediate(() => r.hub.connections.size === n && finish());
    };
    const deadline = setTimeout(finish, SETTLE_MS);
    r.hub.listen({ attached: check, detached: check });
  });
}

t.test('disconnect while connect is still under way leaves no socket open', async (t) => {
  const r = await relay(t);
  const { m } = await registered(t, r, '+4915550001001');
  let attached = 0;
  r.hub.listen({ attached: () => attached++, detached: () => undefined });
  for (let round = 0; round < 3; round++) {
    const connecting = m.connect();
    await m.disconnect();
    await t.resolves(connecting, `round ${round}: the cancelled connect resolves`);
    t.equal(await Promise.race([m.closed, Promise.resolve('open')]), 1000, 'no socket is left open');
    t.equal(await connectionsSettle(r, 0), 0, `round ${round}: the relay holds no connection`);
  }
  // The messenger still works afterwards: a connect left alone opens one socket.
  await m.connect();
  t.equal(await connectionsSettle(r, 1), 1, 'a later connect is connected');
  const before = attached;
  await m.disconnect();
  t.equal(await m.closed, 1000);
  t.equal(await connectionsSettle(r, 0), 0, 'and its disconnect closes it');
  t.equal(attached, before, 'nothing connected after the disconnect');
});

t.test('a second connect replaces the first socket instead of leaking it', async (t) => {
  const r = await relay(t);
  const { m } = await registered(t, r, '+4915550001002');
  await m.connect();
  await m.connect();
  t.equal(await connectionsSettle(r, 1), 1, 'one connection after two connects');
  await Promise.all([m.connect(), m.connect()]);
  t.equal(await connectionsSettle(r, 1), 1, 'one connection after two concurrent connects');
  await m.disconnect();
  t.equal(await connectionsSettle(r, 0), 0, 'none after the disconnect');
});

t.test('openSocket aborted before the socket opens rejects and closes it', async (t) => {
  const r = await relay(t);
  const { client } = await registered(t, r, '+4915550001003');
  await client.relay.token();
  const abort = new AbortController();
  const opening = client.relay.openSocket({ signal: abort.signal });
  // Aborted once the upgrade request is on its way (the token is cached, so one turn is enough).
  setImmediate(() => abort.abort());
  await t.rejects(opening, { name: 'AbortError' }, 'rejects with the abort');
  t.equal(await connectionsSettle(r, 0), 0, 'the relay holds no connection');
  const aborted = new AbortController();
  aborted.abort();
  await t.rejects(client.relay.openSocket({ signal: aborted.signal }), { name: 'AbortError' });
});
