// Monthly billing at scale (issue 17, item 5): 100,000 active subscribers under 10 resellers, billed by the built
// worker (a separate process consuming the invoice-generation queue) for the whole installation, against the anchor:
// one INSERT … SELECT of the same invoices into the same table, rolled back. First on an empty invoices table, then
// with 2,000,000 earlier invoices, then the next month right after (no VACUUM in between), then that month again
// (everyone already billed). A database of its own: the runs change balances and add invoices.
import os from 'node:os';

export const title = 'Monthly billing of 100,000 subscribers';
export const order = 90;

const SUBSCRIBERS = 100_000;
const RESELLERS = 10;
const EARLIER_INVOICES = 2_000_000;
const QUEUE_PREFIX = 'bench-billing';
/** A month within the billing window for each run (24 months back from the current one), and one for the plans. */
const month = (back) => new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth() - back, 1)).toISOString().slice(0, 7);
const [EMPTY_RUN, WITH_EARLIER, NEXT_MONTH, PLANNED] = [month(3), month(2), month(1), month(0)];
/** The anchor's month: outside every run's, so that its rolled-back rows never sit in a run's index probes. */
const ANCHOR_PERIOD = '2000-01';

export async function run(h) {
  const { url, sql } = await h.database('billing');
  const {
    rows: [admin],
  } = await sql.query(`SELECT id, branch_id, role_id, path FROM accounts WHERE email = $1`, [h.admin.email]);
  await seed(sql, admin);

  const worker = await h.worker({ databaseUrl: url, env: { QUEUE_PREFIX } });
  const { Queue, QueueEvents } = h.apiRequire('bullmq');
  const { INVOICE_GENERATION_QUEUE, INVOICE_GENERATION_JOB_OPTIONS, invoiceGenerationJobId, JobName } = h.apiRequire('@tiergate/access');
  const connection = { url: h.redis.url };
  const queue = new Queue(INVOICE_GENERATION_QUEUE, { connection, prefix: QUEUE_PREFIX });
  const events = new QueueEvents(INVOICE_GENERATION_QUEUE, { connection, prefix: QUEUE_PREFIX });
  try {
    await events.waitUntilReady();
    const scope = { pathPrefix: '/' };
    const bill = async (period) => {
      const jobId = invoiceGenerationJobId(scope, period);
      await (await queue.getJob(jobId))?.remove(); // a finished run of the month: a new request replaces it
      const started = performance.now();
      const job = await queue.add(
        JobName.GenerateInvoices,
        { period, scope, requestedBy: admin.id, operatorId: admin.id },
        { ...INVOICE_GENERATION_JOB_OPTIONS, jobId },
      );
      const outcome = await job.waitUntilFinished(events);
      return { seconds: (performance.now() - started) / 1000, outcome };
    };
    // The anchor before and after each measured run; its figure is their mean (the machine is shared).
    const measure = async (label, period) => {
      const before = await anchor(sql);
      const stats = await subscriberStats(sql);
      const billed = await bill(period);
      const after = await anchor(sql);
      const anchorSeconds = (before + after) / 2;
      h.log(`${label}: ${billed.seconds.toFixed(1)} s, anchor ${before.toFixed(1)}/${after.toFixed(1)} s`);
      return { label, period, ...billed, anchorSeconds, load: os.loadavg()[0], before: stats, after: await subscriberStats(sql) };
    };

    const runs = [await measure('empty invoices table', EMPTY_RUN)];
    const started = performance.now();
    await addEarlierInvoices(sql, admin);
    const generated = (performance.now() - started) / 1000;
    runs.push(await measure(`${(EARLIER_INVOICES / 1e6).toFixed(0)}M earlier invoices`, WITH_EARLIER));
    runs.push(await measure('the next month right after (no VACUUM)', NEXT_MONTH));
    const rerun = await bill(NEXT_MONTH);

    h.section('Runs and the anchor');
    h.text(
      `${SUBSCRIBERS.toLocaleString('en')} active subscribers with a package under ${RESELLERS} resellers, billed for the whole installation by the ` +
        'built worker (its own process: `node apps/worker/dist/main.js`), timed from enqueueing the job to its result. The anchor is one ' +
        '`INSERT … SELECT` of the same invoices (branch, number, subscriber, owner, period, amount) into the same `invoices` table, ' +
        'rolled back: the same indexes, foreign keys and owner trigger, without the balances, the ledger, locks or batches. ' +
        'It runs just before and just after each billing run; its figure is the mean of the two. ' +
        `The ${EARLIER_INVOICES.toLocaleString('en')} earlier invoices (20 earlier months, made in SQL in ${generated.toFixed(0)} s, then ANALYZE) ` +
        'stay for the later runs. The benchmark runs no VACUUM between the runs; autovacuum may, as in production (its count is shown).',
    );
    h.table(
      ['Run', 'Period', 'created / skipped', 'seconds', 'anchor s', '× anchor', 'subscribers/s', 'load average (1 min) after'],
      [
        ...runs.map((r) => [
          r.label,
          r.period,
          `${r.outcome.created} / ${r.outcome.skipped}`,
          r.seconds.toFixed(1),
          r.anchorSeconds.toFixed(1),
          (r.seconds / r.anchorSeconds).toFixed(2),
          Math.round(r.outcome.done / r.seconds),
          r.load.toFixed(1),
        ]),
        ['the same month again (all billed)', NEXT_MONTH, `${rerun.outcome.created} / ${rerun.outcome.skipped}`, rerun.seconds.toFixed(1), '', '', '', ''],
      ],
    );
    h.section('Subscriber rows: HOT updates and dead rows');
    h.text(
      'From `pg_stat_user_tables` for `subscribers`, just before and just after each run (the statistics are sent at the end of ' +
        'each transaction, so "after" may lag by a batch). A HOT update writes no index entry and its old version is pruned the ' +
        'next time its page is read, without VACUUM.',
    );
    h.table(
      ['Run', 'updates', 'of which HOT', 'dead rows before', 'dead rows after', 'autovacuums during', 'table size after'],
      runs.map((r) => [
        r.label,
        r.after.updates - r.before.updates,
        r.after.hot - r.before.hot,
        r.before.dead,
        r.after.dead,
        r.after.autovacuums - r.before.autovacuums,
        `${(r.after.bytes / 2 ** 20).toFixed(0)} MiB`,
      ]),
    );
    const [, earlier, next] = runs;
    h.text(
      '**What changed.** Every statement of a batch finds its subscribers by `s.id = ANY($ids)` on the primary key, so its cost ' +
        'follows the batch (1,000), never the table: the balance UPDATE used to join `subscribers` to the inserted rows, which the ' +
        'planner could turn into a scan of all subscribers per batch. "Not billed yet" is a probe of the (subscriber, period) unique ' +
        'index per subscriber (`OFFSET 0` keeps the sub-select a probe; as an anti-join it read every invoice of the period so far ' +
        'for each batch), the period given as `(SELECT $2)`, a value the planner does not see: by the statistics of the month being billed, ' +
        "which lag behind the run filling it, it took that month's index as nearly empty and read all of the month's invoices for each probe. Subscribers already billed are not locked, so a rerun rewrites no row; a free package's invoice leaves the balance alone. " +
        'Subscribers have fillfactor 50 (migration 1764000000570, which also rewrites the table in id order): no index holds `balance`, ' +
        "so with room on the page the balance update is HOT: no entry in the table's eight indexes (one a trigram GIN index), and " +
        "the previous month's versions are pruned as the next run reads the page, so dead rows do not build up.",
    );

    h.section('Plans of one batch (1,000 subscribers, with the earlier invoices in the table)');
    for (const [name, plan] of await batchPlans(h, sql)) h.plan(name, plan);

    for (const r of runs)
      h.check(`billing within 2× of one INSERT … SELECT (${r.label})`, r.seconds <= 2 * r.anchorSeconds, `${(r.seconds / r.anchorSeconds).toFixed(2)}×`);
    h.check(
      `under 30 s with ${EARLIER_INVOICES.toLocaleString('en')} earlier invoices`,
      earlier.seconds < 30 && next.seconds < 30,
      `${earlier.seconds.toFixed(1)} s, the next month ${next.seconds.toFixed(1)} s`,
    );
    h.check(
      'no dead-row build-up that slows the next run',
      next.seconds / next.anchorSeconds <= 1.25 * (earlier.seconds / earlier.anchorSeconds),
      `next month ${(next.seconds / next.anchorSeconds).toFixed(2)}× against ${(earlier.seconds / earlier.anchorSeconds).toFixed(2)}×; dead subscriber rows ${next.before.dead} before it, ${next.after.dead} after`,
    );
  } finally {
    await events.close();
    await queue.close();
    await worker.stop();
  }
}

