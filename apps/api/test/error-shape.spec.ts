import * as jwt from 'jsonwebtoken';
import { AddressInfo, connect, createServer } from 'node:net';
import { Client } from 'pg';
import { ArgumentsHost, HttpServer } from '@nestjs/common';
import { ErrorCode } from '@tiergate/access';
import { DataSource, QueryFailedError } from 'typeorm';
import { isDatabaseUnavailable } from '../src/common/database-unavailable';
import { ErrorShapeFilter } from '../src/common/error-shape.filter';
import { MAX_URL_LENGTH } from '../src/common/request-input';
import { makeSubscriber } from './support/factories';
import { ADMIN_EMAIL, ADMIN_PASSWORD, ApiClient, openApi, TestApi } from './support/harness';

let api: TestApi;
let db: DataSource;
let admin: ApiClient;

beforeAll(async () => {
  ({ api, db, admin } = await openApi());
});
afterAll(() => api.close());

/** The contract's error body, exactly: no other field, a readable message, the cause's code. */
const shape = (statusCode: number, error: string, message: string | RegExp, code: ErrorCode) => ({
  statusCode,
  error,
  message: typeof message === 'string' ? message : expect.stringMatching(message),
  code,
});

function send(method: string, url: string, options: { payload?: string | Buffer; headers?: Record<string, string>; token?: string } = {}) {
  return api.app.inject({
    method: method as 'GET',
    url,
    headers: { ...(options.token && { authorization: `Bearer ${options.token}` }), ...options.headers },
    ...(options.payload !== undefined && { payload: options.payload }),
  });
}

