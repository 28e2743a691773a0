/**
 * @module
 * The {@link Bus} over Redis (spec/deployment.md §Routing, §Presence, §Rate
 * limits): one key per connected device naming its node, connection and
 * ticket, one set per online account, one pub/sub channel per node and one
 * per watched account. Claiming, releasing, routing and each rate-limit
 * take are one Lua script each, so a read and the write or publish that
 * depends on it are atomic in Redis and no node ever acts on a value that
 * changed in between.
 *
 * Keys (under the configured prefix, `deftalk:` by default):
 * - `dev:<accountId>/<deviceId>` → `<nodeId> <connectionId> <ticket>` while connected;
 * - `on:<accountId>` → the set of its connected devices (the account is online while it exists);
 * - `ticket` → the last connection ticket handed out (microseconds of Redis time, or one more);
 * - `nodes` → the set of node ids; `alive:<nodeId>` while the node beats (expires after three
 *   missed beats); `claims:<nodeId>` → the set of devices it claimed;
 * - `rl:<limiter>:<key>` → a token bucket (`tokens`, `at`), expiring once it would be full again;
 * - channel `node:<nodeId>`: `q <device>` (queue grew), `c <device> <connectionId|*> <code>` (close),
 *   `t <request> <fromNode> <device> <base64 envelope>` (push a transient envelope) and
 *   `r <request> <0|1>` (whether it was pushed);
 * - channel `presence:<accountId>`: `s <online 0|1> <lastSeenMs>` or `b` (bus.ts {@link encodePresenceEvent}).
 *
 * Transient envelopes (end-to-end encrypted) are the only content that
 * crosses Redis, as pub/sub messages that Redis forwards and never stores.
 * No address and no phone number is ever sent. Redis keeps everything in
 * memory only; after a Redis restart every node claims its connections
 * again ({@link BusHandler.reset}).
 */
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { DefTalkError } from '../../errors/index.ts';
import type { RateLimiter } from '../storage/rateLimits.ts';
import {
  type Bus,
  type BusHandler,
  type ClaimOutcome,
  decodePresenceEvent,
  encodePresenceEvent,
  type PresenceEvent,
} from './bus.ts';

// Redis time in microseconds, or one more than the last ticket: increasing across Redis restarts
// (the counter is lost with the memory, the clock is not), so a reconnecting device always wins.
const TICKET = `local t = redis.call('TIME')
local v = tonumber(t[1]) * 1000000 + tonumber(t[2])
local last = tonumber(redis.call('GET', KEYS[1]) or '0')
if v <= last then v = last + 1 end
redis.call('SET', KEYS[1], string.format('%.0f', v))
return string.format('%.0f', v)`;

const CLAIM = `redis.call('SADD', KEYS[3], ARGV[4])
local old = redis.call('GET', KEYS[1])
if old then
  local n, c, t = string.match(old, '^(%S+) (%S+) ?(%S*)$')
  if t and t ~= '' and ARGV[6] ~= '' and tonumber(t) > tonumber(ARGV[6]) then return {0, 0} end
  if n and n ~= ARGV[2] then redis.call('PUBLISH', ARGV[3] .. n, 'c ' .. ARGV[4] .. ' ' .. c .. ' ' .. ARGV[5]) end
end
redis.call('SET', KEYS[1], ARGV[1])
if redis.call('SADD', KEYS[2], ARGV[4]) == 1 and redis.call('SCARD', KEYS[2]) == 1 then
  redis.call('PUBLISH', ARGV[7], 's 1 0')
  return {1, 1}
end
return {1, 0}`;

const RELEASE = `redis.call('SREM', KEYS[3], ARGV[2])
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
redis.call('DEL', KEYS[1])
if redis.call('SREM', KEYS[2], ARGV[2]) == 1 and redis.call('SCARD', KEYS[2]) == 0 then
  redis.call('PUBLISH', ARGV[3], 's 0 ' .. ARGV[4])
  return 1
end
return 0`;

const ROUTE = `local v = redis.call('GET', KEYS[1])
if not v then return 0 end
local n = string.match(v, '^(%S+)')
return redis.call('PUBLISH', ARGV[1] .. n, ARGV[2])`;

