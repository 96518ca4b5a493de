import { allowedKeysForType, PermissionKey } from '@tiergate/access';
import { moveMoney } from '@tiergate/db';
import { DataSource } from 'typeorm';
import { ApiClient, openApi, TestApi } from './support/harness';
import { makeAccount, MadeAccount, makeSubscriber, PASSWORD } from './support/factories';

let api: TestApi;
let db: DataSource;
let admin: ApiClient;

beforeAll(async () => {
  ({ api, db, admin } = await openApi());
});
afterAll(() => api.close());

const signIn = (a: MadeAccount) => api.login(a.email, PASSWORD);
const all = (type: 3 | 6) => allowedKeysForType(type) as PermissionKey[];

let invoiceCounter = 0;
/** An open invoice billed to the subscriber as the invoices API does: the amount taken off its balance. */
async function makeInvoice(subscriberId: number, amount: string): Promise<number> {
  return db.transaction(async (m) => {
    const [{ id }] = await m.query(
      `INSERT INTO invoices (branch_id, number, subscriber_id, owner_id, owner_path, period, amount)
       SELECT a.branch_id, $2, s.id, s.owner_id, s.owner_path, $3, $4::numeric FROM subscribers s JOIN accounts a ON a.id = s.owner_id WHERE s.id = $1
       RETURNING id`,
      [subscriberId, `INV-T${++invoiceCounter}`, `20${10 + invoiceCounter}-01`, amount],
    );
    await moveMoney(m, { subscriberId, kind: 'invoice', amount: `-${amount}`, refType: 'invoice', refId: id });
    return id as number;
  });
}

const invoice = async (id: number) => (await db.query(`SELECT paid::text AS paid, status FROM invoices WHERE id = $1`, [id]))[0];
const balance = async (subscriberId: number) => (await db.query(`SELECT balance::text AS balance FROM subscribers WHERE id = $1`, [subscriberId]))[0].balance;
const ledgerOf = (subscriberId: number) =>
  db.query(
    `SELECT kind, amount::text AS amount, balance_after::text AS "balanceAfter", ref_type AS "refType", ref_id AS "refId" FROM ledger_entries WHERE subscriber_id = $1 ORDER BY id`,
    [subscriberId],
  );
const counts = async () =>
  (
    await db.query(
      `SELECT (SELECT count(*) FROM payments)::int AS payments, (SELECT count(*) FROM ledger_entries)::int AS ledger, (SELECT count(*) FROM audit_log)::int AS audit`,
    )
  )[0];

async function reseller() {
  const operator = await makeAccount(db, 3, { permissions: all(3) });
  return { operator, client: await signIn(operator), subscriber: await makeSubscriber(db, operator.id) };
}

