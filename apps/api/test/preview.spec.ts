import { AccountType, PermissionKey } from '@tiergate/access';
import { DataSource } from 'typeorm';
import { ApiClient, openApi, TestApi } from './support/harness';
import { makeAccount, MadeAccount, makeSubscriber, PASSWORD } from './support/factories';

let api: TestApi;
let db: DataSource;

beforeAll(async () => {
  ({ api, db } = await openApi({}, { admin: false }));
});
afterAll(() => api.close());

const RESELLER_KEYS: PermissionKey[] = [
  'user_module',
  'user_profile',
  'role_module',
  'subscriber_module',
  'subscriber_profile',
  'add_subscriber',
  'edit_subscriber',
  'my_profile_module',
  'reports_module',
  'activity_log',
];
const MANAGER_KEYS: PermissionKey[] = ['subscriber_module', 'subscriber_profile', 'add_subscriber', 'my_profile_module'];

const signIn = (account: MadeAccount) => api.login(account.email, PASSWORD);

/** GET `url` in a preview of `target` (`account:12`, `role:7`). */
const previewing = (client: ApiClient, target: string, method: string, url: string, body?: unknown) =>
  client.request(method, url, body === undefined ? undefined : JSON.stringify(body), { 'x-preview-as': target });

const sessionsOf = async (account: MadeAccount) => Number((await db.query(`SELECT count(*) FROM sessions WHERE account_id = $1`, [account.id]))[0].count);
const ids = (res: { body: { items: { id: number }[] } }) => res.body.items.map((s) => s.id).sort((x, y) => x - y);
const sorted = (keys: string[]) => [...keys].sort();

/** A reseller with a manager, a subreseller below it, subscribers at each, and another reseller beside it. */
async function world() {
  const reseller = await makeAccount(db, AccountType.Reseller, { permissions: RESELLER_KEYS });
  const manager = await makeAccount(db, AccountType.ResellerStaff, { parentId: reseller.id, permissions: MANAGER_KEYS });
  const sub = await makeAccount(db, AccountType.Subreseller, { parentId: reseller.id, permissions: ['subscriber_module'] });
  const other = await makeAccount(db, AccountType.Reseller, { permissions: RESELLER_KEYS });
  const otherManager = await makeAccount(db, AccountType.ResellerStaff, { parentId: other.id, permissions: MANAGER_KEYS });
  const own = await makeSubscriber(db, reseller.id);
  const below = await makeSubscriber(db, sub.id);
  await makeSubscriber(db, other.id);
  return { reseller, manager, sub, other, otherManager, own, below };
}

