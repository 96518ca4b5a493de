import { allowedKeysForType, PermissionKey } from '@tiergate/access';
import { DataSource } from 'typeorm';
import { loadApiConfig } from '../src/config/config';
import { ApiClient, openApi, TestApi } from './support/harness';
import { makeAccount, MadeAccount, makePackage, makeSubscriber, PASSWORD } from './support/factories';

/**
 * UI.md "People, not ids": lists carry the names the panel shows, joined in their own query, and never a name the
 * caller could not read itself (R10 for subscribers, the audit log's reach (R12) for accounts).
 */
let api: TestApi;
let db: DataSource;
let admin: ApiClient;

const all = (type: 2 | 3 | 4 | 6) => allowedKeysForType(type) as PermissionKey[];
const named = async (a: MadeAccount, name: string, scope: 'direct' | 'subtree' = 'direct') => {
  await db.query(`UPDATE accounts SET name = $2, scope = $3 WHERE id = $1`, [a.id, name, scope]);
  return a;
};
const signIn = (a: MadeAccount) => api.login(a.email, PASSWORD);

/** Admin (+ its staff Xavier, subtree) → reseller Alpha (+ manager Mona, direct, who cannot list packages) → sub-reseller Sigma; reseller Beta. */
let alpha: MadeAccount, sigma: MadeAccount, beta: MadeAccount, mona: MadeAccount, xavier: MadeAccount;
let asAlpha: ApiClient, asSigma: ApiClient, asBeta: ApiClient, asMona: ApiClient, asXavier: ApiClient;
let ofAlpha: number, ofSigma: number, ofBeta: number, packageId: number, invoice: { id: number; number: string };

beforeAll(async () => {
  ({ api, db, admin } = await openApi());
  alpha = await named(await makeAccount(db, 3, { permissions: all(3) }), 'Alpha Reseller');
  sigma = await named(await makeAccount(db, 4, { parentId: alpha.id, permissions: all(4) }), 'Sigma Subreseller');
  beta = await named(await makeAccount(db, 3, { permissions: all(3) }), 'Beta Reseller');
  mona = await named(
    await makeAccount(db, 6, { parentId: alpha.id, permissions: all(6).filter((k) => !k.includes('package') && k !== 'add_subscriber') }),
    'Mona Manager',
  );
  xavier = await named(await makeAccount(db, 2, { permissions: all(2) }), 'Xavier Cashier', 'subtree');
  [asAlpha, asSigma, asBeta, asMona, asXavier] = await Promise.all([alpha, sigma, beta, mona, xavier].map(signIn));
  packageId = await makePackage(db);
  ofAlpha = await makeSubscriber(db, alpha.id, { name: 'Anna Customer' });
  ofSigma = await makeSubscriber(db, sigma.id, { name: 'Sam Customer' });
  ofBeta = await makeSubscriber(db, beta.id, { name: 'Ben Customer' });
  await db.query(`UPDATE subscribers SET package_id = $1 WHERE id = $2`, [packageId, ofAlpha]);

  expect((await admin.post(`/users/${alpha.id}/balance`, { amount: '1000.00' })).status).toBe(200);
  expect((await asAlpha.post(`/users/${sigma.id}/balance`, { amount: '200.00' })).status).toBe(200);
  const billed = await asAlpha.post(`/subscribers/${ofAlpha}/invoices`, { amount: '300.00' });
  expect(billed.status).toBe(201);
  invoice = billed.body;
  expect((await asXavier.post(`/subscribers/${ofAlpha}/payments`, { amount: '100.00', method: 'cash', invoiceId: invoice.id })).status).toBe(201);
  expect((await asMona.post(`/subscribers/${ofAlpha}/payments`, { amount: '50.00', method: 'bank' })).status).toBe(201);
  expect((await asAlpha.post(`/subscribers/${ofSigma}/payments`, { amount: '20.00', method: 'cash' })).status).toBe(201);
  expect((await asBeta.post(`/subscribers/${ofBeta}/payments`, { amount: '70.00', method: 'cash' })).status).toBe(201);
});
afterAll(() => api.close());

