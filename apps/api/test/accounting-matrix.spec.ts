import { ACCOUNT_TYPES, AccountType, allowedKeysForType, isAllowedForType, PermissionKey } from '@tiergate/access';
import { DataSource } from 'typeorm';
import { AuthzService } from '../src/access/authz.service';
import { ADMIN_EMAIL, ADMIN_PASSWORD, ApiClient, openApi, TestApi } from './support/harness';
import { makeAccount, MadeAccount, makeSubscriber, PASSWORD } from './support/factories';
import { insertInvoice, insertPayment } from './support/money-rows';

/**
 * The permission-and-scope matrix of issue 9 (API.md "Accounting"), as scope-matrix.spec.ts does it for the rest:
 * every accounting endpoint for each of the 8 account types, with and without its permission, on a record
 * inside and outside the caller's scope. Callers live in tree A (Admin → reseller A → sub-reseller A → retailer A,
 * a direct-scope manager at every level); "outside" is tree B. The policy: 403 without the key, 404 outside the
 * scope, the endpoint's success status otherwise.
 */

type Family = 'subscriber' | 'account' | 'job' | 'global';
interface Cell {
  method: string;
  url: string;
  body?: unknown;
}
interface Endpoint {
  route: string;
  keys: PermissionKey[];
  family: Family;
  ok: number;
  target: (ctx: Context, inScope: boolean) => Promise<Cell>;
}
interface Context {
  type: AccountType;
  principal: MadeAccount;
  client: ApiClient;
}

let api: TestApi;
let db: DataSource;
let admin: MadeAccount;
let resellerBClient: ApiClient;
const tree: Record<'A' | 'B', { reseller: MadeAccount; sub: MadeAccount; retailer: MadeAccount }> = {} as never;
const callers = new Map<AccountType, { account: MadeAccount; principal: MadeAccount; client: ApiClient }>();
/** The current UTC month: always within the billing window (R14). */
const PERIOD = new Date().toISOString().slice(0, 7);

const fullRole = (type: AccountType, parentId?: number) => makeAccount(db, type, { parentId, permissions: allowedKeysForType(type) });

beforeAll(async () => {
  ({ api, db } = await openApi({}, { admin: false }));
  const [{ id }] = await db.query(`SELECT id FROM accounts WHERE type = 1`);
  admin = { id, email: ADMIN_EMAIL, roleId: 0, path: `/${id}/`, type: 1 };
  for (const side of ['A', 'B'] as const) {
    const reseller = await fullRole(3);
    const sub = await fullRole(4, reseller.id);
    const retailer = await fullRole(5, sub.id);
    tree[side] = { reseller, sub, retailer };
  }
  resellerBClient = await api.login(tree.B.reseller.email, PASSWORD);
  const a = tree.A;
  const principals: Record<AccountType, MadeAccount> = { 1: admin, 2: admin, 3: a.reseller, 4: a.sub, 5: a.retailer, 6: a.reseller, 7: a.sub, 8: a.retailer };
  for (const type of ACCOUNT_TYPES) {
    const principal = principals[type];
    const account = type === 1 ? admin : [3, 4, 5].includes(type) ? principal : await fullRole(type, principal.id);
    const client = type === 1 ? await api.login(ADMIN_EMAIL, ADMIN_PASSWORD) : await api.login(account.email, PASSWORD);
    callers.set(type, { account, principal, client });
  }
});
afterAll(() => api.close());

const owner = (ctx: Context, inScope: boolean) => (inScope ? ctx.principal.id : tree.B.reseller.id);
const subscriber = (ctx: Context, inScope: boolean) => makeSubscriber(db, owner(ctx, inScope));
const invoice = async (ctx: Context, inScope: boolean) => insertInvoice(db, await subscriber(ctx, inScope), '100.00');
const payment = async (ctx: Context, inScope: boolean) => insertPayment(db, await subscriber(ctx, inScope), '25.00');

