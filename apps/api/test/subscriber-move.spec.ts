import { AccountType, allowedKeysForType } from '@tiergate/access';
import { REBUILD_PAYMENT_TOTALS_SQL } from '@tiergate/db';
import { DataSource } from 'typeorm';
import { ApiClient, openApi, TestApi } from './support/harness';
import { makeAccount, MadeAccount, makePackage, makeSubscriber, PASSWORD } from './support/factories';

/**
 * R10 as amended (issue 13): moving a subscriber moves its invoices, payments and ledger entries, and the running
 * totals of its payments, in the move's transaction. The tree: reseller A with a sub-reseller below it (whose
 * reach must lose the records too), reseller B, and reseller C with nothing: after the move, A sees what C sees.
 */
let api: TestApi;
let db: DataSource;
let admin: ApiClient;

beforeAll(async () => ({ api, db, admin } = await openApi()));
afterAll(() => api.close());

const full = (type: AccountType, parentId?: number) => makeAccount(db, type, { parentId, permissions: allowedKeysForType(type) });
const signIn = (account: MadeAccount) => api.login(account.email, PASSWORD);
const thisMonth = () => new Date().toISOString().slice(0, 7);

async function operators() {
  const [a, b, c] = [await full(AccountType.Reseller), await full(AccountType.Reseller), await full(AccountType.Reseller)];
  const belowA = await full(AccountType.Subreseller, a.id);
  const subscriber = await makeSubscriber(db, a.id);
  await db.query(`UPDATE subscribers SET package_id = $2 WHERE id = $1`, [subscriber, await makePackage(db)]);
  return { a, b, subscriber, clients: { a: await signIn(a), b: await signIn(b), c: await signIn(c), belowA: await signIn(belowA) } };
}

/** Everything an operator reads about money: lists, the dashboard (less its account counts), the report and its CSV. */
async function seenBy(client: ApiClient) {
  const { users: _, ...dashboard } = (await client.get('/dashboard')).body;
  const csv = await api.app.inject({ url: '/api/reports/summary.csv', headers: { authorization: `Bearer ${client.token}` } });
  return {
    invoices: (await client.get('/invoices')).body.items,
    payments: (await client.get('/payments')).body.items,
    ledger: (await client.get('/ledger')).body.items,
    dashboard,
    report: (await client.get('/reports/summary')).body,
    csv: csv.body,
  };
}

/** payment_totals as the trigger kept them, against a rebuild from the payments themselves. */
async function runningTotals() {
  const kept = await db.query(
    `SELECT account_id, subtree, day::text, method, total::text, count::int FROM payment_totals WHERE count <> 0 OR total <> 0 ORDER BY 1, 2, 3, 4`,
  );
  const rebuilt = await db.query(
    `SELECT account_id, subtree, day::text, method, total::text, count::int
       FROM (${REBUILD_PAYMENT_TOTALS_SQL.replace(/^\s*INSERT INTO payment_totals \([^)]*\)/, '')}) r(account_id, subtree, day, method, total, count)
      ORDER BY 1, 2, 3, 4`,
  );
  return { kept, rebuilt };
}

const ownersOf = async (subscriberId: number) =>
  (
    await db.query(
      `SELECT DISTINCT owner_id, owner_path FROM (SELECT owner_id, owner_path FROM invoices WHERE subscriber_id = $1
         UNION ALL SELECT owner_id, owner_path FROM payments WHERE subscriber_id = $1
         UNION ALL SELECT owner_id, owner_path FROM ledger_entries WHERE subscriber_id = $1) rows`,
      [subscriberId],
    )
  ).map((r: { owner_id: number; owner_path: string }) => ({ id: r.owner_id, path: r.owner_path }));