describe('the framework’s own errors answer in the contract’s shape', () => {
  it.each([
    ['no token', undefined],
    ['a malformed token', 'not-a-jwt'],
    ['a token signed with another key', 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIiwic2lkIjoieCIsImlzcyI6InRpZXJnYXRlIn0.c2lnbmF0dXJl'],
  ])('401 with %s', async (_, token) => {
    const res = await send('GET', '/api/roles', { token });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toEqual(shape(401, 'Unauthorized', 'Missing or invalid access token', 'UNAUTHENTICATED'));
  });

  it.each([
    ['GET', '/api/nowhere'],
    ['POST', '/api/roles/1/nowhere'],
    ['PUT', '/api/subscribers'],
    ['GET', '/outside-the-prefix'],
  ])('404 for %s %s, a route that does not exist', async (method, url) => {
    const res = await send(method, url, { token: admin.token });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual(shape(404, 'Not Found', `Cannot ${method} ${url}`, 'NOT_FOUND'));
  });

  it('400 for a URL whose percent-encoding is broken', async () => {
    const res = await send('GET', '/api/roles/%E0%A4%A', { token: admin.token });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual(shape(400, 'Bad Request', 'The URL is not valid', 'VALIDATION_FAILED'));
  });

  it('413 for a body over 64 KiB', async () => {
    const payload = JSON.stringify({ name: 'x'.repeat(70 * 1024), type: 2 });
    const res = await send('POST', '/api/roles', { token: admin.token, payload, headers: { 'content-type': 'application/json' } });
    expect(res.statusCode).toBe(413);
    expect(res.json()).toEqual(shape(413, 'Payload Too Large', 'Request body is too large', 'REQUEST_REJECTED'));
  });

  it('414 for a path parameter or a URL that is too long', async () => {
    const longParam = await send('GET', `/api/roles/${'1'.repeat(200)}`, { token: admin.token });
    expect(longParam.statusCode).toBe(414);
    expect(longParam.json()).toEqual(shape(414, 'URI Too Long', 'The URL is too long', 'REQUEST_REJECTED'));
    const longUrl = await send('GET', `/api/subscribers?q=${'a'.repeat(MAX_URL_LENGTH)}`, { token: admin.token });
    expect(longUrl.statusCode).toBe(414);
    expect(longUrl.json()).toEqual(shape(414, 'URI Too Long', `URL is too long (at most ${MAX_URL_LENGTH} characters)`, 'REQUEST_REJECTED'));
  });

  it.each([
    ['text/plain', '{"name":"Plain","type":2}'],
    ['application/x-www-form-urlencoded', 'name=Form&type=2'],
    ['multipart/form-data; boundary=x', '--x\r\nContent-Disposition: form-data; name="name"\r\n\r\nMulti\r\n--x--\r\n'],
    ['application/xml', '<role/>'],
  ])('415 for a %s body', async (contentType, payload) => {
    const before = await db.query(`SELECT count(*)::int AS n FROM roles`);
    const res = await send('POST', '/api/roles', { token: admin.token, payload, headers: { 'content-type': contentType } });
    expect(res.statusCode).toBe(415);
    expect(res.json()).toEqual(shape(415, 'Unsupported Media Type', 'Unsupported content type: send application/json', 'REQUEST_REJECTED'));
    expect(await db.query(`SELECT count(*)::int AS n FROM roles`)).toEqual(before);
  });

  it('415 for a body without a content type', async () => {
    const res = await send('POST', '/api/roles', { token: admin.token, payload: '{"name":"Untyped","type":2}' });
    expect(res.statusCode).toBe(415);
    expect(res.json()).toEqual(shape(415, 'Unsupported Media Type', 'Unsupported content type: send application/json', 'REQUEST_REJECTED'));
  });

  it.each([
    ['malformed JSON', '{"name": "x", ', 'Body is not valid JSON'],
    ['a prototype-poisoning key', '{"name":"P","type":2,"__proto__":{"isAdmin":true}}', 'Body is not valid JSON'],
    ['a JSON string', '"Ok"', 'Body must be a JSON object'],
    ['a JSON array', '[{"name":"Ok","type":2}]', 'Body must be a JSON object'],
    ['JSON null', 'null', 'Body must be a JSON object'],
    ['an empty body', '', 'name must be a string'],
  ])('400 for %s where a body is required', async (_, payload, message) => {
    const res = await send('POST', '/api/roles', { token: admin.token, payload, headers: { 'content-type': 'application/json' } });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual({ ...shape(400, 'Bad Request', '', 'VALIDATION_FAILED'), message: expect.anything() });
    expect([res.json().message].flat().join('; ')).toContain(message);
  });
});

describe('a POST without a body but with content-type: application/json is accepted where the route takes none', () => {
  const emptyJson = (url: string, token: string) => send('POST', url, { token, payload: '', headers: { 'content-type': 'application/json' } });

  it('suspend, reconnect, copy', async () => {
    const [{ id: adminId }] = await db.query(`SELECT id FROM accounts WHERE type = 1`);
    const subscriber = await makeSubscriber(db, adminId);
    expect((await emptyJson(`/api/subscribers/${subscriber}/suspend`, admin.token!)).json()).toMatchObject({ status: 'suspended' });
    expect((await emptyJson(`/api/subscribers/${subscriber}/reconnect`, admin.token!)).json()).toMatchObject({ status: 'active' });
    const role = await admin.post('/roles', { name: 'To copy', type: 2 });
    const copy = await emptyJson(`/api/roles/${role.body.id}/copy`, admin.token!);
    expect(copy.statusCode).toBe(201);
  });

  it('logout', async () => {
    const session = await api.login(ADMIN_EMAIL, ADMIN_PASSWORD);
    expect((await emptyJson('/api/auth/logout', session.token!)).statusCode).toBe(204);
    expect((await session.get('/me')).status).toBe(401);
  });
});

describe('input a route does not declare is refused, not ignored', () => {
  it('a body sent to a route that takes none', async () => {
    const [{ id: adminId }] = await db.query(`SELECT id FROM accounts WHERE type = 1`);
    const subscriber = await makeSubscriber(db, adminId);
    const res = await admin.post(`/subscribers/${subscriber}/suspend`, { isAdmin: true });
    expect(res).toEqual({ status: 400, body: shape(400, 'Bad Request', 'This route takes no body', 'VALIDATION_FAILED') });
    expect((await admin.get(`/subscribers/${subscriber}`)).body.status).toBe('active');
  });

  it('query parameters sent to a route that takes none', async () => {
    expect(await admin.get('/me?sort=name')).toEqual({
      status: 400,
      body: shape(400, 'Bad Request', 'This route takes no query parameters: sort', 'VALIDATION_FAILED'),
    });
  });
});

describe('path ids are read from their text, never converted first', () => {
  it.each(['+1', '0x10', '1e1', '1.0', ' 1'])('%s is 400', async (id) => {
    const res = await admin.get(`/roles/${encodeURIComponent(id)}`);
    expect(res).toEqual({ status: 400, body: shape(400, 'Bad Request', 'id must be a positive integer', 'VALIDATION_FAILED') });
  });
});

describe('a validly signed token is still checked like input', () => {
  const sign = (claims: object) => jwt.sign(claims, api.config.JWT_SECRET, { algorithm: 'HS256', issuer: 'tiergate', expiresIn: 60 });
  it.each([
    ['a session id that is not a uuid', { sub: '1', sid: 'not-a-uuid' }],
    ['a session id with a NUL', { sub: '1', sid: '\u0000' }],
    ['an account id beyond int', { sub: '3000000000', sid: '00000000-0000-4000-8000-000000000000' }],
    ['an account id that is not digits', { sub: '1e3', sid: '00000000-0000-4000-8000-000000000000' }],
  ])('%s is 401', async (_, claims) => {
    const res = await send('GET', '/api/me', { token: sign(claims) });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toEqual(shape(401, 'Unauthorized', 'Missing or invalid access token', 'UNAUTHENTICATED'));
  });
});

describe('the throttler’s 429', () => {
  let throttled: TestApi;
  beforeAll(async () => {
    ({ api: throttled } = await openApi({ LOGIN_THROTTLE_PER_MINUTE: '2' }, { admin: false }));
  });
  afterAll(() => throttled.close());

  it('says when to retry, in words and in Retry-After, and names no class', async () => {
    const attempt = () => throttled.app.inject({ method: 'POST', url: '/api/auth/refresh', payload: { refreshToken: 'x'.repeat(20) } });
    expect((await attempt()).statusCode).toBe(401);
    expect((await attempt()).statusCode).toBe(401);
    const res = await attempt();
    expect(res.statusCode).toBe(429);
    const retryAfter = Number(res.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(res.json()).toEqual(shape(429, 'Too Many Requests', new RegExp(`try again in ${retryAfter} seconds`), 'LOGIN_THROTTLED'));
    expect(res.body).not.toMatch(/Exception/);
  });
});

describe('errors Node raises before Fastify sees the request, over a real socket', () => {
  let port: number;
  beforeAll(async () => {
    await api.app.listen({ port: 0, host: '127.0.0.1' });
    port = (api.app.getHttpServer().address() as AddressInfo).port;
  });

  function raw(request: string): Promise<string> {
    return new Promise((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () => socket.end(request));
      let text = '';
      socket.on('data', (chunk) => (text += chunk));
      socket.on('close', () => resolve(text));
      socket.on('error', reject);
    });
  }

  it.each([
    ['431 for a URL longer than the 16 KiB of headers Node reads', `GET /api/subscribers?q=${'a'.repeat(20_000)} HTTP/1.1\r\nHost: x\r\n\r\n`, 431],
    ['400 for a request line that is not HTTP', 'HELLO\r\n\r\n', 400],
  ])('%s', async (_, request, status) => {
    const answer = await raw(request);
    expect(answer).toMatch(new RegExp(`^HTTP/1.1 ${status} `));
    const body = JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4));
    expect(Object.keys(body).sort()).toEqual(['code', 'error', 'message', 'statusCode']);
    expect(body).toMatchObject({ statusCode: status, code: 'REQUEST_REJECTED' });
  });
});

