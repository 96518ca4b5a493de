import { AccountType, PermissionKey } from '@tiergate/access';
import { DataSource } from 'typeorm';
import { ApiClient, openApi, TestApi } from './support/harness';
import { makeAccount, PASSWORD } from './support/factories';

const ROLE_KEYS: PermissionKey[] = ['user_module', 'role_module', 'add_role', 'edit_role', 'copy_role', 'set_role_permission'];

let api: TestApi;
let db: DataSource;
let admin: ApiClient;

beforeAll(async () => {
  ({ api, db, admin } = await openApi());
});
afterAll(() => api.close());

let n = 0;
const unique = (name: string) => `${name} ${++n}`;

async function newRole(by: ApiClient, type: AccountType, permissions?: string[]) {
  const { body: role } = await by.post('/roles', { name: unique('History'), type });
  if (permissions) expect((await by.put(`/roles/${role.id}/permissions`, { permissions })).status).toBe(200);
  return role as { id: number; name: string };
}
const versions = (roleId: number) =>
  db.query(`SELECT version, actor_id, actor_name, name, added, removed, permissions FROM role_versions WHERE role_id = $1 ORDER BY version`, [roleId]);
const history = (by: ApiClient, roleId: number, query = '') => by.get(`/roles/${roleId}/history${query}`);

/** A reseller holding the role keys and two customer keys, signed in. */
async function reseller(extra: PermissionKey[] = []) {
  const account = await makeAccount(db, AccountType.Reseller, { permissions: [...ROLE_KEYS, 'subscriber_module', 'add_subscriber', ...extra] });
  return { account, client: await api.login(account.email, PASSWORD) };
}

describe('versions are written with each change, in its transaction', () => {
  it('create, rename and a permission change each leave exactly one version, with actor, name and the keys added and removed', async () => {
    const role = await newRole(admin, AccountType.Staff);
    expect(await versions(role.id)).toEqual([{ version: 1, actor_id: 1, actor_name: 'Admin', name: role.name, added: [], removed: [], permissions: [] }]);
    await admin.put(`/roles/${role.id}/permissions`, { permissions: ['subscriber_module', 'add_subscriber'] });
    expect((await admin.patch(`/roles/${role.id}`, { name: 'Renamed History' })).status).toBe(200);
    await admin.put(`/roles/${role.id}/permissions`, { permissions: ['subscriber_module', 'subscriber_profile'] });
    expect(await versions(role.id)).toEqual([
      expect.objectContaining({ version: 1 }),
      expect.objectContaining({ version: 2, actor_name: 'Admin', added: ['add_subscriber', 'subscriber_module'], removed: [] }),
      expect.objectContaining({ version: 3, name: 'branch-renamedhistory', added: [], removed: [], permissions: ['add_subscriber', 'subscriber_module'] }),
      expect.objectContaining({
        version: 4,
        added: ['subscriber_profile'],
        removed: ['add_subscriber'],
        permissions: ['subscriber_module', 'subscriber_profile'],
      }),
    ]);
  });

  it('a rename leaves the editor’s version alone: an open editor can still save', async () => {
    const role = await newRole(admin, AccountType.Staff, ['subscriber_module']);
    const { body: read } = await admin.get(`/roles/${role.id}`);
    await admin.patch(`/roles/${role.id}`, { name: unique('Renamed Open') });
    expect((await admin.put(`/roles/${role.id}/permissions`, { permissions: [], version: read.version })).status).toBe(200);
  });

  it('a refused change leaves no version: a stale save, an escalation, a type’s forbidden key', async () => {
    const { account, client } = await reseller();
    const role = await newRole(client, AccountType.ResellerStaff, ['subscriber_module']);
    const before = await versions(role.id);
    expect((await client.put(`/roles/${role.id}/permissions`, { permissions: ['subscriber_module', 'edit_subscriber'] })).body.code).toBe('GRANT_NOT_HELD');
    expect((await client.put(`/roles/${role.id}/permissions`, { permissions: [], version: 1 })).body.code).toBe('STALE_VERSION');
    expect((await admin.put(`/roles/${role.id}/permissions`, { permissions: ['allow_reseller'] })).body.code).toBe('NOT_ALLOWED_FOR_TYPE');
    expect(await versions(role.id)).toEqual(before);
    expect(before.at(-1)).toMatchObject({ actor_id: account.id, added: ['subscriber_module'] });
  });

  it('a change whose last write fails leaves nothing of itself (one transaction)', async () => {
    const role = await newRole(admin, AccountType.Staff);
    // The version is the change's last write: when it fails, nothing of the change (permissions, audit entry) remains.
    await db.query(`CREATE FUNCTION fail_role_audit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit refused'; END $$`);
    await db.query(`CREATE TRIGGER fail_role_audit BEFORE INSERT ON role_versions FOR EACH ROW EXECUTE FUNCTION fail_role_audit()`);
    try {
      expect((await admin.put(`/roles/${role.id}/permissions`, { permissions: ['subscriber_module'] })).status).toBe(500);
    } finally {
      await db.query(`DROP TRIGGER fail_role_audit ON role_versions; DROP FUNCTION fail_role_audit()`);
    }
    expect((await admin.get(`/roles/${role.id}`)).body).toMatchObject({ permissions: [], version: 1 });
    expect(await versions(role.id)).toHaveLength(1);
    expect(await db.query(`SELECT 1 FROM audit_log WHERE action = 'role.permissions.update' AND target_id = $1`, [String(role.id)])).toEqual([]);
  });

  it('a copy starts its own history at version 1 with every key added', async () => {
    const source = await newRole(admin, AccountType.Staff, ['subscriber_module', 'add_subscriber']);
    const { body: copy } = await admin.post(`/roles/${source.id}/copy`);
    expect(await versions(copy.id)).toEqual([
      expect.objectContaining({ version: 1, actor_name: 'Admin', name: copy.name, added: ['add_subscriber', 'subscriber_module'], removed: [] }),
    ]);
  });

  it('the Admin’s system role has a first version, written at setup', async () => {
    expect(await versions(1)).toEqual([expect.objectContaining({ version: 1, actor_id: null, actor_name: 'system', name: 'branch-admin' })]);
  });
});

