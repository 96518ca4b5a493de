import { allowedKeysForType, PermissionKey } from '@tiergate/access';
import { DataSource } from 'typeorm';
import { ApiClient, openApi, TestApi } from './support/harness';
import { makeAccount, MadeAccount, makePackage, makeSubscriber, PASSWORD } from './support/factories';

let api: TestApi;
let db: DataSource;
let admin: ApiClient;

beforeAll(async () => {
  ({ api, db, admin } = await openApi());
});
afterAll(() => api.close());

const signIn = (a: MadeAccount) => api.login(a.email, PASSWORD);
const reseller = () => makeAccount(db, 3, { permissions: allowedKeysForType(3) as PermissionKey[] });
const thisMonth = () => new Date().toISOString().slice(0, 7);

/** A subscriber of `ownerId` on a package priced 500 (the factory's price). */
async function subscriberWithPackage(ownerId: number) {
  const id = await makeSubscriber(db, ownerId);
  await db.query(`UPDATE subscribers SET package_id = $2 WHERE id = $1`, [id, await makePackage(db)]);
  return id;
}
const balanceOf = async (subscriberId: number) => (await db.query(`SELECT balance::text FROM subscribers WHERE id = $1`, [subscriberId]))[0].balance;
const ledgerOf = (subscriberId: number) =>
  db.query(`SELECT kind, amount::text, balance_after::text, ref_type, ref_id FROM ledger_entries WHERE subscriber_id = $1 ORDER BY id`, [subscriberId]);
const countRows = async (table: string) => Number((await db.query(`SELECT count(*) FROM ${table}`))[0].count);

