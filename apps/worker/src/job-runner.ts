import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import {
  AuthzChange,
  authzChangedChannel,
  encodeAuthzChange,
  GRANT_EXPIRY_QUEUE,
  INVOICE_GENERATION_QUEUE,
  JobName,
  JobPayload,
  MESSAGES_QUEUE,
  operatorMessageJobsKey,
  operatorRunsKey,
  ROLE_DEFAULTS_JOB_OPTIONS,
  ROLE_DEFAULTS_QUEUE,
  roleDefaultsJobId,
} from '@tiergate/access';
import { Job, Queue, WaitingError, Worker } from 'bullmq';
import Redis from 'ioredis';
import { WorkerConfig } from './config';
import { GrantExpiryService } from './grant-expiry.service';
import { InvoiceGenerationService } from './invoice-generation.service';
import { MessageSendingService } from './message-sending.service';
import { endOperatorTurn, takeOperatorTurn } from './operator-turns';
import { RoleDefaultsService } from './role-defaults.service';

export const WORKER_CONFIG = Symbol('WORKER_CONFIG');
export const SWEEP_SCHEDULER_ID = 'role-defaults-sweep';
export const GRANT_SWEEP_SCHEDULER_ID = 'grant-expiry-sweep';
export const REMINDER_SCHEDULER_ID = 'expiry-reminders';
/** How long a stopping worker lets its running jobs finish before it hands them back to the queue. */
export const HAND_BACK_AFTER_MS = 2000;

type Handlers = { [N in JobName]: (data: Extract<JobPayload, { name: N }>['data'], job: Job, token?: string) => Promise<unknown> };

