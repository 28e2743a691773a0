/**
 * @module
 * The evidence recorder of one case (spec/conformance.md §Evidence): the
 * frame log of everything the harness's own clients exchanged with the
 * implementation (HTTP requests and answers, WebSocket messages, driver
 * requests and answers), timestamped from the start of the case, and the
 * secrets to mask before any of it is written. The runner makes one
 * recorder per case and runs the case inside it; harness clients find it
 * with {@link currentRecorder} and record through it, so cases need not
 * pass it around.
 *
 * Only what the protocol exchanged in the test run is recorded, and before
 * writing, every bearer token, link token and verification code the harness
 * learned is masked wherever it occurs (headers, bodies, transcript lines).
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash } from 'node:crypto';
import { performance } from 'node:perf_hooks';

/** Body bytes kept per frame; larger bodies keep their size, digest and first bytes. */
export const FRAME_BODY_MAX = 4_096;
/** Frames kept per case; the rest are counted. */
export const FRAMES_MAX = 5_000;

/** One recorded exchange step. */
export interface FrameRecord {
  /** Milliseconds since the case started. */
  t: number;
  /** `http`, `ws` (a WebSocket message or event), `driver`, or another harness channel. */
  channel: string;
  /** `out`: the harness sent it; `in`: the implementation sent it; `event`: open, close, error. */
  dir: 'out' | 'in' | 'event';
  /** Which connection or actor, e.g. `GET /v1/info` or `ws#3 alice/1`. */
  link?: string;
  /** What happened, e.g. `POST /v1/keys`, `200`, `open`, `close 1000`. */
  what?: string;
  /** Headers worth keeping (authorization is always masked). */
  headers?: Record<string, string>;
  /** Body size in bytes. */
  size?: number;
  /** Body, base64, up to {@link FRAME_BODY_MAX} bytes. */
  base64?: string;
  /** SHA-256 of the whole body (hex), when it was cut. */
  sha256?: string;
  /** A JSON value (driver messages), recorded as it was sent. */
  json?: unknown;
}

/** Frames and secrets of one case. */
export class EvidenceRecorder {
  readonly #started = performance.now();
  readonly #frames: FrameRecord[] = [];
  readonly #secrets = new Set<string>();
  #dropped = 0;

  /** Milliseconds since the case started. */
  now(): number {
    return Math.round((performance.now() - this.#started) * 10) / 10;
  }

  /** Record one frame (`t` is filled in). */
  frame(rec: Omit<FrameRecord, 't'>, body?: Uint8Array): void {
    if (this.#frames.length >= FRAMES_MAX) {
      this.#dropped++;
      return;
    }
    const out: FrameRecord = { t: this.now(), ...rec };
    if (body) {
      out.size = body.length;
      // Copied now: the caller may reuse its buffer.
      out.base64 = Buffer.from(body.subarray(0, FRAME_BODY_MAX)).toString('base64');
      if (body.length > FRAME_BODY_MAX) out.sha256 = createHash('sha256').update(body).digest('hex');
    }
    this.#frames.push(out);
  }

  /** A secret to mask in everything written (a bearer token, a link token, a verification code). */
  secret(text: string | undefined): void {
    if (text && text.length >= 4) this.#secrets.add(text);
  }

  /** Mask every known secret in `text`. */
  redactText(text: string): string {
    let out = text;
    for (const s of this.#secrets) out = out.split(s).join('*'.repeat(Math.min(s.length, 8)));
    return out.replace(/(bearer\s+)[A-Za-z0-9._~+/=-]+/gi, '$1***');
  }

  /** Mask every known secret in body bytes, byte for byte, so the length stays. */
  redactBytes(bytes: Buffer): Buffer {
    const out = Buffer.from(bytes);
    for (const s of this.#secrets) {
      const needle = Buffer.from(s, 'utf8');
      let at = out.indexOf(needle);
      while (at >= 0) {
        out.fill(0x2a, at, at + needle.length);
        at = out.indexOf(needle, at + needle.length);
      }
    }
    return out;
  }

  /** The frames as JSON lines, secrets masked. */
  framesJsonl(): string {
    const lines = this.#frames.map((f) => {
      const g: FrameRecord = { ...f };
      if (g.base64 !== undefined)
        g.base64 = this.redactBytes(Buffer.from(g.base64, 'base64')).toString('base64');
      if (g.headers) {
        g.headers = Object.fromEntries(
          Object.entries(g.headers).map(([k, v]) => [
            k,
            /^(authorization|cookie|set-cookie)$/i.test(k) ? '***' : this.redactText(v),
          ]),
        );
      }
      if (g.json !== undefined)
        g.json = JSON.parse(this.redactText(JSON.stringify(maskSecretFields(g.json))));
      if (g.what !== undefined) g.what = this.redactText(g.what);
      return JSON.stringify(g);
    });
    if (this.#dropped)
      lines.push(
        JSON.stringify({
          t: this.now(),
          channel: 'harness',
          dir: 'event',
          what: `${this.#dropped} more frames not kept`,
        }),
      );
    return lines.length ? `${lines.join('\n')}\n` : '';
  }

  /** Number of frames recorded. */
  get size(): number {
    return this.#frames.length;
  }
}

/** Driver parameters and answers whose string values are secrets of the test run (spec/driver.md). */
const SECRET_FIELD =
  /^(passphrase|identitySeed|seed|code|verificationCode|token|linkToken|pin|registrationLockPin)$/i;

/** `value` with the string values of secret-named fields replaced by `***`, at any depth. */
export function maskSecretFields(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(maskSecretFields);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).map(([k, v]) => [
      k,
      typeof v === 'string' && SECRET_FIELD.test(k) ? '***' : maskSecretFields(v),
    ]),
  );
}