describe('GET /preview', () => {
  it('answers what GET /me of the account answers, for the account and for its role, issuing no session of it', async () => {
    const w = await world();
    const reseller = await signIn(w.reseller);

    const allSessions = () => db.query(`SELECT id, account_id, revoked_at FROM sessions ORDER BY id`);
    const sessionsBefore = await allSessions();
    const asAccount = await reseller.get(`/preview?accountId=${w.manager.id}`);
    const asRole = await reseller.get(`/preview?roleId=${w.manager.roleId}`);
    const viaHeader = await previewing(reseller, `account:${w.manager.id}`, 'GET', '/me');
    expect([asAccount.status, asRole.status, viaHeader.status]).toEqual([200, 200, 200]);
    expect(await allSessions()).toEqual(sessionsBefore);
    expect(await sessionsOf(w.manager)).toBe(0);

    const me = (await (await signIn(w.manager)).get('/me')).body;
    expect(sorted(me.permissions)).toEqual(sorted(MANAGER_KEYS));
    expect(asAccount.body).toEqual(me);
    expect(viaHeader.body).toEqual(me);
    expect(sorted(asRole.body.permissions)).toEqual(sorted(me.permissions));
    expect(asRole.body).toMatchObject({ type: AccountType.ResellerStaff, role: { id: w.manager.roleId }, scope: 'direct' });
  });

  it('audits preview.open with the previewer as actor and the previewed account or role as target', async () => {
    const w = await world();
    const reseller = await signIn(w.reseller);
    await reseller.get(`/preview?accountId=${w.manager.id}`);
    await reseller.get(`/preview?roleId=${w.manager.roleId}`);
    await previewing(reseller, `account:${w.manager.id}`, 'GET', '/subscribers');
    const entries = await db.query(`SELECT actor_id, target_type, target_id FROM audit_log WHERE action = 'preview.open' AND actor_id = $1 ORDER BY id`, [
      w.reseller.id,
    ]);
    expect(entries).toEqual([
      { actor_id: w.reseller.id, target_type: 'account', target_id: String(w.manager.id) },
      { actor_id: w.reseller.id, target_type: 'role', target_id: String(w.manager.roleId) },
    ]);
    // The reseller reads its own entry in the action log.
    const log = await reseller.get(`/audit?action=preview.open`);
    expect(log.body.items.map((e: { targetId: string }) => e.targetId)).toEqual([String(w.manager.roleId), String(w.manager.id)]);
  });

  it('is 404 outside the caller’s reach: another reseller’s manager, a role of another owner, its own parent', async () => {
    const w = await world();
    const reseller = await signIn(w.reseller);
    for (const url of [`/preview?accountId=${w.otherManager.id}`, `/preview?roleId=${w.otherManager.roleId}`, `/preview?accountId=${w.reseller.id}`]) {
      expect([url, (await reseller.get(url)).status]).toEqual([url, 404]);
    }
    const adminId: number = (await db.query(`SELECT id FROM accounts WHERE type = 1 ORDER BY id LIMIT 1`))[0].id;
    expect((await reseller.get(`/preview?accountId=${adminId}`)).status).toBe(404);
    const staff = await makeAccount(db, AccountType.ResellerStaff, { parentId: w.reseller.id, permissions: ['user_profile', 'user_module'] });
    expect((await (await signIn(staff)).get(`/preview?accountId=${w.reseller.id}`)).status).toBe(404);
    expect((await previewing(reseller, `account:${w.otherManager.id}`, 'GET', '/me')).status).toBe(404);
    expect((await previewing(reseller, `role:${w.otherManager.roleId}`, 'GET', '/me')).status).toBe(404);
    expect(await db.query(`SELECT 1 FROM audit_log WHERE action = 'preview.open' AND actor_id = $1`, [w.reseller.id])).toEqual([]);
  });

  it('needs user_profile for an account and role_module for a role', async () => {
    const w = await world();
    const manager = await makeAccount(db, AccountType.ResellerStaff, { parentId: w.reseller.id, permissions: ['subscriber_module'] });
    const client = await signIn(manager);
    for (const [url, key] of [
      [`/preview?accountId=${w.manager.id}`, 'user_profile'],
      [`/preview?roleId=${w.manager.roleId}`, 'role_module'],
    ]) {
      const res = await client.get(url);
      expect(res).toMatchObject({ status: 403, body: { code: 'MISSING_PERMISSION', message: `Missing permission: ${key}` } });
    }
  });

  it('refuses none or both of roleId and accountId, and a malformed preview header, with 400', async () => {
    const w = await world();
    const reseller = await signIn(w.reseller);
    for (const url of ['/preview', `/preview?accountId=${w.manager.id}&roleId=${w.manager.roleId}`, '/preview?accountId=abc', '/preview?roleId=0']) {
      expect([url, (await reseller.get(url)).body]).toMatchObject([url, { statusCode: 400, code: 'VALIDATION_FAILED' }]);
    }
    for (const header of ['account', `account:${w.manager.id}x`, `user:${w.manager.id}`, 'role:0', 'role:99999999999', ` account:${w.manager.id}`]) {
      const res = await previewing(reseller, header, 'GET', '/me');
      expect([header, res.body]).toMatchObject([
        header,
        { statusCode: 400, code: 'VALIDATION_FAILED', message: 'x-preview-as must be account:<id> or role:<id>' },
      ]);
    }
  });
});

