// R14, fair background work (issue 13): billing periods within a window of today, each operator's queued runs
// bounded (429 with Retry-After), and operators taking turns on the workers. The worker is started only once the
// runs are queued, with one job at a time, so that the order it takes them in is the queue's alone. Order comes
// from the queue's own event stream, never from durations.
import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import {
  allowedKeysForType,
  BILLING_MONTHS_AHEAD,
  BILLING_MONTHS_BACK,
  billingPeriodWindow,
  INVOICE_GENERATION_QUEUE,
  MAX_RUNS_PER_OPERATOR,
  operatorRunsKey,
  PermissionKey,
} from '@tiergate/access';
import { Queue, QueueEvents, Worker } from 'bullmq';
import Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { RUN_RETRY_AFTER_SECONDS } from '../../api/src/invoices/invoice-generation.queue';
import { ApiClient, createTestDatabase, startApi, testEnv, TestApi } from '../../api/test/support/harness';
import { makeAccount, MadeAccount, makePackage, makeSubscriber, PASSWORD } from '../../api/test/support/factories';
import { waitFor } from '../../api/test/support/redis-server';
import { loadWorkerConfig } from '../src/config';
import { endOperatorTurn } from '../src/operator-turns';
import { WorkerModule } from '../src/worker.module';

let env: Record<string, string>;
let api: TestApi;
let db: DataSource;
let packageId: number;

beforeAll(async () => {
  env = testEnv(await createTestDatabase());
  api = await startApi(env);
  db = api.app.get(DataSource);
  packageId = await makePackage(db);
});
afterAll(() => api.close());

const signIn = (a: MadeAccount) => api.login(a.email, PASSWORD);
const operator = (type: 3 | 6, parentId?: number) => makeAccount(db, type, { parentId, permissions: allowedKeysForType(type) as PermissionKey[] });
/** `n` months after the current UTC month (negative: before). */
const month = (n: number) => new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth() + n, 1)).toISOString().slice(0, 7);
const generate = (client: ApiClient, period: string) => client.post('/invoices/generate-monthly', { period });

/** One active subscriber on the package, billed by its owner's runs. */
async function customer(ownerId: number): Promise<number> {
  const id = await makeSubscriber(db, ownerId);
  await db.query(`UPDATE subscribers SET package_id = $2 WHERE id = $1`, [id, packageId]);
  return id;
}

/**
 * Starts a worker taking one job at a time, waits until every listed run has completed, and answers the order in
 * which the worker took them (BullMQ's `active` events, in their stream's order).
 */
async function runWorker(jobIds: string[]): Promise<string[]> {
  const events = new QueueEvents(INVOICE_GENERATION_QUEUE, { connection: { url: env.REDIS_URL }, prefix: env.QUEUE_PREFIX });
  const taken: string[] = [];
  const completed = new Set<string>();
  events.on('active', ({ jobId }) => taken.push(jobId));
  events.on('completed', ({ jobId }) => completed.add(jobId));
  await events.waitUntilReady();
  let worker: INestApplicationContext | undefined;
  try {
    worker = await NestFactory.createApplicationContext(WorkerModule.forRoot(loadWorkerConfig({ ...env, WORKER_CONCURRENCY: '1' })), {
      logger: false,
      abortOnError: false,
    });
    const done = () => jobIds.every((id) => completed.has(id));
    await waitFor(async () => done(), Boolean, 60_000);
    expect(done()).toBe(true);
  } finally {
    await worker?.close();
    await events.close();
  }
  return taken.filter((id) => jobIds.includes(id));
}

describe('billing periods (R14)', () => {
  it('are refused outside 24 months back to 1 month ahead of the current UTC month, naming the window', async () => {
    const client = await signIn(await operator(3));
    const { from, to } = billingPeriodWindow();
    expect([from, to]).toEqual([month(-BILLING_MONTHS_BACK), month(BILLING_MONTHS_AHEAD)]);
    for (const period of [month(-BILLING_MONTHS_BACK - 1), month(BILLING_MONTHS_AHEAD + 1), '0001-01', '9999-12']) {
      const res = await generate(client, period);
      expect(res.status).toBe(400);
      expect(res.body).toEqual({
        statusCode: 400,
        error: 'Bad Request',
        message: [`period must be a month from ${from} to ${to} (at most 24 months before the current month, UTC, and 1 after it)`],
        code: 'VALIDATION_FAILED',
      });
    }
    // Both ends are billable.
    const ends = [await generate(client, from), await generate(client, to)];
    expect(ends.map((r) => r.status)).toEqual([202, 202]);
    await runWorker(ends.map((r) => r.body.jobId));
  });
});

