import { AccountType, allowedKeysForType, AuditAction } from '@tiergate/access';
import { createDataSource, MIGRATIONS, writeAudit } from '@tiergate/db';
import { DataSource } from 'typeorm';
import { ApiClient, createTestDatabase, openApi, TestApi } from './support/harness';
import { makeAccount, MadeAccount, PASSWORD } from './support/factories';

/**
 * R12 as amended: a reader sees an entry only when both its actor and what it touched are within its reach.
 * The tree: the Admin; reseller R with a direct-scope manager D and a subtree-scope manager T; sub-reseller S
 * below R with its own (direct-scope) manager SM; a second reseller R2. Every entry is made through the API.
 */

let api: TestApi;
let db: DataSource;
let admin: ApiClient;

const full = (type: AccountType, parentId?: number) => makeAccount(db, type, { parentId, permissions: allowedKeysForType(type) });
const signIn = (a: MadeAccount) => api.login(a.email, PASSWORD);

interface Entry {
  id: number;
  actorId: number | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
}
/** One entry as `<action> <targetType>/<targetId> by <actorId>`. */
const key = (e: Entry) => `${e.action} ${e.targetType}/${e.targetId} by ${e.actorId}`;
const keys = (entries: Entry[]) => entries.map(key).sort();

let R: MadeAccount, D: MadeAccount, T: MadeAccount, S: MadeAccount, SM: MadeAccount, R2: MadeAccount;
const client: Record<string, ApiClient> = {};
const customer: Record<string, number> = {};
let roleOfR: number, roleOfS: number;

beforeAll(async () => {
  ({ api, db, admin } = await openApi());
  R = await full(3);
  D = await full(6, R.id);
  T = await full(6, R.id);
  await db.query(`UPDATE accounts SET scope = 'subtree' WHERE id = $1`, [T.id]);
  S = await full(4, R.id);
  SM = await full(7, S.id);
  R2 = await full(3);
  for (const [name, account] of Object.entries({ R, D, T, S, SM, R2 })) client[name] = await signIn(account);

  const create = async (as: ApiClient, name: string, ownerId?: number) => {
    const res = await as.post('/subscribers', {
      username: `${name}.${Date.now()}`,
      name: `Customer ${name}`,
      phone: '+8801700000000',
      address: 'Road 1',
      ownerId,
    });
    expect(res.status).toBe(201);
    customer[name] = res.body.id;
  };
  await create(client.R, 'c1');
  await create(client.R, 'c2', S.id); // the sub-reseller's customer, created by the reseller
  await create(client.S, 'c3');
  await create(client.SM, 'c4');
  await create(client.D, 'c5');
  await create(client.R2, 'c6');
  await create(admin, 'c7', R.id);
  roleOfR = (await client.R.post('/roles', { name: 'Desk R', type: 6 })).body.id;
  roleOfS = (await client.S.post('/roles', { name: 'Desk S', type: 7 })).body.id;
  expect((await client.R.patch(`/users/${D.id}`, { name: 'Desk D' })).status).toBe(200);
  expect((await (await signIn(SM)).post('/auth/logout')).status).toBe(204);
  expect((await api.anonymous.post('/auth/login', { email: 'nobody@tiergate.test', password: 'wrong-password' })).status).toBe(401);
});
afterAll(() => api.close());

async function readAudit(as: ApiClient, query = ''): Promise<Entry[]> {
  const res = await as.get(`/audit?limit=200${query}`);
  expect(res.status).toBe(200);
  return res.body.items;
}

const login = (a: MadeAccount) => `auth.login account/${a.id} by ${a.id}`;
const created = (name: string, by: MadeAccount) => `subscriber.create subscriber/${customer[name]} by ${by.id}`;