const ALPHA_SIDE = ['Alpha Reseller', 'Sigma Subreseller', 'Mona Manager', 'Anna Customer', 'Sam Customer'];

describe('GET /payments', () => {
  const rows = async (client: ApiClient) =>
    (await client.get('/payments')).body.items.map((p: Record<string, unknown>) => [p.subscriberName, p.amount, p.invoiceNumber, p.receivedByName]);

  it('names the subscriber, the invoice and who took it; a cashier above the caller stays unnamed', async () => {
    expect(await rows(admin)).toEqual([
      ['Ben Customer', '70.00', null, 'Beta Reseller'],
      ['Sam Customer', '20.00', null, 'Alpha Reseller'],
      ['Anna Customer', '50.00', null, 'Mona Manager'],
      ['Anna Customer', '100.00', invoice.number, 'Xavier Cashier'],
    ]);
    expect(await rows(asAlpha)).toEqual([
      ['Sam Customer', '20.00', null, 'Alpha Reseller'],
      ['Anna Customer', '50.00', null, 'Mona Manager'],
      ['Anna Customer', '100.00', invoice.number, null],
    ]);
    // Sigma sees its customer's payment, but not the name of Alpha, who sits above it.
    expect(await rows(asSigma)).toEqual([['Sam Customer', '20.00', null, null]]);
    // A direct-scope manager: its principal and its principal's staff.
    expect(await rows(asMona)).toEqual([
      ['Anna Customer', '50.00', null, 'Mona Manager'],
      ['Anna Customer', '100.00', invoice.number, null],
    ]);
    expect((await asAlpha.get('/payments')).body.items[2]).toMatchObject({ receivedBy: xavier.id, invoiceId: invoice.id });
  });

  it('never names anyone of another reseller', async () => {
    const body = JSON.stringify((await asBeta.get('/payments')).body);
    expect(body).toContain('Ben Customer');
    for (const name of [...ALPHA_SIDE, 'Xavier Cashier']) expect(body).not.toContain(name);
  });
});

describe('GET /invoices', () => {
  it('names each invoice’s subscriber', async () => {
    expect((await asAlpha.get('/invoices')).body.items).toEqual([
      expect.objectContaining({ id: invoice.id, number: invoice.number, subscriberName: 'Anna Customer' }),
    ]);
    expect((await asBeta.get('/invoices')).body.items).toEqual([]);
  });
});

describe('GET /ledger', () => {
  const rows = async (client: ApiClient, query = '') =>
    (await client.get(`/ledger${query}`)).body.items.map((e: Record<string, unknown>) => [
      e.kind,
      e.accountName ?? e.subscriberName,
      e.invoiceNumber,
      e.refAccountName,
    ]);

  it('names whose balance moved, the invoice, and the other account when the caller may read it', async () => {
    expect(await rows(asAlpha)).toEqual([
      ['payment', 'Sam Customer', null, null],
      ['payment', 'Anna Customer', null, null],
      ['payment', 'Anna Customer', null, null],
      ['invoice', 'Anna Customer', invoice.number, null],
      ['topup', 'Sigma Subreseller', null, 'Alpha Reseller'],
      ['transfer.out', 'Alpha Reseller', null, 'Sigma Subreseller'],
      // Topped up by the Admin, who is above Alpha: its own name, and no name of the Admin.
      ['topup', 'Alpha Reseller', null, null],
    ]);
    expect(await rows(asSigma)).toEqual([
      ['payment', 'Sam Customer', null, null],
      ['topup', 'Sigma Subreseller', null, null],
    ]);
    const body = JSON.stringify((await asBeta.get('/ledger')).body);
    expect(body).toContain('Ben Customer');
    for (const name of ALPHA_SIDE) expect(body).not.toContain(name);
  });

  it('filters by an account’s or a subscriber’s name, within the caller’s scope only', async () => {
    expect(await rows(asAlpha, '?accountName=sigma')).toEqual([['topup', 'Sigma Subreseller', null, 'Alpha Reseller']]);
    expect(await rows(asAlpha, '?subscriberName=ANNA')).toEqual([
      ['payment', 'Anna Customer', null, null],
      ['payment', 'Anna Customer', null, null],
      ['invoice', 'Anna Customer', invoice.number, null],
    ]);
    expect(await rows(asAlpha, '?subscriberName=%25')).toEqual([]);
    expect(await rows(asBeta, '?subscriberName=Anna')).toEqual([]);
    expect(await rows(asBeta, '?accountName=Alpha')).toEqual([]);
    // A direct-scope manager: its principal's own balance, never the sub-reseller's below.
    expect(await rows(asMona, '?accountName=a')).toEqual([
      ['transfer.out', 'Alpha Reseller', null, null],
      ['topup', 'Alpha Reseller', null, null],
    ]);
    expect((await asAlpha.get(`/ledger?accountName=${'x'.repeat(101)}`)).status).toBe(400);
  });
});

