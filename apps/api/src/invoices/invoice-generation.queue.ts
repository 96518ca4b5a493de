import { Inject, Injectable, OnApplicationShutdown, ServiceUnavailableException } from '@nestjs/common';
import { INVOICE_GENERATION_JOB_OPTIONS, INVOICE_GENERATION_QUEUE, InvoiceGenerationData, invoiceGenerationJobId, JobName } from '@tiergate/access';
import { Job, Queue } from 'bullmq';
import Redis from 'ioredis';
import { withTimeout } from '../common/with-timeout';
import { ApiConfig } from '../config/config';
import { REDIS } from '../redis/redis.module';

const QUEUE_TIMEOUT_MS = 2000;
const FINISHED = ['completed', 'failed'];

/** The API's side of monthly generation: enqueues runs and reads their state. */
@Injectable()
export class InvoiceGenerationQueue implements OnApplicationShutdown {
  private readonly queue: Queue;

  constructor(@Inject(REDIS) redis: Redis, config: ApiConfig) {
    this.queue = new Queue(INVOICE_GENERATION_QUEUE, { connection: redis, prefix: config.QUEUE_PREFIX });
    this.queue.on('error', () => undefined); // reported once by the shared connection
  }

  /**
   * One job per scope and period: while one is queued or running, asking again returns it (BullMQ ignores an
   * add with an existing jobId). A finished run is replaced, so that subscribers added since are billed.
   */
  async enqueue(data: InvoiceGenerationData): Promise<string> {
    const jobId = invoiceGenerationJobId(data.scope, data.period);
    await this.reach(async () => {
      const previous = await this.queue.getJob(jobId);
      if (previous && FINISHED.includes(await previous.getState())) await previous.remove();
      await this.queue.add(JobName.GenerateInvoices, data, { ...INVOICE_GENERATION_JOB_OPTIONS, jobId });
    });
    return jobId;
  }

  async find(jobId: string): Promise<(Job<InvoiceGenerationData> & { state: string }) | null> {
    return this.reach(async () => {
      const job: Job<InvoiceGenerationData> | undefined = await this.queue.getJob(jobId);
      if (!job || job.name !== JobName.GenerateInvoices) return null;
      return Object.assign(job, { state: await job.getState() });
    });
  }

  private async reach<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await withTimeout(work(), QUEUE_TIMEOUT_MS);
    } catch {
      throw new ServiceUnavailableException('The job queue is unavailable; try again shortly');
    }
  }

  async onApplicationShutdown() {
    await this.queue.close().catch(() => undefined);
  }
}