describe('each operator’s queued runs (R14)', () => {
  it(`are at most ${MAX_RUNS_PER_OPERATOR} waiting or running, staff included; past it 429 with Retry-After until one has finished`, async () => {
    const reseller = await operator(3);
    const staff = await operator(6, reseller.id);
    const other = await operator(3);
    const client = await signIn(reseller);
    const queued: string[] = [];
    for (let i = 0; i < MAX_RUNS_PER_OPERATOR; i++) {
      const res = await generate(client, month(-i));
      expect(res.status).toBe(202);
      queued.push(res.body.jobId);
    }
    // Asking again for a queued month is no new work: the same job.
    expect(await generate(client, month(0))).toMatchObject({ status: 202, body: { jobId: queued[0] } });

    // One more month, by the reseller or by its staff (the same principal): refused, with the contract's shape.
    for (const who of [client, await signIn(staff)]) {
      const res = await who.app.inject({
        method: 'POST',
        url: '/api/invoices/generate-monthly',
        headers: { authorization: `Bearer ${who.token}` },
        payload: { period: month(-5) },
      });
      expect(res.statusCode).toBe(429);
      expect(res.headers['retry-after']).toBe(String(RUN_RETRY_AFTER_SECONDS));
      expect(res.json()).toEqual({
        statusCode: 429,
        error: 'Too Many Requests',
        message: `Too many billing runs: at most ${MAX_RUNS_PER_OPERATOR} of yours may be queued or running at once; try again in ${RUN_RETRY_AFTER_SECONDS} seconds`,
        code: 'TOO_MANY_RUNS',
      });
    }
    expect((await client.get(`/invoices/jobs/${queued[0]}`)).body.state).toBe('queued');
    // Another operator is not held by this one's bound.
    const beside = await generate(await signIn(other), month(-5));
    expect(beside.status).toBe(202);

    // Once its runs have finished, the operator may queue again.
    await runWorker([...queued, beside.body.jobId]);
    const again = [await generate(client, month(-5)), await generate(client, month(0)), await generate(client, month(-6))];
    expect(again.map((r) => r.status)).toEqual([202, 202, 202]); // month(0): its finished run is replaced, within the bound
    // Refused again, a month whose run has finished keeps that run readable.
    expect((await generate(client, month(-1))).status).toBe(429);
    expect((await client.get(`/invoices/jobs/${queued[1]}`)).body).toMatchObject({ state: 'completed' });
    await runWorker(again.map((r) => r.body.jobId)); // the next tests start with an empty queue
  });
});

