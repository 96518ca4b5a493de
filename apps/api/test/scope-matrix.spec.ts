import { ACCOUNT_TYPES, AccountType, allowedKeysForType, isAllowedForType, PermissionKey } from '@tiergate/access';
import { DataSource } from 'typeorm';
import { AuthzService } from '../src/access/authz.service';
import { ADMIN_EMAIL, ADMIN_PASSWORD, ApiClient, openApi, TestApi } from './support/harness';
import { makeAccount, MadeAccount, makePackage, makeSubscriber, PASSWORD } from './support/factories';

/**
 * The permission-and-scope matrix: every endpoint of roles, users, packages, subscribers, audit and me, for each
 * of the 8 account types, with and without the endpoint's permission, on a record inside and outside the
 * caller's scope. Callers live in tree A (Admin → reseller A → subreseller A → retailer A, a manager at every
 * level); "outside" is tree B (reseller B's records). The expected status of every cell is computed from the
 * small table below, which is the policy: 403 without the key (or when the type can never hold it),
 * 404 outside the scope, the endpoint's success status otherwise.
 */

type Family = 'subscriber' | 'account' | 'role' | 'global';
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
  /** The staff type its principal parents, the role type its principal creates for them. */
  staffType: AccountType;
}

const STAFF_TYPE_OF: Partial<Record<AccountType, AccountType>> = { 1: 2, 3: 6, 4: 7, 5: 8 };

let api: TestApi;
let db: DataSource;
let admin: MadeAccount;
const tree: Record<'A' | 'B', { reseller: MadeAccount; sub: MadeAccount; retailer: MadeAccount }> = {} as never;
const callers = new Map<AccountType, { account: MadeAccount; principal: MadeAccount; client: ApiClient }>();

async function fullRole(type: AccountType, ownerId?: number) {
  return makeAccount(db, type, { parentId: ownerId, permissions: allowedKeysForType(type) });
}

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

/** A fresh role of the principal's staff type owned by `owner` (inside) or by reseller B (outside). */
async function role(ctx: Context, inScope: boolean): Promise<number> {
  const owner = inScope ? ctx.principal : tree.B.reseller;
  const type = inScope ? ctx.staffType : AccountType.ResellerStaff;
  const [{ id }] = await db.query(
    `INSERT INTO roles (branch_id, name, display_name, type, owner_id, defaults_status) SELECT branch_id, $1, 'x', $2, $3, 'skipped' FROM accounts WHERE id = $3 RETURNING id`,
    [`branch-matrix${Math.random().toString(36).slice(2)}`, type, owner.id],
  );
  return id;
}
async function staffAccount(ctx: Context, inScope: boolean): Promise<number> {
  const parent = inScope ? ctx.principal : tree.B.reseller;
  return (await makeAccount(db, inScope ? ctx.staffType : AccountType.ResellerStaff, { parentId: parent.id === admin.id ? undefined : parent.id })).id;
}
const subscriber = (inScope: boolean, ctx: Context, status?: 'suspended') => makeSubscriber(db, inScope ? ctx.principal.id : tree.B.reseller.id, { status });

