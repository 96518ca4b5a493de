// Fair background work (issue 13, R14): how long a small operator's monthly run (5 subscribers) takes from its
// request to its completion, alone and behind a large operator's backlog (runs of 10,000 subscribers each) that the
// large operator asks for all at once. The built API and worker as processes; the queue's events are followed here.
// Goal: behind the backlog within 2× of alone.
export const title = "Fair background work: a small operator's run behind a large one's backlog";
export const order = 80;

const LARGE = 10_000;
const SMALL = 5;
const FLOOD = 30; // runs the large operator asks for at once
const ROUNDS = 3;
const CONCURRENCY = '4';

export async function run(h) {
  const { INVOICE_GENERATION_QUEUE, invoiceGenerationJobId, MAX_RUNS_PER_OPERATOR, BILLING_MONTHS_BACK, AccountType, allowedKeysForType } =
    h.apiRequire('@tiergate/access');
  const { Queue, QueueEvents } = h.apiRequire('bullmq');
  const { hashPassword } = h.apiRequire(`${h.root}/apps/api/dist/auth/passwords.js`);
  const { url: databaseUrl, sql } = await h.database('queue_fairness');
  const passwordHash = await hashPassword(h.password);
  const { rows: packages } = await sql.query(`INSERT INTO packages (name, price, validity_days) VALUES ('Home 20', 1250, 30) RETURNING id`);

  /** A reseller holding every reseller key, with `subscribers` active subscribers on the package. */
  async function reseller(name, subscribers) {
    const { rows: roles } = await sql.query(
      `INSERT INTO roles (branch_id, name, display_name, type, owner_id, defaults_status)
       SELECT branch_id, $1, $1, $2, id, 'skipped' FROM accounts WHERE type = 1 RETURNING id`,
      [`bench-${name}`, AccountType.Reseller],
    );
    await sql.query(`INSERT INTO role_permissions (role_id, permission) SELECT $1, unnest($2::text[])`, [
      roles[0].id,
      allowedKeysForType(AccountType.Reseller),
    ]);
    const email = `${name}@bench.test`;
    const { rows } = await sql.query(
      `INSERT INTO accounts (branch_id, type, name, email, password_hash, parent_id, path, role_id, balance)
       SELECT branch_id, $5, $1, $2, $3, id, path, $4, 0 FROM accounts WHERE type = 1 RETURNING id, path`,
      [name, email, passwordHash, roles[0].id, AccountType.Reseller],
    );
    rows[0].path += `${rows[0].id}/`;
    await sql.query(`UPDATE accounts SET path = $2, principal_id = $1 WHERE id = $1`, [rows[0].id, rows[0].path]);
    const { id, path } = rows[0];
    await sql.query(
      `INSERT INTO subscribers (username, name, owner_id, owner_path, package_id, status)
       SELECT $1 || '-' || g, 'Subscriber ' || g, $2, $3, $4, 'active' FROM generate_series(1, $5) g`,
      [name, id, path, packages[0].id, subscribers],
    );
    return { id, path, email };
  }
  const large = await reseller('large', LARGE);
  const small = await reseller('small', SMALL);
  await sql.query(`ANALYZE`);

  const env = { QUEUE_PREFIX: 'fairness', WORKER_CONCURRENCY: CONCURRENCY };
  const api = await h.api({ databaseUrl, env });
  await h.worker({ databaseUrl, env });
  for (const who of [large, small]) who.token = await api.login(who.email, h.password);
  const connection = { url: h.redis.url };
  const queue = new Queue(INVOICE_GENERATION_QUEUE, { connection, prefix: env.QUEUE_PREFIX });
  const events = new QueueEvents(INVOICE_GENERATION_QUEUE, { connection, prefix: env.QUEUE_PREFIX });
  try {
    const finished = new Map();
    const failures = [];
    events.on('completed', ({ jobId }) => finished.get(jobId)?.());
    events.on('failed', ({ jobId, failedReason }) => failures.push(`${jobId}: ${failedReason}`));
    await events.waitUntilReady();
    /** Resolves once the operator's run for the month completes; ask before the run is requested. */
    const completion = (who, period) => new Promise((resolve) => finished.set(invoiceGenerationJobId({ pathPrefix: who.path }, period), resolve));

    const month = (offset) => new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth() + offset, 1)).toISOString().slice(0, 7);
    // Each large run bills a month of its own (from next month backwards), so that it really bills LARGE subscribers.
    // The small operator always bills the current month: its first run creates 5 invoices, every later one skips them.
    let largeMonths = 0;
    const nextLargeMonth = () => month(1 - largeMonths++);
    const generate = (who, period) =>
      h.request(`${api.url}/api/invoices/generate-monthly`, { method: 'POST', headers: { authorization: `Bearer ${who.token}` }, body: { period } });

    /** The small operator's run through the API: ms from its request to its completion, and its wait in the queue. */
    async function smallRun() {
      const started = performance.now();
      const done = completion(small, month(0));
      const res = await generate(small, month(0));
      if (res.status !== 202) throw new Error(`small run: ${res.status} ${res.body}`);
      await done;
      const total = performance.now() - started;
      const job = await queue.getJob(invoiceGenerationJobId({ pathPrefix: small.path }, month(0)));
      return { total, wait: job.processedOn - job.timestamp };
    }
    const describe = (runs, key) => `median ${Math.round(h.median(runs.map((r) => r[key])))} ms (${runs.map((r) => Math.round(r[key])).join(', ')})`;

    await smallRun(); // bills the 5; the measured runs skip them
    const alone = [];
    for (let i = 0; i < ROUNDS; i++) alone.push(await smallRun());

    const largeStarted = performance.now();
    const largePeriod = nextLargeMonth();
    const largeDone = completion(large, largePeriod);
    await generate(large, largePeriod);
    await largeDone;
    const largeAlone = performance.now() - largeStarted;

    // The large operator asks for FLOOD runs at once (past its bound: 429), then the small one asks.
    const behind = [];
    const answers = {};
    for (let i = 0; i < ROUNDS; i++) {
      const backlog = [];
      for (let n = 0; n < FLOOD; n++) {
        // The bound admits the first runs; the rest ask for a month that is never billed, to be refused.
        const period = n < MAX_RUNS_PER_OPERATOR ? nextLargeMonth() : month(-BILLING_MONTHS_BACK);
        const done = completion(large, period);
        const res = await generate(large, period);
        answers[res.status] = (answers[res.status] ?? 0) + 1;
        if (res.status === 202) backlog.push(done);
      }
      behind.push(await smallRun());
      await Promise.all(backlog);
    }
    if (failures.length) throw new Error(`runs failed: ${failures.join('; ')}`);

    const ratio = h.median(behind.map((r) => r.total)) / h.median(alone.map((r) => r.total));
    h.text(
      `A reseller with ${LARGE.toLocaleString('en')} active subscribers asks for ${FLOOD} monthly runs at once; then a reseller with ${SMALL} asks for one. ` +
        `The built API and worker (\`WORKER_CONCURRENCY=${CONCURRENCY}\`) as processes, ${ROUNDS} rounds; "waiting" is the run's time in the queue (\`processedOn − timestamp\`).`,
    );
    h.table(
      ['', 'Small run, request to completion', 'Of which waiting in the queue'],
      [
        [`alone (${ROUNDS} runs)`, describe(alone, 'total'), describe(alone, 'wait')],
        [
          `behind the large operator's backlog (its ${FLOOD * ROUNDS} requests answered ${JSON.stringify(answers)})`,
          describe(behind, 'total'),
          describe(behind, 'wait'),
        ],
      ],
    );
    h.text(`A large run alone: ${Math.round(largeAlone)} ms.`);
    h.check("A small operator's run behind a large one's backlog within 2× of alone (R14)", ratio <= 2, `${ratio.toFixed(2)}×`);
  } finally {
    await events.close();
    await queue.close();
  }
}