describe('GET /audit reads only what both acted and was touched within reach', () => {
  it('the reseller: its whole subtree, but not the roles its sub-reseller owns (R7), the Admin or a sibling', async () => {
    expect(keys(await readAudit(client.R))).toEqual(
      [
        login(R),
        login(D),
        login(T),
        login(S),
        login(SM),
        login(SM),
        `auth.logout account/${SM.id} by ${SM.id}`,
        created('c1', R),
        created('c2', R),
        created('c3', S),
        created('c4', SM),
        created('c5', D),
        `role.create role/${roleOfR} by ${R.id}`,
        `user.update account/${D.id} by ${R.id}`,
      ].sort(),
    );
  });

  it('a direct-scope manager: its principal’s side only, and only its principal’s own customers', async () => {
    const seen = keys(await readAudit(client.D));
    expect(seen).toEqual(
      [login(D), login(T), created('c1', R), created('c5', D), `role.create role/${roleOfR} by ${R.id}`, `user.update account/${D.id} by ${R.id}`].sort(),
    );
    // The case: the reseller created c2 for its sub-reseller; its name, phone and address stay hidden.
    expect(seen).not.toContain(created('c2', R));
    expect(await readAudit(client.D, `&targetType=subscriber&targetId=${customer.c2}`)).toEqual([]);
  });

  it('a subtree-scope manager: the whole subtree, but not its principal’s own account', async () => {
    expect(keys(await readAudit(client.T))).toEqual(
      [
        login(D),
        login(T),
        login(S),
        login(SM),
        login(SM),
        `auth.logout account/${SM.id} by ${SM.id}`,
        created('c1', R),
        created('c2', R),
        created('c3', S),
        created('c4', SM),
        created('c5', D),
        `role.create role/${roleOfR} by ${R.id}`,
        `user.update account/${D.id} by ${R.id}`,
      ].sort(),
    );
  });

  it('the sub-reseller’s manager: its principal’s side, never what the reseller above did', async () => {
    expect(keys(await readAudit(client.SM))).toEqual(
      [login(SM), login(SM), `auth.logout account/${SM.id} by ${SM.id}`, created('c3', S), created('c4', SM), `role.create role/${roleOfS} by ${S.id}`].sort(),
    );
  });

  it('the second reseller: nothing of the first', async () => {
    expect(keys(await readAudit(client.R2))).toEqual([login(R2), created('c6', R2)].sort());
  });

  it('the Admin: every entry, failed sign-ins with unknown emails included', async () => {
    const all: { id: string }[] = await db.query(`SELECT id FROM audit_log ORDER BY id DESC`);
    const seen = await readAudit(admin);
    expect(seen.map((e) => e.id)).toEqual(all.map((e) => Number(e.id)));
    expect(seen).toContainEqual(expect.objectContaining({ action: 'auth.login_failed', actorId: null, targetLabel: 'nobody@tiergate.test' }));
  });

  it('a subscriber’s activity follows the same rule', async () => {
    expect(keys((await client.T.get(`/subscribers/${customer.c2}/activity`)).body.items)).toEqual([created('c2', R)]);
    expect((await client.D.get(`/subscribers/${customer.c2}/activity`)).status).toBe(404);
    expect(keys((await client.D.get(`/subscribers/${customer.c1}/activity`)).body.items)).toEqual([created('c1', R)]);
    expect((await client.R.get(`/subscribers/${customer.c7}/activity`)).body.items).toEqual([]); // the Admin created it
  });
});

describe('an entry’s reach', () => {
  it('is the deepest account both its actor’s principal and its target lie under, or none', async () => {
    const cases: [string | null, string | null, string | null][] = [
      ['/1/4/9/', '/1/4/12/', '/1/4/'],
      ['/1/4/', '/1/4/9/12/', '/1/4/'],
      ['/1/4/9/', '/1/4/', '/1/4/'],
      ['/1/4/', '/1/4/', '/1/4/'],
      ['/1/4/', '/1/45/', '/1/'],
      ['/1/', '/2/', null],
      ['/1/4/', null, null],
      [null, '/1/4/', null],
    ];
    const reachOf = async (principalPath: string | null, targetPath: string | null) => {
      const action = `reach.${Math.random()}`;
      await writeAudit(db.manager, { id: null, name: 'test', type: null, principalId: null, principalPath }, { action: action as AuditAction, targetPath });
      const [{ reach_path }] = await db.query(`SELECT reach_path FROM audit_log WHERE action = $1`, [action]);
      return reach_path;
    };
    for (const [principalPath, targetPath, reach] of cases)
      expect([principalPath, targetPath, await reachOf(principalPath, targetPath)]).toEqual([principalPath, targetPath, reach]);
  });
});

describe('session ids', () => {
  it('are kept out of sight for forensics and appear in no answer to any account', async () => {
    const sessions: { id: string; account_id: number }[] = await db.query(`SELECT id, account_id FROM sessions`);
    expect(sessions.length).toBeGreaterThan(6);
    const [{ missing }] = await db.query(`SELECT count(*)::int AS missing FROM audit_log WHERE action IN ('auth.login', 'auth.logout') AND session_id IS NULL`);
    expect(missing).toBe(0);
    const answers = [];
    for (const as of [admin, ...Object.values(client)]) {
      answers.push((await as.get('/audit?limit=200')).body, (await as.get('/users?pageSize=200')).body, (await as.get('/me')).body);
    }
    answers.push((await client.R.get(`/subscribers/${customer.c1}/activity`)).body);
    const text = JSON.stringify(answers);
    for (const { id } of sessions) expect(text).not.toContain(id);
    expect(text).not.toMatch(/sessionId|session_id|targetPath|reachPath|principalPath/);
  });
});

