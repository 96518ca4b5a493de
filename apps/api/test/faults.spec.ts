import { DataSource } from 'typeorm';
import { makeAccount, PASSWORD } from './support/factories';
import { ADMIN_EMAIL, ADMIN_PASSWORD, Answer, ApiClient, createTestDatabase, startApi, testEnv, TestApi } from './support/harness';
import { PostgresServer } from './support/postgres-server';
import { RedisServer, waitFor } from './support/redis-server';

/**
 * Longest any request may take while a dependency is down: past it, it hangs (DESIGN §6 "Availability").
 * Redis commands give up after 1 s (enqueue, publish), so a request that needs one answers within about that.
 */
const ANSWER_BOUND_MS = 2000;

/** The request's answer; fails the test if it took longer than ANSWER_BOUND_MS. */
async function answered<T>(request: Promise<Answer<T>>): Promise<Answer<T>> {
  const started = Date.now();
  const answer = await request;
  const ms = Date.now() - started;
  if (ms > ANSWER_BOUND_MS) throw new Error(`answered ${answer.status} after ${ms} ms, more than ${ANSWER_BOUND_MS} ms`);
  return answer;
}

const DATABASE_UNAVAILABLE = { statusCode: 503, message: 'The database is unavailable; try again shortly', error: 'Service Unavailable', code: 'UNAVAILABLE' };

describe('Redis stopped while requests run', () => {
  let redis: RedisServer;
  let a: TestApi;
  let b: TestApi;

  beforeAll(async () => {
    redis = new RedisServer(await RedisServer.freePort());
    await redis.start();
    const env = testEnv(await createTestDatabase(), { REDIS_URL: redis.url, PREDEFINED_PERMISSIONS_DELAY_MS: '0' });
    a = await startApi(env);
    b = await startApi(env); // a second instance of the API, to see that neither serves what it could not hear
  });
  afterAll(async () => {
    await a.close();
    await b.close();
    await redis.stop();
  });

  it('answers every route that does not need Redis at once, reports Redis down in /health, and caches nothing it could not hear', async () => {
    const db = a.app.get(DataSource);
    const reseller = await makeAccount(db, 3, {
      permissions: ['subscriber_module', 'add_subscriber', 'edit_subscriber', 'user_module', 'role_module', 'add_role'],
    });
    const admin = await a.login(ADMIN_EMAIL, ADMIN_PASSWORD);
    const onA = await a.login(reseller.email, PASSWORD);
    const onB = new ApiClient(b.app, onA.token);
    expect((await onB.get('/subscribers')).status).toBe(200); // cached by b while it listens
    expect((await b.anonymous.get('/health')).status).toBe(200);

    await redis.stop();
    for (const api of [a, b]) {
      const health = await waitFor(
        () => api.anonymous.get('/health'),
        (r) => r.status === 503,
        3000,
      );
      expect(health.body).toEqual({ statusCode: 503, message: expect.stringMatching(/^redis is down/), error: 'Service Unavailable', code: 'UNAVAILABLE' });
    }

    expect((await answered(onA.get('/me'))).status).toBe(200);
    expect((await answered(onB.get('/roles'))).status).toBe(200);
    expect((await answered(onB.get('/subscribers'))).status).toBe(200); // b may not cache this: it cannot hear changes now
    const subscriber = await answered(onA.post('/subscribers', { username: `outage.${Date.now()}`, name: 'During the outage' }));
    expect(subscriber.status).toBe(201);
    expect((await answered(onB.patch(`/subscribers/${subscriber.body.id}`, { name: 'Renamed' }))).body.name).toBe('Renamed');
    const role = await answered(onA.post('/roles', { name: 'Made in the outage', type: 6 }));
    expect(role.status).toBe(201);
    expect(role.body.defaultsStatus).toBe('pending'); // the sweep gives it its defaults once Redis is back
    expect((await answered((await a.login(ADMIN_EMAIL, ADMIN_PASSWORD)).get('/me'))).status).toBe(200);

    // A change made on a while Redis is down holds on b at once (R9): b caches nothing while it cannot listen.
    const saved = await answered(admin.put(`/roles/${reseller.roleId}/permissions`, { permissions: ['user_module', 'role_module', 'add_role'] }));
    expect(saved.status).toBe(200);
    expect((await answered(onB.get('/subscribers'))).status).toBe(403);

    await redis.start();
    for (const api of [a, b]) {
      expect(
        (
          await waitFor(
            () => api.anonymous.get('/health'),
            (r) => r.status === 200,
            10000,
          )
        ).body,
      ).toMatchObject({ status: 'ok' });
    }
    expect((await onB.get('/roles')).status).toBe(200);
  });

  it('hangs nothing when Redis stops answering without closing its connections (frozen)', async () => {
    const admin = await a.login(ADMIN_EMAIL, ADMIN_PASSWORD);
    redis.freeze();
    try {
      expect((await answered(a.anonymous.get('/health'))).body).toEqual({
        statusCode: 503,
        message: expect.stringMatching(/^redis is down/),
        error: 'Service Unavailable',
        code: 'UNAVAILABLE',
      });
      expect((await answered(admin.get('/me'))).status).toBe(200);
      expect((await answered(admin.post('/subscribers', { username: `frozen.${Date.now()}`, name: 'Frozen' }))).status).toBe(201);
      const role = await answered(admin.post('/roles', { name: 'Made while frozen', type: 2 }));
      expect(role.body.defaultsStatus).toBe('pending');
      expect((await answered(admin.put(`/roles/${role.body.id}/permissions`, { permissions: ['subscriber_module'] }))).status).toBe(200);
    } finally {
      redis.thaw();
    }
    expect(
      (
        await waitFor(
          () => a.anonymous.get('/health'),
          (r) => r.status === 200,
          10000,
        )
      ).status,
    ).toBe(200);
  });
});