describe('moving a subscriber to another operator', () => {
  it('moves its invoices, payments, ledger entries and running totals; the former owner gets 404 and sees none of it', async () => {
    const { a, b, subscriber, clients } = await operators();
    const current = (await clients.a.post(`/subscribers/${subscriber}/invoices`, { amount: '500.00' })).body;
    const earlier = (await clients.a.post(`/subscribers/${subscriber}/invoices`, { amount: '30.00', period: '2026-01' })).body;
    await clients.a.post(`/subscribers/${subscriber}/payments`, { amount: '200.00', method: 'card', invoiceId: current.id });
    const cash = (await clients.a.post(`/subscribers/${subscriber}/payments`, { amount: '50.00', method: 'cash' })).body;
    const voided = (await clients.a.post(`/subscribers/${subscriber}/payments`, { amount: '10.00', method: 'cash' })).body;
    expect((await clients.a.delete(`/payments/${voided.id}`)).status).toBe(204);
    const beforeByA = await seenBy(clients.a);
    expect(beforeByA.invoices.map((i: { id: number }) => i.id)).toEqual([earlier.id, current.id]);
    expect(beforeByA.dashboard.accounting).toMatchObject({ todayTakings: '250.00', openInvoices: 2 });
    const nothing = await seenBy(clients.c);

    const moved = await admin.patch(`/subscribers/${subscriber}`, { ownerId: b.id });
    expect(moved).toMatchObject({ status: 200, body: { ownerId: b.id, balance: '-280.00' } });

    // The former owner (and the operator below it) sees exactly what an operator without customers sees.
    expect(await seenBy(clients.a)).toEqual(nothing);
    expect((await seenBy(clients.belowA)).invoices).toEqual([]);
    for (const [method, url, body] of [
      ['PATCH', `/invoices/${current.id}`, { amount: '1.00' }],
      ['DELETE', `/invoices/${earlier.id}`, undefined],
      ['DELETE', `/payments/${cash.id}`, undefined],
      ['POST', `/subscribers/${subscriber}/payments`, { amount: '1.00', method: 'cash' }],
      ['POST', `/subscribers/${subscriber}/invoices`, { amount: '1.00', period: '2026-02' }],
    ] as const) {
      expect((await clients.a.request(method, url, body)).status).toBe(404);
    }
    expect((await clients.a.get(`/ledger?subscriberId=${subscriber}`)).body.items).toEqual([]);

    // The new owner sees what A saw, with itself as the invoices' owner and operator.
    const byB = await seenBy(clients.b);
    expect(byB.invoices).toEqual(beforeByA.invoices.map((i: object) => ({ ...i, ownerId: b.id })));
    // Who took a payment is named only within the reader's reach: A took them, and A is beside B.
    expect(byB.payments).toEqual(beforeByA.payments.map((p: object) => ({ ...p, receivedByName: null })));
    expect(byB.ledger).toEqual(beforeByA.ledger);
    expect(byB.dashboard).toEqual(beforeByA.dashboard);
    expect(byB.report).toEqual({
      ...beforeByA.report,
      payments: { ...beforeByA.report.payments, byOperator: [{ ownerId: b.id, ownerName: expect.any(String), total: '250.00', count: 2 }] },
    });
    expect(await ownersOf(subscriber)).toEqual([{ id: b.id, path: b.path }]);
    const { kept, rebuilt } = await runningTotals();
    expect(kept).toEqual(rebuilt);
    expect(kept.filter((t: { account_id: number }) => t.account_id === a.id)).toEqual([]);

    // ...and acts on all of it. The month A billed is billed: the invoice is B's now.
    expect(await clients.b.post(`/subscribers/${subscriber}/invoices`, {})).toMatchObject({
      status: 409,
      body: { message: `Invoice for ${thisMonth()} already exists`, code: 'DUPLICATE_INVOICE' },
    });
    expect(await clients.b.patch(`/invoices/${earlier.id}`, { amount: '40.00' })).toMatchObject({ status: 200, body: { ownerId: b.id, amount: '40.00' } });
    expect((await clients.b.delete(`/payments/${cash.id}`)).status).toBe(204);
    expect((await clients.b.post(`/subscribers/${subscriber}/invoices`, { amount: '5.00', period: '2026-02' })).body).toMatchObject({ ownerId: b.id });
    expect((await clients.b.get(`/subscribers/${subscriber}`)).body.balance).toBe('-345.00');
    expect(await ownersOf(subscriber)).toEqual([{ id: b.id, path: b.path }]);

    const audit = await admin.get(`/audit?action=subscriber.update&targetType=subscriber&targetId=${subscriber}`);
    expect(audit.body.items).toEqual([
      expect.objectContaining({
        changes: { before: { ownerId: a.id }, after: { ownerId: b.id }, moved: { invoices: 2, payments: 3, ledgerEntries: 6, tickets: 0 } },
      }),
    ]);
  });

  it('files a payment or invoice written during a move under the new owner, and never deadlocks', async () => {
    const { a, b, subscriber, clients } = await operators();
    const paidInto = (await admin.post(`/subscribers/${subscriber}/invoices`, { amount: '1000.00', period: '2026-03' })).body.id;
    const writes: Promise<{ status: number; body: unknown }>[] = [];
    const moves = (async () => {
      for (const owner of [b, a, b, a, b]) expect((await admin.patch(`/subscribers/${subscriber}`, { ownerId: owner.id })).status).toBe(200);
    })();
    for (let n = 1; n <= 12; n++) {
      writes.push(
        admin.post(`/subscribers/${subscriber}/payments`, { amount: `${n}.00`, method: n % 2 ? 'cash' : 'card', ...(n % 3 === 0 && { invoiceId: paidInto }) }),
      );
      writes.push(admin.post(`/subscribers/${subscriber}/invoices`, { amount: `${n}.00`, period: `2025-${String(n).padStart(2, '0')}` }));
      writes.push(admin.patch(`/invoices/${paidInto}`, { amount: `${1000 + n}.00` }));
    }
    const byA = Array.from({ length: 6 }, () => clients.a.post(`/subscribers/${subscriber}/payments`, { amount: '1.00', method: 'bank' }));
    await moves;
    const answers = await Promise.all(writes);
    expect(answers.filter((r) => ![200, 201].includes(r.status))).toEqual([]);
    // A's payments land before a move away (and then move with the rest) or find the subscriber gone.
    const aAnswers = (await Promise.all(byA)).map((r) => r.status);
    expect(aAnswers.filter((s) => s !== 201 && s !== 404)).toEqual([]);

    expect(await ownersOf(subscriber)).toEqual([{ id: b.id, path: b.path }]);
    const { kept, rebuilt } = await runningTotals();
    expect(kept).toEqual(rebuilt);
    const payments = await clients.b.get(`/payments?subscriberId=${subscriber}&limit=200`);
    expect(payments.body.items).toHaveLength(12 + aAnswers.filter((s) => s === 201).length);
    const [ledger] = await db.query(
      `SELECT sum(amount)::text AS sum, (SELECT balance::text FROM subscribers WHERE id = $1) AS balance,
              (SELECT balance_after::text FROM ledger_entries WHERE subscriber_id = $1 ORDER BY id DESC LIMIT 1) AS last
         FROM ledger_entries WHERE subscriber_id = $1`,
      [subscriber],
    );
    expect(ledger.balance).toBe(ledger.sum);
    expect(ledger.last).toBe(ledger.sum);
  });
});

