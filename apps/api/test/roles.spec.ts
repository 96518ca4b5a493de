import { ACCOUNT_TYPES, AccountType, PermissionKey } from '@tiergate/access';
import { DataSource } from 'typeorm';
import { ApiClient, openApi, TestApi } from './support/harness';
import { makeAccount, MadeAccount, PASSWORD } from './support/factories';

const ROLE_KEYS: PermissionKey[] = ['user_module', 'role_module', 'add_role', 'edit_role', 'delete_role', 'copy_role', 'set_role_permission'];

let api: TestApi;
let db: DataSource;
let admin: ApiClient;

beforeAll(async () => {
  ({ api, db, admin } = await openApi());
});
afterAll(() => api.close());

async function signIn(account: MadeAccount) {
  return api.login(account.email, PASSWORD);
}
async function auditFor(roleId: number) {
  return db.query(`SELECT action, actor_id, changes FROM audit_log WHERE target_type = 'role' AND target_id = $1 ORDER BY id`, [String(roleId)]);
}

/** An operator chain Admin → reseller → subreseller → retailer, each holding the role keys. */
async function chain() {
  const reseller = await makeAccount(db, 3, { permissions: [...ROLE_KEYS, 'subscriber_module', 'add_subscriber'] });
  const subreseller = await makeAccount(db, 4, { parentId: reseller.id, permissions: ROLE_KEYS });
  const retailer = await makeAccount(db, 5, { parentId: subreseller.id, permissions: ROLE_KEYS });
  return { reseller, subreseller, retailer };
}

describe('R1 creation eligibility', () => {
  const creatable: Record<AccountType, AccountType[]> = { 1: [2, 3], 2: [2, 3], 3: [4, 6], 4: [5, 7], 5: [8], 6: [4, 6], 7: [5, 7], 8: [8] };

  it.each(ACCOUNT_TYPES)('a caller of type %i creates exactly the types of its principal', async (callerType) => {
    const { reseller, subreseller, retailer } = await chain();
    const parentFor: Record<number, number | undefined> = {
      1: undefined,
      2: undefined,
      3: undefined,
      4: reseller.id,
      5: subreseller.id,
      6: reseller.id,
      7: subreseller.id,
      8: retailer.id,
    };
    const client = callerType === 1 ? admin : await signIn(await makeAccount(db, callerType, { parentId: parentFor[callerType], permissions: ROLE_KEYS }));
    for (const type of ACCOUNT_TYPES) {
      const res = await client.post('/roles', { name: `Eligibility ${callerType} ${type} ${Date.now()}`, type });
      if (creatable[callerType].includes(type)) {
        expect([type, res.status]).toEqual([type, 201]);
      } else {
        expect([type, res.status, res.body.message]).toEqual([type, 403, 'Not Eligible To This Type Of Role']);
      }
    }
  });
});