describe('recording payments', () => {
  it('records a cash payment as the subscriber’s credit, with its ledger entry and audit entry', async () => {
    const { operator, client, subscriber } = await reseller();
    const res = await client.post(`/subscribers/${subscriber}/payments`, { amount: 150.5, method: 'cash', reference: 'Receipt 17' });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      id: expect.any(Number),
      subscriberId: subscriber,
      invoiceId: null,
      amount: '150.50',
      method: 'cash',
      reference: 'Receipt 17',
      receivedBy: operator.id,
      createdAt: expect.any(String),
      voidedAt: null,
    });
    expect(await balance(subscriber)).toBe('150.50');
    expect(await ledgerOf(subscriber)).toEqual([{ kind: 'payment', amount: '150.50', balanceAfter: '150.50', refType: 'payment', refId: String(res.body.id) }]);
    const audit = await client.get(`/audit?action=payment.record`);
    expect(audit.body.items).toEqual([
      expect.objectContaining({
        actorId: operator.id,
        targetType: 'payment',
        targetId: String(res.body.id),
        changes: expect.objectContaining({ subscriberBalance: { after: '150.50' } }),
      }),
    ]);
    const listed = await client.get(`/payments?subscriberId=${subscriber}`);
    // A listed payment also names its subscriber, its invoice and who took it (UI.md "People, not ids").
    const names = { subscriberName: expect.stringMatching(/^Subscriber \d+$/), invoiceNumber: null, receivedByName: expect.stringMatching(/^Account \d+$/) };
    expect(listed.body).toEqual({ items: [{ ...res.body, ...names }], nextCursor: null, prevCursor: null, total: 1, totalCapped: false });
  });

  it('adds partial payments up until the invoice is paid, and keeps an over-payment as credit', async () => {
    const { client, subscriber } = await reseller();
    const inv = await makeInvoice(subscriber, '500.00');
    expect(await balance(subscriber)).toBe('-500.00');
    expect((await client.post(`/subscribers/${subscriber}/payments`, { amount: '200.00', method: 'mobile', invoiceId: inv })).status).toBe(201);
    expect(await invoice(inv)).toEqual({ paid: '200.00', status: 'open' });
    expect((await client.post(`/subscribers/${subscriber}/payments`, { amount: 250, method: 'bank', invoiceId: inv })).status).toBe(201);
    expect(await invoice(inv)).toEqual({ paid: '450.00', status: 'open' });
    const last = await client.post(`/subscribers/${subscriber}/payments`, { amount: 120, method: 'cash', invoiceId: inv });
    expect(await invoice(inv)).toEqual({ paid: '570.00', status: 'paid' });
    expect(await balance(subscriber)).toBe('70.00');
    expect((await ledgerOf(subscriber)).map((e: { balanceAfter: string }) => e.balanceAfter)).toEqual(['-500.00', '-300.00', '-50.00', '70.00']);
    const [entry] = (await admin.get(`/audit?action=payment.record&targetId=${last.body.id}`)).body.items;
    expect(entry.changes.invoice).toEqual({
      id: inv,
      number: expect.stringMatching(/^INV-T/),
      before: { paid: '450.00', status: 'open' },
      after: { paid: '570.00', status: 'paid' },
    });
  });

  it('never double-counts ten payments at once against one invoice', async () => {
    const { client, subscriber } = await reseller();
    const inv = await makeInvoice(subscriber, '1000.00');
    const answers = await Promise.all(
      Array.from({ length: 10 }, () => client.post(`/subscribers/${subscriber}/payments`, { amount: '100.10', method: 'cash', invoiceId: inv })),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(10).fill(201));
    expect(await invoice(inv)).toEqual({ paid: '1001.00', status: 'paid' });
    const [{ sum }] = await db.query(`SELECT sum(amount)::text AS sum FROM payments WHERE invoice_id = $1`, [inv]);
    expect(sum).toBe('1001.00');
    expect(await balance(subscriber)).toBe('1.00');
    // Each entry's balance is the one before it plus its amount: the movements queued up, none was lost.
    const entries = await ledgerOf(subscriber);
    entries.slice(1).forEach((e: { amount: string; balanceAfter: string }, i: number) => {
      expect(Math.round((Number(entries[i].balanceAfter) + Number(e.amount)) * 100)).toBe(Math.round(Number(e.balanceAfter) * 100));
    });
  });

  it('answers 404 outside the caller’s scope and for another subscriber’s invoice, 409 for a void invoice', async () => {
    const a = await reseller();
    const b = await reseller();
    const before = await counts();
    expect((await a.client.post(`/subscribers/${b.subscriber}/payments`, { amount: 10, method: 'cash' })).status).toBe(404);
    const othersInvoice = await makeInvoice(b.subscriber, '10.00');
    const mid = await counts();
    const wrong = await a.client.post(`/subscribers/${a.subscriber}/payments`, { amount: 10, method: 'cash', invoiceId: othersInvoice });
    expect(wrong).toMatchObject({
      status: 404,
      body: { statusCode: 404, message: `Invoice ${othersInvoice} not found`, error: 'Not Found', code: 'NOT_FOUND' },
    });
    const voided = await makeInvoice(a.subscriber, '10.00');
    await db.query(`UPDATE invoices SET status = 'void', voided_at = now() WHERE id = $1`, [voided]);
    expect((await a.client.post(`/subscribers/${a.subscriber}/payments`, { amount: 10, method: 'cash', invoiceId: voided })).status).toBe(409);
    expect((await counts()).payments).toBe(before.payments);
    expect((await counts()).audit).toBe(mid.audit);

    const theirs = await b.client.post(`/subscribers/${b.subscriber}/payments`, { amount: 10, method: 'card' });
    expect((await a.client.delete(`/payments/${theirs.body.id}`)).status).toBe(404);
    expect((await a.client.get('/payments')).body.items.map((p: { subscriberId: number }) => p.subscriberId)).not.toContain(b.subscriber);
    expect((await admin.get(`/payments?subscriberId=${b.subscriber}`)).body.items).toHaveLength(1);
  });

  it('refuses bad input with a 400 that writes nothing', async () => {
    const { client, subscriber } = await reseller();
    const before = await counts();
    const bad: [unknown, string][] = [
      [{ amount: 0, method: 'cash' }, 'amount must be an amount from 0.01 to 1000000000 with at most 2 decimals'],
      [{ amount: -5, method: 'cash' }, 'amount must be an amount from 0.01 to 1000000000 with at most 2 decimals'],
      [{ amount: 1.234, method: 'cash' }, 'amount must be an amount from 0.01 to 1000000000 with at most 2 decimals'],
      [{ amount: '12,50', method: 'cash' }, 'amount must be an amount from 0.01 to 1000000000 with at most 2 decimals'],
      [{ method: 'cash' }, 'amount must be an amount from 0.01 to 1000000000 with at most 2 decimals'],
      [{ amount: 10, method: 'bitcoin' }, 'method must be one of cash, bank, mobile, card, other'],
      [{ amount: 10, method: 'cash', invoiceId: 'x' }, 'invoiceId must be an integer from 1 to 2147483647'],
      [{ amount: 10, method: 'cash', reference: ' ' }, 'reference must not be empty'],
      [{ amount: 10, method: 'cash', reference: null }, 'reference must be a string'],
    ];
    for (const [body, message] of bad) {
      const res = await client.post(`/subscribers/${subscriber}/payments`, body);
      expect(res).toMatchObject({ status: 400, body: { statusCode: 400, error: 'Bad Request' } });
      expect(JSON.stringify(res.body.message)).toContain(message);
    }
    expect((await client.get('/payments?method=bitcoin')).status).toBe(400);
    expect((await client.get('/payments?from=yesterday')).status).toBe(400);
    expect(await counts()).toEqual(before);
  });
});

