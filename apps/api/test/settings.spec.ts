import { AccountType, allowedKeysForType, CATALOG, MODULE_KEYS } from '@tiergate/access';
import { DataSource } from 'typeorm';
import { ApiClient, openTwoApis, TestApi } from './support/harness';
import { makeAccount, PASSWORD } from './support/factories';

/** Module switches (API.md "Audit and settings"), R9 across two API instances on one PostgreSQL and one Redis. */
let one: TestApi;
let two: TestApi;
let db: DataSource;
let admin: ApiClient;

beforeAll(async () => ({ one, two, db, admin } = await openTwoApis()));
afterAll(async () => {
  await one.close();
  await two.close();
});

const switchModule = (key: unknown, enabled: unknown, by = admin) => by.put('/settings/modules', { key, enabled });
const enabledOf = (list: { key: string; enabled: boolean }[], key: string) => list.find((m) => m.key === key)?.enabled;
const settingsAudits = async () =>
  db.query(`SELECT actor_id, target_type, target_id, target_label, target_path, changes FROM audit_log WHERE action = 'settings.module.update' ORDER BY id`);
const storedSwitches = () => db.query(`SELECT key, enabled FROM module_settings ORDER BY key`);

it('lists every module of the catalog, in its order, all on at first', async () => {
  const res = await admin.get('/settings/modules');
  expect(res.status).toBe(200);
  expect(res.body).toEqual(CATALOG.map((m) => ({ key: m.key, label: m.label, enabled: true })));
  expect(res.body.map((m: { key: string }) => m.key)).toEqual(MODULE_KEYS);
});

it('refuses every other account, whatever it holds: a reseller and the Admin’s own staff get 403 and change nothing', async () => {
  const reseller = await makeAccount(db, AccountType.Reseller, { permissions: allowedKeysForType(AccountType.Reseller) });
  const staff = await makeAccount(db, AccountType.Staff, { permissions: allowedKeysForType(AccountType.Staff) });
  const before = { audits: await settingsAudits(), stored: await storedSwitches() };
  for (const account of [reseller, staff]) {
    const client = await two.login(account.email, PASSWORD);
    const refused = { status: 403, body: { statusCode: 403, message: 'Only the Admin can switch modules', error: 'Forbidden', code: 'FORBIDDEN' } };
    expect(await client.get('/settings/modules')).toEqual(refused);
    expect(await switchModule('voucher_management', false, client)).toEqual(refused);
  }
  expect({ audits: await settingsAudits(), stored: await storedSwitches() }).toEqual(before);
});

it('switching a module off takes its keys and routes from an account signed in on the other instance at its next request; on again restores them', async () => {
  const reseller = await makeAccount(db, AccountType.Reseller, {
    permissions: ['subscriber_module', 'subscriber_profile', 'add_subscriber', 'user_module', 'user_profile'],
  });
  const onTwo = await two.login(reseller.email, PASSWORD);
  expect((await onTwo.get('/subscribers')).status).toBe(200); // cached on instance two from here on
  expect((await onTwo.get('/me')).body).toMatchObject({
    permissions: ['user_module', 'user_profile', 'subscriber_module', 'add_subscriber', 'subscriber_profile'],
    disabledModules: [],
  });

  const off = await switchModule('subscriber_management', false);
  expect(off.status).toBe(200);
  expect(enabledOf(off.body, 'subscriber_management')).toBe(false);
  expect(off.body.filter((m: { enabled: boolean }) => !m.enabled)).toHaveLength(1);

  // The panel says why a screen of it cannot be opened: the module is off for everyone (R9).
  expect((await onTwo.get('/me')).body).toMatchObject({ permissions: ['user_module', 'user_profile'], disabledModules: ['subscriber_management'] });
  expect(await onTwo.get('/subscribers')).toMatchObject({ status: 403, body: { message: 'Missing permission: subscriber_module', code: 'MODULE_DISABLED' } });
  expect((await onTwo.post('/subscribers', { username: `off${Date.now()}`, name: 'Nobody' })).status).toBe(403);
  // The Admin holds all, except a module switched off; the explanation says so.
  expect((await admin.get('/subscribers')).status).toBe(403);
  expect((await admin.get(`/users/${reseller.id}/effective-permissions`)).body.explain.subscriber_module).toBe('module switched off');
  expect((await new ApiClient(two.app, admin.token).get('/settings/modules')).body).toEqual(off.body);

  const on = await switchModule('subscriber_management', true);
  expect(on.status).toBe(200);
  expect(on.body.every((m: { enabled: boolean }) => m.enabled)).toBe(true);
  expect((await onTwo.get('/me')).body.permissions).toEqual(['user_module', 'user_profile', 'subscriber_module', 'add_subscriber', 'subscriber_profile']);
  expect((await onTwo.get('/subscribers')).status).toBe(200);
});