/** Consumes the role-defaults, invoice-generation, grant-expiry and messages queues; every JobName has a handler, or this does not compile. */
@Injectable()
export class JobRunner implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(JobRunner.name);
  private readonly connection: Redis;
  private readonly publisher: Redis;
  readonly queue: Queue;
  private readonly invoiceQueue: Queue;
  readonly grantQueue: Queue;
  readonly messageQueue: Queue;
  private workers: Worker[] = [];
  private readonly handlers: Handlers;

  constructor(
    @Inject(WORKER_CONFIG) private readonly config: WorkerConfig,
    private readonly defaults: RoleDefaultsService,
    private readonly invoices: InvoiceGenerationService,
    private readonly grants: GrantExpiryService,
    private readonly messages: MessageSendingService,
  ) {
    // BullMQ needs maxRetriesPerRequest: null; the worker keeps retrying while Redis is away.
    this.connection = new Redis(config.redisUrl, { maxRetriesPerRequest: null });
    this.publisher = new Redis(config.redisUrl, { maxRetriesPerRequest: null });
    for (const c of [this.connection, this.publisher]) c.on('error', (e) => this.logger.warn(`Redis: ${e.message}`));
    this.queue = new Queue(ROLE_DEFAULTS_QUEUE, { connection: this.connection, prefix: config.queuePrefix });
    this.invoiceQueue = new Queue(INVOICE_GENERATION_QUEUE, { connection: this.connection, prefix: config.queuePrefix });
    this.grantQueue = new Queue(GRANT_EXPIRY_QUEUE, { connection: this.connection, prefix: config.queuePrefix });
    this.messageQueue = new Queue(MESSAGES_QUEUE, { connection: this.connection, prefix: config.queuePrefix });
    this.handlers = {
      [JobName.ApplyRoleDefaults]: async ({ roleId }) => {
        const outcome = await this.defaults.apply(roleId);
        if (outcome === 'applied' || outcome === 'skipped') await this.announce({ roles: [roleId] });
        return outcome;
      },
      // R15: every API instance drops its cache and tells the account's open panels (the grants stopped counting
      // already, at their moment, by each instance's own clock).
      [JobName.ExpireGrants]: async ({ accountId }) => {
        const expired = await this.grants.expire(accountId);
        if (expired.length) await this.announce({ accounts: [accountId] });
        return expired;
      },
      [JobName.SweepExpiredGrants]: async () => {
        const ids = await this.grants.due();
        const expired: number[] = [];
        for (const accountId of ids) if ((await this.grants.expire(accountId)).length) expired.push(accountId);
        if (expired.length) await this.announce({ accounts: expired });
        return ids;
      },
      [JobName.SweepRoleDefaults]: async () => {
        const ids = await this.defaults.overdue();
        for (const roleId of ids) {
          const jobId = roleDefaultsJobId(roleId);
          // The database's due time decides: a job still delayed past it (it was enqueued with a longer delay, or
          // the due time was brought forward) runs now; a job that is missing is enqueued again.
          const queued = await this.queue.getJob(jobId);
          if (queued && (await queued.isDelayed()))
            await queued.promote().catch(() => undefined); // it may have just started
          else await this.queue.add(JobName.ApplyRoleDefaults, { roleId }, { ...ROLE_DEFAULTS_JOB_OPTIONS, jobId });
        }
        return ids;
      },
      [JobName.GenerateInvoices]: ({ period, scope, requestedBy, operatorId }, job, token) =>
        this.inOperatorTurn(this.invoiceQueue, operatorRunsKey(config.queuePrefix, operatorId), job, token, async () =>
          this.invoices.generate(period, scope, await this.invoices.actorOf(requestedBy), (progress) => job.updateProgress({ ...progress })),
        ),
      [JobName.SendMessages]: (data, job, token) =>
        this.inOperatorTurn(this.messageQueue, operatorMessageJobsKey(config.queuePrefix, data.operatorId), job, token, () =>
          this.messages.send(job.id!, data, (progress) => job.updateProgress({ ...progress })),
        ),
      [JobName.SendExpiryReminders]: () => this.messages.sendReminders(),
    };
  }

  /** Fair share (R14): one run of an operator at a time per queue; its next one waits for this one's end. */
  private async inOperatorTurn<T>(queue: Queue, runsKey: string, job: Job, token: string | undefined, work: () => Promise<T>): Promise<T> {
    if (token) await takeOperatorTurn(queue, this.connection, runsKey, job, token, this.config.lockDurationMs);
    try {
      return await work();
    } finally {
      // Should this fail, the operator's next run starts when its recheck is due, and its waiting runs keep their rank.
      await endOperatorTurn(queue, this.connection, runsKey, job.id!).catch((e) => this.logger.warn(`turn of ${runsKey} not passed on: ${e.message}`));
    }
  }

  async onApplicationBootstrap() {
    await this.scheduleSweeps();
    // A Redis that restarted empty has lost the schedulers: put them back on every reconnect.
    this.connection.on('ready', () => this.scheduleSweeps().catch((e) => this.logger.warn(`sweep not scheduled: ${e.message}`)));
    this.workers = [ROLE_DEFAULTS_QUEUE, INVOICE_GENERATION_QUEUE, GRANT_EXPIRY_QUEUE, MESSAGES_QUEUE].map((queue) => {
      const worker = new Worker(queue, (job: Job, token?: string, signal?: AbortSignal) => this.run(job, token, signal), {
        connection: this.connection,
        prefix: this.config.queuePrefix,
        concurrency: this.config.concurrency,
        // A crashed worker's job is handed to another once its lock expires, found by the stalled-job check.
        lockDuration: this.config.lockDurationMs,
        stalledInterval: this.config.lockDurationMs,
      });
      worker.on('failed', (job, e) => this.logger.error(`job ${job?.id} (${job?.name}) failed: ${e.message}`));
      worker.on('error', (e) => this.logger.warn(`worker: ${e.message}`));
      return worker;
    });
    await Promise.all(this.workers.map((w) => w.waitUntilReady()));
  }

  private async scheduleSweeps() {
    const opts = { removeOnComplete: true, removeOnFail: true };
    await this.queue.upsertJobScheduler(SWEEP_SCHEDULER_ID, { every: this.config.sweepIntervalMs }, { name: JobName.SweepRoleDefaults, data: {}, opts });
    await this.grantQueue.upsertJobScheduler(
      GRANT_SWEEP_SCHEDULER_ID,
      { every: this.config.sweepIntervalMs },
      { name: JobName.SweepExpiredGrants, data: {}, opts },
    );
    await this.messageQueue.upsertJobScheduler(
      REMINDER_SCHEDULER_ID,
      { every: this.config.reminderIntervalMs },
      { name: JobName.SendExpiryReminders, data: {}, opts },
    );
  }

  /** R9: every API instance hears what the job changed and drops those entries (the worker waits for no confirmation). */
  private async announce(change: AuthzChange) {
    await this.publisher.publish(authzChangedChannel(this.config.queuePrefix), encodeAuthzChange(randomUUID(), change));
  }

  /**
   * Runs a job's handler. When the worker is stopping and cancels it (`signal`), the job goes back to the
   * queue at once, for this or another worker to run again (every handler is idempotent); the handler's
   * own transaction is rolled back when its connection closes, or commits first and the rerun finds it done.
   */
  run(job: Job, token?: string, signal?: AbortSignal): Promise<unknown> {
    const handler = this.handlers[job.name as JobName] as (data: unknown, job: Job, token?: string) => Promise<unknown>;
    if (!handler) throw new Error(`no handler for job ${job.name}`);
    const work = handler(job.data, job, token);
    if (!token || !signal) return work;
    const handedBack = new Promise<never>((_, reject) => {
      signal.addEventListener('abort', () => job.moveToWait(token).then(() => reject(new WaitingError()), reject), { once: true });
    });
    return Promise.race([work, handedBack]);
  }

  /** Takes no new job; running ones get HAND_BACK_AFTER_MS to finish, then go back to the queue. */
  async onApplicationShutdown() {
    await Promise.all(
      this.workers.map(async (worker) => {
        const closed = worker.close();
        if (await settlesWithin(closed, HAND_BACK_AFTER_MS)) return;
        this.logger.warn('handing the running jobs back to the queue');
        worker.cancelAllJobs('the worker is stopping');
        // A worker whose blocking read waits on a Redis that restarted may never finish closing: stop waiting for it;
        // dropping the connections below ends it.
        if (!(await settlesWithin(closed, HAND_BACK_AFTER_MS))) this.logger.warn('a worker did not close in time; dropping its connections');
      }),
    );
    await settlesWithin(Promise.all([this.queue.close(), this.invoiceQueue.close(), this.grantQueue.close(), this.messageQueue.close()]), HAND_BACK_AFTER_MS);
    this.connection.disconnect();
    this.publisher.disconnect();
  }
}

/** Whether the promise settles within `ms` (the timer does not keep the process alive). */
function settlesWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    timer.unref();
    promise.then(
      () => (clearTimeout(timer), resolve(true)),
      () => (clearTimeout(timer), resolve(true)),
    );
  });
}