describe('operators take turns on the workers (R14)', () => {
  it('a run queued behind another operator’s full backlog starts after at most one of its runs', async () => {
    const large = await operator(3);
    const small = await operator(3);
    await customer(large.id);
    await customer(small.id);
    const largeClient = await signIn(large);
    const smallClient = await signIn(small);
    const backlog: string[] = [];
    for (let i = 0; i < MAX_RUNS_PER_OPERATOR; i++) backlog.push((await generate(largeClient, month(-i))).body.jobId);
    const mine = (await generate(smallClient, month(0))).body.jobId;

    const order = await runWorker([...backlog, mine]);
    expect(order).toHaveLength(MAX_RUNS_PER_OPERATOR + 1);
    expect(order.indexOf(mine)).toBeLessThanOrEqual(1);
    expect(order.indexOf(mine)).toBeLessThan(order.indexOf(backlog[backlog.length - 1]));
    expect((await smallClient.get(`/invoices/jobs/${mine}`)).body).toEqual({ state: 'completed', progress: 100, created: 1, skipped: 0, failed: [] });
  });

  it('two operators with full backlogs alternate, run for run', async () => {
    const [a, b] = [await operator(3), await operator(3)];
    const [aClient, bClient] = [await signIn(a), await signIn(b)];
    const runs = { a: [] as string[], b: [] as string[] };
    for (let i = 0; i < MAX_RUNS_PER_OPERATOR; i++) runs.a.push((await generate(aClient, month(-i))).body.jobId);
    for (let i = 0; i < MAX_RUNS_PER_OPERATOR; i++) runs.b.push((await generate(bClient, month(-i))).body.jobId);

    const order = await runWorker([...runs.a, ...runs.b]);
    expect(order).toEqual(runs.a.flatMap((id, i) => [id, runs.b[i]]));
  });

  it('as an operator’s runs end, its waiting run moves up, never held behind a backlog queued after it', async () => {
    const [a, b] = [await operator(3), await operator(3)];
    const [aClient, bClient] = [await signIn(a), await signIn(b)];
    const runs = { a: [] as string[], b: [] as string[] };
    for (let i = 0; i < MAX_RUNS_PER_OPERATOR; i++) runs.a.push((await generate(aClient, month(-i))).body.jobId);
    // A's first two runs end one by one (taken and completed by hand, as JobRunner does: move up, then complete).
    const connection = { url: env.REDIS_URL };
    const [queue, redis, hand] = [
      new Queue(INVOICE_GENERATION_QUEUE, { connection, prefix: env.QUEUE_PREFIX }),
      new Redis(env.REDIS_URL),
      new Worker(INVOICE_GENERATION_QUEUE, null, { connection, prefix: env.QUEUE_PREFIX }),
    ];
    try {
      for (const expected of runs.a.slice(0, 2)) {
        const job = (await hand.getNextJob('by-hand'))!;
        expect(job.id).toBe(expected);
        await endOperatorTurn(queue, redis, operatorRunsKey(env.QUEUE_PREFIX, a.id), job.id!);
        await job.moveToCompleted({}, 'by-hand', false);
      }
      expect((await queue.getJob(runs.a[2]))!.priority).toBe(1);
    } finally {
      await hand.close();
      await queue.close();
      redis.disconnect();
    }
    // B's backlog arrives after: A's last run, first in line, goes first.
    for (let i = 0; i < MAX_RUNS_PER_OPERATOR; i++) runs.b.push((await generate(bClient, month(-i))).body.jobId);
    expect(await runWorker([runs.a[2], ...runs.b])).toEqual([runs.a[2], ...runs.b]);
  });

  it('an operator’s backlog holds one worker at most: another operator’s run is taken while the first run is held', async () => {
    const large = await operator(3);
    const small = await operator(3);
    const held = await customer(large.id);
    await customer(small.id);
    const backlog: string[] = [];
    for (let i = 0; i < MAX_RUNS_PER_OPERATOR; i++) backlog.push((await generate(await signIn(large), month(-i))).body.jobId);
    // Every run of the large operator needs its subscriber's row, held here: a run that starts does not end.
    const hold = db.createQueryRunner();
    await hold.connect();
    await hold.startTransaction();
    await hold.query(`SELECT 1 FROM subscribers WHERE id = $1 FOR UPDATE`, [held]);
    const queue = new Queue(INVOICE_GENERATION_QUEUE, { connection: { url: env.REDIS_URL }, prefix: env.QUEUE_PREFIX });
    const states = () => Promise.all(backlog.map(async (id) => (await queue.getJob(id))!.getState()));
    const worker = await NestFactory.createApplicationContext(WorkerModule.forRoot(loadWorkerConfig({ ...env, WORKER_CONCURRENCY: '2' })), {
      logger: false,
      abortOnError: false,
    });
    try {
      // One run holds the operator's turn; its others wait for it (delayed), not on the second worker.
      expect((await waitFor(states, (s) => s.filter((x) => x === 'active').length === 1 && s.filter((x) => x === 'delayed').length === 2)).sort()).toEqual([
        'active',
        'delayed',
        'delayed',
      ]);
      const mine = (await generate(await signIn(small), month(0))).body.jobId;
      expect(
        await waitFor(
          async () => (await queue.getJob(mine))!.getState(),
          (s) => s === 'completed',
        ),
      ).toBe('completed');
      expect((await states()).filter((x) => x === 'active')).toHaveLength(1);

      await hold.commitTransaction();
      expect(await waitFor(states, (s) => s.every((x) => x === 'completed'))).toEqual(backlog.map(() => 'completed'));
      // Each ran once its turn came, and billed its month.
      for (const id of backlog) expect((await queue.getJob(id))!.returnvalue).toMatchObject({ created: 1, skipped: 0, failed: [] });
    } finally {
      if (hold.isTransactionActive) await hold.rollbackTransaction();
      await hold.release();
      await worker.close();
      await queue.close();
    }
  });
});