describe('create, rename, copy, delete', () => {
  it('R2: formats the name with the branch, keeps the display name, refuses duplicates with 409', async () => {
    const res = await admin.post('/roles', { name: 'Sales Manager', type: 2 });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      name: 'branch-salesmanager',
      displayName: 'Sales Manager',
      type: 2,
      typeName: 'Staff',
      ownerId: 1,
      isSystem: false,
      defaultsStatus: 'pending',
      userCount: 0,
      permissionCount: 0,
      version: 1,
    });
    expect(await admin.post('/roles', { name: 'sales  MANAGER', type: 3 })).toMatchObject({ status: 409, body: { code: 'DUPLICATE_NAME' } });
    expect(await auditFor(res.body.id)).toEqual([expect.objectContaining({ action: 'role.create', actor_id: 1 })]);
  });

  it('R3: renames at any time, never changes the type', async () => {
    const { body: role } = await admin.post('/roles', { name: 'Support Staff', type: 2 });
    const renamed = await admin.patch(`/roles/${role.id}`, { name: 'Network Admin' });
    expect(renamed).toMatchObject({ status: 200, body: { name: 'branch-networkadmin', displayName: 'Network Admin', type: 2 } });
    expect(await admin.patch(`/roles/${role.id}`, { name: 'Network Admin', type: 3 })).toMatchObject({
      status: 400,
      body: { message: 'Role type cannot be changed' },
    });
    expect((await admin.patch(`/roles/${role.id}`, { name: 'Network Admin', type: 2 })).status).toBe(200);
    expect((await admin.get(`/roles/${role.id}`)).body.type).toBe(2);
    expect((await auditFor(role.id)).map((a: { action: string }) => a.action)).toEqual(['role.create', 'role.rename', 'role.rename']);
  });

  it('R4: a copy gets the name plus HHmmss, all permissions, no job; an Admin cannot copy types 6-8', async () => {
    const { body: role } = await admin.post('/roles', { name: 'Billing Clerk', type: 2 });
    await admin.put(`/roles/${role.id}/permissions`, { permissions: ['subscriber_module', 'subscriber_payment'] });
    const copy = await admin.post(`/roles/${role.id}/copy`);
    expect(copy.status).toBe(201);
    expect(copy.body.name).toMatch(/^branch-billingclerk\d{6}$/);
    expect(copy.body).toMatchObject({ type: 2, defaultsStatus: 'skipped', ownerId: 1, permissions: ['subscriber_module', 'subscriber_payment'] });
    const { reseller } = await chain();
    const resellerClient = await signIn(reseller);
    const { body: staffRole } = await resellerClient.post('/roles', { name: 'Assistant', type: 6 });
    expect(await admin.post(`/roles/${staffRole.id}/copy`)).toMatchObject({
      status: 403,
      body: { message: 'Not Eligible To This Type Of Role', code: 'NOT_ELIGIBLE_TO_ROLE_TYPE' },
    });
    expect((await resellerClient.post(`/roles/${staffRole.id}/copy`)).status).toBe(201);
  });

  it('R5: deletes an unused role; never one with accounts, never a system role', async () => {
    const { body: unused } = await admin.post('/roles', { name: 'Temporary', type: 3 });
    expect((await admin.delete(`/roles/${unused.id}`)).status).toBe(204);
    expect((await admin.get(`/roles/${unused.id}`)).status).toBe(404);
    expect((await auditFor(unused.id)).map((a: { action: string }) => a.action)).toEqual(['role.create', 'role.delete']);

    const { body: used } = await admin.post('/roles', { name: 'Assigned', type: 3 });
    await makeAccount(db, 3, { roleId: used.id });
    expect(await admin.delete(`/roles/${used.id}`)).toMatchObject({ status: 409, body: { message: 'Not Eligible To Delete', code: 'NOT_ELIGIBLE_TO_DELETE' } });
    const [system] = (await admin.get('/roles?type=1')).body;
    expect(system.isSystem).toBe(true);
    expect(await admin.delete(`/roles/${system.id}`)).toMatchObject({
      status: 409,
      body: { message: 'Not Eligible To Delete', code: 'NOT_ELIGIBLE_TO_DELETE' },
    });
    expect((await admin.put(`/roles/${system.id}/permissions`, { permissions: [] })).status).toBe(403);
  });
});

