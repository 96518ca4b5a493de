import { AccountType, allowedKeysForType } from '@tiergate/access';
import { REBUILD_MONEY_COUNTERS_SQL } from '@tiergate/db';
import { DataSource } from 'typeorm';
import { ApiClient, openApi, TestApi } from './support/harness';
import { makeAccount, MadeAccount, makePackage, makeSubscriber, PASSWORD } from './support/factories';

/**
 * The per-operator running totals behind the dashboard and the summary report (issue 17, migration
 * 1764000000560): after any series of changes, through the API or straight in SQL, they equal a recount of the
 * subscribers and invoices themselves, and a scope's figures equal what a count over its rows gives.
 */
let api: TestApi;
let db: DataSource;
let admin: ApiClient;

beforeAll(async () => ({ api, db, admin } = await openApi()));
afterAll(() => api.close());

const full = (type: AccountType, parentId?: number) => makeAccount(db, type, { parentId, permissions: allowedKeysForType(type) });
const signIn = (account: MadeAccount) => api.login(account.email, PASSWORD);

/** The counters as the triggers kept them (zero rows left out) against the same counters rebuilt from the rows. */
async function keptAndRecounted() {
  const rows = async (subscribers: string, invoices: string) => ({
    subscribers: await db.query(`SELECT owner_id, status, count::int FROM ${subscribers} c WHERE count <> 0 ORDER BY 1, 2`),
    invoices: await db.query(
      `SELECT owner_id, status, period, count::int, amount::text, paid::text FROM ${invoices} t WHERE count <> 0 OR amount <> 0 OR paid <> 0 ORDER BY 1, 2, 3`,
    ),
  });
  const kept = await rows('subscriber_counts', 'invoice_totals');
  const recounted = await db.transaction(async (m) => {
    await m.query(`CREATE TEMPORARY TABLE recount_subscribers (LIKE subscriber_counts) ON COMMIT DROP`);
    await m.query(`CREATE TEMPORARY TABLE recount_invoices (LIKE invoice_totals) ON COMMIT DROP`);
    for (const sql of REBUILD_MONEY_COUNTERS_SQL) {
      await m.query(sql.replace('INTO subscriber_counts', 'INTO recount_subscribers').replace('INTO invoice_totals', 'INTO recount_invoices'));
    }
    return {
      subscribers: await m.query(`SELECT owner_id, status, count::int FROM recount_subscribers ORDER BY 1, 2`),
      invoices: await m.query(`SELECT owner_id, status, period, count::int, amount::text, paid::text FROM recount_invoices ORDER BY 1, 2, 3`),
    };
  });
  return { kept, recounted };
}

/** What a count over the scope's own subscribers and invoices gives for the dashboard's figures. */
async function countedFor(pathPrefix: string) {
  const [row] = await db.query(
    `SELECT (SELECT count(*)::int FROM subscribers WHERE owner_path LIKE $1) AS total,
            (SELECT count(*)::int FROM subscribers WHERE owner_path LIKE $1 AND status = 'suspended') AS suspended,
            (SELECT count(*)::int FROM invoices WHERE owner_path LIKE $1 AND status = 'open') AS "openInvoices",
            (SELECT coalesce(sum(amount - paid), 0)::numeric(1000,2)::text FROM invoices WHERE owner_path LIKE $1 AND status = 'open') AS "openAmount"`,
    [`${pathPrefix}%`],
  );
  return row;
}