describe('a fault of the server itself', () => {
  it('answers 500 INTERNAL_ERROR and names nothing of the fault', () => {
    // No route of the API fails on purpose, so the filter is given the fault as Nest would give it.
    const sent: { status?: number; body?: unknown } = {};
    const http = {
      isHeadersSent: () => false,
      setHeader: () => undefined,
      reply: (_: unknown, body: unknown, status: number) => Object.assign(sent, { status, body }),
    };
    const host = { switchToHttp: () => ({ getResponse: () => ({}) }) } as unknown as ArgumentsHost;
    new ErrorShapeFilter(http as unknown as HttpServer).catch(new TypeError('secret is undefined'), host);
    expect(sent).toEqual({ status: 500, body: shape(500, 'Internal Server Error', 'Internal server error', 'INTERNAL_ERROR') });
  });
});

describe('isDatabaseUnavailable tells an outage from a fault, on errors real PostgreSQL raises', () => {
  it('a refused connection', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    const error = await new Client({ host: '127.0.0.1', port, user: 'x', database: 'x' }).connect().catch((e: unknown) => e);
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it('a connection the server ended (57P01), as pg and as TypeORM raise it', async () => {
    const client = new Client({ connectionString: process.env.TEST_DATABASE_URL });
    await client.connect();
    client.on('error', () => undefined);
    const [{ pid }] = (await client.query('SELECT pg_backend_pid() AS pid')).rows;
    await db.query('SELECT pg_terminate_backend($1)', [pid]);
    const error = await client.query('SELECT 1').catch((e: unknown) => e);
    expect(isDatabaseUnavailable(error)).toBe(true);
    expect(isDatabaseUnavailable(new QueryFailedError('SELECT 1', [], error as Error))).toBe(true);
    await client.end().catch(() => undefined);
  });

  it('not a fault of the query or the data', async () => {
    for (const sql of ['SELEC 1', `SELECT 'x'::int`, 'SELECT 1/0', `INSERT INTO roles (id) VALUES (1)`]) {
      const error = await db.query(sql).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(QueryFailedError);
      expect(isDatabaseUnavailable(error)).toBe(false);
    }
    expect(isDatabaseUnavailable(new TypeError('x is undefined'))).toBe(false);
    expect(isDatabaseUnavailable('ECONNREFUSED')).toBe(false);
  });
});