describe('at the database', () => {
  it('files a subscriber’s invoices, payments and ledger entries under its owner, whoever writes them', async () => {
    const { a, b, subscriber } = await operators();
    const [{ id: payment }] = await db.query(
      `INSERT INTO payments (subscriber_id, owner_id, owner_path, amount, method) VALUES ($1, $2, $3, 1, 'cash') RETURNING id`,
      [subscriber, b.id, b.path],
    );
    const [{ id: invoice }] = await db.query(
      `INSERT INTO invoices (branch_id, number, subscriber_id, owner_id, owner_path, period, amount) SELECT branch_id, 'X-1', $1, $2, $3, '2026-01', 1 FROM accounts WHERE id = $2 RETURNING id`,
      [subscriber, b.id, b.path],
    );
    await db.query(`INSERT INTO ledger_entries (subscriber_id, owner_id, owner_path, kind, amount, balance_after) VALUES ($1, $2, $3, 'test', 0, 0)`, [
      subscriber,
      b.id,
      b.path,
    ]);
    expect(await ownersOf(subscriber)).toEqual([{ id: a.id, path: a.path }]);
    expect(await db.query(`SELECT owner_id FROM payments WHERE id = $1 UNION ALL SELECT owner_id FROM invoices WHERE id = $2`, [payment, invoice])).toEqual([
      { owner_id: a.id },
      { owner_id: a.id },
    ]);
  });

  it('keeps the ledger append-only but for re-filing a subscriber’s entries under another owner', async () => {
    const { a, b, subscriber } = await operators();
    await db.query(`INSERT INTO ledger_entries (subscriber_id, owner_id, owner_path, kind, amount, balance_after) VALUES ($1, $2, $3, 'test', 0, 0)`, [
      subscriber,
      a.id,
      a.path,
    ]);
    await db.query(`INSERT INTO ledger_entries (account_id, owner_id, owner_path, kind, amount, balance_after) VALUES ($1, $1, $2, 'test', 0, 0)`, [
      a.id,
      a.path,
    ]);
    await expect(db.query(`UPDATE ledger_entries SET amount = 1 WHERE subscriber_id = $1`, [subscriber])).rejects.toThrow(
      'ledger_entries is append-only: UPDATE is not allowed',
    );
    await expect(
      db.query(`UPDATE ledger_entries SET owner_id = $2, owner_path = $3, note = 'x' WHERE subscriber_id = $1`, [subscriber, b.id, b.path]),
    ).rejects.toThrow('append-only');
    await expect(db.query(`UPDATE ledger_entries SET owner_id = $2, owner_path = $3 WHERE account_id = $1`, [a.id, b.id, b.path])).rejects.toThrow(
      'append-only',
    );
    await expect(db.query(`DELETE FROM ledger_entries WHERE subscriber_id = $1`, [subscriber])).rejects.toThrow(
      'ledger_entries is append-only: DELETE is not allowed',
    );
    await db.query(`UPDATE ledger_entries SET owner_id = $2, owner_path = $3 WHERE subscriber_id = $1`, [subscriber, b.id, b.path]);
    expect(await ownersOf(subscriber)).toEqual([{ id: b.id, path: b.path }]);
  });
});
