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
const all = (type: 2 | 3 | 4 | 5 | 6 | 7 | 8) => allowedKeysForType(type) as PermissionKey[];
const balanceOf = async (id: number) => (await db.query(`SELECT balance::text AS balance FROM accounts WHERE id = $1`, [id]))[0].balance;
const entriesOf = (accountId: number) =>
  db.query(
    `SELECT kind, amount::text AS amount, balance_after::text AS "balanceAfter", ref_id AS "refId", note FROM ledger_entries WHERE account_id = $1 ORDER BY id`,
    [accountId],
  );
const counts = async () => (await db.query(`SELECT (SELECT count(*) FROM ledger_entries)::int AS ledger, (SELECT count(*) FROM audit_log)::int AS audit`))[0];

/** Admin → reseller → subreseller → retailer, with a manager of the reseller. */
async function tree() {
  const reseller = await makeAccount(db, 3, { permissions: all(3) });
  const sub = await makeAccount(db, 4, { parentId: reseller.id, permissions: all(4) });
  const retailer = await makeAccount(db, 5, { parentId: sub.id, permissions: all(5) });
  const manager = await makeAccount(db, 6, { parentId: reseller.id, permissions: all(6) });
  return { reseller, sub, retailer, manager };
}

describe('an operator’s balance', () => {
  it('the Admin tops up and deducts, each movement one ledger entry with the balance after it and one audit entry', async () => {
    const { reseller } = await tree();
    const up = await admin.post(`/users/${reseller.id}/balance`, { amount: 1000, note: 'Cash at the office' });
    expect(up).toMatchObject({ status: 200, body: { id: reseller.id, type: 3, balance: '1000.00' } });
    const down = await admin.post(`/users/${reseller.id}/balance`, { amount: '-250.50' });
    expect(down).toMatchObject({ status: 200, body: { balance: '749.50' } });
    expect(await entriesOf(reseller.id)).toEqual([
      { kind: 'topup', amount: '1000.00', balanceAfter: '1000.00', refId: String(adminId), note: 'Cash at the office' },
      { kind: 'deduct', amount: '-250.50', balanceAfter: '749.50', refId: String(adminId), note: null },
    ]);
    const audit = (await admin.get(`/audit?targetType=account&targetId=${reseller.id}`)).body.items;
    expect(audit.map((e: { action: string; changes: unknown }) => [e.action, e.changes])).toEqual([
      ['balance.deduct', { amount: '-250.50', note: null, before: { balance: '1000.00' }, after: { balance: '749.50' } }],
      ['balance.topup', { amount: '1000.00', note: 'Cash at the office', before: { balance: '0.00' }, after: { balance: '1000.00' } }],
    ]);
    // The Admin's side has unlimited credit: nothing moved on its own account.
    expect(await entriesOf(adminId)).toEqual([]);
  });

  it('never goes below zero: 409 naming what is available, writing nothing', async () => {
    const { reseller } = await tree();
    await admin.post(`/users/${reseller.id}/balance`, { amount: 30 });
    const before = await counts();
    const res = await admin.post(`/users/${reseller.id}/balance`, { amount: -30.01 });
    expect(res).toEqual({
      status: 409,
      body: { statusCode: 409, message: 'Insufficient balance: 30.00 available', error: 'Conflict', code: 'INSUFFICIENT_BALANCE' },
    });
    expect(await balanceOf(reseller.id)).toBe('30.00');
    expect(await counts()).toEqual(before);
  });

  it('twenty deductions at once take exactly what there is, never more', async () => {
    const { reseller } = await tree();
    await admin.post(`/users/${reseller.id}/balance`, { amount: 100 });
    const answers = await Promise.all(Array.from({ length: 20 }, () => admin.post(`/users/${reseller.id}/balance`, { amount: -10 })));
    expect(answers.filter((a) => a.status === 200)).toHaveLength(10);
    expect(answers.filter((a) => a.status === 409)).toHaveLength(10);
    expect(await balanceOf(reseller.id)).toBe('0.00');
    const afters = (await entriesOf(reseller.id)).map((e: { balanceAfter: string }) => e.balanceAfter);
    expect(afters).toEqual(['100.00', '90.00', '80.00', '70.00', '60.00', '50.00', '40.00', '30.00', '20.00', '10.00', '0.00']);
  });

  it('refuses accounts without a balance (400), one’s own (403), and accounts out of reach (404)', async () => {
    const { reseller, sub, manager } = await tree();
    const subStaff = await makeAccount(db, 7, { parentId: sub.id, permissions: all(7) });
    const retailer = await makeAccount(db, 5, { parentId: sub.id, permissions: all(5) });
    const retailerStaff = await makeAccount(db, 8, { parentId: retailer.id, permissions: all(8) });
    const staff = await makeAccount(db, 2, { permissions: all(2) });
    for (const [account, name] of [
      [staff, 'Staff'],
      [manager, 'Reseller Staff'],
      [subStaff, 'Subreseller Staff'],
      [retailerStaff, 'Retailer Staff'],
    ] as const) {
      const res = await admin.post(`/users/${account.id}/balance`, { amount: 10 });
      expect(res).toMatchObject({ status: 400, body: { message: `A ${name} account has no balance` } });
    }
    expect((await admin.post(`/users/${adminId}/balance`, { amount: 10 })).status).toBe(403);
    expect((await (await signIn(staff)).post(`/users/${adminId}/balance`, { amount: 10 })).status).toBe(403);
    const resellerClient = await signIn(reseller);
    expect(await resellerClient.post(`/users/${reseller.id}/balance`, { amount: 10 })).toMatchObject({
      status: 403,
      body: { message: 'You cannot change your own balance' },
    });
    expect((await (await signIn(manager)).post(`/users/${reseller.id}/balance`, { amount: 10 })).status).toBe(403);
    const other = await tree();
    expect((await resellerClient.post(`/users/${other.sub.id}/balance`, { amount: 10 })).status).toBe(404);
    expect((await (await signIn(sub)).post(`/users/${reseller.id}/balance`, { amount: 10 })).status).toBe(404);
  });

  it('refuses bad input with a 400 that writes nothing', async () => {
    const { reseller } = await tree();
    const before = await counts();
    for (const [body, message] of [
      [{ amount: 0 }, 'amount must not be zero'],
      [{ amount: '-0.00' }, 'amount must not be zero'],
      [{ amount: 1.234 }, 'amount must be an amount from -1000000000 to 1000000000 with at most 2 decimals'],
      [{ amount: '1e3' }, 'amount must be an amount from -1000000000 to 1000000000 with at most 2 decimals'],
      [{}, 'amount must be an amount from -1000000000 to 1000000000 with at most 2 decimals'],
      [{ amount: 5, note: 7 }, 'note must be a string'],
      [{ amount: 5, note: null }, 'note must be a string'],
    ] as const) {
      const res = await admin.post(`/users/${reseller.id}/balance`, body);
      expect(res).toMatchObject({ status: 400, body: { statusCode: 400, error: 'Bad Request' } });
      expect(JSON.stringify(res.body.message)).toContain(message);
    }
    expect(await counts()).toEqual(before);
  });
});

