import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { authzChangedChannel, GRANT_EXPIRY_MAX_DAYS, grantExpiryJobId, JobName } from '@tiergate/access';
import Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { loadWorkerConfig } from '../../worker/src/config';
import { GRANT_SWEEP_SCHEDULER_ID, JobRunner } from '../../worker/src/job-runner';
import { WorkerModule } from '../../worker/src/worker.module';
import { makeAccount, MadeAccount, PASSWORD } from './support/factories';
import { ApiClient, openTwoApis, TestApi } from './support/harness';
import { waitFor } from './support/redis-server';

/** R15: a grant with an expiry, on two API instances sharing one PostgreSQL and one Redis. */
let one: TestApi;
let two: TestApi;
let db: DataSource;
let admin: ApiClient;
let env: Record<string, string>;

beforeAll(async () => ({ one, two, db, env, admin } = await openTwoApis({ SWEEP_INTERVAL_MS: '300000' })));
afterAll(async () => {
  await one.close();
  await two.close();
});

const inMs = (ms: number) => new Date(Date.now() + ms).toISOString();

/** A staff account whose role gives user_module only; role_module comes from a grant. */
async function staffWithRole(): Promise<MadeAccount> {
  return makeAccount(db, 2, { permissions: ['user_module'] });
}

describe('the moment a grant expires', () => {
  it('it stops counting on both instances, with no write, no publish and no request to trigger it', async () => {
    const staff = await staffWithRole();
    const expiresAt = inMs(3000);
    const set = await admin.put(`/users/${staff.id}/permissions`, { grants: [{ key: 'role_module', expiresAt }], revokes: [] });
    expect(set).toMatchObject({ status: 200, body: { grants: ['role_module'], grantExpiry: { role_module: expiresAt } } });
    const onOne = await one.login(staff.email, PASSWORD);
    const onTwo = await two.login(staff.email, PASSWORD);
    // Both instances now hold the account's access in their caches.
    expect((await onOne.get('/roles')).status).toBe(200);
    expect((await onTwo.get('/roles')).status).toBe(200);

    const ear = new Redis(one.config.REDIS_URL);
    const heard: string[] = [];
    await ear.subscribe(authzChangedChannel(one.config.QUEUE_PREFIX));
    ear.on('message', (_channel, message) => heard.push(message));
    try {
      const refused = (client: ApiClient) =>
        waitFor(
          () => client.get('/roles'),
          (r) => r.status !== 200,
        );
      expect(await refused(onTwo)).toMatchObject({ status: 403, body: { message: 'Missing permission: role_module' } });
      expect(await refused(onOne)).toMatchObject({ status: 403 });
      expect(Date.now()).toBeGreaterThanOrEqual(new Date(expiresAt).getTime());
      expect((await onTwo.get('/me')).body.permissions).toEqual(['user_module']);
      expect(heard).toEqual([]); // nobody announced anything: each instance's own clock did it
    } finally {
      ear.disconnect();
    }
    // Nothing was deleted (no worker runs here): the row is still there, and is not shown as a grant any more.
    expect(await db.query(`SELECT permission FROM account_permissions WHERE account_id = $1`, [staff.id])).toEqual([{ permission: 'role_module' }]);
    expect((await admin.get(`/users/${staff.id}`)).body).toMatchObject({ grants: [], grantExpiry: {} });
  });

  it("a principal's expiring grant caps its staff at the same moment (R6 ceiling)", async () => {
    const reseller = await makeAccount(db, 3, { permissions: ['user_module'] });
    const manager = await makeAccount(db, 6, { parentId: reseller.id, permissions: ['user_module', 'role_module'] });
    await admin.put(`/users/${reseller.id}/permissions`, { grants: [{ key: 'role_module', expiresAt: inMs(2500) }], revokes: [] });
    const onTwo = await two.login(manager.email, PASSWORD);
    expect((await onTwo.get('/me')).body.permissions).toEqual(['user_module', 'role_module']);
    const after = await waitFor(
      () => onTwo.get('/me'),
      (r) => r.body.permissions.length !== 2,
    );
    expect(after.body.permissions).toEqual(['user_module']);
  });
});

describe('what the account view and the effective permissions show', () => {
  it('each grant with its expiry, and "granted to the account" keys with theirs', async () => {
    const staff = await staffWithRole();
    const expiresAt = new Date(Date.now() + 24 * 3600 * 1000).toISOString();
    await admin.put(`/users/${staff.id}/permissions`, {
      grants: ['activity_log', { key: 'role_module', expiresAt }, { key: 'user_module', expiresAt }],
      revokes: [],
    });
    expect((await admin.get(`/users/${staff.id}`)).body).toMatchObject({
      grants: ['activity_log', 'role_module', 'user_module'],
      grantExpiry: { role_module: expiresAt, user_module: expiresAt },
    });
    const eff = await admin.get(`/users/${staff.id}/effective-permissions`);
    expect(eff.body.explain).toMatchObject({ role_module: 'granted to the account', user_module: 'granted by role' });
    // user_module is the role's as well, so its grant's expiry changes nothing: only role_module's is shown.
    expect(eff.body.expiresAt).toEqual({ role_module: expiresAt });
    const [entry] = await db.query(`SELECT changes FROM audit_log WHERE action = 'user.permissions.update' AND target_id = $1`, [String(staff.id)]);
    expect(entry.changes.after).toEqual({
      grants: ['activity_log', 'role_module', 'user_module'],
      revokes: [],
      grantExpiry: { role_module: expiresAt, user_module: expiresAt },
    });
  });

  it('plain keys keep working as before', async () => {
    const staff = await staffWithRole();
    const res = await admin.put(`/users/${staff.id}/permissions`, { grants: ['role_module'], revokes: [] });
    expect(res).toMatchObject({ status: 200, body: { grants: ['role_module'], grantExpiry: {} } });
  });
});

