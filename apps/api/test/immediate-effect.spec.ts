import { DataSource } from 'typeorm';
import { ApiClient, ADMIN_EMAIL, ADMIN_PASSWORD, createTestDatabase, startApi, testEnv, TestApi } from './support/harness';
import { makeAccount, PASSWORD } from './support/factories';

/** R9 across instances: two API processes' worth of Nest apps on one PostgreSQL and one Redis. */
let one: TestApi;
let two: TestApi;
let db: DataSource;

beforeAll(async () => {
  const env = testEnv(await createTestDatabase());
  one = await startApi(env);
  two = await startApi(env);
  db = one.app.get(DataSource);
});
afterAll(async () => {
  await one.close();
  await two.close();
});

it('a role change applies to every holder on the other instance at their very next request, with no new login', async () => {
  const admin = await one.login(ADMIN_EMAIL, ADMIN_PASSWORD);
  const { body: role } = await admin.post('/roles', { name: 'Floor Staff', type: 2 });
  await admin.put(`/roles/${role.id}/permissions`, { permissions: ['user_module', 'role_module'] });
  const staffAccount = await makeAccount(db, 2, { roleId: role.id });
  const staff = await two.login(staffAccount.email, PASSWORD);

  expect((await staff.get('/roles')).status).toBe(200); // now cached on instance two
  expect((await staff.get('/me')).body.permissions).toEqual(['user_module', 'role_module']);

  await admin.put(`/roles/${role.id}/permissions`, { permissions: ['user_module'] });
  expect(await staff.get('/roles')).toMatchObject({ status: 403, body: { message: 'Missing permission: role_module' } });
  expect((await staff.get('/me')).body.permissions).toEqual(['user_module']);

  await admin.put(`/roles/${role.id}/permissions`, { permissions: ['user_module', 'role_module', 'add_role'] });
  expect((await staff.get('/roles')).status).toBe(200);
});

it('shrinking a reseller’s role shrinks its staff at once (R6 ceiling), on the other instance', async () => {
  const admin = await one.login(ADMIN_EMAIL, ADMIN_PASSWORD);
  const { body: resellerRole } = await admin.post('/roles', { name: 'Big Reseller', type: 3 });
  await admin.put(`/roles/${resellerRole.id}/permissions`, { permissions: ['user_module', 'role_module', 'subscriber_module'] });
  const reseller = await makeAccount(db, 3, { roleId: resellerRole.id });
  const staffAccount = await makeAccount(db, 6, { parentId: reseller.id, permissions: ['user_module', 'role_module', 'subscriber_module'] });
  const staff = await two.login(staffAccount.email, PASSWORD);
  expect((await staff.get('/me')).body.permissions).toEqual(['user_module', 'role_module', 'subscriber_module']);

  await admin.put(`/roles/${resellerRole.id}/permissions`, { permissions: ['subscriber_module'] });
  expect((await staff.get('/me')).body.permissions).toEqual(['subscriber_module']);
  expect((await staff.get('/roles')).status).toBe(403);
});

it('a logout on one instance ends the session on the other', async () => {
  const onOne = await one.login(ADMIN_EMAIL, ADMIN_PASSWORD);
  const sameTokenOnTwo = new ApiClient(two.app, onOne.token);
  expect((await sameTokenOnTwo.get('/me')).status).toBe(200);
  expect((await onOne.post('/auth/logout')).status).toBe(204);
  expect((await sameTokenOnTwo.get('/me')).status).toBe(401);
});
