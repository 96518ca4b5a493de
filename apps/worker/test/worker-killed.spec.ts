import { PREDEFINED_PERMISSIONS, ROLE_DEFAULTS_QUEUE, roleDefaultsJobId } from '@tiergate/access';
import { Queue } from 'bullmq';
import Redis from 'ioredis';
import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { ADMIN_EMAIL, ADMIN_PASSWORD, createTestDatabase, startApi, testEnv, TestApi } from '../../api/test/support/harness';
import { waitFor } from '../../api/test/support/redis-server';

const WORKER_MAIN = path.resolve(__dirname, '../dist/main.js');

/** The built worker, as `pnpm worker` runs it, in a process of its own that the test can kill. */
function startWorker(env: Record<string, string>): ChildProcess {
  if (!existsSync(WORKER_MAIN)) throw new Error(`${WORKER_MAIN} is missing: build the worker first (pnpm build)`);
  return spawn(process.execPath, [WORKER_MAIN], { env: { PATH: process.env.PATH, ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
}

function stopped(child: ChildProcess, signal: NodeJS.Signals): Promise<unknown> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill(signal);
  return exited;
}

describe('the worker killed in the middle of a job', () => {
  let api: TestApi;
  let env: Record<string, string>;
  const workers: ChildProcess[] = [];

  beforeAll(async () => {
    // A lock of 1 s (the default is 30 s) so that the job of the killed worker is handed over within the test.
    env = testEnv(await createTestDatabase(), { PREDEFINED_PERMISSIONS_DELAY_MS: '0', SWEEP_INTERVAL_MS: '500', WORKER_LOCK_DURATION_MS: '1000' });
    api = await startApi(env);
  });
  afterAll(async () => {
    for (const worker of workers) await stopped(worker, 'SIGKILL');
    await api.close();
  });

  it('still gives the role its predefined permissions, once', async () => {
    const admin = await api.login(ADMIN_EMAIL, ADMIN_PASSWORD);
    const { body: role } = await admin.post('/roles', { name: 'Interrupted', type: 3 });
    expect(role.defaultsStatus).toBe('pending');

    // Hold the role's row, so that the first worker's job stops inside its transaction (SELECT … FOR UPDATE).
    const db = api.app.get(DataSource);
    const holder = db.createQueryRunner();
    await holder.startTransaction();
    await holder.query('SELECT id FROM roles WHERE id = $1 FOR UPDATE', [role.id]);
    const redis = new Redis(env.REDIS_URL, { maxRetriesPerRequest: null });
    const queue = new Queue(ROLE_DEFAULTS_QUEUE, { connection: redis, prefix: env.QUEUE_PREFIX });
    try {
      const first = startWorker(env);
      workers.push(first);
      const blocked = async (): Promise<number> => {
        const [{ n }] = await db.query(
          `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE '%FOR UPDATE OF r%'`,
        );
        return n;
      };
      expect(await waitFor(blocked, (n) => n === 1, 15000)).toBe(1);
      const job = await queue.getJob(roleDefaultsJobId(role.id));
      expect(await job!.getState()).toBe('active');

      await stopped(first, 'SIGKILL');
      await holder.rollbackTransaction();
      expect((await admin.get(`/roles/${role.id}`)).body.defaultsStatus).toBe('pending');

      workers.push(startWorker(env));
      const after = await waitFor(
        () => admin.get(`/roles/${role.id}`).then((r) => r.body),
        (r) => r.defaultsStatus !== 'pending',
        15000,
      );
      expect(after.defaultsStatus).toBe('applied');
      expect(after.permissions).toEqual([...PREDEFINED_PERMISSIONS[3]].sort());
      const entries = await db.query(`SELECT id FROM audit_log WHERE action = 'role.defaults.apply' AND target_id = $1`, [String(role.id)]);
      expect(entries).toHaveLength(1);
    } finally {
      await holder.release();
      await queue.close();
      redis.disconnect();
    }
  }, 40000);
});
