import { AccountType, allowedKeysForType, PermissionKey } from '@tiergate/access';
import { DataSource } from 'typeorm';
import { ApiClient, openApi, TestApi } from './support/harness';
import { makeAccount, MadeAccount, makeSubscriber, PASSWORD } from './support/factories';
import { insertInvoice, insertPayment } from './support/money-rows';

/**
 * GET /dashboard: each counter only with its home_* key, within the caller's scope (R10, R11), takings from the
 * running totals that the payments trigger keeps. The tree: reseller A with a sub-reseller AS and a direct-scope
 * manager M; reseller B.
 */
let api: TestApi;
let db: DataSource;
let resellerA: MadeAccount;
let subA: MadeAccount;
let resellerB: MadeAccount;
let a: ApiClient;
let b: ApiClient;
let manager: ApiClient;
let directA: number;

const HOME_KEYS: PermissionKey[] = [
  'home_subscriber_counter',
  'home_user_counter',
  'home_accounting_counter',
  'home_subscriber_expired_expiring',
  'home_sales_invoice_reports',
  'home_payments_reports',
];
const full = (type: AccountType, parentId?: number) => makeAccount(db, type, { parentId, permissions: allowedKeysForType(type) });
const signIn = (account: MadeAccount) => api.login(account.email, PASSWORD);
const utcDay = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10);
const period = new Date().toISOString().slice(0, 7);

beforeAll(async () => {
  ({ api, db } = await openApi({}, { admin: false }));
  resellerA = await full(AccountType.Reseller);
  subA = await full(AccountType.Subreseller, resellerA.id);
  resellerB = await full(AccountType.Reseller);
  const managerAccount = await full(AccountType.ResellerStaff, resellerA.id);
  [a, b, manager] = await Promise.all([signIn(resellerA), signIn(resellerB), signIn(managerAccount)]);

  directA = await makeSubscriber(db, resellerA.id);
  const ofSubA = await makeSubscriber(db, subA.id, { status: 'suspended' });
  const ofB = await makeSubscriber(db, resellerB.id);
  await makeSubscriber(db, resellerA.id, { status: 'expired' });
  const soon = await makeSubscriber(db, subA.id);
  await db.query(`UPDATE subscribers SET expires_at = now() + interval '2 days' WHERE id = $1`, [soon]);

  await insertPayment(db, directA, '10.25', { method: 'cash' });
  await insertPayment(db, directA, '4.75', { method: 'bank' });
  await insertPayment(db, ofSubA, '100.00', { method: 'mobile' });
  await insertPayment(db, directA, '999.99', { voided: true });
  await insertPayment(db, directA, '33.00', { at: new Date(Date.now() - 45 * 86_400_000).toISOString() }); // neither month nor chart
  await insertPayment(db, ofB, '7000.00');

  await insertInvoice(db, directA, '500.00', { paid: '15.00' });
  await insertInvoice(db, ofSubA, '300.00', { paid: '300.00', status: 'paid' });
  await insertInvoice(db, soon, '80.00', { status: 'void' });
  await insertInvoice(db, directA, '45.50', { period: '2020-01' });
  await insertInvoice(db, ofB, '900.00');
});
afterAll(() => api.close());

