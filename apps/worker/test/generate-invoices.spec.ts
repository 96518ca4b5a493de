// Monthly generation (API.md "Accounting"): the job through the real worker (JobRunner in-process), its scope,
// idempotence under overlapping runs, and the built CLI (`pnpm worker generate-invoices`) in a child process.
import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { allowedKeysForType, BALANCE_LIMIT, billingPeriodWindow, InvoiceGenerationProgress, PermissionKey } from '@tiergate/access';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { ADMIN_EMAIL, ADMIN_PASSWORD, ApiClient, openApi, TestApi } from '../../api/test/support/harness';
import { makeAccount, MadeAccount, makePackage, makeSubscriber, PASSWORD } from '../../api/test/support/factories';
import { waitFor } from '../../api/test/support/redis-server';
import { loadWorkerConfig } from '../src/config';
import { CLI_ACTOR, InvoiceGenerationService } from '../src/invoice-generation.service';
import { WorkerModule } from '../src/worker.module';

const WORKER_MAIN = path.resolve(__dirname, '../dist/main.js');

let env: Record<string, string>;
let api: TestApi;
let worker: INestApplicationContext;
let db: DataSource;
let packageId: number;

beforeAll(async () => {
  ({ api, db, env } = await openApi({}, { admin: false }));
  worker = await NestFactory.createApplicationContext(WorkerModule.forRoot(loadWorkerConfig(env)), { logger: false, abortOnError: false });
  packageId = await makePackage(db);
});
afterAll(async () => {
  await worker.close();
  await api.close();
});

const signIn = (a: MadeAccount) => api.login(a.email, PASSWORD);
const full = (type: 3 | 4, parentId?: number) => makeAccount(db, type, { parentId, permissions: allowedKeysForType(type) as PermissionKey[] });

/** `count` active subscribers on the package, plus one without a package and one suspended (never billed). */
async function customers(ownerId: number, count: number): Promise<number[]> {
  const billable = [];
  for (let i = 0; i < count; i++) billable.push(await makeSubscriber(db, ownerId));
  await db.query(`UPDATE subscribers SET package_id = $2 WHERE id = ANY($1::int[])`, [billable, packageId]);
  await makeSubscriber(db, ownerId);
  await db.query(`UPDATE subscribers SET package_id = $2 WHERE id = $1`, [await makeSubscriber(db, ownerId, { status: 'suspended' }), packageId]);
  return billable;
}

/** Reseller → sub-reseller, each with customers, and a second reseller beside them. */
async function world() {
  const reseller = await full(3);
  const sub = await full(4, reseller.id);
  const other = await full(3);
  return { reseller, sub, other, own: await customers(reseller.id, 3), below: await customers(sub.id, 2), beside: await customers(other.id, 2) };
}

/** A month within the billing window (R14), `n` months before the current one: each test bills months of its own. */
const monthsAgo = (n: number) => new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth() - n, 1)).toISOString().slice(0, 7);
const invoicedIn = async (period: string) =>
  (await db.query(`SELECT subscriber_id FROM invoices WHERE period = $1 AND status <> 'void' ORDER BY subscriber_id`, [period])).map(
    (r: { subscriber_id: number }) => r.subscriber_id,
  );
const sorted = (ids: number[]) => [...ids].sort((a, b) => a - b);
const finished = (client: ApiClient, jobId: string) =>
  waitFor(
    () => client.get(`/invoices/jobs/${jobId}`),
    (r) => r.status !== 200 || ['completed', 'failed'].includes(r.body.state),
  );

