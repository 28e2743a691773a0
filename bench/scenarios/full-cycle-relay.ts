/**
 * @module
 * Internal: the DefTalk relay as the delivery scenarios drive it
 * (bench/README.md §Delivery scenarios). Starts the relay in its own process
 * with `--test-hooks` (loopback only: accounts are set up through the
 * verification-code hook, and the invariants read the flush, counts and
 * storage-dump hooks), registers accounts quickly (node:crypto Ed25519, many
 * registrations in parallel), and opens device WebSockets that send
 * envelopes and acknowledge pushes the way a client does
 * (spec/delivery.md §Sends, §Push).
 *
 * `DEFTALK_BENCH_RELAY` names another script to start instead of
 * `bin/deftalk-relay.js` (same flags, same ready line on stderr): a build
 * under comparison, or the bench's own tests' faulty relay.
 */
import { createPrivateKey, createPublicKey, sign } from 'node:crypto';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import WebSocket from 'ws';
import { RelayClient, requestCode } from '../../conformance/lib/relayClient.ts';
import { deviceListPayload, encodeDeviceList } from '../../reference/wire/account.ts';
import {
  authPayload,
  decodeAuthChallenge,
  decodeAuthToken,
  encodeTokenRequest,
} from '../../reference/wire/auth.ts';
import {
  decodeSendBatchResult,
  encodeSendBatch,
  MAX_BATCH_SENDS,
  PUSH_REQUEST,
  SEND_PATH,
  type Send,
  type SendResult,
} from '../../reference/wire/delivery.ts';
import { decodeEnvelope } from '../../reference/wire/envelope.ts';
import { type AccountId, type DeviceId, PRIMARY_DEVICE_ID } from '../../reference/wire/ids.ts';
import { decodeFrame, encodeFrame } from '../../reference/wire/index.ts';
import { decodeRegistrationResult, encodeRegistrationRequest } from '../../reference/wire/registration.ts';
import type { RunOptions } from '../scenario.ts';
import { REPO_ROOT, type ServerProcess, startServerProcess } from '../server-process.ts';

/** Log level of the relay under load (no per-request lines), recorded with every figure. */
export const RELAY_LOG_LEVEL = 'warn';

/** The relay script the delivery scenarios start. */
export function relayScript(): string {
  return process.env.DEFTALK_BENCH_RELAY || join(REPO_ROOT, 'bin', 'deftalk-relay.js');
}

/** A relay process started for one run, with a harness client for its hooks. */
export interface BenchRelay {
  readonly server: ServerProcess;
  readonly client: RelayClient;
  readonly wsUrl: string;
}

/** Start the relay with test hooks and a fresh data directory under the run's work directory. */
export async function startBenchRelay(
  options: Pick<RunOptions, 'workDir' | 'cpuProfileDir' | 'heapSnapshotDir'>,
  env: Record<string, string> = {},
): Promise<BenchRelay> {
  const server = await startServerProcess({
    script: relayScript(),
    args: [
      '--port',
      '0',
      '--data',
      join(options.workDir, 'data'),
      '--test-hooks',
      '--log-level',
      RELAY_LOG_LEVEL,
    ],
    ready: { stream: 'stderr', pattern: /^deftalk-relay listening on (http:\/\/\S+)/ },
    cpuProfileDir: options.cpuProfileDir,
    heapSnapshotDir: options.heapSnapshotDir,
    env,
  });
  const wsUrl = new URL('/v1/websocket', server.url);
  wsUrl.protocol = 'ws:';
  return { server, client: new RelayClient(server.url), wsUrl: wsUrl.toString() };
}

/** A registered primary device the bench acts as. */
export interface BenchDevice {
  readonly accountId: AccountId;
  readonly deviceId: DeviceId;
  readonly token: string;
  /** Signs with the device key (to authenticate again, spec/auth.md). */
  readonly sign: (message: Uint8Array) => Uint8Array;
}

