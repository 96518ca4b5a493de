#!/usr/bin/env node
// Issue 9 item 5 at scale: 10,000 operators, 1,000,000 subscribers, 10,000,000 payments over the last year and
// this month's invoice for every subscriber; then GET /api/dashboard with every home_* counter as the Admin, the
// biggest reseller (~145,000 subscribers in its subtree, ~1.4M payments) and a direct-scope manager of it: p50/p95
// of 200 calls each (40 for the Admin), and the plans of the queries behind the counters, with the takings query
// once more without the running totals for comparison. Needs `pnpm build`. Starts its own PostgreSQL and Redis.
// BENCH_PAYMENTS=200000 for a quick run.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startPostgres, startRedis } from '../scripts/services.mjs';
import { generateOperatorsAndSubscribers } from './scale-data.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(root, 'apps/api/package.json'));
require('reflect-metadata');
const { createApp } = require(path.join(root, 'apps/api/dist/app.factory.js'));
const { loadApiConfig } = require(path.join(root, 'apps/api/dist/config/config.js'));
const { hashPassword } = require(path.join(root, 'apps/api/dist/auth/passwords.js'));
const { REBUILD_PAYMENT_TOTALS_SQL } = require('@tiergate/db');

const PAYMENTS = Number(process.env.BENCH_PAYMENTS ?? 10_000_000);
const HOME_KEYS = [
  'home_subscriber_counter',
  'home_user_counter',
  'home_accounting_counter',
  'home_subscriber_expired_expiring',
  'home_sales_invoice_reports',
  'home_payments_reports',
];