// The token bucket of storage/rateLimits.ts, step for step, with the caller's relay time.
const TAKE = `local cap, win, now = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
local per = cap / win
local b = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens, at = tonumber(b[1]) or cap, tonumber(b[2]) or now
tokens = math.min(cap, tokens + math.max(0, now - at) * per)
local ok, retry = 0, 0
if tokens >= 1 then tokens = tokens - 1; ok = 1 else retry = math.ceil((1 - tokens) / per) end
redis.call('HSET', KEYS[1], 'tokens', string.format('%.17g', tokens), 'at', string.format('%.0f', now))
redis.call('PEXPIRE', KEYS[1], math.ceil(win))
return {ok, retry}`;

// A node that stopped beating (killed): drop the claims that still name it, as their releases would
// have, publishing offline for each account left with no device; answers those accounts. Its keys are
// reached through the node's claim set, so this runs on a single Redis server, not a Redis Cluster.
const SWEEP = `local p, lastSeen, gone = ARGV[1], ARGV[2], {}
for _, n in ipairs(redis.call('SMEMBERS', KEYS[1])) do
  if redis.call('EXISTS', p .. 'alive:' .. n) == 0 then
    for _, d in ipairs(redis.call('SMEMBERS', p .. 'claims:' .. n)) do
      local v = redis.call('GET', p .. 'dev:' .. d)
      if v and string.match(v, '^(%S+)') == n then
        redis.call('DEL', p .. 'dev:' .. d)
        local a = string.match(d, '^([^/]+)')
        if redis.call('SREM', p .. 'on:' .. a, d) == 1 and redis.call('SCARD', p .. 'on:' .. a) == 0 then
          redis.call('PUBLISH', p .. 'presence:' .. a, 's 0 ' .. lastSeen)
          table.insert(gone, a)
        end
      end
    end
    redis.call('DEL', p .. 'claims:' .. n)
    redis.call('SREM', KEYS[1], n)
  end
end
return gone`;

/** Default interval of a node's heartbeat; a node is dead after three missed beats. */
export const HEARTBEAT_MS = 5000;

/** How long a node waits for another node to say whether it pushed a transient envelope. */
const TRANSIENT_ANSWER_MS = 2000;

/** A Redis bus URL split into the connection URL and the key prefix (`?prefix=`). */
export function parseBusUrl(url: string): { redisUrl: string; prefix: string } {
  const u = new URL(url);
  const prefix = u.searchParams.get('prefix') ?? 'deftalk:';
  u.searchParams.delete('prefix');
  return { redisUrl: u.toString(), prefix };
}

type Scripted = Redis & {
  deftalkTicket(key: string): Promise<string>;
  deftalkClaim(
    key: string,
    online: string,
    claims: string,
    value: string,
    node: string,
    channels: string,
    device: string,
    code: number,
    ticket: string,
    presence: string,
  ): Promise<[number, number]>;
  deftalkRelease(
    key: string,
    online: string,
    claims: string,
    value: string,
    device: string,
    presence: string,
    lastSeenMs: number,
  ): Promise<number>;
  deftalkRoute(key: string, channels: string, message: string): Promise<number>;
  deftalkSweep(nodes: string, prefix: string, lastSeenMs: number): Promise<string[]>;
  deftalkTake(key: string, capacity: number, windowMs: number, now: number): Promise<[number, number]>;
};

const accountOf = (device: string): string => device.slice(0, device.indexOf('/'));

/** {@link Bus} over a Redis server. */
export class RedisBus implements Bus {
  readonly nodeId = randomBytes(8).toString('hex');
  readonly #prefix: string;
  readonly #cmd: Scripted;
  readonly #sub: Redis;
  readonly #answers = new Map<string, (pushed: boolean) => void>();
  /** The claim value this node wrote, per `<device> <connection>`, for the compare-and-delete of a release. */
  readonly #claims = new Map<string, string>();
  #nextRequest = 1;
  #readyOnce = false;
  readonly #heartbeatMs: number;
  #beat: NodeJS.Timeout | undefined;
  #beaten = false;