describe('POST /subscribers/:id/invoices', () => {
  it('defaults to the package price and the current month, numbers it, moves the balance and audits it', async () => {
    const r = await reseller();
    const client = await signIn(r);
    const subscriberId = await subscriberWithPackage(r.id);
    const res = await client.post(`/subscribers/${subscriberId}/invoices`, {});
    expect(res.status).toBe(201);
    expect(Object.keys(res.body).sort()).toEqual(['amount', 'createdAt', 'dueAt', 'id', 'number', 'ownerId', 'paid', 'period', 'status', 'subscriberId']);
    expect(res.body).toMatchObject({ subscriberId, ownerId: r.id, period: thisMonth(), amount: '500.00', paid: '0.00', status: 'open', dueAt: null });
    expect(res.body.number).toMatch(/^INV-\d{6,}$/);

    expect(await balanceOf(subscriberId)).toBe('-500.00');
    expect(await ledgerOf(subscriberId)).toEqual([
      { kind: 'invoice', amount: '-500.00', balance_after: '-500.00', ref_type: 'invoice', ref_id: String(res.body.id) },
    ]);

    const audit = await client.get(`/audit?action=invoice.create`);
    expect(audit.status).toBe(200);
    expect(audit.body.items).toEqual([
      expect.objectContaining({ action: 'invoice.create', targetType: 'invoice', targetId: String(res.body.id), targetLabel: res.body.number }),
    ]);
  });

  it('takes an explicit amount and period; one invoice per subscriber and period (409)', async () => {
    const r = await reseller();
    const client = await signIn(r);
    const subscriberId = await makeSubscriber(db, r.id);
    expect((await client.post(`/subscribers/${subscriberId}/invoices`, { period: '2026-01' })).body).toMatchObject({
      statusCode: 400,
      message: 'amount is required: the subscriber has no package',
    });
    const first = await client.post(`/subscribers/${subscriberId}/invoices`, { amount: '12.5', period: '2026-01' });
    expect(first.body).toMatchObject({ amount: '12.50', period: '2026-01' });
    const again = await client.post(`/subscribers/${subscriberId}/invoices`, { amount: 10, period: '2026-01' });
    expect(again.status).toBe(409);
    expect(again.body).toEqual({ statusCode: 409, message: 'Invoice for 2026-01 already exists', error: 'Conflict', code: 'DUPLICATE_INVOICE' });
    expect((await client.post(`/subscribers/${subscriberId}/invoices`, { amount: 10, period: '2026-02' })).status).toBe(201);
  });

  it('answers 404 for a subscriber outside the caller’s scope, and lists nothing of another’s', async () => {
    const a = await reseller();
    const b = await reseller();
    const direct = await makeAccount(db, 6, { parentId: a.id, permissions: allowedKeysForType(6) as PermissionKey[] });
    const sub = await makeAccount(db, 4, { parentId: a.id, permissions: allowedKeysForType(4) as PermissionKey[] });
    const ofB = await subscriberWithPackage(b.id);
    const belowA = await subscriberWithPackage(sub.id);
    const clientA = await signIn(a);
    expect((await clientA.post(`/subscribers/${ofB}/invoices`, {})).status).toBe(404);
    const billedB = await (await signIn(b)).post(`/subscribers/${ofB}/invoices`, {});
    expect((await clientA.get('/invoices')).body.items).toEqual([]);
    expect((await clientA.patch(`/invoices/${billedB.body.id}`, { amount: 1 })).status).toBe(404);
    expect((await clientA.delete(`/invoices/${billedB.body.id}`)).status).toBe(404);
    // A direct-scope manager reaches only its principal's own subscribers.
    expect((await (await signIn(direct)).post(`/subscribers/${belowA}/invoices`, {})).status).toBe(404);
    expect((await clientA.post(`/subscribers/${belowA}/invoices`, {})).status).toBe(201);
    expect(await countRows(`invoices WHERE subscriber_id = ${belowA}`)).toBe(1);
  });

  it('numbers 20 concurrent invoices of one branch without gaps or repeats', async () => {
    const r = await reseller();
    const client = await signIn(r);
    const subscribers = await Promise.all(Array.from({ length: 20 }, () => subscriberWithPackage(r.id)));
    const [{ last_number: before }] = await db.query(`SELECT last_number::int FROM invoice_counters WHERE branch_id = 1`);
    const answers = await Promise.all(subscribers.map((id) => client.post(`/subscribers/${id}/invoices`, { period: '2030-05' })));
    expect(answers.map((a) => a.status)).toEqual(Array(20).fill(201));
    const numbers = answers.map((a) => Number(a.body.number.slice(4))).sort((x, y) => x - y);
    expect(numbers).toEqual(Array.from({ length: 20 }, (_, i) => before + 1 + i));
  });

  it('refuses bad input with a 400 that writes nothing', async () => {
    const r = await reseller();
    const client = await signIn(r);
    const subscriberId = await subscriberWithPackage(r.id);
    const counts = async () => [await countRows('invoices'), await countRows('ledger_entries'), await countRows('audit_log')];
    const before = await counts();
    for (const body of [{ period: '2026-13' }, { period: '26-01' }, { amount: -1 }, { amount: '1.234' }, { amount: 1e-7 }, { amount: null }, { extra: 1 }]) {
      const res = await client.post(`/subscribers/${subscriberId}/invoices`, body);
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
    }
    expect((await client.get('/invoices?status=unpaid')).status).toBe(400);
    expect((await client.get('/invoices?period=2026-1')).status).toBe(400);
    expect(await counts()).toEqual(before);
  });
});