/** The resellers, a package and the subscribers (ids in order, as a bulk import leaves them). */
async function seed(sql, admin) {
  await sql.query(
    `INSERT INTO accounts (branch_id, type, name, email, password_hash, parent_id, path, role_id, balance)
     SELECT $1, 3, 'Reseller ' || g, 'billing-reseller' || g || '@bench.test', 'x', $2, '', $3, 0 FROM generate_series(1, $4) g`,
    [admin.branch_id, admin.id, admin.role_id, RESELLERS],
  );
  await sql.query(`UPDATE accounts a SET path = p.path || a.id || '/', principal_id = a.id FROM accounts p WHERE a.parent_id = p.id AND a.path = ''`);
  const {
    rows: [{ id: packageId }],
  } = await sql.query(`INSERT INTO packages (name, price, validity_days) VALUES ('Home 20', 1250, 30) RETURNING id`);
  await sql.query(
    `INSERT INTO subscribers (username, name, owner_id, owner_path, package_id, status)
     SELECT 'sub' || g, 'Subscriber ' || g, r.id, r.path, $1, 'active'
       FROM generate_series(1, $2) g JOIN (SELECT id, path, row_number() OVER (ORDER BY id) - 1 AS n FROM accounts WHERE type = 3) r ON r.n = g % $3`,
    [packageId, SUBSCRIBERS, RESELLERS],
  );
  await sql.query(`ANALYZE`);
}