it('audits each switch in its transaction, before and after; a switch to the state it is in writes nothing', async () => {
  const [{ id: adminId }] = await db.query(`SELECT id FROM accounts WHERE type = 1`);
  const earlier = (await settingsAudits()).length;
  await switchModule('ticket_management', false);
  await switchModule('ticket_management', false);
  await switchModule('ticket_management', true);
  await switchModule('ticket_management', true);
  const entries = (await settingsAudits()).slice(earlier);
  const entry = { actor_id: adminId, target_type: 'module', target_id: 'ticket_management', target_label: 'Ticket Management', target_path: null };
  expect(entries).toEqual([
    { ...entry, changes: { before: { enabled: true }, after: { enabled: false } } },
    { ...entry, changes: { before: { enabled: false }, after: { enabled: true } } },
  ]);
  const page = await admin.get('/audit?action=settings.module.update&targetId=ticket_management');
  expect(page.body.items.map((i: { changes: object }) => i.changes)).toEqual([entries[1].changes, entries[0].changes]);
});

it('lets the Admin switch off User Management, the module of roles, and switch it back: settings need no permission', async () => {
  const off = await switchModule('user_management', false);
  expect(enabledOf(off.body, 'user_management')).toBe(false);
  expect(await admin.get('/roles')).toMatchObject({ status: 403, body: { message: 'Missing permission: role_module', code: 'MODULE_DISABLED' } });
  expect((await admin.get('/me')).body.permissions).not.toContain('user_module');
  const on = await switchModule('user_management', true);
  expect(enabledOf(on.body, 'user_management')).toBe(true);
  expect((await admin.get('/roles')).status).toBe(200);
});

it('refuses bad input with 400 and writes nothing', async () => {
  const before = { audits: await settingsAudits(), stored: await storedSwitches() };
  expect(await switchModule('no_such_module', false)).toMatchObject({ status: 400, body: { message: 'Unknown module: no_such_module' } });
  // Keys are the catalog's module keys (GET /permissions), not the module permission keys.
  expect(await switchModule('subscriber_module', false)).toMatchObject({ status: 400, body: { message: 'Unknown module: subscriber_module' } });
  expect(await switchModule('__proto__', false)).toMatchObject({ status: 400, body: { message: 'Unknown module: __proto__' } });
  expect(await switchModule(5, false)).toMatchObject({ status: 400, body: { message: ['key must be a string'] } });
  expect(await switchModule('reports', 'false')).toMatchObject({ status: 400, body: { message: ['enabled must be true or false'] } });
  expect(await switchModule('reports', null)).toMatchObject({ status: 400, body: { message: ['enabled must be true or false'] } });
  expect(await admin.put('/settings/modules', { key: 'reports' })).toMatchObject({ status: 400, body: { message: ['enabled must be true or false'] } });
  expect(await admin.put('/settings/modules', { key: 'reports', enabled: false, all: true })).toMatchObject({
    status: 400,
    body: { message: ['property all should not exist'] },
  });
  expect(await admin.put('/settings/modules')).toMatchObject({ status: 400 });
  expect(await admin.request('GET', '/settings/modules?key=reports')).toMatchObject({ status: 400 });
  expect({ audits: await settingsAudits(), stored: await storedSwitches() }).toEqual(before);
});
