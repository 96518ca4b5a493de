import { AccountType, PermissionKey } from '@tiergate/access';
import { DataSource } from 'typeorm';
import { UsageRecorder } from '../src/access/usage-recorder';
import { ApiClient, openApi, startApi, TestApi } from './support/harness';
import { makeAccount, MadeAccount, PASSWORD } from './support/factories';

let api: TestApi;
let db: DataSource;
let admin: ApiClient;
let recorder: UsageRecorder;
let env: Record<string, string>;

beforeAll(async () => {
  // Flushed by the tests only, so that what they see written is what they flushed.
  ({ api, db, admin, env } = await openApi({ USAGE_FLUSH_MS: '3600000' }));
  recorder = api.app.get(UsageRecorder);
});
afterAll(() => api.close());

const signIn = (account: MadeAccount) => api.login(account.email, PASSWORD);
const DAY_MS = 86_400_000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY_MS);

async function usageOf(accountId: number): Promise<{ permission: string; last_used_at: Date }[]> {
  return db.query(`SELECT permission, last_used_at FROM permission_usage WHERE account_id = $1 ORDER BY permission`, [accountId]);
}
async function setUse(accountId: number, key: PermissionKey, at: Date) {
  await db.query(
    `INSERT INTO permission_usage (account_id, permission, last_used_at) VALUES ($1, $2, $3)
     ON CONFLICT (account_id, permission) DO UPDATE SET last_used_at = EXCLUDED.last_used_at`,
    [accountId, key, at],
  );
}

describe('recording', () => {
  it('writes one row per key and account, once an hour however many requests exercise it, with the role’s last use', async () => {
    const before = new Date();
    const reseller = await makeAccount(db, AccountType.Reseller, { permissions: ['subscriber_module', 'reports_module', 'payment_reports'] });
    const client = await signIn(reseller);
    for (let i = 0; i < 5; i++) expect((await client.get('/subscribers')).status).toBe(200);
    // A key checked in the service (a report's section) counts as exercised too.
    expect((await client.get('/reports/summary')).status).toBe(200);
    await recorder.flush();
    const rows = await usageOf(reseller.id);
    expect(rows.map((r) => r.permission)).toEqual(['payment_reports', 'reports_module', 'subscriber_module']);
    expect(rows[2].last_used_at.getTime()).toBeGreaterThanOrEqual(before.getTime() - 1000);
    const [role] = await db.query(`SELECT last_used_at FROM roles WHERE id = $1`, [reseller.roleId]);
    expect(role.last_used_at.getTime()).toBeGreaterThanOrEqual(before.getTime() - 1000);

    // Moved back by hand: further uses within the hour write nothing, so the row keeps the old time.
    const old = new Date('2020-01-01T00:00:00Z');
    await setUse(reseller.id, 'subscriber_module', old);
    for (let i = 0; i < 5; i++) expect((await client.get('/subscribers')).status).toBe(200);
    await recorder.flush();
    expect((await usageOf(reseller.id)).find((r) => r.permission === 'subscriber_module')?.last_used_at).toEqual(old);
  });

  it('never makes a request wait for the write: requests answer while the flush is blocked', async () => {
    const reseller = await makeAccount(db, AccountType.Reseller, { permissions: ['subscriber_module', 'user_module'] });
    const client = await signIn(reseller);
    expect((await client.get('/subscribers')).status).toBe(200);
    const lock = db.createQueryRunner();
    await lock.startTransaction();
    try {
      await lock.query(`LOCK TABLE permission_usage IN EXCLUSIVE MODE`);
      const flushed = recorder.flush();
      // The flush waits on the lock; a request exercising another key still answers at once, not after it.
      expect((await client.get('/users')).status).toBe(200);
      expect(await usageOf(reseller.id)).toEqual([]);
      await lock.commitTransaction();
      await flushed;
    } finally {
      await lock.release();
    }
    expect((await usageOf(reseller.id)).map((r) => r.permission)).toEqual(['subscriber_module']);
    await recorder.flush();
    expect((await usageOf(reseller.id)).map((r) => r.permission)).toEqual(['subscriber_module', 'user_module']);
  });

  it('flushes what is still noted when the instance shuts down', async () => {
    const second = await startApi(env);
    const reseller = await makeAccount(db, AccountType.Reseller, { permissions: ['subscriber_module'] });
    expect((await (await second.login(reseller.email, PASSWORD)).get('/subscribers')).status).toBe(200);
    expect(await usageOf(reseller.id)).toEqual([]);
    await second.close();
    expect((await usageOf(reseller.id)).map((r) => r.permission)).toEqual(['subscriber_module']);
  });

  it('records only what the rule needed: of an anyPermission rule the first key held, nothing for a refused request', async () => {
    const staff = await makeAccount(db, AccountType.Staff, { permissions: ['subscriber_module', 'add_subscriber'] });
    const client = await signIn(staff);
    expect((await client.get('/packages')).status).toBe(200);
    expect((await client.get('/roles')).status).toBe(403);
    // Reading packages (package_module | add_subscriber | subscriber_package_change) to look at them is no package change.
    const both = await makeAccount(db, AccountType.Staff, { permissions: ['package_module', 'add_subscriber', 'subscriber_package_change'] });
    expect((await (await signIn(both)).get('/packages')).status).toBe(200);
    await recorder.flush();
    expect((await usageOf(staff.id)).map((r) => r.permission)).toEqual(['add_subscriber']);
    expect((await usageOf(both.id)).map((r) => r.permission)).toEqual(['package_module']);
  });
});

