#!/usr/bin/env node
// Fair background work (issue 13, R14): how long a small operator's monthly run (5 subscribers) takes from its
// request to its completion, alone and behind a large operator's backlog (runs of BENCH_LARGE subscribers each).
// "Before" replays the old producer (every run FIFO in one queue, no bound: the large operator queues 30 runs);
// "after" goes through the API, where the large operator gets 429 past its bound and operators take turns.
// Through the built API (Fastify inject) and the real worker (`pnpm build` first); starts its own PostgreSQL and
// Redis. Goal: behind the backlog within 2× of alone. Results go to docs/performance.md by hand.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startPostgres, startRedis } from '../scripts/services.mjs';

const LARGE = Number(process.env.BENCH_LARGE ?? 10_000);
const SMALL = 5;
const FLOOD = 30; // runs the large operator asks for at once
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const CONCURRENCY = process.env.WORKER_CONCURRENCY ?? '4';
const PASSWORD = 'bench-password';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(root, 'apps/api/package.json'));
require('reflect-metadata');
const { DataSource } = require('typeorm');
const { NestFactory } = require('@nestjs/core');
const { Queue, QueueEvents } = require('bullmq');
const {
  allowedKeysForType,
  BILLING_MONTHS_BACK,
  INVOICE_GENERATION_JOB_OPTIONS,
  INVOICE_GENERATION_QUEUE,
  invoiceGenerationJobId,
  JobName,
  MAX_RUNS_PER_OPERATOR,
} = require('@tiergate/access');
const { createApp } = require(path.join(root, 'apps/api/dist/app.factory.js'));
const { loadApiConfig } = require(path.join(root, 'apps/api/dist/config/config.js'));
const { hashPassword } = require(path.join(root, 'apps/api/dist/auth/passwords.js'));
const { WorkerModule } = require(path.join(root, 'apps/worker/dist/worker.module.js'));
const { loadWorkerConfig } = require(path.join(root, 'apps/worker/dist/config.js'));