const PKCS8_ED25519 = Buffer.from('302e020100300506032b657004220420', 'hex');

/** An Ed25519 key from 32 random bytes, signing through node:crypto (noble is ~15× slower here). */
function edKey(): { publicKey: Uint8Array; sign(m: Uint8Array): Uint8Array } {
  const seed = crypto.getRandomValues(new Uint8Array(32));
  const priv = createPrivateKey({ key: Buffer.concat([PKCS8_ED25519, seed]), format: 'der', type: 'pkcs8' });
  const spki = createPublicKey(priv).export({ format: 'der', type: 'spki' });
  return {
    publicKey: new Uint8Array(spki.subarray(spki.length - 32)),
    sign: (m) => new Uint8Array(sign(null, m, priv)),
  };
}

let phoneCounter = 0;

/** Register one account (spec/registration.md) and sign its primary device in (spec/auth.md). */
async function registerOne(client: RelayClient): Promise<BenchDevice> {
  // Distinct numbers per process: a random prefix and a counter.
  phoneCounter++;
  const phone = `+49151${String((process.pid * 7919 + phoneCounter) % 100_000_000).padStart(8, '0')}`;
  const identity = edKey();
  const device = edKey();
  const code = await requestCode(client, phone);
  const listBytes = encodeDeviceList({
    version: 1,
    devices: [{ deviceId: PRIMARY_DEVICE_ID, deviceKey: device.publicKey, addedAtMs: Date.now() }],
  });
  const address = decodeRegistrationResult(
    await client.ok('register', 'POST', '/v1/registration', {
      body: encodeRegistrationRequest({
        phoneNumber: phone,
        verificationCode: code,
        identityKey: identity.publicKey,
        deviceKey: device.publicKey,
        deviceList: { bytes: listBytes, signature: identity.sign(deviceListPayload(listBytes)) },
        registrationLockPin: undefined,
      }),
    }),
  );
  const token = await signIn(client, { ...address, sign: device.sign });
  return { accountId: address.accountId, deviceId: address.deviceId, token, sign: device.sign };
}

/** Authenticate a registered device (spec/auth.md: challenge, signature, token); resolves with a fresh token. */
export async function signIn(
  client: RelayClient,
  device: Pick<BenchDevice, 'accountId' | 'deviceId' | 'sign'>,
): Promise<string> {
  const challenge = decodeAuthChallenge(await client.ok('challenge', 'POST', '/v1/auth/challenge'));
  const signature = device.sign(authPayload(challenge.nonce, device.accountId, device.deviceId));
  const body = encodeTokenRequest({
    accountId: device.accountId,
    deviceId: device.deviceId,
    nonce: challenge.nonce,
    signature,
  });
  return decodeAuthToken(await client.ok('token', 'POST', '/v1/auth/token', { body })).token;
}

/** Register `n` accounts, `concurrency` at a time; progress every second. */
export async function registerDevices(
  client: RelayClient,
  n: number,
  progress: (line: string) => void,
  concurrency = 16,
): Promise<BenchDevice[]> {
  const out: BenchDevice[] = new Array(n);
  let next = 0;
  let last = performance.now();
  const worker = async () => {
    while (next < n) {
      const i = next++;
      out[i] = await registerOne(client);
      if (performance.now() - last > 1000) {
        last = performance.now();
        progress(`  registered ${i + 1}/${n} accounts`);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, n) }, worker));
  return out;
}

/** The relay's delivery counts (the bench-only JSON hook of plugins/delivery.ts). */
export interface RelayCounts {
  queued: number;
  stored: number;
  erased: number;
  expired: number;
  cycles: number;
  checkpoints: number;
}

/** Read the counts hook. */
export async function relayCounts(client: RelayClient): Promise<RelayCounts> {
  const res = await fetch(new URL('/test-hooks/v1/delivery/counts', client.base));
  if (!res.ok) throw new Error(`counts hook answered ${res.status}`);
  return (await res.json()) as RelayCounts;
}

