import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { PREDEFINED_PERMISSIONS, roleDefaultsJobId } from '@tiergate/access';
import { DataSource } from 'typeorm';
import { ApiClient, ADMIN_EMAIL, ADMIN_PASSWORD, createTestDatabase, startApi, testEnv, TestApi } from '../../api/test/support/harness';
import { makeAccount, PASSWORD } from '../../api/test/support/factories';
import { RedisServer, waitFor } from '../../api/test/support/redis-server';
import { scaled } from '../../api/test/support/time-scale';
import { loadWorkerConfig } from '../src/config';
import { JobRunner } from '../src/job-runner';
import { RoleDefaultsService } from '../src/role-defaults.service';
import { WorkerModule } from '../src/worker.module';

async function startWorker(env: Record<string, string>): Promise<INestApplicationContext> {
  return NestFactory.createApplicationContext(WorkerModule.forRoot(loadWorkerConfig(env)), { logger: false, abortOnError: false });
}

describe('predefined permissions job (R8), 60 s delay promoted by the test', () => {
  let api: TestApi;
  let worker: INestApplicationContext;
  let admin: ApiClient;
  let db: DataSource;

  beforeAll(async () => {
    const env = testEnv(await createTestDatabase(), { PREDEFINED_PERMISSIONS_DELAY_MS: '60000', SWEEP_INTERVAL_MS: '500' });
    api = await startApi(env);
    worker = await startWorker(env);
    admin = await api.login(ADMIN_EMAIL, ADMIN_PASSWORD);
    db = api.app.get(DataSource);
  });
  afterAll(async () => {
    await worker.close();
    await api.close();
  });

  const role = (id: number) => admin.get(`/roles/${id}`).then((r) => r.body);
  const promote = async (id: number) => {
    const job = await worker.get(JobRunner).queue.getJob(roleDefaultsJobId(id));
    expect(await job!.getState()).toBe('delayed');
    await job!.promote();
  };

  it('is pending before the delay and applied after it, with an audit entry by "system"', async () => {
    const { body: created } = await admin.post('/roles', { name: 'Defaults Staff', type: 2 });
    expect(created.defaultsStatus).toBe('pending');
    await new Promise((r) => setTimeout(r, 300));
    expect(await role(created.id)).toMatchObject({ defaultsStatus: 'pending', permissions: [] });
    await promote(created.id);
    const after = await waitFor(
      () => role(created.id),
      (r) => r.defaultsStatus !== 'pending',
    );
    expect(after.defaultsStatus).toBe('applied');
    expect(after.permissions).toEqual([...PREDEFINED_PERMISSIONS[2]].sort());
    const [entry] = await db.query(`SELECT actor_id, actor_name, changes FROM audit_log WHERE action = 'role.defaults.apply' AND target_id = $1`, [
      String(created.id),
    ]);
    expect(entry).toMatchObject({ actor_id: null, actor_name: 'system' });
    expect(entry.changes.added).toHaveLength(PREDEFINED_PERMISSIONS[2].length);
    expect(await db.query(`SELECT version, actor_id, actor_name, added FROM role_versions WHERE role_id = $1 ORDER BY version`, [created.id])).toEqual([
      expect.objectContaining({ version: 1, actor_name: 'Admin', added: [] }),
      { version: 2, actor_id: null, actor_name: 'system', added: [...PREDEFINED_PERMISSIONS[2]].sort() },
    ]);
  });

  it('is idempotent: a second run changes nothing and writes no second entry', async () => {
    const { body: created } = await admin.post('/roles', { name: 'Twice', type: 3 });
    await promote(created.id);
    await waitFor(
      () => role(created.id),
      (r) => r.defaultsStatus !== 'pending',
    );
    const service = worker.get(RoleDefaultsService);
    expect(await service.apply(created.id)).toBe('already-done');
    const entries = await db.query(`SELECT id FROM audit_log WHERE action = 'role.defaults.apply' AND target_id = $1`, [String(created.id)]);
    expect(entries).toHaveLength(1);
    expect((await role(created.id)).version).toBe(2);
  });

  it('skips a role whose permissions were saved first', async () => {
    const { body: created } = await admin.post('/roles', { name: 'Hand Made', type: 3 });
    await admin.put(`/roles/${created.id}/permissions`, { permissions: ['subscriber_module'] });
    await promote(created.id);
    const after = await waitFor(
      () => role(created.id),
      (r) => r.defaultsStatus !== 'pending',
    );
    expect(after).toMatchObject({ defaultsStatus: 'skipped', permissions: ['subscriber_module'] });
  });

  it('runs a job still delayed once the due time in the database has passed (the sweep promotes it)', async () => {
    const { body: created } = await admin.post('/roles', { name: 'Brought Forward', type: 2 });
    await db.query(`UPDATE roles SET defaults_due_at = now() WHERE id = $1`, [created.id]);
    const after = await waitFor(
      () => role(created.id),
      (r) => r.defaultsStatus !== 'pending',
    );
    expect(after.defaultsStatus).toBe('applied');
  });

  it('never gives more than the owner holds', async () => {
    const reseller = await makeAccount(db, 3, { permissions: ['user_module', 'role_module', 'add_role', 'subscriber_module', 'add_subscriber'] });
    const client = await api.login(reseller.email, PASSWORD);
    const { body: created } = await client.post('/roles', { name: 'Capped', type: 6 });
    await promote(created.id);
    const after = await waitFor(
      () => client.get(`/roles/${created.id}`).then((r) => r.body),
      (r) => r.defaultsStatus !== 'pending',
    );
    expect(after).toMatchObject({ defaultsStatus: 'applied', permissions: ['add_subscriber', 'subscriber_module'] });
  });
});

describe('while Redis is down', () => {
  it('a role is still created at once, and gets its defaults from the sweep once Redis is back', async () => {
    const redis = new RedisServer(await RedisServer.freePort());
    await redis.start();
    const env = testEnv(await createTestDatabase(), { REDIS_URL: redis.url, PREDEFINED_PERMISSIONS_DELAY_MS: '0', SWEEP_INTERVAL_MS: '300' });
    const api = await startApi(env);
    const worker = await startWorker(env);
    try {
      const admin = await api.login(ADMIN_EMAIL, ADMIN_PASSWORD);
      await redis.stop();
      const started = Date.now();
      const created = await admin.post('/roles', { name: 'Outage', type: 3 });
      expect(created.status).toBe(201);
      expect(Date.now() - started).toBeLessThan(scaled(1500)); // answered, not hung: the enqueue gives up within 1 s
      expect(created.body.defaultsStatus).toBe('pending');
      expect((await admin.get(`/roles/${created.body.id}`)).body.defaultsStatus).toBe('pending');
      expect((await api.anonymous.get('/health')).status).toBe(503);

      await redis.start();
      const after = await waitFor(
        () => admin.get(`/roles/${created.body.id}`).then((r) => r.body),
        (r) => r.defaultsStatus === 'applied',
        20000,
      );
      expect(after.defaultsStatus).toBe('applied');
      expect(after.permissions).toEqual([...PREDEFINED_PERMISSIONS[3]].sort());
    } finally {
      await worker.close();
      await api.close();
      await redis.stop();
    }
  });
});