const pg = await startPostgres({ dir: path.join(root, '.data/bench-fairness-pg'), persistent: false });
const redis = await startRedis();
const env = { DATABASE_URL: pg.url, REDIS_URL: redis.url, QUEUE_PREFIX: 'bench', WORKER_CONCURRENCY: CONCURRENCY };
let app, worker, queue, events;
try {
  app = await createApp(
    loadApiConfig({ ...env, JWT_SECRET: 'x'.repeat(40), ADMIN_EMAIL: 'admin@bench.test', ADMIN_PASSWORD: PASSWORD, LOGIN_THROTTLE_PER_MINUTE: '1000' }),
    false,
  );
  const db = app.get(DataSource);
  const [{ id: packageId }] = await db.query(`INSERT INTO packages (name, price, validity_days) VALUES ('Home 20', 1250, 30) RETURNING id`);

  /** A reseller holding every reseller key, with `subscribers` active subscribers on the package; signed in. */
  async function reseller(name, subscribers) {
    const [{ id: roleId }] = await db.query(
      `INSERT INTO roles (branch_id, name, display_name, type, owner_id, defaults_status) SELECT branch_id, $1, $1, 3, id, 'skipped' FROM accounts WHERE type = 1 RETURNING id`,
      [`bench-${name}`],
    );
    await db.query(`INSERT INTO role_permissions (role_id, permission) SELECT $1, unnest($2::text[])`, [roleId, allowedKeysForType(3)]);
    const email = `${name}@bench.test`;
    const [{ id }] = await db.query(
      `INSERT INTO accounts (branch_id, type, name, email, password_hash, parent_id, path, role_id, balance)
       SELECT branch_id, 3, $1, $2, $3, id, '', $4, 0 FROM accounts WHERE type = 1 RETURNING id`,
      [name, email, await hashPassword(PASSWORD), roleId],
    );
    const ownerPath = `${(await db.query(`SELECT path FROM accounts WHERE type = 1`))[0].path}${id}/`;
    await db.query(`UPDATE accounts SET path = $2, principal_id = $1 WHERE id = $1`, [id, ownerPath]);
    await db.query(
      `INSERT INTO subscribers (username, name, owner_id, owner_path, package_id, status)
       SELECT $1 || '-' || g, 'Subscriber ' || g, $2, $3, $4, 'active' FROM generate_series(1, $5) g`,
      [name, id, ownerPath, packageId, subscribers],
    );
    const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password: PASSWORD } });
    return { id, path: ownerPath, token: login.json().accessToken };
  }
  const large = await reseller('large', LARGE);
  const small = await reseller('small', SMALL);
  await db.query(`ANALYZE`);

  queue = new Queue(INVOICE_GENERATION_QUEUE, { connection: { url: redis.url }, prefix: env.QUEUE_PREFIX });
  events = new QueueEvents(INVOICE_GENERATION_QUEUE, { connection: { url: redis.url }, prefix: env.QUEUE_PREFIX });
  const finished = new Map();
  events.on('completed', ({ jobId }) => finished.get(jobId)?.());
  events.on('failed', ({ jobId, failedReason }) => console.error(`job ${jobId} failed: ${failedReason}`));
  await events.waitUntilReady();
  /** Resolves once the operator's run for the month completes; ask before the run is queued. */
  const completion = (who, period) => new Promise((resolve) => finished.set(invoiceGenerationJobId({ pathPrefix: who.path }, period), resolve));
  worker = await NestFactory.createApplicationContext(WorkerModule.forRoot(loadWorkerConfig(env)), { logger: ['error', 'warn'] });

  const month = (offset) => new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth() + offset, 1)).toISOString().slice(0, 7);
  // Each large run bills a month of its own (from next month backwards), so that it really bills LARGE subscribers.
  // The small operator always bills the current month: its first run creates 5 invoices, every later one skips them.
  let largeMonths = 0;
  const nextLargeMonth = () => month(1 - largeMonths++);
  const request = (who, period) =>
    app.inject({ method: 'POST', url: '/api/invoices/generate-monthly', headers: { authorization: `Bearer ${who.token}` }, payload: { period } });

  /** How long the small operator's run waited in the queue before a worker took it, once it has completed. */
  const queueWait = async (period) => {
    const job = await queue.getJob(invoiceGenerationJobId({ pathPrefix: small.path }, period));
    return job.processedOn - job.timestamp;
  };
  /** The small operator's run through the API: ms from its request to its completion, and its wait in the queue. */
  async function smallRun() {
    const started = Date.now();
    const done = completion(small, month(0));
    const res = await request(small, month(0));
    if (res.statusCode !== 202) throw new Error(`small run: ${res.statusCode} ${res.body}`);
    await done;
    return { total: Date.now() - started, wait: await queueWait(month(0)) };
  }
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const describe = (runs) => {
    const [totals, waits] = [runs.map((r) => r.total), runs.map((r) => r.wait)];
    return `median ${median(totals)} ms (${totals.join(', ')}), of which waiting in the queue: median ${median(waits)} ms (${waits.join(', ')})`;
  };

  await smallRun(); // bills the 5; the measured runs skip them
  const alone = [];
  for (let i = 0; i < ROUNDS; i++) alone.push(await smallRun());
  console.log(`small run (${SMALL} subscribers) alone: ${describe(alone)}`);

  const oneLarge = [];
  for (let i = 0; i < 2; i++) {
    const period = nextLargeMonth();
    const started = Date.now();
    const done = completion(large, period);
    await request(large, period);
    await done;
    oneLarge.push(Date.now() - started);
  }
  console.log(`large run (${LARGE} subscribers) alone: ${oneLarge.join(' ms, ')} ms`);

  // Before: the old producer (FIFO, unbounded, any month), as POST /invoices/generate-monthly was: 30 months of 2001-2003.
  // It takes minutes; BENCH_BEFORE=0 leaves it out.
  if (process.env.BENCH_BEFORE !== '0') {
    const periods = Array.from({ length: FLOOD }, (_, i) => `${2001 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
    const add = (who, period) =>
      queue.add(
        JobName.GenerateInvoices,
        { period, scope: { pathPrefix: who.path }, requestedBy: who.id, operatorId: who.id },
        { ...INVOICE_GENERATION_JOB_OPTIONS, jobId: invoiceGenerationJobId({ pathPrefix: who.path }, period) },
      );
    const flood = [];
    for (const period of periods) {
      flood.push(completion(large, period));
      await add(large, period);
    }
    const started = Date.now();
    const done = completion(small, periods[0]);
    await add(small, periods[0]);
    await done;
    console.log(
      `before (old producer): small run behind the large operator's ${FLOOD} queued runs: ${Date.now() - started} ms, of which waiting in the queue: ${await queueWait(periods[0])} ms`,
    );
    await Promise.all(flood);
  }

  // After: the large operator asks for FLOOD runs through the API at once (past its bound: 429), then the small one asks.
  const behind = [];
  const answers = {};
  for (let i = 0; i < ROUNDS; i++) {
    const backlog = [];
    for (let n = 0; n < FLOOD; n++) {
      // The bound admits the first runs; the rest ask for a month that is never billed, to be refused.
      const period = n < MAX_RUNS_PER_OPERATOR ? nextLargeMonth() : month(-BILLING_MONTHS_BACK);
      const done = completion(large, period);
      const res = await request(large, period);
      answers[res.statusCode] = (answers[res.statusCode] ?? 0) + 1;
      if (res.statusCode === 202) backlog.push(done);
    }
    behind.push(await smallRun());
    await Promise.all(backlog);
  }
  console.log(`after: the large operator's ${FLOOD * ROUNDS} requests answered ${JSON.stringify(answers)}`);
  console.log(`after: small run behind the large operator's backlog: ${describe(behind)}`);
  const ratio = median(behind.map((r) => r.total)) / median(alone.map((r) => r.total));
  console.log(`${ratio <= 2 ? 'OK' : 'SLOW'}: behind / alone = ${ratio.toFixed(2)} (goal: at most 2), WORKER_CONCURRENCY=${CONCURRENCY}`);
  if (ratio > 2) process.exitCode = 1;
} finally {
  await worker?.close();
  await events?.close();
  await queue?.close();
  await app?.close();
  await redis.stop();
  await pg.stop();
}
