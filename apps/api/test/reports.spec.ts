import { AccountType, allowedKeysForType, PermissionKey } from '@tiergate/access';
import { DataSource } from 'typeorm';
import { ApiClient, openApi, TestApi } from './support/harness';
import { makeAccount, MadeAccount, makeSubscriber, PASSWORD } from './support/factories';
import { insertInvoice, insertPayment } from './support/money-rows';

/**
 * GET /reports/summary(.csv): sections by permission, exact totals, R10 scope. The tree: reseller A with a
 * sub-reseller AS and a direct-scope manager M; reseller B. Money is put in by SQL at fixed times in October 2026.
 */
let api: TestApi;
let db: DataSource;
let resellerA: MadeAccount;
let subA: MadeAccount;
let resellerB: MadeAccount;
let a: ApiClient;
let b: ApiClient;
let manager: ApiClient;

const RANGE = 'from=2026-10-01T00:00:00Z&to=2026-11-01T00:00:00Z';
const full = (type: AccountType, parentId?: number) => makeAccount(db, type, { parentId, permissions: allowedKeysForType(type) });
const signIn = (account: MadeAccount) => api.login(account.email, PASSWORD);
const withKeys = async (permissions: PermissionKey[]) => signIn(await makeAccount(db, AccountType.ResellerStaff, { parentId: resellerA.id, permissions }));

beforeAll(async () => {
  ({ api, db } = await openApi({}, { admin: false }));
  resellerA = await full(AccountType.Reseller);
  subA = await full(AccountType.Subreseller, resellerA.id);
  resellerB = await full(AccountType.Reseller);
  await db.query(`UPDATE accounts SET name = $2 WHERE id = $1`, [subA.id, '=HYPERLINK("http://x",1), "quoted"']);
  await db.query(`UPDATE accounts SET name = 'Reseller A' WHERE id = $1`, [resellerA.id]);
  [a, b, manager] = await Promise.all([signIn(resellerA), signIn(resellerB), signIn(await full(AccountType.ResellerStaff, resellerA.id))]);

  const directA = await makeSubscriber(db, resellerA.id);
  const ofSubA = await makeSubscriber(db, subA.id, { status: 'suspended' });
  const ofB = await makeSubscriber(db, resellerB.id);
  await makeSubscriber(db, resellerA.id, { status: 'expired' });
  const soon = await makeSubscriber(db, resellerA.id);
  await db.query(`UPDATE subscribers SET expires_at = now() + interval '2 days' WHERE id = $1`, [soon]);

  await insertPayment(db, directA, '100.10', { method: 'cash', at: '2026-10-01T00:00:00Z' }); // from is inclusive
  await insertPayment(db, directA, '200.20', { method: 'bank', at: '2026-10-05T10:00:00Z' });
  await insertPayment(db, ofSubA, '0.70', { method: 'cash', at: '2026-10-05T23:59:59Z' });
  await insertPayment(db, directA, '999.00', { method: 'cash', at: '2026-10-06T10:00:00Z', voided: true });
  await insertPayment(db, directA, '50.00', { method: 'cash', at: '2026-11-01T00:00:00Z' }); // to is exclusive
  await insertPayment(db, ofB, '5000.00', { method: 'mobile', at: '2026-10-05T10:00:00Z' });

  await insertInvoice(db, directA, '500.00', { period: '2026-10', status: 'paid', paid: '500.00', at: '2026-10-02T00:00:00Z' });
  // Counted by period, not by when written: October's written in September counts, November's written in October not.
  await insertInvoice(db, directA, '120.50', { period: '2026-10', status: 'void', at: '2026-09-28T00:00:00Z' });
  await insertInvoice(db, directA, '999.00', { period: '2026-11', at: '2026-10-25T00:00:00Z' });
  await insertInvoice(db, ofSubA, '300.00', { period: '2026-10', paid: '0.70', at: '2026-10-03T00:00:00Z' });
  await insertInvoice(db, ofB, '700.00', { period: '2026-10', at: '2026-10-03T00:00:00Z' });
});
afterAll(() => api.close());

