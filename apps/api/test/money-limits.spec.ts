// R14 for money (issue 13): running totals, counters and sums shared along the tree cannot be exhausted by any
// sequence of accepted requests, and a value one operator drives to its limit (a balance) is refused with a 409
// naming the limit at that request, writing nothing.
import { allowedKeysForType, PermissionKey } from '@tiergate/access';
import { DataSource } from 'typeorm';
import { ApiClient, openApi, TestApi } from './support/harness';
import { makeAccount, MadeAccount, makeSubscriber, PASSWORD } from './support/factories';

let api: TestApi;
let db: DataSource;
let admin: ApiClient;
let adminId: number;

beforeAll(async () => {
  ({ api, db, admin } = await openApi());
  adminId = (await admin.get('/me')).body.id;
});
afterAll(() => api.close());

const signIn = (a: MadeAccount) => api.login(a.email, PASSWORD);
const operator = (type: 3 | 4, parentId?: number) => makeAccount(db, type, { parentId, permissions: allowedKeysForType(type) as PermissionKey[] });
/** numeric(14,2)'s largest value: where payment_totals, invoice `paid` and balances used to stop. */
const OLD_LIMIT = '999999999999.99';
const balanceOf = async (table: 'subscribers' | 'accounts', id: number) =>
  (await db.query(`SELECT balance::text AS balance FROM ${table} WHERE id = $1`, [id]))[0].balance;
const setBalance = (table: 'subscribers' | 'accounts', id: number, balance: string) =>
  db.query(`UPDATE ${table} SET balance = $2 WHERE id = $1`, [id, balance]);
const counts = async () =>
  (
    await db.query(
      `SELECT (SELECT count(*) FROM invoices)::int AS invoices, (SELECT count(*) FROM payments)::int AS payments,
              (SELECT count(*) FROM ledger_entries)::int AS ledger, (SELECT count(*) FROM audit_log)::int AS audit,
              (SELECT coalesce(sum(total), 0)::text FROM payment_totals) AS totals, (SELECT max(last_number)::text FROM invoice_counters) AS counter`,
    )
  )[0];
const conflict = (message: string) => ({ status: 409, body: { statusCode: 409, message, error: 'Conflict', code: 'BALANCE_LIMIT' } });
const belowFloor = (balance: string) => `Balance limit: this would take the subscriber's balance below -100000000000.00 (it is ${balance})`;
const aboveCeiling = (whose: 'subscriber' | 'account', balance: string) =>
  `Balance limit: this would take the ${whose}'s balance above 100000000000.00 (it is ${balance})`;

describe('shared running totals (the overflow attempt)', () => {
  it('the root’s payment total of the day past numeric(14,2): payments of other operators and of the Admin keep answering 201', async () => {
    // The attacker's work, seeded: the Admin's subtree row for today's card payments at the old column's maximum.
    await db.query(
      `INSERT INTO payment_totals (account_id, subtree, day, method, total, count) VALUES ($1, true, (now() AT TIME ZONE 'UTC')::date, 'card', $2, 1000)
       ON CONFLICT (account_id, subtree, day, method) DO UPDATE SET total = excluded.total, count = excluded.count`,
      [adminId, OLD_LIMIT],
    );
    const reseller = await operator(3);
    const [sub, sibling] = [await operator(4, reseller.id), await operator(4, reseller.id)];
    const other = await operator(3);
    const payers: [ApiClient, number][] = [
      [await signIn(sub), await makeSubscriber(db, sub.id)],
      [await signIn(sibling), await makeSubscriber(db, sibling.id)],
      [await signIn(reseller), await makeSubscriber(db, reseller.id)],
      [await signIn(other), await makeSubscriber(db, other.id)],
      [admin, await makeSubscriber(db, adminId)],
    ];
    for (const [client, subscriber] of payers) {
      const res = await client.post(`/subscribers/${subscriber}/payments`, { amount: '1000000000.00', method: 'card' });
      expect(res.status).toBe(201);
    }
    const [root] = await db.query(
      `SELECT total::text, count::int FROM payment_totals WHERE account_id = $1 AND subtree AND day = (now() AT TIME ZONE 'UTC')::date AND method = 'card'`,
      [adminId],
    );
    expect(root).toEqual({ total: '1004999999999.99', count: 1005 });
    // What reads the totals still answers, with the exact figure.
    const dashboard = await admin.get('/dashboard');
    expect(dashboard.status).toBe(200);
    expect(dashboard.body.accounting.todayTakings).toBe('1004999999999.99');
    const report = await admin.get('/reports/summary');
    expect(report.status).toBe(200);
  });

  it('an invoice’s `paid` past numeric(14,2) and the branch’s invoice counter past 2^31 keep working', async () => {
    const reseller = await operator(3);
    const client = await signIn(reseller);
    const subscriber = await makeSubscriber(db, reseller.id);
    await db.query(
      `INSERT INTO invoice_counters (branch_id, last_number) VALUES (1, 2147483647) ON CONFLICT (branch_id) DO UPDATE SET last_number = excluded.last_number`,
    );
    const invoice = await client.post(`/subscribers/${subscriber}/invoices`, { amount: 100, period: '2026-10' });
    expect(invoice).toMatchObject({ status: 201, body: { number: 'INV-2147483648' } });
    // Payments against a paid invoice are credit, and `paid` keeps counting them.
    await db.query(`UPDATE invoices SET paid = $2 WHERE id = $1`, [invoice.body.id, OLD_LIMIT]);
    const paid = await client.post(`/subscribers/${subscriber}/payments`, { amount: '1000000000.00', method: 'cash', invoiceId: invoice.body.id });
    expect(paid.status).toBe(201);
    expect((await client.get(`/invoices?subscriberId=${subscriber}`)).body.items[0]).toMatchObject({ paid: '1000999999999.99', status: 'paid' });
  });
});