  /** `heartbeatMs`: interval of this node's beat and of its sweep for dead nodes (default {@link HEARTBEAT_MS}). */
  constructor(url: string, opts: { heartbeatMs?: number } = {}) {
    this.#heartbeatMs = opts.heartbeatMs ?? HEARTBEAT_MS;
    const { redisUrl, prefix } = parseBusUrl(url);
    this.#prefix = prefix;
    // Commands wait in ioredis's queue while Redis is away, up to 2 retries each.
    const clientOptions = { lazyConnect: true, maxRetriesPerRequest: 2 };
    this.#cmd = new Redis(redisUrl, clientOptions) as Scripted;
    this.#sub = new Redis(redisUrl, clientOptions);
    this.#cmd.on('error', () => undefined);
    this.#sub.on('error', () => undefined);
    this.#cmd.defineCommand('deftalkTicket', { numberOfKeys: 1, lua: TICKET });
    this.#cmd.defineCommand('deftalkClaim', { numberOfKeys: 3, lua: CLAIM });
    this.#cmd.defineCommand('deftalkRelease', { numberOfKeys: 3, lua: RELEASE });
    this.#cmd.defineCommand('deftalkSweep', { numberOfKeys: 1, lua: SWEEP });
    this.#cmd.defineCommand('deftalkRoute', { numberOfKeys: 1, lua: ROUTE });
    this.#cmd.defineCommand('deftalkTake', { numberOfKeys: 1, lua: TAKE });
  }

