import { PermissionKey } from '@tiergate/access';
import { DataSource } from 'typeorm';
import { ApiClient, openApi, TestApi } from './support/harness';
import { makeAccount, MadeAccount, makeSubscriber, PASSWORD } from './support/factories';

const MANAGER_KEYS: PermissionKey[] = [
  'user_module',
  'user_profile',
  'add_user',
  'edit_user',
  'delete_user',
  'change_user_role',
  'role_module',
  'add_role',
  'set_role_permission',
  'subscriber_module',
  'add_subscriber',
  'subscriber_profile',
];

let api: TestApi;
let db: DataSource;
let admin: ApiClient;

beforeAll(async () => {
  ({ api, db, admin } = await openApi());
});
afterAll(() => api.close());

const signIn = (a: MadeAccount) => api.login(a.email, PASSWORD);
/** The last change made to an account through the users API (its own sign-ins target it too). */
const lastAudit = async (targetId: number) =>
  (
    await db.query(
      `SELECT action, actor_id, changes FROM audit_log WHERE target_type = 'account' AND target_id = $1 AND action LIKE 'user.%' ORDER BY id DESC LIMIT 1`,
      [String(targetId)],
    )
  )[0];

async function resellerWithStaffRole() {
  const reseller = await makeAccount(db, 3, { permissions: MANAGER_KEYS });
  const client = await signIn(reseller);
  const { body: role } = await client.post('/roles', { name: `Desk ${Date.now()}${Math.random()}`.replace('.', ''), type: 6 });
  await client.put(`/roles/${role.id}/permissions`, { permissions: ['subscriber_module', 'subscriber_profile'] });
  return { reseller, client, role };
}

describe('creating managers and operators', () => {
  it('a reseller creates a manager under itself, who signs in and holds the role', async () => {
    const { reseller, client, role } = await resellerWithStaffRole();
    const res = await client.post('/users', {
      name: 'Desk Manager',
      email: 'Desk.Manager@Tiergate.test',
      password: 'manager-pass',
      phone: '+880 1700-000000',
      type: 6,
      roleId: role.id,
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      name: 'Desk Manager',
      email: 'desk.manager@tiergate.test',
      type: 6,
      typeName: 'Reseller Staff',
      parentId: reseller.id,
      principalId: reseller.id,
      status: 'active',
      scope: 'direct',
      role: { id: role.id },
      grants: [],
      revokes: [],
    });
    expect(res.body).not.toHaveProperty('balance');
    const manager = await api.login('desk.manager@tiergate.test', 'manager-pass');
    expect((await manager.get('/me')).body).toMatchObject({ type: 6, principalId: reseller.id, permissions: ['subscriber_module', 'subscriber_profile'] });
    expect(await lastAudit(res.body.id)).toMatchObject({
      action: 'user.create',
      actor_id: reseller.id,
      changes: { after: { email: 'desk.manager@tiergate.test', type: 6, roleId: role.id } },
    });
    expect(
      await client.post('/users', { name: 'Again', email: 'desk.manager@tiergate.test', password: 'manager-pass', type: 6, roleId: role.id }),
    ).toMatchObject({ status: 409, body: { code: 'DUPLICATE_EMAIL' } });
  });

  it('creates operators below: a sub-reseller under the reseller, with a balance', async () => {
    const { reseller, client } = await resellerWithStaffRole();
    const { body: subRole } = await client.post('/roles', { name: `Sub ${Date.now()}`, type: 4 });
    const res = await client.post('/users', {
      name: 'Sub One',
      email: `sub${Date.now()}@tiergate.test`,
      password: 'sub-password',
      type: 4,
      roleId: subRole.id,
    });
    expect(res).toMatchObject({ status: 201, body: { type: 4, parentId: reseller.id, principalId: res.body.id, balance: '0.00' } });
  });

  it('refuses a type the parent may not parent, a role of another type, a role above the caller, and a parent out of scope', async () => {
    const { reseller, client, role } = await resellerWithStaffRole();
    const other = await resellerWithStaffRole();
    const base = { name: 'X', email: `x${Date.now()}@tiergate.test`, password: 'password-1' };
    expect(await client.post('/users', { ...base, type: 5, roleId: role.id })).toMatchObject({
      status: 403,
      body: { message: 'A Retailer account cannot be created under a Reseller' },
    });
    expect(await client.post('/users', { ...base, type: 2, roleId: role.id })).toMatchObject({
      status: 403,
      body: { message: 'A Staff account cannot be created under a Reseller' },
    });
    const { body: subRole } = await client.post('/roles', { name: `Sub ${Date.now()}`, type: 4 });
    expect((await client.post('/users', { ...base, type: 6, roleId: subRole.id })).body.message).toMatch(
      /^Role branch-sub\d+ is for Subreseller accounts, not Reseller Staff$/,
    );
    expect(await client.post('/users', { ...base, type: 6, roleId: other.role.id })).toMatchObject({
      status: 404,
      body: { message: `Role ${other.role.id} not found` },
    });
    expect(await client.post('/users', { ...base, type: 6, roleId: role.id, parentId: other.reseller.id })).toMatchObject({
      status: 404,
      body: { message: `Account ${other.reseller.id} not found` },
    });
    // A role the reseller owns but that carries more than it holds (say, made richer by the Admin).
    const [rich] = await db.query(
      `INSERT INTO roles (branch_id, name, display_name, type, owner_id, defaults_status) VALUES (1, $1, 'Rich', 6, $2, 'skipped') RETURNING id`,
      [`branch-rich${Date.now()}`, reseller.id],
    );
    await db.query(`INSERT INTO role_permissions VALUES ($1, 'delete_subscriber'), ($1, 'subscriber_module')`, [rich.id]);
    expect(await client.post('/users', { ...base, type: 6, roleId: rich.id })).toMatchObject({
      status: 403,
      body: { message: 'You cannot grant permissions you do not hold: delete_subscriber', code: 'GRANT_NOT_HELD' },
    });
    expect(await client.post('/users', { ...base, type: 7, roleId: role.id, scope: 'subtree' })).toMatchObject({ status: 403 });
    expect(await client.post('/users', { ...base, type: 4, roleId: role.id, scope: 'subtree' })).toMatchObject({
      status: 400,
      body: { message: 'scope applies to staff accounts only' },
    });
  });
});

