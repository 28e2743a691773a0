/**
 * @module
 * The {@link Bus} over Redis (spec/deployment.md §Routing): one key per
 * connected device naming its node and connection, one pub/sub channel per
 * node. Claiming, releasing and routing are each one Lua script, so the
 * read of the claim and the publish to its node are atomic in Redis and no
 * node ever reads a claim and acts on it after it changed.
 *
 * Keys (under the configured prefix, `deftalk:` by default):
 * - `dev:<accountId>/<deviceId>` → `<nodeId> <connectionId>` while connected;
 * - channel `node:<nodeId>`, messages `q <device>` (queue grew) and
 *   `c <device> <connectionId|*> <code>` (close).
 *
 * Nothing of a message's content and no address is ever sent to Redis.
 * Redis keeps the claims in memory only; after a Redis restart every node
 * claims its connections again ({@link BusHandler.reset}).
 */
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import type { Bus, BusHandler } from './bus.ts';

const CLAIM = `local old = redis.call('GET', KEYS[1])
redis.call('SET', KEYS[1], ARGV[1])
if old and old ~= ARGV[1] then
  local n, c = string.match(old, '^(%S+) (%S+)$')
  if n and n ~= ARGV[2] then redis.call('PUBLISH', ARGV[3] .. n, 'c ' .. ARGV[4] .. ' ' .. c .. ' ' .. ARGV[5]) end
end
return old`;

const RELEASE = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`;

const ROUTE = `local v = redis.call('GET', KEYS[1])
if not v then return 0 end
local n = string.match(v, '^(%S+)')
return redis.call('PUBLISH', ARGV[1] .. n, ARGV[2])`;

/** A Redis bus URL split into the connection URL and the key prefix (`?prefix=`). */
export function parseBusUrl(url: string): { redisUrl: string; prefix: string } {
  const u = new URL(url);
  const prefix = u.searchParams.get('prefix') ?? 'deftalk:';
  u.searchParams.delete('prefix');
  return { redisUrl: u.toString(), prefix };
}

type Scripted = Redis & {
  deftalkClaim(
    key: string,
    value: string,
    node: string,
    channels: string,
    device: string,
    code: number,
  ): Promise<unknown>;
  deftalkRelease(key: string, value: string): Promise<unknown>;
  deftalkRoute(key: string, channels: string, message: string): Promise<unknown>;
};

/** {@link Bus} over a Redis server. */
export class RedisBus implements Bus {
  readonly nodeId = randomBytes(8).toString('hex');
  readonly #prefix: string;
  readonly #cmd: Scripted;
  readonly #sub: Redis;
  #readyOnce = false;

  constructor(url: string) {
    const { redisUrl, prefix } = parseBusUrl(url);
    this.#prefix = prefix;
    // Commands wait in ioredis's queue while Redis is away, up to 2 retries each.
    const opts = { lazyConnect: true, maxRetriesPerRequest: 2 };
    this.#cmd = new Redis(redisUrl, opts) as Scripted;
    this.#sub = new Redis(redisUrl, opts);
    this.#cmd.on('error', () => undefined);
    this.#sub.on('error', () => undefined);
    this.#cmd.defineCommand('deftalkClaim', { numberOfKeys: 1, lua: CLAIM });
    this.#cmd.defineCommand('deftalkRelease', { numberOfKeys: 1, lua: RELEASE });
    this.#cmd.defineCommand('deftalkRoute', { numberOfKeys: 1, lua: ROUTE });
  }

  #key(device: string): string {
    return `${this.#prefix}dev:${device}`;
  }

  get #channels(): string {
    return `${this.#prefix}node:`;
  }

  async start(handler: BusHandler): Promise<void> {
    await this.#cmd.connect();
    await this.#sub.connect();
    this.#sub.on('message', (_channel: string, message: string) => {
      const parts = message.split(' ');
      if (parts[0] === 'q' && parts[1]) handler.queued(parts[1]);
      else if (parts[0] === 'c' && parts[1] && parts[2] && parts[3]) {
        handler.close(parts[1], parts[2] === '*' ? undefined : Number(parts[2]), Number(parts[3]));
      }
    });
    await this.#sub.subscribe(`${this.#channels}${this.nodeId}`);
    // Redis came back (it keeps no claims across a restart): claim everything again.
    this.#cmd.on('ready', () => {
      if (this.#readyOnce) handler.reset();
    });
    this.#readyOnce = true;
  }

  async claim(device: string, connection: number, replacedCode: number): Promise<void> {
    await this.#cmd.deftalkClaim(
      this.#key(device),
      `${this.nodeId} ${connection}`,
      this.nodeId,
      this.#channels,
      device,
      replacedCode,
    );
  }

  async release(device: string, connection: number): Promise<void> {
    await this.#cmd.deftalkRelease(this.#key(device), `${this.nodeId} ${connection}`);
  }

  async queued(device: string): Promise<void> {
    await this.#cmd.deftalkRoute(this.#key(device), this.#channels, `q ${device}`);
  }

  async disconnect(device: string, code: number): Promise<void> {
    await this.#cmd.deftalkRoute(this.#key(device), this.#channels, `c ${device} * ${code}`);
  }

  async close(): Promise<void> {
    // A client that never connected (start not called) has nothing to say goodbye to.
    const end = (r: Redis) => (r.status === 'wait' ? Promise.resolve(r.disconnect()) : r.quit());
    await Promise.allSettled([end(this.#sub), end(this.#cmd)]);
  }
}
