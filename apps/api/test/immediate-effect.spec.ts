import { authzChangedChannel, authzInstancesKey } from '@tiergate/access';
import Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { AuthzService } from '../src/access/authz.service';
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
  expect(await staff.get('/roles')).toMatchObject({ status: 403, body: { message: 'Missing permission: role_module', code: 'MISSING_PERMISSION' } });
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

describe('R9 for accounts, across instances', () => {
  async function resellerAndManager() {
    const admin = await one.login(ADMIN_EMAIL, ADMIN_PASSWORD);
    const reseller = await makeAccount(db, 3, {
      permissions: [
        'user_module',
        'user_profile',
        'edit_user',
        'change_user_role',
        'role_module',
        'add_role',
        'set_role_permission',
        'subscriber_module',
        'add_subscriber',
        'subscriber_profile',
      ],
    });
    const resellerOnOne = await one.login(reseller.email, PASSWORD);
    const { body: role } = await resellerOnOne.post('/roles', { name: `Desk ${Date.now()}`, type: 6 });
    await resellerOnOne.put(`/roles/${role.id}/permissions`, { permissions: ['subscriber_module', 'subscriber_profile'] });
    const manager = await makeAccount(db, 6, { parentId: reseller.id, roleId: role.id });
    const managerOnTwo = await two.login(manager.email, PASSWORD);
    expect((await managerOnTwo.get('/me')).body.permissions).toEqual(['subscriber_module', 'subscriber_profile']);
    return { admin, reseller, resellerOnOne, manager, managerOnTwo, role };
  }

  it('grants and revokes apply at the next request', async () => {
    const { resellerOnOne, manager, managerOnTwo } = await resellerAndManager();
    await resellerOnOne.put(`/users/${manager.id}/permissions`, { grants: ['add_subscriber'], revokes: ['subscriber_profile'] });
    expect((await managerOnTwo.get('/me')).body.permissions).toEqual(['subscriber_module', 'add_subscriber']);
  });

  it('a new role applies at the next request', async () => {
    const { resellerOnOne, manager, managerOnTwo } = await resellerAndManager();
    const { body: other } = await resellerOnOne.post('/roles', { name: `Other ${Date.now()}`, type: 6 });
    await resellerOnOne.put(`/roles/${other.id}/permissions`, { permissions: ['subscriber_module'] });
    await resellerOnOne.put(`/users/${manager.id}/role`, { roleId: other.id });
    expect((await managerOnTwo.get('/me')).body.permissions).toEqual(['subscriber_module']);
  });

  it('disabling refuses the tokens at once', async () => {
    const { resellerOnOne, manager, managerOnTwo } = await resellerAndManager();
    await resellerOnOne.patch(`/users/${manager.id}`, { status: 'disabled' });
    expect((await managerOnTwo.get('/me')).status).toBe(401);
  });

  it('shrinking the principal’s permissions shrinks the manager at once, nothing rewritten', async () => {
    const { admin, reseller, managerOnTwo } = await resellerAndManager();
    await admin.put(`/users/${reseller.id}/permissions`, { grants: [], revokes: ['subscriber_profile'] });
    expect((await managerOnTwo.get('/me')).body.permissions).toEqual(['subscriber_module']);
    expect((await managerOnTwo.get('/subscribers/1')).status).toBe(403);
  });
});

describe('a change waits for the live API instances only (issue 7, 12a)', () => {
  const authz = (api: TestApi) => api.app.get(AuthzService);

  it('a listener on the change channel that is not an API instance is not waited for; every instance still drops its cache', async () => {
    const foreign = new Redis(one.config.REDIS_URL);
    await foreign.subscribe(authzChangedChannel(one.config.QUEUE_PREFIX));
    try {
      expect(await authz(one).changed()).toEqual({ awaited: [authz(two).instanceId], confirmed: [authz(two).instanceId] });

      const admin = await one.login(ADMIN_EMAIL, ADMIN_PASSWORD);
      const { body: role } = await admin.post('/roles', { name: `Foreign Ear ${Date.now()}`, type: 2 });
      await admin.put(`/roles/${role.id}/permissions`, { permissions: ['user_module', 'role_module'] });
      const staff = await two.login((await makeAccount(db, 2, { roleId: role.id })).email, PASSWORD);
      expect((await staff.get('/roles')).status).toBe(200); // cached on instance two
      await admin.put(`/roles/${role.id}/permissions`, { permissions: ['user_module'] });
      expect((await staff.get('/roles')).status).toBe(403);
    } finally {
      foreign.disconnect();
    }
  });

  it('an instance that shut down is no longer waited for', async () => {
    const three = await startApi(testEnv(one.config.DATABASE_URL, { QUEUE_PREFIX: one.config.QUEUE_PREFIX }));
    const threeId = authz(three).instanceId;
    expect((await authz(one).changed()).awaited.sort()).toEqual([authz(two).instanceId, threeId].sort());
    await three.close();
    expect(await authz(one).changed()).toEqual({ awaited: [authz(two).instanceId], confirmed: [authz(two).instanceId] });
  });

  it('a registered instance that does not answer (its subscriber dropped, or it crashed) delays a change only up to the timeout', async () => {
    const redis = new Redis(one.config.REDIS_URL);
    const key = authzInstancesKey(one.config.QUEUE_PREFIX);
    const [seconds] = await redis.time();
    await redis.zadd(key, Number(seconds) * 1000, 'silent-instance');
    try {
      const { awaited, confirmed } = await authz(one).changed();
      expect(awaited.sort()).toEqual([authz(two).instanceId, 'silent-instance'].sort());
      expect(confirmed).toEqual([authz(two).instanceId]);
    } finally {
      await redis.zrem(key, 'silent-instance');
      redis.disconnect();
    }
  });
});
