import { Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AccountType, CATALOG } from '@tiergate/access';
import { DataSource } from 'typeorm';
import { AccessGuard } from '../src/access/access.guard';
import { AuthzService } from '../src/access/authz.service';
import { answered, FairShare } from '../src/access/fair-share';
import { PreviewService } from '../src/access/preview.service';
import { UsageRecorder } from '../src/access/usage-recorder';
import { createApp } from '../src/app.factory';
import { loadApiConfig } from '../src/config/config';
import { MeController } from '../src/me/me.controller';
import { ApiClient, createTestDatabase, openApi, TestApi, testEnv } from './support/harness';
import { makeAccount, PASSWORD } from './support/factories';

/** Issue 17: what the request path caches must never show a stale answer. */
let api: TestApi;
let db: DataSource;
let admin: ApiClient;

beforeAll(async () => {
  ({ api, db, admin } = await openApi());
});
afterAll(() => api.close());

describe('GET /me from the cache', () => {
  it("shows the role's new name on the next request after a rename", async () => {
    const staff = await makeAccount(db, AccountType.Staff, { permissions: ['my_profile_module'] });
    const client = await api.login(staff.email, PASSWORD);
    await client.get('/me');
    expect((await admin.patch(`/roles/${staff.roleId}`, { name: 'Night Desk' })).status).toBe(200);
    expect((await client.get('/me')).body.role).toEqual({ id: staff.roleId, name: 'branch-nightdesk', displayName: 'Night Desk' });
  });

  it("shows a reseller's balance as it is now, however it moved", async () => {
    const reseller = await makeAccount(db, AccountType.Reseller, { permissions: ['my_profile_module'] });
    const client = await api.login(reseller.email, PASSWORD);
    expect((await client.get('/me')).body.balance).toBe('0.00');
    await db.query(`UPDATE accounts SET balance = 125.5 WHERE id = $1`, [reseller.id]);
    expect((await client.get('/me')).body.balance).toBe('125.50');
  });
});

it('GET /permissions answers the catalog as JSON', async () => {
  const res = await api.app.inject({ url: '/api/permissions', headers: { authorization: `Bearer ${admin.token}` } });
  expect(res.statusCode).toBe(200);
  expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
  expect(res.json()).toEqual(CATALOG);
});

describe('the guard on a cache hit', () => {
  const guard = () =>
    new AccessGuard(new Reflector(), api.app.get(AuthzService), api.app.get(PreviewService), api.app.get(UsageRecorder), api.app.get(FairShare));
  /** The guard's decision on a request as Fastify gives it; its answer is sent once decided (giving back its share). */
  const decide = (request: object) => {
    const raw = { closed: false, writableEnded: false };
    const context = { getHandler: () => MeController.prototype.get, getClass: () => MeController, getArgByIndex: (i: number) => (i === 0 ? request : { raw }) };
    const decision = guard().canActivate(context as never);
    void Promise.resolve(decision).then(
      () => answered(raw as never),
      () => undefined,
    );
    return decision;
  };
  const requestFrom = (ip: string, userAgent = 'panel') => ({
    headers: { authorization: `Bearer ${admin.token}`, 'user-agent': userAgent },
    ip,
    method: 'GET',
  });

  it('decides synchronously once the caller is cached, and a new address or user agent is the caller of that request', async () => {
    const first = requestFrom('10.17.0.1');
    await decide(first);
    const again = requestFrom('10.17.0.1');
    expect(decide(again)).toBe(true);
    expect(again).toMatchObject({ caller: { id: 1, ip: '10.17.0.1', userAgent: 'panel' } });
    for (const other of [requestFrom('10.17.0.2'), requestFrom('10.17.0.1', 'curl')]) {
      await expect(decide(other)).resolves.toBe(true);
      expect((other as { caller?: { ip: string; userAgent: string } }).caller).toMatchObject({ ip: other.ip, userAgent: other.headers['user-agent'] });
    }
  });

  it('refuses a cached caller whose session ended, on its next request', async () => {
    const staff = await makeAccount(db, AccountType.Staff, { permissions: ['my_profile_module'] });
    const client = await api.login(staff.email, PASSWORD);
    expect((await client.get('/me')).status).toBe(200);
    expect((await client.post('/auth/logout')).status).toBe(204);
    expect((await client.get('/me')).status).toBe(401);
  });
});

it('LOG_REQUESTS=false drops the request lines and keeps the others', async () => {
  const raw: string[] = [];
  const app = await createApp(loadApiConfig(testEnv(await createTestDatabase(), { LOG_REQUESTS: 'false' })), { write: (line: string) => raw.push(line) });
  try {
    raw.length = 0;
    expect((await app.inject({ url: '/api/health' })).statusCode).toBe(200);
    new Logger('Test').warn('still logged');
    expect(raw.map((l) => JSON.parse(l))).toEqual([expect.objectContaining({ level: 'warn', context: 'Test', msg: 'still logged' })]);
  } finally {
    await app.close();
  }
});