const ENDPOINTS: Endpoint[] = [
  // Roles
  { route: 'GET /roles', keys: ['role_module'], family: 'global', ok: 200, target: async () => ({ method: 'GET', url: '/roles' }) },
  { route: 'GET /roles/:id', keys: ['role_module'], family: 'role', ok: 200, target: async (c, i) => ({ method: 'GET', url: `/roles/${await role(c, i)}` }) },
  {
    route: 'POST /roles',
    keys: ['add_role'],
    family: 'global',
    ok: 201,
    target: async (c) => ({ method: 'POST', url: '/roles', body: { name: `Matrix ${Math.random().toString(36).slice(2)}`, type: c.staffType } }),
  },
  {
    route: 'PATCH /roles/:id',
    keys: ['edit_role'],
    family: 'role',
    ok: 200,
    target: async (c, i) => ({ method: 'PATCH', url: `/roles/${await role(c, i)}`, body: { name: `Renamed ${Math.random().toString(36).slice(2)}` } }),
  },
  {
    route: 'PUT /roles/:id/permissions',
    keys: ['set_role_permission'],
    family: 'role',
    ok: 200,
    target: async (c, i) => ({ method: 'PUT', url: `/roles/${await role(c, i)}/permissions`, body: { permissions: [] } }),
  },
  {
    route: 'POST /roles/:id/copy',
    keys: ['copy_role'],
    family: 'role',
    ok: 201,
    target: async (c, i) => ({ method: 'POST', url: `/roles/${await role(c, i)}/copy` }),
  },
  {
    route: 'DELETE /roles/:id',
    keys: ['delete_role'],
    family: 'role',
    ok: 204,
    target: async (c, i) => ({ method: 'DELETE', url: `/roles/${await role(c, i)}` }),
  },
  // Accounts
  { route: 'GET /users', keys: ['user_module'], family: 'global', ok: 200, target: async () => ({ method: 'GET', url: '/users' }) },
  {
    route: 'GET /users/:id',
    keys: ['user_profile'],
    family: 'account',
    ok: 200,
    target: async (c, i) => ({ method: 'GET', url: `/users/${await staffAccount(c, i)}` }),
  },
  {
    route: 'GET /users/:id/effective-permissions',
    keys: ['user_profile'],
    family: 'account',
    ok: 200,
    target: async (c, i) => ({ method: 'GET', url: `/users/${await staffAccount(c, i)}/effective-permissions` }),
  },
  {
    route: 'POST /users',
    keys: ['add_user'],
    family: 'account',
    ok: 201,
    target: async (c, i) => ({
      method: 'POST',
      url: '/users',
      body: {
        name: 'New manager',
        email: `m${Math.random().toString(36).slice(2)}@tiergate.test`,
        password: 'password-123',
        type: i ? c.staffType : 6,
        roleId: await role(c, i),
        ...(!i && { parentId: tree.B.reseller.id }),
      },
    }),
  },
  {
    route: 'PATCH /users/:id',
    keys: ['edit_user'],
    family: 'account',
    ok: 200,
    target: async (c, i) => ({ method: 'PATCH', url: `/users/${await staffAccount(c, i)}`, body: { name: 'Renamed' } }),
  },
  {
    route: 'PUT /users/:id/role',
    keys: ['change_user_role'],
    family: 'account',
    ok: 200,
    target: async (c, i) => ({ method: 'PUT', url: `/users/${await staffAccount(c, i)}/role`, body: { roleId: await role(c, i) } }),
  },
  {
    route: 'PUT /users/:id/permissions',
    keys: ['change_user_role'],
    family: 'account',
    ok: 200,
    target: async (c, i) => ({ method: 'PUT', url: `/users/${await staffAccount(c, i)}/permissions`, body: { grants: [], revokes: ['add_ticket'] } }),
  },
  {
    route: 'DELETE /users/:id',
    keys: ['delete_user'],
    family: 'account',
    ok: 204,
    target: async (c, i) => ({ method: 'DELETE', url: `/users/${await staffAccount(c, i)}` }),
  },
  // Packages
  {
    route: 'GET /packages',
    keys: ['package_module', 'add_subscriber', 'subscriber_package_change'],
    family: 'global',
    ok: 200,
    target: async () => ({ method: 'GET', url: '/packages' }),
  },
  {
    route: 'POST /packages',
    keys: ['add_package'],
    family: 'global',
    ok: 201,
    target: async () => ({ method: 'POST', url: '/packages', body: { name: `Plan ${Math.random()}`, price: 10, validityDays: 30 } }),
  },
  {
    route: 'PATCH /packages/:id',
    keys: ['edit_package'],
    family: 'global',
    ok: 200,
    target: async () => ({ method: 'PATCH', url: `/packages/${await makePackage(db)}`, body: { price: 20 } }),
  },
  {
    route: 'DELETE /packages/:id',
    keys: ['delete_package'],
    family: 'global',
    ok: 204,
    target: async () => ({ method: 'DELETE', url: `/packages/${await makePackage(db)}` }),
  },
  // Subscribers
  { route: 'GET /subscribers', keys: ['subscriber_module'], family: 'global', ok: 200, target: async () => ({ method: 'GET', url: '/subscribers' }) },
  {
    route: 'GET /subscribers/:id',
    keys: ['subscriber_profile'],
    family: 'subscriber',
    ok: 200,
    target: async (c, i) => ({ method: 'GET', url: `/subscribers/${await subscriber(i, c)}` }),
  },
  {
    route: 'POST /subscribers',
    keys: ['add_subscriber'],
    family: 'subscriber',
    ok: 201,
    target: async (_, i) => ({
      method: 'POST',
      url: '/subscribers',
      body: { username: `u${Math.random().toString(36).slice(2)}`, name: 'New', ...(!i && { ownerId: tree.B.reseller.id }) },
    }),
  },
  {
    route: 'PATCH /subscribers/:id',
    keys: ['edit_subscriber'],
    family: 'subscriber',
    ok: 200,
    target: async (c, i) => ({ method: 'PATCH', url: `/subscribers/${await subscriber(i, c)}`, body: { name: 'Renamed' } }),
  },
  {
    route: 'DELETE /subscribers/:id',
    keys: ['delete_subscriber'],
    family: 'subscriber',
    ok: 204,
    target: async (c, i) => ({ method: 'DELETE', url: `/subscribers/${await subscriber(i, c)}` }),
  },
  {
    route: 'POST /subscribers/:id/suspend',
    keys: ['subscriber_disconnection'],
    family: 'subscriber',
    ok: 200,
    target: async (c, i) => ({ method: 'POST', url: `/subscribers/${await subscriber(i, c)}/suspend` }),
  },
  {
    route: 'POST /subscribers/:id/reconnect',
    keys: ['subscriber_reconnection'],
    family: 'subscriber',
    ok: 200,
    target: async (c, i) => ({ method: 'POST', url: `/subscribers/${await subscriber(i, c, 'suspended')}/reconnect` }),
  },
  {
    route: 'POST /subscribers/:id/package',
    keys: ['subscriber_package_change'],
    family: 'subscriber',
    ok: 200,
    target: async (c, i) => ({ method: 'POST', url: `/subscribers/${await subscriber(i, c)}/package`, body: { packageId: await makePackage(db) } }),
  },
  {
    route: 'POST /subscribers/:id/extend',
    keys: ['subscriber_expiry_extend'],
    family: 'subscriber',
    ok: 200,
    target: async (c, i) => ({ method: 'POST', url: `/subscribers/${await subscriber(i, c)}/extend`, body: { days: 30 } }),
  },
  {
    route: 'GET /subscribers/:id/notes',
    keys: ['subscriber_notes'],
    family: 'subscriber',
    ok: 200,
    target: async (c, i) => ({ method: 'GET', url: `/subscribers/${await subscriber(i, c)}/notes` }),
  },
  {
    route: 'POST /subscribers/:id/notes',
    keys: ['subscriber_notes'],
    family: 'subscriber',
    ok: 201,
    target: async (c, i) => ({ method: 'POST', url: `/subscribers/${await subscriber(i, c)}/notes`, body: { body: 'Called' } }),
  },
  {
    route: 'GET /subscribers/:id/activity',
    keys: ['subscriber_activity_log'],
    family: 'subscriber',
    ok: 200,
    target: async (c, i) => ({ method: 'GET', url: `/subscribers/${await subscriber(i, c)}/activity` }),
  },
  // Audit
  { route: 'GET /audit', keys: ['activity_log'], family: 'global', ok: 200, target: async () => ({ method: 'GET', url: '/audit' }) },
  // The caller's own profile: no record of anyone else's is involved, so there is no outside
  {
    route: 'PATCH /me',
    keys: ['edit_my_profile'],
    family: 'global',
    ok: 200,
    target: async () => ({ method: 'PATCH', url: '/me', body: { phone: '+8801711111111' } }),
  },
  {
    route: 'POST /me/password',
    keys: ['my_profile_change_password'],
    family: 'global',
    ok: 204,
    // The same password again: every caller keeps signing in with what it has.
    target: async (c) => {
      const password = c.type === AccountType.Admin ? ADMIN_PASSWORD : PASSWORD;
      return { method: 'POST', url: '/me/password', body: { currentPassword: password, newPassword: password } };
    },
  },
];

