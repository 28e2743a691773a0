/**
 * The crash test of spec/delivery.md §Acceptance (REQ-DELIVERY-003): the
 * real relay process is killed with SIGKILL at seeded random moments while
 * a sender posts batches over HTTP and a receiver acknowledges pushes over
 * its WebSocket; after each restart on the same data directory the sender
 * resumes from the relay's last accepted sequence number. At the end every
 * send whose acceptance was answered is delivered exactly once to the
 * receiving application (which deduplicates by envelope id), with its exact
 * ciphertext, and nothing that was never sent appears.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import t from 'tap';
import { addressOf, DeviceSocket, postSends } from '../conformance/cases/relay/deliveryPeer.ts';
import { RelayClient, registerAccount } from '../conformance/lib/relayClient.ts';
import { decodeSenderState, SEQUENCE_PATH, type Send } from '../reference/wire/delivery.ts';
import { envelopeIdKey } from '../reference/wire/envelope.ts';
import { seeded } from './identity-helpers.ts';

const BIN = resolve(import.meta.dirname, '..', 'bin', 'deftalk-relay.js');

interface Running {
  child: ChildProcess;
  url: string;
  exited: Promise<void>;
}

function start(dataDir: string, port: number): Promise<Running> {
  const child = spawn(
    process.execPath,
    [
      BIN,
      '--port',
      String(port),
      '--data',
      dataDir,
      '--log-level',
      'silent',
      '--test-hooks',
      '--pin-scrypt-log2n',
      '10',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let err = '';
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  return new Promise((resolvePromise, reject) => {
    child.stderr!.on('data', (c: Buffer) => {
      err += c.toString();
      const m = /deftalk-relay listening on (\S+)/.exec(err);
      if (m) resolvePromise({ child, url: m[1]!, exited });
    });
    void exited.then(() => reject(new Error(`relay exited before listening: ${err}`)));
  });
}

/** The ciphertext of sequence `n`: derived, so the receiver can check it. */
const ciphertextOf = (n: number): Uint8Array => createHash('sha256').update(`crash-${n}`).digest();

t.test('SIGKILL at random moments loses no acknowledged envelope and delivers each once', async (t) => {
  const random = seeded(20240601);
  const dataDir = mkdtempSync(join(tmpdir(), 'deftalk-crash-'));
  t.teardown(() => rmSync(dataDir, { recursive: true, force: true }));
  let relay = await start(dataDir, 0);
  const port = Number(new URL(relay.url).port);
  t.teardown(() => {
    relay.child.kill('SIGKILL');
  });
  const client = new RelayClient(relay.url);
  const alice = await registerAccount(client, random);
  const bob = await registerAccount(client, random);
  const target = [addressOf(bob, bob.primary)];

  const acknowledged = new Set<number>();
  const delivered = new Map<string, number>(); // envelope id -> times pushed
  let wrongCiphertext = 0;
  let bobSocket: DeviceSocket | undefined;
  const connectBob = (): void => {
    const s = new DeviceSocket(new URL(relay.url), bob.primary);
    bobSocket = s;
  };
  const harvest = (): void => {
    for (const p of bobSocket?.pushes ?? []) {
      const k = envelopeIdKey(p.envelope.id);
      if ((p as { counted?: boolean }).counted) continue;
      (p as { counted?: boolean }).counted = true;
      delivered.set(k, (delivered.get(k) ?? 0) + 1);
      if (!Buffer.from(p.envelope.ciphertext).equals(ciphertextOf(p.envelope.id.sequence))) wrongCiphertext++;
    }
  };

  let next = 1;
  const rounds = 6;
  for (let round = 0; round < rounds; round++) {
    connectBob();
    // Sender: batches until the relay dies under it.
    let alive = true;
    const sender = (async () => {
      while (alive) {
        const size = 1 + Math.floor(random() * 20);
        const sends: Send[] = Array.from({ length: size }, (_, i) => ({
          sequence: next + i,
          destination: bob.accountId,
          copies: target.map((device) => ({ device, ciphertext: ciphertextOf(next + i) })),
          transient: false,
        }));
        try {
          const r = await postSends(client, alice.primary, sends);
          for (const x of r.results) {
            if (x.kind === 'accepted') acknowledged.add(x.sequence);
          }
          const accepted = r.results.filter((x) => x.kind === 'accepted').length;
          next += accepted;
        } catch {
          return; // the relay was killed mid-request: the outcome is unknown
        }
      }
    })();
    // Kill at a seeded random moment (this only chooses when; nothing is asserted on time).
    await new Promise((r) => setTimeout(r, 30 + Math.floor(random() * 250)));
    relay.child.kill('SIGKILL');
    await relay.exited;
    alive = false;
    await sender;
    harvest();
    await bobSocket?.closed;
    relay = await start(dataDir, port);
    // Resume from what the relay durably accepted.
    const last = decodeSenderState(
      await client.ok('sequence', 'GET', SEQUENCE_PATH, { token: alice.primary.token }),
    );
    const maxAck = Math.max(0, ...acknowledged);
    t.ok(
      last >= maxAck,
      `round ${round}: relay kept every acknowledged send (last ${last} ≥ acked ${maxAck})`,
    );
    next = last + 1;
  }
  // Final drain: bob connects once more and receives everything still queued.
  const last = next - 1;
  connectBob();
  const want = new Set(
    Array.from({ length: last }, (_, i) => `${alice.accountId}/${alice.primary.deviceId}/${i + 1}`),
  );
  const missing = (): number => [...want].filter((k) => !delivered.has(k)).length;
  while (missing() > 0) {
    await bobSocket!.waitForPushes(bobSocket!.pushes.length + 1);
    harvest();
  }
  await bobSocket!.close();
  harvest();
  t.ok(acknowledged.size > 0, `the sender saw ${acknowledged.size} acknowledged sends`);
  t.equal(missing(), 0, `all ${last} accepted sends delivered, including every acknowledged one`);
  t.ok(
    [...acknowledged].every((n) => want.has(`${alice.accountId}/${alice.primary.deviceId}/${n}`)),
    'acknowledged ⊆ accepted',
  );
  t.same(
    [...delivered.keys()].filter((k) => !want.has(k)),
    [],
    'nothing delivered that was not accepted',
  );
  t.equal(wrongCiphertext, 0, 'every delivered ciphertext is the one sent');
  const redelivered = [...delivered.values()].filter((n) => n > 1).length;
  t.comment(
    `${last} sends, ${acknowledged.size} acknowledged, ${redelivered} redelivered after a lost ack (deduplicated)`,
  );
});
