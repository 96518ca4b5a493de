import { Global, Inject, Logger, Module, OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';
import { ApiConfig } from '../config/config';

export const REDIS = Symbol('REDIS');

/** Longest a command may wait for a Redis that is connected but does not answer (frozen, or cut off). */
const COMMAND_TIMEOUT_MS = 1000;

/** Commands fail fast while Redis is down (no offline queue) or stalls (a timeout), so no request ever hangs on it. */
export function connectRedis(url: string, name: string): Redis {
  const logger = new Logger(name);
  const redis = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1, commandTimeout: COMMAND_TIMEOUT_MS, connectionName: name });
  let reported = false;
  redis.on('error', (e) => {
    if (!reported) logger.warn(`Redis unavailable: ${e.message}`);
    reported = true;
  });
  redis.on('ready', () => (reported = false));
  return redis;
}

@Global()
@Module({
  providers: [{ provide: REDIS, inject: [ApiConfig], useFactory: (c: ApiConfig) => connectRedis(c.REDIS_URL, 'redis') }],
  exports: [REDIS],
})
export class RedisModule implements OnApplicationShutdown {
  constructor(@Inject(REDIS) private readonly redis: Redis) {}

  onApplicationShutdown() {
    this.redis.disconnect();
  }
}