describe('per-operator running totals of subscribers and invoices', () => {
  it('equal a recount after creates, status changes, invoices, payments, voids, a move and deletes', async () => {
    const a = await full(AccountType.Reseller);
    const belowA = await full(AccountType.Subreseller, a.id);
    const b = await full(AccountType.Reseller);
    const clientA = await signIn(a);
    const packageId = await makePackage(db);

    const created = await clientA.post('/subscribers', { username: `mc-${Date.now()}`, name: 'Counted', packageId });
    expect(created.status).toBe(201);
    const viaApi = created.body.id as number;
    const [kept, moving, deleted] = [await makeSubscriber(db, a.id), await makeSubscriber(db, belowA.id), await makeSubscriber(db, a.id)];
    expect((await clientA.post(`/subscribers/${kept}/suspend`)).body.status).toBe('suspended');
    await db.query(`UPDATE subscribers SET status = 'expired' WHERE id = $1`, [deleted]);

    const invoice = await clientA.post(`/subscribers/${moving}/invoices`, { amount: '120.00' });
    expect(invoice.status).toBe(201);
    const other = await clientA.post(`/subscribers/${viaApi}/invoices`, { amount: '80.00' });
    expect((await clientA.post(`/subscribers/${moving}/payments`, { amount: '50.00', method: 'cash', invoiceId: invoice.body.id })).status).toBe(201);
    const settles = await clientA.post(`/subscribers/${viaApi}/payments`, { amount: '80.00', method: 'bank', invoiceId: other.body.id });
    expect(settles.status).toBe(201);
    expect((await clientA.delete(`/payments/${settles.body.id}`)).status).toBe(204);
    const voided = await clientA.post(`/subscribers/${kept}/invoices`, { amount: '30.00', period: '2026-01' });
    expect((await clientA.delete(`/invoices/${voided.body.id}`)).status).toBe(200);

    const before = await countedFor(a.path);
    expect((await admin.patch(`/subscribers/${moving}`, { ownerId: b.id })).status).toBe(200);
    expect((await clientA.delete(`/subscribers/${deleted}`)).status).toBe(204);

    const { kept: totals, recounted } = await keptAndRecounted();
    expect(totals).toEqual(recounted);
    // The move took the subscriber and its open invoice (120.00, 50.00 paid) out of A's subtree figures.
    const after = await countedFor(a.path);
    expect(after.total).toBe(before.total - 2);
    expect((await clientA.get('/dashboard')).body).toMatchObject({
      subscribers: { total: after.total, suspended: after.suspended },
      accounting: { openInvoices: after.openInvoices, openAmount: after.openAmount },
    });
  });

  it('stay right through a concurrent burst of several operators (no lost update, no deadlock)', async () => {
    const operators = await Promise.all([full(AccountType.Reseller), full(AccountType.Reseller), full(AccountType.Reseller)]);
    const subscribers = await Promise.all(operators.flatMap((o) => [makeSubscriber(db, o.id), makeSubscriber(db, o.id), makeSubscriber(db, o.id)]));
    for (const id of subscribers) {
      await db.query(
        `INSERT INTO invoices (branch_id, number, subscriber_id, owner_id, owner_path, period, amount, paid, status)
         VALUES (1, $2, $1, 0, '', '2026-03', 100, 0, 'open')`,
        [id, `MC-${id}-${Date.now()}`],
      );
    }
    // Many small transactions at once, as the API orders its writes (the subscriber, then its invoices): status
    // flips, part payments, and every tenth a move to another operator.
    await Promise.all(
      Array.from({ length: 60 }, (_, i) =>
        db.transaction(async (m) => {
          const subscriber = subscribers[i % subscribers.length];
          const to = i % 10 === 0 ? operators[(i / 10) % operators.length] : undefined;
          // An UPDATE … RETURNING answers [rows, affected count].
          const [[{ owner_id, owner_path }]] = await m.query(
            `UPDATE subscribers SET status = CASE status WHEN 'active' THEN 'suspended' ELSE 'active' END,
                    owner_id = coalesce($2, owner_id), owner_path = coalesce($3, owner_path)
              WHERE id = $1 RETURNING owner_id, owner_path`,
            [subscriber, to?.id ?? null, to?.path ?? null],
          );
          await m.query(`UPDATE invoices SET paid = paid + 1, owner_id = $2, owner_path = $3 WHERE subscriber_id = $1`, [subscriber, owner_id, owner_path]);
        }),
      ),
    );
    const { kept, recounted } = await keptAndRecounted();
    expect(kept).toEqual(recounted);
  });

  it('never deadlock when two subscribers with invoices of several periods and statuses move in opposite directions at once', async () => {
    const [a, b] = await Promise.all([full(AccountType.Reseller), full(AccountType.Reseller)]);
    const fromA = await makeSubscriber(db, a.id);
    const fromB = await makeSubscriber(db, b.id);
    // In opposite orders too: an UPDATE meets a subscriber's invoices (and fires the counters' triggers) as stored.
    const statuses = ['paid', 'open', 'void'];
    const groups = Array.from({ length: 60 }, (_, i) => [`${2000 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`, statuses[i % 3]]);
    for (const [id, order] of [
      [fromA, groups],
      [fromB, [...groups].reverse()],
    ] as const) {
      for (const [period, status] of order) {
        await db.query(
          `INSERT INTO invoices (branch_id, number, subscriber_id, owner_id, owner_path, period, amount, paid, status)
           VALUES (1, $2, $1, 0, '', $3, 100, 0, $4)`,
          [id, `OPP-${id}-${period}`, period, status],
        );
      }
    }
    for (let round = 0; round < 10; round++) {
      const [there, back] = round % 2 === 0 ? [b, a] : [a, b];
      const moves = await Promise.all([
        admin.patch(`/subscribers/${fromA}`, { ownerId: there.id }),
        admin.patch(`/subscribers/${fromB}`, { ownerId: back.id }),
      ]);
      expect(moves.map((r) => r.status)).toEqual([200, 200]);
    }
    const { kept, recounted } = await keptAndRecounted();
    expect(kept).toEqual(recounted);
  });
});
