/**
 * The auth relay-mode conformance cases (spec/auth.md) against a real
 * relay on loopback with a temporary SQLite directory.
 */
import t from 'tap';
import WebSocket from 'ws';
import { AUTH_RELAY_CASES } from '../conformance/cases/relay/auth.ts';
import { registerAccount } from '../conformance/lib/relayClient.ts';
import { decodeFrame, encodeFrame } from '../reference/wire/index.ts';
import { runCase, seeded, startTestRelay } from './identity-helpers.ts';

for (const c of AUTH_RELAY_CASES) {
  t.test(`case ${c.id}`, async (t) => {
    const r = await startTestRelay(t);
    const evidence = await runCase(r, c);
    t.ok(evidence.length > 0, 'the case recorded evidence');
  });
}

t.test(
  'a device operation works over the WebSocket authenticated at upgrade, and not without a token',
  async (t) => {
    const r = await startTestRelay(t);
    const a = await registerAccount(r.client, seeded(3));
    const call = async (token: string | undefined) => {
      const url = new URL('/v1/websocket', r.relay.url);
      url.protocol = 'ws:';
      const ws = new WebSocket(url, token ? { headers: { authorization: `Bearer ${token}` } } : {});
      await new Promise<void>((resolve, reject) => {
        ws.once('open', () => resolve());
        ws.once('error', reject);
      });
      const answer = new Promise<Buffer>((resolve) => ws.once('message', (m: Buffer) => resolve(m)));
      ws.send(
        encodeFrame({
          kind: 'request',
          id: 1,
          method: 'GET',
          path: '/v1/keys/status',
          body: new Uint8Array(0),
        }),
      );
      const frame = decodeFrame(await answer);
      ws.close(1000);
      return frame;
    };
    const ok = await call(a.primary.token);
    t.equal(ok.kind === 'response' && ok.status, 200, 'authenticated connection reads its key status');
    const anon = await call(undefined);
    t.equal(anon.kind === 'response' && anon.status, 401, 'anonymous connection gets UNAUTHENTICATED');
  },
);