describe('GET /roles/:id/history', () => {
  it('lists versions newest first, paged by an opaque cursor', async () => {
    const role = await newRole(admin, AccountType.Staff);
    for (const keys of [['subscriber_module'], ['subscriber_module', 'add_subscriber'], []])
      await admin.put(`/roles/${role.id}/permissions`, { permissions: keys });
    const first = await history(admin, role.id, '?limit=3');
    expect(first.status).toBe(200);
    expect(first.body.items).toEqual([
      { version: 4, at: expect.any(String), actorId: 1, actorName: 'Admin', name: role.name, added: [], removed: ['add_subscriber', 'subscriber_module'] },
      expect.objectContaining({ version: 3, added: ['add_subscriber'], removed: [] }),
      expect.objectContaining({ version: 2, added: ['subscriber_module'] }),
    ]);
    const second = await history(admin, role.id, `?limit=3&cursor=${first.body.nextCursor}`);
    expect(second.body).toEqual({ items: [expect.objectContaining({ version: 1 })], nextCursor: null });
    expect((await history(admin, role.id, '?cursor=not-a-cursor')).status).toBe(400);
    expect((await history(admin, role.id, '?limit=0')).status).toBe(400);
  });

  it('R7: a role the caller cannot see answers 404, as for any other read of it', async () => {
    const adminRole = await newRole(admin, AccountType.Staff);
    const { client } = await reseller();
    const own = await newRole(client, AccountType.ResellerStaff);
    expect((await history(client, own.id)).status).toBe(200);
    expect((await history(client, adminRole.id)).status).toBe(404);
    expect((await history(client, 2_000_000_000)).status).toBe(404);
    expect((await client.get(`/roles/${adminRole.id}/export`)).status).toBe(404);
    expect((await client.get(`/roles/compare?a=${own.id}&b=${adminRole.id}`)).status).toBe(404);
  });
});