/** Wait until the relay holds nothing queued (or `timeoutMs` passed), then flush its storage cycles. */
export async function waitEmptyAndFlush(client: RelayClient, timeoutMs = 10_000): Promise<RelayCounts> {
  const until = performance.now() + timeoutMs;
  let c = await relayCounts(client);
  while (c.queued > 0 && performance.now() < until) {
    await new Promise((r) => setTimeout(r, 5));
    c = await relayCounts(client);
  }
  await client.ok('delivery flush', 'POST', '/test-hooks/v1/delivery/flush');
  return relayCounts(client);
}

/** Occurrences of `needle` in every storage file of the relay, read through the storage-dump hook. */
export async function storageOccurrences(client: RelayClient, needle: Uint8Array): Promise<number> {
  let n = 0;
  for (const f of await client.storageDump()) {
    const hay = Buffer.from(f.content.buffer, f.content.byteOffset, f.content.byteLength);
    for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + 1)) n++;
  }
  return n;
}

/** Counts of a device socket's send results. */
export interface SendCounts {
  accepted: number;
  duplicates: number;
  refused: number;
  /** Requests answered with an error status, or never answered. */
  errors: number;
  /** Sends handed to the socket but not yet answered. */
  pending: number;
}

/**
 * A device's WebSocket (spec/transport.md §WebSocket): sends envelope
 * batches as requests and counts their results; receives pushes, hands the
 * ciphertext to `onPush`, and acknowledges each at once (204), as a device
 * does after durably processing it (spec/delivery.md §Erasure).
 */
export class BenchSocket {
  readonly #ws: WebSocket;
  #nextId = 1;
  readonly #inFlight = new Map<number, number>();
  /** Requests sent with {@link BenchSocket.request}, by id. */
  readonly #raw = new Map<number, (r: { status: number; body: Uint8Array }) => void>();
  /** Sends waiting for a free request slot, in sequence order. */
  readonly #waiting: Send[] = [];
  readonly counts: SendCounts = { accepted: 0, duplicates: 0, refused: 0, errors: 0, pending: 0 };
  pushes = 0;
  readonly opened: Promise<void>;
  readonly closed: Promise<void>;