describe('voiding payments', () => {
  it('reverses the payment in the ledger and reopens the invoice; a second void is 409', async () => {
    const { operator, client, subscriber } = await reseller();
    const inv = await makeInvoice(subscriber, '300.00');
    const first = await client.post(`/subscribers/${subscriber}/payments`, { amount: 100, method: 'cash', invoiceId: inv });
    const second = await client.post(`/subscribers/${subscriber}/payments`, { amount: 200, method: 'cash', invoiceId: inv });
    expect(await invoice(inv)).toEqual({ paid: '300.00', status: 'paid' });

    expect((await client.delete(`/payments/${second.body.id}`)).status).toBe(204);
    expect(await invoice(inv)).toEqual({ paid: '100.00', status: 'open' });
    expect(await balance(subscriber)).toBe('-200.00');
    expect((await ledgerOf(subscriber)).at(-1)).toEqual({
      kind: 'payment.void',
      amount: '-200.00',
      balanceAfter: '-200.00',
      refType: 'payment',
      refId: String(second.body.id),
    });
    const [entry] = (await client.get(`/audit?action=payment.void`)).body.items;
    expect(entry).toMatchObject({
      actorId: operator.id,
      targetId: String(second.body.id),
      changes: {
        amount: '200.00',
        before: { voidedAt: null },
        invoice: { before: { paid: '300.00', status: 'paid' }, after: { paid: '100.00', status: 'open' } },
      },
    });

    const again = await client.delete(`/payments/${second.body.id}`);
    expect(again).toMatchObject({ status: 409, body: { message: `Payment ${second.body.id} is already void` } });
    const listed = (await client.get(`/payments?subscriberId=${subscriber}`)).body.items;
    expect(listed.map((p: { id: number; voidedAt: string | null }) => [p.id, p.voidedAt !== null])).toEqual([
      [second.body.id, true],
      [first.body.id, false],
    ]);
  });

  it('pages newest first with a cursor and filters by method and time', async () => {
    const { client, subscriber } = await reseller();
    const made = [];
    for (const method of ['cash', 'bank', 'cash']) made.push((await client.post(`/subscribers/${subscriber}/payments`, { amount: 1, method })).body.id);
    const page1 = await client.get(`/payments?subscriberId=${subscriber}&limit=2`);
    expect(page1.body.items.map((p: { id: number }) => p.id)).toEqual([made[2], made[1]]);
    const page2 = await client.get(`/payments?subscriberId=${subscriber}&limit=2&cursor=${page1.body.nextCursor}`);
    expect(page2.body).toEqual({
      items: [expect.objectContaining({ id: made[0] })],
      nextCursor: null,
      prevCursor: expect.any(String),
      total: 3,
      totalCapped: false,
    });
    expect((await client.get(`/payments?subscriberId=${subscriber}&method=bank`)).body.items.map((p: { id: number }) => p.id)).toEqual([made[1]]);
    expect((await client.get(`/payments?subscriberId=${subscriber}&to=2000-01-01`)).body.items).toEqual([]);
    expect((await client.get(`/payments?subscriberId=${subscriber}&from=2000-01-01`)).body.items).toHaveLength(3);
  });
});