describe('PostgreSQL restarted under the running API', () => {
  let pg: PostgresServer;
  let api: TestApi;

  beforeAll(async () => {
    pg = await PostgresServer.start();
    api = await startApi(testEnv(pg.url));
  }, 60000);
  afterAll(async () => {
    await api?.close();
    await pg?.destroy();
  });

  it('answers 503 with a message while it is down, never hangs, and recovers without a restart', async () => {
    const admin = await api.login(ADMIN_EMAIL, ADMIN_PASSWORD);
    expect((await admin.get('/subscribers')).status).toBe(200);

    // Requests in flight when the database goes away end, one way or the other.
    const inFlight = Array.from({ length: 20 }, (_, i) =>
      answered(i % 2 ? admin.get('/subscribers') : admin.post('/subscribers', { username: `flight.${i}.${Date.now()}`, name: 'In flight' })),
    );
    await pg.stop();
    for (const { status, body } of await Promise.all(inFlight)) {
      expect([200, 201, 503]).toContain(status);
      if (status === 503) expect(body).toEqual(DATABASE_UNAVAILABLE);
    }

    for (const request of [
      () => admin.get('/subscribers'),
      () => admin.get('/roles'),
      () => admin.post('/subscribers', { username: `down.${Date.now()}`, name: 'While down' }),
      () => api.anonymous.post('/auth/login', { email: ADMIN_EMAIL, password: ADMIN_PASSWORD }),
    ]) {
      expect(await answered(request())).toEqual({ status: 503, body: DATABASE_UNAVAILABLE });
    }
    expect((await answered(api.anonymous.get('/health'))).body).toEqual({
      statusCode: 503,
      message: expect.stringMatching(/^database is down/),
      error: 'Service Unavailable',
      code: 'UNAVAILABLE',
    });

    await pg.start();
    const recovered = await waitFor(
      () => admin.get('/subscribers'),
      (r) => r.status === 200,
      10000,
    );
    expect(recovered.status).toBe(200);
    expect((await admin.post('/subscribers', { username: `after.${Date.now()}`, name: 'After the restart' })).status).toBe(201);
    expect((await api.anonymous.get('/health')).body).toMatchObject({ status: 'ok' });
    expect((await api.login(ADMIN_EMAIL, ADMIN_PASSWORD)).token).toBeTruthy();
  }, 30000);
});