/** Does a caller of this type reach tree B's record of this family? (R7, R10, R11) */
function reachesOutside(type: AccountType, family: Family): boolean {
  if (family === 'global') return true;
  if (family === 'subscriber') return type === AccountType.Admin; // the Admin's staff see its direct subscribers only
  return type === AccountType.Admin || type === AccountType.Staff; // accounts and roles below the Admin
}

function expected(endpoint: Endpoint, type: AccountType, withPermission: boolean, inScope: boolean): number {
  if (!withPermission || !endpoint.keys.some((k) => isAllowedForType(k, type))) return 403;
  if (inScope || reachesOutside(type, endpoint.family)) {
    // An Admin-side caller sees reseller B's staff role but may not copy that type (R4).
    if (!inScope && endpoint.route === 'POST /roles/:id/copy') return 403;
    // The Admin's staff (direct scope, like every manager here) creates only its principal's managers (R11).
    if (!inScope && endpoint.route === 'POST /users' && type === AccountType.Staff) return 403;
    return endpoint.ok;
  }
  return 404;
}

const CASES = ENDPOINTS.flatMap((e) =>
  ACCOUNT_TYPES.flatMap((type) => [true, false].flatMap((withPermission) => [true, false].map((inScope) => [e.route, type, withPermission, inScope] as const))),
);

