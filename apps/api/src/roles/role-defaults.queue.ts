import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { JobName, ROLE_DEFAULTS_JOB_OPTIONS, ROLE_DEFAULTS_QUEUE, roleDefaultsJobId } from '@tiergate/access';
import { Queue } from 'bullmq';
import Redis from 'ioredis';
import { withTimeout } from '../common/with-timeout';
import { ApiConfig } from '../config/config';
import { REDIS } from '../redis/redis.module';

/** Longest a request waits on Redis to enqueue; past it the sweep (R8) takes over. */
const ENQUEUE_TIMEOUT_MS = 1000;

@Injectable()
export class RoleDefaultsQueue implements OnApplicationShutdown {
  private readonly logger = new Logger(RoleDefaultsQueue.name);
  private readonly queue: Queue;

  constructor(
    @Inject(REDIS) redis: Redis,
    private readonly config: ApiConfig,
  ) {
    this.queue = new Queue(ROLE_DEFAULTS_QUEUE, { connection: redis, prefix: config.QUEUE_PREFIX });
    this.queue.on('error', () => undefined); // reported once by the shared connection
  }

  /** Never fails the request: a role left pending is picked up by the worker's sweep once Redis is back. */
  async enqueue(roleId: number): Promise<void> {
    const options = { ...ROLE_DEFAULTS_JOB_OPTIONS, jobId: roleDefaultsJobId(roleId), delay: this.config.PREDEFINED_PERMISSIONS_DELAY_MS };
    try {
      await withTimeout(this.queue.add(JobName.ApplyRoleDefaults, { roleId }, options), ENQUEUE_TIMEOUT_MS);
    } catch (e) {
      this.logger.warn(`role ${roleId}: defaults job not enqueued (${(e as Error).message}); the sweep will enqueue it`);
    }
  }

  async onApplicationShutdown() {
    await this.queue.close().catch(() => undefined);
  }
}
