import Redis from 'ioredis';

/** An instance that has not renewed its registration for this long is taken for gone. */
export const INSTANCE_TTL_MS = 15_000;
/** How often an instance renews its registration: a few renewals fit in INSTANCE_TTL_MS. */
export const HEARTBEAT_MS = 5_000;

// Scores are Redis's own clock, so the instances' clocks need not agree.
const REGISTER = `
local time = redis.call('TIME')
local now = time[1] * 1000 + math.floor(time[2] / 1000)
redis.call('ZADD', KEYS[1], now, ARGV[1])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - ARGV[2])`;
// Lists the live instances and publishes in one step: an instance that registers later has started
// caching after the change was committed, so it need not be waited for.
const PUBLISH_TO_LIVE = `
local time = redis.call('TIME')
local now = time[1] * 1000 + math.floor(time[2] / 1000)
local live = redis.call('ZRANGEBYSCORE', KEYS[1], now - ARGV[1], '+inf')
redis.call('PUBLISH', ARGV[2], ARGV[3])
return live`;

/**
 * The registry of API instances that cache authorization (a sorted set in Redis, scored by heartbeat):
 * a change waits for confirmations from these and from nobody else, so a foreign listener on the change
 * channel or a crashed instance never slows changes beyond the confirmation timeout.
 */
export class LiveInstances {
  constructor(
    private readonly redis: Redis,
    private readonly key: string,
  ) {}

  async register(instanceId: string): Promise<void> {
    await this.redis.eval(REGISTER, 1, this.key, instanceId, INSTANCE_TTL_MS);
  }

  async deregister(instanceId: string): Promise<void> {
    await this.redis.zrem(this.key, instanceId);
  }

  /** Publishes `message` on `channel`; answers the ids of the instances live at that moment. */
  async publish(channel: string, message: string): Promise<string[]> {
    return (await this.redis.eval(PUBLISH_TO_LIVE, 1, this.key, INSTANCE_TTL_MS, channel, message)) as string[];
  }
}