describe('POST /invoices/generate-monthly through the worker', () => {
  it('bills the caller’s subtree once, with progress, ledger entries and one audit entry by the requester', async () => {
    const w = await world();
    const client = await signIn(w.reseller);
    const res = await client.post('/invoices/generate-monthly', { period: monthsAgo(1) });
    expect(res.status).toBe(202);
    expect(res.body).toEqual({ jobId: expect.any(String) });
    expect((await finished(client, res.body.jobId)).body).toEqual({ state: 'completed', progress: 100, created: 5, skipped: 0, failed: [] });

    expect(await invoicedIn(monthsAgo(1))).toEqual(sorted([...w.own, ...w.below]));
    const ledger = await db.query(
      `SELECT subscriber_id, amount::text, balance_after::text FROM ledger_entries WHERE kind = 'invoice' AND subscriber_id = ANY($1::int[])`,
      [[...w.own, ...w.below]],
    );
    expect(ledger).toHaveLength(5);
    expect(ledger.every((e: { amount: string; balance_after: string }) => e.amount === '-500.00' && e.balance_after === '-500.00')).toBe(true);

    const audit = await client.get('/audit?action=invoice.generate');
    expect(audit.body.items).toEqual([
      expect.objectContaining({
        action: 'invoice.generate',
        actorId: w.reseller.id,
        changes: expect.objectContaining({ period: monthsAgo(1), created: 5, skipped: 0, amount: '2500.00' }),
      }),
    ]);
    // Another operator neither reads the run nor sees its entry.
    const other = await signIn(w.other);
    expect((await other.get(`/invoices/jobs/${res.body.jobId}`)).status).toBe(404);
    expect((await other.get('/invoices/jobs/no-such-job')).status).toBe(404);
    expect((await other.get('/audit?action=invoice.generate')).body.items).toEqual([]);
  });

  it('a sub-reseller’s run bills only its subtree; a second run bills nobody twice', async () => {
    const w = await world();
    const client = await signIn(w.sub);
    const first = await client.post('/invoices/generate-monthly', { period: monthsAgo(2) });
    expect((await finished(client, first.body.jobId)).body).toMatchObject({ state: 'completed', created: 2, skipped: 0 });
    expect(await invoicedIn(monthsAgo(2))).toEqual(sorted(w.below));
    const again = await client.post('/invoices/generate-monthly', { period: monthsAgo(2) });
    expect(again.body.jobId).toBe(first.body.jobId);
    expect((await finished(client, again.body.jobId)).body).toMatchObject({ state: 'completed', created: 0, skipped: 2 });
    const parent = await signIn(w.reseller);
    const wider = await parent.post('/invoices/generate-monthly', { period: monthsAgo(2) });
    expect((await finished(parent, wider.body.jobId)).body).toMatchObject({ created: 3, skipped: 2 });
    expect(await invoicedIn(monthsAgo(2))).toEqual(sorted([...w.own, ...w.below]));
  });

  it('two requests at once share one job, and two overlapping runs bill each subscriber once with gapless numbers', async () => {
    const w = await world();
    const client = await signIn(w.reseller);
    const answers = await Promise.all([
      client.post('/invoices/generate-monthly', { period: monthsAgo(3) }),
      client.post('/invoices/generate-monthly', { period: monthsAgo(3) }),
    ]);
    expect(answers.map((a) => a.status)).toEqual([202, 202]);
    expect(answers[0].body.jobId).toBe(answers[1].body.jobId);
    await finished(client, answers[0].body.jobId);
    expect(await invoicedIn(monthsAgo(3))).toEqual(sorted([...w.own, ...w.below]));

    // Two runs over the whole installation at once, bypassing the queue's one-job-per-scope.
    const service = worker.get(InvoiceGenerationService);
    const [{ last_number: before }] = await db.query(`SELECT last_number::int FROM invoice_counters WHERE branch_id = 1`);
    const runs = await Promise.all([
      service.generate(monthsAgo(4), { pathPrefix: '/' }, CLI_ACTOR),
      service.generate(monthsAgo(4), { pathPrefix: '/' }, CLI_ACTOR),
    ]);
    const billed = await invoicedIn(monthsAgo(4));
    expect(new Set(billed).size).toBe(billed.length);
    expect(runs[0].created + runs[1].created).toBe(billed.length);
    const numbers = (await db.query(`SELECT number FROM invoices WHERE period = $1`, [monthsAgo(4)]))
      .map((r: { number: string }) => Number(r.number.slice(4)))
      .sort((a: number, b: number) => a - b);
    expect(numbers).toEqual(Array.from({ length: billed.length }, (_, i) => before + 1 + i));
  });

  it('invoices made by hand in the branch while runs bill it: each subscriber billed once, numbers unique and gapless', async () => {
    const w = await world();
    const admin = await api.login(ADMIN_EMAIL, ADMIN_PASSWORD);
    const [{ last_number: before }] = await db.query(`SELECT last_number::int FROM invoice_counters WHERE branch_id = 1`);
    // Hand-made invoices for the runs' own subscribers (the run or the hand gets there first) and for the month
    // before (no run bills it), while two runs over the installation and one of the reseller bill the month.
    const service = worker.get(InvoiceGenerationService);
    const [runs, byHand] = await Promise.all([
      Promise.all([
        service.generate(monthsAgo(11), { pathPrefix: '/' }, CLI_ACTOR),
        service.generate(monthsAgo(11), { pathPrefix: '/' }, CLI_ACTOR),
        service.generate(monthsAgo(11), { pathPrefix: w.reseller.path }, CLI_ACTOR),
      ]),
      Promise.all(
        [...w.own, ...w.beside].flatMap((id) => [monthsAgo(11), monthsAgo(12)].map((period) => admin.post(`/subscribers/${id}/invoices`, { period }))),
      ),
    ]);
    expect(byHand.every((r) => r.status === 201 || (r.status === 409 && r.body.message === `Invoice for ${monthsAgo(11)} already exists`))).toBe(true);
    const billed = await invoicedIn(monthsAgo(11));
    expect(new Set(billed).size).toBe(billed.length);
    expect(byHand.filter((r) => r.status === 201 && r.body.period === monthsAgo(11)).length + runs.reduce((n, r) => n + r.created, 0)).toBe(billed.length);
    const numbers = (await db.query(`SELECT number FROM invoices WHERE branch_id = 1`))
      .map((r: { number: string }) => Number(r.number.slice(4)))
      .filter((n: number) => n > before)
      .sort((a: number, b: number) => a - b);
    expect(numbers).toEqual(Array.from({ length: numbers.length }, (_, i) => before + 1 + i));
    expect(numbers.length).toBe(billed.length + w.own.length + w.beside.length);
  });

  it('leaves out a subscriber moved to another owner after the run read its list (R10: it is no longer the run’s)', async () => {
    const w = await world();
    const [moved, ...stay] = w.own;
    const admin = await api.login(ADMIN_EMAIL, ADMIN_PASSWORD);
    // The first progress report comes after the run has read who is billable, before its first batch.
    let first = true;
    const outcome = await worker.get(InvoiceGenerationService).generate(monthsAgo(8), { pathPrefix: w.reseller.path }, CLI_ACTOR, async () => {
      if (!first) return;
      first = false;
      expect((await admin.patch(`/subscribers/${moved}`, { ownerId: w.other.id })).status).toBe(200);
    });
    expect(await invoicedIn(monthsAgo(8))).toEqual(sorted([...stay, ...w.below]));
    expect(outcome).toMatchObject({ total: 5, created: 4, skipped: 1, failed: [] });
  });

  it('reports its progress as it goes, from 0 to every subscriber looked at', async () => {
    const w = await world();
    const reported: InvoiceGenerationProgress[] = [];
    const outcome = await worker.get(InvoiceGenerationService).generate(monthsAgo(6), { pathPrefix: w.reseller.path }, CLI_ACTOR, (p) => {
      reported.push(p);
    });
    expect(reported[0]).toEqual({ done: 0, total: 5, created: 0, skipped: 0, failed: [] });
    expect(reported[reported.length - 1]).toEqual({ done: 5, total: 5, created: 5, skipped: 0, failed: [] });
    expect(outcome).toEqual({ done: 5, total: 5, created: 5, skipped: 0, failed: [], amount: '2500.00' });
    // A queued run reads as such before the worker has taken it.
    const client = await signIn(w.reseller);
    const { body } = await client.post('/invoices/generate-monthly', { period: monthsAgo(7) });
    expect(['queued', 'running', 'completed']).toContain((await client.get(`/invoices/jobs/${body.jobId}`)).body.state);
    await finished(client, body.jobId);
  });

  it('rewrites only the subscriber rows whose balance changes: a free invoice and a rerun leave rows as they are', async () => {
    const w = await world();
    const [free] = w.own;
    const [{ id: freePackage }] = await db.query(`INSERT INTO packages (name, price, validity_days) VALUES ($1, 0, 30) RETURNING id`, [`Free ${Date.now()}`]);
    await db.query(`UPDATE subscribers SET package_id = $2, balance = 70 WHERE id = $1`, [free, freePackage]);
    // xmin changes with each new version of a row; xmax with each lock taken on it.
    const versions = async (): Promise<string[]> =>
      (await db.query(`SELECT id, xmin::text, xmax::text FROM subscribers WHERE id = ANY($1::int[]) ORDER BY id`, [[...w.own, ...w.below]])).map(
        (r: { id: number; xmin: string; xmax: string }) => `${r.id}:${r.xmin}:${r.xmax}`,
      );
    const before = await versions();
    const service = worker.get(InvoiceGenerationService);
    expect(await service.generate(monthsAgo(13), { pathPrefix: w.reseller.path }, CLI_ACTOR)).toMatchObject({ created: 5, amount: '2000.00' });
    const billed = await versions();
    expect(billed.filter((v) => before.includes(v)).map((v) => Number(v.split(':')[0]))).toEqual([]); // every row was locked or rewritten
    const rows = await db.query(
      `SELECT s.id, s.xmin::text AS xmin, s.balance::text AS balance, l.amount::text AS amount, l.balance_after::text AS after
         FROM subscribers s JOIN ledger_entries l ON l.subscriber_id = s.id AND l.kind = 'invoice' WHERE s.id = ANY($1::int[])`,
      [[...w.own, ...w.below]],
    );
    const freeRow = rows.find((r: { id: number }) => r.id === free);
    expect(freeRow).toMatchObject({ balance: '70.00', amount: '0.00', after: '70.00' });
    expect(freeRow.xmin).toBe(before.find((v) => v.startsWith(`${free}:`))!.split(':')[1]);
    expect(
      rows.filter((r: { id: number }) => r.id !== free).every((r: { balance: string; after: string }) => r.balance === '-500.00' && r.after === '-500.00'),
    ).toBe(true);
    // Everyone billed: a rerun neither locks nor rewrites any of them.
    expect(await service.generate(monthsAgo(13), { pathPrefix: w.reseller.path }, CLI_ACTOR)).toMatchObject({ created: 0, skipped: 5 });
    expect(await versions()).toEqual(billed);
  });

  it('refuses a bad period with 400 and enqueues nothing', async () => {
    const w = await world();
    const client = await signIn(w.reseller);
    for (const period of ['2026-13', '2026-1', 202611, null]) expect((await client.post('/invoices/generate-monthly', { period })).status).toBe(400);
    expect((await client.post('/invoices/generate-monthly', {})).status).toBe(400);
  });
});