/** Seconds of one INSERT … SELECT of the run's invoices into `invoices`, rolled back (numbers past any a run gives). */
async function anchor(pool) {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const started = performance.now();
    await client.query(
      `INSERT INTO invoices (branch_id, number, subscriber_id, owner_id, owner_path, period, amount)
       SELECT a.branch_id, 'INV-' || (1000000000 + row_number() OVER (ORDER BY s.id)), s.id, s.owner_id, s.owner_path, $1, p.price
         FROM subscribers s JOIN accounts a ON a.id = s.owner_id JOIN packages p ON p.id = s.package_id
        WHERE s.status = 'active' AND s.package_id IS NOT NULL ORDER BY s.id`,
      [ANCHOR_PERIOD],
    );
    return (performance.now() - started) / 1000;
  } finally {
    await client.query('ROLLBACK');
    client.release();
  }
}

/** 20 earlier months of paid invoices for every subscriber, numbered in a range of their own. */
async function addEarlierInvoices(pool, admin) {
  const client = await pool.connect();
  try {
    // Loaded as a restore would: without this session's triggers and foreign-key checks (the rows are valid by construction).
    await client.query(`SET session_replication_role = replica`);
    await client.query(
      `INSERT INTO invoices (branch_id, number, subscriber_id, owner_id, owner_path, period, amount, paid, status)
     SELECT $1, 'INV-' || (2000000000 + g), s.id, s.owner_id, s.owner_path,
            to_char(date '2024-12-01' - make_interval(months => g / $3), 'YYYY-MM'), 1250, 1250, 'paid'
       FROM generate_series(0, $2 - 1) g JOIN subscribers s ON s.id = (SELECT min(id) FROM subscribers) + g % $3`,
      [admin.branch_id, EARLIER_INVOICES, SUBSCRIBERS],
    );
    await client.query(`RESET session_replication_role`);
    await client.query(`ANALYZE invoices`);
  } finally {
    client.release();
  }
}

async function subscriberStats(sql) {
  const {
    rows: [s],
  } = await sql.query(
    `SELECT n_tup_upd::bigint AS updates, n_tup_hot_upd::bigint AS hot, n_dead_tup::bigint AS dead, autovacuum_count::bigint AS autovacuums,
            pg_relation_size('subscribers') AS bytes
       FROM pg_stat_user_tables WHERE relname = 'subscribers'`,
  );
  return Object.fromEntries(Object.entries(s).map(([k, v]) => [k, Number(v)]));
}

/** EXPLAIN (ANALYZE, BUFFERS) of a batch's three statements as the worker builds them, in a transaction rolled back. */
async function batchPlans(h, pool) {
  const { lockBatchQuery, dueQuery, billQuery } = h.apiRequire(`${h.root}/apps/worker/dist/invoice-generation.service.js`);
  const client = await pool.connect();
  const explain = async (q) => (await h.explain(client, q.text, q.params)).replace(/'\{[0-9,]{200,}\}'/g, (ids) => `'{…${ids.split(',').length} ids…}'`);
  try {
    await client.query('BEGIN');
    const { rows } = await client.query(`SELECT id FROM subscribers ORDER BY id OFFSET $1 LIMIT 1000`, [SUBSCRIBERS / 2]);
    const lock = lockBatchQuery(
      PLANNED,
      { pathPrefix: '/' },
      rows.map((r) => r.id),
    );
    const lockPlan = await explain(lock);
    const locked = (await client.query(lock.text, lock.params)).rows.map((r) => r.id);
    const due = dueQuery(PLANNED, locked);
    const duePlan = await explain(due);
    const billed = (await client.query(due.text, due.params)).rows;
    const billPlan = await explain(
      billQuery(
        PLANNED,
        billed,
        billed.map((_, i) => String(3000000000 + i)),
      ),
    );
    return [
      ['1. Lock the batch’s subscribers not yet billed (FOR UPDATE)', lockPlan],
      ['2. Read what their invoices are made of, under the locks', duePlan],
      ['3. Invoices, balances (HOT) and ledger entries in one statement', billPlan],
    ];
  } finally {
    await client.query('ROLLBACK');
    client.release();
  }
}