describe('bad expiries are refused with 400', () => {
  const cases: [string, unknown, RegExp][] = [
    ['in the past', { key: 'role_module', expiresAt: inMs(-60_000) }, /expiresAt of role_module must be in the future/],
    ['too far ahead', { key: 'role_module', expiresAt: inMs((GRANT_EXPIRY_MAX_DAYS + 1) * 24 * 3600 * 1000) }, /at most 366 days ahead/],
    ['without a time zone', { key: 'role_module', expiresAt: '2030-01-01T10:00:00' }, /each grant must be a permission key or \{key, expiresAt\}/],
    ['not a date', { key: 'role_module', expiresAt: 'tomorrow' }, /each grant must be/],
    ['a date the database cannot store', { key: 'role_module', expiresAt: '2030-02-30T10:00:00Z' }, /each grant must be/],
    ['with an unknown field', { key: 'role_module', expiresAt: inMs(60_000), note: 'x' }, /each grant must be/],
    ['without a key', { expiresAt: inMs(60_000) }, /each grant must be/],
    ['an unknown key', { key: 'no_such_key', expiresAt: inMs(60_000) }, /Unknown permission keys: no_such_key/],
  ];
  it.each(cases)('%s', async (_name, grant, message) => {
    const staff = await staffWithRole();
    const res = await admin.put(`/users/${staff.id}/permissions`, { grants: [grant], revokes: [] });
    expect(res).toMatchObject({ status: 400, body: { code: 'VALIDATION_FAILED' } });
    expect(String(res.body.message)).toMatch(message);
    expect(await db.query(`SELECT 1 FROM account_permissions WHERE account_id = $1`, [staff.id])).toEqual([]);
  });
});

describe('the worker deletes expired grants (R15)', () => {
  let worker: INestApplicationContext;
  beforeAll(async () => {
    worker = await NestFactory.createApplicationContext(WorkerModule.forRoot(loadWorkerConfig(env)), { logger: false, abortOnError: false });
  });
  afterAll(() => worker.close());

  const expiryEntries = (accountId: number) =>
    db.query(`SELECT actor_id, actor_name, changes FROM audit_log WHERE action = 'user.permissions.expire' AND target_id = $1`, [String(accountId)]);

  it('at the moment, in one transaction with an audit entry by "system", and announces it to every instance', async () => {
    const staff = await staffWithRole();
    const expiresAt = inMs(1500);
    await admin.put(`/users/${staff.id}/permissions`, { grants: ['activity_log', { key: 'role_module', expiresAt }], revokes: [] });
    const onTwo = await two.login(staff.email, PASSWORD);
    expect((await onTwo.get('/roles')).status).toBe(200);
    const [entry] = await waitFor(
      () => expiryEntries(staff.id),
      (rows) => rows.length > 0,
    );
    expect(entry).toEqual({
      actor_id: null,
      actor_name: 'system',
      changes: { before: { grants: ['activity_log', 'role_module'] }, after: { grants: ['activity_log'] }, expired: { role_module: expiresAt } },
    });
    expect(await db.query(`SELECT permission FROM account_permissions WHERE account_id = $1`, [staff.id])).toEqual([{ permission: 'activity_log' }]);
    expect((await onTwo.get('/roles')).status).toBe(403);
    expect((await admin.get(`/users/${staff.id}`)).body).toMatchObject({ grants: ['activity_log'], grantExpiry: {} });
  });

  it('a grant set again with a later expiry before its job runs is not deleted', async () => {
    const staff = await staffWithRole();
    const first = new Date(Date.now() + 1500);
    await admin.put(`/users/${staff.id}/permissions`, { grants: [{ key: 'role_module', expiresAt: first.toISOString() }], revokes: [] });
    await admin.put(`/users/${staff.id}/permissions`, { grants: [{ key: 'role_module', expiresAt: inMs(3600_000) }], revokes: [] });
    const queue = worker.get(JobRunner).grantQueue;
    expect(await (await queue.getJob(grantExpiryJobId(staff.id, first)))?.getState()).toBe('delayed');
    // The first job runs at its moment and is removed once done.
    await waitFor(
      () => queue.getJob(grantExpiryJobId(staff.id, first)),
      (job) => job === undefined,
    );
    expect(await queue.getJob(grantExpiryJobId(staff.id, first))).toBeUndefined();
    expect(await expiryEntries(staff.id)).toEqual([]);
    expect((await admin.get(`/users/${staff.id}`)).body.grants).toEqual(['role_module']);
  });

  it('the sweep deletes an expired grant whose job was lost', async () => {
    const staff = await staffWithRole();
    await db.query(
      `INSERT INTO account_permissions (account_id, permission, effect, expires_at) VALUES ($1, 'role_module', 'grant', now() - interval '1 minute')`,
      [staff.id],
    );
    await worker.get(JobRunner).grantQueue.upsertJobScheduler(GRANT_SWEEP_SCHEDULER_ID, { every: 300 }, { name: JobName.SweepExpiredGrants, data: {} });
    const [entry] = await waitFor(
      () => expiryEntries(staff.id),
      (rows) => rows.length > 0,
    );
    expect(entry).toMatchObject({ actor_name: 'system', changes: { after: { grants: [] } } });
    expect(await db.query(`SELECT 1 FROM account_permissions WHERE account_id = $1`, [staff.id])).toEqual([]);
  });
});
