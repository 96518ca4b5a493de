// Issue 17 item 4, money reads at scale: 10,000 operators, 1,000,000 subscribers (its own copy of the scale data set,
// since it changes subscribers' statuses), 10,000,000 payments over the last year and this month's invoice for every
// subscriber; then GET /api/dashboard and GET /api/reports/summary for a month through the built API as the biggest
// reseller, a direct-scope manager of it and the Admin, the SQL behind them with its plans, against the recount they
// replace, and what the running totals cost a write. BENCH_PAYMENTS=200000 for a quick run.
import path from 'node:path';
import { generateOperatorsAndSubscribers } from './scale-data.mjs';

export const title = 'Money reads at 1M subscribers and 10M payments: /dashboard and /reports/summary';
export const order = 60;

const PAYMENTS = Number(process.env.BENCH_PAYMENTS ?? 10_000_000);
const KEYS = [
  'home_subscriber_counter',
  'home_user_counter',
  'home_accounting_counter',
  'home_subscriber_expired_expiring',
  'home_sales_invoice_reports',
  'home_payments_reports',
  'reports_module',
  'payment_reports',
  'invoice_reports',
  'subscriber_reports',
];

/** The statements of issue 9 that recounted on every call, for comparison (the dashboard's and the report's). */
const RECOUNT = {
  subscribers: `SELECT count(*)::int AS total, count(*) FILTER (WHERE s.status = 'active')::int AS active,
                       count(*) FILTER (WHERE s.status = 'suspended')::int AS suspended, count(*) FILTER (WHERE s.status = 'expired')::int AS expired,
                       count(*) FILTER (WHERE s.status = 'active' AND s.expires_at >= now() AND s.expires_at < now() + interval '7 days')::int AS "expiringIn7Days"
                  FROM subscribers s WHERE s.owner_path LIKE $1`,
  openInvoices: `SELECT count(*)::int, sum(i.amount - i.paid) FROM invoices i WHERE i.status = 'open' AND i.owner_path LIKE $1`,
  payments: `SELECT day, p.method, p.owner_id, sum(p.amount), count(*)::int
               FROM payments p, to_char(p.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day
              WHERE p.voided_at IS NULL AND p.created_at >= $2 AND p.created_at < $3 AND p.owner_path LIKE $1
              GROUP BY GROUPING SETS ((), (day), (p.method), (p.owner_id))`,
};

const ms = (x) => x.toFixed(2);
const seconds = (t) => `${((Date.now() - t) / 1000).toFixed(0)} s`;

