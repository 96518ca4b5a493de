import { Logger } from '@nestjs/common';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApp } from '../src/app.factory';
import { loadApiConfig } from '../src/config/config';
import { ADMIN_EMAIL, ADMIN_PASSWORD, createTestDatabase, testEnv } from './support/harness';

/** The JSON log lines the API writes, captured in memory instead of stdout. */
class CapturedLogs {
  readonly raw: string[] = [];
  write(line: string) {
    this.raw.push(line);
  }
  get lines(): Record<string, any>[] {
    return this.raw.map((l) => JSON.parse(l));
  }
  requests() {
    return this.lines.filter((l) => l.msg === 'request completed' || l.msg === 'request errored');
  }
}

describe('structured logs (issue 7 item 11)', () => {
  let app: NestFastifyApplication;
  let logs: CapturedLogs;

  beforeAll(async () => {
    logs = new CapturedLogs();
    app = await createApp(loadApiConfig(testEnv(await createTestDatabase())), logs);
  });
  afterAll(() => app.close());

  it('lists no module and no route at start, and every line is JSON', () => {
    expect(logs.raw.length).toBeGreaterThan(0);
    expect(logs.lines.filter((l) => ['InstanceLoader', 'RoutesResolver', 'RouterExplorer'].includes(l.context))).toEqual([]);
    expect(logs.raw.join('')).not.toMatch(/Mapped \{/);
  });

  it('writes one line per request with its id, route, status, time and the signed-in account', async () => {
    logs.raw.length = 0;
    const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: ADMIN_EMAIL, password: ADMIN_PASSWORD } });
    expect(login.statusCode).toBe(200);
    const { accessToken, refreshToken } = login.json();
    const me = await app.inject({ method: 'GET', url: '/api/roles/999999', headers: { authorization: `Bearer ${accessToken}`, 'x-request-id': 'trace-42' } });
    expect(me.statusCode).toBe(404);
    expect(me.headers['x-request-id']).toBe('trace-42');
    const anonymous = await app.inject({ method: 'GET', url: '/api/me' });
    expect(anonymous.statusCode).toBe(401);

    const lines = logs.requests();
    expect(lines).toHaveLength(3);
    const [loginLine, roleLine, anonymousLine] = lines;
    expect(loginLine).toMatchObject({ method: 'POST', route: '/api/auth/login', statusCode: 200, accountId: null });
    expect(roleLine).toMatchObject({ reqId: 'trace-42', method: 'GET', route: '/api/roles/:id', statusCode: 404, accountId: 1 });
    expect(anonymousLine).toMatchObject({ method: 'GET', route: '/api/me', statusCode: 401, accountId: null });
    for (const line of lines) {
      expect(typeof line.reqId).toBe('string');
      expect(typeof line.responseTime).toBe('number');
      expect(typeof line.time).toBe('string');
    }
    expect(loginLine.reqId).toBe(login.headers['x-request-id']);
    // Signing in hashes the password (argon2id, tens of milliseconds): the time is the request's, not 0.
    expect(loginLine.responseTime).toBeGreaterThan(0);
    expect(new Set(lines.map((l) => l.reqId)).size).toBe(3);

    const written = logs.raw.join('');
    for (const secret of [ADMIN_PASSWORD, accessToken, refreshToken, 'Bearer']) expect(written).not.toContain(secret);
  });

  it('redacts secrets from objects logged by hand', () => {
    logs.raw.length = 0;
    new Logger('Test').warn({ password: 'hunter2-secret', body: { refreshToken: 'r-secret' }, headers: { authorization: 'Bearer t-secret' } });
    const [line] = logs.lines;
    expect(line).toMatchObject({
      level: 'warn',
      context: 'Test',
      password: '[redacted]',
      body: { refreshToken: '[redacted]' },
      headers: { authorization: '[redacted]' },
    });
    expect(logs.raw.join('')).not.toMatch(/secret/);
  });

  it('replaces a request id that is not short and plain', async () => {
    logs.raw.length = 0;
    const res = await app.inject({ method: 'GET', url: '/api/health', headers: { 'x-request-id': 'evil\u00e9 "id" '.repeat(10) } });
    const [line] = logs.requests();
    expect(line.reqId).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.headers['x-request-id']).toBe(line.reqId);
  });
});