  #key(device: string): string {
    return `${this.#prefix}dev:${device}`;
  }

  get #claimsKey(): string {
    return `${this.#prefix}claims:${this.nodeId}`;
  }

  #onlineKey(account: string): string {
    return `${this.#prefix}on:${account}`;
  }

  #presenceChannel(account: string): string {
    return `${this.#prefix}presence:${account}`;
  }

  get #channels(): string {
    return `${this.#prefix}node:`;
  }

  async start(handler: BusHandler): Promise<void> {
    await this.#cmd.connect();
    await this.#sub.connect();
    const own = `${this.#channels}${this.nodeId}`;
    const presence = this.#presenceChannel('');
    this.#sub.on('message', (channel: string, message: string) => {
      if (channel === own) this.#onNodeMessage(handler, message);
      else if (channel.startsWith(presence)) {
        const event = decodePresenceEvent(message);
        if (event) handler.presence(channel.slice(presence.length), event);
      }
    });
    await this.#sub.subscribe(own);
    // Redis came back (it keeps no claims across a restart): claim everything again.
    this.#cmd.on('ready', () => {
      if (this.#readyOnce) handler.reset();
    });
    this.#readyOnce = true;
    await this.#heartbeat(handler);
    this.#beat = setInterval(() => {
      this.#heartbeat(handler).catch(() => {
        // Redis away: the next beat tries again; the claims are made again on its return.
      });
    }, this.#heartbeatMs);
    this.#beat.unref();
  }

  /** Say this node is alive, and release the claims of nodes that stopped saying so. */
  async #heartbeat(handler: BusHandler): Promise<void> {
    const replies = await this.#cmd
      .multi()
      .set(`${this.#prefix}alive:${this.nodeId}`, '1', 'PX', 3 * this.#heartbeatMs)
      .sadd(`${this.#prefix}nodes`, this.nodeId)
      .exec();
    // Not in the node set after the first beat: another node took this one for dead (it stalled for
    // three beats) and released its claims, or Redis restarted. Claim every connection again.
    if (replies?.[1]?.[1] === 1 && this.#beaten) handler.reset();
    this.#beaten = true;
    const lastSeenMs = handler.lastSeenNow();
    const gone = await this.#cmd.deftalkSweep(`${this.#prefix}nodes`, this.#prefix, lastSeenMs);
    for (const account of gone) handler.offline(account, lastSeenMs);
  }

  #onNodeMessage(handler: BusHandler, message: string): void {
    const parts = message.split(' ');
    if (parts[0] === 'q' && parts[1]) handler.queued(parts[1]);
    else if (parts[0] === 'c' && parts[1] && parts[2] && parts[3]) {
      handler.close(parts[1], parts[2] === '*' ? undefined : Number(parts[2]), Number(parts[3]));
    } else if (parts[0] === 't' && parts[1] && parts[2] && parts[3] && parts[4] !== undefined) {
      const pushed = handler.transient(parts[3], Buffer.from(parts[4], 'base64'));
      this.#cmd.publish(`${this.#channels}${parts[2]}`, `r ${parts[1]} ${pushed ? 1 : 0}`).catch(() => {
        // The sender's node reports the device as not reached when no answer comes.
      });
    } else if (parts[0] === 'r' && parts[1]) this.#answers.get(parts[1])?.(parts[2] === '1');
  }

  async ticket(): Promise<number> {
    return Number(await this.#cmd.deftalkTicket(`${this.#prefix}ticket`));
  }

  async claim(
    device: string,
    connection: number,
    ticket: number | undefined,
    replacedCode: number,
  ): Promise<ClaimOutcome> {
    const t = ticket === undefined ? '' : String(ticket);
    const value = `${this.nodeId} ${connection}${t ? ` ${t}` : ''}`;
    this.#claims.set(`${device} ${connection}`, value);
    const [won, online] = await this.#cmd.deftalkClaim(
      this.#key(device),
      this.#onlineKey(accountOf(device)),
      this.#claimsKey,
      value,
      this.nodeId,
      this.#channels,
      device,
      replacedCode,
      t,
      this.#presenceChannel(accountOf(device)),
    );
    return { won: won === 1, accountOnline: online === 1 };
  }

  async release(
    device: string,
    connection: number,
    lastSeenMs: number,
  ): Promise<{ accountOffline: boolean }> {
    const value = this.#claims.get(`${device} ${connection}`);
    this.#claims.delete(`${device} ${connection}`);
    if (value === undefined) return { accountOffline: false };
    const r = await this.#cmd.deftalkRelease(
      this.#key(device),
      this.#onlineKey(accountOf(device)),
      this.#claimsKey,
      value,
      device,
      this.#presenceChannel(accountOf(device)),
      lastSeenMs,
    );
    return { accountOffline: r === 1 };
  }

  async queued(device: string): Promise<void> {
    await this.#cmd.deftalkRoute(this.#key(device), this.#channels, `q ${device}`);
  }

  async disconnect(device: string, code: number): Promise<void> {
    await this.#cmd.deftalkRoute(this.#key(device), this.#channels, `c ${device} * ${code}`);
  }

  async transient(device: string, envelope: Uint8Array): Promise<boolean> {
    const request = `${this.#nextRequest++}`;
    const answer = new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => {
        this.#answers.delete(request);
        resolve(false);
      }, TRANSIENT_ANSWER_MS);
      this.#answers.set(request, (pushed) => {
        clearTimeout(timer);
        this.#answers.delete(request);
        resolve(pushed);
      });
    });
    const message = `t ${request} ${this.nodeId} ${device} ${Buffer.from(envelope).toString('base64')}`;
    let receivers = 0;
    try {
      receivers = await this.#cmd.deftalkRoute(this.#key(device), this.#channels, message);
    } catch {
      receivers = 0;
    }
    if (receivers === 0) this.#answers.get(request)?.(false);
    return answer;
  }

  async online(account: string): Promise<boolean> {
    return (await this.#cmd.scard(this.#onlineKey(account))) > 0;
  }

  async watch(owner: string): Promise<void> {
    await this.#sub.subscribe(this.#presenceChannel(owner));
  }

  async unwatch(owner: string): Promise<void> {
    await this.#sub.unsubscribe(this.#presenceChannel(owner));
  }

  async publishPresence(owner: string, event: PresenceEvent): Promise<void> {
    await this.#cmd.publish(this.#presenceChannel(owner), encodePresenceEvent(event));
  }

  rateLimiter(name: string, capacity: number, windowMs: number): RateLimiter {
    if (!(capacity >= 1) || !(windowMs > 0))
      throw new RangeError('rateLimiter: capacity >= 1 and windowMs > 0');
    return {
      take: async (key, now) => {
        let r: [number, number];
        try {
          r = await this.#cmd.deftalkTake(`${this.#prefix}rl:${name}:${key}`, capacity, windowMs, now);
        } catch (e) {
          throw new DefTalkError('STORAGE_UNAVAILABLE', undefined, { cause: e });
        }
        return r[0] === 1 ? { ok: true } : { ok: false, retryAfterMs: Math.max(1, r[1]) };
      },
    };
  }

  async close(): Promise<void> {
    clearInterval(this.#beat);
    if (this.#cmd.status === 'ready') {
      // Leaving on purpose: this node's connections were released as they closed.
      await this.#cmd
        .multi()
        .del(`${this.#prefix}alive:${this.nodeId}`)
        .srem(`${this.#prefix}nodes`, this.nodeId)
        .exec()
        .catch(() => undefined);
    }
    // A client that never connected (start not called) has nothing to say goodbye to.
    const end = (r: Redis) => (r.status === 'wait' ? Promise.resolve(r.disconnect()) : r.quit());
    await Promise.allSettled([end(this.#sub), end(this.#cmd)]);
  }
}
