import { DataSource } from 'typeorm';
import { AuthzService } from '../src/access/authz.service';
import * as jwt from 'jsonwebtoken';
import { ADMIN_EMAIL, ADMIN_PASSWORD, ApiClient, openApi, TestApi } from './support/harness';
import { makeAccount, PASSWORD } from './support/factories';

let api: TestApi;
let db: DataSource;

beforeAll(async () => {
  ({ api, db } = await openApi({}, { admin: false }));
});
afterAll(() => api.close());

async function auditActions(targetLabel: string): Promise<{ action: string; ip: string; user_agent: string }[]> {
  return db.query(`SELECT action, ip, user_agent, changes FROM audit_log WHERE target_label = $1 ORDER BY id`, [targetLabel]);
}

describe('login', () => {
  it('creates the root Admin on an empty database and signs it in', async () => {
    const res = await api.anonymous.post('/auth/login', { email: ADMIN_EMAIL.toUpperCase(), password: ADMIN_PASSWORD });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ accessToken: expect.any(String), refreshToken: expect.any(String), expiresIn: 900 });
    const me = await new ApiClient(api.app, res.body.accessToken).get('/me');
    expect(me.body).toMatchObject({ email: ADMIN_EMAIL, type: 1, typeName: 'Admin', parentId: null, branch: 'branch', role: { name: 'branch-admin' } });
    expect(me.body.permissions).toContain('isp_module');
    const [{ hash }] = await db.query(`SELECT password_hash AS hash FROM accounts WHERE email = $1`, [ADMIN_EMAIL]);
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  it('answers 401 with one message for a wrong password and an unknown email, and audits both with IP and user agent', async () => {
    const wrong = await api.anonymous.post('/auth/login', { email: ADMIN_EMAIL, password: 'nope-nope' });
    const unknown = await api.anonymous.post('/auth/login', { email: 'ghost@tiergate.test', password: 'nope-nope' });
    for (const res of [wrong, unknown]) expect(res).toMatchObject({ status: 401, body: { message: 'Invalid email or password', code: 'INVALID_CREDENTIALS' } });
    expect(await auditActions('ghost@tiergate.test')).toEqual([
      expect.objectContaining({ action: 'auth.login_failed', ip: '127.0.0.1', user_agent: 'tiergate-tests' }),
    ]);
    const admin = await auditActions(ADMIN_EMAIL);
    expect(admin.map((a) => a.action)).toEqual(expect.arrayContaining(['auth.login', 'auth.login_failed']));
    await api.anonymous.post('/auth/login', { email: ADMIN_EMAIL, password: ADMIN_PASSWORD }); // resets the failure count
  });

  it('signs in an account whose hash was written by the earlier argon2 library (parameters in another order)', async () => {
    const account = await makeAccount(db, 4);
    // node-argon2 wrote the PHC parameters as m,p,t; the same hash with them reordered must still verify.
    await db.query(`UPDATE accounts SET password_hash = regexp_replace(password_hash, 'm=19456,t=2,p=1', 'm=19456,p=1,t=2') WHERE id = $1`, [account.id]);
    const res = await api.anonymous.post('/auth/login', { email: account.email, password: PASSWORD });
    expect(res.status).toBe(200);
  });
});

describe('tokens', () => {
  it('logout ends the session at once', async () => {
    const client = await api.login(ADMIN_EMAIL, ADMIN_PASSWORD);
    expect((await client.post('/auth/logout')).status).toBe(204);
    expect((await client.get('/me')).status).toBe(401);
  });

  it('refuses missing, forged, expired and alg=none tokens', async () => {
    const good = await api.login(ADMIN_EMAIL, ADMIN_PASSWORD);
    const claims = jwt.decode(good.token!) as jwt.JwtPayload;
    const forged = jwt.sign({ sid: claims.sid }, 'another-secret-another-secret-12345', { subject: claims.sub, issuer: 'tiergate' });
    const expired = jwt.sign({ sid: claims.sid }, 'test-secret-that-is-long-enough-0123456789', { subject: claims.sub, issuer: 'tiergate', expiresIn: -10 });
    const none = jwt.sign({ sid: claims.sid, sub: claims.sub, iss: 'tiergate' }, '', { algorithm: 'none' } as jwt.SignOptions);
    for (const token of [undefined, 'garbage', forged, expired, none]) {
      expect((await new ApiClient(api.app, token).get('/me')).status).toBe(401);
    }
  });

  it('refuses a disabled account at once, tokens included', async () => {
    const reseller = await makeAccount(db, 3, { permissions: ['user_module', 'role_module'] });
    const client = await api.login(reseller.email, PASSWORD);
    expect((await client.get('/roles')).status).toBe(200);
    await db.query(`UPDATE accounts SET status = 'disabled' WHERE id = $1`, [reseller.id]);
    await api.app.get(AuthzService).changed();
    expect((await client.get('/roles')).status).toBe(401);
    expect((await api.anonymous.post('/auth/login', { email: reseller.email, password: PASSWORD })).status).toBe(401);
  });
});

describe('health and docs', () => {
  it('reports PostgreSQL and Redis', async () => {
    const res = await api.anonymous.get('/health');
    expect(res).toMatchObject({ status: 200, body: { status: 'ok', info: { database: { status: 'up' }, redis: { status: 'up' } } } });
  });

  it('serves OpenAPI at /api/docs and /api/docs-json, naming each operation’s permission', async () => {
    expect((await api.app.inject({ url: '/api/docs' })).statusCode).toBe(200);
    const doc = JSON.parse((await api.app.inject({ url: '/api/docs-json' })).body);
    expect(doc.paths['/api/roles'].post['x-permission']).toBe('add_role');
    expect(doc.paths['/api/auth/login'].post['x-permission']).toBe('public');
  });
});