describe('GET /roles/compare', () => {
  it('compares two versions of a role, and two roles as they are now', async () => {
    const role = await newRole(admin, AccountType.Staff, ['subscriber_module', 'add_subscriber']);
    await admin.put(`/roles/${role.id}/permissions`, { permissions: ['subscriber_module', 'subscriber_profile', 'edit_subscriber'] });
    expect((await admin.get(`/roles/compare?a=${role.id}@2&b=${role.id}@3`)).body).toEqual({
      onlyA: ['add_subscriber'],
      onlyB: ['edit_subscriber', 'subscriber_profile'],
      both: ['subscriber_module'],
    });
    const other = await newRole(admin, AccountType.Reseller, ['subscriber_module', 'add_subscriber']);
    expect((await admin.get(`/roles/compare?a=${role.id}&b=${other.id}`)).body).toEqual({
      onlyA: ['edit_subscriber', 'subscriber_profile'],
      onlyB: ['add_subscriber'],
      both: ['subscriber_module'],
    });
  });

  it('a version the role never had answers 404; a malformed side 400', async () => {
    const role = await newRole(admin, AccountType.Staff);
    expect((await admin.get(`/roles/compare?a=${role.id}@1&b=${role.id}@2`)).status).toBe(404);
    expect((await admin.get(`/roles/compare?a=${role.id}@1&b=${role.id}@9999999999`)).status).toBe(404);
    for (const bad of ['x', '1@', '@1', '0', '1@0', '1@2@3', '-1', '1.5']) {
      expect([bad, (await admin.get(`/roles/compare?a=${bad}&b=${role.id}`)).status]).toEqual([bad, 400]);
    }
    expect((await admin.get(`/roles/compare?a=${role.id}`)).status).toBe(400);
  });
});