/** The operator one level below the principal (none below a retailer: its manager, which has no balance), or one of tree B. */
async function operatorBelow(ctx: Context, inScope: boolean): Promise<number> {
  const parentId = inScope ? ctx.principal.id : tree.B.reseller.id;
  const childType = ({ 1: 3, 3: 4, 4: 5 } as Partial<Record<AccountType, AccountType>>)[inScope ? ctx.principal.type : AccountType.Reseller];
  const account = await makeAccount(db, childType ?? AccountType.RetailerStaff, { parentId: parentId === admin.id ? undefined : parentId });
  await db.query(`UPDATE accounts SET balance = 100 WHERE id = $1 AND type IN (3, 4, 5)`, [account.id]);
  return account.id;
}

/** A generation run of the caller's own scope (started before its permission is taken away), or reseller B's. */
async function generationJob(ctx: Context, inScope: boolean): Promise<string> {
  const res = await (inScope ? ctx.client : resellerBClient).post('/invoices/generate-monthly', { period: PERIOD });
  if (res.status !== 202) throw new Error(`generate-monthly: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.jobId;
}

const ENDPOINTS: Endpoint[] = [
  {
    route: 'POST /subscribers/:id/invoices',
    keys: ['subscriber_invoice'],
    family: 'subscriber',
    ok: 201,
    target: async (c, i) => ({ method: 'POST', url: `/subscribers/${await subscriber(c, i)}/invoices`, body: { amount: '10.00' } }),
  },
  { route: 'GET /invoices', keys: ['invoice_module'], family: 'global', ok: 200, target: async () => ({ method: 'GET', url: '/invoices' }) },
  {
    route: 'POST /invoices/generate-monthly',
    keys: ['generate_invoice'],
    family: 'global',
    ok: 202,
    target: async () => ({ method: 'POST', url: '/invoices/generate-monthly', body: { period: PERIOD } }),
  },
  {
    route: 'GET /invoices/jobs/:jobId',
    keys: ['generate_invoice'],
    family: 'job',
    ok: 200,
    target: async (c, i) => ({ method: 'GET', url: `/invoices/jobs/${encodeURIComponent(await generationJob(c, i))}` }),
  },
  {
    route: 'PATCH /invoices/:id',
    keys: ['edit_invoice'],
    family: 'subscriber',
    ok: 200,
    target: async (c, i) => ({ method: 'PATCH', url: `/invoices/${await invoice(c, i)}`, body: { amount: '12.00' } }),
  },
  // API.md leaves the status of a void open; the invoice engineers answer 200 with the voided invoice.
  {
    route: 'DELETE /invoices/:id',
    keys: ['delete_invoice'],
    family: 'subscriber',
    ok: 200,
    target: async (c, i) => ({ method: 'DELETE', url: `/invoices/${await invoice(c, i)}` }),
  },
  {
    route: 'POST /subscribers/:id/payments',
    keys: ['subscriber_payment'],
    family: 'subscriber',
    ok: 201,
    target: async (c, i) => ({ method: 'POST', url: `/subscribers/${await subscriber(c, i)}/payments`, body: { amount: '5.00', method: 'cash' } }),
  },
  { route: 'GET /payments', keys: ['payment_module'], family: 'global', ok: 200, target: async () => ({ method: 'GET', url: '/payments' }) },
  {
    route: 'DELETE /payments/:id',
    keys: ['delete_payment'],
    family: 'subscriber',
    ok: 204,
    target: async (c, i) => ({ method: 'DELETE', url: `/payments/${await payment(c, i)}` }),
  },
  // A deduction: it never needs the payer to have credit, so every caller can succeed.
  {
    route: 'POST /users/:id/balance',
    keys: ['add_balance'],
    family: 'account',
    ok: 200,
    target: async (c, i) => ({ method: 'POST', url: `/users/${await operatorBelow(c, i)}/balance`, body: { amount: '-1.00' } }),
  },
  { route: 'GET /ledger', keys: ['ledger_module'], family: 'global', ok: 200, target: async () => ({ method: 'GET', url: '/ledger' }) },
  { route: 'GET /reports/summary', keys: ['reports_module'], family: 'global', ok: 200, target: async () => ({ method: 'GET', url: '/reports/summary' }) },
  {
    route: 'GET /reports/summary.csv',
    keys: ['reports_module'],
    family: 'global',
    ok: 200,
    target: async () => ({ method: 'GET', url: '/reports/summary.csv' }),
  },
];

/** Does a caller of this type reach tree B's record of this family? (R10, R11; a generation run is its scope's own) */
function reachesOutside(type: AccountType, family: Family): boolean {
  if (family === 'global') return true;
  if (family === 'subscriber') return type === AccountType.Admin; // the Admin's staff see its direct subscribers only
  if (family === 'account') return type === AccountType.Admin || type === AccountType.Staff;
  return false;
}

const RETAILER_SIDE = [AccountType.Retailer, AccountType.RetailerStaff];

function expected(endpoint: Endpoint, type: AccountType, withPermission: boolean, inScope: boolean): number {
  if (!withPermission || !endpoint.keys.some((k) => isAllowedForType(k, type))) return 403;
  if (!inScope && !reachesOutside(type, endpoint.family)) return 404;
  // Below a retailer there is no operator: the account in reach is its manager, which carries no balance.
  if (inScope && endpoint.route === 'POST /users/:id/balance' && RETAILER_SIDE.includes(type)) return 400;
  return endpoint.ok;
}

const CASES = ENDPOINTS.flatMap((e) =>
  ACCOUNT_TYPES.flatMap((type) => [true, false].flatMap((withPermission) => [true, false].map((inScope) => [e.route, type, withPermission, inScope] as const))),
);

it.each(CASES)('%s as type %i, with permission: %s, inside scope: %s', async (route, type, withPermission, inScope) => {
  const endpoint = ENDPOINTS.find((e) => e.route === route)!;
  const caller = callers.get(type)!;
  const cell = await endpoint.target({ type, principal: caller.principal, client: caller.client }, inScope);
  if (!withPermission) await setRevokes(caller.account.id, endpoint.keys);
  try {
    const res = await caller.client.request(cell.method, cell.url, cell.body);
    expect({ status: res.status, message: res.body?.message }).toEqual(expect.objectContaining({ status: expected(endpoint, type, withPermission, inScope) }));
  } finally {
    if (!withPermission) await setRevokes(caller.account.id, []);
  }
});

/** GET /dashboard needs only a sign-in; what it shows depends on the home_* keys (all of them, or none), and tickets on ticket_module. */
const HOME_KEYS = allowedKeysForType(AccountType.Admin).filter((k) => k.startsWith('home_'));
it.each(ACCOUNT_TYPES.flatMap((type) => [true, false].map((withKeys) => [type, withKeys] as const)))(
  'GET /dashboard as type %i, with the home_* keys: %s',
  async (type, withKeys) => {
    const caller = callers.get(type)!;
    if (!withKeys) await setRevokes(caller.account.id, HOME_KEYS);
    try {
      const res = await caller.client.get('/dashboard');
      expect(res.status).toBe(200);
      const shown = withKeys ? ['accounting', 'expiring', 'payments', 'sales', 'subscribers', 'tickets', 'users'] : ['tickets'];
      expect(Object.keys(res.body).sort()).toEqual(shown);
    } finally {
      if (!withKeys) await setRevokes(caller.account.id, []);
    }
  },
);

async function setRevokes(accountId: number, keys: PermissionKey[]) {
  await db.query(`DELETE FROM account_permissions WHERE account_id = $1`, [accountId]);
  if (keys.length)
    await db.query(`INSERT INTO account_permissions (account_id, permission, effect) SELECT $1, unnest($2::text[]), 'revoke'`, [accountId, keys]);
  await api.app.get(AuthzService).changed();
}