describe('deleting what has money records', () => {
  it('a subscriber with payments, invoices or ledger entries answers 409, not a foreign key’s 500', async () => {
    const { client, subscriber } = await reseller();
    await client.post(`/subscribers/${subscriber}/payments`, { amount: 5, method: 'cash' });
    const res = await client.delete(`/subscribers/${subscriber}`);
    expect(res).toMatchObject({
      status: 409,
      body: {
        statusCode: 409,
        message: 'Not Eligible To Delete: the subscriber has payments and ledger entries',
        error: 'Conflict',
        code: 'NOT_ELIGIBLE_TO_DELETE',
      },
    });
    const billed = await makeSubscriber(db, (await reseller()).operator.id);
    await makeInvoice(billed, '1.00');
    expect((await admin.delete(`/subscribers/${billed}`)).body.message).toBe('Not Eligible To Delete: the subscriber has invoices and ledger entries');
    const clean = await makeSubscriber(db, (await reseller()).operator.id);
    expect((await admin.delete(`/subscribers/${clean}`)).status).toBe(204);
  });

  it('a delete racing payments either wins (the payments find no subscriber) or is refused, never a 500', async () => {
    for (let round = 0; round < 5; round++) {
      const { client, subscriber } = await reseller();
      const [removed, ...paid] = await Promise.all([
        client.delete(`/subscribers/${subscriber}`),
        ...Array.from({ length: 4 }, () => client.post(`/subscribers/${subscriber}/payments`, { amount: 1, method: 'cash' })),
      ]);
      const recorded = paid.filter((p) => p.status === 201).length;
      expect(paid.every((p) => p.status === 201 || p.status === 404)).toBe(true);
      expect(removed.status).toBe(recorded ? 409 : 204);
    }
  });

  it('an operator whose customers’ money records remain answers 409', async () => {
    const { operator, subscriber } = await reseller();
    await makeInvoice(subscriber, '1.00');
    const other = await reseller();
    await db.query(`UPDATE subscribers SET owner_id = $2, owner_path = $3 WHERE id = $1`, [subscriber, other.operator.id, other.operator.path]);
    const res = await admin.delete(`/users/${operator.id}`);
    expect(res).toMatchObject({ status: 409, body: { message: 'Not Eligible To Delete: the account still owns invoices and ledger entries' } });
  });
});