describe('caps on a single amount and on balances', () => {
  it('an invoice above the per-invoice cap is 400 naming it, on create and edit', async () => {
    const reseller = await operator(3);
    const client = await signIn(reseller);
    const subscriber = await makeSubscriber(db, reseller.id);
    const message = ['amount must be an amount from 0 to 1000000000 with at most 2 decimals'];
    for (const amount of ['1000000000.01', '9999999999.99']) {
      expect(await client.post(`/subscribers/${subscriber}/invoices`, { amount, period: '2026-10' })).toMatchObject({ status: 400, body: { message } });
    }
    const invoice = await client.post(`/subscribers/${subscriber}/invoices`, { amount: '1000000000.00', period: '2026-10' });
    expect(invoice.status).toBe(201);
    expect(await client.patch(`/invoices/${invoice.body.id}`, { amount: '1000000000.01' })).toMatchObject({ status: 400, body: { message } });
  });

  it('a subscriber’s balance never passes its floor: the invoice or edit that would is 409 naming it and writes nothing; a payment still helps', async () => {
    const reseller = await operator(3);
    const client = await signIn(reseller);
    const subscriber = await makeSubscriber(db, reseller.id);
    await setBalance('subscribers', subscriber, '-99999999999.00');
    let before = await counts();
    expect(await client.post(`/subscribers/${subscriber}/invoices`, { amount: '1.01', period: '2026-10' })).toEqual(conflict(belowFloor('-99999999999.00')));
    expect(await counts()).toEqual(before);
    // Exactly to the floor is allowed; past it nothing more.
    const invoice = await client.post(`/subscribers/${subscriber}/invoices`, { amount: '1.00', period: '2026-10' });
    expect(invoice.status).toBe(201);
    expect(await balanceOf('subscribers', subscriber)).toBe('-100000000000.00');
    before = await counts();
    expect(await client.post(`/subscribers/${subscriber}/invoices`, { amount: '0.01', period: '2026-11' })).toEqual(conflict(belowFloor('-100000000000.00')));
    expect(await client.patch(`/invoices/${invoice.body.id}`, { amount: '2.00' })).toEqual(conflict(belowFloor('-100000000000.00')));
    expect(await counts()).toEqual(before);
    // A movement back towards the limits is always let through: the payment, a lower amount, the void.
    expect((await client.post(`/subscribers/${subscriber}/payments`, { amount: 5, method: 'cash' })).status).toBe(201);
    expect((await client.patch(`/invoices/${invoice.body.id}`, { amount: '0.50' })).status).toBe(200);
    expect((await client.delete(`/invoices/${invoice.body.id}`)).status).toBe(200);
    expect(await balanceOf('subscribers', subscriber)).toBe('-99999999994.00');
  });

  it('a subscriber’s credit never passes its ceiling: the payment (or invoice void) that would is 409 and leaves the totals alone', async () => {
    const reseller = await operator(3);
    const client = await signIn(reseller);
    const subscriber = await makeSubscriber(db, reseller.id);
    const invoice = await client.post(`/subscribers/${subscriber}/invoices`, { amount: 10, period: '2026-10' });
    await setBalance('subscribers', subscriber, '99999999995.00');
    const before = await counts();
    expect(await client.post(`/subscribers/${subscriber}/payments`, { amount: '5.01', method: 'card' })).toEqual(
      conflict(aboveCeiling('subscriber', '99999999995.00')),
    );
    expect(await client.delete(`/invoices/${invoice.body.id}`)).toEqual(conflict(aboveCeiling('subscriber', '99999999995.00')));
    expect(await counts()).toEqual(before);
    expect((await client.post(`/subscribers/${subscriber}/payments`, { amount: 5, method: 'card' })).status).toBe(201);
    expect(await balanceOf('subscribers', subscriber)).toBe('100000000000.00');
  });

  it('an operator’s balance never passes its ceiling: the top-up is 409 naming it, whoever gives the credit', async () => {
    const reseller = await operator(3);
    const sub = await operator(4, reseller.id);
    const resellerClient = await signIn(reseller);
    await setBalance('accounts', reseller.id, '99999999999.00');
    const before = await counts();
    expect(await admin.post(`/users/${reseller.id}/balance`, { amount: '1.01' })).toEqual(conflict(aboveCeiling('account', '99999999999.00')));
    expect(await counts()).toEqual(before);
    // A reseller selling credit to a sub-reseller at its ceiling: the sub-reseller's limit, not the payer's.
    await setBalance('accounts', sub.id, '100000000000.00');
    expect(await resellerClient.post(`/users/${sub.id}/balance`, { amount: 1 })).toEqual(conflict(aboveCeiling('account', '100000000000.00')));
    expect(await balanceOf('accounts', reseller.id)).toBe('99999999999.00');
    expect(await counts()).toEqual(before);
  });
});