const ROLE_KEYS: PermissionKey[] = ['user_module', 'user_profile', 'change_user_role', 'role_module', 'set_role_permission'];

/** A reseller managing roles and accounts, and one of its managers holding a role the reseller owns. */
async function resellerWithManager(managerKeys: PermissionKey[]) {
  const reseller = await makeAccount(db, AccountType.Reseller, { permissions: [...ROLE_KEYS, 'subscriber_module', 'add_subscriber', 'edit_subscriber'] });
  const manager = await makeAccount(db, AccountType.ResellerStaff, { parentId: reseller.id, permissions: managerKeys });
  await db.query(`UPDATE roles SET owner_id = $2 WHERE id = $1`, [manager.roleId, reseller.id]);
  return { reseller, manager, client: await signIn(reseller) };
}

describe('GET /roles/:id/review', () => {
  it('lists the role’s keys not used by its holders within N days, with labels and last use, and the used ones apart', async () => {
    const { reseller, manager, client } = await resellerWithManager(['subscriber_module', 'add_subscriber', 'edit_subscriber']);
    await setUse(manager.id, 'subscriber_module', daysAgo(1));
    await setUse(manager.id, 'add_subscriber', daysAgo(100));
    // A use by an account that does not hold the role does not count for it.
    await setUse(reseller.id, 'edit_subscriber', daysAgo(1));

    const res = await client.get(`/roles/${manager.roleId}/review`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      days: 90,
      unused: [
        { key: 'add_subscriber', label: expect.any(String), lastUsedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/) },
        { key: 'edit_subscriber', label: expect.any(String), lastUsedAt: null },
      ],
      used: [{ key: 'subscriber_module', lastUsedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/) }],
    });
    expect(Date.parse(res.body.unused[0].lastUsedAt)).toBeLessThan(daysAgo(99).getTime());
    expect(res.body.unused[0].label).not.toBe('add_subscriber');

    // A longer window counts the use of 100 days ago.
    const longer = await client.get(`/roles/${manager.roleId}/review?days=120`);
    expect(longer.body.days).toBe(120);
    expect(longer.body.unused.map((k: { key: string }) => k.key)).toEqual(['edit_subscriber']);
    expect(longer.body.used.map((k: { key: string }) => k.key).sort()).toEqual(['add_subscriber', 'subscriber_module']);
  });

  it('answers 404 for a role outside the caller’s view (R7) and 400 for days out of 1..3650', async () => {
    const { manager } = await resellerWithManager(['subscriber_module']);
    const other = await resellerWithManager(['subscriber_module']);
    expect((await other.client.get(`/roles/${manager.roleId}/review`)).status).toBe(404);
    expect((await admin.get(`/roles/${manager.roleId}/review`)).status).toBe(200);
    for (const days of ['0', '3651', '-1', '1.5', 'abc']) {
      const res = await admin.get(`/roles/${manager.roleId}/review?days=${days}`);
      expect([days, res.status]).toEqual([days, 400]);
    }
    expect((await admin.get(`/roles/${manager.roleId}/review?days=3650`)).status).toBe(200);
    expect((await admin.get(`/roles/${manager.roleId}/review?days=1`)).status).toBe(200);
  });

  it('Remove unused goes through PUT /roles/:id/permissions: audited, versioned, and R6 still applies', async () => {
    const { manager, client } = await resellerWithManager(['subscriber_module', 'add_subscriber', 'edit_subscriber']);
    await setUse(manager.id, 'subscriber_module', daysAgo(1));
    const review = (await client.get(`/roles/${manager.roleId}/review`)).body;
    const unused = review.unused.map((k: { key: string }) => k.key);
    expect(unused).toEqual(['add_subscriber', 'edit_subscriber']);
    const role = (await client.get(`/roles/${manager.roleId}`)).body;
    const keep = role.permissions.filter((k: string) => !unused.includes(k));

    // R6: a set that adds a key the caller does not hold is refused whatever it removes.
    const escalating = await client.put(`/roles/${manager.roleId}/permissions`, { permissions: [...keep, 'delete_subscriber'], version: role.version });
    expect(escalating).toMatchObject({ status: 403, body: { code: 'GRANT_NOT_HELD' } });

    const removed = await client.put(`/roles/${manager.roleId}/permissions`, { permissions: keep, version: role.version });
    expect(removed).toMatchObject({ status: 200, body: { permissions: ['subscriber_module'], version: role.version + 1 } });
    const [entry] = await db.query(`SELECT changes FROM audit_log WHERE action = 'role.permissions.update' AND target_id = $1`, [String(manager.roleId)]);
    expect(entry.changes).toMatchObject({ added: [], removed: ['add_subscriber', 'edit_subscriber'] });
    expect((await client.get(`/roles/${manager.roleId}/review`)).body).toMatchObject({ unused: [], used: [{ key: 'subscriber_module' }] });
  });
});