describe('permissions of a role', () => {
  it('replaces the whole set, bumps the version, refuses a stale version with 409, and audits added/removed', async () => {
    const { body: role } = await admin.post('/roles', { name: 'Versioned', type: 3 });
    const first = await admin.put(`/roles/${role.id}/permissions`, { permissions: ['subscriber_module', 'add_subscriber'], version: 1 });
    expect(first).toMatchObject({ status: 200, body: { version: 2, permissionCount: 2, permissions: ['add_subscriber', 'subscriber_module'] } });
    const second = await admin.put(`/roles/${role.id}/permissions`, { permissions: ['subscriber_module', 'edit_subscriber'], version: 2 });
    expect(second.body.permissions).toEqual(['edit_subscriber', 'subscriber_module']);
    const stale = await admin.put(`/roles/${role.id}/permissions`, { permissions: [], version: 2 });
    expect(stale).toMatchObject({ status: 409, body: { code: 'STALE_VERSION' } });
    expect((await admin.get(`/roles/${role.id}`)).body.permissions).toEqual(['edit_subscriber', 'subscriber_module']);
    const audit = await auditFor(role.id);
    expect(audit[audit.length - 1]).toMatchObject({
      action: 'role.permissions.update',
      changes: { added: ['edit_subscriber'], removed: ['add_subscriber'], version: 3 },
    });
  });

  it('refuses unknown keys and keys the type may not hold with 400, writing nothing', async () => {
    const { body: role } = await admin.post('/roles', { name: 'Strict', type: 3 });
    expect(await admin.put(`/roles/${role.id}/permissions`, { permissions: ['add_subscriber', 'fly_to_moon'] })).toMatchObject({
      status: 400,
      body: { message: 'Unknown permission keys: fly_to_moon' },
    });
    expect(await admin.put(`/roles/${role.id}/permissions`, { permissions: ['add_package'] })).toMatchObject({
      status: 400,
      body: { message: 'Not allowed for role type Reseller: add_package', code: 'NOT_ALLOWED_FOR_TYPE' },
    });
    expect((await admin.get(`/roles/${role.id}`)).body).toMatchObject({ version: 1, permissions: [] });
  });

  it('R6: nobody adds a permission they do not hold; keys they already had on the role may stay', async () => {
    const { reseller } = await chain();
    const client = await signIn(reseller);
    const { body: role } = await client.post('/roles', { name: 'Helper', type: 6 });
    const escalate = await client.put(`/roles/${role.id}/permissions`, { permissions: ['subscriber_module', 'delete_subscriber'] });
    expect(escalate).toMatchObject({
      status: 403,
      body: { message: 'You cannot grant permissions you do not hold: delete_subscriber', code: 'GRANT_NOT_HELD' },
    });
    expect((await client.put(`/roles/${role.id}/permissions`, { permissions: ['subscriber_module', 'add_subscriber'] })).status).toBe(200);
    expect((await client.post(`/roles/${role.id}/copy`)).status).toBe(201);
  });

  it('nobody changes the permissions of their own role', async () => {
    const { reseller } = await chain();
    const client = await signIn(reseller);
    expect((await client.put(`/roles/${reseller.roleId}/permissions`, { permissions: ROLE_KEYS })).status).toBe(404);
    const staffRole = (await admin.post('/roles', { name: 'Role Keeper', type: 2 })).body;
    await admin.put(`/roles/${staffRole.id}/permissions`, { permissions: ROLE_KEYS });
    const staff = await signIn(await makeAccount(db, 2, { roleId: staffRole.id }));
    expect(await staff.put(`/roles/${staffRole.id}/permissions`, { permissions: ['user_module'] })).toMatchObject({
      status: 403,
      body: { message: 'You cannot change the permissions of your own role' },
    });
  });

  it('answers 403 naming the missing key', async () => {
    const reseller = await makeAccount(db, 3, { permissions: ['user_module', 'role_module'] });
    expect(await (await signIn(reseller)).post('/roles', { name: 'Nope', type: 4 })).toMatchObject({
      status: 403,
      body: { message: 'Missing permission: add_role', code: 'MISSING_PERMISSION' },
    });
  });
});

