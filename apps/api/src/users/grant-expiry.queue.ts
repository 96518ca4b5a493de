import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { GRANT_EXPIRY_JOB_OPTIONS, GRANT_EXPIRY_QUEUE, grantExpiryJobId, JobName } from '@tiergate/access';
import { Queue } from 'bullmq';
import Redis from 'ioredis';
import { withTimeout } from '../common/with-timeout';
import { ApiConfig } from '../config/config';
import { REDIS } from '../redis/redis.module';

/** Longest a request waits on Redis to enqueue; past it the worker's sweep deletes the grants (R15). */
const ENQUEUE_TIMEOUT_MS = 1000;

/** R15: a delayed job per account and expiry moment; the worker deletes the grants then and announces it. */
@Injectable()
export class GrantExpiryQueue implements OnApplicationShutdown {
  private readonly logger = new Logger(GrantExpiryQueue.name);
  private readonly queue: Queue;

  constructor(@Inject(REDIS) redis: Redis, config: ApiConfig) {
    this.queue = new Queue(GRANT_EXPIRY_QUEUE, { connection: redis, prefix: config.QUEUE_PREFIX });
    this.queue.on('error', () => undefined); // reported once by the shared connection
  }

  /**
   * Never fails the request: the grants stop counting at their moment anyway (every read filters them), and the
   * worker's sweep deletes and audits those whose job was lost.
   */
  async enqueue(accountId: number, moments: Date[]): Promise<void> {
    if (!moments.length) return;
    const jobs = [...new Set(moments.map((m) => m.getTime()))].map((ms) => ({
      name: JobName.ExpireGrants,
      data: { accountId },
      opts: { ...GRANT_EXPIRY_JOB_OPTIONS, jobId: grantExpiryJobId(accountId, new Date(ms)), delay: Math.max(0, ms - Date.now()) },
    }));
    try {
      await withTimeout(this.queue.addBulk(jobs), ENQUEUE_TIMEOUT_MS);
    } catch (e) {
      this.logger.warn(`account ${accountId}: grant expiry not enqueued (${(e as Error).message}); the sweep will delete them`);
    }
  }

  async onApplicationShutdown() {
    await this.queue.close().catch(() => undefined);
  }
}