  constructor(url: string, device: BenchDevice, onPush?: (ciphertext: Uint8Array) => void) {
    this.#ws = new WebSocket(url, {
      headers: { authorization: `Bearer ${device.token}` },
      perMessageDeflate: false,
    });
    this.opened = new Promise((resolve, reject) => {
      this.#ws.once('open', () => resolve());
      this.#ws.once('error', reject);
    });
    this.closed = new Promise((resolve) => this.#ws.once('close', () => resolve()));
    this.opened.catch(() => undefined);
    this.#ws.on('error', () => {});
    this.#ws.on('message', (data: Buffer) => {
      const frame = decodeFrame(data);
      if (frame.kind === 'response') {
        const raw = this.#raw.get(frame.id);
        if (raw) {
          this.#raw.delete(frame.id);
          raw({ status: frame.status, body: frame.body });
          return;
        }
        const n = this.#inFlight.get(frame.id);
        if (n === undefined) return;
        this.#inFlight.delete(frame.id);
        this.counts.pending -= n;
        if (frame.status >= 400) this.counts.errors += n;
        else this.#count(decodeSendBatchResult(frame.body));
        this.#drainWaiting();
        return;
      }
      if (frame.method !== PUSH_REQUEST.method || frame.path !== PUSH_REQUEST.path) {
        this.#ws.send(encodeFrame({ kind: 'response', id: frame.id, status: 404, body: EMPTY }));
        return;
      }
      this.pushes++;
      onPush?.(decodeEnvelope(frame.body).ciphertext);
      this.#ws.send(encodeFrame({ kind: 'response', id: frame.id, status: 204, body: EMPTY }));
    });
  }

  #count(results: readonly SendResult[]): void {
    for (const r of results) {
      if (r.kind === 'refused') {
        this.counts.refused++;
        refusals.set(r.error.errorName, (refusals.get(r.error.errorName) ?? 0) + 1);
      } else if (r.kind === 'accepted' && r.duplicate) this.counts.duplicates++;
      else if (r.kind === 'accepted') this.counts.accepted++;
    }
  }

  /**
   * Send a batch (spec/delivery.md §Sends); the result is counted when it
   * arrives. Like a client, the socket keeps at most
   * {@link MAX_REQUESTS_IN_FLIGHT} requests unanswered (the relay refuses
   * more) and sends what waits behind them as one batch per free slot.
   */
  send(sends: readonly Send[]): void {
    if (this.#inFlight.size >= MAX_REQUESTS_IN_FLIGHT || this.#waiting.length > 0) {
      for (const x of sends) this.#waiting.push(x);
      this.counts.pending += sends.length;
      return;
    }
    this.counts.pending += sends.length;
    this.#sendNow(sends);
  }

  #drainWaiting(): void {
    while (this.#waiting.length > 0 && this.#inFlight.size < MAX_REQUESTS_IN_FLIGHT) {
      this.#sendNow(this.#waiting.splice(0, MAX_BATCH_SENDS));
    }
  }

  #sendNow(sends: readonly Send[]): void {
    const id = this.#nextId++;
    this.#inFlight.set(id, sends.length);
    this.#ws.send(
      encodeFrame({ kind: 'request', id, method: 'POST', path: SEND_PATH, body: encodeSendBatch(sends) }),
    );
  }

  /**
   * Any other operation as a WebSocket request (spec/transport.md
   * §Operations); resolves with the response, or with status 0 if the
   * socket closes first. Shares the request ids and the in-flight limit of
   * the relay with {@link BenchSocket.send}: the caller keeps within it.
   */
  request(method: string, path: string, body: Uint8Array): Promise<{ status: number; body: Uint8Array }> {
    const id = this.#nextId++;
    return new Promise((resolve) => {
      this.#raw.set(id, resolve);
      void this.closed.then(() => {
        if (this.#raw.delete(id)) resolve({ status: 0, body: EMPTY });
      });
      this.#ws.send(encodeFrame({ kind: 'request', id, method, path, body }));
    });
  }

  /** Close cleanly, so acks already written leave the socket; terminate after 5 s. */
  async close(): Promise<void> {
    if (this.#ws.readyState === WebSocket.CLOSED) return;
    this.#ws.close(1000);
    const timer = setTimeout(() => this.#ws.terminate(), 5000);
    await this.closed;
    clearTimeout(timer);
  }

  /** Drop the connection (unanswered sends count as errors). */
  terminate(): Promise<void> {
    this.counts.errors += this.counts.pending;
    this.counts.pending = 0;
    this.#inFlight.clear();
    this.#waiting.length = 0;
    if (this.#ws.readyState !== WebSocket.CLOSED) this.#ws.terminate();
    return this.closed;
  }
}

const EMPTY = new Uint8Array(0);

/** Requests a device keeps unanswered on its socket (the relay's per-connection limit, plugins/websocket.ts). */
export const MAX_REQUESTS_IN_FLIGHT = 32;

/** Refusals by error name over every socket of this process, for the run's notes. */
export const refusals = new Map<string, number>();

/** Sum the send counts of several sockets. */
export function sumCounts(sockets: readonly BenchSocket[]): SendCounts {
  const out: SendCounts = { accepted: 0, duplicates: 0, refused: 0, errors: 0, pending: 0 };
  for (const s of sockets) {
    out.accepted += s.counts.accepted;
    out.duplicates += s.counts.duplicates;
    out.refused += s.counts.refused;
    out.errors += s.counts.errors;
    out.pending += s.counts.pending;
  }
  return out;
}
