// The built worker (apps/worker/dist, which `pnpm test` builds first) as a process of its own, stopped with
// SIGTERM in the middle of a job: it exits within 5 s and hands the job back, and another worker finishes it.
import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { PREDEFINED_PERMISSIONS, ROLE_DEFAULTS_QUEUE, roleDefaultsJobId } from '@tiergate/access';
import { Queue } from 'bullmq';
import { ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { DataSource, QueryRunner } from 'typeorm';
import { ADMIN_EMAIL, ADMIN_PASSWORD, createTestDatabase, startApi, testEnv, TestApi } from '../../api/test/support/harness';
import { waitFor } from '../../api/test/support/redis-server';
import { scaled } from '../../api/test/support/time-scale';
import { loadWorkerConfig } from '../src/config';
import { WorkerModule } from '../src/worker.module';

const WORKER_MAIN = path.resolve(__dirname, '../dist/main.js');

describe('worker stopped with SIGTERM while a job runs', () => {
  let env: Record<string, string>;
  let api: TestApi;
  let queue: Queue;
  let db: DataSource;
  let blocker: QueryRunner;
  let spawned: ChildProcess | undefined;
  let second: INestApplicationContext | undefined;

  beforeAll(async () => {
    env = testEnv(await createTestDatabase(), { PREDEFINED_PERMISSIONS_DELAY_MS: '0', SWEEP_INTERVAL_MS: '60000' });
    api = await startApi(env);
    queue = new Queue(ROLE_DEFAULTS_QUEUE, { connection: { url: env.REDIS_URL }, prefix: env.QUEUE_PREFIX });
    db = await new DataSource({ type: 'postgres', url: env.DATABASE_URL }).initialize();
    blocker = db.createQueryRunner();
  });
  afterAll(async () => {
    spawned?.kill('SIGKILL');
    await second?.close();
    await blocker.release();
    await db.destroy();
    await queue.close();
    await api.close();
  });

  it('exits within 5 s, the job goes back to the queue, and the next worker gives the role its defaults', async () => {
    const admin = await api.login(ADMIN_EMAIL, ADMIN_PASSWORD);
    const { body: role } = await admin.post('/roles', { name: 'Slow Staff', type: 2 });
    // The job blocks on the role's row lock, held here, so it is still running when SIGTERM comes.
    await blocker.startTransaction();
    await blocker.query('SELECT id FROM roles WHERE id = $1 FOR UPDATE', [role.id]);

    const worker = spawn(process.execPath, [WORKER_MAIN], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    spawned = worker;
    let output = '';
    worker.stdout!.on('data', (c) => (output += c));
    worker.stderr!.on('data', (c) => (output += c));
    const exited = new Promise<{ code: number | null; at: number }>((resolve) => worker.once('exit', (code) => resolve({ code, at: Date.now() })));
    const job = () => queue.getJob(roleDefaultsJobId(role.id));
    expect(
      await waitFor(
        () => job().then((j) => j?.getState()),
        (s) => s === 'active',
      ),
    ).toBe('active');

    const signalledAt = Date.now();
    worker.kill('SIGTERM');
    const { code, at } = await exited;
    expect({ code, output: code === 0 ? '' : output }).toEqual({ code: 0, output: '' });
    expect(at - signalledAt).toBeLessThan(scaled(5000));
    expect(await (await job())!.getState()).toBe('waiting');
    expect(output).toContain('handing the running jobs back to the queue');

    await blocker.rollbackTransaction();
    second = await NestFactory.createApplicationContext(WorkerModule.forRoot(loadWorkerConfig(env)), { logger: false });
    const after = await waitFor(
      () => admin.get(`/roles/${role.id}`).then((r) => r.body),
      (r) => r.defaultsStatus !== 'pending',
    );
    expect(after).toMatchObject({ defaultsStatus: 'applied', permissions: [...PREDEFINED_PERMISSIONS[2]].sort() });
  });
});