describe('a subscriber a run cannot bill (R14)', () => {
  const FLOOR_REASON = "Balance limit: this would take the subscriber's balance below -100000000000.00 (it is -100000000000.00)";

  it('is reported in `failed`, while the run completes and bills everyone else', async () => {
    const w = await world();
    const [poisoned, healthy] = w.below;
    // Driven to the floor directly: through the API, the invoice that would pass it is refused (test/money-limits).
    await db.query(`UPDATE subscribers SET balance = $2 WHERE id = $1`, [poisoned, -BALANCE_LIMIT]);
    const client = await signIn(w.reseller);
    const res = await client.post('/invoices/generate-monthly', { period: monthsAgo(9) });
    const [{ name }] = await db.query(`SELECT name FROM subscribers WHERE id = $1`, [poisoned]);
    expect((await finished(client, res.body.jobId)).body).toEqual({
      state: 'completed',
      progress: 100,
      created: 4,
      skipped: 0,
      // Named (UI.md "People, not ids"), from the subscribers in the reader's scope.
      failed: [{ subscriberId: poisoned, subscriberName: name, reason: FLOOR_REASON }],
    });
    expect(await invoicedIn(monthsAgo(9))).toEqual(sorted([...w.own, healthy]));
    const [{ balance, entries }] = await db.query(
      `SELECT balance::text, (SELECT count(*)::int FROM ledger_entries WHERE subscriber_id = $1) AS entries FROM subscribers WHERE id = $1`,
      [poisoned],
    );
    expect({ balance, entries }).toEqual({ balance: '-100000000000.00', entries: 0 });
    const audit = await client.get('/audit?action=invoice.generate');
    expect(audit.body.items[0].changes).toMatchObject({ period: monthsAgo(9), created: 4, skipped: 0, failed: 1, amount: '2000.00' });
    // A second run bills nobody twice and reports the same subscriber again.
    const again = await worker.get(InvoiceGenerationService).generate(monthsAgo(9), { pathPrefix: w.reseller.path }, CLI_ACTOR);
    expect(again).toMatchObject({ created: 0, skipped: 4, failed: [{ subscriberId: poisoned, reason: FLOOR_REASON }] });
  });

  it('a batch that fails on one subscriber’s data is billed one by one: only that one fails, and the CLI names it', async () => {
    const w = await world();
    const [faulty] = w.own;
    // Any fault of a row's data the batch SQL does not foresee (here a constraint that refuses this subscriber's invoice).
    await db.query(`ALTER TABLE invoices ADD CONSTRAINT test_refuses_one CHECK (subscriber_id <> ${faulty})`);
    try {
      const run = await cli(['generate-invoices', '--period', monthsAgo(10), '--owner', String(w.reseller.id)]);
      expect(run.code).toBe(0);
      expect(run.output).toMatch(/created 4, skipped 0, failed 1, total amount 2000\.00/);
      expect(run.output).toContain(`not billed: subscriber ${faulty}: new row for relation "invoices" violates check constraint "test_refuses_one"`);
    } finally {
      await db.query(`ALTER TABLE invoices DROP CONSTRAINT test_refuses_one`);
    }
    expect(await invoicedIn(monthsAgo(10))).toEqual(sorted([...w.own.slice(1), ...w.below]));
  }, 30000); // the CLI is a Node process of its own
});

