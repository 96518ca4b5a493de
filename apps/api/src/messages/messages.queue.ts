import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { JobName, MAX_MESSAGE_JOBS_PER_OPERATOR, MESSAGES_QUEUE, operatorMessageJobsKey, SEND_MESSAGES_JOB_OPTIONS, SendMessagesData } from '@tiergate/access';
import { Job, Queue } from 'bullmq';
import Redis from 'ioredis';
import { admitOperatorRun, reachQueue } from '../common/operator-runs';
import { RetryLaterException } from '../common/retry-later.exception';
import { ApiConfig } from '../config/config';
import { REDIS } from '../redis/redis.module';

/** What a refused operator is told to wait: about the time of one large send. */
export const SEND_RETRY_AFTER_SECONDS = 30;

/** The API's side of group sends: enqueues them within each operator's backlog (R14) and reads their state. */
@Injectable()
export class MessagesQueue implements OnApplicationShutdown {
  private readonly queue: Queue;

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    private readonly config: ApiConfig,
  ) {
    this.queue = new Queue(MESSAGES_QUEUE, { connection: redis, prefix: config.QUEUE_PREFIX });
    this.queue.on('error', () => undefined); // reported once by the shared connection
  }

  /** Past MAX_MESSAGE_JOBS_PER_OPERATOR of the operator's sends waiting or running, 429 with Retry-After. */
  async enqueue(jobId: string, data: SendMessagesData): Promise<void> {
    const admitted = await reachQueue(async () => {
      const key = operatorMessageJobsKey(this.config.QUEUE_PREFIX, data.operatorId);
      const ahead = await admitOperatorRun(this.redis, key, this.queue, jobId, MAX_MESSAGE_JOBS_PER_OPERATOR);
      if (ahead < 0) return false;
      await this.queue.add(JobName.SendMessages, data, { ...SEND_MESSAGES_JOB_OPTIONS, jobId, priority: ahead + 1 });
      return true;
    });
    if (!admitted) {
      throw new RetryLaterException(
        'TOO_MANY_RUNS',
        `Too many sends: at most ${MAX_MESSAGE_JOBS_PER_OPERATOR} of yours may be queued or running at once; try again in ${SEND_RETRY_AFTER_SECONDS} seconds`,
        SEND_RETRY_AFTER_SECONDS,
      );
    }
  }

  async find(jobId: string): Promise<(Job<SendMessagesData> & { state: string }) | null> {
    return reachQueue(async () => {
      const job: Job<SendMessagesData> | undefined = await this.queue.getJob(jobId);
      if (!job || job.name !== JobName.SendMessages) return null;
      return Object.assign(job, { state: await job.getState() });
    });
  }

  async onApplicationShutdown() {
    await this.queue.close().catch(() => undefined);
  }
}