describe('PATCH and DELETE /invoices/:id', () => {
  it('edits amount and due date until paid, moving the balance by the difference; 409 once paid', async () => {
    const r = await reseller();
    const client = await signIn(r);
    const subscriberId = await subscriberWithPackage(r.id);
    const { body: invoice } = await client.post(`/subscribers/${subscriberId}/invoices`, { period: '2026-03' });
    const edited = await client.patch(`/invoices/${invoice.id}`, { amount: '650.00', dueAt: '2026-03-31T00:00:00Z' });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ amount: '650.00', status: 'open', dueAt: '2026-03-31T00:00:00.000Z' });
    expect(await balanceOf(subscriberId)).toBe('-650.00');
    expect((await ledgerOf(subscriberId)).map((e: { kind: string; amount: string }) => [e.kind, e.amount])).toEqual([
      ['invoice', '-500.00'],
      ['invoice.update', '-150.00'],
    ]);
    const [entry] = await db.query(`SELECT changes FROM audit_log WHERE action = 'invoice.update' AND target_id = $1`, [String(invoice.id)]);
    expect(entry.changes).toEqual({ before: { amount: '500.00', dueAt: null }, after: { amount: '650.00', dueAt: '2026-03-31T00:00:00.000Z' } });

    // Payments are another lane: what they leave behind is set here directly. Lowering the amount to what is paid pays it.
    await db.query(`UPDATE invoices SET paid = 400 WHERE id = $1`, [invoice.id]);
    expect((await client.patch(`/invoices/${invoice.id}`, { amount: 400 })).body).toMatchObject({ amount: '400.00', paid: '400.00', status: 'paid' });
    const refused = await client.patch(`/invoices/${invoice.id}`, { amount: 500 });
    expect(refused.status).toBe(409);
    expect(refused.body.message).toBe(`Invoice ${invoice.number} is paid and can no longer be edited`);
    expect(await balanceOf(subscriberId)).toBe('-400.00');
  });

  it('voids instead of deleting: kept, reversed in the ledger, the period free again; 409 with payments attached', async () => {
    const r = await reseller();
    const client = await signIn(r);
    const subscriberId = await subscriberWithPackage(r.id);
    const { body: invoice } = await client.post(`/subscribers/${subscriberId}/invoices`, { period: '2026-04' });
    const voided = await client.delete(`/invoices/${invoice.id}`);
    expect(voided.status).toBe(200);
    expect(voided.body).toMatchObject({ id: invoice.id, status: 'void', number: invoice.number });
    expect((await db.query(`SELECT status, voided_at FROM invoices WHERE id = $1`, [invoice.id]))[0].voided_at).not.toBeNull();
    expect(await balanceOf(subscriberId)).toBe('0.00');
    expect((await ledgerOf(subscriberId)).map((e: { kind: string; balance_after: string }) => [e.kind, e.balance_after])).toEqual([
      ['invoice', '-500.00'],
      ['invoice.void', '0.00'],
    ]);
    expect((await client.delete(`/invoices/${invoice.id}`)).status).toBe(409);
    expect((await client.patch(`/invoices/${invoice.id}`, { amount: 1 })).status).toBe(409);
    expect((await client.get(`/invoices?subscriberId=${subscriberId}&status=void`)).body.items.map((i: { id: number }) => i.id)).toEqual([invoice.id]);

    const { body: second } = await client.post(`/subscribers/${subscriberId}/invoices`, { period: '2026-04' });
    expect(second.status).toBe('open');
    await db.query(`INSERT INTO payments (subscriber_id, owner_id, owner_path, invoice_id, amount, method) VALUES ($1, $2, $3, $4, 100, 'cash')`, [
      subscriberId,
      r.id,
      r.path,
      second.id,
    ]);
    const refused = await client.delete(`/invoices/${second.id}`);
    expect(refused.status).toBe(409);
    expect(refused.body.message).toBe(`Invoice ${second.number} has payments: void them first`);
    expect(
      (await db.query(`SELECT action FROM audit_log WHERE target_type = 'invoice' AND target_id = $1`, [String(invoice.id)]))
        .map((e: { action: string }) => e.action)
        .sort(),
    ).toEqual(['invoice.create', 'invoice.void']);
  });
});

describe('GET /invoices', () => {
  it('lists newest first with filters and keyset pages', async () => {
    const r = await reseller();
    const client = await signIn(r);
    const s1 = await subscriberWithPackage(r.id);
    const s2 = await subscriberWithPackage(r.id);
    const made = [];
    for (const [s, period] of [
      [s1, '2025-01'],
      [s1, '2025-02'],
      [s2, '2025-01'],
    ] as const)
      made.push((await client.post(`/subscribers/${s}/invoices`, { period })).body.id);
    const page1 = await client.get('/invoices?limit=2');
    expect(page1.body.items.map((i: { id: number }) => i.id)).toEqual([made[2], made[1]]);
    const page2 = await client.get(`/invoices?limit=2&cursor=${page1.body.nextCursor}`);
    expect(page2.body).toEqual({
      items: [expect.objectContaining({ id: made[0] })],
      nextCursor: null,
      prevCursor: expect.any(String),
      total: 3,
      totalCapped: false,
    });
    expect((await client.get(`/invoices?period=2025-01`)).body.items.map((i: { id: number }) => i.id)).toEqual([made[2], made[0]]);
    expect((await client.get(`/invoices?subscriberId=${s1}&period=2025-02`)).body.items.map((i: { id: number }) => i.id)).toEqual([made[1]]);
    expect((await client.get(`/invoices?from=2999-01-01`)).body.items).toEqual([]);
    expect((await client.get(`/invoices?to=2999-01-01&status=open`)).body.items).toHaveLength(3);
    expect((await admin.get(`/invoices?subscriberId=${s2}`)).body.items.map((i: { id: number }) => i.id)).toEqual([made[2]]);
  });
});