/** Runs the built CLI; resolves with its exit code and output. */
function cli(args: string[]): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, [WORKER_MAIN, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (c) => (output += c));
  child.stderr.on('data', (c) => (output += c));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, output })));
}

describe('pnpm worker generate-invoices', () => {
  // Each run starts a Node process that loads TypeORM: a few seconds on a busy machine.
  jest.setTimeout(30000);

  it('is listed by --help', async () => {
    const { code, output } = await cli(['--help']);
    expect(code).toBe(0);
    expect(output).toMatch(/generate-invoices\s+bill every active subscriber/);
    expect(output).toContain('--dry-run');
  });

  it('counts with --dry-run writing nothing, then bills one owner’s subtree for real with a summary', async () => {
    const w = await world();
    const [{ count: before }] = await db.query(`SELECT count(*)::int FROM invoices`);
    const dry = await cli(['generate-invoices', '--period', monthsAgo(5), '--owner', String(w.reseller.id), '--dry-run']);
    expect(dry.code).toBe(0);
    expect(dry.output).toMatch(/dry run: would create 5, skip 0 \(already billed\), fail 0, total amount 2500\.00; nothing written/);
    expect((await db.query(`SELECT count(*)::int FROM invoices`))[0].count).toBe(before);

    const real = await cli(['generate-invoices', '--period', monthsAgo(5), '--owner', String(w.reseller.id)]);
    expect(real.code).toBe(0);
    expect(real.output).toContain('progress 100% (5/5)');
    expect(real.output).toMatch(/created 5, skipped 0, failed 0, total amount 2500\.00, time \d+\.\d s/);
    expect(await invoicedIn(monthsAgo(5))).toEqual(sorted([...w.own, ...w.below]));
    const [entry] = await db.query(`SELECT actor_name, changes FROM audit_log WHERE action = 'invoice.generate' AND target_id = $1`, [monthsAgo(5)]);
    expect(entry).toMatchObject({ actor_name: 'cli', changes: expect.objectContaining({ created: 5 }) });

    const again = await cli(['generate-invoices', '--period', monthsAgo(5), '--owner', String(w.reseller.id)]);
    expect(again.output).toMatch(/created 0, skipped 5/);
  });

  it('refuses a bad period or owner with exit 1', async () => {
    expect(await cli(['generate-invoices', '--period', '2027-13'])).toMatchObject({
      code: 1,
      output: expect.stringContaining('--period must be a month as YYYY-MM'),
    });
    // R14: the API's window (libs/access billingPeriodProblem), here too.
    const { from, to } = billingPeriodWindow();
    expect(await cli(['generate-invoices', '--period', monthsAgo(25)])).toMatchObject({
      code: 1,
      output: expect.stringContaining(`--period must be a month from ${from} to ${to}`),
    });
    expect(await cli(['generate-invoices', '--period', monthsAgo(3), '--owner', '999999'])).toMatchObject({
      code: 1,
      output: expect.stringContaining('no such operator'),
    });
  });
});