describe('credit sold down the tree', () => {
  it('a reseller’s top-up of its sub-reseller comes out of its own balance, and a deduction goes back to it', async () => {
    const { reseller, sub, manager } = await tree();
    const resellerClient = await signIn(reseller);
    const before = await counts();
    const refused = await resellerClient.post(`/users/${sub.id}/balance`, { amount: 200 });
    expect(refused).toMatchObject({ status: 409, body: { message: 'Insufficient balance: 0.00 available in your account' } });
    expect(await counts()).toEqual(before);

    await admin.post(`/users/${reseller.id}/balance`, { amount: 500 });
    expect((await resellerClient.post(`/users/${sub.id}/balance`, { amount: 200 })).body.balance).toBe('200.00');
    expect(await balanceOf(reseller.id)).toBe('300.00');
    // A manager acts for its principal: the reseller pays.
    expect((await (await signIn(manager)).post(`/users/${sub.id}/balance`, { amount: -50 })).body.balance).toBe('150.00');
    expect(await balanceOf(reseller.id)).toBe('350.00');
    expect(await entriesOf(reseller.id)).toEqual([
      expect.objectContaining({ kind: 'topup', balanceAfter: '500.00' }),
      { kind: 'transfer.out', amount: '-200.00', balanceAfter: '300.00', refId: String(sub.id), note: null },
      { kind: 'transfer.in', amount: '50.00', balanceAfter: '350.00', refId: String(sub.id), note: null },
    ]);
    expect(await entriesOf(sub.id)).toEqual([
      { kind: 'topup', amount: '200.00', balanceAfter: '200.00', refId: String(reseller.id), note: null },
      { kind: 'deduct', amount: '-50.00', balanceAfter: '150.00', refId: String(reseller.id), note: null },
    ]);
    const [entry] = (await resellerClient.get(`/audit?action=balance.topup&targetId=${sub.id}`)).body.items;
    expect(entry.changes).toEqual({
      amount: '200.00',
      note: null,
      before: { balance: '0.00' },
      after: { balance: '200.00' },
      payer: { accountId: reseller.id, before: { balance: '500.00' }, after: { balance: '300.00' } },
    });
  });

  it('a delete racing top-ups either wins (the top-ups find no account) or is refused, never a 500', async () => {
    for (let round = 0; round < 5; round++) {
      const { retailer } = await tree();
      const [removed, ...topUps] = await Promise.all([
        admin.delete(`/users/${retailer.id}`),
        ...Array.from({ length: 4 }, () => admin.post(`/users/${retailer.id}/balance`, { amount: 1 })),
      ]);
      const moved = topUps.filter((t) => t.status === 200).length;
      expect(topUps.every((t) => t.status === 200 || t.status === 404)).toBe(true);
      expect(removed.status).toBe(moved ? 409 : 204);
    }
  });

  it('an account with ledger entries cannot be deleted (409)', async () => {
    const { retailer } = await tree();
    await admin.post(`/users/${retailer.id}/balance`, { amount: 1 });
    await admin.post(`/users/${retailer.id}/balance`, { amount: -1 });
    const res = await admin.delete(`/users/${retailer.id}`);
    expect(res).toMatchObject({
      status: 409,
      body: { statusCode: 409, message: 'Not Eligible To Delete: the account still owns ledger entries', error: 'Conflict', code: 'NOT_ELIGIBLE_TO_DELETE' },
    });
  });
});

