import { allowedKeysForType } from '@tiergate/access';
import { DataSource } from 'typeorm';
import { KeysetQuery } from '../src/common/keyset/keyset-page';
import { ScopedWhere } from '../src/common/keyset/scoped-where';
import { ApiClient, openApi, TestApi } from './support/harness';
import { insertInvoice } from './support/money-rows';
import { makeAccount, MadeAccount, makeSubscriber, PASSWORD } from './support/factories';

/**
 * The five keyset lists (common/keyset): every sort, both ways, pages forward through every row once (ties and NULLs
 * included) and back through the same pages; hostile cursors and sorts are 400; totals count the caller's scope only,
 * up to 10,000.
 */

let api: TestApi;
let db: DataSource;

const signIn = (a: MadeAccount) => api.login(a.email, PASSWORD);

// Moments to the microsecond: T1a and T1b are one millisecond apart from nothing (a cursor that kept milliseconds would skip one).
const T0 = '2025-06-01T12:00:00.500000Z';
const T1a = '2026-01-01T00:00:00.000001Z';
const T1b = '2026-01-01T00:00:00.000002Z';
const T2 = '2026-03-01T08:30:00.000000Z';

/** Seven rows per list, with ties on every sort column and NULLs where a column may be NULL. */
const SUBSCRIBERS = {
  name: ['bravo', 'alpha', 'bravo', 'charlie', 'alpha', 'bravo', 'delta'],
  username: ['e', 'a', 'g', 'b', 'd', 'c', 'f'],
  status: ['active', 'suspended', 'active', 'expired', 'active', 'suspended', 'active'],
  expiresAt: [T1a, null, T1a, T2, null, T0, T1b],
  createdAt: [T1a, T1a, T0, T2, T1b, T2, T0],
};
const INVOICES = {
  number: ['INV-900004', 'INV-900001', 'INV-900007', 'INV-900002', 'INV-900006', 'INV-900003', 'INV-900005'],
  period: ['2026-01', '2026-02', '2026-01', '2025-12', '2026-02', '2026-01', '2026-03'],
  amount: ['10.00', '5.50', '10.00', '100.00', '5.50', '0.00', '10.00'],
  status: ['open', 'paid', 'open', 'void', 'open', 'paid', 'open'],
  dueAt: [T1a, null, T1a, null, T2, T0, null],
  createdAt: [T1a, T1b, T1a, T0, T2, T2, T1a],
};
const PAYMENTS = {
  amount: ['10.00', '5.50', '10.00', '100.00', '5.50', '1.00', '10.00'],
  method: ['cash', 'bank', 'cash', 'mobile', 'card', 'bank', 'cash'],
  createdAt: [T1b, T1a, T1b, T0, T2, T2, T1a],
};
const LEDGER = {
  amount: ['-10.00', '5.50', '-10.00', '100.00', '5.50', '0.00', '-0.50'],
  at: [T1a, T1a, T0, T2, T1b, T2, T0],
};
const AUDIT = { at: [T1a, T2, T1a, T0, T1b, T2, T1a] };

type Values = Record<string, (string | null)[]>;
interface Tenant {
  reseller: MadeAccount;
  client: ApiClient;
  ids: Record<'subscribers' | 'invoices' | 'payments' | 'ledger' | 'audit', number[]>;
}

