import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import {
  INVOICE_GENERATION_JOB_OPTIONS,
  INVOICE_GENERATION_QUEUE,
  InvoiceGenerationData,
  invoiceGenerationJobId,
  JobName,
  MAX_RUNS_PER_OPERATOR,
  operatorRunsKey,
} from '@tiergate/access';
import { Job, Queue } from 'bullmq';
import Redis from 'ioredis';
import { admitOperatorRun, reachQueue } from '../common/operator-runs';
import { RetryLaterException } from '../common/retry-later.exception';
import { ApiConfig } from '../config/config';
import { REDIS } from '../redis/redis.module';

const FINISHED = ['completed', 'failed'];
/** What a refused operator is told to wait: about the time of one large run. */
export const RUN_RETRY_AFTER_SECONDS = 30;
/** The API's side of monthly generation: enqueues runs (within each operator's share) and reads their state. */
@Injectable()
export class InvoiceGenerationQueue implements OnApplicationShutdown {
  private readonly queue: Queue;

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    private readonly config: ApiConfig,
  ) {
    this.queue = new Queue(INVOICE_GENERATION_QUEUE, { connection: redis, prefix: config.QUEUE_PREFIX });
    this.queue.on('error', () => undefined); // reported once by the shared connection
  }

  /**
   * One job per scope and period: while one is queued or running, asking again returns it (BullMQ ignores an
   * add with an existing jobId). A finished run is replaced, so that subscribers added since are billed. A new
   * run past its operator's MAX_RUNS_PER_OPERATOR is refused with 429; an admitted one waits at the priority of its
   * rank among its operator's runs (libs/access jobs.ts).
   */
  async enqueue(data: InvoiceGenerationData): Promise<string> {
    const jobId = invoiceGenerationJobId(data.scope, data.period);
    const admitted = await reachQueue(async () => {
      const ahead = await admitOperatorRun(this.redis, operatorRunsKey(this.config.QUEUE_PREFIX, data.operatorId), this.queue, jobId, MAX_RUNS_PER_OPERATOR);
      if (ahead < 0) return false;
      const previous = await this.queue.getJob(jobId);
      if (previous && FINISHED.includes(await previous.getState())) await previous.remove();
      await this.queue.add(JobName.GenerateInvoices, data, { ...INVOICE_GENERATION_JOB_OPTIONS, jobId, priority: ahead + 1 });
      return true;
    });
    if (!admitted) {
      throw new RetryLaterException(
        'TOO_MANY_RUNS',
        `Too many billing runs: at most ${MAX_RUNS_PER_OPERATOR} of yours may be queued or running at once; try again in ${RUN_RETRY_AFTER_SECONDS} seconds`,
        RUN_RETRY_AFTER_SECONDS,
      );
    }
    return jobId;
  }

  async find(jobId: string): Promise<(Job<InvoiceGenerationData> & { state: string }) | null> {
    return reachQueue(async () => {
      const job: Job<InvoiceGenerationData> | undefined = await this.queue.getJob(jobId);
      if (!job || job.name !== JobName.GenerateInvoices) return null;
      return Object.assign(job, { state: await job.getState() });
    });
  }

  async onApplicationShutdown() {
    await this.queue.close().catch(() => undefined);
  }
}