describe('GET /dashboard', () => {
  it('gives a reseller every counter of its subtree, money exact', async () => {
    const res = await a.get('/dashboard');
    expect(res.status).toBe(200);
    expect(Object.keys(res.body).sort()).toEqual(['accounting', 'expiring', 'payments', 'sales', 'subscribers', 'tickets', 'users']);
    expect(res.body.subscribers).toEqual({ total: 4, active: 2, suspended: 1, expired: 1 });
    expect(res.body.expiring).toEqual({ expired: 1, expiringIn7Days: 1 });
    expect(res.body.users).toEqual({ total: 2, byType: { '4': 1, '6': 1 } });
    expect(res.body.accounting).toEqual({ todayTakings: '115.00', monthTakings: '115.00', openInvoices: 2, openAmount: '530.50' });
    expect(res.body.sales).toEqual({ period, invoiced: '800.00', paid: '315.00', count: 2 });
    expect(res.body.payments.byDay).toHaveLength(30);
    expect(res.body.payments.byDay[0]).toEqual({ day: utcDay(29), total: '0.00', count: 0 });
    expect(res.body.payments.byDay[29]).toEqual({ day: utcDay(0), total: '115.00', count: 3 });
  });

  it("never mixes two resellers' customers", async () => {
    const res = await b.get('/dashboard');
    expect(res.body.subscribers).toEqual({ total: 1, active: 1, suspended: 0, expired: 0 });
    expect(res.body.accounting).toEqual({ todayTakings: '7000.00', monthTakings: '7000.00', openInvoices: 1, openAmount: '900.00' });
    expect(res.body.sales).toEqual({ period, invoiced: '900.00', paid: '0.00', count: 1 });
    expect(res.body.users).toEqual({ total: 0, byType: {} });
  });

  it("gives a direct-scope manager its principal's own customers only", async () => {
    const res = await manager.get('/dashboard');
    expect(res.body.subscribers).toEqual({ total: 2, active: 1, suspended: 0, expired: 1 });
    expect(res.body.expiring).toEqual({ expired: 1, expiringIn7Days: 0 });
    expect(res.body.accounting).toEqual({ todayTakings: '15.00', monthTakings: '15.00', openInvoices: 2, openAmount: '530.50' });
    expect(res.body.sales).toEqual({ period, invoiced: '500.00', paid: '15.00', count: 1 });
    expect(res.body.payments.byDay[29]).toEqual({ day: utcDay(0), total: '15.00', count: 2 });
  });

  it('shows each counter only with its home_* key, and {} with none', async () => {
    const shown = async (keys: PermissionKey[]) => {
      const staff = await makeAccount(db, AccountType.ResellerStaff, { parentId: resellerA.id, permissions: keys });
      return Object.keys((await (await signIn(staff)).get('/dashboard')).body).sort();
    };
    expect(await shown([])).toEqual([]);
    const sectionOf: Record<string, string> = {
      home_subscriber_counter: 'subscribers',
      home_user_counter: 'users',
      home_accounting_counter: 'accounting',
      home_subscriber_expired_expiring: 'expiring',
      home_sales_invoice_reports: 'sales',
      home_payments_reports: 'payments',
    };
    for (const key of HOME_KEYS) expect({ key, shown: await shown([key]) }).toEqual({ key, shown: [sectionOf[key]] });
    expect((await api.anonymous.get('/dashboard')).status).toBe(401);
  });

  it('keeps the running totals with each payment and its void, in the same transaction', async () => {
    const takings = async () => (await a.get('/dashboard')).body.accounting.todayTakings;
    const id = await insertPayment(db, directA, '0.01', { method: 'card' });
    expect(await takings()).toBe('115.01');
    await db.query(`UPDATE payments SET voided_at = now() WHERE id = $1`, [id]);
    expect(await takings()).toBe('115.00');
    // A payment rolled back leaves no trace in the totals.
    const rolledBack = db.transaction(async (m) => {
      await m.query(
        `INSERT INTO payments (subscriber_id, owner_id, owner_path, amount, method) SELECT id, owner_id, owner_path, 1, 'cash' FROM subscribers WHERE id = $1`,
        [directA],
      );
      throw new Error('rolled back');
    });
    await expect(rolledBack).rejects.toThrow('rolled back');
    expect(await takings()).toBe('115.00');
    // The totals equal a sum over the payments, per account, level and day.
    const [{ drift }] = await db.query(
      `SELECT count(*)::int AS drift FROM (
         SELECT account_id, subtree, day, method, total, count FROM payment_totals WHERE count <> 0
         EXCEPT
         SELECT a.id, a.subtree, (p.created_at AT TIME ZONE 'UTC')::date, p.method, sum(p.amount), count(*)::int
           FROM payments p CROSS JOIN LATERAL (SELECT s::int AS id, true AS subtree FROM unnest(string_to_array(trim(BOTH '/' FROM p.owner_path), '/')) s
                                               UNION ALL SELECT p.owner_id, false) a
          WHERE p.voided_at IS NULL GROUP BY 1, 2, 3, 4) d`,
    );
    expect(drift).toBe(0);
  });
});