const pg = await startPostgres({ dir: path.join(root, '.data/bench-dashboard-pg'), persistent: false });
const redis = await startRedis();
const config = loadApiConfig({
  DATABASE_URL: pg.url,
  REDIS_URL: redis.url,
  JWT_SECRET: 'x'.repeat(40),
  ADMIN_EMAIL: 'admin@bench.test',
  ADMIN_PASSWORD: 'bench-password',
  LOGIN_THROTTLE_PER_MINUTE: '1000',
});
const seconds = (t) => `${((Date.now() - t) / 1000).toFixed(0)} s`;
let app;
try {
  app = await createApp(config, false);
  const db = app.get(require('typeorm').DataSource);
  const hash = await hashPassword('bench-password');
  let t = Date.now();
  const { big, roleOf } = await generateOperatorsAndSubscribers(db, hash);
  console.log(`10,000 operators and 1,000,000 subscribers in ${seconds(t)}`);

  // Payments: one statement, the indexes and the triggers (running totals; the owner, which the statement copies
  // itself) off while it runs, then rebuilt in bulk.
  t = Date.now();
  await db.query(`SET maintenance_work_mem = '512MB'`);
  await db.query(`SET synchronous_commit = off`);
  const indexes = await db.query(`SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'payments' AND indexname <> 'payments_pkey'`);
  for (const { indexname } of indexes) await db.query(`DROP INDEX ${indexname}`);
  await db.query(`ALTER TABLE payments DISABLE TRIGGER USER`);
  await db.query(
    `INSERT INTO payments (subscriber_id, owner_id, owner_path, amount, method, created_at, voided_at)
     SELECT s.id, s.owner_id, s.owner_path, 100 + (g % 50) * 10, (ARRAY['cash','bank','mobile','card','other'])[1 + g % 5],
            now() - (g % 365) * interval '1 day' - (g % 86400) * interval '1 second',
            CASE WHEN g % 100 = 0 THEN now() END
       FROM generate_series(1, $1::int) g JOIN subscribers s ON s.id = 1 + (g::bigint * 7919) % 1000000`,
    [PAYMENTS],
  );
  console.log(`${PAYMENTS} payments inserted in ${seconds(t)}`);
  t = Date.now();
  for (const { indexdef } of indexes) await db.query(indexdef);
  await db.query(`ALTER TABLE payments ENABLE TRIGGER USER`);
  await db.query(REBUILD_PAYMENT_TOTALS_SQL);
  console.log(`payment indexes and running totals rebuilt in ${seconds(t)}`);
  t = Date.now();
  await db.query(`ALTER TABLE invoices DISABLE TRIGGER USER`);
  await db.query(
    `INSERT INTO invoices (branch_id, number, subscriber_id, owner_id, owner_path, period, amount, paid, status)
     SELECT 1, 'INV-' || lpad(s.id::text, 7, '0'), s.id, s.owner_id, s.owner_path, to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM'), 500,
            CASE WHEN s.id % 2 = 0 THEN 500 ELSE 0 END, CASE WHEN s.id % 2 = 0 THEN 'paid' ELSE 'open' END
       FROM subscribers s`,
  );
  await db.query(`ALTER TABLE invoices ENABLE TRIGGER USER`);
  await db.query(
    `UPDATE subscribers SET status = CASE WHEN id % 10 = 1 THEN 'suspended' ELSE 'expired' END, expires_at = now() - interval '1 day' WHERE id % 10 IN (1, 2)`,
  );
  await db.query(`UPDATE subscribers SET expires_at = now() + interval '3 days' WHERE id % 10 = 3`);
  await db.query(`VACUUM ANALYZE`);
  console.log(`1,000,000 invoices, statuses and VACUUM ANALYZE in ${seconds(t)}`);

  // Every home_* counter for the reseller, its staff role and the manager.
  await db.query(`INSERT INTO role_permissions SELECT r.id, k FROM roles r, unnest($1::text[]) k WHERE r.name IN ('branch-bench3', 'branch-bench6')`, [
    HOME_KEYS,
  ]);
  const [{ id: managerId }] = await db.query(
    `INSERT INTO accounts (branch_id, type, name, email, password_hash, parent_id, principal_id, path, role_id, scope)
     VALUES (1, 6, 'manager', 'manager@bench.test', $1, $2, $2, '', $3, 'direct') RETURNING id`,
    [hash, big.id, await roleOf(6)],
  );
  await db.query(`UPDATE accounts SET path = $2 || id || '/' WHERE id = $1`, [managerId, big.path]);
  const counts = async (where, param) =>
    (await db.query(`SELECT (SELECT count(*) FROM subscribers WHERE ${where}) AS s, (SELECT count(*) FROM payments WHERE ${where}) AS p`, [param]))[0];
  const inBig = await counts('owner_path LIKE $1', `${big.path}%`);
  const direct = await counts('owner_id = $1', big.id);
  const token = async (email) => {
    const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password: 'bench-password' } });
    if (res.statusCode !== 200) throw new Error(`login ${email}: ${res.statusCode} ${res.body}`);
    return JSON.parse(res.body).accessToken;
  };
  const callers = [
    // The Admin's counters scan the whole million (only takings have running totals): fewer rounds.
    ['Admin (everything)', await token('admin@bench.test'), 40],
    [`reseller ${big.id} (${inBig.s} subscribers, ${inBig.p} payments)`, await token(big.email), 200],
    [`direct-scope manager ${managerId} (${direct.s} subscribers, ${direct.p} payments)`, await token('manager@bench.test'), 200],
  ];
  console.log('\n| caller | GET /api/dashboard p50 ms | p95 ms | counters |\n|---|---|---|---|');
  for (const [who, tok, rounds] of callers) {
    const call = () => app.inject({ url: '/api/dashboard', headers: { authorization: `Bearer ${tok}` } });
    for (let i = 0; i < rounds / 10; i++) await call();
    const times = [];
    let res;
    for (let i = 0; i < rounds; i++) {
      const start = process.hrtime.bigint();
      res = await call();
      times.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
    if (res.statusCode !== 200) throw new Error(`dashboard: ${res.statusCode} ${res.body}`);
    times.sort((a, b) => a - b);
    console.log(
      `| ${who} | ${times[Math.floor(rounds * 0.5)].toFixed(1)} | ${times[Math.floor(rounds * 0.95)].toFixed(1)} | ${Object.keys(JSON.parse(res.body)).join(', ')} |`,
    );
  }
  console.log(
    '\nreseller dashboard body:',
    (await app.inject({ url: '/api/dashboard', headers: { authorization: `Bearer ${callers[1][1]}` } })).body.slice(0, 600),
  );

  const explain = async (title, sql, params) => {
    const plan = await db.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params);
    console.log(`\nplan, ${title}:\n` + plan.map((r) => r['QUERY PLAN']).join('\n'));
  };
  await explain(
    'reseller takings this month (running totals)',
    `SELECT sum(total) FROM payment_totals t WHERE t.account_id = $1 AND t.subtree AND t.day >= date_trunc('month', now() AT TIME ZONE 'UTC')::date`,
    [big.id],
  );
  await explain(
    'reseller takings this month WITHOUT running totals (for comparison)',
    `SELECT sum(amount) FROM payments p WHERE p.owner_path LIKE $1 AND p.voided_at IS NULL AND p.created_at >= date_trunc('month', now())`,
    [`${big.path}%`],
  );
  await explain(
    'reseller subscriber counters (index-only)',
    `SELECT count(*), count(*) FILTER (WHERE status = 'active'), count(*) FILTER (WHERE status = 'active' AND expires_at < now() + interval '7 days') FROM subscribers s WHERE s.owner_path LIKE $1`,
    [`${big.path}%`],
  );
  await explain('reseller open invoices (index-only)', `SELECT count(*), sum(amount - paid) FROM invoices i WHERE i.status = 'open' AND i.owner_path LIKE $1`, [
    `${big.path}%`,
  ]);
  await explain(
    "reseller month's sales (index-only)",
    `SELECT sum(amount), sum(paid) FROM invoices i WHERE i.status <> 'void' AND i.period = to_char(now(), 'YYYY-MM') AND i.owner_path LIKE $1`,
    [`${big.path}%`],
  );
} finally {
  await app?.close();
  await redis.stop();
  await pg.stop();
}
