#!/usr/bin/env node
// Monthly invoices at scale (issue 9): 100,000 active subscribers with packages under 10 resellers, billed by the
// real worker (JobRunner consuming the invoice-generation queue) for the whole installation, then the same run
// again (everyone already billed: all skipped). Needs `pnpm build` (libs and worker). Starts its own PostgreSQL
// and Redis (scripts/services.mjs). Goal: the first run under a minute.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startPostgres, startRedis } from '../scripts/services.mjs';

const SUBSCRIBERS = Number(process.env.BENCH_SUBSCRIBERS ?? 100_000);
const RESELLERS = 10;
const PERIOD = '2026-11';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(root, 'apps/worker/package.json'));
require('reflect-metadata');
const { NestFactory } = require('@nestjs/core');
const { Queue, QueueEvents } = require('bullmq');
const { createDataSource, migrate } = require('@tiergate/db');
const { INVOICE_GENERATION_QUEUE, INVOICE_GENERATION_JOB_OPTIONS, invoiceGenerationJobId, JobName } = require('@tiergate/access');
const { WorkerModule } = require(path.join(root, 'apps/worker/dist/worker.module.js'));
const { loadWorkerConfig } = require(path.join(root, 'apps/worker/dist/config.js'));

const pg = await startPostgres({ dir: path.join(root, '.data/bench-invoices-pg'), persistent: false });
const redis = await startRedis();
const env = { DATABASE_URL: pg.url, REDIS_URL: redis.url, QUEUE_PREFIX: 'bench' };
const db = await createDataSource(pg.url).initialize();
let worker;
const connection = { url: redis.url };
const queue = new Queue(INVOICE_GENERATION_QUEUE, { connection, prefix: env.QUEUE_PREFIX });
const events = new QueueEvents(INVOICE_GENERATION_QUEUE, { connection, prefix: env.QUEUE_PREFIX });
try {
  await migrate(db);
  const t0 = Date.now();
  await db.query(`INSERT INTO branches (slug, name) VALUES ('bench', 'Bench') ON CONFLICT DO NOTHING`);
  const [{ id: branchId }] = await db.query(`SELECT id FROM branches ORDER BY id LIMIT 1`);
  const [{ id: roleId }] = await db.query(
    `INSERT INTO roles (branch_id, name, display_name, type, defaults_status) VALUES ($1, 'bench-admin', 'bench', 1, 'skipped') RETURNING id`,
    [branchId],
  );
  const [{ id: adminId }] = await db.query(
    `INSERT INTO accounts (branch_id, type, name, email, password_hash, path, role_id) VALUES ($1, 1, 'Admin', 'admin@bench.test', 'x', '', $2) RETURNING id`,
    [branchId, roleId],
  );
  await db.query(`UPDATE accounts SET path = '/' || id || '/', principal_id = id WHERE id = $1`, [adminId]);
  await db.query(
    `INSERT INTO accounts (branch_id, type, name, email, password_hash, parent_id, path, role_id, balance)
     SELECT $1, 3, 'Reseller ' || g, 'reseller' || g || '@bench.test', 'x', $2, '', $3, 0 FROM generate_series(1, $4) g`,
    [branchId, adminId, roleId, RESELLERS],
  );
  await db.query(`UPDATE accounts a SET path = p.path || a.id || '/', principal_id = a.id FROM accounts p WHERE a.parent_id = p.id AND a.path = ''`);
  const [{ id: packageId }] = await db.query(`INSERT INTO packages (name, price, validity_days) VALUES ('Home 20', 1250, 30) RETURNING id`);
  await db.query(
    `INSERT INTO subscribers (username, name, owner_id, owner_path, package_id, status)
     SELECT 'sub' || g, 'Subscriber ' || g, r.id, r.path, $1, 'active'
       FROM generate_series(1, $2) g JOIN (SELECT id, path, row_number() OVER (ORDER BY id) - 1 AS n FROM accounts WHERE type = 3) r ON r.n = g % $3`,
    [packageId, SUBSCRIBERS, RESELLERS],
  );
  await db.query(`ANALYZE`);
  console.log(`${SUBSCRIBERS} active subscribers under ${RESELLERS} resellers generated in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

  worker = await NestFactory.createApplicationContext(WorkerModule.forRoot(loadWorkerConfig(env)), { logger: ['error', 'warn'] });
  await events.waitUntilReady();
  const run = async (label) => {
    const jobId = invoiceGenerationJobId({ pathPrefix: '/' }, PERIOD);
    await (await queue.getJob(jobId))?.remove();
    const started = Date.now();
    const job = await queue.add(
      JobName.GenerateInvoices,
      { period: PERIOD, scope: { pathPrefix: '/' }, requestedBy: adminId },
      { ...INVOICE_GENERATION_JOB_OPTIONS, jobId },
    );
    const outcome = await job.waitUntilFinished(events);
    const seconds = (Date.now() - started) / 1000;
    console.log(
      `${label}: created ${outcome.created}, skipped ${outcome.skipped}, total ${outcome.amount} in ${seconds.toFixed(1)} s (${Math.round(outcome.done / seconds)} subscribers/s)`,
    );
    return { outcome, seconds };
  };
  const first = await run('first run ');
  await run('second run');
  const [{ invoices, ledger, numbers }] = await db.query(
    `SELECT (SELECT count(*) FROM invoices)::int AS invoices, (SELECT count(*) FROM ledger_entries)::int AS ledger,
            (SELECT max(substr(number, 5)::int) FROM invoices)::int AS numbers`,
  );
  console.log(`invoices ${invoices}, ledger entries ${ledger}, highest number ${numbers}`);
  if (invoices !== SUBSCRIBERS || ledger !== SUBSCRIBERS || numbers !== SUBSCRIBERS)
    throw new Error('expected one invoice, one ledger entry and one number per subscriber');
  console.log(
    first.seconds < 60
      ? `OK: ${SUBSCRIBERS} billed in ${first.seconds.toFixed(1)} s (goal: under 60 s)`
      : `SLOW: ${first.seconds.toFixed(1)} s (goal: under 60 s)`,
  );
  if (first.seconds >= 60) process.exitCode = 1;
} finally {
  await worker?.close();
  await events.close();
  await queue.close();
  await db.destroy();
  await redis.stop();
  await pg.stop();
}
