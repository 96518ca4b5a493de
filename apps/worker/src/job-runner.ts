import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { AUTHZ_CHANGED_CHANNEL, JobName, JobPayload, ROLE_DEFAULTS_JOB_OPTIONS, ROLE_DEFAULTS_QUEUE, roleDefaultsJobId } from '@tiergate/access';
import { Job, Queue, Worker } from 'bullmq';
import Redis from 'ioredis';
import { WorkerConfig } from './config';
import { RoleDefaultsService } from './role-defaults.service';

export const WORKER_CONFIG = Symbol('WORKER_CONFIG');
export const SWEEP_SCHEDULER_ID = 'role-defaults-sweep';

type Handlers = { [N in JobName]: (data: Extract<JobPayload, { name: N }>['data']) => Promise<unknown> };

/** Consumes the role-defaults queue; every JobName has a handler, or this does not compile. */
@Injectable()
export class JobRunner implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(JobRunner.name);
  private readonly connection: Redis;
  private readonly publisher: Redis;
  readonly queue: Queue;
  private worker?: Worker;
  private readonly handlers: Handlers;

  constructor(
    @Inject(WORKER_CONFIG) private readonly config: WorkerConfig,
    private readonly defaults: RoleDefaultsService,
  ) {
    // BullMQ needs maxRetriesPerRequest: null; the worker keeps retrying while Redis is away.
    this.connection = new Redis(config.redisUrl, { maxRetriesPerRequest: null });
    this.publisher = new Redis(config.redisUrl, { maxRetriesPerRequest: null });
    for (const c of [this.connection, this.publisher]) c.on('error', (e) => this.logger.warn(`Redis: ${e.message}`));
    this.queue = new Queue(ROLE_DEFAULTS_QUEUE, { connection: this.connection, prefix: config.queuePrefix });
    this.handlers = {
      [JobName.ApplyRoleDefaults]: async ({ roleId }) => {
        const outcome = await this.defaults.apply(roleId);
        if (outcome === 'applied' || outcome === 'skipped') await this.publisher.publish(AUTHZ_CHANGED_CHANNEL, String(Date.now()));
        return outcome;
      },
      [JobName.SweepRoleDefaults]: async () => {
        const ids = await this.defaults.overdue();
        for (const roleId of ids) {
          await this.queue.add(JobName.ApplyRoleDefaults, { roleId }, { ...ROLE_DEFAULTS_JOB_OPTIONS, jobId: roleDefaultsJobId(roleId) });
        }
        return ids;
      },
    };
  }

  async onApplicationBootstrap() {
    await this.scheduleSweep();
    // A Redis that restarted empty has lost the scheduler: put it back on every reconnect.
    this.connection.on('ready', () => this.scheduleSweep().catch((e) => this.logger.warn(`sweep not scheduled: ${e.message}`)));
    this.worker = new Worker(ROLE_DEFAULTS_QUEUE, (job: Job) => this.run(job), {
      connection: this.connection,
      prefix: this.config.queuePrefix,
      concurrency: this.config.concurrency,
    });
    this.worker.on('failed', (job, e) => this.logger.error(`job ${job?.id} (${job?.name}) failed: ${e.message}`));
    this.worker.on('error', (e) => this.logger.warn(`worker: ${e.message}`));
    await this.worker.waitUntilReady();
  }

  private scheduleSweep() {
    return this.queue.upsertJobScheduler(
      SWEEP_SCHEDULER_ID,
      { every: this.config.sweepIntervalMs },
      { name: JobName.SweepRoleDefaults, data: {}, opts: { removeOnComplete: true, removeOnFail: true } },
    );
  }

  run(job: Job): Promise<unknown> {
    const handler = this.handlers[job.name as JobName] as (data: unknown) => Promise<unknown>;
    if (!handler) throw new Error(`no handler for job ${job.name}`);
    return handler(job.data);
  }

  async onApplicationShutdown() {
    await this.worker?.close();
    await this.queue.close();
    this.connection.disconnect();
    this.publisher.disconnect();
  }
}