describe('GET /ledger', () => {
  it('a reseller reads its own and its subtree’s movements, never another reseller’s (R10)', async () => {
    const a = await tree();
    const b = await tree();
    for (const account of [a.reseller, a.sub, b.reseller]) await admin.post(`/users/${account.id}/balance`, { amount: 10 });
    const subscriber = await makeSubscriber(db, a.retailer.id);
    const paid = await (await signIn(a.reseller)).post(`/subscribers/${subscriber}/payments`, { amount: 5, method: 'cash' });
    expect(paid.status).toBe(201);

    const resellerA = await signIn(a.reseller);
    const mine = (await resellerA.get('/ledger')).body;
    expect(mine.items).toEqual([
      {
        id: expect.any(Number),
        at: expect.any(String),
        subscriberId: subscriber,
        kind: 'payment',
        amount: '5.00',
        balanceAfter: '5.00',
        refType: 'payment',
        refId: String(paid.body.id),
        note: 'cash',
        subscriberName: expect.stringMatching(/^Subscriber \d+$/),
        invoiceNumber: null,
        refAccountName: null,
      },
      expect.objectContaining({ accountId: a.sub.id, kind: 'topup', balanceAfter: '10.00', refType: 'account' }),
      expect.objectContaining({ accountId: a.reseller.id, kind: 'topup', balanceAfter: '10.00' }),
    ]);
    expect(mine.nextCursor).toBeNull();
    expect((await resellerA.get(`/ledger?accountId=${b.reseller.id}`)).body.items).toEqual([]);
    expect((await resellerA.get(`/ledger?accountId=${a.sub.id}`)).body.items).toHaveLength(1);
    expect((await resellerA.get(`/ledger?subscriberId=${subscriber}`)).body.items).toHaveLength(1);
    expect((await (await signIn(b.reseller)).get('/ledger')).body.items.map((e: { accountId: number }) => e.accountId)).toEqual([b.reseller.id]);
    // A direct-scope manager sees its principal's own customers and balance only.
    expect((await (await signIn(a.manager)).get('/ledger')).body.items.map((e: { accountId: number }) => e.accountId)).toEqual([a.reseller.id]);
    expect((await admin.get(`/ledger?accountId=${b.reseller.id}`)).body.items).toHaveLength(1);

    const page1 = await resellerA.get('/ledger?limit=2');
    expect(page1.body.items).toHaveLength(2);
    const page2 = await resellerA.get(`/ledger?limit=2&cursor=${page1.body.nextCursor}`);
    expect(page2.body).toEqual({ items: [mine.items[2]], nextCursor: null, prevCursor: expect.any(String), total: 3, totalCapped: false });
    expect((await resellerA.get('/ledger?to=2000-01-01')).body.items).toEqual([]);
    expect((await resellerA.get('/ledger?accountId=abc')).status).toBe(400);
  });
});