describe('GET /users/:id/review', () => {
  it('lists the account’s effective keys by its own use; revoking an unused role key removes it; 404 outside R11', async () => {
    const { manager, client } = await resellerWithManager(['subscriber_module', 'add_subscriber']);
    await db.query(`INSERT INTO account_permissions (account_id, permission, effect) VALUES ($1, 'edit_subscriber', 'grant')`, [manager.id]);
    await setUse(manager.id, 'add_subscriber', daysAgo(3));

    const res = await client.get(`/users/${manager.id}/review?days=30`);
    expect(res.status).toBe(200);
    expect(res.body.days).toBe(30);
    expect(res.body.unused.map((k: { key: string }) => k.key)).toEqual(['subscriber_module', 'edit_subscriber']);
    expect(res.body.used.map((k: { key: string }) => k.key)).toEqual(['add_subscriber']);

    // The panel's Remove unused: the grant is dropped; a key from the role would be revoked (not here: the module key stays).
    const put = await client.put(`/users/${manager.id}/permissions`, { grants: [], revokes: [] });
    expect(put.status).toBe(200);
    const [entry] = await db.query(`SELECT changes FROM audit_log WHERE action = 'user.permissions.update' AND target_id = $1`, [String(manager.id)]);
    expect(entry.changes).toMatchObject({ before: { grants: ['edit_subscriber'] }, after: { grants: [] } });
    expect((await client.get(`/users/${manager.id}/review?days=30`)).body.unused.map((k: { key: string }) => k.key)).toEqual(['subscriber_module']);

    const other = await resellerWithManager(['subscriber_module']);
    expect((await other.client.get(`/users/${manager.id}/review`)).status).toBe(404);
    expect((await client.get(`/users/${manager.id}/review?days=0`)).status).toBe(400);
  });
});

describe('GET /roles?unusedDays=', () => {
  async function role(ownerId: number, options: { createdDaysAgo: number; lastUsedDaysAgo?: number }) {
    const [{ id }] = await db.query(
      `INSERT INTO roles (branch_id, name, display_name, type, owner_id, defaults_status, created_at, last_used_at)
       VALUES (1, $1, $1, 6, $2, 'skipped', $3, $4) RETURNING id`,
      [
        `branch-unused${Math.random().toString(36).slice(2)}`,
        ownerId,
        daysAgo(options.createdDaysAgo),
        options.lastUsedDaysAgo === undefined ? null : daysAgo(options.lastUsedDaysAgo),
      ],
    );
    return id as number;
  }

  it('lists the roles held by nobody and neither created nor used within N days, within R7', async () => {
    const { reseller, manager, client } = await resellerWithManager(['subscriber_module']);
    const neverUsed = await role(reseller.id, { createdDaysAgo: 200 });
    const usedLongAgo = await role(reseller.id, { createdDaysAgo: 200, lastUsedDaysAgo: 100 });
    await role(reseller.id, { createdDaysAgo: 200, lastUsedDaysAgo: 10 });
    await role(reseller.id, { createdDaysAgo: 5 });
    await db.query(`UPDATE roles SET created_at = $2 WHERE id = $1`, [manager.roleId, daysAgo(200)]); // held: never listed
    const otherReseller = await makeAccount(db, AccountType.Reseller, { permissions: ROLE_KEYS });
    const othersRole = await role(otherReseller.id, { createdDaysAgo: 200 });

    const ids = async (c: ApiClient, days: number) => ((await c.get(`/roles?unusedDays=${days}`)).body as { id: number }[]).map((r) => r.id);
    expect(await ids(client, 90)).toEqual([neverUsed, usedLongAgo]);
    expect(await ids(client, 150)).toEqual([neverUsed]);
    const adminSees = await ids(admin, 90);
    expect(adminSees).toEqual(expect.arrayContaining([neverUsed, usedLongAgo, othersRole]));
    expect(adminSees).not.toContain(manager.roleId);
    const [systemRole] = await db.query(`SELECT id FROM roles WHERE is_system`);
    expect(adminSees).not.toContain(systemRole.id);
    expect((await client.get(`/roles?unusedDays=0`)).status).toBe(400);
    const listed = (await client.get(`/roles?unusedDays=90`)).body.find((r: { id: number }) => r.id === usedLongAgo);
    expect(Date.parse(listed.lastUsedAt)).toBeLessThan(daysAgo(99).getTime());
  });
});