const current = new AsyncLocalStorage<EvidenceRecorder>();

/** Run `fn` with `recorder` as the current recorder of everything it starts. */
export function withRecorder<T>(recorder: EvidenceRecorder, fn: () => T): T {
  return current.run(recorder, fn);
}

/** The recorder of the running case, if any (undefined outside a run, e.g. in plain tests). */
export function currentRecorder(): EvidenceRecorder | undefined {
  return current.getStore();
}

/** Record a frame on the current case's recorder, if there is one. */
export function recordFrame(rec: Omit<FrameRecord, 't'>, body?: Uint8Array): void {
  current.getStore()?.frame(rec, body);
}

/** Register a secret with the current case's recorder, so it is masked in the evidence. */
export function recordSecret(text: string | undefined): void {
  current.getStore()?.secret(text);
}

/** The minimal WebSocket surface {@link recordSocket} needs (the `ws` package's WebSocket has it). */
interface RecordableSocket {
  send(data: unknown, ...rest: unknown[]): void;
  on(event: 'message', fn: (data: Buffer | ArrayBuffer | Buffer[], isBinary?: boolean) => void): unknown;
  on(event: 'open', fn: () => void): unknown;
  on(event: 'close', fn: (code: number) => void): unknown;
}

let socketCount = 0;

/**
 * Record every message `ws` sends and receives, and its open and close, on
 * the current case's recorder (nothing when there is none). `link` names the
 * actor, e.g. `alice/1`. Returns `ws`.
 */
export function recordSocket<W extends RecordableSocket>(ws: W, link: string): W {
  const recorder = current.getStore();
  if (!recorder) return ws;
  const name = `ws#${++socketCount} ${link}`;
  const bytes = (d: unknown): Uint8Array =>
    typeof d === 'string'
      ? Buffer.from(d, 'utf8')
      : Array.isArray(d)
        ? Buffer.concat(d as Buffer[])
        : d instanceof ArrayBuffer
          ? new Uint8Array(d)
          : ArrayBuffer.isView(d)
            ? new Uint8Array(d.buffer, d.byteOffset, d.byteLength)
            : new Uint8Array(0);
  const send = ws.send.bind(ws);
  ws.send = (data: unknown, ...rest: unknown[]) => {
    recorder.frame({ channel: 'ws', dir: 'out', link: name }, bytes(data));
    send(data, ...rest);
  };
  ws.on('open', () => recorder.frame({ channel: 'ws', dir: 'event', link: name, what: 'open' }));
  ws.on('message', (data) => recorder.frame({ channel: 'ws', dir: 'in', link: name }, bytes(data)));
  ws.on('close', (code) =>
    recorder.frame({ channel: 'ws', dir: 'event', link: name, what: `close ${code}` }),
  );
  return ws;
}