describe('R7 visibility', () => {
  it('an Admin principal sees every role of the branch; a reseller only its own, others answer 404', async () => {
    const a = await chain();
    const b = await chain();
    const clientA = await signIn(a.reseller);
    const clientB = await signIn(b.reseller);
    const { body: roleA } = await clientA.post('/roles', { name: 'Mine', type: 6 });
    const { body: roleB } = await clientB.post('/roles', { name: 'Theirs', type: 6 });
    // The reseller owns the roles it created, including the one its subreseller holds.
    expect((await clientA.get('/roles')).body.map((r: { id: number }) => r.id)).toEqual([a.subreseller.roleId, roleA.id]);
    for (const [method, url, body] of [
      ['GET', `/roles/${roleB.id}`],
      ['PATCH', `/roles/${roleB.id}`, { name: 'x' }],
      ['PUT', `/roles/${roleB.id}/permissions`, { permissions: [] }],
      ['POST', `/roles/${roleB.id}/copy`],
      ['DELETE', `/roles/${roleB.id}`],
    ] as [string, string, unknown][]) {
      expect([method, (await clientA.request(method, url, body)).status]).toEqual([method, 404]);
    }
    const adminIds = (await admin.get('/roles')).body.map((r: { id: number }) => r.id);
    expect(adminIds).toEqual(expect.arrayContaining([roleA.id, roleB.id, a.reseller.roleId]));
    const staffOfAdmin = await makeAccount(db, 2, { permissions: ROLE_KEYS });
    expect((await (await signIn(staffOfAdmin)).get(`/roles/${roleB.id}`)).status).toBe(200);
    const staffOfA = await makeAccount(db, 6, { parentId: a.reseller.id, permissions: ROLE_KEYS });
    const seenByStaff = (await (await signIn(staffOfA)).get('/roles')).body.map((r: { id: number }) => r.id);
    expect(seenByStaff).toEqual([a.subreseller.roleId, roleA.id, staffOfA.roleId]);
  });

  it('filters by type', async () => {
    const res = await admin.get('/roles?type=3');
    expect(res.status).toBe(200);
    expect(res.body.length).toBeGreaterThan(0);
    expect(res.body.every((r: { type: number }) => r.type === 3)).toBe(true);
  });
});

describe('audit', () => {
  it('a reseller reads its own and its staff’s entries, never the Admin’s or a sibling’s', async () => {
    const a = await chain();
    const b = await chain();
    const readerKeys: PermissionKey[] = [...ROLE_KEYS, 'reports_module', 'activity_log'];
    await db.query(`INSERT INTO role_permissions (role_id, permission) SELECT $1, unnest($2::text[]) ON CONFLICT DO NOTHING`, [a.reseller.roleId, readerKeys]);
    const clientA = await signIn(a.reseller);
    await clientA.post('/roles', { name: 'Audited', type: 6 });
    await (await signIn(a.subreseller)).post('/roles', { name: 'Below', type: 7 });
    await (await signIn(b.reseller)).post('/roles', { name: 'Sibling', type: 6 });
    const res = await clientA.get('/audit?limit=200');
    expect(res.status).toBe(200);
    const actors = new Set(res.body.items.map((e: { actorId: number }) => e.actorId));
    expect(actors).toEqual(new Set([a.reseller.id, a.subreseller.id]));
    expect(res.body.items[0]).toEqual(
      expect.objectContaining({ id: expect.any(Number), at: expect.any(String), actorName: expect.any(String), ip: '127.0.0.1', userAgent: 'tiergate-tests' }),
    );
    expect(res.body.items[0]).not.toHaveProperty('principalPath');
    // The sub-reseller's own role is not the reseller's to see (R7), so neither is its entry (R12); its sign-in is.
    expect((await clientA.get(`/audit?actorId=${a.subreseller.id}&action=role.create`)).body.items).toEqual([]);
    expect((await clientA.get(`/audit?actorId=${a.subreseller.id}&action=auth.login`)).body.items).toHaveLength(1);
    expect((await clientA.get(`/audit?actorId=${b.reseller.id}`)).body.items).toEqual([]);
  });

  it('pages newest first with a cursor and filters by time', async () => {
    const page1 = await admin.get('/audit?limit=2');
    expect(page1.body.items).toHaveLength(2);
    expect(page1.body.items[0].id).toBeGreaterThan(page1.body.items[1].id);
    const page2 = await admin.get(`/audit?limit=2&cursor=${page1.body.nextCursor}`);
    expect(page2.body.items[0].id).toBeLessThan(page1.body.items[1].id);
    expect((await admin.get('/audit?from=2999-01-01')).body.items).toEqual([]);
    expect((await admin.get('/audit?to=2000-01-01T00:00:00Z')).body.items).toEqual([]);
    const unknown = await admin.get('/audit?action=auth.login_failed');
    expect(unknown.status).toBe(200);
  });
});