describe('listing and reading (R11)', () => {
  it('shows the accounts below the caller’s principal and its staff; never above or beside; pages and searches', async () => {
    const a = await resellerWithStaffRole();
    const b = await resellerWithStaffRole();
    const aStaff = await makeAccount(db, 6, { parentId: a.reseller.id, permissions: MANAGER_KEYS });
    const aSub = await makeAccount(db, 4, { parentId: a.reseller.id });
    const aSubStaff = await makeAccount(db, 7, { parentId: aSub.id });
    const bStaff = await makeAccount(db, 6, { parentId: b.reseller.id });
    const ids = (r: { body: { items: { id: number }[] } }) => r.body.items.map((i) => i.id);

    const list = await a.client.get('/users');
    expect(list.body.total).toBe(3);
    expect(ids(list)).toEqual([aStaff.id, aSub.id, aSubStaff.id]);
    const staffList = await (await signIn(aStaff)).get('/users');
    expect(ids(staffList)).toEqual([aStaff.id, aSub.id, aSubStaff.id]);
    expect(ids(await a.client.get('/users?type=7'))).toEqual([aSubStaff.id]);
    expect(ids(await a.client.get(`/users?q=${encodeURIComponent(aSub.email.slice(0, 8).toUpperCase())}`))).toEqual([aSub.id]);
    const page2 = await a.client.get('/users?page=2&pageSize=2');
    expect(page2.body).toMatchObject({ total: 3 });
    expect(ids(page2)).toEqual([aSubStaff.id]);
    for (const outside of [b.reseller.id, bStaff.id, a.reseller.id, 1]) {
      expect((await a.client.get(`/users/${outside}`)).status).toBe(404);
    }
    expect((await a.client.get(`/users?q=${encodeURIComponent(bStaff.email)}`)).body).toEqual({ items: [], total: 0 });
    expect((await admin.get(`/users/${bStaff.id}`)).status).toBe(200);
  });

  it('filters by parent and status, within R11 still', async () => {
    const a = await resellerWithStaffRole();
    const b = await resellerWithStaffRole();
    const aSub = await makeAccount(db, 4, { parentId: a.reseller.id });
    const aSubStaff = await makeAccount(db, 7, { parentId: aSub.id });
    const aSubRetailer = await makeAccount(db, 5, { parentId: aSub.id });
    const bSub = await makeAccount(db, 4, { parentId: b.reseller.id });
    const ids = (r: { body: { items: { id: number }[] } }) => r.body.items.map((i) => i.id);

    expect(ids(await a.client.get(`/users?parentId=${aSub.id}`))).toEqual([aSubStaff.id, aSubRetailer.id]);
    expect(ids(await a.client.get(`/users?parentId=${b.reseller.id}`))).toEqual([]);
    expect((await admin.get(`/users?parentId=${b.reseller.id}&type=4`)).body).toMatchObject({ items: [{ id: bSub.id }], total: 1 });
    await a.client.patch(`/users/${aSubRetailer.id}`, { status: 'disabled' });
    expect(ids(await a.client.get('/users?status=disabled'))).toEqual([aSubRetailer.id]);
    expect(ids(await a.client.get(`/users?status=active&parentId=${aSub.id}`))).toEqual([aSubStaff.id]);
    expect((await a.client.get('/users?status=gone')).status).toBe(400);
  });
});

