import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ApiClient, openApi, TestApi } from './support/harness';
import { makeAccount, PASSWORD } from './support/factories';

let api: TestApi;
let db: DataSource;

beforeAll(async () => {
  ({ api, db } = await openApi({}, { admin: false }));
});
afterAll(() => api.close());

interface Pair {
  accessToken: string;
  refreshToken: string;
  email: string;
}

async function signIn(): Promise<Pair> {
  const owner = await makeAccount(db, 3);
  const res = await api.anonymous.post('/auth/login', { email: owner.email, password: PASSWORD });
  expect(res.status).toBe(200);
  return { ...res.body, email: owner.email };
}

const refresh = (refreshToken: string) => api.anonymous.post('/auth/refresh', { refreshToken });
const me = (pair: Pair) => new ApiClient(api.app, pair.accessToken).get('/me');
const sessionOf = (pair: Pair) => pair.refreshToken.split('.')[0];
const reuseAudits = async (pair: Pair) =>
  (await db.query(`SELECT 1 FROM audit_log WHERE action = 'auth.refresh_reused' AND target_label = $1`, [pair.email])).length;

describe('refresh', () => {
  it('rotates the secret; presenting any once-valid, rotated secret revokes the session and is audited', async () => {
    const first = await signIn();
    const second = (await refresh(first.refreshToken)).body;
    const third = (await refresh(second.refreshToken)).body;
    expect(new Set([first.refreshToken, second.refreshToken, third.refreshToken]).size).toBe(3);
    expect((await me(third)).status).toBe(200);

    const reuse = await refresh(first.refreshToken); // two rotations old
    expect(reuse).toMatchObject({ status: 401, body: { message: 'Refresh token was already used; the session is revoked', code: 'SESSION_ENDED' } });
    expect((await refresh(third.refreshToken)).status).toBe(401);
    expect((await me(third)).status).toBe(401);
    expect(await reuseAudits(first)).toBe(1);
  });

  it('refuses a secret the session never had and ends nothing', async () => {
    const pair = await signIn();
    for (const secret of [randomBytes(32).toString('base64url'), 'short', '']) {
      expect(await refresh(`${sessionOf(pair)}.${secret}`)).toMatchObject({ status: 401, body: { message: 'Invalid refresh token', code: 'SESSION_ENDED' } });
    }
    expect((await me(pair)).status).toBe(200);
    expect((await refresh(pair.refreshToken)).status).toBe(200);
    expect(await reuseAudits(pair)).toBe(0);
  });

  it('refuses tokens that are not `<session id>.<secret>` with 401, never 500', async () => {
    const pair = await signIn();
    const secret = randomBytes(32).toString('base64url');
    for (const token of [
      `${'-'.repeat(36)}.${secret}`,
      `${'0'.repeat(36)}.${secret}`,
      `00000000-0000-0000-0000-000000000000.${secret}`,
      `${sessionOf(pair)}.${secret}.${secret}`,
    ]) {
      expect(await refresh(token)).toMatchObject({ status: 401, body: { message: 'Invalid refresh token', code: 'SESSION_ENDED' } });
    }
  });

  it('lets only one of several concurrent refreshes with the same secret succeed', async () => {
    const pair = await signIn();
    const answers = await Promise.all(Array.from({ length: 5 }, () => refresh(pair.refreshToken)));
    expect(answers.filter((a) => a.status === 200)).toHaveLength(1);
    expect(answers.filter((a) => a.status === 401)).toHaveLength(4);
  });

  it('refuses the refresh token of a session that was logged out', async () => {
    const pair = await signIn();
    expect((await new ApiClient(api.app, pair.accessToken).post('/auth/logout')).status).toBe(204);
    expect(await refresh(pair.refreshToken)).toMatchObject({ status: 401, body: { message: 'Invalid refresh token', code: 'SESSION_ENDED' } });
  });
});
