import { DataSource } from 'typeorm';
import { ADMIN_EMAIL, ADMIN_PASSWORD, ApiClient, openApi, TestApi } from './support/harness';

/**
 * API.md "browser sessions": a browser asks for its refresh token as an HttpOnly cookie, scoped to the refresh
 * path; a refresh from the cookie needs the CSRF header; other clients keep the body fields unchanged.
 */
let api: TestApi;
let db: DataSource;

beforeAll(async () => ({ api, db } = await openApi()));
afterAll(() => api.close());

const COOKIE = /^tiergate_refresh=([^;]*); Path=\/api\/auth\/refresh; Max-Age=(\d+); HttpOnly; Secure; SameSite=Strict$/;

interface Answer {
  status: number;
  body: any;
  setCookie?: string;
  cacheControl?: string;
}

async function send(url: string, payload: object, headers: Record<string, string> = {}): Promise<Answer> {
  const res = await api.app.inject({ method: 'POST', url: `/api${url}`, payload, headers });
  const setCookie = res.headers['set-cookie'];
  return {
    status: res.statusCode,
    body: res.body ? res.json() : undefined,
    setCookie: Array.isArray(setCookie) ? setCookie.join('\n') : setCookie,
    cacheControl: res.headers['cache-control'] as string,
  };
}

/** The cookie a browser keeps from an answer. */
function cookieOf(answer: Answer): string {
  const [, value, maxAge] = COOKIE.exec(answer.setCookie ?? '') ?? [];
  expect(Number(maxAge)).toBe(api.config.REFRESH_TOKEN_TTL_SECONDS);
  return `tiergate_refresh=${value}`;
}

const refreshFromCookie = (cookie: string, csrf = true) => send('/auth/refresh', {}, { cookie, ...(csrf && { 'x-tiergate-csrf': '1' }) });

async function browserLogin(): Promise<{ accessToken: string; cookie: string }> {
  const res = await send('/auth/login', { email: ADMIN_EMAIL, password: ADMIN_PASSWORD, cookie: true });
  expect(res.status).toBe(200);
  return { accessToken: res.body.accessToken, cookie: cookieOf(res) };
}

it('a browser sign-in puts the refresh token in an HttpOnly, Secure, SameSite=Strict cookie for the refresh path, not in the body', async () => {
  const res = await send('/auth/login', { email: ADMIN_EMAIL, password: ADMIN_PASSWORD, cookie: true });
  expect(res.status).toBe(200);
  expect(res.body).toEqual({ accessToken: expect.any(String), expiresIn: 900 });
  expect(res.setCookie).toMatch(COOKIE);
  expect(COOKIE.exec(res.setCookie!)![1]).toMatch(/^[0-9a-f-]{36}\.[A-Za-z0-9_-]{43}$/);
  expect(res.cacheControl).toBe('no-store');
});

it('other clients keep the token pair in the body and no cookie', async () => {
  const login = await send('/auth/login', { email: ADMIN_EMAIL, password: ADMIN_PASSWORD });
  expect(login.body).toEqual({ accessToken: expect.any(String), refreshToken: expect.any(String), expiresIn: 900 });
  expect(login.setCookie).toBeUndefined();
  const refreshed = await send('/auth/refresh', { refreshToken: login.body.refreshToken });
  expect(refreshed.body).toEqual({ accessToken: expect.any(String), refreshToken: expect.any(String), expiresIn: 900 });
  expect(refreshed.setCookie).toBeUndefined();
});

it('a refresh from the cookie rotates it; the old cookie presented again revokes the session and clears the cookie', async () => {
  const { cookie } = await browserLogin();
  const first = await refreshFromCookie(cookie);
  expect(first.status).toBe(200);
  expect(first.body).toEqual({ accessToken: expect.any(String), expiresIn: 900 });
  const rotated = cookieOf(first);
  expect(rotated).not.toBe(cookie);
  expect((await new ApiClient(api.app, first.body.accessToken).get('/me')).status).toBe(200);

  const reused = await refreshFromCookie(cookie);
  expect(reused).toMatchObject({ status: 401, body: { message: 'Refresh token was already used; the session is revoked', code: 'SESSION_ENDED' } });
  expect(reused.setCookie).toMatch(/^tiergate_refresh=; Path=\/api\/auth\/refresh; Max-Age=0; HttpOnly; Secure; SameSite=Strict$/);
  expect((await refreshFromCookie(rotated)).status).toBe(401);
  expect((await new ApiClient(api.app, first.body.accessToken).get('/me')).status).toBe(401);
});

it('a refresh from the cookie without the CSRF header is 403 and leaves the session alone', async () => {
  const { cookie } = await browserLogin();
  const forged = await refreshFromCookie(cookie, false);
  expect(forged).toMatchObject({
    status: 403,
    body: { statusCode: 403, error: 'Forbidden', message: 'A refresh from the cookie needs the x-tiergate-csrf header', code: 'FORBIDDEN' },
  });
  expect(forged.setCookie).toBeUndefined();
  // The token was neither rotated nor revoked: the real panel's refresh still works with it.
  expect((await refreshFromCookie(cookie)).status).toBe(200);
});

it('a refresh with neither a body token nor a cookie, or with a cookie never issued, is 401 and ends nothing', async () => {
  expect(await send('/auth/refresh', {}, { 'x-tiergate-csrf': '1' })).toMatchObject({
    status: 401,
    body: { message: 'Invalid refresh token', code: 'SESSION_ENDED' },
  });
  const { accessToken, cookie } = await browserLogin();
  const sessionId = cookie.split('=')[1].split('.')[0];
  const guessed = await refreshFromCookie(`tiergate_refresh=${sessionId}.${'A'.repeat(43)}`);
  expect(guessed).toMatchObject({ status: 401, body: { message: 'Invalid refresh token', code: 'SESSION_ENDED' } });
  expect((await new ApiClient(api.app, accessToken).get('/me')).status).toBe(200);
});

it('signing out ends the session and clears the cookie', async () => {
  const { accessToken, cookie } = await browserLogin();
  const res = await api.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { authorization: `Bearer ${accessToken}` } });
  expect(res.statusCode).toBe(204);
  expect(res.headers['set-cookie']).toMatch(/^tiergate_refresh=; Path=\/api\/auth\/refresh; Max-Age=0;/);
  expect((await refreshFromCookie(cookie)).status).toBe(401);
  const [{ revoked }] = await db.query(`SELECT revoked_at IS NOT NULL AS revoked FROM sessions WHERE id = $1`, [cookie.split('=')[1].split('.')[0]]);
  expect(revoked).toBe(true);
});

it('cookie must be a boolean', async () => {
  expect(await send('/auth/login', { email: ADMIN_EMAIL, password: ADMIN_PASSWORD, cookie: 'yes' })).toMatchObject({
    status: 400,
    body: { message: expect.arrayContaining(['cookie must be a boolean value']) },
  });
});