describe('grants, revokes and the effective set', () => {
  it('adds grants, removes revokes, explains every key, and refuses escalation', async () => {
    const { reseller, client, role } = await resellerWithStaffRole();
    const staff = await makeAccount(db, 6, { parentId: reseller.id, roleId: role.id });
    const res = await client.put(`/users/${staff.id}/permissions`, { grants: ['add_subscriber'], revokes: ['subscriber_profile'] });
    expect(res).toMatchObject({ status: 200, body: { grants: ['add_subscriber'], revokes: ['subscriber_profile'] } });
    expect(await lastAudit(staff.id)).toMatchObject({
      action: 'user.permissions.update',
      changes: { before: { grants: [], revokes: [] }, after: { grants: ['add_subscriber'], revokes: ['subscriber_profile'] } },
    });
    const eff = await client.get(`/users/${staff.id}/effective-permissions`);
    expect(eff.body.permissions.sort()).toEqual(['add_subscriber', 'subscriber_module']);
    expect(eff.body.explain).toMatchObject({
      subscriber_module: 'granted by role',
      add_subscriber: 'granted to the account',
      subscriber_profile: 'revoked from the account',
      add_package: 'not in role',
      edit_subscriber: 'not in role',
    });
    expect((await (await signIn(staff)).get('/me')).body.permissions.sort()).toEqual(['add_subscriber', 'subscriber_module']);

    expect(await client.put(`/users/${staff.id}/permissions`, { grants: ['delete_subscriber'], revokes: [] })).toMatchObject({
      status: 403,
      body: { message: 'You cannot grant permissions you do not hold: delete_subscriber', code: 'GRANT_NOT_HELD' },
    });
    expect(await client.put(`/users/${staff.id}/permissions`, { grants: ['add_package'], revokes: [] })).toMatchObject({
      status: 400,
      body: { message: 'Not allowed for account type Reseller Staff: add_package', code: 'NOT_ALLOWED_FOR_TYPE' },
    });
    expect(await client.put(`/users/${staff.id}/permissions`, { grants: ['add_user'], revokes: ['add_user'] })).toMatchObject({
      status: 400,
      body: { message: 'A key cannot be both granted and revoked: add_user' },
    });
    expect(await client.put(`/users/${staff.id}/permissions`, { grants: ['warp'], revokes: [] })).toMatchObject({
      status: 400,
      body: { message: 'Unknown permission keys: warp' },
    });
  });

  it('explains the principal’s ceiling and a missing module key', async () => {
    const reseller = await makeAccount(db, 3, { permissions: ['user_module', 'user_profile', 'ticket_module', 'add_ticket'] });
    const staff = await makeAccount(db, 6, { parentId: reseller.id, permissions: ['user_module', 'add_ticket', 'subscriber_module'] });
    const { body } = await (await signIn(reseller)).get(`/users/${staff.id}/effective-permissions`);
    expect(body.permissions).toEqual(['user_module']);
    expect(body.explain).toMatchObject({
      subscriber_module: "above the principal's permissions",
      ticket_module: 'not in role',
      add_ticket: 'module permission missing',
    });
  });
});