describe('export and import', () => {
  it('exports a role as {name, displayName, type, permissions}', async () => {
    const role = await newRole(admin, AccountType.Staff, ['subscriber_module', 'add_subscriber']);
    expect((await admin.get(`/roles/${role.id}/export`)).body).toEqual({
      name: role.name,
      displayName: role.name.replace('branch-history', 'History '),
      type: 2,
      permissions: ['add_subscriber', 'subscriber_module'],
    });
  });

  it('imports an exported role under the importer’s branch, owned by its principal, with a version and an audit entry', async () => {
    const { account } = await reseller();
    const manager = await makeAccount(db, AccountType.ResellerStaff, { parentId: account.id, permissions: [...ROLE_KEYS, 'subscriber_module'] });
    const client = await api.login(manager.email, PASSWORD);
    const res = await client.post('/roles/import', {
      name: 'elsewhere-deskstaff',
      displayName: 'Desk  Staff',
      type: AccountType.ResellerStaff,
      permissions: ['subscriber_module', 'subscriber_module'],
    });
    expect(res.status).toBe(201);
    expect(res.body).toEqual([
      expect.objectContaining({
        name: 'branch-deskstaff',
        displayName: 'Desk  Staff',
        ownerId: account.id,
        defaultsStatus: 'skipped',
        permissions: ['subscriber_module'],
      }),
    ]);
    const id = res.body[0].id;
    expect(await versions(id)).toEqual([expect.objectContaining({ version: 1, actor_id: manager.id, added: ['subscriber_module'] })]);
    expect(await db.query(`SELECT actor_id FROM audit_log WHERE action = 'role.import' AND target_id = $1`, [String(id)])).toEqual([{ actor_id: manager.id }]);
    // Round trip: what export gives, import takes.
    const exported = (await client.get(`/roles/${id}/export`)).body;
    expect((await client.post('/roles/import', { ...exported, displayName: 'Desk Staff Two' })).status).toBe(201);
  });

  it('refuses, naming the role and the key: R1, an unknown key, a type’s forbidden key, R6, a duplicate name', async () => {
    const { client } = await reseller();
    const role = (displayName: string, type: AccountType, permissions: string[]) => ({ displayName, type, permissions });
    const cases: [object, number, string, RegExp][] = [
      [role('Not Mine', AccountType.Staff, []), 403, 'NOT_ELIGIBLE_TO_ROLE_TYPE', /branch-notmine.*Not Eligible To This Type Of Role/],
      [role('Unknown Key', AccountType.ResellerStaff, ['subscriber_module', 'no_such_key']), 400, 'VALIDATION_FAILED', /branch-unknownkey.*no_such_key/],
      [role('Never Held', AccountType.Subreseller, ['allow_reseller']), 403, 'GRANT_NOT_HELD', /branch-neverheld.*allow_reseller/],
      [role('Not Held', AccountType.ResellerStaff, ['subscriber_module', 'edit_subscriber']), 403, 'GRANT_NOT_HELD', /branch-notheld.*edit_subscriber/],
    ];
    for (const [body, status, code, message] of cases) {
      const res = await client.post('/roles/import', body);
      expect([res.status, res.body.code]).toEqual([status, code]);
      expect(res.body.message).toMatch(message);
    }
    expect((await admin.post('/roles/import', role('Staff Wrong Type', AccountType.Staff, ['allow_reseller']))).body).toMatchObject({
      statusCode: 400,
      code: 'NOT_ALLOWED_FOR_TYPE',
      message: expect.stringMatching(/branch-staffwrongtype.*allow_reseller/),
    });
    const taken = await newRole(admin, AccountType.Staff);
    const dup = await admin.post('/roles/import', role(taken.name.replace('branch-', ''), AccountType.Reseller, []));
    expect([dup.status, dup.body.code, dup.body.message]).toEqual([409, 'DUPLICATE_NAME', expect.stringContaining(taken.name)]);
  });

  it('is all or nothing: a bad second role leaves nothing of the first; two of one name are a duplicate', async () => {
    const res = await admin.post('/roles/import', [
      { displayName: 'Batch First', type: 2, permissions: ['subscriber_module'] },
      { displayName: 'Batch Second', type: 2, permissions: ['subscriber_module', 'allow_retailer'] },
    ]);
    expect([res.status, res.body.message]).toEqual([400, expect.stringMatching(/branch-batchsecond.*allow_retailer/)]);
    const twice = await admin.post('/roles/import', [
      { displayName: 'Batch First', type: 2, permissions: [] },
      { displayName: 'batch first', type: 3, permissions: [] },
    ]);
    expect([twice.status, twice.body.code]).toEqual([409, 'DUPLICATE_NAME']);
    expect(await db.query(`SELECT name FROM roles WHERE name = 'branch-batchfirst'`)).toEqual([]);
    const ok = await admin.post('/roles/import', [
      { displayName: 'Batch First', type: 2, permissions: ['subscriber_module'] },
      { displayName: 'Batch Second', type: 3, permissions: [] },
    ]);
    expect([ok.status, ok.body.map((r: { name: string }) => r.name)]).toEqual([201, ['branch-batchfirst', 'branch-batchsecond']]);
  });

  it('bounds the body: 1 to 100 roles, each checked as a body is', async () => {
    const one = { displayName: 'Bound', type: 2, permissions: [] };
    expect((await admin.post('/roles/import', [])).status).toBe(400);
    expect(
      (
        await admin.post(
          '/roles/import',
          Array.from({ length: 101 }, (_, i) => ({ ...one, displayName: `Bound ${i}` })),
        )
      ).status,
    ).toBe(400);
    const bad = await admin.post('/roles/import', [one, { ...one, displayName: 'Extra', extra: 1 }]);
    expect([bad.status, bad.body.message]).toEqual([400, [expect.stringMatching(/^item 2: .*extra/)]]);
    for (const body of ['null', '"x"', '1', '[1]', '{}']) expect([body, (await admin.request('POST', '/roles/import', body)).status]).toEqual([body, 400]);
    expect(await db.query(`SELECT name FROM roles WHERE name LIKE 'branch-bound%'`)).toEqual([]);
  });

  it('needs both add_role and set_role_permission', async () => {
    for (const lacking of ['add_role', 'set_role_permission'] as const) {
      const account = await makeAccount(db, AccountType.Reseller, { permissions: ROLE_KEYS.filter((k) => k !== lacking) });
      const res = await (await api.login(account.email, PASSWORD)).post('/roles/import', { displayName: unique('Lacking'), type: 6, permissions: [] });
      expect([res.status, res.body.code, res.body.message]).toEqual([403, 'MISSING_PERMISSION', `Missing permission: ${lacking}`]);
    }
  });
});
