import { Inject, Injectable, OnApplicationShutdown, ServiceUnavailableException } from '@nestjs/common';
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
import { RetryLaterException } from '../common/retry-later.exception';
import { withTimeout } from '../common/with-timeout';
import { ApiConfig } from '../config/config';
import { REDIS } from '../redis/redis.module';

const QUEUE_TIMEOUT_MS = 2000;
const FINISHED = ['completed', 'failed'];
/** What a refused operator is told to wait: about the time of one large run. */
export const RUN_RETRY_AFTER_SECONDS = 30;
/** An admitted run whose job never appeared (its add failed) stops counting after this. */
const ADMISSION_GRACE_MS = 60_000;

/**
 * Admits a run into its operator's sorted set (R14), in one step whatever the number of API instances. Other members
 * whose job has finished, or never appeared within the grace, are dropped first; the asked job id keeps its place
 * (it is queued, or about to be replaced) and its time is renewed. Answers the number of the operator's other runs
 * that wait or run (the new run's rank), or -1 when the operator already has its maximum.
 * KEYS[1] the operator's runs; ARGV: job key prefix, job id, maximum, grace ms.
 */
const ADMIT_RUN = `
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local held = redis.call('ZRANGE', KEYS[1], 0, -1, 'WITHSCORES')
local others, admitted = 0, false
for i = 1, #held, 2 do
  local id, at = held[i], tonumber(held[i + 1])
  local job = ARGV[1] .. id
  if id == ARGV[2] then
    admitted = true
  elseif redis.call('HEXISTS', job, 'finishedOn') == 1 or (redis.call('EXISTS', job) == 0 and at < now - tonumber(ARGV[4])) then
    redis.call('ZREM', KEYS[1], id)
  else
    others = others + 1
  end
end
if not admitted and others >= tonumber(ARGV[3]) then return -1 end
redis.call('ZADD', KEYS[1], now, ARGV[2])
return others
`;

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
    const admitted = await this.reach(async () => {
      const ahead = (await this.redis.eval(
        ADMIT_RUN,
        1,
        operatorRunsKey(this.config.QUEUE_PREFIX, data.operatorId),
        this.queue.toKey(''),
        jobId,
        MAX_RUNS_PER_OPERATOR,
        ADMISSION_GRACE_MS,
      )) as number;
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