it.each(CASES)('%s as type %i, with permission: %s, inside scope: %s', async (route, type, withPermission, inScope) => {
  const endpoint = ENDPOINTS.find((e) => e.route === route)!;
  const caller = callers.get(type)!;
  const ctx: Context = { type, principal: caller.principal, staffType: STAFF_TYPE_OF[caller.principal.type]! };
  const cell = await endpoint.target(ctx, inScope);
  if (!withPermission) await setRevokes(caller.account.id, endpoint.keys);
  try {
    const res = await caller.client.request(cell.method, cell.url, cell.body);
    expect({ status: res.status, message: res.body?.message }).toEqual(expect.objectContaining({ status: expected(endpoint, type, withPermission, inScope) }));
  } finally {
    if (!withPermission) await setRevokes(caller.account.id, []);
  }
});

/** Module switches belong to the Admin's account type, not to a permission: a full role of any other type is refused. */
it.each(ACCOUNT_TYPES)('GET and PUT /settings/modules as type %i', async (type) => {
  const { client } = callers.get(type)!;
  const status = type === AccountType.Admin ? 200 : 403;
  expect((await client.get('/settings/modules')).status).toBe(status);
  expect((await client.put('/settings/modules', { key: 'voucher_management', enabled: true })).status).toBe(status);
});

async function setRevokes(accountId: number, keys: PermissionKey[]) {
  await db.query(`DELETE FROM account_permissions WHERE account_id = $1`, [accountId]);
  if (keys.length)
    await db.query(`INSERT INTO account_permissions (account_id, permission, effect) SELECT $1, unnest($2::text[]), 'revoke'`, [accountId, keys]);
  await api.app.get(AuthzService).changed();
}