describe('GET /reports/summary', () => {
  it('gives a reseller its subtree only: payments exact to the cent, by day, method and operator, voided left out', async () => {
    const res = await a.get(`/reports/summary?${RANGE}`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      from: '2026-10-01T00:00:00.000Z',
      to: '2026-11-01T00:00:00.000Z',
      payments: {
        total: '301.00',
        count: 3,
        byDay: [
          { day: '2026-10-01', total: '100.10', count: 1 },
          { day: '2026-10-05', total: '200.90', count: 2 },
        ],
        byMethod: { cash: '100.80', bank: '200.20', mobile: '0.00', card: '0.00', other: '0.00' },
        byOperator: [
          { ownerId: resellerA.id, ownerName: 'Reseller A', total: '300.30', count: 2 },
          { ownerId: subA.id, ownerName: '=HYPERLINK("http://x",1), "quoted"', total: '0.70', count: 1 },
        ],
      },
      invoices: {
        issued: { count: 3, amount: '920.50' },
        paid: { count: 1, amount: '500.00' },
        open: { count: 1, amount: '300.00' },
        void: { count: 1, amount: '120.50' },
      },
      subscribers: { active: 2, suspended: 1, expired: 1, expiringIn7Days: 1 },
    });
  });

  it('counts invoices by billing period, whatever time zone picked the month', async () => {
    for (const range of ['from=2026-09-30T18:00:00Z&to=2026-10-31T18:00:00Z', 'from=2026-10-01T05:00:00Z&to=2026-11-01T05:00:00Z']) {
      expect((await a.get(`/reports/summary?${range}`)).body.invoices.issued).toEqual({ count: 3, amount: '920.50' });
    }
    expect((await a.get('/reports/summary?from=2026-11-01T00:00:00Z&to=2026-12-01T00:00:00Z')).body.invoices.issued).toEqual({ count: 1, amount: '999.00' });
  });

  it("never mixes two resellers' customers", async () => {
    const res = await b.get(`/reports/summary?${RANGE}`);
    expect(res.body.payments).toEqual(
      expect.objectContaining({
        total: '5000.00',
        count: 1,
        byOperator: [{ ownerId: resellerB.id, ownerName: expect.any(String), total: '5000.00', count: 1 }],
      }),
    );
    expect(res.body.invoices.issued).toEqual({ count: 1, amount: '700.00' });
    expect(res.body.subscribers).toEqual({ active: 1, suspended: 0, expired: 0, expiringIn7Days: 0 });
  });

  it("gives a direct-scope manager its principal's own customers only", async () => {
    const res = await manager.get(`/reports/summary?${RANGE}`);
    expect(res.body.payments).toEqual(
      expect.objectContaining({ total: '300.30', count: 2, byMethod: { cash: '100.10', bank: '200.20', mobile: '0.00', card: '0.00', other: '0.00' } }),
    );
    expect(res.body.payments.byOperator.map((o: { ownerId: number }) => o.ownerId)).toEqual([resellerA.id]);
    expect(res.body.invoices.issued).toEqual({ count: 2, amount: '620.50' });
    expect(res.body.subscribers).toEqual({ active: 2, suspended: 0, expired: 1, expiringIn7Days: 1 });
  });

  it('shows each section only with its permission, and none without any', async () => {
    const only = async (keys: PermissionKey[]) =>
      Object.keys((await (await withKeys(['reports_module', ...keys])).get(`/reports/summary?${RANGE}`)).body).sort();
    expect(await only([])).toEqual(['from', 'to']);
    expect(await only(['payment_reports'])).toEqual(['from', 'payments', 'to']);
    expect(await only(['invoice_reports'])).toEqual(['from', 'invoices', 'to']);
    expect(await only(['subscriber_reports'])).toEqual(['from', 'subscribers', 'to']);
    expect((await (await withKeys(['payment_reports'])).get('/reports/summary')).status).toBe(403);
  });

  it('defaults to the current month (UTC)', async () => {
    const res = await b.get('/reports/summary');
    const now = new Date();
    const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
    const end = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));
    expect(res.status).toBe(200);
    expect([res.body.from, res.body.to]).toEqual([start.toISOString(), end.toISOString()]);
  });

  it('refuses a bad or empty range with 400 and the error shape', async () => {
    for (const query of ['from=yesterday', 'to=2026-13-01', 'from=2026-10-02&to=2026-10-01', 'from=2026-10-01&to=2026-10-01', 'unknown=1']) {
      const res = await a.get(`/reports/summary?${query}`);
      expect({ query, status: res.status, error: res.body.error }).toEqual({ query, status: 400, error: 'Bad Request' });
    }
  });
});

describe('GET /reports/summary.csv', () => {
  it('is RFC 4180 CSV with a filename, one block per granted section, formula-safe cells', async () => {
    const res = await api.app.inject({ url: `/api/reports/summary.csv?${RANGE}`, headers: { authorization: `Bearer ${a.token}` } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename=".+\.csv"$/);
    const blocks = res.body.split('\r\n\r\n');
    expect(res.body.endsWith('\r\n')).toBe(true);
    expect(blocks.map((block) => block.split('\r\n')[0])).toEqual([
      'report,from,to',
      'payments',
      'payments by day',
      'payments by method',
      'payments by operator',
      'invoices',
      'subscribers',
    ]);
    expect(blocks[1]).toBe('payments\r\ntotal,count\r\n301.00,3');
    expect(blocks[3]).toContain('cash,100.80\r\nbank,200.20\r\nmobile,0.00');
    // A name a spreadsheet would run as a formula is quoted text with a leading apostrophe.
    expect(blocks[4]).toContain(`${subA.id},"'=HYPERLINK(""http://x"",1), ""quoted""",0.70,1`);
    expect(blocks[5]).toContain('open,1,300.00');
  });

  it('leaves out the sections not granted, and answers 403 without reports_module', async () => {
    const staff = await withKeys(['reports_module', 'subscriber_reports']);
    const res = await api.app.inject({ url: `/api/reports/summary.csv?${RANGE}`, headers: { authorization: `Bearer ${staff.token}` } });
    expect(res.body.split('\r\n\r\n').map((block) => block.split('\r\n')[0])).toEqual(['report,from,to', 'subscribers']);
    const refused = await (await withKeys(['subscriber_reports'])).get('/reports/summary.csv');
    expect(refused.status).toBe(403);
  });
});