describe('subscribers name their package', () => {
  it('for a manager without package keys too, in the list and the profile', async () => {
    const [{ name }] = await db.query(`SELECT name FROM packages WHERE id = $1`, [packageId]);
    expect((await asMona.get('/packages')).status).toBe(403);
    expect((await asMona.get('/subscribers')).body.items).toEqual([expect.objectContaining({ id: ofAlpha, packageId, packageName: name })]);
    expect((await asMona.get(`/subscribers/${ofAlpha}`)).body).toMatchObject({ packageId, packageName: name });
    expect((await asSigma.get(`/subscribers/${ofSigma}`)).body).toMatchObject({ packageId: null, packageName: null });
    expect((await asAlpha.patch(`/subscribers/${ofAlpha}`, { name: 'Anna Customer' })).body).toMatchObject({ packageName: name });
  });
});

describe('GET /me', () => {
  it('shows the prepaid balance an operator spends from: its own, or its principal’s for its staff', async () => {
    expect((await asAlpha.get('/me')).body.balance).toBe('800.00');
    expect((await asSigma.get('/me')).body.balance).toBe('200.00');
    expect((await asMona.get('/me')).body.balance).toBe('800.00');
    expect((await admin.get('/me')).body).not.toHaveProperty('balance');
    expect((await asXavier.get('/me')).body).not.toHaveProperty('balance');
  });
});

describe('GET /subscribers/:id/activity', () => {
  it('includes the subscriber’s money: its invoices and payments', async () => {
    const actions = (await asAlpha.get(`/subscribers/${ofAlpha}/activity`)).body.items.map((e: { action: string }) => e.action);
    // Xavier's payment is there too, but its entry is not Alpha's to read: its actor is above Alpha (R12).
    expect(actions).toEqual(['subscriber.update', 'payment.record', 'invoice.create']);
    expect((await admin.get(`/subscribers/${ofAlpha}/activity`)).body.items.map((e: { action: string }) => e.action)).toEqual([
      'subscriber.update',
      'payment.record',
      'payment.record',
      'invoice.create',
    ]);
    expect((await asAlpha.get(`/subscribers/${ofSigma}/activity`)).body.items.map((e: { action: string }) => e.action)).toEqual(['payment.record']);
    expect((await asBeta.get(`/subscribers/${ofAlpha}/activity`)).status).toBe(404);
  });
});

describe('the installation’s currency', () => {
  it('is one setting (CURRENCY, an ISO 4217 code) that GET /me gives every account, null when unset', async () => {
    expect((await asAlpha.get('/me')).body.currency).toBeNull();
    const other = await openApi({ CURRENCY: 'BDT' });
    try {
      expect((await other.admin.get('/me')).body.currency).toBe('BDT');
    } finally {
      await other.api.close();
    }
    const env = { DATABASE_URL: 'postgres://x', REDIS_URL: 'redis://x', JWT_SECRET: 'x'.repeat(32) };
    expect(() => loadApiConfig({ ...env, CURRENCY: 'taka' })).toThrow('CURRENCY must be an ISO 4217 code such as BDT or USD');
    expect(loadApiConfig({ ...env, CURRENCY: 'USD' }).CURRENCY).toBe('USD');
  });
});