describe('status, role and deletion', () => {
  it('nobody changes their own role, permissions or status, or deletes themselves', async () => {
    const { reseller } = await resellerWithStaffRole();
    const staff = await makeAccount(db, 6, { parentId: reseller.id, permissions: MANAGER_KEYS });
    const self = await signIn(staff);
    expect((await self.put(`/users/${staff.id}/role`, { roleId: staff.roleId })).body.message).toBe('You cannot change your own role');
    expect((await self.put(`/users/${staff.id}/permissions`, { grants: [], revokes: [] })).body.message).toBe('You cannot change your own permissions');
    expect((await self.patch(`/users/${staff.id}`, { status: 'disabled' })).body.message).toBe('You cannot change your own status or scope');
    expect((await self.delete(`/users/${staff.id}`)).status).toBe(403);
    expect((await self.patch(`/users/${staff.id}`, { name: 'My New Name' })).body.name).toBe('My New Name');
  });

  it('a rename reaches the account’s next request at once: its next audit entry carries the new name', async () => {
    const { reseller, client } = await resellerWithStaffRole();
    const staff = await makeAccount(db, 6, { parentId: reseller.id, permissions: MANAGER_KEYS });
    const self = await signIn(staff);
    expect((await self.get('/me')).body.name).not.toBe('Renamed Desk');
    await client.patch(`/users/${staff.id}`, { name: 'Renamed Desk' });
    expect((await self.get('/me')).body.name).toBe('Renamed Desk');
    const role = await self.post('/roles', { name: `Renamed ${staff.id}`, type: 6 });
    const [entry] = await db.query(`SELECT actor_name FROM audit_log WHERE action = 'role.create' AND target_id = $1`, [String(role.body.id)]);
    expect(entry.actor_name).toBe('Renamed Desk');
  });

  it('disabling refuses the account’s tokens at once; enabling restores them', async () => {
    const { reseller, client } = await resellerWithStaffRole();
    const staff = await makeAccount(db, 6, { parentId: reseller.id, permissions: ['subscriber_module'] });
    const session = await signIn(staff);
    expect((await session.get('/me')).status).toBe(200);
    const res = await client.patch(`/users/${staff.id}`, { status: 'disabled' });
    expect(res.body.status).toBe('disabled');
    expect(await lastAudit(staff.id)).toMatchObject({ action: 'user.update', changes: { before: { status: 'active' }, after: { status: 'disabled' } } });
    expect((await session.get('/me')).status).toBe(401);
    await client.patch(`/users/${staff.id}`, { status: 'active' });
    expect((await session.get('/me')).status).toBe(200);

    // Disabling the operator refuses its managers as well, sessions and new logins alike.
    await admin.patch(`/users/${reseller.id}`, { status: 'disabled' });
    expect((await session.get('/me')).status).toBe(401);
    expect(await api.anonymous.post('/auth/login', { email: staff.email, password: PASSWORD })).toMatchObject({
      status: 401,
      body: { message: 'Account is disabled' },
    });
  });

  it('changes a role to another of the same type; never to another type', async () => {
    const { reseller, client, role } = await resellerWithStaffRole();
    const staff = await makeAccount(db, 6, { parentId: reseller.id, permissions: [] });
    expect((await client.put(`/users/${staff.id}/role`, { roleId: role.id })).body.role.id).toBe(role.id);
    expect(await lastAudit(staff.id)).toMatchObject({ action: 'user.role.update', changes: { before: { roleId: staff.roleId }, after: { roleId: role.id } } });
    const { body: subRole } = await client.post('/roles', { name: `Sub ${Date.now()}`, type: 4 });
    expect((await client.put(`/users/${staff.id}/role`, { roleId: subRole.id })).status).toBe(400);
  });

  it('deletes an account only while it owns nothing', async () => {
    const { reseller, client } = await resellerWithStaffRole();
    const sub = await makeAccount(db, 4, { parentId: reseller.id });
    const subscriber = await makeSubscriber(db, sub.id);
    expect(await client.delete(`/users/${sub.id}`)).toMatchObject({
      status: 409,
      body: { message: 'Not Eligible To Delete: the account still owns subscribers', code: 'NOT_ELIGIBLE_TO_DELETE' },
    });
    await db.query(`DELETE FROM subscribers WHERE id = $1`, [subscriber]);
    const staff = await makeAccount(db, 6, { parentId: reseller.id });
    expect((await client.delete(`/users/${staff.id}`)).status).toBe(204);
    expect((await client.get(`/users/${staff.id}`)).status).toBe(404);
    expect(await lastAudit(staff.id)).toMatchObject({ action: 'user.delete', changes: { before: { email: staff.email } } });
  });
});

