import { AccountType } from '@tiergate/access';
import { REBUILD_ROLE_COUNTS_SQL } from '@tiergate/db';
import { DataSource } from 'typeorm';
import { ApiClient, openApi, TestApi } from './support/harness';
import { makeAccount } from './support/factories';

/**
 * The counts GET /roles shows (`userCount`, `permissionCount`), kept per role by triggers (issue 17, migration
 * 1764000000580): after any series of changes, through the API or straight in SQL, they equal a recount of the
 * accounts and keys themselves, and the API answers them.
 */
let api: TestApi;
let db: DataSource;
let admin: ApiClient;

beforeAll(async () => ({ api, db, admin } = await openApi()));
afterAll(() => api.close());

/** The counts as the triggers kept them (zero rows left out) against the same counts rebuilt from the rows. */
async function keptAndRecounted() {
  const kept = await db.query(`SELECT role_id, holders, permissions FROM role_counts WHERE holders <> 0 OR permissions <> 0 ORDER BY 1`);
  const recounted = await db.transaction(async (m) => {
    await m.query(`CREATE TEMPORARY TABLE recount (LIKE role_counts) ON COMMIT DROP`);
    await m.query(REBUILD_ROLE_COUNTS_SQL.replace('INTO role_counts', 'INTO recount'));
    return m.query(`SELECT role_id, holders, permissions FROM recount WHERE holders <> 0 OR permissions <> 0 ORDER BY 1`);
  });
  return { kept, recounted };
}

/** What the Admin's GET /roles says of these roles, and what counting their accounts and keys says. */
async function listedAndCounted(ids: number[]) {
  const listed = ((await admin.get('/roles')).body as { id: number; userCount: number; permissionCount: number }[])
    .filter((r) => ids.includes(r.id))
    .map(({ id, userCount, permissionCount }) => ({ id, userCount, permissionCount }));
  const counted = await db.query(
    `SELECT id, (SELECT count(*)::int FROM accounts a WHERE a.role_id = r.id) AS "userCount",
            (SELECT count(*)::int FROM role_permissions p WHERE p.role_id = r.id) AS "permissionCount"
       FROM roles r WHERE id = ANY($1) ORDER BY id`,
    [ids],
  );
  return { listed, counted };
}

const staff = { type: AccountType.Staff };

describe('per-role counts of holders and keys', () => {
  it('equal a recount after roles are created, set, copied, imported and deleted, and accounts come, change role and go', async () => {
    const t = Date.now();
    const made = await admin.post('/roles', { name: `Counted ${t}`, ...staff });
    expect(made).toMatchObject({ status: 201, body: { userCount: 0, permissionCount: 0 } });
    const role = made.body.id as number;
    const set = await admin.put(`/roles/${role}/permissions`, { permissions: ['subscriber_module', 'subscriber_profile', 'ticket_module'] });
    expect(set).toMatchObject({ status: 200, body: { permissionCount: 3 } });
    expect(await admin.put(`/roles/${role}/permissions`, { permissions: ['subscriber_module', 'ticket_module'] })).toMatchObject({
      body: { permissionCount: 2 },
    });
    const copy = (await admin.post(`/roles/${role}/copy`)).body.id as number;
    const imported = await admin.post('/roles/import', { name: `counted-import-${t}`, displayName: `Imported ${t}`, ...staff, permissions: ['user_module'] });
    expect(imported.status).toBe(201);
    const importedId = imported.body[0].id as number;

    const holders = [];
    for (const email of ['one', 'two', 'three']) {
      const res = await admin.post('/users', { name: `Holder ${email}`, email: `${email}.${t}@counts.test`, password: 'holder-pass-1', type: 2, roleId: role });
      expect(res.status).toBe(201);
      holders.push(res.body.id as number);
    }
    expect((await admin.put(`/users/${holders[0]}/role`, { roleId: copy })).status).toBe(200);
    expect((await admin.delete(`/users/${holders[1]}`)).status).toBe(204);
    // Straight in SQL, as the fixtures and the worker's predefined permissions write.
    await makeAccount(db, AccountType.Staff, { roleId: importedId });
    await db.query(`INSERT INTO role_permissions (role_id, permission) VALUES ($1, 'role_module'), ($1, 'add_role')`, [importedId]);
    expect((await admin.get(`/roles/${role}`)).body).toMatchObject({ userCount: 1, permissionCount: 2 });

    // A held role cannot go (R5); once nobody holds it, it goes with its counts.
    expect((await admin.delete(`/roles/${copy}`)).status).toBe(409);
    expect((await admin.put(`/users/${holders[0]}/role`, { roleId: role })).status).toBe(200);
    expect((await admin.delete(`/roles/${copy}`)).status).toBe(204);
    expect(await db.query(`SELECT * FROM role_counts WHERE role_id = $1`, [copy])).toEqual([]);

    const { listed, counted } = await listedAndCounted([role, importedId]);
    expect(listed).toEqual(counted);
    expect(counted).toEqual([
      { id: role, userCount: 2, permissionCount: 2 },
      { id: importedId, userCount: 1, permissionCount: 3 },
    ]);
    const { kept, recounted } = await keptAndRecounted();
    expect(kept).toEqual(recounted);
  });

  it('stay right when many accounts change between the same roles in both directions at once (no lost update, no deadlock)', async () => {
    const [a, b] = await Promise.all([makeAccount(db, AccountType.Staff), makeAccount(db, AccountType.Staff)]);
    const accounts = await Promise.all(Array.from({ length: 12 }, (_, i) => makeAccount(db, AccountType.Staff, { roleId: i % 2 ? a.roleId : b.roleId })));
    await Promise.all(
      Array.from({ length: 60 }, (_, i) =>
        db.transaction(async (m) => {
          // Two accounts per transaction, the first towards one role and the second towards the other.
          const [first, second] = [accounts[i % 12], accounts[(i + 5) % 12]];
          await m.query(`UPDATE accounts SET role_id = $2 WHERE id = $1`, [first.id, i % 2 ? a.roleId : b.roleId]);
          await m.query(`UPDATE accounts SET role_id = $2 WHERE id = $1`, [second.id, i % 2 ? b.roleId : a.roleId]);
        }),
      ),
    );
    const { listed, counted } = await listedAndCounted([a.roleId, b.roleId]);
    expect(listed).toEqual(counted);
    expect(counted[0].userCount + counted[1].userCount).toBe(14);
    const { kept, recounted } = await keptAndRecounted();
    expect(kept).toEqual(recounted);
  });
});