describe('the migration brings existing entries along', () => {
  it('moves session ids out of targets and places targets in the tree; what it cannot place stays Admin-only', async () => {
    const migration = new (MIGRATIONS.find((m) => m.name === 'AuditReach1764000000100')!)();
    const fresh = await createDataSource(await createTestDatabase()).initialize();
    const q = fresh.createQueryRunner();
    try {
      await migration.down!(q);
      const [{ id: branchId }] = await q.query(`INSERT INTO branches (slug, name) VALUES ('branch', 'branch') RETURNING id`);
      const [{ id: roleId }] = await q.query(
        `INSERT INTO roles (branch_id, name, display_name, type, defaults_status) VALUES ($1, 'branch-r', 'R', 3, 'skipped') RETURNING id`,
        [branchId],
      );
      const operator = async (type: AccountType, parentPath = '/') => {
        const [{ id }] = await q.query(
          `INSERT INTO accounts (branch_id, type, name, email, password_hash, path, role_id) VALUES ($1, $2, 'op', $3, 'x', '', $4) RETURNING id`,
          [branchId, type, `op${type}@tiergate.test`, roleId],
        );
        const path = `${parentPath}${id}/`;
        await q.query(`UPDATE accounts SET path = $2, principal_id = $1 WHERE id = $1`, [id, path]);
        return { id: id as number, path };
      };
      const r = await operator(3);
      const s = await operator(4, r.path);
      await q.query(`UPDATE roles SET owner_id = $1 WHERE id = $2`, [r.id, roleId]);
      const [{ id: subscriberId }] = await q.query(
        `INSERT INTO subscribers (username, name, owner_id, owner_path) VALUES ('legacy', 'Legacy', $1, $2) RETURNING id`,
        [s.id, s.path],
      );
      const [sessionR, sessionS] = ['0b6f2f4e-6d0a-4f0e-9a53-6f3b0c6f9d11', '7c1d8a9e-2b3f-4c5d-8e6f-0a1b2c3d4e5f'];
      await q.query(
        `INSERT INTO audit_log (actor_id, actor_name, principal_id, principal_path, action, target_type, target_id) VALUES
           ($1, 'r', $1, $2, 'auth.login', 'session', $5),
           ($1, 'r', $1, $2, 'subscriber.create', 'subscriber', $7),
           ($3, 's', $3, $4, 'user.update', 'account', $1::text),
           ($1, 'r', $1, $2, 'subscriber.delete', 'subscriber', '999999'),
           ($1, 'r', $1, $2, 'role.create', 'role', $8),
           ($3, 's', $3, $4, 'auth.logout', 'session', $6)`,
        [r.id, r.path, s.id, s.path, sessionR, sessionS, String(subscriberId), String(roleId)],
      );
      await migration.up(q);
      const rows = await q.query(`SELECT action, target_type, target_id, target_path, reach_path, session_id FROM audit_log ORDER BY id`);
      expect(rows).toEqual([
        { action: 'auth.login', target_type: 'account', target_id: String(r.id), target_path: r.path, reach_path: r.path, session_id: sessionR },
        { action: 'subscriber.create', target_type: 'subscriber', target_id: String(subscriberId), target_path: s.path, reach_path: r.path, session_id: null },
        { action: 'user.update', target_type: 'account', target_id: String(r.id), target_path: r.path, reach_path: r.path, session_id: null },
        { action: 'subscriber.delete', target_type: 'subscriber', target_id: '999999', target_path: null, reach_path: null, session_id: null },
        { action: 'role.create', target_type: 'role', target_id: String(roleId), target_path: r.path, reach_path: r.path, session_id: null },
        { action: 'auth.logout', target_type: 'account', target_id: String(s.id), target_path: s.path, reach_path: s.path, session_id: sessionS },
      ]);
      await expect(q.query(`UPDATE audit_log SET action = 'changed'`)).rejects.toThrow('audit_log is append-only');
    } finally {
      await q.release();
      await fresh.destroy();
    }
  });
});