describe('no account gets more reach than the caller (R11)', () => {
  async function managers() {
    const { reseller, client, role } = await resellerWithStaffRole();
    const { body: subRole } = await client.post('/roles', { name: `Sub ${Date.now()}${Math.random()}`.replace('.', ''), type: 4 });
    const sub = await makeAccount(db, 4, { parentId: reseller.id });
    const direct = await makeAccount(db, 6, { parentId: reseller.id, permissions: MANAGER_KEYS });
    const subtree = await makeAccount(db, 6, { parentId: reseller.id, permissions: MANAGER_KEYS });
    await db.query(`UPDATE accounts SET scope = 'subtree' WHERE id = $1`, [subtree.id]);
    return { reseller, role, subRole, sub, direct: await signIn(direct), subtree: await signIn(subtree) };
  }
  const fresh = () => ({ name: 'New', email: `new${Date.now()}${Math.random()}@tiergate.test`.replace('0.', ''), password: 'password-1' });

  it('a direct-scope manager creates only direct-scope managers of its own principal', async () => {
    const { reseller, role, subRole, sub, direct } = await managers();
    const before = (await db.query(`SELECT count(*)::int AS n FROM accounts`))[0].n;
    expect(await direct.post('/users', { ...fresh(), type: 6, roleId: role.id, scope: 'subtree' })).toMatchObject({
      status: 403,
      body: { statusCode: 403, message: 'A manager with direct scope cannot give an account subtree scope', error: 'Forbidden' },
    });
    // An operator below, or a manager of one, would reach customers the direct-scope manager cannot see.
    const onlyOwnPrincipal = { status: 403, body: { message: 'A manager with direct scope can only create managers of its own principal' } };
    expect(await direct.post('/users', { ...fresh(), type: 4, roleId: subRole.id })).toMatchObject(onlyOwnPrincipal);
    expect(await direct.post('/users', { ...fresh(), type: 7, roleId: role.id, parentId: sub.id })).toMatchObject(onlyOwnPrincipal);
    expect((await db.query(`SELECT count(*)::int AS n FROM accounts`))[0].n).toBe(before);
    const made = await direct.post('/users', { ...fresh(), type: 6, roleId: role.id });
    expect(made).toMatchObject({ status: 201, body: { parentId: reseller.id, scope: 'direct' } });
    expect((await direct.post('/users', { ...fresh(), type: 6, roleId: role.id, scope: 'direct' })).status).toBe(201);
  });

  it('a direct-scope manager cannot widen an account to subtree scope; narrowing is allowed', async () => {
    const { reseller, subtree, direct } = await managers();
    const staff = await makeAccount(db, 6, { parentId: reseller.id });
    expect(await direct.patch(`/users/${staff.id}`, { scope: 'subtree' })).toMatchObject({
      status: 403,
      body: { message: 'A manager with direct scope cannot give an account subtree scope' },
    });
    expect((await db.query(`SELECT scope FROM accounts WHERE id = $1`, [staff.id]))[0].scope).toBe('direct');
    expect((await subtree.patch(`/users/${staff.id}`, { scope: 'subtree' })).body.scope).toBe('subtree');
    expect((await direct.patch(`/users/${staff.id}`, { scope: 'direct' })).body.scope).toBe('direct');
  });

  it('a subtree-scope manager creates subtree-scope managers and operators below its principal', async () => {
    const { reseller, role, subRole, subtree } = await managers();
    expect(await subtree.post('/users', { ...fresh(), type: 6, roleId: role.id, scope: 'subtree' })).toMatchObject({ status: 201, body: { scope: 'subtree' } });
    expect(await subtree.post('/users', { ...fresh(), type: 4, roleId: subRole.id })).toMatchObject({ status: 201, body: { parentId: reseller.id } });
  });
});
