import { controllerRoutes } from './support/controller-routes';
import { ADMIN_EMAIL, ADMIN_PASSWORD, openApi, TestApi } from './support/harness';

/** DESIGN §6, RFC 6749 §5.1: token answers, and every answer carrying personal or money data, are not stored. */
let api: TestApi;
let token: string;

beforeAll(async () => {
  ({ api } = await openApi({}, { admin: false }));
  token = (await api.anonymous.post('/auth/login', { email: ADMIN_EMAIL, password: ADMIN_PASSWORD })).body.accessToken;
});
afterAll(() => api.close());

async function cacheControl(method: string, url: string, options: { payload?: object; token?: string } = {}): Promise<[number, unknown]> {
  const res = await api.app.inject({
    method: method as 'GET',
    url,
    headers: options.token ? { authorization: `Bearer ${options.token}` } : {},
    ...(options.payload && { payload: options.payload }),
    // The answer's head is what is checked: an endless event stream (GET /api/events) is not waited for.
    payloadAsStream: true,
  });
  res.stream().destroy();
  return [res.statusCode, res.headers['cache-control']];
}

it('token answers say no-store: sign-in, refresh, and their refusals', async () => {
  const login = await api.anonymous.post('/auth/login', { email: ADMIN_EMAIL, password: ADMIN_PASSWORD });
  expect(await cacheControl('POST', '/api/auth/login', { payload: { email: ADMIN_EMAIL, password: ADMIN_PASSWORD } })).toEqual([200, 'no-store']);
  expect(await cacheControl('POST', '/api/auth/refresh', { payload: { refreshToken: login.body.refreshToken } })).toEqual([200, 'no-store']);
  expect(await cacheControl('POST', '/api/auth/login', { payload: { email: ADMIN_EMAIL, password: 'wrong-password' } })).toEqual([401, 'no-store']);
  expect(await cacheControl('POST', '/api/auth/refresh', { payload: { refreshToken: 'x'.repeat(20) } })).toEqual([401, 'no-store']);
});

it('every GET route of the API says no-store, whatever it answers', async () => {
  const gets = controllerRoutes(api.app).filter((r) => r.method === 'GET');
  expect(gets.length).toBeGreaterThan(20);
  for (const { url } of gets) {
    const concrete = url.replace(/:\w+/g, '1');
    const [status, header] = await cacheControl('GET', concrete, { token });
    // A route may say more (the health check: `no-cache, no-store, must-revalidate`), never less.
    expect([concrete, status, header]).toEqual([concrete, status, expect.stringMatching(/(^|, )no-store(,|$)/)]);
  }
});

it('errors say no-store too: unauthenticated, unknown route, bad input', async () => {
  expect(await cacheControl('GET', '/api/me')).toEqual([401, 'no-store']);
  expect(await cacheControl('GET', '/api/no-such-route', { token })).toEqual([404, 'no-store']);
  expect(await cacheControl('GET', '/api/users/abc', { token })).toEqual([400, 'no-store']);
});