/** A reseller owning seven subscribers, each with one invoice, one payment, one ledger entry and one audit entry. */
async function tenant(tag: string): Promise<Tenant> {
  const reseller = await makeAccount(db, 3, { permissions: allowedKeysForType(3) });
  const owner = [reseller.id, reseller.path];
  const insert = async (sql: string, rows: unknown[][]) => {
    const ids: number[] = [];
    for (const row of rows) ids.push(Number((await db.query(sql, [...owner, ...row]))[0].id));
    return ids;
  };
  const seven = (values: Values) => [0, 1, 2, 3, 4, 5, 6].map((i) => Object.values(values).map((column) => column[i]));
  const subscribers = await insert(
    `INSERT INTO subscribers (owner_id, owner_path, name, username, status, expires_at, created_at) VALUES ($1, $2, $3, $4 || $8, $5, $6, $7) RETURNING id`,
    seven(SUBSCRIBERS).map((row) => [...row, tag]),
  );
  const withSubscriber = (values: Values) => seven(values).map((row, i) => [subscribers[i], ...row]);
  const [{ branch_id: branch }] = await db.query(`SELECT branch_id FROM accounts WHERE id = $1`, [reseller.id]);
  return {
    reseller,
    client: await signIn(reseller),
    ids: {
      subscribers,
      invoices: await insert(
        `INSERT INTO invoices (owner_id, owner_path, subscriber_id, number, period, amount, status, due_at, created_at, branch_id)
         VALUES ($1, $2, $3, $4 || $10, $5, $6, $7, $8, $9, $11) RETURNING id`,
        withSubscriber(INVOICES).map((row) => [...row, tag, branch]),
      ),
      payments: await insert(
        `INSERT INTO payments (owner_id, owner_path, subscriber_id, amount, method, created_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        withSubscriber(PAYMENTS),
      ),
      ledger: await insert(
        `INSERT INTO ledger_entries (owner_id, owner_path, subscriber_id, amount, at, kind, balance_after) VALUES ($1, $2, $3, $4, $5, 'test', 0) RETURNING id`,
        withSubscriber(LEDGER),
      ),
      audit: await insert(
        `INSERT INTO audit_log (principal_id, principal_path, target_id, at, actor_name, action, target_type, target_path, reach_path)
         VALUES ($1, $2, $3, $4, 'Seed', 'keyset.seed', 'subscriber', $2, $2) RETURNING id`,
        withSubscriber(AUDIT),
      ),
    },
  };
}

let a: Tenant;
let b: Tenant;

beforeAll(async () => {
  ({ api, db } = await openApi({}, { admin: false }));
  a = await tenant('a');
  b = await tenant('b');
});
afterAll(() => api.close());

/** The order the API must give: by (value, id), NULL after every value, reversed for `-`; the default is id, newest first. */
function expectedOrder(ids: number[], values: (string | null)[] | undefined, descending: boolean): number[] {
  const key = (i: number) => values?.[i] ?? null;
  const compare = (x: number, y: number) => {
    const [vx, vy] = [key(x), key(y)];
    const byValue = vx === vy ? 0 : vx === null ? 1 : vy === null ? -1 : /^-?\d+\.\d\d$/.test(vx) ? Number(vx) - Number(vy) : vx < vy ? -1 : 1;
    return byValue || ids[x] - ids[y];
  };
  const order = ids.map((_, i) => i).sort(compare);
  return (descending ? order.reverse() : order).map((i) => ids[i]);
}

interface Page {
  items: { id: number }[];
  nextCursor: string | null;
  prevCursor: string | null;
  total: number;
  totalCapped: boolean;
}
const idsOf = (page: Page) => page.items.map((item) => item.id);

async function pageOf(client: ApiClient, path: string, params: Record<string, string | undefined>): Promise<Page> {
  const query = new URLSearchParams(Object.entries(params).filter((entry): entry is [string, string] => entry[1] !== undefined));
  const res = await client.get(`${path}?${query}`);
  expect(res.status).toBe(200);
  return res.body;
}

/** Each list, its seeded values and the filter to the seeded rows (a signed-in reseller also reads its own sign-in in the audit log). */
const LISTS = [
  ['/subscribers', 'subscribers', SUBSCRIBERS, {}],
  ['/invoices', 'invoices', INVOICES, {}],
  ['/payments', 'payments', PAYMENTS, {}],
  ['/ledger', 'ledger', LEDGER, {}],
  ['/audit', 'audit', AUDIT, { action: 'keyset.seed' }],
] as const;
const ORDERS = LISTS.flatMap(([path, list, values, seeded]) => [
  [path, list, undefined, seeded] as const,
  ...Object.keys(values).flatMap((field) => [[path, list, field, seeded] as const, [path, list, `-${field}`, seeded] as const]),
]);

describe.each(ORDERS)('GET %s (%s) sort=%s', (path, list, sort, seeded) => {
  it('pages forward through every row once, and back with prevCursor through the same pages', async () => {
    const descending = sort === undefined || sort.startsWith('-');
    const field = sort?.replace('-', '');
    const values = field === undefined ? undefined : (LISTS.find(([, name]) => name === list)![2] as Values)[field];
    const expected = expectedOrder(a.ids[list], values, descending);
    const limit = '2';

    const forward = [await pageOf(a.client, path, { ...seeded, sort, limit })];
    while (forward.at(-1)!.nextCursor) forward.push(await pageOf(a.client, path, { ...seeded, sort, limit, cursor: forward.at(-1)!.nextCursor! }));
    expect(forward.flatMap(idsOf)).toEqual(expected);
    expect(forward.map((page) => page.items.length)).toEqual([2, 2, 2, 1]);
    expect(forward[0].prevCursor).toBeNull();
    for (const page of forward) expect([page.total, page.totalCapped]).toEqual([7, false]);

    // Back from the last page: each prevCursor gives the page before, whose nextCursor gives the page it came from.
    for (let i = forward.length - 1; i > 0; i--) {
      expect(forward[i].prevCursor).toEqual(expect.any(String));
      const before = await pageOf(a.client, path, { ...seeded, sort, limit, cursor: forward[i].prevCursor! });
      expect(idsOf(before)).toEqual(idsOf(forward[i - 1]));
      expect(before.prevCursor === null).toBe(i === 1);
      expect(idsOf(await pageOf(a.client, path, { ...seeded, sort, limit, cursor: before.nextCursor! }))).toEqual(idsOf(forward[i]));
    }
  });
});

describe('scope holds in items and totals', () => {
  it.each(LISTS)('GET %s shows and counts the caller’s own rows only, never another tenant’s', async (path, list, _values, seeded) => {
    for (const { client, ids } of [a, b]) {
      const page = await pageOf(client, path, { ...seeded, limit: '200' });
      expect(idsOf(page).sort((x, y) => x - y)).toEqual(ids[list]);
      expect([page.total, page.totalCapped]).toEqual([7, false]);
    }
  });

  it('totals follow the filters', async () => {
    expect((await pageOf(a.client, '/subscribers', { status: 'active' })).total).toBe(4);
    expect((await pageOf(a.client, '/invoices', { period: '2026-01', limit: '1' })).total).toBe(3);
    expect((await pageOf(a.client, '/payments', { method: 'cash', limit: '1' })).total).toBe(3);
    expect((await pageOf(a.client, '/ledger', { from: T1a, to: T2 })).total).toBe(3);
    expect((await pageOf(a.client, '/audit', { action: 'keyset.seed', to: T1b })).total).toBe(4);
  });

  it.each(LISTS)('GET %s past its last row is an empty page that still carries the total', async (path, list, _values, seeded) => {
    const afterOldest = Buffer.from(JSON.stringify({ sort: null, dir: 'after', value: null, id: Math.min(...a.ids[list]) })).toString('base64url');
    const page = await pageOf(a.client, path, { ...seeded, cursor: afterOldest });
    expect([page.items.length, page.total, page.totalCapped, page.nextCursor]).toEqual([0, 7, false, null]);
  });

  it('a subscriber or invoice list’s total (from the running totals, or counted when searched or narrowed) is what it lists, for every scope and filter', async () => {
    const reseller = await makeAccount(db, 3, { permissions: allowedKeysForType(3) });
    const sub = await makeAccount(db, 4, { parentId: reseller.id, permissions: allowedKeysForType(4) });
    const retailer = await makeAccount(db, 5, { parentId: sub.id, permissions: allowedKeysForType(5) });
    const [direct, subtree] = [await makeAccount(db, 6, { parentId: reseller.id }), await makeAccount(db, 6, { parentId: reseller.id })];
    await db.query(
      `INSERT INTO role_permissions (role_id, permission) SELECT r, k FROM unnest($1::int[]) r, unnest(ARRAY['subscriber_module', 'accounting_module', 'invoice_module']) k`,
      [[direct.roleId, subtree.roleId]],
    );
    await db.query(`UPDATE accounts SET scope = CASE id WHEN $1 THEN 'direct' ELSE 'subtree' END WHERE id IN ($1, $2)`, [direct.id, subtree.id]);
    const owners = [reseller, sub, sub, retailer, retailer, retailer];
    const subscribers: number[] = [];
    for (const [i, owner] of owners.entries()) {
      subscribers.push(await makeSubscriber(db, owner.id, { status: i % 2 ? 'suspended' : 'active', name: i < 3 ? `Needle ${i}` : `Hay ${i}` }));
      // Two invoices each: periods 2026-01 and 2026-02, every third one paid and the fifth void.
      for (const period of ['2026-01', '2026-02']) {
        const n = 2 * i + (period === '2026-02' ? 1 : 0);
        await insertInvoice(db, subscribers[i], '10.00', { period, status: n === 5 ? 'void' : n % 3 ? 'open' : 'paid', at: `${period}-1${i}T00:00:00Z` });
      }
    }
    // Moved with its invoices, then one deleted with its own: the running totals follow every change.
    const moved = await makeSubscriber(db, retailer.id);
    await insertInvoice(db, moved, '5.00', { period: '2026-01' });
    await db.query(`UPDATE subscribers SET owner_id = $2, owner_path = $3 WHERE id = $1`, [moved, sub.id, sub.path]);
    await db.query(`UPDATE invoices SET owner_id = $2, owner_path = $3 WHERE subscriber_id = $1`, [moved, sub.id, sub.path]);
    const deleted = await makeSubscriber(db, sub.id);
    await insertInvoice(db, deleted, '5.00', { period: '2026-01' });
    await db.query(`DELETE FROM invoices WHERE subscriber_id = $1`, [deleted]);
    await db.query(`DELETE FROM subscribers WHERE id = $1`, [deleted]);

    const listed = async (client: ApiClient, path: string, params: Record<string, string>) => {
      const ids: number[] = [];
      let page = await pageOf(client, path, { ...params, limit: '2' });
      const { total, totalCapped } = page;
      for (ids.push(...idsOf(page)); page.nextCursor; ids.push(...idsOf(page))) {
        page = await pageOf(client, path, { ...params, limit: '2', cursor: page.nextCursor });
        expect([page.total, page.totalCapped]).toEqual([total, totalCapped]);
      }
      return { total, listed: ids.length };
    };
    const cases: [MadeAccount, string, Record<string, string>, number][] = [
      [reseller, '/subscribers', {}, 7],
      [reseller, '/subscribers', { status: 'suspended' }, 3],
      [reseller, '/subscribers', { ownerId: String(sub.id) }, 3],
      [reseller, '/subscribers', { ownerId: String(sub.id), status: 'active' }, 2],
      [reseller, '/subscribers', { ownerId: String(b.reseller.id) }, 0],
      [reseller, '/subscribers', { q: 'needle' }, 3],
      [reseller, '/subscribers', { q: 'needle', status: 'active' }, 2],
      [sub, '/subscribers', {}, 6],
      [retailer, '/subscribers', {}, 3],
      [direct, '/subscribers', {}, 1],
      [direct, '/subscribers', { ownerId: String(sub.id) }, 0],
      [subtree, '/subscribers', { status: 'active' }, 4],
      [reseller, '/invoices', {}, 13],
      [reseller, '/invoices', { status: 'paid' }, 4],
      [reseller, '/invoices', { status: 'void' }, 1],
      [reseller, '/invoices', { period: '2026-01' }, 7],
      [reseller, '/invoices', { period: '2026-02', status: 'open' }, 3],
      [reseller, '/invoices', { subscriberId: String(moved) }, 1],
      [reseller, '/invoices', { from: '2026-01-12T00:00:00Z', to: '2026-02-01T00:00:00Z' }, 4],
      [sub, '/invoices', {}, 11],
      [sub, '/invoices', { status: 'open', period: '2026-01' }, 5],
      [retailer, '/invoices', { period: '2026-02' }, 3],
      [direct, '/invoices', {}, 2],
      [subtree, '/invoices', { status: 'open' }, 8],
    ];
    for (const [account, path, params, expected] of cases) {
      expect({ account: account.type, path, params, ...(await listed(await signIn(account), path, params)) }).toEqual({
        account: account.type,
        path,
        params,
        total: expected,
        listed: expected,
      });
    }
  });

  it('counts up to 10,000: beyond, total is 10000 and totalCapped is true; the other tenants’ counts stay exact', async () => {
    const big = await makeAccount(db, 3, { permissions: allowedKeysForType(3) });
    await db.query(
      `INSERT INTO subscribers (owner_id, owner_path, name, username, status)
       SELECT $1, $2, 'Many ' || n, 'many' || $1::int || '.' || n, CASE WHEN n <= 3 THEN 'suspended' ELSE 'active' END FROM generate_series(1, 10005) n`,
      [big.id, big.path],
    );
    const client = await signIn(big);
    const page = await pageOf(client, '/subscribers', { limit: '5' });
    expect([page.items.length, page.total, page.totalCapped]).toEqual([5, 10000, true]);
    expect(await pageOf(client, '/subscribers', { status: 'suspended' })).toMatchObject({ total: 3, totalCapped: false });
    expect(await pageOf(a.client, '/subscribers', {})).toMatchObject({ total: 7, totalCapped: false });
  });

  it('an audit query once past 10,000 stays past it (the log only grows): its pages are not counted again', async () => {
    const big = await makeAccount(db, 3, { permissions: allowedKeysForType(3) });
    await db.query(
      `INSERT INTO audit_log (principal_id, principal_path, target_id, actor_name, action, target_type, target_path, reach_path)
       SELECT $1, $2, n::text, 'Seed', 'keyset.many', 'subscriber', $2, $2 FROM generate_series(1, 10005) n`,
      [big.id, big.path],
    );
    const client = await signIn(big);
    const statements = jest.spyOn(db, 'query');
    const counted = async (params: Record<string, string>) => {
      statements.mockClear();
      const page = await pageOf(client, '/audit', { action: 'keyset.many', limit: '5', ...params });
      return [
        page.items.length,
        page.total,
        page.totalCapped,
        statements.mock.calls.filter(([sql]) => (typeof sql === 'string' ? sql : (sql as { text: string }).text).includes('count(*)')).length,
      ];
    };
    try {
      expect(await counted({})).toEqual([5, 10000, true, 1]);
      expect(await counted({})).toEqual([5, 10000, true, 0]);
      const { nextCursor } = await pageOf(client, '/audit', { action: 'keyset.many', limit: '5' });
      expect(await counted({ cursor: nextCursor! })).toEqual([5, 10000, true, 0]);
      // Another query of the same caller is its own: under the cap it is counted (beside its page), exactly.
      expect(await counted({ targetId: '7' })).toEqual([1, 1, false, 1]);
      expect(await counted({ to: '2000-01-01T00:00:00Z' })).toEqual([0, 0, false, 1]);
    } finally {
      statements.mockRestore();
    }
  });
});

describe('hostile cursors and sorts are 400, never 500', () => {
  const cursor = (value: unknown) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');
  const NOT_A_CURSOR = 'cursor is not a cursor of this list';
  const expectRefused = (res: { body: any }, message: string) => {
    expect(res.body).toEqual({ statusCode: 400, error: 'Bad Request', code: 'VALIDATION_FAILED', message: expect.anything() });
    expect([res.body.message].flat().join('\n')).toContain(message);
  };

  it.each([
    ['not base64url', '!!!', NOT_A_CURSOR],
    ['not JSON', 'abc', NOT_A_CURSOR],
    ['JSON null', cursor('null'), NOT_A_CURSOR],
    ['an array', cursor([null, 'after', null, 1]), NOT_A_CURSOR],
    ['a number id as text', cursor({ sort: null, dir: 'after', value: null, id: '5' }), NOT_A_CURSOR],
    ['id 0', cursor({ sort: null, dir: 'after', value: null, id: 0 }), NOT_A_CURSOR],
    ['a fractional id', cursor({ sort: null, dir: 'after', value: null, id: 1.5 }), NOT_A_CURSOR],
    ['an id beyond 2^53', cursor({ sort: null, dir: 'after', value: null, id: 2 ** 60 }), NOT_A_CURSOR],
    ['another direction', cursor({ sort: null, dir: 'sideways', value: null, id: 1 }), NOT_A_CURSOR],
    ['an extra key', cursor({ sort: null, dir: 'after', value: null, id: 1, offset: 5 }), NOT_A_CURSOR],
    ['a missing key', cursor({ sort: null, dir: 'after', id: 1 }), NOT_A_CURSOR],
    ['a value in the default order', cursor({ sort: null, dir: 'after', value: 'x', id: 1 }), NOT_A_CURSOR],
    ['another sort', cursor({ sort: 'name', dir: 'after', value: 'x', id: 1 }), 'cursor was made for another sort'],
    ['too long', 'a'.repeat(1001), 'cursor must be shorter than or equal to 1000 characters'],
  ])('GET /subscribers with a cursor that is %s', async (_what, value, message) => {
    expectRefused(await a.client.get(`/subscribers?cursor=${encodeURIComponent(value)}`), message);
  });

  it.each([
    ['/subscribers?sort=createdAt', { sort: '-createdAt', dir: 'after', value: T1a, id: 1 }, 'cursor was made for another sort'],
    ['/subscribers?sort=createdAt', { sort: 'createdAt', dir: 'after', value: null, id: 1 }, NOT_A_CURSOR],
    ['/subscribers?sort=createdAt', { sort: 'createdAt', dir: 'after', value: '2026-13-01T00:00:00.000000Z', id: 1 }, NOT_A_CURSOR],
    ['/subscribers?sort=createdAt', { sort: 'createdAt', dir: 'after', value: 'yesterday', id: 1 }, NOT_A_CURSOR],
    ['/subscribers?sort=name', { sort: 'name', dir: 'before', value: 'a\u0000b', id: 1 }, NOT_A_CURSOR],
    ['/invoices?sort=amount', { sort: 'amount', dir: 'after', value: '1e5', id: 1 }, NOT_A_CURSOR],
    ['/ledger?sort=-amount', { sort: '-amount', dir: 'after', value: '99999999999999999.00', id: 1 }, NOT_A_CURSOR],
    ['/audit?sort=at', { sort: 'at', dir: 'after', value: 12, id: 1 }, NOT_A_CURSOR],
  ])('GET %s with a forged cursor %j', async (url, forged, message) => {
    expectRefused(await a.client.get(`${url}&cursor=${cursor(forged)}`), message);
  });

  it.each(['/subscribers', '/invoices', '/payments', '/ledger', '/audit'])('GET %s after an id past 32 bits is a page, not a failed cast', async (path) => {
    const res = await a.client.get(`${path}?cursor=${cursor({ sort: null, dir: 'after', value: null, id: 2 ** 40 })}`);
    expect(res.status).toBe(200);
    expect(res.body.total).toBeGreaterThan(0);
  });

  it('a cursor of one sort is refused by another', async () => {
    const { nextCursor } = await pageOf(a.client, '/invoices', { sort: 'amount', limit: '1' });
    expectRefused(await a.client.get(`/invoices?sort=-amount&cursor=${nextCursor}`), 'cursor was made for another sort');
    expectRefused(await a.client.get(`/invoices?cursor=${nextCursor}`), 'cursor was made for another sort');
  });

  it('NULL is a cursor value only where the column may be NULL', async () => {
    const nullCursor = cursor({ sort: '-dueAt', dir: 'after', value: null, id: a.ids.invoices[6] });
    expect((await a.client.get(`/invoices?sort=-dueAt&cursor=${nullCursor}`)).status).toBe(200);
  });

  it.each([
    ['/subscribers', 'id', 'sort must be one of createdAt, -createdAt, name, -name, username, -username, status, -status, expiresAt, -expiresAt'],
    ['/subscribers', 'balance', 'sort must be one of'],
    ['/invoices', '--amount', 'sort must be one of createdAt, -createdAt, number, -number, period, -period, amount, -amount, status, -status, dueAt, -dueAt'],
    ['/payments', 'status', 'sort must be one of createdAt, -createdAt, amount, -amount, method, -method'],
    ['/ledger', 'createdAt', 'sort must be one of at, -at, amount, -amount'],
    ['/audit', 'at,id', 'sort must be one of at, -at'],
    ['/audit', '', 'sort must be one of at, -at'],
  ])('GET %s?sort=%s', async (path, sort, message) => {
    expectRefused(await a.client.get(`${path}?sort=${encodeURIComponent(sort)}`), message);
  });
});

describe('R10 in the types', () => {
  it('a list query takes its WHERE only from a scope condition', () => {
    // @ts-expect-error a plain string is no scope: the WHERE is a ScopedWhere, made only from scopedSql or auditReachSql
    const unscoped: KeysetQuery = { select: 's.id', from: 'subscribers s', where: 's.id > 0' };
    // @ts-expect-error nor can a ScopedWhere be made from one
    const made = () => new ScopedWhere(() => 's.id > 0');
    expect([unscoped.where, typeof made]).toEqual(['s.id > 0', 'function']);
  });
});