describe('requests in a preview', () => {
  it('refuse every write with 403 read only and write nothing, even for a previewer that may write', async () => {
    const w = await world();
    const reseller = await signIn(w.reseller);
    const before = await db.query(`SELECT (SELECT count(*) FROM subscribers) AS subscribers, (SELECT count(*) FROM audit_log) AS entries`);
    const writes: [string, string, unknown][] = [
      ['POST', '/subscribers', { username: `preview-${Date.now()}`, name: 'Previewed' }],
      ['PATCH', `/subscribers/${w.own}`, { name: 'Renamed in preview' }],
      ['DELETE', `/subscribers/${w.own}`, undefined],
      ['POST', '/auth/logout', undefined],
      ['PATCH', '/me', { name: 'Not me' }],
    ];
    for (const [method, url, body] of writes) {
      const res = await previewing(reseller, `account:${w.manager.id}`, method, url, body);
      expect([method, url, res.body]).toEqual([
        method,
        url,
        { statusCode: 403, error: 'Forbidden', code: 'PREVIEW_READ_ONLY', message: 'Preview is read only' },
      ]);
    }
    expect(await db.query(`SELECT (SELECT count(*) FROM subscribers) AS subscribers, (SELECT count(*) FROM audit_log) AS entries`)).toEqual(before);
    // Still signed in: the logout above was refused too.
    expect((await reseller.get('/me')).status).toBe(200);
  });

  it('answer as the previewed account: its customers, within its permissions', async () => {
    const w = await world();
    const reseller = await signIn(w.reseller);
    expect(ids(await reseller.get('/subscribers'))).toEqual([w.own, w.below].sort((a, b) => a - b));
    // The manager (direct scope) sees only the reseller's own subscribers, and has no user_module.
    expect(ids(await previewing(reseller, `account:${w.manager.id}`, 'GET', '/subscribers'))).toEqual([w.own]);
    expect(ids(await previewing(reseller, `role:${w.manager.roleId}`, 'GET', '/subscribers'))).toEqual([w.own]);
    expect((await previewing(reseller, `account:${w.manager.id}`, 'GET', `/subscribers/${w.below}`)).status).toBe(404);
    expect((await previewing(reseller, `account:${w.manager.id}`, 'GET', '/users')).body).toMatchObject({ statusCode: 403, code: 'MISSING_PERMISSION' });
    expect((await previewing(reseller, `account:${w.sub.id}`, 'GET', '/subscribers')).body.items.map((s: { id: number }) => s.id)).toEqual([w.below]);
    // A role's preview is a direct-scope account of it under the previewer: an operator role's too (the sub-reseller's).
    expect(ids(await previewing(reseller, `role:${w.sub.roleId}`, 'GET', '/subscribers'))).toEqual([w.own]);
  });

  it('never exceed the previewer: permissions ∩ its own, customers within its own', async () => {
    const w = await world();
    // A direct-scope manager that may preview, and a sibling with more keys and subtree scope.
    const previewer = await makeAccount(db, AccountType.ResellerStaff, {
      parentId: w.reseller.id,
      permissions: ['user_module', 'user_profile', 'subscriber_module', 'my_profile_module'],
    });
    const wider = await makeAccount(db, AccountType.ResellerStaff, { parentId: w.reseller.id, permissions: [...MANAGER_KEYS, 'user_module'] });
    await db.query(`UPDATE accounts SET scope = 'subtree' WHERE id = $1`, [wider.id]);
    const client = await signIn(previewer);

    const preview = await client.get(`/preview?accountId=${wider.id}`);
    expect(sorted(preview.body.permissions)).toEqual(sorted(['subscriber_module', 'my_profile_module', 'user_module']));
    const own = (await client.get('/me')).body.permissions as string[];
    expect(preview.body.permissions.every((k: string) => own.includes(k))).toBe(true);
    // The sibling itself sees the subtree; previewed by a direct-scope manager, only what that manager sees.
    expect(ids(await (await signIn(wider)).get('/subscribers'))).toEqual([w.own, w.below].sort((a, b) => a - b));
    expect(ids(await previewing(client, `account:${wider.id}`, 'GET', '/subscribers'))).toEqual(ids(await client.get('/subscribers')));
    expect(ids(await previewing(client, `account:${wider.id}`, 'GET', '/subscribers'))).toEqual([w.own]);
    // A key the sibling holds and the previewer does not: refused as for the previewer.
    expect((await previewing(client, `account:${wider.id}`, 'GET', `/subscribers/${w.own}`)).body).toMatchObject({ code: 'MISSING_PERMISSION' });
    // An operator below its principal: none of its customers are the manager's, so there is nothing to preview.
    expect((await client.get(`/preview?accountId=${w.sub.id}`)).status).toBe(404);
  });
});