export async function run(h) {
  const { REBUILD_PAYMENT_TOTALS_SQL, REBUILD_MONEY_COUNTERS_SQL } = h.apiRequire('@tiergate/db');
  const reporting = h.apiRequire(path.join(h.root, 'apps/api/dist/reports/reporting.sql.js'));
  const { hashPassword } = h.apiRequire(path.join(h.root, 'apps/api/dist/auth/passwords.js'));
  const { url, sql } = await h.database('money_reads');
  const db = await sql.connect();
  const q = async (text, params) => (await db.query(text, params)).rows;
  const generation = [];
  try {
    let t = Date.now();
    const hash = await hashPassword(h.password);
    const { big, roleOf } = await generateOperatorsAndSubscribers({ query: q }, hash);
    generation.push(`10,000 operators and 1,000,000 subscribers in ${seconds(t)}`);

    // Bulk load: the payments' indexes off, and the session as a replica (no row trigger: owner copy, running
    // totals, nor the 10M foreign-key checks, each a row lock on a subscriber) while the statements run; then the
    // indexes and all running totals rebuilt set-based, as a restore would.
    t = Date.now();
    await q(`SET maintenance_work_mem = '512MB'`);
    const indexes = await q(`SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'payments' AND indexname <> 'payments_pkey'`);
    for (const { indexname } of indexes) await q(`DROP INDEX ${indexname}`);
    await q(`SET session_replication_role = replica`);
    // 10% suspended, 10% expired, 10% expiring at some time in the next 7 days, the rest paid for 30 days.
    await q(
      `UPDATE subscribers SET status = CASE id % 10 WHEN 1 THEN 'suspended' WHEN 2 THEN 'expired' ELSE status END,
              expires_at = CASE id % 10 WHEN 3 THEN now() + (id::bigint * 7919 % (7 * 86400)) * interval '1 second' WHEN 2 THEN now() - interval '1 day' ELSE expires_at END
        WHERE id % 10 IN (1, 2, 3)`,
    );
    await q(
      `INSERT INTO payments (subscriber_id, owner_id, owner_path, amount, method, created_at, voided_at)
       SELECT s.id, s.owner_id, s.owner_path, 100 + (g % 50) * 10, (ARRAY['cash','bank','mobile','card','other'])[1 + g % 5],
              now() - (g % 365) * interval '1 day' - (g % 86400) * interval '1 second',
              CASE WHEN g % 100 = 0 THEN now() END
         FROM generate_series(1, $1::int) g JOIN subscribers s ON s.id = 1 + (g::bigint * 7919) % 1000000`,
      [PAYMENTS],
    );
    await q(
      `INSERT INTO invoices (branch_id, number, subscriber_id, owner_id, owner_path, period, amount, paid, status)
       SELECT 1, 'INV-' || lpad(s.id::text, 7, '0'), s.id, s.owner_id, s.owner_path, to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM'), 500,
              CASE WHEN s.id % 2 = 0 THEN 500 ELSE 0 END, CASE WHEN s.id % 2 = 0 THEN 'paid' ELSE 'open' END
         FROM subscribers s`,
    );
    generation.push(`${PAYMENTS.toLocaleString('en')} payments, 1,000,000 invoices and the statuses in ${seconds(t)}`);
    t = Date.now();
    await q(`SET session_replication_role = DEFAULT`);
    for (const { indexdef } of indexes) await q(indexdef);
    await q(`TRUNCATE payment_totals, subscriber_counts, invoice_totals`);
    for (const statement of [REBUILD_PAYMENT_TOTALS_SQL, ...REBUILD_MONEY_COUNTERS_SQL]) await q(statement);
    await q(`VACUUM ANALYZE`);
    generation.push(`indexes, running totals and VACUUM ANALYZE in ${seconds(t)}`);

    await q(`INSERT INTO role_permissions SELECT r.id, k FROM roles r, unnest($1::text[]) k WHERE r.name IN ('branch-bench3', 'branch-bench6')`, [KEYS]);
    const [{ id: managerId }] = await q(
      `INSERT INTO accounts (branch_id, type, name, email, password_hash, parent_id, principal_id, path, role_id, scope)
       VALUES (1, 6, 'manager', 'manager@bench.test', $1, $2, $2, '', $3, 'direct') RETURNING id`,
      [hash, big.id, await roleOf(6)],
    );
    await q(`UPDATE accounts SET path = $2 || id || '/' WHERE id = $1`, [managerId, big.path]);
    const [size] = await q(
      `SELECT (SELECT count(*) FROM subscribers WHERE owner_path LIKE $1)::int AS subscribers, (SELECT count(*) FROM payments WHERE owner_path LIKE $1)::int AS payments,
              (SELECT count(*) FROM accounts WHERE path LIKE $1 AND type IN (3, 4, 5))::int AS operators,
              (SELECT count(*) FROM subscribers WHERE owner_id = $2)::int AS direct`,
      [`${big.path}%`, big.id],
    );

    h.text(
      [
        `**What answers now.** Both reads sum per-operator running totals instead of recounting rows. Kept by triggers in the same transaction as every change, whoever writes it:`,
        `- \`subscriber_counts(owner_id, status, count)\` and \`invoice_totals(owner_id, status, period, count, amount, paid)\` (migration 1764000000560): subscriber create, delete, status change and move; invoice generation, payment against it, void, move.`,
        `- \`payment_totals\` (migration 1764000000330): the dashboard's takings read the caller's own \`subtree\` rows as before; \`/reports/summary\` now reads the per-owner \`direct\` rows for the whole UTC days of the range and only the part of a day at either end (a month picked in the panel's time zone) from \`payments\` (\`payments_created_at_idx\`).`,
        `- A subtree's figure sums the rows of the operators in it: a range scan of \`accounts_path_idx\` (the caller's path prefix), then a primary-key range per operator. Rows touched grow with the operators in the subtree (${size.operators} here), not with its subscribers or payments. A direct scope reads its one owner's rows.`,
        `- The subscribers expiring in the next 7 days depend on the clock: an index makes them a range scan per operator (\`subscribers_active_expiry_idx (owner_id, expires_at) WHERE status = 'active'\`).`,
        `- Tenant-safe (R14): a change touches only its own owner's counter rows (the old and new owner's on a move, in key order), so no row is shared by operators. The exception left: \`payment_totals\`' \`subtree\` rows (issue 9), which every payment of the tree updates up to the Admin's.`,
        '',
        `Data: ${generation.join('; ')}. The reseller: ${size.subscribers.toLocaleString('en')} subscribers, ${size.payments.toLocaleString('en')} payments, ${size.operators} operators; its direct-scope manager: ${size.direct} subscribers.`,
      ].join('\n'),
    );

    // The answers equal a recount, in one transaction (one now() for the subscribers about to expire).
    const scope = { pathPrefix: big.path };
    await q('BEGIN');
    const [recounted] = await q(RECOUNT.subscribers, [`${big.path}%`]);
    const [counted] = await q(...reporting.subscriberCountsSql(scope));
    const [openRecount] = await q(RECOUNT.openInvoices, [`${big.path}%`]);
    const [open] = await q(...reporting.openInvoicesSql(scope));
    await q('COMMIT');
    const same =
      JSON.stringify(recounted) === JSON.stringify(counted) && openRecount.count === open.openInvoices && Number(openRecount.sum) === Number(open.openAmount);
    h.check('the running totals equal a recount', same, `reseller: subscribers ${JSON.stringify(counted)}, open invoices ${JSON.stringify(open)}`);

    const api = await h.api({ databaseUrl: url });
    const bearer = async (email) => ({ authorization: `Bearer ${await api.login(email, h.password)}` });
    const reseller = await bearer(big.email);
    const manager = await bearer('manager@bench.test');
    const admin = await bearer(h.admin.email);
    const now = new Date();
    // A month picked in the panel's time zone (Asia/Dhaka, UTC+6): its ends are 6 hours off UTC's days.
    const dhaka = `from=${new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1) - 6 * 3600_000).toISOString()}&to=${new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1) - 6 * 3600_000).toISOString()}`;
    const cases = {
      'reseller `/dashboard`': { url: `${api.url}/api/dashboard`, headers: reseller },
      'reseller `/reports/summary` (this UTC month)': { url: `${api.url}/api/reports/summary`, headers: reseller },
      'reseller `/reports/summary` (this month in UTC+6)': { url: `${api.url}/api/reports/summary?${dhaka}`, headers: reseller },
      'direct-scope manager `/dashboard`': { url: `${api.url}/api/dashboard`, headers: manager },
      'Admin `/dashboard` (all 1M)': { url: `${api.url}/api/dashboard`, headers: admin },
      'Admin `/reports/summary` (all 1M)': { url: `${api.url}/api/reports/summary`, headers: admin },
    };
    const one = await h.rounds(cases, { rounds: 3, duration: 3, connections: 1 });
    const ten = await h.rounds(
      {
        'reseller `/dashboard`': cases['reseller `/dashboard`'],
        'reseller `/reports/summary` (this UTC month)': cases['reseller `/reports/summary` (this UTC month)'],
      },
      { rounds: 3, duration: 3, connections: 10 },
    );
    h.section('Through the API (the built API as a process, request log on)');
    h.text('3 interleaved rounds of 3 s per case after a warm-up; medians of the rounds. One connection (a user waiting for the page), then 10.');
    h.table(
      ['caller and read', 'connections', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms'],
      [
        ...Object.entries(one).map(([name, r]) => [name, 1, Math.round(r.rps), ms(r.p50), ms(r.p95), ms(r.p99)]),
        ...Object.entries(ten).map(([name, r]) => [name, 10, Math.round(r.rps), ms(r.p50), ms(r.p95), ms(r.p99)]),
      ],
    );
    const d = one['reseller `/dashboard`'];
    const s = one['reseller `/reports/summary` (this UTC month)'];
    h.check(
      'reseller /dashboard p95 ≤ 20 ms at 1M subscribers and 10M payments',
      d.p95 <= 20,
      `p50 ${ms(d.p50)} / p95 ${ms(d.p95)} / p99 ${ms(d.p99)} ms, 1 connection`,
    );
    h.check('reseller /reports/summary for a month p95 ≤ 100 ms', s.p95 <= 100, `p50 ${ms(s.p50)} / p95 ${ms(s.p95)} / p99 ${ms(s.p99)} ms, 1 connection`);
    await api.stop();

    // The SQL, as the services send it, against the recount it replaces.
    const monthStart = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
    const monthEnd = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));
    const [dhakaFrom, dhakaTo] = [new Date(monthStart - 6 * 3600_000), new Date(monthEnd - 6 * 3600_000)];
    const period = monthStart.toISOString().slice(0, 7);
    const nextPeriod = monthEnd.toISOString().slice(0, 7);
    const reads = [
      ['subscriber counts and expiring in 7 days', reporting.subscriberCountsSql(scope), [RECOUNT.subscribers, [`${big.path}%`]]],
      ['open invoices', reporting.openInvoicesSql(scope), [RECOUNT.openInvoices, [`${big.path}%`]]],
      ["this month's sales", reporting.monthSalesSql(scope)],
      [
        'payments of this UTC month (report)',
        reporting.paymentsSummarySql(scope, monthStart, monthEnd),
        [RECOUNT.payments, [`${big.path}%`, monthStart, monthEnd]],
      ],
      ['payments of this month in UTC+6 (report)', reporting.paymentsSummarySql(scope, dhakaFrom, dhakaTo)],
      ["this month's invoices (report)", reporting.invoicesSummarySql(scope, period, nextPeriod)],
    ];
    const rows = [];
    for (const [name, current, before] of reads) {
      const after = await h.timeSql(sql, ...current, { n: 100 });
      const old = before ? await h.timeSql(sql, ...before, { n: 5, warmup: 1 }) : undefined;
      rows.push([name, ms(after.p50), ms(after.p95), old ? ms(old.p50) : '—', old ? `${(old.p50 / after.p50).toFixed(0)}×` : '—']);
    }
    h.section('The SQL for the reseller');
    h.text('Each statement alone, 100 runs (the recount 5), on the same data.');
    h.table(['read', 'p50 ms', 'p95 ms', 'recount p50 ms (issue 9)', 'faster'], rows);
    for (const [name, current] of reads) h.plan(`plan: ${name}`, await h.explain(sql, ...current));
    h.plan('plan: the payments of the month recounted (before)', await h.explain(sql, RECOUNT.payments, [`${big.path}%`, monthStart, monthEnd]));

    // What the triggers cost a write: the same statement with the row trigger on and off.
    const [{ subscriberId, invoiceId }] = await q(
      `SELECT s.id AS "subscriberId", i.id AS "invoiceId" FROM subscribers s JOIN invoices i ON i.subscriber_id = s.id WHERE s.owner_id = $1 LIMIT 1`,
      [big.id],
    );
    let n = 0;
    const writes = [
      [
        'a payment (`payment_totals`, one row per level + the owner)',
        'payments',
        'payments_totals',
        () => [`INSERT INTO payments (subscriber_id, owner_id, owner_path, amount, method) VALUES ($1, 0, '', 10, 'cash')`, [subscriberId]],
      ],
      [
        'a payment against an invoice (`invoice_totals`)',
        'invoices',
        'invoices_counted_change',
        () => [`UPDATE invoices SET paid = paid + 0.01 WHERE id = $1`, [invoiceId]],
      ],
      [
        'a new subscriber (`subscriber_counts`)',
        'subscribers',
        'subscribers_counted_insert',
        () => [
          `INSERT INTO subscribers (username, name, owner_id, owner_path, status, expires_at) VALUES ($1, 'w', $2, $3, 'active', now() + interval '30 days')`,
          [`w${++n}-${Date.now()}`, big.id, big.path],
        ],
      ],
      [
        'a status change (`subscriber_counts`)',
        'subscribers',
        'subscribers_counted_change',
        () => [`UPDATE subscribers SET status = CASE status WHEN 'active' THEN 'suspended' ELSE 'active' END WHERE id = $1`, [subscriberId]],
      ],
    ];
    const writeRows = [];
    for (const [name, table, trigger, statement] of writes) {
      const time = async () => {
        const times = [];
        for (let i = 0; i < 210; i++) {
          const [text, params] = statement();
          const t0 = process.hrtime.bigint();
          await db.query(text, params);
          if (i >= 10) times.push(Number(process.hrtime.bigint() - t0) / 1e6);
        }
        times.sort((a, b) => a - b);
        return { p50: times[100], p95: times[190] };
      };
      const on = await time();
      await q(`ALTER TABLE ${table} DISABLE TRIGGER ${trigger}`);
      const off = await time();
      await q(`ALTER TABLE ${table} ENABLE TRIGGER ${trigger}`);
      writeRows.push([name, ms(on.p50), ms(on.p95), ms(off.p50), ms(off.p95)]);
    }
    h.section('What the running totals cost a write');
    h.text(
      '200 statements in a row each (autocommit), with the trigger and then without it; the rest of the table (indexes, other triggers) as in production.',
    );
    h.table(['write', 'p50 ms with', 'p95 ms with', 'p50 ms without', 'p95 ms without'], writeRows);
  } finally {
    db.release();
  }
}
